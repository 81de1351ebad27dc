import { test } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { joinBrokenParagraphs, dropRepeatedWatermark, dropDuplicateParagraphs } from '../src/repair/paragraphs.js'
const DIR = '/work/shared/datasets/cwced-dev/dumps'
test('scan', () => {
  for (const f of readdirSync(DIR).sort()) {
    const paras = readFileSync(`${DIR}/${f}`, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
    const j = joinBrokenParagraphs(paras)
    const joined = j.filter((p) => !paras.includes(p))
    console.log('FILE', f.slice(0, 8), paras.length, '->', j.length)
    for (const p of joined) console.log('  J', p.length, p.slice(0, 60), '…', p.slice(-30))
    const w = dropRepeatedWatermark(paras); if (w.length !== paras.length || w.some((x, i) => x !== paras[i])) console.log('  W', JSON.stringify(paras.filter(p => !w.includes(p)).slice(0,6)))
    const d = dropDuplicateParagraphs(paras); if (d.length !== paras.length) console.log('  D', JSON.stringify(paras.filter((p) => !d.includes(p)).slice(0, 5)), paras.length - d.length)
  }
})
