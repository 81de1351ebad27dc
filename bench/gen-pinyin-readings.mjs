// Writes src/repair/pinyin-readings.ts: every tone-less Mandarin reading of each character of
// U+4E00–U+9FFF, grouped by syllable. Source: pinyin-pro (MIT, zh-lx), its polyphonic() readings.
// Usage: node bench/gen-pinyin-readings.mjs PATH/TO/pinyin-pro/dist/index.mjs
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

const { polyphonic, pinyin } = await import(pathToFileURL(resolve(process.argv[2])).href)
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
const rows = [...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, cs]) => `  ${s}: '${cs}',`)
writeFileSync('src/repair/pinyin-readings.ts', `/**
 * Which characters read as which tone-less syllable: every Mandarin reading of each character of
 * U+4E00–U+9FFF (${chars} characters, Simplified and Traditional alike), grouped by syllable.
 *
 * Derived, not hand-written: pinyin-pro 3.29.4 (MIT, zh-lx), polyphonic() with toneType 'none'.
 * To rebuild: node bench/gen-pinyin-readings.mjs PATH/TO/pinyin-pro/dist/index.mjs
 */
let readings: Readonly<Record<string, string>> | undefined

/** The table, built on first use: only a page with tone-less notes and no toned ones asks for it. */
export const pinyinReadings = (): Readonly<Record<string, string>> => (readings ??= {
${rows.join('\n')}
})
`)
console.log(chars, bySyllable.size)
