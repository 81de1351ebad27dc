import type { Rule } from './rules.js'
import { asciiDigits, hanNumber } from '../letters.js'

// Numbered list items as articles write them, on the block's text (half- or full-width).
// Each style keeps its own numbering: `1.` continues `2.`, never `(2)` or `二、`.
const ITEM_STYLES: readonly { style: string; marker: RegExp }[] = [
  { style: 'digit-dot', marker: /^\s*([0-9０-９]{1,2})\s*[.、．](?![0-9０-９])/u },
  { style: 'digit-paren', marker: /^\s*[(（]([0-9０-９]{1,2})[)）]/u },
  { style: 'circled', marker: /^\s*([\u2460-\u2473])/u },
  { style: 'han', marker: /^\s*([一二三四五六七八九十]{1,3})、/u },
  { style: 'han-paren', marker: /^\s*[(（]([一二三四五六七八九十]{1,3})[)）]/u },
]

// What every style's marker opens with, after leading spaces: most lines fail this one test.
const ITEM_FIRST = new Uint8Array(0x10000)
for (const c of '0123456789０１２３４５６７８９(（一二三四五六七八九十') ITEM_FIRST[c.charCodeAt(0)] = 1
ITEM_FIRST.fill(1, 0x2460, 0x2474) // ① … ⑳
function mayOpenItem(text: string): boolean {
  let i = 0
  while (i < text.length && (text.charCodeAt(i) <= 0x20 || text.charCodeAt(i) === 0x3000)) i++
  return i < text.length && ITEM_FIRST[text.charCodeAt(i)] === 1
}

/** `12`, `１２` or `⑫` as a number. */
const digitNumber = (s: string): number =>
  s.length === 1 && s >= '\u2460' ? s.charCodeAt(0) - 0x245f : Number(asciiDigits(s))


/** The list style and number a line opens with, if it is a numbered item. */
export function listItem(text: string): { style: string; number: number } | null {
  if (!mayOpenItem(text)) return null
  for (const { style, marker } of ITEM_STYLES) {
    const m = marker.exec(text)
    if (!m) continue
    const number = style.startsWith('han') ? hanNumber(m[1]!) : digitNumber(m[1]!)
    return number === null || number < 1 ? null : { style, number }
  }
  return null
}

/**
 * A numbered list the body run cut: items above its first block that count down to 1 in its
 * style, items below its last that count on, and a heading numbered 1 right above it when the run
 * holds the heading numbered 2 of its style. No menu numbers itself into an article, so
 * the numbering carrying across the run's edge says these lines are the article's.
 * Lines a local rule decided are never taken.
 */
export function listContinuation(texts: readonly string[], hits: readonly (Rule | undefined)[], [start, end]: [number, number]): number[] {
  const found: number[] = []
  const first = listItem(texts[start]!)
  if (first && first.number > 1) {
    const above: number[] = []
    for (let i = start - 1, want = first.number - 1; i >= 0 && want >= 1 && !hits[i]; i--, want--) {
      const item = listItem(texts[i]!)
      if (!item || item.style !== first.style || item.number !== want) break
      above.push(i)
      if (want === 1) found.push(...above)
    }
  }
  // The first of an article's section headings (`一、基本情况` above a body that has `二、…`): the body run
  // starts at the prose under it, so the heading numbered 1 is left above.
  const heading = start > 0 && !hits[start - 1] && !found.includes(start - 1) ? listItem(texts[start - 1]!) : null
  if (heading && heading.number === 1 && !(first && first.style === heading.style)) {
    for (let i = start; i <= end; i++) {
      const item = listItem(texts[i]!)
      if (item && item.style === heading.style && item.number === 2) {
        found.push(start - 1)
        break
      }
    }
  }
  const last = listItem(texts[end]!)
  if (last) {
    for (let i = end + 1, want = last.number + 1; i < texts.length && !hits[i]; i++, want++) {
      const item = listItem(texts[i]!)
      if (!item || item.style !== last.style || item.number !== want) break
      found.push(i)
    }
  }
  return found
}

