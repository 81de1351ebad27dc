import { CleanPageError } from './errors.js'
import type { Block } from './types.js'

/** Which opencc-js conversion turns the page into Simplified Chinese. */
export type ConvertMode = 'tw2s' | 'tw2sp' | 't2s' | 'hk2s' | 'none'
export type InputFormat = 'auto' | 'text' | 'html'

/** Extra rules a user merges with the built-in tables (`--rules FILE`). */
export interface UserRules {
  chrome?: string[]
  ad?: string[]
  patterns?: Partial<Record<'chrome' | 'ad' | 'junk' | 'related' | 'meta', string[]>>
}

export interface Options {
  /** Traditional → Simplified conversion; `tw2s` keeps Taiwan phrases in mind (預示著 → 预示着). */
  convert: ConvertMode
  /** How to read the input; `auto` looks at the content, never the file name. */
  inputFormat: InputFormat
  /** Force a character encoding for byte input (iconv-lite name); undefined = detect. */
  encoding: string | undefined
  /** Add `blocks` and `repairs` to the result. */
  explain: boolean
  /** Turn ASCII punctuation between Han characters into full-width. */
  cjkPunct: boolean
  /** User rules merged with the built-in tables. */
  rules: UserRules | undefined
}

export const DEFAULTS: Readonly<Options> = Object.freeze({
  convert: 'tw2s',
  inputFormat: 'auto',
  encoding: undefined,
  explain: false,
  cjkPunct: false,
  rules: undefined,
})

export const CONVERT_MODES: readonly ConvertMode[] = ['tw2s', 'tw2sp', 't2s', 'hk2s', 'none']
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html']

/** Defaults filled in, and the two enumerated options checked (library callers have no CLI to check them). */
export function resolveOptions(options: Partial<Options> = {}): Options {
  const o: Options = { ...DEFAULTS, ...options }
  if (!CONVERT_MODES.includes(o.convert)) throw new CleanPageError('BAD_OPTION', `convert must be one of ${CONVERT_MODES.join(', ')}, not ${JSON.stringify(o.convert)}`)
  if (!INPUT_FORMATS.includes(o.inputFormat)) throw new CleanPageError('BAD_OPTION', `inputFormat must be one of ${INPUT_FORMATS.join(', ')}, not ${JSON.stringify(o.inputFormat)}`)
  return o
}

/** A block not yet classified; parsers return these. */
export const makeBlock = (text: string, line: number | null, extra: Partial<Block> = {}): Block => ({
  text,
  line,
  linkChars: 0,
  key: '',
  ...extra,
})
