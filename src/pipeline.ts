import { classifyBlocks } from './classify/index.js'
import { convertBlocks, convertMeta, isTraditional } from './convert.js'
import { decodeBytes } from './decode.js'
import { dateReading } from './extract/dates.js'
import { extractMetadata } from './extract/metadata.js'
import { extractRelated } from './extract/related.js'
import { resolveOptions, type Options } from './options.js'
import { parseDump } from './parse/index.js'
import { CJK_PUNCT_FIX } from './repair/fixes.js'
import { repairBlocks } from './repair/index.js'
import { rereadUtf8Page } from './repair/mojibake.js'
import { dropAdCards, dropBracketedWatermarks, dropDuplicateParagraphs, dropInlineWatermarks, dropRepeatedWatermark, dropTruncatedCopies, joinBrokenParagraphs } from './repair/paragraphs.js'
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
  // A page saved after its UTF-8 was read as GBK goes back to its bytes first: converted, it could not.
  const reread = rereadUtf8Page(decoded.text)
  if (reread) {
    const lost = reread.lost > 0 ? `; ${reread.lost} characters had lost a byte (U+FFFD)` : ''
    warnings.push({ code: 'decode', message: `the text was UTF-8 read as GBK before it was saved; read again as UTF-8${lost}`, line: null })
  }
  const text = reread?.text ?? decoded.text
  const parsed = parseDump(text, o)
  warnings.push(...parsed.warnings)
  const repaired = repairBlocks(parsed.blocks, o.cjkPunct ? [CJK_PUNCT_FIX] : [])
  warnings.push(...repaired.warnings)
  const traditional = isTraditional(text)
  const converted = convertBlocks(repaired.blocks, o.convert, traditional)
  // Matched against the Simplified keys always; given back in the script of the output (`--convert none` keeps the page's).
  const htmlMeta = parsed.htmlMeta && convertMeta(parsed.htmlMeta, o.convert, traditional)
  const blocks = classifyBlocks(converted, o, htmlMeta?.title ?? null)
  // How the page's dates read (slash order, 民国 years) is decided once, from the whole page.
  const reading = dateReading(blocks, htmlMeta?.publishedAt ?? null, traditional)
  const meta = extractMetadata(blocks, o.convert === 'none' ? parsed.htmlMeta : htmlMeta, reading)
  const body = assembleBody(blocks, meta.title)
  if (text.trim() === '') warnings.push({ code: 'empty', message: 'the input is empty', line: null })
  else if (body.length === 0) warnings.push({ code: 'no-body', message: 'no article text found on the page', line: null })
  else if (lostShare(body) > LOST_TEXT_SHARE) {
    warnings.push({ code: 'lost-text', message: 'most of the article is question marks: the text was lost before it was saved', line: null })
  }
  const result: CleanResult = { ...meta, body, related: extractRelated(blocks, meta.publishedAt, reading, meta.title), warnings }
  if (o.explain) {
    result.blocks = blocks.map((b) => ({ text: b.text, kind: b.kind ?? 'body', rule: b.rule ?? null, line: b.line }))
    result.repairs = repaired.repairs
  }
  return result
}

// Above this share of `?` and U+FFFD the text was lost at the source; say so rather than pretend.
const LOST_TEXT_SHARE = 0.3

/** Share of question marks and replacement characters among the body's visible characters. */
function lostShare(body: string[]): number {
  let lost = 0
  let all = 0
  for (const p of body) {
    if (!p.includes('?') && !p.includes('\ufffd') && !p.includes('？')) {
      all += p.length
      continue
    }
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i)
      if (c <= 0x20) continue
      all++
      if (c === 0x3f || c === 0xfffd || c === 0xff1f) lost++
    }
  }
  return all === 0 ? 0 : lost / all
}

/** Body paragraphs in reading order, with hard wraps joined and repeats dropped. */
function assembleBody(blocks: Block[], title: string | null): string[] {
  const paragraphs = blocks.filter((b) => b.kind === 'body').map((b) => b.text)
  const joined = joinBrokenParagraphs(dropAdCards(paragraphs))
  const unique = dropRepeatedWatermark(dropBracketedWatermarks(dropDuplicateParagraphs(joined, title ?? undefined)))
  return dropTruncatedCopies(dropInlineWatermarks(unique))
}
