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
 * `[groups normalization segmentation]`, each group laid out as encodeGroup describes (src/phrase-converter.ts
 * reads it).
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The modes clean-page converts with (src/options.ts CONVERT_MODES but `none`). */
export const MODES = ['tw2s', 'tw2sp', 't2s', 'hk2s']
/**
 * Traditional characters opencc's dictionaries lack, with their Simplified form (`"from to|…"`, as opencc's own dictionaries):
 * each mode's last conversion group takes them after TSCharacters, so opencc's entries win on a shared key.
 * 暱 (`暱稱` → `昵称`) is the Traditional form of 昵 (Taiwan's standard one) that TSCharacters lacks.
 */
export const EXTRA_CHARACTERS = '暱 昵'
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
    for (const [key, value] of entries(group[d])) {
      if (key.length < 1 || key.length > MAX_KEY) continue
      const kept = inBasicPlane(key, value)
      if (kept !== null) table.set(key, kept)
    }
  }
  return table
}

const isAstral = (char) => char.codePointAt(0) > 0xffff

/**
 * A value with no character outside the Basic Multilingual Plane that its key did not have: opencc maps some 190 BMP
 * characters to Simplified forms in the supplementary planes (`餸` → U+29C0C, `嗰` → U+20BB6, `二噁英` → `二`U+2AAC7`英`),
 * forms few fonts draw and few tokenisers know, where mainland text keeps the BMP character. Such a character stays as
 * it was; an entry whose value cannot be aligned with its key is left out (null), so its characters stay too.
 * @example inBasicPlane('買餸', '买\u{29C0C}') // → '买餸'
 */
export function inBasicPlane(key, value) {
  const to = [...value]
  if (!to.some(isAstral)) return value
  const from = [...key]
  if (from.length !== to.length) return from.some(isAstral) ? value : null
  return to.map((char, i) => (isAstral(char) && !isAstral(from[i]) ? from[i] : char)).join('')
}

/** Each supplementary-plane character opencc's configs give for a BMP one, with that character (the test undoes them). */
export async function basicPlaneSources() {
  const { Locale } = await import('opencc-js/t2cn')
  const sources = new Map()
  for (const mode of MODES) {
    for (const group of Locale.configs[mode].conversionChain) {
      for (const dict of group) {
        for (const [key, value] of entries(dict)) {
          const from = [...key]
          const to = [...value]
          if (from.length !== to.length) continue
          for (let i = 0; i < to.length; i++) {
            if (isAstral(to[i]) && !isAstral(from[i]) && !sources.has(to[i])) sources.set(to[i], from[i])
          }
        }
      }
    }
  }
  return sources
}

/** Slot of a key's first two units in a group's hash table of `2 ** bits` slots (src/phrase-converter.ts hashes alike). */
export const headSlot = (first, second, bits) => Math.imul((first << 16) | second, 0x9e3779b1) >>> (32 - bits)
const unsignedHead = (key) => key.charCodeAt(0) * 0x10000 + key.charCodeAt(1)

/**
 * One group, laid out so that reading it is taking views: `[singles firsts headBits singlesLength entriesLength]`,
 * then `[key offset]` per one-unit key (offset + 1 of its `[valueLength …value]` in the singles area), `[unit lengths]`
 * per first unit of a longer key (bit k set when some key of k units starts with it), the hash table of the longer
 * keys' first two units (`[first second entry + 1]` per slot, linear probing), the singles area, and the entries area:
 * `[keyLength valueLength …key …value]`, sorted by their first two units and, within those, longest first.
 */
function encodeGroup(group, units) {
  const table = groupEntries(group)
  const singles = [...table].filter(([key]) => key.length === 1).sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0))
  const multis = [...table].filter(([key]) => key.length > 1)
    .sort(([a], [b]) => unsignedHead(a) - unsignedHead(b) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
  const singlesArea = []
  const singleIndex = []
  for (const [key, value] of singles) {
    singleIndex.push(key.charCodeAt(0), singlesArea.length + 1)
    singlesArea.push(value.length)
    for (let i = 0; i < value.length; i++) singlesArea.push(value.charCodeAt(i))
  }
  const entriesArea = []
  const lengths = new Map()
  const headAt = new Map()
  for (const [key, value] of multis) {
    if (key.length > 15) throw new Error(`a key of ${key.length} units: the length bits are 16 wide`)
    const first = key.charCodeAt(0)
    lengths.set(first, (lengths.get(first) ?? 0) | (1 << key.length))
    const head = unsignedHead(key)
    if (!headAt.has(head)) headAt.set(head, entriesArea.length + 1)
    entriesArea.push(key.length, value.length)
    for (let i = 0; i < key.length; i++) entriesArea.push(key.charCodeAt(i))
    for (let i = 0; i < value.length; i++) entriesArea.push(value.charCodeAt(i))
  }
  let bits = 1
  while (2 ** bits < 2 * headAt.size) bits++
  const heads = new Array(3 * 2 ** bits).fill(0)
  for (const [head, entry] of headAt) {
    const first = Math.floor(head / 0x10000)
    const second = head % 0x10000
    let slot = headSlot(first, second, bits)
    while (heads[3 * slot + 2] !== 0) slot = (slot + 1) & (2 ** bits - 1)
    heads.splice(3 * slot, 3, first, second, entry)
  }
  const firsts = [...lengths].sort(([a], [b]) => a - b).flat()
  for (const n of [singles.length, firsts.length / 2, singlesArea.length + 1, entriesArea.length + 1]) {
    if (n > 0xffff) throw new Error('a group is larger than its 16-bit offsets reach')
  }
  units.push(singles.length, firsts.length / 2, bits, singlesArea.length, entriesArea.length)
  units.push(...singleIndex, ...firsts, ...heads, ...singlesArea, ...entriesArea)
}

/** The table file of one opencc-js config (pure; the test calls this). */
export function encodeConfig(config) {
  const normalization = config.normalizationChain ?? []
  const groups = [...normalization, ...(config.segmentation ? [config.segmentation] : []), ...config.conversionChain]
  const units = [groups.length, normalization.length, config.segmentation ? 1 : 0]
  for (const group of groups) encodeGroup(group, units)
  return Buffer.from(new Uint16Array(units).buffer)
}

/** A config whose last conversion group also holds EXTRA_CHARACTERS (opencc-js's own config is shared: left as it is). */
function withExtraCharacters(config) {
  const chain = config.conversionChain
  return { ...config, conversionChain: [...chain.slice(0, -1), [...chain[chain.length - 1], EXTRA_CHARACTERS]] }
}

/** The opencc-js configs of the modes, with the characters they lack. */
export async function readConfigs() {
  const { Locale } = await import('opencc-js/t2cn')
  return Object.fromEntries(MODES.map((mode) => [mode, withExtraCharacters(Locale.configs[mode])]))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const configs = await readConfigs()
  for (const mode of MODES) writeFileSync(new URL(`../src/opencc/${mode}.utf16`, import.meta.url), encodeConfig(configs[mode]))
}
