// `[^\p{L}\p{N}]+` runs on most blocks (headline keys, interface words, menu items): a regex over
// Unicode property ranges per character costs more than the rest of those checks.
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

// Per BMP code unit: 0 not yet asked, 1 letter or digit, 2 anything else (filled as characters are seen).
const CLASSES = new Uint8Array(0x10000)

const isLetterOrDigit = (unit: number): boolean => {
  let known = CLASSES[unit]!
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 1 : 2
    CLASSES[unit] = known
  }
  return known === 1
}

/** The text with everything but letters and digits removed: `text.replace(/[^\p{L}\p{N}]+/gu, '')`. */
export function lettersAndDigits(text: string): string {
  let out = ''
  // text[copied..i) is kept and not yet in `out`.
  let copied = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdfff) return text.replace(NOT_LETTER_OR_DIGIT, '')
    if (isLetterOrDigit(unit)) continue
    out += text.slice(copied, i)
    copied = i + 1
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/** True when `text` is letters and digits only: `/^[\p{L}\p{N}]*$/u`. */
export const isLettersAndDigits = (text: string): boolean => lettersAndDigits(text) === text

/** The number of code points: what a `{m,n}` quantifier counts under the `u` flag. */
export function codePointLength(text: string): number {
  let n = text.length
  for (let i = 0; i + 1 < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n--; i++ }
  }
  return n
}

const LETTER = /^\p{L}$/u
// Per BMP code unit: 0 not yet asked, 1 a letter, 2 anything else.
const LETTER_CLASSES = new Uint8Array(0x10000)

/**
 * True when `text` holds `count` letters (code points) or more: `/^(?:[^\p{L}]*\p{L}){count}/u`, and
 * for a text without line breaks and a count of 2, `/\p{L}.*\p{L}/u`. One pass that stops at the
 * last letter needed; the regexes backtrack, and the second overflowed the stack on a 30 MB line.
 * @example hasLetters('2025-05-16 新闻', 2) // → true
 */
export function hasLetters(text: string, count: number): boolean {
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    let letter: boolean
    if (unit >= 0x4e00 && unit <= 0x9fff) letter = true // CJK Unified Ideographs: all letters (Lo)
    else if (unit < 0x80) letter = (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      letter = LETTER.test(text.slice(i, i + 2))
      i++
    } else {
      let known = LETTER_CLASSES[unit]!
      if (known === 0) LETTER_CLASSES[unit] = known = LETTER.test(String.fromCharCode(unit)) ? 1 : 2
      letter = known === 1
    }
    if (letter && ++letters >= count) return true
  }
  return count <= 0
}

/** Full-width digits folded to ASCII (`１２` → `12`): a number as pages print it, before NFKC. */
export const asciiDigits = (s: string): string => s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10))

export const HAN_DIGITS = '一二三四五六七八九'

/** `一` … `九十九` as a number (list items, dates in Chinese numerals); null for anything else. */
export function hanNumber(s: string): number | null {
  if (s === '十') return 10
  const ten = s.indexOf('十')
  if (ten < 0) return s.length === 1 ? HAN_DIGITS.indexOf(s) + 1 || null : null
  const tens = ten === 0 ? 1 : HAN_DIGITS.indexOf(s.slice(0, ten)) + 1
  const units = ten === s.length - 1 ? 0 : HAN_DIGITS.indexOf(s.slice(ten + 1)) + 1
  // `十十`, `十二十`: a second 十 is no digit.
  return tens > 0 && (ten === s.length - 1 || units > 0) ? tens * 10 + units : null
}

/**
 * What goes between two pieces of one wrapped paragraph: nothing between Han characters, a space between Latin
 * words or numbers (`（Continuous` + `Batching）`). Looks at the pieces' ends only.
 */
export const wrapJoint = (left: string, right: string): string =>
  /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? ' ' : ''

/** Is the code unit at `i` the second half of a surrogate pair (so not a character of its own)? */
export function isLowHalf(text: string, i: number, code: number): boolean {
  if (code < 0xdc00 || code > 0xdfff || i === 0) return false
  const high = text.charCodeAt(i - 1)
  return high >= 0xd800 && high <= 0xdbff
}

/** Display width as fixed-width pages count it: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // a surrogate pair is one character, counted at its high half (which is >= 0x1100)
    if (isLowHalf(text, i, code)) continue
    width += code >= 0x1100 ? 2 : 1
  }
  return width
}
