/**
 * Repair of GBK byte-misalignment mojibake.
 *
 * A converter working on GBK bytes lost one byte: the lost byte shows as `?`, the bytes after it pair
 * up one off (trail byte + next lead byte) until a trail byte in the ASCII range (`@`–`~`) stands
 * alone and re-synchronises the stream. `拓?浣Y構` is 拓撲結構: 撲 = 93 E4, 結 = BD 59, and `浣` is
 * E4 BD. We fold the span back to GBK bytes, put an unknown byte in front, decode, and keep the result
 * only when it reads as common characters and known words. A UTF-8 page read as GBK is repaired the
 * same way (`瀵逛笉璧` → 对不起).
 */
import { createRequire } from 'node:module'
import ST_PHRASES from 'opencc-js/dict/STPhrases'
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters'
import { HAN_BIGRAMS, HAN_BY_FREQUENCY } from './han-frequency.js'

/** One repair: `from` (at `index` of the input) became `to`. */
export interface MojibakeFix { index: number; from: string; to: string }
/** A stretch that looks like mojibake; `reason` says why, or why it was not repaired. */
export interface MojibakeSpan { index: number; text: string; reason: string }

// A pinyin note glued after a character by an annotation step: `(fù)`, `(yue)`, `(zhōng )`.
const PINYIN_NOTE = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,6} ?\)/y
// A note pushed between the two bytes of a character: the lead byte and `(` decode together as
// one `?`, leaving `fù)` (拓?fù)浣Y = 拓 + 93 + `(fù)` + E4 BD 59).
const BROKEN_NOTE = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,6} ?\)/y
// Characters that can stand right before the lost byte: Han, CJK punctuation, the end of a note.
const SPAN_LEFT = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’)]/u
// A trail byte 40–7E decodes as this ASCII character and ends the shifted run.
const TRAIL_ASCII = /^[@-~]$/
const ASCII_WORD = /^[A-Za-z0-9]$/
// The shifted pair A3 BF is the full-width ？, which a later step turned into ASCII `?`.
const INNER_QUESTION = [0xa3, 0xbf] as const
// Longest shifted run we try to read back; ARTIFACTS.md sees 2–8 characters.
const MAX_SPAN_CHARS = 12
// Sentence punctuation that a lost lead byte often belonged to (`。` = A1 A3, `，` = A3 AC, `、` = A1 A2).
const CJK_PUNCTUATION = new Set(['。', '，', '、', '；', '：', '！', '？', '“', '”'])
// Characters ranked below this in the corpus table still count as common.
const COMMON_RANK = HAN_BY_FREQUENCY.length
// A run of Han characters is checked as UTF-8-read-as-GBK when this share of it is rare.
const UTF8_RARE_SHARE = 0.6
const MIN_RARE_LETTERS = 3
// What misread GBK turns into: Han, kana and bopomofo (`ビ`, `ㄥ`), CJK and full-width punctuation.
const WIDE_RUN = /[\p{Script=Han}\u3000-\u303f\u3041-\u30ff\u3105-\u3129\uff01-\uff5e]{3,}/gu
// Letters that count towards a run's rarity; punctuation such as 【】 is neutral.
const RUN_LETTER = /[\p{Script=Han}\u3041-\u30ff\u3105-\u3129]/u

interface ShiftSpan {
  /** Index of the `?` that stands for the lost byte. */
  start: number
  /** Index just past the span (after the trail letter and any note glued to it). */
  end: number
  /** The shifted characters between the `?` and the trail letter, notes dropped. */
  body: string[]
  /** The ASCII character that is really the last trail byte. */
  trail: string
}

/**
 * Read the shape `?` + shifted characters + trail letter starting at `q` (a `?`), skipping pinyin notes.
 * Cheap: no decoding, so the detector can use it.
 * @example parseShiftSpan('大規(guī)??棺h', 7) // → { start: 7, end: 11, body: ['?', '棺'], trail: 'h' }
 */
