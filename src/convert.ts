import type { ConvertMode } from './options.js'
import { phraseConverter } from './phrase-converter.js'
import { HONG_KONG_FOLD } from './repair/script-data.js'
import { getScriptBits, TRADITIONAL_ONLY_BIT } from './repair/tables.js'
import type { HtmlMeta } from './parse/html.js'
import type { Block } from './types.js'

// Building a converter costs milliseconds: build each one once per process (per worker).
const converters = new Map<string, (text: string) => string>()

/**
 * The converter for a mode, built on first use: opencc's config of the same name (`tw2s` also folds
 * Taiwan variants: 預示著 → 预示着, while 著名 stays), run by clean-page's own engine over opencc-js's dictionaries.
 * `tw2sp` folds Taiwan's words back to the mainland's as well (軟體 → 软件, 釋出 → 发布): for pages a converter made from a
 * Simplified original with Taiwan phrasing. opencc's phrase table also folds words both sides use (影片 → 视频), and a native
 * Taiwan page's words would change with it, so it is asked for.
 * The default `tw2s` (and `tw2sp`) also takes the few Hong Kong variant characters it would leave (衞生署 → 卫生署):
 * a Hong Kong page converted with it would otherwise keep them, and no Taiwan text writes them.
 */
export function converterFor(mode: Exclude<ConvertMode, 'none'>): (text: string) => string {
  const cached = converters.get(mode)
  if (cached) return cached
  const convert = mode === 'tw2s' || mode === 'tw2sp' ? withHongKongForms(phraseConverter(mode)) : phraseConverter(mode)
  converters.set(mode, convert)
  return convert
}

function withHongKongForms(convert: (text: string) => string): (text: string) => string {
  const simplified = new Map<string, string>()
  for (let i = 0; i + 1 < HONG_KONG_FOLD.length; i += 2) simplified.set(HONG_KONG_FOLD[i]!, HONG_KONG_FOLD[i + 1]!)
  const left = new RegExp(`[${[...simplified.keys()].join('')}]`, 'g')
  return (text) => {
    const converted = convert(text)
    left.lastIndex = 0
    return left.test(converted) ? converted.replace(left, (c) => simplified.get(c)!) : converted
  }
}

// Enough Han characters to judge a page's script; more only costs time.
const SCRIPT_SAMPLE = 4000

/**
 * Share of Han characters that are Traditional-only (opencc's TSCharacters keys that change, from the
 * generated script tables), over the first few thousand Han characters.
 */
export function traditionalRatio(text: string): number {
  const bits = getScriptBits().bmp
  let han = 0
  let traditional = 0
  for (let i = 0; i < text.length && han < SCRIPT_SAMPLE; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x3400 || c > 0x9fff || (c > 0x4dbf && c < 0x4e00)) continue
    han++
    traditional += bits[c]! & TRADITIONAL_ONLY_BIT
  }
  return han === 0 ? 0 : traditional / han
}

/**
 * A page counts as Traditional when at least 3% of its Han characters are Traditional-only
 * (machine-converted pages run at 15–25%; Simplified pages that quote a name or two stay under 1%).
 */
export const isTraditional = (text: string): boolean => traditionalRatio(text) >= 0.03

/** Fold text for matching: NFKC (full-width ASCII → ASCII, `：` → `:`); case is kept for metadata values, rules match case-insensitively. */
export function foldKey(simplified: string): string {
  // Most keys are Han, ASCII and CJK punctuation: fold those here and leave the rest to ICU.
  let widths = false
  for (let i = 0; i < simplified.length; i++) {
    const c = simplified.charCodeAt(i)
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || NFKC_STABLE[c] === 1) continue
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) widths = true
    else return simplified.normalize('NFKC')
  }
  return widths ? foldWidths(simplified) : simplified
}

// Characters NFKC leaves as they are and that nothing after them combines with (beyond ASCII and the
// URO ideographs): extension A, 、。〈〉《》「」『』【】, ‘’“”, — and ·.
const NFKC_STABLE = new Uint8Array(0x10000)
NFKC_STABLE.fill(1, 0x3400, 0x4dc0)
for (const c of '、。〈〉《》「」『』【】‘’“”—·') NFKC_STABLE[c.charCodeAt(0)] = 1

/** NFKC of text whose only changing characters are full-width ASCII (！ to ～) and the ideographic space. */
function foldWidths(text: string): string {
  let out = ''
  let copied = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e)) {
      out += text.slice(copied, i) + String.fromCharCode(c === 0x3000 ? 0x20 : c - 0xfee0)
      copied = i + 1
    }
  }
  return out + text.slice(copied)
}

/**
 * Convert every block to Simplified once, and set each block's matching key.
 * Simplified pages skip opencc entirely, so they pass through unchanged (and fast).
 * With mode `none` the text keeps its script but the key is still Simplified, so one set of tables matches both.
 */
export function convertBlocks(blocks: Block[], mode: ConvertMode, traditional: boolean): Block[] {
  const simplified = traditional ? convertAll(blocks.map((b) => b.text), converterFor(mode === 'none' ? 'tw2s' : mode)) : null
  return blocks.map((block, i) => {
    const simple = simplified ? simplified[i]! : block.text
    return { text: mode === 'none' ? block.text : simple, line: block.line, tag: block.tag, linkChars: block.linkChars, path: block.path, afterImage: block.afterImage, key: foldKey(simple) }
  })
}

/** The page's own meta tags in the script the blocks were converted to: a Traditional <title> never matches a Simplified headline. */
export function convertMeta(meta: HtmlMeta, mode: ConvertMode, traditional: boolean): HtmlMeta {
  if (!traditional) return meta
  const convert = converterFor(mode === 'none' ? 'tw2s' : mode)
  const text = (value: string | null): string | null => (value === null ? null : convert(value))
  return {
    title: text(meta.title),
    siteName: text(meta.siteName),
    publishedAt: meta.publishedAt,
    author: text(meta.author),
    keywords: meta.keywords.map(convert),
    description: text(meta.description),
  }
}

/** One opencc call over the joined texts is much cheaper than a call per block. */
function convertAll(texts: string[], convert: (text: string) => string): string[] {
  const joined = convert(texts.join('\n'))
  const parts = joined.split('\n')
  return parts.length === texts.length ? parts : texts.map(convert)
}
