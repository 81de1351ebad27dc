/**
 * Repair of GBK byte-misalignment mojibake.
 *
 * A converter working on GBK bytes lost one byte: the lost byte shows as `?`, the bytes after it pair
 * up one off (trail byte + next lead byte) until a trail byte in the ASCII range (`@`–`~`) stands
 * alone and re-synchronises the stream. `拓?浣Y構` is 拓撲結構: 撲 = 93 E4, 結 = BD 59, and `浣` is
 * E4 BD. We fold the span back to GBK bytes, put an unknown byte in front, decode, and keep the result
 * only when it reads as common characters and known words. A UTF-8 page read as GBK is repaired the
 * same way (`瀵逛笉璧` → 对不起). When the lost byte left no `?`, a run of rare characters is read
 * back the same way from the start that reads best (`表示挥芯…鞘褂肧K` → 表示，没有经过…使用SK), also
 * where clean text is glued in front of it, or the run only ends like a shift and starts at the
 * full-width form a lost stop leaves (`帮助Ｒ皆夯箍?通` → 帮助。医院还开通).
 * The `?` may stand after an ASCII mark, as most pages write them (`規律,?罱K確定` → 規律,最終確定).
 * A span may also end in a `?` before an ASCII byte below 0x40, the last trail byte with no partner
 * (`中心?：媲?(gān)一批` → 中心。烘乾一批): that byte is picked by the words, or closes a mark the span opened.
 * A long run over full-width text meets a pair that decodes as nothing every few characters (`诠?笮` is 过后需):
 * such a `?` is a hole of two bytes, read through, its two characters filled by the words (fillHole).
 */
import { createRequire } from 'node:module'
import { HAN_BY_FREQUENCY } from './han-frequency.js'
import { TRADITIONAL_FOLD } from './script-data.js'
import { readsAs, readSpelling } from './pinyin.js'
import { SIMPLIFIED_BIT, TRADITIONAL_ONLY_BIT, scriptBitsOf } from './tables.js'
import { readUnits } from './table-files.js'

/** One repair: `from` (at `index` of the input) became `to`. */
export interface MojibakeFix { index: number; from: string; to: string }
/** A stretch that looks like mojibake; `reason` says why, or why it was not repaired. */
export interface MojibakeSpan { index: number; text: string; reason: string }

// A pinyin note glued after a character by an annotation step: `(fù)`, `(yue)`, `(zhōng )`.
const PINYIN_NOTE = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,6} ?\)/y
// A note pushed between the two bytes of a character: the lead byte and `(` decode together as
// one `?`, leaving `fù)` (拓?fù)浣Y = 拓 + 93 + `(fù)` + E4 BD 59).
const BROKEN_NOTE = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,6} ?\)/y
// Characters that can stand right before the lost byte: Han, CJK punctuation (the end of a note is looked through).
const SPAN_LEFT = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’]/u
// The ASCII marks most pages write for full-width ones (`,` for `，`): a left edge only right after a Han
// character or a closing mark, so that URLs (`a.php?id=`), numbers and ASCII text stay out.
const ASCII_SPAN_LEFT = /[,.:;!)]/
// A trail byte 40–7E decodes as this ASCII character and ends the shifted run.
const TRAIL_ASCII = /^[@-~]$/
const ASCII_WORD = /^[A-Za-z0-9]$/
// The shifted pair A3 BF is the full-width ？, which a later step turned into ASCII `?`.
const INNER_QUESTION = [0xa3, 0xbf] as const
// Longest shifted run we try to read back; ARTIFACTS.md sees 2–8 characters.
const MAX_SPAN_CHARS = 12
// Sentence punctuation that a lost lead byte often belonged to (`。` = A1 A3, `，` = A3 AC, `、` = A1 A2).
const CJK_PUNCTUATION = new Set(['。', '，', '、', '；', '：', '！', '？', '“', '”'])
// The punctuation a lost lead byte most often belonged to, preferred where words leave it alone.
const FIRST_VICTIMS = new Set(['，', '。', '、', '：', '；', '“', '”'])
const HAN = /\p{Script=Han}/u
// A run of Han characters is checked as UTF-8-read-as-GBK when this share of it is rare.
const UTF8_RARE_SHARE = 0.6
const MIN_RARE_LETTERS = 3
// What misread GBK turns into: Han, kana and bopomofo (`ビ`, `ㄥ`), CJK and full-width punctuation;
// a run of three or more of them is a candidate.
const WIDE_CHAR = /^[\p{Script=Han}\u3000-\u303f\u3041-\u30ff\u3105-\u3129\uff01-\uff5e]$/u
// Letters that count towards a run's rarity; punctuation such as 【】 is neutral.
const RUN_LETTER = /[\p{Script=Han}\u3041-\u30ff\u3105-\u3129]/u
// What the second byte of a stop whose lead byte A1 was lost pairs into with the next lead byte: for `。`
// (A1 A3) a full-width form (`Ｄ` = A3 C4, `１` = A3 B1; not the sentence punctuation of that row), for `、`
// (A1 A2) a symbol of row A2 (`⒅` = A2 D6, `①`, `Ⅱ`).
const REMNANT_CHAR = /^[\uff03-\uff06\uff0a\uff0b\uff0d\uff0f-\uff19\uff1c-\uff1e\uff20-\uff5e\u2160-\u216b\u2170-\u2179\u2460-\u2469\u2474-\u249b\u3220-\u3229]$/u
// A stop before a quote mark leaves `！`: 。” is A1 A3 A1 B1, and with the first A1 lost, A3 A1 is ！ (`練三次！币灿屑议L`
// is 練三次。”也有家長). A real ！ is far more common, so it stands for a stop only where the next character's lead byte
// pairs with A1 into a quote mark, and the reading must still beat the text by the word margin.
const BANG = 0xff01
const QUOTES_AFTER_STOP = new Set(['“', '”', '‘', '’', '「', '」', '『', '』'])

/** Whether the character at `i` is the full-width form a lost stop leaves (REMNANT_CHAR, or ！ before a quote), after a Han character or a closing mark. */
function stopRemnantAt(text: string, i: number): boolean {
  const c = text[i] ?? ''
  if (!STOP_LEFT.test(text[i - 1] ?? '')) return false
  if (c !== '！') return REMNANT_CHAR.test(c)
  const next = pairAt(text, i + 1)
  const quote = next >= 0x8000 ? decodePair(0xa1, next >> 8) : null
  return quote !== null && QUOTES_AFTER_STOP.has(quote)
}

// Full-width punctuation of the text (GBK rows A1 and A3).
const MARKS = new Set([...CJK_PUNCTUATION, '‘', '’', '（', '）', '「', '」', '『', '』', '《', '》', '【', '】', '…', '—', '·'])
// What a stop stands after: a Han character or a closing quote or bracket.
const STOP_LEFT = /^[\p{Script=Han}”’」』）》〉】]$/u
// A tail found from such a form alone, with no rare stretch: repaired when it reads, never reported.
const REMNANT_RUN = 'lost-stop'
// After a `?` that stands for a last lead byte with no partner: not a trail byte 40–7E (it would
// have paired) and not another `?`.
const ORPHAN_NEXT = /^(?:[^@-~?]|)$/u
// After the `?` that ends a marked span: an ASCII byte that can be no trail byte (below 0x40), not another `?`.
const ORPHAN_END = /^[\0-\x3e]$/

interface ShiftSpan {
  /** Index of the `?` that stands for the lost byte. */
  start: number
  /** Index just past the span (after the trail letter and any note glued to it). */
  end: number
  /** The shifted characters between the `?` and the trail letter, notes dropped. */
  body: string[]
  /** The ASCII character that is really the last trail byte; '' when the span ends in an orphan `?`. */
  trail: string
  /**
   * The span ends in a `?` before an ASCII byte below 0x40 (`,` `(` `.`): the last shifted lead byte met
   * its real trail byte (80–FE), which could not pair with that ASCII byte and shows as `?`.
   */
  orphan: boolean
}

/**
 * Read the shape `?` + shifted characters + trail letter starting at `q` (a `?`), skipping pinyin notes.
 * Cheap: no decoding, so the detector can use it.
 * @example parseShiftSpan('大規(guī)??棺h', 7) // → { start: 7, end: 11, body: ['?', '棺'], trail: 'h' }
 */