function parseShiftSpan(text: string, q: number): ShiftSpan | null {
  const before = text[q - 1] === ')' ? noteStartBefore(text, q) : q - 1
  if (before < 0 || text[before] === ')' || !SPAN_LEFT.test(text[before] ?? '')) return null
  const body: string[] = []
  BROKEN_NOTE.lastIndex = q + 1
  let i = skipNotes(text, BROKEN_NOTE.test(text) ? BROKEN_NOTE.lastIndex : q + 1)
  while (i < text.length && body.length <= MAX_SPAN_CHARS) {
    const code = text.codePointAt(i) ?? 0
    if (code < 0x80 && text[i] !== '?') break
    if (code > 0xffff) return null
    body.push(text[i]!)
    i = skipNotes(text, i + 1)
  }
  const trail = text[i] ?? ''
  if (body.length === 0 || body.length > MAX_SPAN_CHARS || body.every((c) => c === '?')) return null
  if (!TRAIL_ASCII.test(trail) || ASCII_WORD.test(text[i + 1] ?? '')) return null
  return { start: q, end: skipNotes(text, i + 1), body, trail }
}

/** Index past any pinyin notes at `i`. */
function skipNotes(text: string, i: number): number {
  for (;;) {
    PINYIN_NOTE.lastIndex = i
    if (!PINYIN_NOTE.test(text)) return i
    i = PINYIN_NOTE.lastIndex
  }
}

/** Index of the character before the pinyin note that ends just before `q`; -1 if no note ends there. */
function noteStartBefore(text: string, q: number): number {
  const open = text.lastIndexOf('(', q - 1)
  return open >= 1 && q - open <= 10 && skipNotes(text, open) === q ? open - 1 : -1
}

/**
 * Spans that look like mojibake, without trying to repair them (for a `mojibake` warning).
 * @example findMojibakeSpans('移民突襲引發大規??棺h') // → [{ index: 10, text: '??棺h', reason: 'gbk-shift' }]
 */
export function findMojibakeSpans(text: string): MojibakeSpan[] {
  const spans: MojibakeSpan[] = []
  for (let q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q + 1)) {
    const span = parseShiftSpan(text, q)
    if (!span) continue
    spans.push({ index: span.start, text: text.slice(span.start, span.end), reason: 'gbk-shift' })
    q = span.end - 1
  }
  for (const m of text.matchAll(WIDE_RUN)) {
    if (looksRare(m[0])) spans.push({ index: m.index, text: m[0], reason: 'rare-run' })
  }
  return spans.sort((a, b) => a.index - b.index)
}

/** True when most letters of a run are outside the common-character table (kana always are). */
function looksRare(run: string): boolean {
  let letters = 0
  let rare = 0
  const { common } = scoringTables()
  for (const c of run) {
    if (common.has(c)) {
      letters++
      continue
    }
    if (!RUN_LETTER.test(c)) continue
    letters++
    rare++
  }
  return rare >= MIN_RARE_LETTERS && rare / letters >= UTF8_RARE_SHARE
}

// ---------------------------------------------------------------------------------------------
// Tables, built on first use so that clean text pays nothing.

interface CharTables { rank: Map<string, number>; fold: Map<string, string>; common: Set<string> }
let charTables: CharTables | undefined
let wordTable: Set<string> | undefined

/** Character ranks and the Traditional → Simplified fold; small, built when a text first needs them. */
function scoringTables(): CharTables {
  if (charTables) return charTables
  const fold = new Map<string, string>()
  for (const entry of TS_CHARACTERS.split('|')) {
    const [from, to] = entry.split(' ')
    if (from && to) fold.set(from, [...to][0]!)
  }
  const rank = new Map<string, number>()
  ;[...HAN_BY_FREQUENCY].forEach((c, i) => rank.set(c, i))
  // Common characters in either script, so that scanning clean text needs one lookup per character.
  const common = new Set([...rank.keys(), ...[...fold].filter(([, to]) => rank.has(to)).map(([from]) => from)])
  charTables = { rank, fold, common }
  return charTables
}

