import { asciiDigits } from '../letters.js'
import { makeBlock } from '../options.js'
import type { Block } from '../types.js'

// A dump made block per line prints a table one cell per line: `区域` `成交套数` … `高新区` `312` `33580`.
// Sixty short lines in a row look like a menu and cut the article in two, and the cells alone say
// nothing. A grid's rows repeat one pattern of label and number cells, which no menu or pager does:
// rejoined into rows (`高新区 312 33580 13420`), they are the rows an HTML page's table gives.

/** A number cell: a count, a decimal, a share, or the dash of an empty cell (half- or full-width). */
const NUMBER_CELL = /^(?:[-+－＋]?[0-9０-９][0-9０-９,，.．]*\s*[%％‰℃]?|[-—–－/]{1,2})$/u
/** Sentence marks: a line with one is prose, never a cell. */
const SENTENCE_MARK = /[。！？；!?;]/u
const CELL_MAX = 20
// Columns in a row; two columns are a label and its value (`阅读` `4219`), as counters print too.
const MIN_COLUMNS = 3
const MAX_COLUMNS = 10
// Rows of the same pattern before the lines are a table.
const MIN_ROWS = 3

type Cell = 'number' | 'label' | null

function cellKind(text: string): Cell {
  if (text.length > CELL_MAX || SENTENCE_MARK.test(text)) return null
  return MAY_OPEN_NUMBER[text.charCodeAt(0)] === 1 && NUMBER_CELL.test(text) ? 'number' : 'label'
}
// What a number cell opens with: a digit, a sign or a dash (most cells are words, and fail this one test).
const MAY_OPEN_NUMBER = new Uint8Array(0x10000)
for (const c of '0123456789０１２３４５６７８９-+－＋—–/') MAY_OPEN_NUMBER[c.charCodeAt(0)] = 1

/** The row pattern at `at` with `width` columns, as a string of n/l, or null when not all are cells. */
function rowPattern(kinds: readonly Cell[], at: number, width: number): string | null {
  let pattern = ''
  for (let k = at; k < at + width; k++) {
    const kind = kinds[k]
    if (!kind) return null
    pattern += kind === 'number' ? 'n' : 'l'
  }
  return pattern
}

/** A data row has a label and at least two numbers: a header or a menu has no numbers, a pager no label. */
const dataRow = (pattern: string): boolean => pattern.includes('l') && pattern.split('n').length - 1 >= 2

/**
 * The longest run of rows from `at` repeating one data pattern of `width` columns: how many rows.
 * A row opens with its label, or with a rank counting up (`1` `张三` `98.5%`): read from any other
 * cell, the same grid would repeat a pattern too, one cell out of step.
 */
function rowsFrom(blocks: readonly Block[], kinds: readonly Cell[], at: number, width: number): number {
  const first = rowPattern(kinds, at, width)
  if (!first || !dataRow(first)) return 0
  let rows = 1
  while (rowPattern(kinds, at + rows * width, width) === first) rows++
  if (first[0] === 'l') return rows
  const rank = (r: number): number => Number(asciiDigits(blocks[at + r * width]!.text))
  for (let r = 1; r < rows; r++) if (rank(r) !== rank(r - 1) + 1) return 0
  return rows
}

/**
 * Rejoin a table printed one cell per line into one block per row, the header row (as many label
 * cells right above the first data row) included. Other blocks pass through as they are.
 */
export function joinTableCells(blocks: Block[]): Block[] {
  const kinds = blocks.map((b) => cellKind(b.text))
  // Most dumps have no run of number cells at all: nothing to look for.
  let numbers = 0
  for (const kind of kinds) if (kind === 'number') numbers++
  if (numbers < MIN_ROWS * 2) return blocks
  // Counts up to each block, so a width is tried only where its three rows could hold two numbers each and no prose.
  const numbersBefore = new Int32Array(blocks.length + 1)
  const proseBefore = new Int32Array(blocks.length + 1)
  for (let k = 0; k < blocks.length; k++) {
    numbersBefore[k + 1] = numbersBefore[k]! + (kinds[k] === 'number' ? 1 : 0)
    proseBefore[k + 1] = proseBefore[k]! + (kinds[k] === null ? 1 : 0)
  }
  const out: Block[] = []
  const row = (from: number, width: number): Block =>
    makeBlock(blocks.slice(from, from + width).map((b) => b.text).join(' '), blocks[from]!.line)
  let i = 0
  while (i < blocks.length) {
    let best = { width: 0, rows: 0 }
    if (kinds[i] === 'label' || kinds[i] === 'number') {
      for (let width = MIN_COLUMNS; width <= MAX_COLUMNS; width++) {
        // Wider rows only reach further: past the end or over a line of prose, no width fits.
        const reach = i + width * MIN_ROWS
        if (reach > blocks.length || proseBefore[reach] !== proseBefore[i]) break
        if (numbersBefore[reach]! - numbersBefore[i]! < MIN_ROWS * 2) continue
        const rows = rowsFrom(blocks, kinds, i, width)
        if (rows >= MIN_ROWS && rows * width > best.rows * best.width) best = { width, rows }
      }
    }
    if (best.rows === 0) {
      out.push(blocks[i]!)
      i++
      continue
    }
    // The header row: the `width` blocks above, all labels and passed through as they were, become one row.
    const { width } = best
    const above = out.slice(-width)
    if (i >= width && above.length === width && above.every((b, k) => b === blocks[i - width + k] && kinds[i - width + k] === 'label')) {
      out.splice(out.length - width, width, row(i - width, width))
    }
    for (let r = 0; r < best.rows; r++) out.push(row(i + r * width, width))
    i += best.rows * width
  }
  return out
}
