import type { Block } from '../types.js'

/** Measurements of one block that rules and the layout pass read; computed once per block. */
export interface Features {
  /** The key in lower case, for table look-ups. */
  lower: string
  /** Characters that are not white space. */
  length: number
  /** Han characters. */
  han: number
  /** Full stops `。`: the surest sign of prose (headlines end in ! or ? as often as sentences do). */
  stops: number
  /** `!` and `?` (the key is NFKC, so full-width marks are ASCII here). */
  marks: number
  /** Clause marks: ，、； (ASCII after NFKC). Colons are left out: `label: value` lines are not prose. */
  clauses: number
  /** Share of the text that sat inside links (HTML mode). */
  linkDensity: number
}

const SPACE = /\s/u
const HAN = /\p{Script=Han}/u

export function measure(block: Block): Features {
  const key = block.key
  let length = 0
  let han = 0
  let stops = 0
  let clauses = 0
  let marks = 0
  for (const ch of key) {
    if (SPACE.test(ch)) continue
    length++
    if (ch >= '\u3400' && HAN.test(ch)) han++
    else if (ch === '。') stops++
    else if (ch === '!' || ch === '?') marks++
    else if (ch === ',' || ch === '、' || ch === ';') clauses++
  }
  return {
    lower: key.toLowerCase(),
    length,
    han,
    stops,
    marks,
    clauses,
    linkDensity: length === 0 ? 0 : Math.min(1, block.linkChars / length),
  }
}

/**
 * Prose is what articles are made of: long runs of text with sentence punctuation.
 * Headlines and menu entries are short and rarely end a sentence; a bare long line without
 * any punctuation (a keyword list) is not prose either.
 */
export function proseWeight(f: Features): number {
  if (f.linkDensity > 0.5) return 0
  if (f.length >= 10 && f.stops > 0) return 1
  if (f.length >= 30 && f.marks > 0 && f.clauses > 0) return 0.5
  if (f.length >= 40 && f.clauses >= 1) return 1
  if (f.length >= 24 && f.clauses >= 2) return 0.5
  if (f.length >= 60) return 0.5
  return 0
}
