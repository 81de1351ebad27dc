import { pinyinReadings } from './pinyin-readings.js'
import { PINYIN_SYLLABLES, TONED_ONLY_SYLLABLES } from './pinyin-syllables.js'
import { TRADITIONAL_ONLY_BIT, scriptBitsOf } from './tables.js'

/**
 * Pinyin notes glued after characters by a Simplified → Traditional converter:
 * `網(wǎng)`, `當(dāng)前位置`, `1月(yue)8日(ri)`, `的(de)(de)(de)`, a note cut off at a line end `技術(sh`.
 * Each candidate is validated against the syllable inventory, so real parentheses such as
 * `(MoE)`, `(Kurt Tong)` or `(30 歲)` are never candidates that pass.
 */

/** Letters a note may be spelled with: ASCII, ü, ê, precomposed tone vowels, combining marks, `:` of `u:`. */
const NOTE_LETTER =
  'A-Za-z:üÜêÊāáǎàĀÁǍÀēéěèĒÉĚÈếềẾỀīíǐìĪÍǏÌōóǒòŌÓǑÒūúǔùŪÚǓÙǖǘǚǜǕǗǙǛńňǹŃŇǸḿḾ\\u0300-\\u030C'

/**
 * One note candidate, right after a Han character, a closing parenthesis (a repeated note) or a `?` (a lost character).
 * Group 1 is the spelling; group 2 is the closing part, empty when the note is cut off at a line end.
 * Every piece is a bounded character class with no nesting, so matching is linear even on `((((…`.
 */
const NOTE_CANDIDATE = new RegExp(
  `(?<=\\p{Script=Han}|[)）?])[(（]([${NOTE_LETTER}]{1,9})([ \\u00a0\\u3000]?[)）]|$)`,
  'gmu',
)

/** Cheap test for any tone mark, precomposed or combining; a document without one shows no notes. */
const ANY_TONE_MARK = /[āáǎàĀÁǍÀēéěèĒÉĚÈếềẾỀīíǐìĪÍǏÌōóǒòŌÓǑÒūúǔùŪÚǓÙǖǘǚǜǕǗǙǛńňǹŃŇǸḿḾ\u0300\u0301\u0304\u030C]/u

/** Combining tone marks after NFD: tones 1–4. */
const TONE_MARKS: ReadonlySet<string> = new Set(['\u0304', '\u0301', '\u030C', '\u0300'])

const SYLLABLES: ReadonlySet<string> = new Set(PINYIN_SYLLABLES)
const TONED_ONLY: ReadonlySet<string> = new Set(TONED_ONLY_SYLLABLES)

/** Every prefix of every syllable, for notes cut off mid-syllable (`(sh`, `(zhō`); built on first use. */
let syllablePrefixes: ReadonlySet<string> | undefined
const getSyllablePrefixes = (): ReadonlySet<string> => (syllablePrefixes ??= new Set(
  [...PINYIN_SYLLABLES, ...TONED_ONLY_SYLLABLES].flatMap((s) =>
    Array.from({ length: [...s].length }, (_, i) => [...s].slice(0, i + 1).join('')),
  ),
))

const VOWELS = 'aeêiouü'

/** A candidate spelling reduced to its plain letters, with where its tone mark sits. */
export interface Spelling {
  /** Tone-less letters, `ü` and `ê` composed, `v` and `u:` read as `ü`. */
  letters: string[]
  /** Index into `letters` of the letter carrying the tone mark; -1 when tone-less. */
  toneAt: number
  /** More than one tone mark, or a mark with nothing before it. */
  broken: boolean
}

/**
 * Split a spelling into letters and its tone mark position.
 * @example readSpelling('lǜ') // → { letters: ['l', 'ü'], toneAt: 1, broken: false }
 */
