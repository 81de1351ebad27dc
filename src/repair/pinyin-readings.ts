import { readText } from './table-files.js'

/**
 * Which characters read as which tone-less syllable: every Mandarin reading of each character of
 * U+4E00–U+9FFF (20,856 characters, Simplified and Traditional alike), grouped by syllable.
 *
 * Derived, not hand-written: pinyin-pro 3.29.4 (MIT, zh-lx), polyphonic() with toneType 'none', written by
 * bench/gen-pinyin-readings.mjs into pinyin-readings.utf16 as `syllable<TAB>characters` lines.
 * To rebuild: node bench/gen-pinyin-readings.mjs PATH/TO/pinyin-pro/dist/index.mjs
 */
let readings: ReadonlyMap<string, string> | undefined

/** The table, read on first use: only a page with tone-less notes and no toned ones asks for it. */
export function pinyinReadings(): ReadonlyMap<string, string> {
  if (readings) return readings
  const table = new Map<string, string>()
  for (const row of readText('pinyin-readings').split('\n')) {
    const tab = row.indexOf('\t')
    if (tab > 0) table.set(row.slice(0, tab), row.slice(tab + 1))
  }
  return (readings = table)
}
