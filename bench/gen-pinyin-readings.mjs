// Writes src/repair/pinyin-readings.utf16: every tone-less Mandarin reading of each character of
// U+4E00–U+9FFF, grouped by syllable, one `syllable<TAB>characters` line each (UTF-16LE, read by
// src/repair/pinyin-readings.ts on first use). Source: pinyin-pro (MIT, zh-lx), its polyphonic() readings.
// Usage: node bench/gen-pinyin-readings.mjs PATH/TO/pinyin-pro/dist/index.mjs
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

const { polyphonic } = await import(pathToFileURL(resolve(process.argv[2])).href)
const bySyllable = new Map()
let chars = 0
for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
  const ch = String.fromCodePoint(cp)
  const readings = polyphonic(ch, { toneType: 'none', type: 'array', v: false })[0] ?? []
  const plain = [...new Set(readings.map((r) => r.toLowerCase().replace(/v/g, 'ü')))].filter((r) => /^[a-zü]+$/.test(r))
  if (plain.length === 0) continue
  chars++
  for (const r of plain) bySyllable.set(r, (bySyllable.get(r) ?? '') + ch)
}
const rows = [...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, cs]) => `${s}\t${cs}\n`)
writeFileSync(new URL('../src/repair/pinyin-readings.utf16', import.meta.url), Buffer.from(rows.join(''), 'utf16le'))
console.log(`${chars} characters, ${bySyllable.size} syllables`)
