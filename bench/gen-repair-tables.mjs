#!/usr/bin/env node
/**
 * Generate the repair stage's character tables from the installed opencc-js dictionaries, so that
 * the cleaner never parses those dictionaries at run time.
 *
 * Rerun after upgrading opencc-js (test/repair-tables.test.ts fails when the files are stale):
 *
 *     node bench/gen-repair-tables.mjs
 *
 * Writes:
 *   src/repair/script-data.ts     Simplified-only / Traditional-only characters, converter leftovers,
 *                                 the S→T character map, the T→S fold, the Hong Kong variants tw2s
 *                                 leaves (small: loaded with the module)
 *   src/repair/st-words.utf16     two-character STPhrases words, sorted and concatenated (loaded when a
 *                                 junk candidate needs them)
 *   src/repair/known-words.utf16  the corpus pairs of bench/han-bigrams.ts and every two- and three-code-unit
 *                                 piece of an STPhrases key, as a trie: groups `A (b thirds… ',')… '\n'`
 *                                 (loaded only when a mojibake span is scored)
 *   src/repair/gbk-pairs.utf16    iconv-lite's GBK decoding of every lead 81–FE × trail 40–FE pair, U+FFFD
 *                                 where none (the mojibake repair reads spans back without iconv's codecs)
 * The .utf16 files are UTF-16LE code units, no BOM, read without a parse (src/repair/table-files.ts); the
 * build copies them into dist/repair/.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const dict = async (name) => (await import(`opencc-js/dict/${name}`)).default

/** HAN_BIGRAMS of bench/han-bigrams.ts: its string literals, concatenated. */
export function readHanBigrams() {
  const source = readFileSync(new URL('./han-bigrams.ts', import.meta.url), 'utf8')
  const body = source.slice(source.indexOf('export const HAN_BIGRAMS'))
  return [...body.matchAll(/'([^'\\]*)'/g)].map((m) => m[1]).join('')
}

/** Read the opencc-js dictionaries (and the corpus pairs) the tables are derived from. */
export async function readDicts() {
  const [stCharacters, tsCharacters, stPhrases, hkVariants, twVariants, hkVariantsRev, twVariantsRev] = await Promise.all(
    ['STCharacters', 'TSCharacters', 'STPhrases', 'HKVariants', 'TWVariants', 'HKVariantsRev', 'TWVariantsRev'].map(dict))
  return { stCharacters, tsCharacters, stPhrases, hkVariants, twVariants, hkVariantsRev, twVariantsRev, hanBigrams: readHanBigrams() }
}

const single = (c, what) => {
  if ([...c].length !== 1) throw new Error(`${what}: '${c}' is not one character`)
  return c
}
const sortUnique = (chars) => [...new Set(chars)].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join('')
const literal = (s) => JSON.stringify(s)
// wrap long string literals into `'…' +` lines of about 100 characters
const wrapped = (s, width = 100) => {
  const parts = []
  const chars = [...s]
  for (let i = 0; i < chars.length; i += width) parts.push(literal(chars.slice(i, i + width).join('')))
  return parts.length === 0 ? "''" : parts.join(' +\n  ')
}

