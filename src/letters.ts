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
