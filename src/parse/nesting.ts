// A guard in front of parse5, whose cost grows with tags × nesting depth: markup nested deeper than
// any real page is flattened before it is parsed. One pass over the tags, no DOM.
import {
  AUTO_CLOSED_TAGS,
  BLOCK_TAGS,
  FOREIGN_TAGS,
  MAX_NESTING_DEPTH,
  PLAINTEXT_TAG,
  RAW_TEXT_TAGS,
  VOID_TAGS,
} from './html-patterns.js'

export interface FlattenedHtml {
  html: string
  /** The deepest nesting seen, counted as described at flattenDeepNesting. */
  depth: number
  /** Start and end tags taken out below the depth limit; 0 when the markup came back unchanged. */
  flattened: number
  /** 1-based source line of the first tag taken out; null when none was. */
  line: number | null
}

/**
 * The markup with every tag below `limit` levels of nesting taken out: a block tag (`<div>`,
 * `</div>`) becomes `<br>`, so the texts it kept apart stay apart, an inline one (`<font>`, `<span>`)
 * goes. All text stays, and so do source lines (a tag's newlines are kept). Depth is start minus end
 * tags of the elements the parser keeps open (not void, not closed by the parser itself, not raw
 * text), never below 0; comments and the content of `<script>`, `<style>`, `<textarea>` … are skipped.
 * Markup within the limit comes back as it was.
 * @example flattenDeepNesting('<div><div><div>文</div></div></div>', 2).html // → '<div><div><br>文<br></div></div>'
 */
export function flattenDeepNesting(html: string, limit: number = MAX_NESTING_DEPTH): FlattenedHtml {
  const cuts: { from: number; to: number; block: boolean }[] = []
  let depth = 0
  let deepest = 0
  // Open <svg> and <math> elements: inside them `<x/>` closes itself.
  let foreign = 0
  for (let at = html.indexOf('<'); at !== -1; ) {
    const tag = readTag(html, at)
    let next = tag?.end ?? at + 1
    if (tag?.kind === 'start' && tag.name === PLAINTEXT_TAG) break
    if (tag?.kind === 'start' && RAW_TEXT_TAGS.has(tag.name) && foreign === 0) {
      next = rawTextEnd(html, tag.name, tag.end)
    } else if (tag && tag.kind !== 'other' && opensElement(tag.name)) {
      const isForeign = FOREIGN_TAGS.has(tag.name)
      if (tag.kind === 'start' && !(tag.selfClosing && (foreign > 0 || isForeign))) {
        depth++
        deepest = Math.max(deepest, depth)
        if (isForeign) foreign++
        if (depth > limit) cuts.push({ from: at, to: tag.end, block: BLOCK_TAGS.has(tag.name) })
      } else if (tag.kind === 'end' && depth > 0) {
        if (depth > limit) cuts.push({ from: at, to: tag.end, block: BLOCK_TAGS.has(tag.name) })
        depth--
        if (isForeign && foreign > 0) foreign--
      }
    }
    at = next >= html.length ? -1 : html.indexOf('<', next)
  }
  if (cuts.length === 0) return { html, depth: deepest, flattened: 0, line: null }
  const pieces: string[] = []
  let copied = 0
  // A `<br>` right after another, with only whitespace between, breaks nothing more: one will do.
  let broken = false
  for (const cut of cuts) {
    const between = html.slice(copied, cut.from)
    if (!WHITESPACE_ONLY.test(between)) broken = false
    pieces.push(between, cut.block && !broken ? '<br>' : '', '\n'.repeat(countNewlines(html, cut.from, cut.to)))
    broken ||= cut.block
    copied = cut.to
  }
  pieces.push(html.slice(copied))
  return { html: pieces.join(''), depth: deepest, flattened: cuts.length, line: countNewlines(html, 0, cuts[0]!.from) + 1 }
}

const WHITESPACE_ONLY = /^\s*$/

/** Elements that stay on the parser's stack until their end tag. */
const opensElement = (name: string): boolean => !VOID_TAGS.has(name) && !AUTO_CLOSED_TAGS.has(name) && !RAW_TEXT_TAGS.has(name)

function countNewlines(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) count++
  return count
}

interface Tag {
  kind: 'start' | 'end' | 'other'
  /** Lower-cased; empty for comments, doctypes and other markup that is not an element. */
  name: string
  /** Index just past the tag. */
  end: number
  selfClosing: boolean
}

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a
const isTagSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d

/** The tag, comment or declaration that starts at `at` (a `<`), as the HTML tokenizer reads it; null for a `<` that is text. */
function readTag(html: string, at: number): Tag | null {
  const next = html.charCodeAt(at + 1)
  if (next === 0x21 /* ! */) {
    // `<!-->` and `<!--->` are whole comments, hence the search from the first dash.
    return html.startsWith('<!--', at) ? other(html, at + 2, '-->') : other(html, at, '>')
  }
  if (next === 0x3f /* ? */) return other(html, at, '>')
  const closing = next === 0x2f /* / */
  const nameStart = closing ? at + 2 : at + 1
  if (!isAsciiLetter(html.charCodeAt(nameStart))) {
    // `</>` is dropped and `</ x>` is a comment; `< x` and `<3` are text.
    return closing ? other(html, at, '>') : null
  }
  let nameEnd = nameStart + 1
  for (let c = html.charCodeAt(nameEnd); nameEnd < html.length && !isTagSpace(c) && c !== 0x2f && c !== 0x3e; ) {
    c = html.charCodeAt(++nameEnd)
  }
  const end = tagEnd(html, nameEnd)
  // A tag cut off by the end of the input is dropped by the tokenizer.
  if (end === -1) return { kind: 'other', name: '', end: html.length, selfClosing: false }
  const name = html.slice(nameStart, nameEnd).toLowerCase()
  return { kind: closing ? 'end' : 'start', name, end, selfClosing: html.charCodeAt(end - 2) === 0x2f }
}

/** Markup that is not an element, ending after the first `closer` from `from` (or with the input). */
function other(html: string, from: number, closer: string): Tag {
  const at = html.indexOf(closer, from)
  return { kind: 'other', name: '', end: at === -1 ? html.length : at + closer.length, selfClosing: false }
}

/** Index just past the `>` that closes a tag, skipping quoted attribute values; -1 when there is none. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i)
    if (c === 0x3e /* > */) return i + 1
    if (c !== 0x3d /* = */) continue
    // An attribute value: only a value that opens with a quote runs to the matching quote.
    let v = i + 1
    while (isTagSpace(html.charCodeAt(v))) v++
    const quote = html.charCodeAt(v)
    if (quote !== 0x22 && quote !== 0x27) continue
    const close = html.indexOf(quote === 0x22 ? '"' : "'", v + 1)
    if (close === -1) return -1
    i = close
  }
  return -1
}

// One regex per raw-text element, built on first use.
const RAW_TEXT_ENDS = new Map<string, RegExp>()

/** Where the content of a raw-text element ends (at its end tag), or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  let end = RAW_TEXT_ENDS.get(name)
  if (!end) RAW_TEXT_ENDS.set(name, (end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')))
  end.lastIndex = from
  return end.exec(html)?.index ?? html.length
}