/** Build both generated files' contents from the dictionaries (pure; the test calls this). */
export function buildRepairTables({ stCharacters, tsCharacters, stPhrases, hkVariants, twVariants, hkVariantsRev, twVariantsRev, hanBigrams }) {
  // --- script tables (same derivation as the former run-time getScriptTables) ---
  const toTraditional = new Map()
  for (const entry of stCharacters.split('|')) {
    const [s, t] = entry.split(' ')
    if (s && t && s !== t) toTraditional.set(single(s, 'STCharacters'), t)
  }
  const traditionalOnly = new Set()
  for (const entry of tsCharacters.split('|')) {
    const [t, s] = entry.split(' ')
    if (t && s && t !== s) traditionalOnly.add(single(t, 'TSCharacters'))
  }
  const simplifiedOnly = [...toTraditional.keys()].filter((c) => !traditionalOnly.has(c))
  const leftovers = new Set()
  for (const entry of `${hkVariants}|${twVariants}`.split(/[| ]/)) for (const c of entry) leftovers.add(c)
  const words = new Set()
  for (const entry of stPhrases.split('|')) {
    const [s, t] = entry.split(' ')
    if (!s || !t) continue
    const S = [...s]
    const T = [...t]
    if (S.length === 2) words.add(s)
    if (S.length === T.length) S.forEach((c, i) => { if (T[i] === c && toTraditional.has(c)) leftovers.add(c) })
  }
  const stPairs = []
  for (const [s, t] of [...toTraditional].sort((a, b) => a[0].codePointAt(0) - b[0].codePointAt(0))) {
    if ([...t].length !== 1 || t === '|' || s === '|') throw new Error(`STCharacters: '${s} ${t}'`)
    stPairs.push(s + t)
  }
  const stMap = stPairs.join('|')
  // --- T→S fold for the mojibake scoring: first character of each TSCharacters target ---
  let fold = ''
  for (const entry of tsCharacters.split('|')) {
    const [from, to] = entry.split(' ')
    if (!from || !to) continue
    const first = [...to][0]
    if (first !== single(from, 'TSCharacters')) fold += from + first
  }
  // --- Hong Kong variant characters tw2s leaves as they are (衞, 衹): hk2s's HKVariantsRev, then TSCharacters ---
  const toSimplified = new Map()
  for (const entry of tsCharacters.split('|')) {
    const [t, s] = entry.split(' ')
    if (t && s) toSimplified.set(t, [...s][0])
  }
  const twKeys = new Set(twVariantsRev.split('|').map((entry) => entry.split(' ')[0]))
  let hkFold = ''
  for (const entry of hkVariantsRev.split('|')) {
    const [hk, standard] = entry.split(' ')
    if (!hk || !standard || [...hk].length !== 1 || toSimplified.has(hk) || twKeys.has(hk)) continue
    const simplified = toSimplified.get([...standard][0]) ?? standard
    if ([...simplified].length === 1 && simplified !== hk) hkFold += hk + simplified
  }
  const wordList = [...words].sort()
  for (const w of wordList) if ([...w].length !== 2) throw new Error(`word '${w}'`)

  const script = `/**
 * GENERATED by bench/gen-repair-tables.mjs from opencc-js's dictionaries; do not edit.
 * Rerun \`node bench/gen-repair-tables.mjs\` after upgrading opencc-js (test/repair-tables.test.ts checks it).
 */

/** Characters with a different Traditional form and no Traditional use of their own (STCharacters minus TSCharacters). */
export const SIMPLIFIED_ONLY: string =
  ${wrapped(sortUnique(simplifiedOnly))}

/** Characters with a different Simplified form (TSCharacters keys). */
export const TRADITIONAL_ONLY: string =
  ${wrapped(sortUnique(traditionalOnly))}

/** Simplified characters that HK/TW variants use or that an STPhrases phrase keeps unchanged. */
export const OPENCC_LEFTOVERS: string =
  ${wrapped(sortUnique(leftovers))}

/** Simplified → first Traditional form: (Simplified, Traditional) character pairs separated by \`|\`. */
export const SIMPLIFIED_TO_TRADITIONAL: string =
  ${wrapped(stMap)}

/** Traditional → Simplified fold (first Simplified form), as consecutive (from, to) character pairs; identities left out. */
export const TRADITIONAL_FOLD: string =
  ${wrapped(fold)}

/** Hong Kong variant characters tw2s leaves unconverted → their Simplified form (HKVariantsRev, then TSCharacters), as (from, to) pairs. */
export const HONG_KONG_FOLD: string =
  ${wrapped(hkFold)}
`

  // --- known words: the corpus pairs, and 2- and 3-code-unit slices of STPhrases keys, as a trie string ---
  // Groups `A (b thirds… ',')… '\n'`, sorted by code unit; ',' and '\n' never occur in keys.
  const trie = new Map()
  for (let i = 0; i + 1 < hanBigrams.length; i += 2) {
    const [a, b] = [hanBigrams[i], hanBigrams[i + 1]]
    if (',\n'.includes(a) || ',\n'.includes(b)) throw new Error(`HAN_BIGRAMS pair '${a}${b}' holds a delimiter`)
    if (!trie.has(a)) trie.set(a, new Map())
    if (!trie.get(a).has(b)) trie.get(a).set(b, new Set())
  }
  for (const entry of stPhrases.split('|')) {
    const key = entry.slice(0, entry.indexOf(' '))
    if (key.includes(',') || key.includes('\n')) throw new Error(`STPhrases key '${key}' holds a delimiter`)
    for (let i = 0; i + 1 < key.length; i++) {
      const a = key[i]
      const b = key[i + 1]
      if (!trie.has(a)) trie.set(a, new Map())
      const seconds = trie.get(a)
      if (!seconds.has(b)) seconds.set(b, new Set())
      if (i + 2 < key.length) seconds.get(b).add(key[i + 2])
    }
  }
  const byUnit = (x, y) => x.charCodeAt(0) - y.charCodeAt(0)
  let text = ''
  for (const a of [...trie.keys()].sort(byUnit)) {
    text += a
    const seconds = trie.get(a)
    for (const b of [...seconds.keys()].sort(byUnit)) text += b + [...seconds.get(b)].sort(byUnit).join('') + ','
    text += '\n'
  }
  return { script, knownWords: utf16(text), stWords: utf16(wordList.join('')) }
}

