import { classifyBlocks } from './classify/index.js'
import { convertBlocks, isTraditional } from './convert.js'
import { decodeBytes } from './decode.js'
import { extractMetadata } from './extract/metadata.js'
import { extractRelated } from './extract/related.js'
import { resolveOptions, type Options } from './options.js'
import { parseDump } from './parse/index.js'
import { CJK_PUNCT_FIX } from './repair/fixes.js'
import { repairBlocks } from './repair/index.js'
import { dropDuplicateParagraphs, dropRepeatedWatermark, joinBrokenParagraphs } from './repair/paragraphs.js'
import type { Block, CleanResult, Warning } from './types.js'

/**
 * Clean one raw page dump: decode → split into blocks → repair artifacts → convert script and fold keys
 * → classify blocks → extract metadata and related list → assemble the body.
 * Pure: no I/O, never prints; throws CleanPageError only for input that is not text at all.
 */
export function cleanPage(input: string | Uint8Array, options: Partial<Options> = {}): CleanResult {
  const o = resolveOptions(options)
  const decoded = typeof input === 'string' ? { text: input.replace(/^\ufeff/u, ''), warnings: [] as Warning[] } : decodeBytes(input, o)
  const warnings: Warning[] = [...decoded.warnings]
  const parsed = parseDump(decoded.text, o)
  const repaired = repairBlocks(parsed.blocks, o.cjkPunct ? [CJK_PUNCT_FIX] : [])
  warnings.push(...repaired.warnings)
  const traditional = isTraditional(decoded.text)
  const converted = convertBlocks(repaired.blocks, o.convert, traditional)
  const pageTitle = parsed.htmlMeta?.title ?? null
  const blocks = classifyBlocks(converted, o, pageTitle)
  const meta = extractMetadata(blocks, parsed.htmlMeta)
  const body = assembleBody(blocks, meta.title)
  if (decoded.text.trim() === '') warnings.push({ code: 'empty', message: 'the input is empty', line: null })
  else if (body.length === 0) warnings.push({ code: 'no-body', message: 'no article text found on the page', line: null })
  const result: CleanResult = { ...meta, body, related: extractRelated(blocks), warnings }
  if (o.explain) {
    result.blocks = blocks.map((b) => ({ text: b.text, kind: b.kind ?? 'body', rule: b.rule ?? null, line: b.line }))
    result.repairs = repaired.repairs
  }
  return result
}

/** Body paragraphs in reading order, with hard wraps joined and repeats dropped. */
function assembleBody(blocks: Block[], title: string | null): string[] {
  const paragraphs = blocks.filter((b) => b.kind === 'body').map((b) => b.text)
  return dropRepeatedWatermark(dropDuplicateParagraphs(joinBrokenParagraphs(paragraphs), title ?? undefined))
}