/** Known words: pairs from the corpus table, pairs and triples of opencc phrases; built only for a suspect span. */
function knownWords(): Set<string> {
  if (wordTable) return wordTable
  const words = new Set<string>()
  for (let i = 0; i + 1 < HAN_BIGRAMS.length; i += 2) words.add(HAN_BIGRAMS.slice(i, i + 2))
  // opencc's phrase keys are Simplified words that convert specially; their pairs and triples
  // are a broad known-word list (几何拓扑 gives 拓扑).
  for (const entry of ST_PHRASES.split('|')) {
    const key = entry.slice(0, entry.indexOf(' '))
    for (let i = 0; i + 1 < key.length; i++) {
      words.add(key.slice(i, i + 2))
      if (i + 2 < key.length) words.add(key.slice(i, i + 3))
    }
  }
  wordTable = words
  return words
}

const foldChar = (c: string): string => scoringTables().fold.get(c) ?? c
const foldText = (s: string): string => [...s].map(foldChar).join('')
const isKnownWord = (a: string, b: string): boolean => knownWords().has(foldText(a + b))
const isCommon = (c: string): boolean =>
  CJK_PUNCTUATION.has(c) || (scoringTables().rank.get(foldChar(c)) ?? COMMON_RANK) < COMMON_RANK

// ---------------------------------------------------------------------------------------------
// Decoding

type Iconv = { encode(s: string, enc: string): Buffer; decode(b: Buffer, enc: string): string }
let iconv: Iconv | undefined
// iconv-lite is CommonJS and costs start-up time: load it only when a span needs it.
const loadIconv = (): Iconv => (iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv)

/** Decode one GBK byte pair; null for unassigned, user-defined or invalid pairs. */
function decodePair(lead: number, trail: number): string | null {
  const key = (lead << 8) | trail
  let c = PAIR_CACHE.get(key)
  if (c === undefined) {
    const s = loadIconv().decode(Buffer.from([lead, trail]), 'gbk')
    c = s.length !== 1 || s === '\ufffd' || (s >= '\ue000' && s <= '\uf8ff') ? null : s
    PAIR_CACHE.set(key, c)
  }
  return c
}
// At most 32K pairs; a long damaged text asks for the same ones again and again.
const PAIR_CACHE = new Map<number, string | null>()

/** GBK bytes of the shifted characters, reading an inner `?` as the full-width ？ pair. */
function spanBytes(body: string[]): number[] | null {
  const bytes: number[] = []
  for (const c of body) {
    if (c === '?') { bytes.push(...INNER_QUESTION); continue }
    const b = loadIconv().encode(c, 'gb18030')
    if (b.length !== 2) return null
    bytes.push(b[0]!, b[1]!)
  }
  return bytes
}

/**
 * The character a lost byte most likely completed: candidates are ranked by the known words they
 * make with their neighbours (a three-character word counts double); `null` unless one candidate
 * stands alone at the top. `left` and `right` are up to two neighbouring characters.
 * @example pickLostChar(['撲', '鉆', …], '拓', '結構') // → '撲'
 */
function pickLostChar(candidates: (string | null)[], left: string, right: string): string | null {
  const tiers = new Map<number, Set<string>>()
  for (const c of candidates) {
    if (c === null) continue
    const tier = CJK_PUNCTUATION.has(c) ? 0.5 : wordScore(left, c, right)
    if (tier === 0) continue
    if (!tiers.has(tier)) tiers.set(tier, new Set())
    tiers.get(tier)!.add(c)
  }
  const best = Math.max(-1, ...tiers.keys())
  const set = tiers.get(best)
  return set && set.size === 1 ? [...set][0]! : null
}

