import type { Block, Repair, Warning } from '../types.js'
import { FIXES, FIX_NEEDS, NEEDS_PARENS, scanFixes, type Fix } from './fixes.js'
import { repairMojibake } from './mojibake.js'
import { hasPinyinNotes, showsConverterNotes, showsReadingNotes, showsToneLessNotes, stripDisplacedNotes, stripPinyinNotes, type ToneLess } from './pinyin.js'

/** The stages that run before the listed fixes, recorded under their own ids. */
export const REPAIR_STEPS = {
  mojibake: { id: 'R101', name: 'gbk-mojibake', description: 'GBK one-byte-shift mojibake re-read from its bytes (notes inside the span and after its trail letter go too).' },
  pinyin: { id: 'R102', name: 'pinyin-notes', description: "Pinyin notes glued after Han characters: 網(wǎng) → 網 (on a page that shows a converter's notes; a lone gloss stays)." },
} as const

// Upper bound on passes over one block: each fix only removes or normalises, so two or three passes settle.
const MAX_PASSES = 4

// A block of nothing but question marks (and the punctuation and spaces that survived with them): its text
// was lost before the page was saved (`????…`). Fewer marks may be a reader's `???`.
const LOST_BLOCK = /^[?？\ufffd\s,，.。、;；:：!！…—·“”"'‘’()（）]*$/u
const LOST_BLOCK_MIN_MARKS = 6
const isLostBlock = (text: string): boolean => {
  if (!LOST_BLOCK.test(text)) return false
  let marks = 0
  for (let i = 0; i < text.length && marks < LOST_BLOCK_MIN_MARKS; i++) {
    const c = text.charCodeAt(i)
    if (c === 63 || c === 0xff1f || c === 0xfffd) marks++
  }
  return marks >= LOST_BLOCK_MIN_MARKS
}

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
 * inside damaged spans, and R207 must not read its `?` as punctuation), pinyin notes (before
 * conversion and chrome matching, so both see whole words), then the FIXES list, repeated until nothing changes (each pass is idempotent).
 * Blocks that end up empty are dropped, and so are blocks of nothing but question marks (text lost at the
 * source) among readable ones, each with a `lost-text` warning.
 */
export function repairBlocks(blocks: Block[], extraFixes: readonly Fix[] = []): { blocks: Block[]; repairs: Repair[]; warnings: Warning[] } {
  const repairs: Repair[] = []
  const warnings: Warning[] = []
  // one scan per block tells which fixes can apply at all (and whether it holds parentheses)
  const needs = blocks.map((b) => scanFixes(b.text))
  // notes go only where the page shows a converter's (a lone gloss stays), tone-less ones only once toned ones
  // are seen, or when the page carries several tone-less ones and no toned one (a Big5 page has no tone marks):
  // after Traditional-only characters, or spelling the readings of the characters they follow (then only those go)
  const noted = blocks.flatMap((b, i) => ((needs[i]! & NEEDS_PARENS) !== 0 ? [b.text] : []))
  const tonedNotes = noted.length > 0 && showsConverterNotes(noted)
  const tonelessOnly = noted.length > 0 && !tonedNotes && showsToneLessNotes(noted)
  const readingOnly = noted.length > 0 && !tonedNotes && !tonelessOnly && showsReadingNotes(noted)
  const converterNotes = tonedNotes || tonelessOnly || readingOnly
  const toneless: ToneLess = readingOnly ? 'reading' : tonelessOnly || (tonedNotes && noted.some(hasPinyinNotes))
  const fixes = [...FIXES, ...extraFixes]
  // the scan bit a listed fix needs; null for a fix the scan knows nothing of (an extra one): it always runs
  const fixNeeds = fixes.map((f) => (FIXES.includes(f) ? FIX_NEEDS[f.id] ?? null : null))
  const pinyinStep = { ...REPAIR_STEPS.pinyin, apply: (t: string) => stripPinyinNotes(t, { toneless }) }
  const out: Block[] = []
  // indexes in `out` of the blocks that are only question marks
  const lost: number[] = []
  // the text of the block before, unrepaired: a note at a block's start may note its last character
  let previous = ''
  blocks.forEach((block, b) => {
    const blockBefore = previous
    previous = block.text
    const mojibake = repairMojibake(block.text)
    for (const fix of mojibake.fixes) {
      repairs.push({ line: block.line, from: fix.from, to: fix.to, rule: `${REPAIR_STEPS.mojibake.id} ${REPAIR_STEPS.mojibake.name}` })
    }
    // a repair is recorded above; a repair that left a lost character out (no candidate stood out), and a
    // suspect span that no reading explains, are also reported
    for (const span of mojibake.unresolved) {
      warnings.push({ code: 'mojibake', message: `damaged text repaired in part (a lost character left out): ${span.text} (${span.reason})`, line: block.line })
    }
    for (const span of mojibake.unrepaired) {
      warnings.push({ code: 'mojibake', message: `damaged text left as is: ${span.text} (${span.reason})`, line: block.line })
    }
    let text = mojibake.text
    let need = text === block.text ? needs[b]! : scanFixes(text)
    // on a page with toned notes, notes after punctuation and at a line's start go too (before the glued ones,
    // while a note a wrap cut in two is still whole on the line before)
    if (tonedNotes) {
      const unnoted = apply(text, { ...REPAIR_STEPS.pinyin, apply: (t) => stripDisplacedNotes(t, blockBefore) }, block.line, repairs)
      if (unnoted !== text) need = scanFixes(text = unnoted)
    }
    if (need & NEEDS_PARENS && converterNotes) {
      const before = text
      text = apply(text, pinyinStep, block.line, repairs)
      if (text !== before) need = scanFixes(text)
    }
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const before = text
      for (let f = 0; f < fixes.length; f++) {
        // once the text changed, the scan no longer describes it: every fix runs
        const bit = fixNeeds[f]
        if (pass === 0 && text === before && bit != null && (bit & need) === 0) continue
        text = apply(text, fixes[f]!, block.line, repairs)
      }
      if (text === before) break
    }
    text = text.trim()
    if (text === '') return
    if (isLostBlock(text)) lost.push(out.length)
    out.push(text === block.text ? block : { ...block, text })
  })
  if (lost.length === 0) return { blocks: out, repairs, warnings }
  // A paragraph lost among readable ones goes, and is reported. When most of the page is lost, the blocks stay
  // for the pipeline to say so: a page of question marks is not cleaned into an empty one.
  const lostChars = lost.reduce((sum, i) => sum + out[i]!.text.length, 0)
  const keptChars = out.reduce((sum, b) => sum + b.text.length, 0) - lostChars
  if (lostChars >= keptChars) return { blocks: out, repairs, warnings }
  for (const i of lost) {
    warnings.push({ code: 'lost-text', message: `a paragraph lost to question marks was dropped (${out[i]!.text.length} characters)`, line: out[i]!.line })
  }
  const dropped = new Set(lost)
  return { blocks: out.filter((_, i) => !dropped.has(i)), repairs, warnings }
}
