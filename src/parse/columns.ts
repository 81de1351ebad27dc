import { displayWidth } from '../letters.js'

// A text browser (w3m, lynx, a browser's "save as text") prints a layout table's columns side by side: a
// sidebar's links on the left, the article on the right, a gap of spaces between, the right column starting
// at the same display column on every line (`文娱               　　昨天上午，随着锅炉房阀门…`). Read line by
// line, each sidebar word is glued onto a line of the article. Cut at that column, the left column is its
// own lines before the region and the right column reads on as the article.

// A gap between columns: this many ASCII spaces at least (a sentence never holds three; an ideographic space
// indents a paragraph and belongs to the right column).
const GAP = / {3,}/gu
// Lines sharing the right column's start before the dump counts as printed in columns.
const MIN_LINES = 5
// The right column holds the article: most of its pieces are long.
const RIGHT_MIN_WIDTH = 20
// A sidebar column is narrow.
const LEFT_MAX_WIDTH = 30

/** Where each line's last gap ends, in display columns (the right column's start), or -1. */
function rightStart(line: string): number {
  let end = -1
  GAP.lastIndex = 0
  // A gap after some text: leading spaces indent a line (code, a centred headline), they part no columns.
  for (let m = GAP.exec(line); m; m = GAP.exec(line)) if (m.index > 0 && m.index + m[0].length < line.length) end = m.index + m[0].length
  return end < 0 ? -1 : displayWidth(line.slice(0, end))
}

/**
 * Lines printed in two columns, cut apart: within the region where lines share a right column's start, the left
 * pieces come first (in order), then the right ones. Other lines and dumps without such a region are untouched.
 * @example splitColumns(['要闻     第一段的开头…', '社会     第一段的后半…', …]) // → ['要闻', '社会', …, '第一段的开头…', '第一段的后半…', …]
 */
export function splitColumns(lines: readonly string[]): readonly string[] {
  // Most dumps have no gap of three spaces at all.
  if (!lines.some((line) => line.includes('   '))) return lines
  const starts = lines.map(rightStart)
  const counts = new Map<number, number>()
  for (const s of starts) if (s > 0) counts.set(s, (counts.get(s) ?? 0) + 1)
  let column = -1
  for (const [s, n] of counts) if (n >= MIN_LINES && (column < 0 || n > counts.get(column)!)) column = s
  if (column < 0 || column > LEFT_MAX_WIDTH * 2) return lines
  // The lines cut at the column: a left piece (perhaps none) and the right piece.
  const cuts = lines.map((line, i) => {
    if (starts[i] !== column && !(leadingWidth(line) === column && line.trim() !== '')) return null
    const at = indexAtWidth(line, column)
    return { left: line.slice(0, at).trim(), right: line.slice(at) }
  })
  const first = cuts.findIndex((c) => c !== null)
  const last = cuts.findLastIndex((c) => c !== null)
  // Inside the region, a line whose sidebar piece filled its column leaves one space before the right column
  // (`发行热线：96005678 　　记者从…`), and a centred headline starts further right: cut those too.
  for (let i = first + 1; i < last; i++) {
    const line = lines[i]!
    if (cuts[i] !== null || line.trim() === '' || line.startsWith(' ')) continue
    const at = indexAtWidth(line, column)
    if (at < line.length && line[at - 1] === ' ' && line[at] !== ' ') cuts[i] = { left: line.slice(0, at).trim(), right: line.slice(at) }
    else if (starts[i]! > column) {
      const gapAt = indexAtWidth(line, starts[i]!)
      cuts[i] = { left: line.slice(0, gapAt).trim(), right: line.slice(gapAt) }
    }
  }
  const cut = cuts.filter((c) => c !== null)
  const long = cut.filter((c) => displayWidth(c.right.trim()) >= RIGHT_MIN_WIDTH).length
  if (long * 2 < cut.length || cut.some((c) => displayWidth(c.left) > LEFT_MAX_WIDTH)) return lines
  const left: string[] = []
  const right: string[] = []
  for (let i = first; i <= last; i++) {
    const c = cuts[i]
    if (c) {
      if (c.left !== '') left.push(c.left)
      right.push(c.right)
    } else if (lines[i]!.trim() === '' || lines[i]!.startsWith(' ')) {
      // A blank line, or one indented some other way, stays where it is in the right column's run.
      right.push(lines[i]!)
    } else {
      // A line inside the region not printed in columns: a sidebar's line that reached no further.
      left.push(lines[i]!.trim())
    }
  }
  return [...lines.slice(0, first), ...left.flatMap((l) => [l, '']), ...right, ...lines.slice(last + 1)]
}

const leadingWidth = (line: string): number => line.length - line.replace(/^ +/u, '').length

/** The index in `line` where `columns` display columns end. */
function indexAtWidth(line: string, columns: number): number {
  let w = 0
  let i = 0
  while (i < line.length && w < columns) w += displayWidth(line[i++]!)
  return i
}
