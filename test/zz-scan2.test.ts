import { test } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import * as OpenCC from 'opencc-js'
import { dropSimplifiedJunk, removeGamblingPhrases } from '../src/repair/fixes.js'
const DIR = '/work/shared/datasets/cwced-dev/dumps'
test('scan', () => {
  const convs = ['tw', 'hk', 'twp', 't'].map((to) => OpenCC.Converter({ from: 'cn', to }))
  for (const f of readdirSync(DIR).sort()) {
    for (const line of readFileSync(`${DIR}/${f}`, 'utf8').split('\n')) {
      for (const t of [...convs.map((c) => c(line)), line]) {
        const r = dropSimplifiedJunk(t)
        if (r !== t) { let i = 0; while (r[i] === t[i]) i++; console.log('JUNK', f.slice(0,8), t.slice(Math.max(0, i - 15), i + 10), '=>', r.slice(Math.max(0, i - 15), i + 8)) }
        const g = removeGamblingPhrases(t); if (g !== t) console.log('GAMB', f.slice(0,8), t.slice(0, 100))
      }
    }
  }
})