function parseShiftSpan(text: string, q: number): ShiftSpan | null {
  const left = spanLeft(text, q)
  if (left === NO_EDGE) return null
  const body: string[] = []
  BROKEN_NOTE.lastIndex = q + 1
  let i = skipNotes(text, BROKEN_NOTE.test(text) ? BROKEN_NOTE.lastIndex : q + 1)
  while (i < text.length && body.length <= MAX_SPAN_CHARS) {
    const code = text.codePointAt(i) ?? 0
    if (code < 0x80 && text[i] !== '?') break
    if (code > 0xffff) return null
    // a `?` before `,` `(` … ends the span: the note after it is the last character's, not part of the span
    if (text[i] === '?' && body.length > 0 && ORPHAN_END.test(text[i + 1] ?? '')) {
      // its last byte is guessed: only two or more shifted characters with damage in them are read back, and
      // not after a character that ends a real question (`真的吗?好啊?,`)
      if (body.length < 2 || body.length > MAX_SPAN_CHARS || !body.some(isRareLetter)) return null
      if (QUESTION_END.test(text[q - 1] ?? '')) return null
      return { start: q, end: skipNotes(text, i + 1), body, trail: '', orphan: true }
    }
    body.push(text[i]!)
    i = skipNotes(text, i + 1)
  }
  const trail = text[i] ?? ''
  if (body.length === 0 || body.length > MAX_SPAN_CHARS || body.every((c) => c === '?')) return null
  if (!TRAIL_ASCII.test(trail) || ASCII_WORD.test(text[i + 1] ?? '')) return null
  // after an ASCII mark a `?` is most often a real question mark: the span must show damage (`,?我的心_` stays)
  if (left === ASCII_EDGE && !body.some(isRareLetter)) return null
  return { start: q, end: skipNotes(text, i + 1), body, trail, orphan: false }
}

const NO_EDGE = 0
const WIDE_EDGE = 1
const ASCII_EDGE = 2

/** A letter (Han, kana, bopomofo) outside the common characters: what misread bytes mostly decode to. */
const isRareLetter = (c: string): boolean => (charClass(c.charCodeAt(0)) & (LETTER | COMMON)) === LETTER

/** What stands before the `?` at `q` as the left edge of a shifted span: none, a wide character, an ASCII mark. */
function spanLeft(text: string, q: number): number {
  const c = text[q - 1] ?? ''
  if (c === ')') {
    const before = noteStartBefore(text, q)
    if (before >= 0) return SPAN_LEFT.test(text[before] ?? '') ? WIDE_EDGE : NO_EDGE
  } else if (SPAN_LEFT.test(c)) return WIDE_EDGE
  if (!ASCII_SPAN_LEFT.test(c)) return NO_EDGE
  const before = text[q - 2] === ')' ? noteStartBefore(text, q - 1) : q - 2
  return before >= 0 && STOP_LEFT.test(text[before] ?? '') ? ASCII_EDGE : NO_EDGE
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
  return findSuspects(text).filter((span) => span.reason !== REMNANT_RUN)
}

/** The spans repairMojibake tries: those of findMojibakeSpans and the runs that only end like a shift (REMNANT_RUN). */
function findSuspects(text: string): MojibakeSpan[] {
  const spans: MojibakeSpan[] = []
  for (let q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q + 1)) {
    const span = parseShiftSpan(text, q)
    if (!span) continue
    spans.push({ index: span.start, text: text.slice(span.start, span.end), reason: 'gbk-shift' })
    q = span.end - 1
  }
  findRareRuns(text, spans)
  if (text.includes(EURO)) findEuroRuns(text, spans)
  return spans.length > 1 ? spans.sort((a, b) => a.index - b.index) : spans
}

/**
 * Push every run of three or more WIDE_CHAR characters in which most letters are outside the
 * common-character table (kana always are): one scan over the code points, with a class memoised
 * per character.
 */
function findRareRuns(text: string, spans: MojibakeSpan[]): void {
  const n = text.length
  let start = -1
  let chars = 0
  let letters = 0
  let rare = 0
  // whether the run holds a full-width form glued after a Han character or a closing mark (STOP_LEFT)
  let remnant = false
  // Simplified-only characters in the run, and in the text so far; Traditional-only ones in the text; the runs that hold
  // two or more Simplified-only ones (start, end, whether rare or remnant make them a suspect anyway), tried once the
  // scan knows whether the text reads Traditional
  let simp = 0
  let simpTotal = 0
  let tradTotal = 0
  const simplifiedRuns: number[] = []
  for (let i = 0; i <= n; ) {
    let cls = 0
    let width = 1
    if (i < n) {
      const code = text.charCodeAt(i)
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1)
        if (low >= 0xdc00 && low <= 0xdfff) {
          width = 2
          cls = astralClass(text.slice(i, i + 2))
        } else cls = charClass(code)
      } else cls = charClass(code)
    }
    if (cls & WIDE) {
      if (start < 0) { start = i; chars = 0; letters = 0; rare = 0; simp = 0 }
      chars++
      if (cls & SIMP) simp++
      else if (cls & TRAD) tradTotal++
      if (cls & COMMON) letters++
      else if (cls & LETTER) { letters++; rare++ }
      if (!remnant && (cls & REMNANT || text.charCodeAt(i) === BANG) && stopRemnantAt(text, i)) remnant = true
    } else if (start >= 0) {
      if (chars >= 3 && rare >= MIN_RARE_LETTERS && rare / letters >= UTF8_RARE_SHARE) {
        spans.push({ index: start, text: text.slice(start, i), reason: 'rare-run' })
      } else if (simp >= MIN_SIMPLIFIED_RUN) {
        simplifiedRuns.push(start, i, remnant ? REMNANT_SUSPECT : rare >= MIN_RARE_LETTERS ? RARE_SUSPECT : 0)
      } else if (rare >= MIN_RARE_LETTERS || remnant) {
        const tail = shiftedTail(text, start, i, remnant, false)
        if (tail) spans.push(tail)
      }
      simpTotal += simp
      start = -1
      remnant = false
    }
    i += width
  }
  if (simplifiedRuns.length === 0) return
  const traditional = tradTotal >= TRADITIONAL_MIN && tradTotal >= SIMPLIFIED_STRAYS * simpTotal
  for (let k = 0; k < simplifiedRuns.length; k += 3) {
    const from = simplifiedRuns[k]!, to = simplifiedRuns[k + 1]!, suspect = simplifiedRuns[k + 2]!
    if (!traditional && suspect === 0) continue
    const tail = shiftedTail(text, from, to, suspect === REMNANT_SUSPECT, traditional)
    if (tail) spans.push(tail)
  }
}

// How code page 936 reads a lone byte 0x80: in UTF-8 read as GBK it is the last byte of 一 (E4 B8 80), 所, 個,
// so `涓€` is 一. findRareRuns breaks its runs there (€ is no wide character: prices), hence a scan of its own.
const EURO = '\u20ac'
// €s at most this many characters apart belong to one damaged stretch; its start is sought this far back.
const EURO_GAP = 4
const EURO_BACK = 15
// A stretch found so: only read as UTF-8, never as a shift.
const UTF8_RUN = 'utf8-as-gbk'

/**
 * Push the stretches of UTF-8 read as GBK that hold a `€` glued after a Han character (`闆插崡涓€鎵€` is 雲南一所):
 * the stretch ends at its last `€`, and starts where the longest reading as UTF-8 of common characters and a known word
 * does; where none reads so, the stretch from the character before the first `€` is pushed, to be reported. Spans
 * found inside it by rarity are dropped. A `€` after a digit or a letter (`€100`, `100€`) is a price.
 */
function findEuroRuns(text: string, spans: MojibakeSpan[]): void {
  for (let i = text.indexOf(EURO); i >= 0; i = text.indexOf(EURO, i + 1)) {
    if (!HAN.test(text[i - 1] ?? '')) continue
    let end = i + 1
    for (let k = end; k < text.length && k - end <= EURO_GAP && (HAN.test(text[k]!) || text[k] === EURO); k++) {
      if (text[k] === EURO) end = k + 1
    }
    let index = -1
    for (let k = i - 1; k >= 0 && i - k <= EURO_BACK && HAN.test(text[k]!); k--) {
      const reading = readUtf8Run(text.slice(k, end))
      if (reading && !reading.lost) index = k
    }
    // unread, it is reported only where the `€` stands between Han characters after a rare one (E4–E9 leads are rare)
    if (index < 0 && (isCommonLetter(text[i - 1]!) || !HAN.test(text[end] ?? ''))) { i = end - 1; continue }
    const from = index >= 0 ? index : i - 1
    for (let k = spans.length - 1; k >= 0; k--) {
      const span = spans[k]!
      if (span.index < end && span.index + span.text.length > from) spans.splice(k, 1)
    }
    spans.push({ index: from, text: text.slice(from, end), reason: UTF8_RUN })
    i = end - 1
  }
}

/**
 * Whether a run of wide characters ending at `end` ends the way a shift does: before a lone ASCII
 * letter that is the last trail byte (`膱D(tú)`), before a `?` that is the last lead byte with no
 * partner (`Ｄ壳?,`, `鹿?業`), or on a character whose second byte is the ASCII one (`肧K`).
 */
