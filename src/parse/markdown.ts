import { wrapJoint } from '../letters.js'
import { makeBlock } from '../options.js'
import type { Block } from '../types.js'
import { joinTableCells } from './cells.js'

// What a Markdown dump (html2text, a reader service, a crawler's Markdown output) prints and a plain dump does not.
const MARKDOWN_SIGNS: readonly RegExp[] = [
  /^#{1,6}\s+(?!re:)\S/imu, // an ATX heading (a blog comment's title `# re: …` is none)
  /\[[^\]\n]{1,200}\]\((?:https?:|\/|\.\.?\/)[^)\s]*\)/u, // a link
  /!\[[^\]\n]{0,200}\]\([^)\s]+\)/u, // an image
  /\*\*[^*\n]{1,80}\*\*/u, // strong emphasis
  /^[*+-]\s+\S/mu, // a bullet
]
// Kinds of sign a dump must show, and how many marked lines, to be read as Markdown.
const MARKDOWN_KINDS_MIN = 2
const MARKDOWN_LINES_MIN = 3
// Enough of the dump to judge it by.
const MARKDOWN_SAMPLE = 20_000
const MARKED_LINE = /^#{1,6}\s+(?!re:)|^[*+-]\s|\]\(|\*\*/iu

/** A text dump written in Markdown: at least two kinds of its marks on at least three lines. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.length > MARKDOWN_SAMPLE ? text.slice(0, MARKDOWN_SAMPLE) : text
  if (!sample.includes('](') && !sample.includes('**') && !sample.includes('# ')) return false
  let kinds = 0
  for (const sign of MARKDOWN_SIGNS) if (sign.test(sample)) kinds++
  if (kinds < MARKDOWN_KINDS_MIN) return false
  let marked = 0
  for (const line of sample.split('\n')) if (MARKED_LINE.test(line.trimStart()) && ++marked >= MARKDOWN_LINES_MIN) return true
  return false
}

// Lines that stand as blocks of their own: a heading, a list item, a quote, a table row, a rule.
const OWN_BLOCK = /^(?:#{1,6}\s|[*+-]\s|\d{1,3}[.)]\s|>|\|)/u
const RULE_LINE = /^(?:[-*_]\s*){3,}$/u
const FENCE = /^(?:```|~~~)/u
const IMAGE = /!\[([^\]\n]{0,300})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,300}")?\)/gu
const LINK = /\[([^\]\n]{0,300})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,300}")?\)/gu
const EMPHASIS = /\*\*([^*\n]+)\*\*|__([^_\n]+)__/gu
const HEADING_MARK = /^#{1,6}\s+|\s+#+\s*$/gu
const BULLET_MARK = /^[*+-]\s+/u
const QUOTE_MARK = /^>\s?/u

/** One Markdown block's text with its marks taken off, and how much of it was link text. */
function unmark(source: string): { text: string; linkChars: number } {
  let linkChars = 0
  let text = source.replace(IMAGE, '')
  if (text.includes('](')) {
    text = text.replace(LINK, (_, label: string) => {
      linkChars += label.replace(/\s/gu, '').length
      return label
    })
  }
  if (text.includes('**') || text.includes('__')) text = text.replace(EMPHASIS, (_, strong?: string, under?: string) => strong ?? under ?? '')
  text = text.replace(HEADING_MARK, '').replace(QUOTE_MARK, '').replace(BULLET_MARK, '')
  return { text: text.trim(), linkChars }
}

/**
 * Split a Markdown dump into blocks the way Markdown reads it: consecutive lines are one paragraph (a
 * dumper wrapped them), a blank line ends it; headings, list items, quotes and table rows stand alone.
 * Marks come off (`# `, `**`, `* `), links keep their text and count as link text, images go.
 * @example parseMarkdown('# 标题\n\n第一段的前半，\n后半。\n\n* [首页](/) ') // → '标题', '第一段的前半，后半。', '首页' (all link text)
 */
export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = []
  const lines = text.split(/\r\n|\r|\n/)
  let pieces: string[] = []
  let startLine = 0
  let fenced = false
  const flush = (): void => {
    if (pieces.length === 0) return
    // Each joint looks at the two pieces it joins, never at the paragraph built so far.
    let joined = pieces[0]!
    for (let k = 1; k < pieces.length; k++) joined += wrapJoint(pieces[k - 1]!, pieces[k]!) + pieces[k]
    pieces = []
    const { text: plain, linkChars } = unmark(joined)
    if (plain !== '') blocks.push(makeBlock(plain, startLine, { linkChars }))
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (FENCE.test(line)) {
      flush()
      fenced = !fenced
      continue
    }
    // Code keeps its lines.
    if (fenced) {
      if (line !== '') blocks.push(makeBlock(line, i + 1))
      continue
    }
    if (line === '' || RULE_LINE.test(line)) {
      flush()
      continue
    }
    if (OWN_BLOCK.test(line)) flush()
    if (pieces.length === 0) startLine = i + 1
    pieces.push(line)
    // A heading and a table row end on their line; a list item or a quote goes on over the lines wrapped under it.
    if (line.startsWith('#') || line.startsWith('|')) flush()
  }
  flush()
  return joinTableCells(blocks)
}
