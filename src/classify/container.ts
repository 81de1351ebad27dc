import type { Block } from '../types.js'
import { proseWeight, type Features } from './features.js'
import { CONTACT_HEADING, CREDIT_DATE, DASHED_SUBTITLE, NAMES_ONLY, PICTOGRAPH_BANNER, QUANTITY, ROLE_CREDIT, SUPPLIED_CREDIT, UNIT_AND_NAMES } from './patterns.js'
import { allSurnamed, isSurnamed, signatureNames } from '../extract/surnames.js'

// The container may add at most this much text to the prose run; more means it is a page-wide
// wrapper (a layout table around menus and article alike), not the article's own element.
const MAX_GROWTH = 1.5
// How far up from the article's element a following block may branch off and still continue it.
const MAX_LEVELS_UP = 4
// Where <body> stands in a block's path.
const BODY_DEPTH = 1
// Link lists inside the article element (related links, tag clouds) stay out.
const MAX_LINK_DENSITY = 0.4

const signedBelow = (blocks: Block[], i: number, start: number): boolean => i > start && signatureNames(blocks[i]!.key) !== null

const namesOnly = (key: string): boolean => NAMES_ONLY.test(key) && !QUANTITY.test(key)

// A credit line is short: a date, a unit, a few names and a verb.
const CREDIT_LINE_MAX = 30

/** The whole line is `role:name` credits, one or more, each name a surname and a given name. */
function roleCredits(key: string): boolean {
  if (!key.includes(':')) return false
  let named = 0
  let unnamed = 0
  const rest = key.replace(ROLE_CREDIT, (_pair: string, _role: string, name: string) => {
    if (isSurnamed(name)) named++
    else unnamed++
    return ''
  })
  return named > 0 && unnamed === 0 && rest.trim() === ''
}

/**
 * Who supplied or signed the article, alone on a line as a text dump's edge rules leave it out: `（南屿海关 供稿）`,
 * `（2003年6月21日）　宣教部供稿`, `（宣教部 马丽华）`, `首席预报员：蔡文涛 值班预报员：孔宁`. A credit, not the article's text.
 * @example creditLine('(宣教部 马丽华)') // → true
 * @example creditLine('(文中当事人均为化名)') // → false
 */
export function creditLine(key: string): boolean {
  const line = key.trim()
  if (line.length > CREDIT_LINE_MAX) return false
  const credit = line.replace(CREDIT_DATE, '')
  if (SUPPLIED_CREDIT.test(credit)) return true
  const unit = credit.endsWith(')') ? UNIT_AND_NAMES.exec(credit) : null
  if (unit && allSurnamed(unit[1]!)) return true
  return roleCredits(line)
}

/** The longest run of ids all paths start with. */
function commonPrefix(paths: readonly (readonly number[])[]): readonly number[] {
  if (paths.length === 0) return []
  let prefix = paths[0]!
  for (const p of paths) {
    let n = 0
    while (n < prefix.length && n < p.length && prefix[n] === p[n]) n++
    prefix = prefix.slice(0, n)
  }
  return prefix
}

const within = (path: readonly number[] | undefined, prefix: readonly number[]): boolean =>
  path !== undefined && path.length >= prefix.length && prefix.every((id, i) => path[i] === id)

/**
 * HTML only: the smallest element that holds all prose of the body run is the article's element;
 * its other text blocks (a table or a closing note below the run, a lead paragraph above it) belong
 * to the body too, as Readability takes a top candidate's content. Returns the indices to add.
 * Blocks a local rule decided (`undecided[i]` false) and link lists are never added, nor any past `lastAllowed`
 * (an article that printed its end mark is over).
 */