function endsLikeShift(text: string, end: number, simplified = false): boolean {
  const c = text[end] ?? ''
  // on a Traditional text, a Simplified run may end on the character that took the ASCII byte of a word (`薌PS`: CB
  // and the G of GPS), before the rest of the word
  if (TRAIL_ASCII.test(c) && !(simplified && ASCII_WORD.test(c))) return !ASCII_WORD.test(text[end + 1] ?? '')
  if (TRAIL_ASCII.test(c) && !ASCII_WORD.test(text[end + 1] ?? '')) return true
  if (c === '?') return ORPHAN_NEXT.test(text[end + 1] ?? '')
  if (c === '' || c.charCodeAt(0) >= 0x80) return false
  const pair = pairAt(text, end - 1)
  return pair !== 0 && (pair & 0xff) < 0x80
}

/**
 * The damaged-looking tail of a run of wide characters (start..end) that, as a whole, reads as text:
 * clean text glued in front of a shifted span dilutes its rare share. Only a run that ends like a
 * shift is looked at; its tail is the longest stretch ending there with most letters rare, or
 * starting at a full-width form glued after a Han character or a closing mark (REMNANT_CHAR: what the
 * second byte of a stop whose lead byte was lost pairs into, `問題Ｄ壳?` is 問題。目前) if every pair
 * realigned after it reads as a common character. A shifted stretch holds no character whose second
 * byte is ASCII but for its last, so the tail starts after any such character.
 */
function shiftedTail(text: string, start: number, end: number, remnant: boolean, simplified: boolean): MojibakeSpan | null {
  if (!endsLikeShift(text, end, simplified)) return null
  const floor = Math.max(start, end - MAX_UNMARKED_AHEAD)
  let letters = 0
  let rare = 0
  let rareFrom = -1
  let remnantAt = -1
  // on a Traditional text: the Simplified-only characters seen, and the first of a realigned stretch holding two
  let simp = 0
  let simpAt = -1
  // a form can start a shift only if every pair realigned after it reads as a common character
  let realigned = remnant || simplified
  for (let k = end - 1; k >= floor; k--) {
    const cls = charClass(text.charCodeAt(k))
    if (cls & LETTER) {
      letters++
      if (!(cls & COMMON)) rare++
    }
    if (rare >= MIN_RARE_LETTERS && end - k >= 3 && rare / letters >= UTF8_RARE_SHARE) rareFrom = k
    if (realigned && k < end - 1) {
      const c = decodePair(pairAt(text, k) & 0xff, pairAt(text, k + 1) >> 8)
      realigned = c !== null && isCommon(c)
    }
    if (realigned && (cls & REMNANT || text.charCodeAt(k) === BANG) && stopRemnantAt(text, k)) remnantAt = k
    if (simplified && cls & SIMP && ++simp >= MIN_SIMPLIFIED_RUN && realigned) simpAt = k
  }
  const found = [rareFrom, remnantAt, simpAt].filter((k) => k >= 0)
  let index = found.length > 0 ? Math.min(...found) : -1
  if (index < 0) return null
  for (let k = end - 2; k >= index; k--) {
    const pair = pairAt(text, k)
    if (pair === 0 || (pair & 0xff) < 0x80) { index = k + 1; break }
  }
  if (end - index < 2) return null
  const rareTail = rareFrom >= index && rareShareOf(text, index, end) >= UTF8_RARE_SHARE
  if (!rareTail && remnantAt < index && simpAt < index) return null
  return { index, text: text.slice(index, end), reason: rareTail ? 'rare-run' : REMNANT_RUN }
}

// A run of this many Simplified-only characters on a Traditional text, ending like a shift, is read as one: a converter
// never writes them there, a shifted pair often decodes to one (`！币灿屑议L`, `還状问褂昧薌PS` is 還首次使用了GPS).
const MIN_SIMPLIFIED_RUN = 2
const REMNANT_SUSPECT = 1
const RARE_SUSPECT = 2
// A text reads Traditional with this many Traditional-only characters and at most this many Simplified-only others.
const TRADITIONAL_MIN = 4
const SIMPLIFIED_STRAYS = 3

/** Share of rare letters in text[from, to) (BMP only: a shifted span has no astral characters). */
function rareShareOf(text: string, from: number, to: number): number {
  let letters = 0
  let rare = 0
  for (let k = from; k < to; k++) {
    const cls = charClass(text.charCodeAt(k))
    if (!(cls & LETTER)) continue
    letters++
    if (!(cls & COMMON)) rare++
  }
  return rare >= MIN_RARE_LETTERS ? rare / letters : 0
}

// Character classes for the rare-run scan, memoised per BMP code unit (bit KNOWN once computed).
const KNOWN = 1
const WIDE = 2
const LETTER = 4
const COMMON = 8
const REMNANT = 16
// Simplified-only (not a converter's leftover) and Traditional-only characters
const SIMP = 32
const TRAD = 64
let classes: Uint8Array | undefined

function classOf(c: string): number {
  let cls = KNOWN
  if (WIDE_CHAR.test(c)) cls |= WIDE
  if (RUN_LETTER.test(c)) cls |= LETTER
  if (isCommonLetter(c)) cls |= COMMON
  if (REMNANT_CHAR.test(c)) cls |= REMNANT
  const script = scriptBitsOf(c)
  if (script & SIMPLIFIED_BIT) cls |= SIMP
  if (script & TRADITIONAL_ONLY_BIT) cls |= TRAD
  return cls
}

function charClass(code: number): number {
  // ASCII is never part of a run
  if (code < 0x80) return 0
  const table = (classes ??= new Uint8Array(0x10000))
  let cls = table[code]!
  if (cls === 0) table[code] = cls = classOf(String.fromCharCode(code))
  return cls
}

const ASTRAL_CLASSES = new Map<string, number>()
function astralClass(c: string): number {
  let cls = ASTRAL_CLASSES.get(c)
  if (cls === undefined) ASTRAL_CLASSES.set(c, (cls = classOf(c)))
  return cls
}

// ---------------------------------------------------------------------------------------------
// Tables, built on first use so that clean text pays nothing.

let wordTable: WordTable | undefined

/** The Traditional → Simplified fold of BMP characters to BMP characters (0: none); the rest in a map. */
let foldBmp: Uint16Array | undefined
let foldOther: Map<string, string> | undefined

/**
 * Visit the (from, to) character pairs of TRADITIONAL_FOLD by position: `from` is fold[at, at + fromLength),
 * `to` the next toLength units; either may be an astral pair. No strings are cut: these loops run once per
 * process, in V8's interpreter, on the start-up path of every run that needs the fold.
 */
function forEachFoldPair(visit: (at: number, fromLength: number, toLength: number) => void): void {
  const fold = TRADITIONAL_FOLD
  for (let i = 0; i < fold.length; ) {
    const fromLength = isHighSurrogate(fold.charCodeAt(i)) ? 2 : 1
    const toLength = isHighSurrogate(fold.charCodeAt(i + fromLength)) ? 2 : 1
    visit(i, fromLength, toLength)
    i += fromLength + toLength
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** Build the fold from TRADITIONAL_FOLD, the (from, to) pairs of TSCharacters (first Simplified form). */
function buildFold(): void {
  const bmp = new Uint16Array(0x10000)
  const other = new Map<string, string>()
  const fold = TRADITIONAL_FOLD
  forEachFoldPair((at, fromLength, toLength) => {
    if (fromLength === 1 && toLength === 1) bmp[fold.charCodeAt(at)] = fold.charCodeAt(at + 1)
    else other.set(fold.slice(at, at + fromLength), fold.slice(at + fromLength, at + fromLength + toLength))
  })
  foldBmp = bmp
  foldOther = other
}

/** A character folded to Simplified (itself when TSCharacters has no other form). */
function foldChar(c: string): string {
  if (!foldBmp) buildFold()
  if (c.length === 1) {
    const to = foldBmp![c.charCodeAt(0)]!
    if (to !== 0) return String.fromCharCode(to)
  }
  return foldOther!.get(c) ?? c
}

/** Every character of a text folded (code point by code point). */
function foldText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += foldChar(text.slice(i, i + 2))
      i++
    } else out += foldChar(text[i]!)
  }
  return out
}

/** A character of the frequency table: every rank in it counts as common. */
const isRanked = (c: string): boolean =>
  c.length === 1 ? (getCommonBmp()[c.charCodeAt(0)]! & RANKED) !== 0 : c.length === 2 && HAN_BY_FREQUENCY.includes(c)

let commonBmp: Uint8Array | undefined
let commonAstral: Set<string> | undefined

const RANKED = 1
const COMMON_CHAR = 2

