import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
// @ts-ignore: a plain ESM script without type declarations
import { buildGbkPairs, buildRepairTables, readDicts } from '../bench/gen-repair-tables.mjs'

const read = (name: string): Buffer => readFileSync(new URL(`../src/repair/${name}`, import.meta.url))

// The repair stage's tables are generated ahead of time (node bench/gen-repair-tables.mjs); they must
// be what the generator makes from the installed opencc-js and iconv-lite, so they cannot drift silently.
describe('generated repair tables', () => {
  test('script-data.ts, known-words.utf16 and st-words.utf16 match opencc-js', async () => {
    const { script, knownWords, stWords } = buildRepairTables(await readDicts())
    expect(read('script-data.ts').toString('utf8') === script, 'script-data.ts is stale: run node bench/gen-repair-tables.mjs').toBe(true)
    expect(read('known-words.utf16').equals(knownWords), 'known-words.utf16 is stale: run node bench/gen-repair-tables.mjs').toBe(true)
    expect(read('st-words.utf16').equals(stWords), 'st-words.utf16 is stale: run node bench/gen-repair-tables.mjs').toBe(true)
  }, 60_000)
  test('gbk-pairs.utf16 matches iconv-lite', () => {
    expect(read('gbk-pairs.utf16').equals(buildGbkPairs()), 'gbk-pairs.utf16 is stale: run node bench/gen-repair-tables.mjs').toBe(true)
  }, 60_000)
})
