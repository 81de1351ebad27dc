import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { LAYOUT_RULES } from '../src/classify/index.js'
import { RULES } from '../src/classify/rules.js'
import { CJK_PUNCT_FIX, FIXES } from '../src/repair/fixes.js'
import { REPAIR_STEPS } from '../src/repair/index.js'
import { ROOT } from './helpers.js'

// The README's rule table is the user's reference for --explain: every id must be in it, once.
test('every rule and repair id is documented in the README', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const ids = [
    ...RULES.map((r) => [r.id, r.name]),
    ...Object.values(LAYOUT_RULES).map((r) => [r.id, r.name]),
    ...[...FIXES, CJK_PUNCT_FIX, ...Object.values(REPAIR_STEPS)].map((r) => [r.id, r.name]),
  ]
  const missing = ids.filter(([id, name]) => !readme.includes(`| ${id} | ${name} |`))
  expect(missing).toEqual([])
})
