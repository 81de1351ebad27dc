#!/usr/bin/env node
/**
 * Generate the converter's tables from the installed opencc-js configs, so that no run parses opencc's
 * dictionaries: building the tables of `tw2s` from them cost a one-page run about 7 ms and left thousands
 * of small strings for the garbage collector to copy.
 *
 * Rerun after upgrading opencc-js (test/converter-tables.test.ts fails when the files are stale):
 *
 *     node bench/gen-converter-tables.mjs
 *
 * Writes src/opencc/<mode>.utf16 for each conversion mode clean-page offers. A file is UTF-16LE code units,
 * no BOM: the config's groups in order (normalization, segmentation, conversion), after a header
 * `[groups normalization segmentation]`; each group is `[singles multis]`, then its one-unit keys as
 * `[key valueLength …value]`, then its longer keys as `[keyLength valueLength …key …value]`, sorted by their
 * first two units and, within those, longest first (src/phrase-converter.ts reads it).
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The modes clean-page converts with (src/options.ts CONVERT_MODES but `none`). */
export const MODES = ['tw2s', 't2s', 'hk2s']
// Keys longer than this never match (the engine's length bits are 32 wide); opencc's are far shorter.
const MAX_KEY = 31

/** Each entry of one opencc dictionary (`"a alpha|b beta"`, or pairs), in order, with its first value. */
function* entries(dict) {
  if (typeof dict !== 'string') {
    yield* dict
    return
  }
  for (const entry of dict.split('|')) {
    const space = entry.indexOf(' ')
    if (space > 0) yield [entry.slice(0, space), entry.slice(space + 1).split(' ')[0]]
  }
}

/** One group's keys and values: earlier dictionaries win over later ones, later entries over earlier (as opencc-js's Trie). */
function groupEntries(group) {
  const table = new Map()
  for (let d = group.length - 1; d >= 0; d--) {
    for (const [key, value] of entries(group[d])) if (key.length >= 1 && key.length <= MAX_KEY) table.set(key, value)
  }
  return table
}

const head = (key) => (key.charCodeAt(0) << 16) | key.charCodeAt(1)

function encodeGroup(group, units) {
  const table = groupEntries(group)
  const singles = [...table].filter(([key]) => key.length === 1).sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0))
  const multis = [...table].filter(([key]) => key.length > 1)
    .sort(([a], [b]) => (head(a) >>> 0) - (head(b) >>> 0) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
  if (singles.length > 0xffff || multis.length > 0xffff) throw new Error('a group has more keys than a header unit holds')
  units.push(singles.length, multis.length)
  const push = (s) => { for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i)) }
  for (const [key, value] of singles) {
    units.push(key.charCodeAt(0), value.length)
    push(value)
  }
  for (const [key, value] of multis) {
    units.push(key.length, value.length)
    push(key)
    push(value)
  }
}

/** The table file of one opencc-js config (pure; the test calls this). */
export function encodeConfig(config) {
  const normalization = config.normalizationChain ?? []
  const groups = [...normalization, ...(config.segmentation ? [config.segmentation] : []), ...config.conversionChain]
  const units = [groups.length, normalization.length, config.segmentation ? 1 : 0]
  for (const group of groups) encodeGroup(group, units)
  return Buffer.from(new Uint16Array(units).buffer)
}

/** The opencc-js configs of the modes. */
export async function readConfigs() {
  const { Locale } = await import('opencc-js/t2cn')
  return Object.fromEntries(MODES.map((mode) => [mode, Locale.configs[mode]]))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const configs = await readConfigs()
  for (const mode of MODES) writeFileSync(new URL(`../src/opencc/${mode}.utf16`, import.meta.url), encodeConfig(configs[mode]))
}