export function readSpelling(spelling: string): Spelling {
  const letters: string[] = []
  let toneAt = -1
  let broken = false
  for (const ch of spelling.normalize('NFD').toLowerCase()) {
    const last = letters.length - 1
    if (TONE_MARKS.has(ch)) {
      if (toneAt !== -1 || last < 0) broken = true
      toneAt = last
    } else if (ch === '\u0308' && letters[last] === 'u') letters[last] = 'ü'
    else if (ch === '\u0302' && letters[last] === 'e') letters[last] = 'ê'
    else if (ch === ':' && letters[last] === 'u') letters[last] = 'ü'
    else if (ch === 'v') letters.push('ü')
    else if (/^[a-z]$/.test(ch)) letters.push(ch)
    else broken = true
  }
  return { letters, toneAt, broken }
}

/**
 * Where the standard orthography puts the tone mark: on a or e, on the o of ou,
 * else on the last vowel; on m or n for syllables without a vowel (ḿ, ňg).
 * @example toneVowelIndex(['g', 'u', 'i']) // → 2
 */
export function toneVowelIndex(letters: readonly string[]): number {
  const word = letters.join('')
  for (const v of ['a', 'e', 'ê']) if (letters.includes(v)) return letters.indexOf(v)
  if (word.includes('ou')) return letters.indexOf('o')
  for (let i = letters.length - 1; i >= 0; i--) if (VOWELS.includes(letters[i]!)) return i
  return letters.findIndex((l) => l === 'm' || l === 'n')
}

/** Lowercase, or one capital first letter (`Zhōng`); all-caps spellings are acronyms. */
const isNoteCase = (spelling: string): boolean => spelling.slice(1) === spelling.slice(1).toLowerCase()

const isCapitalised = (spelling: string): boolean => spelling[0] !== spelling[0]!.toLowerCase()

/** What a candidate turned out to be. */
export type Verdict = 'toned' | 'toneless' | 'none'

/**
 * Judge one candidate spelling: a toned note, a tone-less note, or not a note.
 * `complete` is false for a spelling cut off at a line end, which then only needs to be a syllable prefix.
 * Tone-less capitalised spellings (`(A)`, `(An)`) are labels, not notes.
 * @example judgeSpelling('wǎng', true) // → 'toned'
 */
export function judgeSpelling(spelling: string, complete: boolean): Verdict {
  if (!isNoteCase(spelling)) return 'none'
  const { letters, toneAt, broken } = readSpelling(spelling)
  if (broken || letters.length === 0) return 'none'
  const word = letters.join('')
  if (toneAt === -1) {
    if (isCapitalised(spelling)) return 'none'
    if (complete) return SYLLABLES.has(word) ? 'toneless' : 'none'
    return getSyllablePrefixes().has(word) ? 'toneless' : 'none'
  }
  if (complete) {
    if (!SYLLABLES.has(word) && !TONED_ONLY.has(word)) return 'none'
    return toneAt === toneVowelIndex(letters) ? 'toned' : 'none'
  }
  // A cut-off note: the mark must sit on a vowel (or the m/n of ḿ, ň) of a syllable prefix.
  const marked = letters[toneAt]!
  const canCarry = VOWELS.includes(marked) || (letters.length <= 2 && (marked === 'm' || marked === 'n'))
  return getSyllablePrefixes().has(word) && canCarry ? 'toned' : 'none'
}

/** A note accepted by the scan: its span in the text and whether it had a tone mark. */
interface NoteSpan {
  start: number
  end: number
  toned: boolean
  complete: boolean
}

/**
 * Which tone-less notes a scan takes: none, every one, or only those spelling a reading of the character
 * they follow (`麥(mai)`, `年（nian）`, a cut-off `技術(sh` when a reading of 術 starts so).
 */
export type ToneLess = boolean | 'reading'

/**
 * True when `spelling` (tone-less) is a reading of the Han character `noted`, or for a cut-off note the start of one.
 * @example readsAs('年', 'nian', true) // → true
 * @example readsAs('月', 'nian', true) // → false
 */
