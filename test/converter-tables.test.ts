import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
// @ts-ignore: a plain ESM script without type declarations
import { encodeConfig, MODES, readConfigs } from '../bench/gen-converter-tables.mjs'

// The converter's tables are generated ahead of time (node bench/gen-converter-tables.mjs); they must be what
// the generator makes from the installed opencc-js, so they cannot drift silently.
test.each(MODES as string[])('src/opencc/%s.utf16 matches opencc-js', async (mode) => {
  const configs = await readConfigs()
  const file = readFileSync(new URL(`../src/opencc/${mode}.utf16`, import.meta.url))
  expect(file.equals(encodeConfig(configs[mode])), `${mode}.utf16 is stale: run node bench/gen-converter-tables.mjs`).toBe(true)
})