/** Common BMP characters (bit COMMON_CHAR), from the ranked ones (bit RANKED) and the fold. */
function getCommonBmp(): Uint8Array {
  if (commonBmp) return commonBmp
  const bmp = new Uint8Array(0x10000)
  const ranks = HAN_BY_FREQUENCY
  for (let i = 0; i < ranks.length; i++) {
    const code = ranks.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) { i++; continue }
    bmp[code] = RANKED | COMMON_CHAR
  }
  // TRADITIONAL_FOLD holds (from, to) character pairs; a BMP `from` whose `to` is ranked is common
  const fold = TRADITIONAL_FOLD
  forEachFoldPair((at, fromLength, toLength) => {
    if (fromLength !== 1) return
    const ranked = toLength === 1 ? (bmp[fold.charCodeAt(at + 1)]! & RANKED) !== 0 : ranks.includes(fold.slice(at + 1, at + 3))
    if (ranked) bmp[fold.charCodeAt(at)] |= COMMON_CHAR
  })
  commonBmp = bmp
  return bmp
}

/** Common astral characters: rare in text, so built on the first question. */
function getCommonAstral(): Set<string> {
  if (commonAstral) return commonAstral
  const ranked = new Set(HAN_BY_FREQUENCY)
  const astral = new Set<string>()
  for (const r of ranked) if (r.length === 2) astral.add(r)
  let from: string | undefined
  for (const x of TRADITIONAL_FOLD) {
    if (from === undefined) { from = x; continue }
    if (from.length === 2 && ranked.has(x)) astral.add(from)
    from = undefined
  }
  commonAstral = astral
  return astral
}

/**
 * Common characters in either script (ranked, or folding to a ranked character), so that scanning
 * clean text needs one lookup per character.
 */
function isCommonLetter(c: string): boolean {
  return c.length === 1 ? (getCommonBmp()[c.charCodeAt(0)]! & COMMON_CHAR) !== 0 : getCommonAstral().has(c)
}

// The trie's delimiters (code units): groups end with '\n', items with ','.
const NEWLINE = 10
const COMMA = 44

/** The generated trie of corpus pairs and opencc phrase pieces, with the groups found so far by first code unit. */
interface WordTable { trie: Uint16Array; groups: Map<number, number> }

/**
 * Known words: pairs from the corpus table (bench/han-bigrams.ts), pairs and triples of opencc phrases
 * (their keys are Simplified words that convert specially, so their pieces are a broad known-word
 * list: 几何拓扑 gives 拓扑). Loaded only for a suspect span; bench/gen-repair-tables.mjs writes the trie.
 */
function knownWords(): WordTable {
  if (wordTable) return wordTable
  wordTable = { trie: readUnits('known-words'), groups: new Map() }
  return wordTable
}

/** Start of the trie group of words beginning with code unit `first`, or -1: a binary search over the sorted groups. */
function findGroup(table: WordTable, first: number): number {
  const known = table.groups.get(first)
  if (known !== undefined) return known
  const { trie } = table
  let found = -1
  let lo = 0
  let hi = trie.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    // the group holding position mid starts after the previous '\n'
    const start = mid === 0 ? 0 : trie.lastIndexOf(NEWLINE, mid - 1) + 1
    const c = trie[start]!
    if (c === first) { found = start; break }
    if (c < first) lo = trie.indexOf(NEWLINE, start) + 1
    else hi = start
  }
  table.groups.set(first, found)
  return found
}

/** A known word: a corpus pair, or a two- or three-code-unit piece of an opencc phrase key. */
function hasWord(word: string): boolean {
  if (word.length !== 2 && word.length !== 3) return false
  const table = knownWords()
  const { trie } = table
  const group = findGroup(table, word.charCodeAt(0))
  if (group < 0) return false
  const second = word.charCodeAt(1)
  // items `b thirds… ,` until the group's '\n'; seconds are sorted
  for (let at = group + 1; trie[at] !== NEWLINE; ) {
    const b = trie[at]!
    const end = trie.indexOf(COMMA, at)
    if (b === second) {
      if (word.length === 2) return true
      const third = word.charCodeAt(2)
      for (let k = at + 1; k < end; k++) if (trie[k] === third) return true
      return false
    }
    if (b > second) return false
    at = end + 1
  }
  return false
}

const isKnownWord = (a: string, b: string): boolean => hasWord(foldText(a + b))
const isCommon = (c: string): boolean =>
  CJK_PUNCTUATION.has(c) || isRanked(foldChar(c))

// ---------------------------------------------------------------------------------------------
// Decoding

type Iconv = { encode(s: string, enc: string): Buffer }
let iconv: Iconv | undefined
// iconv-lite is CommonJS and costs start-up time and a large table build: only text the generated
// GBK table cannot encode (astral characters, lone surrogates) asks for it.
const loadIconv = (): Iconv => (iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv)

/** iconv-lite's GBK decoding of lead 81–FE × trail 40–FE (U+FFFD: none); bench/gen-repair-tables.mjs writes it. */
let gbkPairs: Uint16Array | undefined
/** The gb18030 bytes (lead << 8 | trail) of BMP characters asked for so far; 0 where there are not two. */
const GBK_CODES = new Map<number, number>()

const TRAILS = 0xfe - 0x40 + 1
const loadGbkPairs = (): Uint16Array => (gbkPairs ??= readUnits('gbk-pairs'))

/** A character's first pair in the table is its gb18030 encoding (the generator checks this). */
function gbkCode(code: number): number {
  let pair = GBK_CODES.get(code)
  if (pair === undefined) {
    const i = code === 0xfffd ? -1 : loadGbkPairs().indexOf(code)
    pair = i < 0 ? 0 : ((0x81 + Math.floor(i / TRAILS)) << 8) | (0x40 + (i % TRAILS))
    GBK_CODES.set(code, pair)
  }
  return pair
}

/** Decode one GBK byte pair; null for unassigned, user-defined or invalid pairs. */
function decodePair(lead: number, trail: number): string | null {
  if (lead < 0x81 || lead > 0xfe || trail < 0x40 || trail > 0xfe) return null
  const unit = loadGbkPairs()[(lead - 0x81) * TRAILS + trail - 0x40]!
  return unit === 0xfffd || (unit >= 0xe000 && unit <= 0xf8ff) ? null : String.fromCharCode(unit)
}

/** gb18030 bytes of a string, as iconv-lite gives them. */
function gb18030(text: string): Uint8Array {
  const bytes = new Uint8Array(2 * text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const pair = code >= 0x80 && (code < 0xd800 || code > 0xdfff) ? gbkCode(code) : 0
    if (pair === 0) return loadIconv().encode(text, 'gb18030')
    bytes[2 * i] = pair >> 8
    bytes[2 * i + 1] = pair & 0xff
  }
  return bytes
}

/** GBK bytes of the shifted characters, reading an inner `?` as the full-width ？ pair. */
function spanBytes(body: string[]): number[] | null {
  const bytes: number[] = []
  for (const c of body) {
    if (c === '?') { bytes.push(...INNER_QUESTION); continue }
    const b = gb18030(c)
    if (b.length !== 2) return null
    bytes.push(b[0]!, b[1]!)
  }
  return bytes
}

/**
 * The character a lost byte most likely completed: candidates are ranked by the known words they
 * make with their neighbours (a three-character word counts double); `null` unless one candidate
 * stands alone at the top. `left` and `right` are up to two neighbouring characters.
 * Full-width punctuation is the usual first victim: where one of `，。、：；“”` is a candidate, a Han
 * character follows on the left and the right neighbours already make a word, a pair with the
 * right neighbour is no evidence (between 表示 and 没有, 乾没 does not beat ，).
 * @example pickLostChar(['撲', '鉆', …], '拓', '結構') // → '撲'
 */
function pickLostChar(candidates: (string | null)[], left: string, right: string, guess = false): string | null {
  const l = [...left], r = [...right]
  const clauseBreak =
    candidates.filter((c) => c !== null && FIRST_VICTIMS.has(c)).length === 1 &&
    HAN.test(l[l.length - 1] ?? '') && r.length >= 2 && isKnownWord(r[0]!, r[1]!)
  const tiers = new Map<number, Set<string>>()
  for (const c of candidates) {
    if (c === null) continue
    const tier = CJK_PUNCTUATION.has(c) ? 0.5 : wordScore(l, c, r, !clauseBreak)
    if (tier === 0) continue
    if (!tiers.has(tier)) tiers.set(tier, new Set())
    tiers.get(tier)!.add(c)
  }
  const best = Math.max(-1, ...tiers.keys())
  const set = tiers.get(best)
  if (set && set.size === 1) return [...set][0]!
  // Words cannot decide between several: the punctuation a lost lead byte most often belonged to is a
  // better guess than a replacement character (`启动?１敬位` → 启动。本次, not 启动\ufffd本次).
  const victims = candidates.filter((c) => c !== null && FIRST_VICTIMS.has(c))
  if (victims.length === 1 && HAN.test(l[l.length - 1] ?? '')) return victims[0]!
  return guess && set && best >= 1 ? farMostCommon([...set]) : null
}

// A guess among the candidates that make a word takes the most common one only when the next is this many times rarer.
const GUESS_RANK_RATIO = 3