/** Known words `c` makes with its neighbours: 1 per pair, 2 per triple. */
function wordScore(left: string, c: string, right: string): number {
  const l = [...left], r = [...right]
  const l1 = l[l.length - 1], l2 = l[l.length - 2], r1 = r[0], r2 = r[1]
  return (
    Number(l1 !== undefined && isKnownWord(l1, c)) +
    Number(r1 !== undefined && isKnownWord(c, r1)) +
    2 * Number(l1 !== undefined && l2 !== undefined && isKnownWord(l2 + l1, c)) +
    2 * Number(r1 !== undefined && r2 !== undefined && isKnownWord(c, r1 + r2))
  )
}

/** The first character of a shifted span, whose lead byte is lost; memoised, as damage repeats. */
function pickLeadChar(trail: number, left: string, right: string): string | null {
  const key = `${trail} ${left} ${right}`
  if (!LEAD_CACHE.has(key)) {
    if (LEAD_CACHE.size > LEAD_CACHE_SIZE) LEAD_CACHE.clear()
    LEAD_CACHE.set(key, pickLostChar(LEAD_BYTES.map((x) => decodePair(x, trail)), left, right))
  }
  return LEAD_CACHE.get(key)!
}
const LEAD_CACHE = new Map<string, string | null>()
const LEAD_CACHE_SIZE = 10_000

const LEAD_BYTES = Array.from({ length: 0xfe - 0x81 + 1 }, (_, i) => 0x81 + i)
const CONTINUATION_BYTES = Array.from({ length: 0x40 }, (_, i) => 0x80 + i)

/** Up to two Han characters before index `i`, looking through pinyin notes; '' when there are none. */
function hanBefore(text: string, i: number): string {
  let out = ''
  for (let k = 0; k < 2; k++) {
    const j = text[i - 1] === ')' ? noteStartBefore(text, i) : i - 1
    const c = text[j] ?? ''
    if (!/\p{Script=Han}/u.test(c)) break
    out = c + out
    i = j
  }
  return out
}

interface Reading { to: string; end: number; lost: boolean; reason: string }

/**
 * Read a one-byte-shift span back; null when the reading is not clearly better than the text.
 * @example readShiftSpan('拓?fù)浣Y(jié)構(gòu)', span) // → { to: '撲結構', … }
 */
function readShiftSpan(text: string, span: ShiftSpan): Reading | null {
  const bytes = spanBytes(span.body)
  if (!bytes) return null
  bytes.push(span.trail.charCodeAt(0))
  // bytes now hold: trail of the first char, then whole pairs.
  const fixed: string[] = []
  for (let i = 1; i + 1 < bytes.length; i += 2) {
    const c = decodePair(bytes[i]!, bytes[i + 1]!)
    if (c === null || !isCommon(c)) return null
    fixed.push(c)
  }
  const left = hanBefore(text, span.start)
  let end = span.end
  const right = /\p{Script=Han}/u.test(text[end] ?? '') ? text[end]! : ''
  const chain = [...fixed, right].filter((c) => c !== '')
  const words = chain.slice(1).filter((c, i) => isKnownWord(chain[i]!, c)).length
  if (words === 0) return null
  const first = pickLeadChar(bytes[0]!, left, chain.slice(0, 2).join(''))
  // The right neighbour completes a word with the repair: its pinyin note belongs to the same run.
  if (right !== '' && isKnownWord(fixed[fixed.length - 1]!, right)) end = skipNotes(text, end + 1)
  const tail = end > span.end ? right : ''
  return {
    to: (first ?? '\ufffd') + fixed.join('') + tail,
    end,
    lost: first === null,
    reason: first === null ? 'gbk-shift: lost byte, no single candidate' : 'gbk-shift',
  }
}

/**
 * Read a run of Han characters as UTF-8 bytes that were decoded as GBK; null unless it reads as
 * common characters. A last character cut short is filled only when one candidate makes a word.
 * @example readUtf8Run('瀵逛笉璧') // → { to: '对不起', … }
 */
