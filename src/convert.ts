import * as OpenCC from 'opencc-js/t2cn'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import type { ConvertMode } from './options.js'
import type { Block } from './types.js'

/** opencc-js locale pairs per mode; `tw2s` also folds Taiwan phrases (預示著 → 预示着, 著名 stays). */
const LOCALES: Record<Exclude<ConvertMode, 'none'>, { from: string; to: string }> = {
  tw2s: { from: 'tw', to: 'cn' },
  t2s: { from: 't', to: 'cn' },
  hk2s: { from: 'hk', to: 'cn' },
}

// Building an opencc converter costs tens of milliseconds: build each one once per process (per worker).
const converters = new Map<string, (text: string) => string>()

/** The opencc-js converter for a mode, built on first use. */
export function converterFor(mode: Exclude<ConvertMode, 'none'>): (text: string) => string {
  const cached = converters.get(mode)
  if (cached) return cached
  const convert: (text: string) => string = OpenCC.Converter(LOCALES[mode])
  converters.set(mode, convert)
  return convert
}

let traditionalOnly: Set<string> | undefined

/** Characters that exist only in Traditional text (the keys of opencc's TSCharacters that change). */
function traditionalChars(): Set<string> {
  if (!traditionalOnly) {
    traditionalOnly = new Set()
    for (const pair of (TSCharacters as unknown as string).split('|')) {
      const [trad, simp] = pair.split(' ')
      if (trad && simp && trad !== simp && [...trad].length === 1) traditionalOnly.add(trad)
    }
  }
  return traditionalOnly
}

const HAN = /\p{Script=Han}/u

/** Share of Han characters that are Traditional-only; a page is Traditional by ratio, never by one character. */
export function traditionalRatio(text: string): number {
  const trad = traditionalChars()
  let han = 0
  let traditional = 0
  for (const ch of text) {
    if (ch < '\u3400') continue
    if (!HAN.test(ch)) continue
    han++
    if (trad.has(ch)) traditional++
  }
  return han === 0 ? 0 : traditional / han
}

/**
 * A page counts as Traditional when at least 3% of its Han characters are Traditional-only
 * (machine-converted pages run at 15–25%; Simplified pages that quote a name or two stay under 1%).
 */
export const isTraditional = (text: string): boolean => traditionalRatio(text) >= 0.03

/** Fold text for matching: NFKC (full-width ASCII → ASCII, `：` → `:`); case is kept for metadata values, rules match case-insensitively. */
export const foldKey = (simplified: string): string => simplified.normalize('NFKC')

/**
 * Convert every block to Simplified once, and set each block's matching key.
 * Simplified pages skip opencc entirely, so they pass through unchanged (and fast).
 * With mode `none` the text keeps its script but the key is still Simplified, so one set of tables matches both.
 */
export function convertBlocks(blocks: Block[], mode: ConvertMode, traditional: boolean): Block[] {
  const simplified = traditional ? convertAll(blocks.map((b) => b.text), converterFor(mode === 'none' ? 'tw2s' : mode)) : null
  return blocks.map((block, i) => {
    const simple = simplified ? simplified[i]! : block.text
    return { ...block, text: mode === 'none' ? block.text : simple, key: foldKey(simple) }
  })
}

/** One opencc call over the joined texts is much cheaper than a call per block. */
function convertAll(texts: string[], convert: (text: string) => string): string[] {
  const joined = convert(texts.join('\n'))
  const parts = joined.split('\n')
  return parts.length === texts.length ? parts : texts.map(convert)
}
