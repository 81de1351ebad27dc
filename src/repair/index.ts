import type { Block, Repair, Warning } from '../types.js'
import { FIXES, type Fix } from './fixes.js'
import { repairMojibake } from './mojibake.js'
import { hasPinyinNotes, stripPinyinNotes } from './pinyin.js'

/** The stages that run before the listed fixes, recorded under their own ids. */
export const REPAIR_STEPS = {
  mojibake: { id: 'R101', name: 'gbk-mojibake', description: 'GBK one-byte-shift mojibake re-read from its bytes (notes inside the span go too).' },
  pinyin: { id: 'R102', name: 'pinyin-notes', description: 'Pinyin notes glued after Han characters: 網(wǎng) → 網.' },
} as const

// Upper bound on passes over one block: each fix only removes or normalises, so two or three passes settle.
const MAX_PASSES = 4

/** Record the part of a block that changed, not the whole block. */
function changedSpan(before: string, after: string): { from: string; to: string } {
  let head = 0
  while (head < before.length && head < after.length && before[head] === after[head]) head++
  let tail = 0
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++
  const pad = 6
  const start = Math.max(0, head - pad)
  return { from: before.slice(start, before.length - tail + pad), to: after.slice(start, after.length - tail + pad) }
}

/** Run one fix and record its change. */
function apply(text: string, fix: { id: string; name: string; apply: (t: string) => string }, line: number | null, repairs: Repair[]): string {
  const out = fix.apply(text)
  if (out !== text) repairs.push({ line, ...changedSpan(text, out), rule: `${fix.id} ${fix.name}` })
  return out
}

/**
 * Repair every block, in one documented order: GBK mojibake (it needs the pinyin notes that sit
 * inside damaged spans), pinyin notes (before conversion and chrome matching, so both see whole
 * words), then the FIXES list, repeated until nothing changes (each pass is idempotent).
 * Blocks that end up empty are dropped.
 */
export function repairBlocks(blocks: Block[], extraFixes: readonly Fix[] = []): { blocks: Block[]; repairs: Repair[]; warnings: Warning[] } {
  const repairs: Repair[] = []
  const warnings: Warning[] = []
  const toneless = blocks.some((b) => hasPinyinNotes(b.text))
  const fixes = [...FIXES, ...extraFixes]
  const out: Block[] = []
  for (const block of blocks) {
    const mojibake = repairMojibake(block.text)
    for (const fix of mojibake.fixes) {
      repairs.push({ line: block.line, from: fix.from, to: fix.to, rule: `${REPAIR_STEPS.mojibake.id} ${REPAIR_STEPS.mojibake.name}` })
    }
    for (const span of mojibake.unresolved) {
      warnings.push({ code: 'mojibake', message: `damaged text left as is: ${span.text} (${span.reason})`, line: block.line })
    }
    let text = mojibake.text
    text = apply(text, { ...REPAIR_STEPS.pinyin, apply: (t) => stripPinyinNotes(t, { toneless }) }, block.line, repairs)
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const before = text
      for (const fix of fixes) text = apply(text, fix, block.line, repairs)
      if (text === before) break
    }
    text = text.trim()
    if (text !== '') out.push(text === block.text ? block : { ...block, text })
  }
  return { blocks: out, repairs, warnings }
}