/**
 * Which blocks are items of a numbered list (next to an item of the same style numbered one apart)
 * or rows of a table (a data row next to another): the structure an article has and a menu does not.
 */
export function structuredLines(texts: readonly string[], keys: readonly string[], gaps: readonly number[]): LineStructure {
  const items = texts.map((text) => (mayOpenItem(text) ? listItem(text) : null))
  const rows = keys.map((key, i) => gaps[i]! >= 2 && isDataRow(key))
  const follows = (i: number): boolean => {
    const a = items[i - 1]
    const b = items[i]
    return a != null && b != null && a.style === b.style && b.number === a.number + 1
  }
  const inTable = (i: number): boolean => rows[i]! && (rows[i - 1] === true || rows[i + 1] === true)
  const listed = items.map((_, i) => (i > 0 && follows(i)) || (i + 1 < items.length && follows(i + 1)))
  return {
    cheap: listed.map((l, i) => l || inTable(i)),
    // A ranking of headlines (`1. …` `2. …`) is a related list; table rows are not, nor lists that start over
    // and over (a table's cells of courses, one `1、` per row).
    notHeadline: (from: number): boolean[] => {
      const firsts = new Map<string, number>()
      for (let i = from; i < items.length; i++) if (items[i]?.number === 1) firsts.set(items[i]!.style, (firsts.get(items[i]!.style) ?? 0) + 1)
      return items.map((item, i) => inTable(i) || (item != null && listed[i]! && (firsts.get(item.style) ?? 0) >= RESTARTS))
    },
  }
}

/** What structuredLines finds: lines cheap to bridge, and (below a given block) lines that are no related headline. */
export interface LineStructure {
  cheap: boolean[]
  notHeadline: (from: number) => boolean[]
}
// A list that starts over this many times below the body is a table of lists, not a ranking.
const RESTARTS = 3

// A measured value: a decimal, a percentage, a temperature, a range, or a number with its unit.
const MEASURE = /\d(?:[.,]\d|\s*[%℃～~])|\d\s*(?:元|亿|万|级|吨|米|岁|人|个|份|倍|公里|千克|度|mm|kg|km)/u
const CELL_SEPARATOR = /\s+|\s*\|\s*/u

/** At least two spaces or bars (keys are NFKC: odd spaces are plain ones or gone). */
function twoGaps(key: string): boolean {
  let gaps = 0
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if ((c === 0x20 || c === 0x7c || c === 0x09) && ++gaps === 2) return true
  }
  return false
}

/**
 * A table row as dumps flatten it (`营业收入(亿元) 4009.17 3285.94 22.01%`, `1月21日 阴转小雪 -1～6℃ 北风4～5级`,
 * `湖北 理工 582 601 1842`): three or more cells, two of them measured values or counts beside a word.
 * Menus and keyword lists have labels, not measures.
 */
export function isDataRow(key: string): boolean {
  // Three cells need two gaps: most lines of Chinese prose have no space at all, and are not searched.
  if (!twoGaps(key)) return false
  const measured = MEASURE.test(key)
  if (!measured && !COUNT.test(key)) return false
  const cells = key.trim().split(CELL_SEPARATOR).filter(Boolean)
  if (cells.length < 3) return false
  if (measured && cells.filter((c) => MEASURE.test(c)).length >= 2) return true
  // A row of counts under a label (`湖北 理工 582 601 1842`): two or more whole numbers beside a word.
  const counts = cells.filter((c) => COUNT_CELL.test(c)).map(Number)
  // Numbers that count up by one are a pager's (`上一页 10 11 12 下一页`), not a row's.
  const pager = counts.every((n, k) => k === 0 || n === counts[k - 1]! + 1)
  return cells.length <= COUNT_ROW_CELLS && counts.length >= 2 && !pager && cells.some((c) => HAN_CELL.test(c))
}
// Whole numbers of two to six digits: a count, a score, a year's figure (a page number has one or two).
const COUNT = /(?:^|\s)\d{2,6}(?:\s|$)/u
const COUNT_CELL = /^\d{2,6}$/u
const HAN_CELL = /^\p{Script=Han}{1,8}$/u
const COUNT_ROW_CELLS = 8
