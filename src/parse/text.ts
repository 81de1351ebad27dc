import { makeBlock } from '../options.js'
import type { Block } from '../types.js'
import { joinTableCells } from './cells.js'
import { splitColumns } from './columns.js'

/**
 * Split a plain-text dump into blocks: one block per non-empty line.
 * Dumps put one text block per line (blank lines between them are layout, not structure),
 * and hard-wrapped paragraphs are joined back later, once we know which lines are body. A table
 * printed one cell per line is joined back into its rows here.
 * @example parseText('标题\n\n第一段。\n') // → blocks '标题' (line 1), '第一段。' (line 3)
 */
export function parseText(text: string): Block[] {
  const blocks: Block[] = []
  const lines = splitColumns(text.split(/\r\n|\r|\n/))
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line !== '') blocks.push(makeBlock(line, i + 1))
  }
  return joinTableCells(blocks)
}