/**
 * The one character of `chars` far more common than the others (HAN_BY_FREQUENCY rank, GUESS_RANK_RATIO), or null:
 * `减少外?` gives 外出 over 外厂 and 外冲 (ranks 45, 824, 823), all three known words.
 */
function farMostCommon(chars: string[]): string | null {
  const ranks = chars.map((c) => HAN_BY_FREQUENCY.indexOf(foldChar(c))).map((r) => (r < 0 ? Infinity : r)).sort((a, b) => a - b)
  if (ranks[0] === Infinity || (ranks.length > 1 && ranks[0]! * GUESS_RANK_RATIO > ranks[1]!)) return null
  return chars.find((c) => HAN_BY_FREQUENCY.indexOf(foldChar(c)) === ranks[0]) ?? null
}

/** Known words `c` makes with its neighbours: 1 per pair (with the right one only if `rightPairs`), 2 per triple. */
function wordScore(l: string[], c: string, r: string[], rightPairs: boolean): number {
  // fold each character once: this runs for every candidate of a lost byte
  const l1 = l.length > 0 ? foldChar(l[l.length - 1]!) : '', l2 = l.length > 1 ? foldChar(l[l.length - 2]!) : ''
  const r1 = r.length > 0 ? foldChar(r[0]!) : '', r2 = r.length > 1 ? foldChar(r[1]!) : ''
  const f = foldChar(c)
  return (
    Number(l1 !== '' && hasWord(l1 + f)) +
    Number(rightPairs && r1 !== '' && hasWord(f + r1)) +
    2 * Number(l2 !== '' && l1 !== '' && hasWord(l2 + l1 + f)) +
    2 * Number(r1 !== '' && r2 !== '' && hasWord(f + r1 + r2))
  )
}