export function readsAs(noted: string, spelling: string, complete: boolean): boolean {
  const word = readSpelling(spelling).letters.join('')
  const readings = pinyinReadings()
  if (complete) return readings.get(word)?.includes(noted) === true
  for (const [syllable, characters] of readings) {
    if (syllable.startsWith(word) && characters.includes(noted)) return true
  }
  return false
}

/**
 * Yield the notes to remove, left to right. A note after a closing parenthesis counts only
 * when that parenthesis closed a note removed just before (`的(de)(de)`), never after a real one;
 * in 'reading' mode it is then read against the character the chain follows.
 */
function* scanNotes(text: string, toneless: ToneLess): Generator<NoteSpan> {
  let chainEnd = -1
  let noted = ''
  for (const m of text.matchAll(NOTE_CANDIDATE)) {
    const start = m.index
    const before = text[start - 1]!
    const chained = before === ')' || before === '）'
    if (chained && start !== chainEnd) continue
    const complete = m[2] !== ''
    const verdict = judgeSpelling(m[1]!, complete)
    // After `?` (a character lost to mojibake, `??(guó)家`) only a whole toned note counts: `吗?(a)` may be a label.
    if (before === '?' && !(verdict === 'toned' && complete)) continue
    if (!chained) noted = before
    const takeToneless = verdict === 'toneless' && (toneless === 'reading' ? readsAs(noted, m[1]!, complete) : toneless)
    if (verdict === 'toned' || takeToneless) {
      chainEnd = start + m[0].length
      yield { start, end: chainEnd, toned: verdict === 'toned', complete }
    }
  }
}

const mayHaveNotes = (text: string): boolean => text.includes('(') || text.includes('（')

/**
 * True when the text shows the annotation pattern: at least one tone-marked syllable note glued after a Han character.
 * @example hasPinyinNotes('中華網(wǎng) china.com') // → true
 * @example hasPinyinNotes('模型(MoE)架構(gòu)') // → true
 * @example hasPinyinNotes('1月(yue)8日(ri)') // → false
 */
export function hasPinyinNotes(text: string): boolean {
  if (!mayHaveNotes(text) || !ANY_TONE_MARK.test(text)) return false
  for (const note of scanNotes(text, false)) if (note.toned && note.complete) return true
  return false
}

// A page with this many toned notes shows the annotation pattern wherever they stand.
const SEVERAL_NOTES = 3

/** True when the character before `at` (a whole surrogate pair if astral) exists only in Traditional script. */
function afterTraditionalOnly(text: string, at: number): boolean {
  const low = text.charCodeAt(at - 1)
  const noted = low >= 0xdc00 && low <= 0xdfff ? text.slice(at - 2, at) : text[at - 1]!
  return (scriptBitsOf(noted) & TRADITIONAL_ONLY_BIT) !== 0
}

/**
 * True when a page's toned notes are a converter's, not an author's gloss: the converter notes
 * characters it changed, so one note after a Traditional-only character is enough; otherwise it takes
 * several notes. A lone `“囧(jiǒng)”` after a character both scripts share, on a page with no other note, is text.
 * @example showsConverterNotes(['網(wǎng)站']) // → true
 * @example showsConverterNotes(['网友称之为“囧(jiǒng)”']) // → false
 */
export function showsConverterNotes(texts: Iterable<string>): boolean {
  let toned = 0
  for (const text of texts) {
    if (!mayHaveNotes(text) || !ANY_TONE_MARK.test(text)) continue
    for (const note of scanNotes(text, false)) {
      if (!note.toned) continue
      if (++toned >= SEVERAL_NOTES) return true
      if (afterTraditionalOnly(text, note.start)) return true
    }
  }
  return false
}

// A page with no toned note shows the pattern through this many tone-less ones, spelling this many
// different syllables: a Big5 page cannot encode tone marks (`景區(qu)`, `節(jie)省`), while an author's
// `延遲(ping)` or a list label `(a)` comes once or twice, and a converter's notes spread over many syllables.
const SEVERAL_TONELESS = 5
const SEVERAL_TONELESS_SYLLABLES = 4

