import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { measure, TRIGGER_COMMENT, TRIGGER_DATE, TRIGGER_MAX_LENGTH, TRIGGER_META, TRIGGER_RELATIVE_TIME } from '../src/classify/features.js'
import * as patterns from '../src/classify/patterns.js'
import { metaFieldsOf } from '../src/classify/rules.js'
import { convertBlocks, isTraditional } from '../src/convert.js'
import { decodeBytes } from '../src/decode.js'
import { findDate } from '../src/extract/dates.js'
import { resolveOptions } from '../src/options.js'
import { parseDump } from '../src/parse/index.js'
import { repairBlocks } from '../src/repair/index.js'
import { requiredUnits } from '../src/required.js'
import { ROOT, listFixtures, readSource } from './helpers.js'

function holds(text: string, units: readonly number[] | null): boolean {
  if (units === null) return true
  for (let i = 0; i < text.length; i++) if (units.includes(text.charCodeAt(i))) return true
  return false
}

describe('requiredUnits reads a pattern', () => {
  const chars = (re: RegExp): string | null => {
    const units = requiredUnits(re)
    return units === null ? null : String.fromCharCode(...units)
  }
  test('a literal, the rarest of a sequence, the union of alternatives', () => {
    expect(chars(/a/u)).toBe('a')
    expect(chars(/网站标识码/u)).toHaveLength(1)
    // z is one character where x|y are two
    expect(chars(/举报|(?:x|y)z/u)).toMatch(/^z[举报]$/u)
  })
  test('what need not match names nothing: optional and starred terms, lookarounds, anchors', () => {
    expect(chars(/a?b/u)).toBe('b')
    expect(chars(/a*|b/u)).toBeNull()
    expect(chars(/(?=a)\S/u)).toBeNull()
    expect(chars(/^$/u)).toBeNull()
    expect(chars(/(?:a|b){0,2}c/u)).toBe('c')
    expect(chars(/(?:a|b){2}/u)).toBe('ab')
  })
  test('classes: listed when small, ranges, \\d; not negated, wide or property ones', () => {
    expect(chars(/[丨|]/u)).toBe('|丨')
    expect(chars(/[0-3]/u)).toBe('0123')
    expect(chars(/\d+/u)).toBe('0123456789')
    expect(chars(/[\d.]/u)).toBe('.0123456789')
    expect(chars(/[^a]/u)).toBeNull()
    expect(chars(/[\u4e00-\u9fff]/u)).toBeNull()
    expect(chars(/\p{Script=Han}/u)).toBeNull()
    expect(chars(/\s\S\w/u)).toBeNull()
  })
  test('escapes, astral characters by their high half, letters under i', () => {
    expect(chars(/\u4e2d\x41\(/u)).toMatch(/^[中A(]$/u)
    expect(requiredUnits(/𠮶/u)).toEqual([0xd842])
    expect(chars(/abc/iu)).toBeNull()
    expect(chars(/中/iu)).toBe('中')
    expect(chars(/a|中/iu)).toBeNull()
  })
  test('several patterns: the union, or null when one names nothing', () => {
    expect(requiredUnits(/a/u, /b/u)).toEqual([0x61, 0x62])
    expect(requiredUnits(/a/u, /\S/u)).toBeNull()
  })
})

// Lines as the rules see them: every fixture's and audit set's blocks, folded to keys.
function keys(): string[] {
  const o = resolveOptions({})
  const inputs = listFixtures().map(readSource)
  const audit = path.join(ROOT, 'bench/audit-pages')
  for (const set of readdirSync(audit)) {
    const dumps = path.join(audit, set, 'dumps')
    try {
      for (const f of readdirSync(dumps)) inputs.push(readFileSync(path.join(dumps, f)))
    } catch {
      // a set without dumps
    }
  }
  const out = new Set<string>()
  for (const input of inputs) {
    const text = decodeBytes(input, o).text
    const blocks = convertBlocks(repairBlocks(parseDump(text, o).blocks).blocks, 'tw2s', isTraditional(text))
    for (const b of blocks) out.add(b.key)
  }
  return [...out]
}

describe('derived prefilters hold on real lines', () => {
  const lines = keys()
  test('every line a table pattern matches holds one of the pattern\'s required units', () => {
    const missed: string[] = []
    for (const [name, re] of Object.entries(patterns)) {
      if (!(re instanceof RegExp)) continue
      const once = new RegExp(re.source, re.flags.replace(/[gy]/gu, ''))
      const units = requiredUnits(re)
      for (const line of lines) {
        for (const text of [line, line.toLowerCase()]) if (once.test(text) && !holds(text, units)) missed.push(`${name}: ${text}`)
      }
    }
    expect(missed).toEqual([])
    expect(lines.length).toBeGreaterThan(5000)
  })
  test('a line a trigger reader would take has the trigger bit', () => {
    const missed: string[] = []
    const comment = [patterns.COMMENTS_HEADING, patterns.COMMENTER, patterns.COMMENTER_IP, patterns.COMMENT_FOOTER, patterns.COMMENTER_AGO]
    for (const key of lines) {
      const f = measure({ text: key, key, line: null, linkChars: 0 })
      if (f.length > TRIGGER_MAX_LENGTH) continue
      const lacks = (bit: number): boolean => (f.triggers & bit) === 0
      if (findDate(key) !== null && lacks(TRIGGER_DATE)) missed.push(`date: ${key}`)
      if (metaFieldsOf(key).length > 0 && lacks(TRIGGER_META)) missed.push(`meta: ${key}`)
      if (patterns.RELATIVE_TIME.test(key) && lacks(TRIGGER_RELATIVE_TIME)) missed.push(`relative: ${key}`)
      if (comment.some((re) => re.test(f.lower)) && lacks(TRIGGER_COMMENT)) missed.push(`comment: ${key}`)
    }
    expect(missed).toEqual([])
  })
})
