import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
// @ts-ignore: a plain ESM script without type declarations
import { buildGbkPairs, buildRepairTables, readDicts } from '../bench/gen-repair-tables.mjs'

const read = (name: string): string => readFileSync(new URL(`../src/repair/${name}`, import.meta.url), 'utf8')

// The repair stage's tables are generated ahead of time (node bench/gen-repair-tables.mjs); they must
// be what the generator makes from the installed opencc-js and iconv-lite, so they cannot drift silently.
describe('generated repair tables', () => {
  test('script-data.ts, known-words.json and st-words.json match opencc-js', async () => {
    const { script, knownWords, stWords } = buildRepairTables(await readDicts())
    expect(read('script-data.ts') === script, 'script-data.ts is stale: run node bench/gen-repair-tables.mjs').toBe(true)
    expect(read('known-words.json') === knownWords, 'known-words.json is stale: run node bench/gen-repair-tables.mjs').toBe(true)
    expect(read('st-words.json') === stWords, 'st-words.json is stale: run node bench/gen-repair-tables.mjs').toBe(true)
  }, 60_000)
  test('gbk-pairs.json matches iconv-lite', () => {
    expect(read('gbk-pairs.json') === buildGbkPairs(), 'gbk-pairs.json is stale: run node bench/gen-repair-tables.mjs').toBe(true)
  }, 60_000)
})