/**
 * iconv-lite's GBK table: one character per pair (lead 81–FE, trail 40–FE), U+FFFD where the pair
 * does not decode to one UTF-16 unit. Checks what the mojibake repair relies on: no other pair
 * decodes to one character, and iconv's gb18030 encoding of every BMP character is two bytes exactly
 * when the table holds it, namely its first pair in table order.
 */
export function buildGbkPairs(iconv = createRequire(import.meta.url)('iconv-lite')) {
  const one = (s) => (s.length === 1 && s !== '\ufffd' ? s : null)
  let table = ''
  const first = new Map()
  for (let lead = 0; lead < 0x100; lead++) {
    for (let trail = 0; trail < 0x100; trail++) {
      const c = one(iconv.decode(Buffer.from([lead, trail]), 'gbk'))
      const inside = lead >= 0x81 && lead <= 0xfe && trail >= 0x40 && trail <= 0xfe
      if (!inside) {
        if (c !== null && !(c >= '\ue000' && c <= '\uf8ff')) throw new Error(`GBK pair ${lead.toString(16)} ${trail.toString(16)} outside the table`)
        continue
      }
      table += c ?? '\ufffd'
      if (c !== null && !first.has(c)) first.set(c, [lead, trail])
    }
  }
  for (let code = 0x80; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    const c = String.fromCharCode(code)
    const bytes = iconv.encode(c, 'gb18030')
    const pair = first.get(c)
    const same = bytes.length === 2 ? pair !== undefined && pair[0] === bytes[0] && pair[1] === bytes[1] : pair === undefined
    if (!same) throw new Error(`gb18030 encoding of U+${code.toString(16)} is not its first GBK pair`)
  }
  return utf16(table)
}

/** A table file's bytes: UTF-16LE code units, no BOM. */
const utf16 = (text) => Buffer.from(text, 'utf16le')

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { script, knownWords, stWords } = buildRepairTables(await readDicts())
  writeFileSync(new URL('../src/repair/script-data.ts', import.meta.url), script)
  writeFileSync(new URL('../src/repair/known-words.utf16', import.meta.url), knownWords)
  writeFileSync(new URL('../src/repair/st-words.utf16', import.meta.url), stWords)
  writeFileSync(new URL('../src/repair/gbk-pairs.utf16', import.meta.url), buildGbkPairs())
  console.log(`script-data.ts ${script.length} chars, known-words.utf16 ${knownWords.length}, st-words.utf16 ${stWords.length} bytes`)
}