function readUtf8Run(run: string): { to: string; lost: boolean } | null {
  const bytes = loadIconv().encode(run, 'gb18030')
  const out: string[] = []
  let i = 0
  while (i < bytes.length) {
    const len = utf8Length(bytes[i]!)
    if (len === 0) return null
    if (i + len > bytes.length) break
    const c = decodeUtf8(bytes.subarray(i, i + len))
    if (c === null) return null
    out.push(c)
    i += len
  }
  if (out.length < 2 || !out.every(isCommon)) return null
  const words = out.slice(1).filter((c, k) => isKnownWord(out[k]!, c)).length
  if (words === 0) return null
  if (i === bytes.length) return { to: out.join(''), lost: false }
  // The run ends inside a UTF-8 character whose last byte went with the next (ASCII) byte.
  const head = [...bytes.subarray(i)]
  if (head.length !== utf8Length(head[0]!) - 1) return null
  const last = pickLostChar(
    CONTINUATION_BYTES.map((b) => decodeUtf8(Buffer.from([...head, b]))),
    out.slice(-2).join(''),
    '',
  )
  return { to: out.join('') + (last ?? '\ufffd'), lost: last === null }
}

/** Length of the UTF-8 sequence a lead byte starts (only 2–3 bytes: CJK text), 0 if not a lead. */
const utf8Length = (b: number): number => (b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : 0)

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const c = STRICT_UTF8.decode(bytes)
    return /^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”]$/u.test(c) ? c : null
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Find and repair one-byte-shift GBK mojibake (and UTF-8 read as GBK, `瀵逛笉璧` → 对不起). Pinyin
 * notes inside or right after a damaged span go with the repair. A repair is accepted only when the
 * result is made of common characters and known words; where a byte is truly lost, the character is
 * filled only when the surrounding word leaves a single candidate (拓? + 結構 → 拓撲結構); otherwise
 * one U+FFFD stands for it and the span is reported as unresolved.
 * @example repairMojibake('網絡拓?fù)浣Y(jié)構(gòu)').text // → '網絡拓撲結構'
 */
export function repairMojibake(text: string): { text: string; fixes: MojibakeFix[]; unresolved: MojibakeSpan[] } {
  const fixes: MojibakeFix[] = []
  const unresolved: MojibakeSpan[] = []
  const suspects = findMojibakeSpans(text)
  if (suspects.length === 0) return { text, fixes, unresolved }
  const edits: { index: number; end: number; to: string }[] = []
  for (const suspect of suspects) {
    if (edits.length > 0 && suspect.index < edits[edits.length - 1]!.end) continue
    const edit = suspect.reason === 'gbk-shift' ? shiftEdit(text, suspect) : utf8Edit(suspect)
    if (!edit) continue
    edits.push(edit)
    fixes.push({ index: edit.index, from: text.slice(edit.index, edit.end), to: edit.to })
    if (edit.lost) unresolved.push({ index: edit.index, text: text.slice(edit.index, edit.end), reason: edit.reason })
  }
  return { text: applyEdits(text, edits), fixes, unresolved }
}

interface Edit { index: number; end: number; to: string; lost: boolean; reason: string }

function shiftEdit(text: string, suspect: MojibakeSpan): Edit | null {
  const span = parseShiftSpan(text, suspect.index)
  const reading = span && readShiftSpan(text, span)
  return reading && { index: suspect.index, ...reading }
}

function utf8Edit(suspect: MojibakeSpan): Edit | null {
  const reading = readUtf8Run(suspect.text)
  if (!reading) return null
  const reason = reading.lost ? 'utf8-as-gbk: last byte lost, no single candidate' : 'utf8-as-gbk'
  return { index: suspect.index, end: suspect.index + suspect.text.length, to: reading.to, lost: reading.lost, reason }
}

/** Apply non-overlapping edits (sorted by index) in one pass. */
function applyEdits(text: string, edits: { index: number; end: number; to: string }[]): string {
  let out = ''
  let at = 0
  for (const e of edits) {
    out += text.slice(at, e.index) + e.to
    at = e.end
  }
  return out + text.slice(at)
}
