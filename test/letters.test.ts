import { expect, test } from 'vitest'
import { isShortCrumb } from '../src/classify/rules.js'
import { isSiteName } from '../src/extract/title.js'
import { codePointLength, hasLetters, lettersAndDigits } from '../src/letters.js'

const byRegex = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, '')

test('lettersAndDigits keeps exactly what \\p{L} and \\p{N} keep: every BMP character', () => {
  const differing: string[] = []
  for (let c = 0; c < 0x10000; c++) {
    const s = `a${String.fromCharCode(c)}中`
    if (lettersAndDigits(s) !== byRegex(s)) differing.push(c.toString(16))
  }
  expect(differing).toEqual([])
})

test('lettersAndDigits on mixed lines, astral characters and lone surrogates', () => {
  for (const s of ['【关闭】 | 打印本页', '上一篇：中国经济 2025-05-16', '𠮶𡁻 的 X1', 'a\ud842b', '', '...', 'Ｑ３２０００']) {
    expect(lettersAndDigits(s)).toBe(byRegex(s))
  }
})

test('codePointLength counts what a {m,n} quantifier counts under the u flag', () => {
  for (const s of ['', 'abc', '中文', '𠮶𡁻', 'a𠮶b', 'a\ud842b', '\udc00\ud842', '\ud842']) {
    expect(codePointLength(s)).toBe(s.match(/./gsu)?.length ?? 0)
  }
})

// Rules that once were property-class regexes keep their meaning: checked against the regex on strings
// made of pieces from each side of the classes (letters of several scripts, digits, astral Han, marks,
// symbols, spaces), around the arrows and site-name endings, at every length the bounds test.
const WORDY = ['中', '国', '网', '新', '闻', 'a', 'Z', '7', '٣', 'ア', 'é', '𠮶']
const OTHER = ['😀', '·', '.', ' ', '-', '>', '、', '\u0301', '\ud842']
function drawn(count: number, joints: string[]): string[] {
  let seed = 12345
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return Math.floor((seed / 0x80000000) * n) // the high bits: an LCG's low bits cycle
  }
  const part = (): string => {
    let p = ''
    for (let k = next(12); k > 0; k--) p += next(8) === 0 ? OTHER[next(OTHER.length)] : WORDY[next(WORDY.length)]
    return p
  }
  return Array.from({ length: count }, () => part() + joints[next(joints.length)] + (next(2) ? part() : ''))
}

test('isShortCrumb says what its regex said', () => {
  const regex = /^[\p{L}\p{N}]{1,8}\s*(?:>>?|»|›|→)\s*[\p{L}\p{N}]{1,8}$/u
  const cases = [...drawn(20000, ['>', '>>', '>>>', ' > ', '»', '›', '→', '-', '']), '世艺网>艺术教育', '新闻中心 >> 国内', '首页 > 新闻 > 体育']
  expect(cases.filter((s) => isShortCrumb(s) !== regex.test(s))).toEqual([])
  expect(cases.filter((s) => regex.test(s)).length).toBeGreaterThan(500)
})

test('isSiteName says what its regex said', () => {
  const regex = /^[\p{L}\p{N}·.]{1,10}(?:网|报|频道|在线|新闻|中心|财经|社|台)$/u
  const cases = [...drawn(20000, ['网', '报', '频道', '在线', '新闻', '中心', '财经', '社', '台', '·', '']), '搜狐财经', '网', '·网', '新闻']
  expect(cases.filter((s) => isSiteName(s) !== regex.test(s))).toEqual([])
  expect(cases.filter((s) => regex.test(s)).length).toBeGreaterThan(500)
})

test('hasLetters says what its regexes said: every BMP character, and drawn strings', () => {
  const twoLetters = /\p{L}.*\p{L}/u
  const differing: string[] = []
  for (let c = 0; c < 0x10000; c++) {
    const s = `a${String.fromCharCode(c)}`
    if (hasLetters(s, 2) !== twoLetters.test(s)) differing.push(c.toString(16))
  }
  expect(differing).toEqual([])
  const cases = [...drawn(20000, ['', ' ', '\n', '-', '中']), '', 'a', '中', '𠮶', '\ud842\udfb6', '\ud842', '\udfb6a', 'a\u2028b']
  // dropDuplicateParagraphs asks about keys, which have no whitespace, so no line break for `.` to stop at
  const keys = cases.map((s) => s.replace(/\s+/gu, ''))
  expect(keys.filter((k) => hasLetters(k, 2) !== twoLetters.test(k))).toEqual([])
  expect(keys.filter((k) => twoLetters.test(k)).length).toBeGreaterThan(5000)
  expect(keys.filter((k) => !twoLetters.test(k)).length).toBeGreaterThan(500)
  const sixLetters = /^(?:[^\p{L}]*\p{L}){6}/u
  expect(cases.filter((s) => hasLetters(s, 6) !== sixLetters.test(s))).toEqual([])
})
