import { expect, test } from 'vitest'
import { lettersAndDigits } from '../src/letters.js'

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