export function articleContainer(
  blocks: Block[],
  features: Features[],
  undecided: boolean[],
  run: [number, number],
  title: number | null,
  pageParts: readonly boolean[] = [],
  lastAllowed: number = blocks.length - 1,
): number[] {
  const [start, end] = run
  const prose: (readonly number[])[] = []
  let runChars = 0
  let lastProse = start
  for (let i = start; i <= end; i++) {
    runChars += features[i]!.length
    if (proseWeight(features[i]!) >= 1 && blocks[i]!.path) {
      prose.push(blocks[i]!.path!)
      lastProse = i
    }
  }
  const prefix = commonPrefix(prose)
  // Paths start at <html> (depth 0) and <body> (depth 1): a prefix of two is <body> itself, no article element to speak of.
  if (prose.length === 0 || prefix.length <= BODY_DEPTH + 1) return []
  // A related or comment header, a copyright or footer line, a breadcrumb inside the element: it wraps the
  // page, not just the article; what lies beyond the nearest such line on either side is not the article's.
  let from = 0
  let to = lastAllowed
  for (let i = start - 1; i >= 0; i--) if (pageParts[i] && within(blocks[i]!.path, prefix)) { from = i + 1; break }
  for (let i = end + 1; i <= to; i++) if (pageParts[i] && within(blocks[i]!.path, prefix)) { to = i - 1; break }
  // A press release's contact block (`传媒查询` / the office / the officer's phone) runs to the element's end: none of it is the article's.
  for (let i = end + 1; i <= to; i++) if (CONTACT_HEADING.test(blocks[i]!.key)) { to = i - 1; break }
  const added: number[] = []
  let addedChars = 0
  for (let i = from; i <= to; i++) {
    if (i >= start && i <= end) continue
    // Above the run stand the title, byline and meta lines: between the title and the run, text
    // lines of the article's element (a lead-in list, a subheading) join, but not a names-only
    // byline (an ingredient with its amount, `大白菜 半棵`, is none); above the title only prose (a lead paragraph cut off
    // by an inline ad) does.
    if (i < start && proseWeight(features[i]!) < 1 && (title === null || i <= title || namesOnly(blocks[i]!.key.trim()))) continue
    // Nor, as a text dump's edges leave them out, a banner framed by pictographs (`☀️高温预警☀️`) or the subtitle right under the title (`——访…`).
    if (i < start && (PICTOGRAPH_BANNER.test(blocks[i]!.key) || (i === (title ?? -2) + 1 && DASHED_SUBTITLE.test(blocks[i]!.key)))) continue
    if (!undecided[i] || features[i]!.linkDensity > MAX_LINK_DENSITY || !within(blocks[i]!.path, prefix)) continue
    // The writers' names alone in brackets (`（庞晓军 田野）`) sign the article: a byline, as in a text dump, not its text.
    // Nor is a credit (`（南屿海关 供稿）`, `首席预报员：蔡文涛`) above or below the run.
    if (signedBelow(blocks, i, start) || creditLine(blocks[i]!.key)) continue
    added.push(i)
    addedChars += features[i]!.length
  }
  // What directly follows the article's element a few levels up (a table of the same article
  // beside the text's own cell, a closing note set apart) continues it, up to the first link
  // list or decided block. Table layouts nest td > tr > tbody > table, hence a few levels.
  const near = prefix.slice(0, Math.max(2, prefix.length - MAX_LEVELS_UP))
  const last = Math.max(end, ...added)
  // Up at <body> itself everything on the page would follow the article: a shallow element has no such neighbours.
  // Nor does an article followed by a page part (`下一篇`, a tag row): what comes after it is the page's.
  const partAfter = pageParts.some((part, k) => part && k > lastProse && k <= last)
  for (let i = last + 1; i <= to && near.length > BODY_DEPTH + 1 && !partAfter; i++) {
    if (within(blocks[i]!.path, prefix) || features[i]!.length <= 1) continue
    if (!undecided[i] || features[i]!.linkDensity > MAX_LINK_DENSITY || !within(blocks[i]!.path, near)) break
    if (signedBelow(blocks, i, start) || creditLine(blocks[i]!.key)) continue
    added.push(i)
    addedChars += features[i]!.length
  }
  return addedChars <= runChars * MAX_GROWTH ? added : []
}