/**
 * True when the texts carry several tone-less notes glued right after characters only Traditional script
 * has (the characters a converter changed, and so noted), spelled with several different syllables: a
 * converter's notes on a page that could not print tone marks. Without a reading table the Traditional-only
 * character stands in for "the note fits": `网络延迟(ping)`, `(man)`, `(bin)` on a Simplified page never count.
 * Call it only when showsConverterNotes found no toned note to go by.
 * @example showsToneLessNotes(['景區(qu)負責人', '無(wu)人機', '起飛(fei)點', '節(jie)省', '小時(shi)']) // → true
 * @example showsToneLessNotes(['网络延迟(ping)过高', '1月(yue)8日(ri)']) // → false
 */
export function showsToneLessNotes(texts: Iterable<string>): boolean {
  let count = 0
  const syllables = new Set<string>()
  for (const text of texts) {
    if (!mayHaveNotes(text)) continue
    for (const note of scanNotes(text, true)) {
      if (note.toned || !note.complete || !afterTraditionalOnly(text, note.start)) continue
      count++
      syllables.add(text.slice(note.start + 1, note.end - 1).trim().toLowerCase())
      if (count >= SEVERAL_TONELESS && syllables.size >= SEVERAL_TONELESS_SYLLABLES) return true
    }
  }
  return false
}

// A page with no toned note also shows the pattern through this many tone-less notes that each spell a reading
// of the character they follow, on different characters: a real parenthesis after a character almost never
// holds that character's own sound, while `(GDP)`, `(2024)`, `（左）`, `(man)` or `延迟(ping)` spell none.
const SEVERAL_READING_NOTES = 4

/**
 * True when the texts carry several whole tone-less notes, on different characters, each spelling a reading
 * of the character it is glued to: a converter's notes on a page that could not print tone marks (Big5).
 * Call it only when showsConverterNotes found no toned note to go by.
 * @example showsReadingNotes(['河南麦(mai)收', '6月(yue)11日', '今年（nian）', '进(jin)度']) // → true
 * @example showsReadingNotes(['网络延迟(ping)过高', '报告(GDP)', '囧(jiong)', '囧(jiong)', '囧(jiong)']) // → false
 */
export function showsReadingNotes(texts: Iterable<string>): boolean {
  const seen = new Set<string>()
  for (const text of texts) {
    if (!mayHaveNotes(text)) continue
    for (const note of scanNotes(text, 'reading')) {
      if (note.toned || !note.complete) continue
      const before = text[note.start - 1]!
      if (before === ')' || before === '）') continue
      seen.add(before)
      if (seen.size >= SEVERAL_READING_NOTES) return true
    }
  }
  return false
}

/**
 * Remove pinyin notes glued after Han characters. With `toneless: true`, tone-less syllables are removed too
 * (use only when hasPinyinNotes said the document shows the pattern); with `toneless: 'reading'`, only those
 * spelling a reading of the character they follow (a page whose notes showsReadingNotes found).
 * @example stripPinyinNotes('當(dāng)前位置') // → '當前位置'
 * @example stripPinyinNotes('的(de)(de)網(wǎng)', { toneless: true }) // → '的網'
 * @example stripPinyinNotes('模型(MoE)架構(gòu)') // → '模型(MoE)架構'
 */
export function stripPinyinNotes(text: string, options: { toneless?: ToneLess } = {}): string {
  if (!mayHaveNotes(text)) return text
  const parts: string[] = []
  let kept = 0
  for (const note of scanNotes(text, options.toneless ?? false)) {
    parts.push(text.slice(kept, note.start))
    kept = note.end
  }
  if (parts.length === 0) return text
  parts.push(text.slice(kept))
  return parts.join('')
}

