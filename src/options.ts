import type { Block } from './types.js'

/** Which opencc-js conversion turns the page into Simplified Chinese. */
export type ConvertMode = 'tw2s' | 't2s' | 'hk2s' | 'none'
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

export const resolveOptions = (options: Partial<Options> = {}): Options => ({ ...DEFAULTS, ...options })

/** A block not yet classified; parsers return these. */
export const makeBlock = (text: string, line: number | null, extra: Partial<Block> = {}): Block => ({
  text,
  line,
  linkChars: 0,
  key: '',
  ...extra,
})