/** The first character of a shifted span, whose lead byte is lost; memoised, as damage repeats. */
function pickLeadChar(trail: number, left: string, right: string, guess = false): string | null {
  const key = `${trail} ${left} ${right} ${guess}`
  if (!LEAD_CACHE.has(key)) {
    if (LEAD_CACHE.size > LEAD_CACHE_SIZE) LEAD_CACHE.clear()
    LEAD_CACHE.set(key, pickLostChar(LEAD_BYTES.map((x) => decodePair(x, trail)), left, right, guess))
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
  if (span.orphan) return readOrphanSpan(text, span, bytes)
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
  const first = pickLeadChar(bytes[0]!, left, chain.slice(0, 2).join(''))
  // A short span may read no word of its own (`,?罱K確定` is 最終確定: only 終 is read back): then the
  // first character, guessed from its lead byte and picked alone by the words it makes, must make one, and
  // the span as it stands must show damage (a rare character).
  if (words === 0 && (first === null || CJK_PUNCTUATION.has(first) || !isKnownWord(first, fixed[0]!) || !span.body.some(isRareLetter))) return null
  // The right neighbour completes a word with the repair: its pinyin note belongs to the same run.
  if (right !== '' && isKnownWord(fixed[fixed.length - 1]!, right)) end = skipNotes(text, end + 1)
  const tail = end > span.end ? right : ''
  // words that cannot decide may still leave one far more common candidate; failing that the byte is left out
  const lead = first ?? pickLeadChar(bytes[0]!, left, chain.slice(0, 2).join(''), true)
  return {
    to: (lead ?? '') + fixed.join('') + tail,
    end,
    lost: lead === null,
    reason: lead === null ? LEFT_OUT('gbk-shift') : 'gbk-shift',
  }
}

// Opening marks and the closing mark a span that restores one most likely ends with.
const CLOSING = new Map([['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ['（', '）'], ['【', '】']])

/**
 * Read back a span that ends in an orphan `?` (`曬穀?⒋驁?,` is 曬穀、打場,): its first character's lead
 * byte and its last character's trail byte are both unknown. Each is picked from the words it makes (the
 * last may also close a mark the span opened, `出現?皻舛隆?,` is 出現“氣堵”,); both guesses must succeed,
 * every realigned character must be common, and the reading must make a known word or close its mark.
 */
function readOrphanSpan(text: string, span: ShiftSpan, bytes: number[]): Reading | null {
  // bytes: trail of the first char, whole pairs, then the lead byte of the last char
  const fixed: string[] = []
  for (let i = 1; i + 1 < bytes.length; i += 2) {
    const c = decodePair(bytes[i]!, bytes[i + 1]!)
    if (c === null || !HAN.test(c)) return null
    fixed.push(c)
  }
  const lead = bytes[bytes.length - 1]!
  const right = hanAfter(text, span.end)
  const first = pickLeadChar(bytes[0]!, hanBefore(text, span.start), fixed.slice(0, 2).join(''))
  if (first === null) return null
  const close = CLOSING.get(first)
  const closes = close !== undefined && !fixed.includes(close) && gbkCode(close.charCodeAt(0)) >> 8 === lead
  const last = closes ? close : pickOrphanChar(lead, Number.NaN, [first, ...fixed].slice(-2).join(''), right)
  if (last === null || !isCommon(last)) return null
  const chain = [first, ...fixed, last, ...right.slice(0, 1)]
  // a realigned character outside the common ones must make a word with a neighbour; inside a mark the
  // span both opens and closes, most of them must be common
  const inWord = (k: number): boolean => isKnownWord(chain[k]!, chain[k + 1]!) || isKnownWord(chain[k - 1]!, chain[k]!)
  let rare = 0
  for (let k = 1; k <= fixed.length; k++) if (!isCommon(chain[k]!) && !inWord(k)) rare++
  if (closes ? 2 * rare > fixed.length : rare > 0) return null
  if (chainWords(chain) === 0 && !closes) return null
  return { to: first + fixed.join('') + last, end: span.end, lost: false, reason: 'gbk-shift' }
}

/**
 * Read a run of Han characters as UTF-8 bytes that were decoded as GBK; null unless it reads as
 * common characters. A last character cut short is filled only when one candidate makes a word.
 * @example readUtf8Run('瀵逛笉璧') // → { to: '对不起', … }
 */
function readUtf8Run(run: string): { to: string; lost: boolean } | null {
  const bytes = run.includes(EURO) ? Uint8Array.from([...run].flatMap((c) => (c === EURO ? [0x80] : [...gb18030(c)]))) : gb18030(run)
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
    true,
  )
  return { to: out.join('') + (last ?? ''), lost: last === null }
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

// A whole page of UTF-8 read as GBK: most of its letters are rare (`鍐流感` …), where Chinese text has a few in a hundred.
const PAGE_SAMPLE_LETTERS = 1000
const PAGE_MIN_LETTERS = 40
const PAGE_RARE_SHARE = 0.3
// The re-read must be UTF-8 but for the characters whose last byte the first reading lost (one in ten at most)
// and read as common text.
const REREAD_MAX_LOST = 0.1
const REREAD_MAX_RARE = 0.08
const LOOSE_UTF8 = new TextDecoder('utf-8')

/** Share of rare letters among the first letters of a text (Han, kana, bopomofo), and how many were seen. */
function rareShare(text: string): { share: number; letters: number } {
  let letters = 0
  let rare = 0
  for (let i = 0; i < text.length && letters < PAGE_SAMPLE_LETTERS; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x2e80 || (code >= 0xd800 && code <= 0xdfff)) continue
    const cls = charClass(code)
    if (!(cls & LETTER)) continue
    letters++
    if (!(cls & COMMON)) rare++
  }
  return { share: letters === 0 ? 0 : rare / letters, letters }
}

/**
 * A page whose UTF-8 bytes were decoded as GBK before it was saved, read again as UTF-8; null when the
 * text is not such a page (most of its letters common) or the re-read does not read as Chinese.
 * Spans inside a good page are repairMojibake's; a whole page has to go back to bytes before
 * anything else (converted to Simplified, it could no longer be undone).
 * The count of characters whose last byte was lost (now U+FFFD) comes with it.
 * @example rereadUtf8Page('鍐流感进入高发期 涓撳鎻愰啋…')?.text // → '冬季流感进入高发期 专家提醒…'
 */
export function rereadUtf8Page(text: string): { text: string; lost: number } | null {
  const before = rareShare(text)
  if (before.letters < PAGE_MIN_LETTERS || before.share < PAGE_RARE_SHARE) return null
  // A byte the first reading could not pair is U+FFFD there; as `?` it stays one mark, not four GB18030 bytes.
  // Code page 936 (`gbk`), not GB18030: a lone 0x80 was read as `€`, which GB18030 would write as two other bytes.
  const again = LOOSE_UTF8.decode(loadIconv().encode(text.replace(/\ufffd/gu, '?'), 'gbk')).replace(/\ufffd\?/gu, '\ufffd')
  let lost = 0
  for (let i = 0; i < again.length; i++) if (again.charCodeAt(i) === 0xfffd) lost++
  if (lost > again.length * REREAD_MAX_LOST) return null
  const after = rareShare(again)
  return after.letters >= PAGE_MIN_LETTERS && after.share <= REREAD_MAX_RARE ? { text: again, lost } : null
}

/**
 * Find and repair one-byte-shift GBK mojibake (and UTF-8 read as GBK, `瀵逛笉璧` → 对不起). Pinyin
 * notes inside or right after a damaged span go with the repair. A repair is accepted only when the
 * result is made of common characters and known words; where a byte is truly lost, the character is
 * filled only when the surrounding word leaves a single candidate (拓? + 結構 → 拓撲結構), or when of the
 * candidates that tie on words one is far more common (减少外? → 减少外出); otherwise it is left out (a
 * U+FFFD printed in the text would damage it more than the gap) and the span is reported as unresolved.
 * @example repairMojibake('網絡拓?fù)浣Y(jié)構(gòu)').text // → '網絡拓撲結構'
 */
export function repairMojibake(text: string): MojibakeRepair {
  const fixes: MojibakeFix[] = []
  const unresolved: MojibakeSpan[] = []
  const unrepaired: MojibakeSpan[] = []
  const suspects = findSuspects(text)
  if (suspects.length === 0) return { text, fixes, unresolved, unrepaired }
  const edits: { index: number; end: number; to: string }[] = []
  for (const suspect of suspects) {
    const done = edits.length > 0 ? edits[edits.length - 1]!.end : 0
    if (suspect.index < done) continue
    const edit =
      suspect.reason === 'gbk-shift' ? shiftEdit(text, suspect)
      : suspect.reason === REMNANT_RUN ? unmarkedEdit(text, suspect, done)
      : suspect.reason === UTF8_RUN ? utf8Edit(suspect)
      : (utf8Edit(suspect) ?? unmarkedEdit(text, suspect, done))
    if (!edit) {
      // a run found by its shape alone, with nothing rare in it, is only a guess: no warning, but for the shape a shift
      // most often takes, a lost stop's form and one or two characters cut short by an ASCII mark (`平衡４送?,噪音`)
      if (suspect.reason === REMNANT_RUN && !isShortStopRun(text, suspect)) continue
      unrepaired.push({ ...suspect, reason: `${suspect.reason}: no clearly better reading` })
      continue
    }
    edits.push(edit)
    fixes.push({ index: edit.index, from: text.slice(edit.index, edit.end), to: edit.to })
    if (edit.lost) unresolved.push({ index: edit.index, text: text.slice(edit.index, edit.end), reason: edit.reason })
  }
  return { text: applyEdits(text, edits), fixes, unresolved, unrepaired }
}

/**
 * What repairMojibake did: the repaired text, every repair, the repairs that left a lost character
 * out (`unresolved`), and the suspect spans it left as they were (`unrepaired`).
 */
export interface MojibakeRepair { text: string; fixes: MojibakeFix[]; unresolved: MojibakeSpan[]; unrepaired: MojibakeSpan[] }

interface Edit { index: number; end: number; to: string; lost: boolean; reason: string }

/** The reason of a repair that left a lost character out: printing U+FFFD would damage the text more than a gap. */
const LEFT_OUT = (kind: string): string => `${kind}: lost byte left out, no single candidate`

function shiftEdit(text: string, suspect: MojibakeSpan): Edit | null {
  const span = parseShiftSpan(text, suspect.index)
  const reading = span && readShiftSpan(text, span)
  return reading && { index: suspect.index, ...reading }
}

function utf8Edit(suspect: MojibakeSpan): Edit | null {
  const reading = readUtf8Run(suspect.text)
  if (!reading) return null
  const reason = reading.lost ? LEFT_OUT('utf8-as-gbk') : 'utf8-as-gbk'
  return { index: suspect.index, end: suspect.index + suspect.text.length, to: reading.to, lost: reading.lost, reason }
}

// ---------------------------------------------------------------------------------------------
// Shifts with no `?`: the lost lead byte left no mark.

// How far a rare run is followed back to where the shift may start, and ahead to the byte that
// re-synchronises it (the dev dump's run is 29 characters, 6 of them before its rare stretch).
const MAX_UNMARKED_BACK = 24
const MAX_UNMARKED_AHEAD = 64
// A reading needs at least this many realigned characters, and this many more known words than the
// run has as it stands (plus one for every UNMARKED_WORDS_PER characters it replaces).
const MIN_UNMARKED_CHARS = 3
const UNMARKED_MARGIN = 2
const UNMARKED_WORDS_PER = 4
// The most a start's lead character adds to its score: two known words, one common character and a
// restored stop (scored as a word).
const LEAD_MAX_SCORE = 7

/** The GBK bytes (lead << 8 | trail) of the BMP character at `i`; 0 for ASCII, surrogates and characters with none. */
function pairAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  return code < 0x80 || (code >= 0xd800 && code <= 0xdfff) || Number.isNaN(code) ? 0 : gbkCode(code)
}

/** A character in a reading: common +1, U+FFFD 0, private-use (an undecodable pair, sure damage) −2, others −1. */
const keptScore = (c: string): number => (c === '\ufffd' ? 0 : isCommon(c) ? 1 : c >= '\ue000' && c <= '\uf8ff' ? -2 : -1)

/** Known words between neighbours of a chain of characters. */
function chainWords(chain: readonly string[]): number {
  let words = 0
  for (let k = 1; k < chain.length; k++) if (isKnownWord(chain[k - 1]!, chain[k]!)) words++
  return words
}

/**
 * Read back a rare run whose first lead byte was lost with no `?` to mark it: `表示` + U+E0DE + `挥芯…鞘褂肧K`
 * is 表示，没有经过…使用SK (the lost byte is the A3 of `，` = A3 AC; AC C3 decodes as U+E0DE).
 * Every damaged character is the trail byte of one character and the lead byte of the next, so the
 * run ends at the character whose second byte is ASCII (`肧` = C3 53: 用's trail and `S`), just
 * before an ASCII letter that is the last trail byte (a pinyin note after it goes too), or just before
 * a `?` that is the last lead byte left with no partner (`帮助Ｒ皆夯箍?通` is 帮助。医院还开通: 开 = BF AA,
 * and AA with 通's lead byte is no character, so it shows as `?`; that character is filled only where the
 * words around it pick one). Where it starts is not marked: each start from `floor` on is tried (none before a
 * punctuation mark, none before a full-width form that stands for a lost stop, see lostStop), and the
 * text that reads best (known words, then common characters) wins. The reading must be common characters
 * and beat the run as it stands by a clear margin of known words, so that names and classical or
 * Taiwanese text stay as they are.
 */
// Characters a real question ends with, before its `?`.
const QUESTION_END = /[吗呢么嘛吧啊呀哪谁何嗎麼]/u

function unmarkedEdit(text: string, suspect: MojibakeSpan, floor: number): Edit | null {
  const edit = readUnmarked(text, suspect, floor, true)
  if (edit) return edit
  // a `?` taken for a hole may be the run's last byte after all (`帮助Ｒ皆夯箍?通`): read it again that way
  const q = text.indexOf('?', suspect.index)
  return q >= 0 && q - suspect.index < MAX_UNMARKED_AHEAD ? readUnmarked(text, suspect, floor, false) : null
}

// A long shifted run over full-width text meets an undecodable pair every few characters: at most this many holes are read through.
const MAX_HOLES = 12
// The run's characters after its last hole: the hole's second character and at least one more.
const HOLE_TAIL_MIN = 2

/**
 * Whether the `?` at `q` is a hole inside a shifted run: a pair of bytes that decoded as nothing (the trail byte
 * of one character and the lead byte of the next, `诠?笮` in `Ｊ艽航诠?笮枨` is 过后需: FD BA is no character),
 * with shifted characters on both sides.
 */
const isHole = (text: string, q: number): boolean =>
  pairAt(text, q - 1) >= 0x8000 && (pairAt(text, q - 1) & 0xff) >= 0x80 && pairAt(text, q + 1) !== 0

/**
 * The two characters a hole stands for: `a` has the known lead byte `aLead` and an unknown trail t, `b` an unknown
 * lead l and the known trail `bTrail`, and (t, l) must decode as nothing, or the decoder would have shown it (so
 * `续走` fills `癯中?叩`, not `续高`: F8 B8 is a character). The pair is scored as a whole by the words it makes with
 * its neighbours and with each other (a sentence mark counts half, as in pickLostChar); where several pairs tie at
 * the top, a side they do not agree on is left out ('').
 */
function fillHole(aLead: number, bTrail: number, left: string, right: string): [string, string] {
  const key = `hole ${aLead} ${bTrail} ${left} ${right}`
  let hit = HOLE_CACHE.get(key)
  if (hit === undefined) {
    if (HOLE_CACHE.size > LEAD_CACHE_SIZE) HOLE_CACHE.clear()
    const l1 = foldChar(left), [r1 = '', r2 = ''] = [...right].map(foldChar)
    const as = ORPHAN_BYTES.flatMap((t) => holeSide(decodePair(aLead, t), t))
    const bs = LEAD_BYTES.flatMap((l) => holeSide(decodePair(l, bTrail), l))
    const aScore = as.map(({ f, mark }) => (mark ? 0.5 : Number(l1 !== '' && hasWord(l1 + f))))
    const bScore = bs.map(({ f, mark }) => (mark ? 0.5 : Number(r1 !== '' && hasWord(f + r1)) + 2 * Number(r1 !== '' && r2 !== '' && hasWord(f + r1 + r2))))
    let best = 0.5
    let top: [string, string][] = []
    for (let i = 0; i < as.length; i++) {
      for (let j = 0; j < bs.length; j++) {
        const a = as[i]!, b = bs[j]!
        if (decodePair(a.byte, b.byte) !== null) continue
        let score = aScore[i]! + bScore[j]!
        if (!a.mark && !b.mark) score += Number(hasWord(a.f + b.f)) + 2 * Number(r1 !== '' && hasWord(a.f + b.f + r1))
        if (score > best) { best = score; top = [] }
        if (score === best) top.push([a.c, b.c])
      }
    }
    const agreed = (side: 0 | 1): string => (top.length > 0 && top.every((p) => p[side] === top[0]![side]) ? top[0]![side] : '')
    HOLE_CACHE.set(key, (hit = [agreed(0), agreed(1)]))
  }
  return hit
}

/** A candidate side of a hole: a common character or a sentence mark, with its folded form and the unknown byte that gives it. */
function holeSide(c: string | null, byte: number): { c: string; f: string; mark: boolean; byte: number }[] {
  if (c === null || !isCommon(c)) return []
  return [{ c, f: foldChar(c), mark: CJK_PUNCTUATION.has(c), byte }]
}
const HOLE_CACHE = new Map<string, [string, string]>()

function readUnmarked(text: string, suspect: MojibakeSpan, floor: number, throughHoles: boolean): Edit | null {
  const first = suspect.index
  // the last damaged character, and the trail letter after it if its second byte is not the ASCII one
  let last = first
  let letter = ''
  let orphan = false
  // text indexes of the holes read through
  const holes: number[] = []
  for (;; last++) {
    if (last - first >= MAX_UNMARKED_AHEAD) return null
    const pair = pairAt(text, last)
    if (pair === 0) {
      if (last === first) return null
      if (throughHoles && text[last] === '?' && holes.length < MAX_HOLES && isHole(text, last)) { holes.push(last); continue }
      if (text[last] === '?' && ORPHAN_NEXT.test(text[last + 1] ?? '')) orphan = true
      else if (!TRAIL_ASCII.test(text[last] ?? '') || ASCII_WORD.test(text[last + 1] ?? '')) return null
      else letter = text[last]!
      last--
      break
    }
    if ((pair & 0xff) < 0x80) break
  }
  // A hole lies inside the run: a `?` with only the character that ends the run after it, one whose own trail byte is
  // ASCII (`鹿?業`: 業 is 98 49, no shifted character), is the run's last byte, read the old way (工業). Before a shifted
  // character whose trail letter follows (`皩?崿F`: 實現) it is a hole.
  if (holes.length > 0 && last - holes[holes.length - 1]! < HOLE_TAIL_MIN && (pairAt(text, last) & 0xff) < 0x80) return null
  // before the rare stretch, the run can only hold characters whose second byte can be a lead byte
  let lo = first
  while (lo > floor && first - lo < MAX_UNMARKED_BACK && (pairAt(text, lo - 1) & 0xff) >= 0x81) lo--
  const chars = [...text.slice(lo, last + 1)]
  const pairs = chars.map((c) => gbkCode(c.charCodeAt(0)))
  const m = chars.length
  // fixed[k]: the character whose lead byte ends chars[k - 1] and whose trail byte starts chars[k]
  const fixed: string[] = ['']
  let from = 0
  const holeAt = new Set(holes.map((q) => q - lo))
  // past the first hole the shift has started: a rarer character there is read as it is, and scored as rare
  const firstHole = holes.length > 0 ? holes[0]! - lo : m
  for (let k = 1; k < m; k++) {
    // the two characters of a hole are filled below
    if (holeAt.has(k) || holeAt.has(k - 1)) { fixed.push(''); continue }
    const c = decodePair(pairs[k - 1]! & 0xff, pairs[k]! >> 8)
    fixed.push(c !== null && (isCommon(c) || k > firstHole) ? c : '')
    if (fixed[k] === '') from = k
  }
  for (const h of holeAt) {
    const [a, b] = fillHole(pairs[h - 1]! & 0xff, pairs[h + 1]! >> 8, fixed[h - 1]!, (fixed[h + 2] ?? '') + (fixed[h + 3] ?? ''))
    fixed[h] = a
    fixed[h + 1] = b
  }
  const tail = orphan ? '' : letter === '' ? String.fromCharCode(pairs[m - 1]! & 0xff) : decodePair(pairs[m - 1]! & 0xff, letter.charCodeAt(0))
  if (tail === null || (letter !== '' && !isCommon(tail))) return null
  // A start needs MIN_UNMARKED_CHARS realigned characters after it (a character guessed for a `?` is not one).
  // A form of REMNANT_CHAR after a Han character or a closing mark is the second byte of a stop whose lead
  // byte was lost (`问题Ｄ壳` is 问题。目前: 。 = A1 A3, Ｄ = A3 C4): a start there reads as that stop, and may
  // have one character fewer if the two it has make a word.
  const lostStop = (k: number): boolean => k < m && stopRemnantAt(text, lo + k)
  const shortStart = m - MIN_UNMARKED_CHARS
  let to = shortStart - 1
  if (shortStart >= from && lostStop(shortStart) && isKnownWord(fixed[m - 2]!, fixed[m - 1]!)) to = shortStart
  // A stop lost just before the run ends, with one or two shifted characters after its form (`取餐Ｆ髽I` is 取餐。企業,
  // `平衡４送?,` is 平衡。此外, `Ｓ虚T(men)店` is 。有門店): the most common shape where an ASCII comma or a note cuts
  // the run short. The character the trail letter completes (業), the one picked for the `?` (外) and the word with
  // the character after the run (門店) are realigned too; the margin below counts them (see `ends`).
  let shortStop = -1
  if (holes.length === 0 && !hasLostStop(from, to, lostStop)) {
    for (let k = Math.max(from, shortStart + 1); k <= m - 2 && shortStop < 0; k++) if (lostStop(k)) shortStop = to = k
    // a `?` after a form, a digit say, is most often a real question (`近５年?,我们`: 的 + a character picked for
    // making a word with it): it ends such a run only where a pinyin note after it spells the lost character
    if (orphan && (noteSpelling(text, last + 2) === '' || QUESTION_END.test(chars[m - 1]!))) shortStop = -1
    if (shortStop < 0) to = shortStart - 1
  }
  // the shift starts before its first hole
  if (holes.length > 0) to = Math.min(to, holes[0]! - lo - 1)
  // The text before such a form reads as it stands, and so does a punctuation mark (a shifted pair is one
  // only where a character ending in A1 or A3 meets a mark): no start before either.
  for (let k = to; k >= from; k--) {
    if (lostStop(k)) { from = k; break }
    if (MARKS.has(chars[k]!)) { from = k + 1; break }
  }
  if (from > to) return null
  // the start s keeps chars[..s), loses the lead byte of chars[s] and reads fixed[s + 1..] after it
  // score(s) = 2 × known words + kept-character scores of chars[from..s) + lead + fixed[s + 1..],
  // from running sums; the lead (the costly part) is picked only where it can still win
  const keptWords = [0]
  const keptSum = [0]
  for (let k = from; k < to; k++) {
    // a word with the character before counts at every start alike, so that no start gains by breaking one
    keptWords.push(keptWords[keptWords.length - 1]! + Number(k > 0 && isKnownWord(chars[k - 1]!, chars[k]!)))
    keptSum.push(keptSum[keptSum.length - 1]! + keptScore(chars[k]!))
  }
  const fixedRest = new Array<number>(m + 1).fill(0)
  for (let k = m - 1; k > from; k--) {
    fixedRest[k] = fixedRest[k + 1]! + keptScore(fixed[k]!) + 2 * Number(k + 1 < m && isKnownWord(fixed[k]!, fixed[k + 1]!))
  }
  const bare = (s: number): number => 2 * keptWords[s - from]! + keptSum[s - from]! + fixedRest[s + 1]!
  let top = -Infinity
  for (let s = from; s <= to; s++) top = Math.max(top, bare(s))
  let best: { s: number; lead: string | null; score: number } | null = null
  // the starts that tie with the best
  const ties: number[] = []
  for (let s = from; s <= to; s++) {
    // a lead adds at most LEAD_MAX_SCORE
    if (bare(s) + LEAD_MAX_SCORE < top || (best && bare(s) + LEAD_MAX_SCORE <= best.score)) continue
    const lead = (lostStop(s) && stopFor(pairs[s]! >> 8)) || pickLeadChar(pairs[s]! >> 8, hanBefore(text, lo + s), fixed[s + 1]! + fixed[s + 2]!)
    let score = bare(s)
    if (lead !== null) {
      score += keptScore(lead) + 2 * Number(isKnownWord(lead, fixed[s + 1]!))
      if (s > 0) score += 2 * Number(isKnownWord(chars[s - 1]!, lead))
      // the stop restored at a full-width form counts as a word
      if (lostStop(s) && CJK_PUNCTUATION.has(lead)) score += 2
    }
    if (!best || score > best.score) { best = { s, lead, score }; ties.length = 0 }
    if (score === best.score) ties.push(s)
  }
  let { s, lead } = best!
  // A short start, and a shift that ends in `?`, are taken only where the start restores a stop: where a
  // character's own lead byte was lost mid-sentence, nothing marks the start and the guesses add up.
  const restoresStop = lostStop(s) && lead !== null && CJK_PUNCTUATION.has(lead)
  if (s >= shortStart && !restoresStop) return null
  // A run of rare letters ending in `?` that restores no stop (a headline has none to lose: `改锓桨腹珌?` is 改革方案公佈)
  // starts where a character's own lead byte was lost: on the one tied start whose character is rare (what a shifted
  // pair mostly decodes to); it is read only where its realigned characters make two known words (see `titleRun`).
  const titleRun = orphan && !restoresStop
  if (titleRun) {
    const rareStarts = ties.filter((k) => !isCommon(chars[k]!))
    if (suspect.reason !== 'rare-run' || holes.length > 0 || rareStarts.length !== 1) return null
    s = rareStarts[0]!
    lead = pickLeadChar(pairs[s]! >> 8, hanBefore(text, lo + s), fixed[s + 1]! + fixed[s + 2]!)
  }
  const reading = [lead ?? '\ufffd', ...fixed.slice(s + 1)]
  const before = chars.slice(s)
  // the `?` after the run is the last character's second byte: the words around it pick it, or nothing does
  // A pinyin note right after that `?` was glued to the lost character and spells it (`Ｒ晃卉?(che)企` is 。一位車企):
  // it picks among the candidates, and goes with the span (a converter's note never follows a real `?` here).
  const spelled = orphan ? noteSpelling(text, last + 2) : ''
  const after = orphan ? skipNotes(text, last + 2) : last + 2
  const right = orphan ? hanAfter(text, after) : ''
  const lastChar = orphan ? pickOrphanChar(pairs[m - 1]! & 0xff, text.charCodeAt(last + 2), reading.slice(-2).join(''), right, false, spelled) : null
  if (orphan) reading.push(lastChar ?? '\ufffd')
  // the character the trail letter completes is realigned too (練三次！币灿屑议L is 練三次。”也有家長: 家長), and after a
  // short stop so is the word with the character after the run
  const ends = orphan ? right.slice(0, 1) : letter === '' ? '' : s === shortStop ? tail + hanAfter(text, skipNotes(text, last + 2)).slice(0, 1) : tail
  const words = chainWords([...reading, ...ends]) + (restoresStop ? 1 : 0)
  const margin = chainWords(before) + UNMARKED_MARGIN + (titleRun ? 0 : Math.floor(before.length / UNMARKED_WORDS_PER))
  if (words < margin || (titleRun && (lastChar === null || chainWords(fixed.slice(s + 1)) + Number(isKnownWord(fixed[m - 1]!, lastChar)) < 2))) return null
  const end = orphan ? after : letter === '' ? last + 1 : skipNotes(text, last + 2)
  // the words counted above saw no guess; a far more common candidate fills a lost character, or it is left out
  if (lead === null) reading[0] = pickLeadChar(pairs[s]! >> 8, hanBefore(text, lo + s), fixed[s + 1]! + fixed[s + 2]!, true) ?? ''
  if (orphan && lastChar === null) {
    // at the end of a block the last byte of A1 A3 is the paragraph's full stop
    const stop = last + 2 >= text.length && decodePair(pairs[m - 1]! & 0xff, 0xa3) === '。' ? '。' : ''
    reading[reading.length - 1] = pickOrphanChar(pairs[m - 1]! & 0xff, text.charCodeAt(last + 2), reading.slice(-3, -1).join(''), right, true, spelled) ?? stop
  }
  const lost = reading.includes('')
  // A `?` right before the run stood for the lost byte (`推动?用裣…` → 推动居民…), unless it ends a question.
  const marked = text[lo + s - 1] === '?' && lo + s - 1 >= floor && HAN.test(text[lo + s - 2] ?? '') && !QUESTION_END.test(text[lo + s - 2]!)
  return {
    index: lo + s - (marked ? 1 : 0),
    end,
    to: reading.join('') + tail,
    lost,
    reason: lost ? LEFT_OUT('gbk-shift without ?') : 'gbk-shift without ?',
  }
}

// The longest run (form included) warned about when it stays unread.
const SHORT_STOP_RUN = 3

/**
 * Whether a run found by its shape is a lost stop's form and one or two characters ending at the trail letter of a
 * note-less ASCII stretch, or at a `?` before an ASCII comma or bracket (`４送?,`): the shift cut short.
 */
function isShortStopRun(text: string, span: MojibakeSpan): boolean {
  if (span.text.length > SHORT_STOP_RUN || !stopRemnantAt(text, span.index)) return false
  const end = span.index + span.text.length
  const c = text[end] ?? ''
  if (c === '?') return /^[,(]$/.test(text[end + 1] ?? '')
  if (!TRAIL_ASCII.test(c) || ASCII_WORD.test(text[end + 1] ?? '')) return false
  // the character the trail letter completes must be a common one (`第３季T恤`: 季's BE and T make none)
  const tail = decodePair(pairAt(text, end - 1) & 0xff, c.charCodeAt(0))
  return tail !== null && isCommon(tail)
}

/** Whether a full-width form standing for a lost stop lies in chars[from..to]. */
function hasLostStop(from: number, to: number, lostStop: (k: number) => boolean): boolean {
  for (let k = from; k <= to; k++) if (lostStop(k)) return true
  return false
}

/** The one sentence mark (FIRST_VICTIMS) whose second byte is `trail` (。 for A3, 、 for A2); null if none or several. */
function stopFor(trail: number): string | null {
  let stop = STOPS.get(trail)
  if (stop === undefined) {
    const marks = LEAD_BYTES.map((x) => decodePair(x, trail)).filter((c) => c !== null && FIRST_VICTIMS.has(c))
    STOPS.set(trail, (stop = marks.length === 1 ? marks[0]! : null))
  }
  return stop
}
const STOPS = new Map<number, string | null>()

/** The tone-less letters of the pinyin note at `i` (`(chē)` → che); '' when no note starts there. */
function noteSpelling(text: string, i: number): string {
  PINYIN_NOTE.lastIndex = i
  const m = PINYIN_NOTE.exec(text)
  return m ? readSpelling(m[0].slice(1, -1).trim()).letters.join('') : ''
}

/** Up to two Han characters from index `i`; '' when there are none. */
function hanAfter(text: string, i: number): string {
  let out = ''
  for (let k = i; k < i + 2 && HAN.test(text[k] ?? ''); k++) out += text[k]
  return out
}

/**
 * The last character of a shift whose second byte, left with no partner, shows as `?`: its lead byte
 * is `lead`; a second byte that would have paired with the next character's lead byte is ruled out
 * (the decoder would have read the two as one character).
 */
function pickOrphanChar(lead: number, nextCode: number, left: string, right: string, guess = false, spelled = ''): string | null {
  const next = Number.isNaN(nextCode) || nextCode < 0x80 ? 0 : gbkCode(nextCode) >> 8
  const key = `?${lead} ${next} ${left} ${right} ${guess} ${spelled}`
  if (!LEAD_CACHE.has(key)) {
    if (LEAD_CACHE.size > LEAD_CACHE_SIZE) LEAD_CACHE.clear()
    let candidates = ORPHAN_BYTES.map((x) => (next !== 0 && decodePair(x, next) !== null ? null : decodePair(lead, x)))
    // a note spelling the character leaves only the candidates read so; one of them is the character
    if (spelled !== '') candidates = candidates.map((c) => (c !== null && HAN.test(c) && readsAs(c, spelled, true) ? c : null))
    const read = candidates.filter((c) => c !== null)
    LEAD_CACHE.set(key, spelled !== '' && read.length === 1 ? read[0]! : pickLostChar(candidates, left, right, guess))
  }
  return LEAD_CACHE.get(key)!
}
// A second byte 40–7E would have shown as itself (a trail letter): the one shown as `?` is 80–FE.
const ORPHAN_BYTES = Array.from({ length: 0xfe - 0x80 + 1 }, (_, i) => 0x80 + i)

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