// Punctuation a converter's note lands after when the character it notes ends a clause (`轉讓,(ràng)`, `里。”(lǐ)`).
// The cheap test before it: a mark, then an opening parenthesis (most notes follow a Han character).
const MARK_THEN_PAREN = /[，,。、；;：:！!？?”」』][(（]/u
const NOTE_AFTER_MARKS = /(\p{Script=Han})([，,。、；;：:！!？?”」』]{1,2})[(（]([^()（）\s]{1,9})[)）]/gu
// A note at a line's start (`(biàn)稱`), noting the previous line's last character.
const NOTE_AT_START = /^[(（]([^()（）\s]{1,9})[)）]/u
// The rest of a note a wrap cut in two (`ùn)練` after `訓(x`).
const NOTE_REST_AT_START = /^([^()（）\s\p{Script=Han}]{1,8})[)）]/u
// A note cut off at a line's end, and the character it notes.
const CUT_NOTE_AT_END = /(\p{Script=Han})[(（]([^()（）\s]{1,8})$/u

/** The last code point of a text, '' for ''. */
function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1)
  return low >= 0xdc00 && low <= 0xdfff ? text.slice(-2) : text.slice(-1)
}

/** A whole toned note that spells a reading of `noted`. */
const isTonedReading = (noted: string, spelling: string): boolean =>
  judgeSpelling(spelling, true) === 'toned' && readsAs(noted, spelling, true)

/** The line without the note (or rest of a cut note) at its start that belongs to the end of the line before. */
function withoutNoteAtStart(line: string, before: string): string {
  if (before === '') return line
  const first = line[0]
  if (first === '(' || first === '（') {
    const m = NOTE_AT_START.exec(line)
    const noted = lastChar(before)
    return m && HAN.test(noted) && isTonedReading(noted, m[1]!) ? line.slice(m[0].length) : line
  }
  if (first === undefined || !line.includes(')') && !line.includes('）')) return line
  const rest = NOTE_REST_AT_START.exec(line)
  const cut = rest && CUT_NOTE_AT_END.exec(before.length > 12 ? before.slice(-12) : before)
  if (!rest || !cut) return line
  const spelling = cut[2]! + rest[1]!
  return judgeSpelling(spelling, true) !== 'none' && readsAs(cut[1]!, spelling, true) ? line.slice(rest[0].length) : line
}
const HAN = /^\p{Script=Han}$/u

/**
 * Remove a converter's notes that stand where the glued-note scan does not look, on a page that already
 * shows toned notes: after the punctuation that follows the noted character (`轉讓,(ràng)`, `研制，(zhì)`),
 * at a line's start noting the last character of the line before (`辯` / `(biàn)稱`), and the rest of a note a wrap
 * cut in two (`訓(x` / `ùn)練`). Each must be a whole toned syllable (or complete the cut one) that spells a
 * reading of the noted character, so `(NASA)`, `(2015)`, `“天樞一號”(Tianshu)` and `(David Wang)` stay.
 * `previous` is the text of the line (block) before, unrepaired.
 * @example stripDisplacedNotes('被轉讓,(ràng)新的經營者', '') // → '被轉讓,新的經營者'
 * @example stripDisplacedNotes('(biàn)稱,公司', '庭審中,被告辯') // → '稱,公司'
 * @example stripDisplacedNotes('ùn)練方式', '圍棋的訓(x') // → '練方式'
 */
export function stripDisplacedNotes(text: string, previous: string): string {
  let out = text
  if (mayHaveNotes(out) && MARK_THEN_PAREN.test(out) && ANY_TONE_MARK.test(out)) {
    out = out.replace(NOTE_AFTER_MARKS, (m, noted: string, marks: string, spelling: string) =>
      isTonedReading(noted, spelling) ? noted + marks : m)
  }
  if (!out.includes(')') && !out.includes('）')) return out
  if (!out.includes('\n')) return withoutNoteAtStart(out, previous)
  const lines = out.split('\n')
  return lines.map((line, i) => withoutNoteAtStart(line, i === 0 ? previous : lines[i - 1]!)).join('\n')
}
