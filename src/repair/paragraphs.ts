/**
 * Repairs over the list of paragraphs of a page, in reading order: hard wraps, watermarks, duplicates.
 * Pure functions `string[] → string[]`; the input array is never changed.
 */
import { displayWidth, hasLetters, isLowHalf, wrapJoint } from '../letters.js'

export { displayWidth }
import { HOST_NAME } from './tables.js'

/** Closing marks a paragraph can end with. */
const CLOSING = /[。！？!?…”」』）)】》"'.;；:：~～—]$/
/** Marks no paragraph starts with: the line was wrapped just before them. */
const CONTINUATION_START = /^[，,、。．.！!？?；;：:）)」』”》】…]/
/** Starts of a new paragraph or a heading: bullets, numbering, dates, brackets, meta labels. */
const NEW_PARAGRAPH_START =
  /^(?:[·•●○◆◇■□★☆※▲△►▶\-*#【\[〖（(《「『“]|\d{1,4}[.、．)）年\-/]|[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十百\d]+[章节節篇回条條部卷]|[\p{Script=Han}]{1,6}[：:])/u
/** Internal punctuation of running prose; headings and labels rarely carry it. */
const PROSE_MARK = /[，；,;]/
/** A line that ends with a date or a time is a complete list item (`…投资2005-03-28 11:29:36`). */
const DATE_END = /(?:\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?)$/

/**
 * A prose line cut mid-sentence (`…看着` / `去年房价猛涨…。`, `7月2日,中共` / `江州市委常委会召开会议,…。`): six characters
 * or more, with commas, not numbered or spaced like a list, and followed by prose that goes on to close a sentence
 * (`nextCloses`: the next line closes one, or is itself cut and its sentence closes further down).
 */
function cutMidSentence(prev: string, next: string, nextCloses: boolean): boolean {
  return hasCodePoints(prev, 6) && PROSE_MARK.test(prev) && !prev.includes(' ') && !NEW_PARAGRAPH_START.test(prev) &&
    !closes(prev) && !endsWithDate(prev) && (HAN_CHAR.test(lastCodePoint(prev)) || CLAUSE_END.test(prev)) &&
    hasCodePoints(next, 10) && HAN_START.test(next) && PROSE_MARK.test(next) && nextCloses
}
/** A clause mark at a line's end: the sentence goes on below (no paragraph ends on a comma). */
const CLAUSE_END = /[，,、]$/

/**
 * For each line, whether it is a prose line cut mid-sentence whose sentence closes in the next line or further down
 * (each line between cut the same way): `cutMidSentence` with its lookahead, over a sentence wrapped on many lines.
 */
function cutLines(texts: readonly string[]): boolean[] {
  const cut = new Array<boolean>(texts.length).fill(false)
  // the sentence of line i + 1 closes, there or further down
  let nextCloses = texts.length > 0 && closesSentence(texts[texts.length - 1]!)
  for (let i = texts.length - 2; i >= 0; i--) {
    cut[i] = cutMidSentence(texts[i]!, texts[i + 1]!, nextCloses)
    nextCloses = closesSentence(texts[i]!) || cut[i]!
  }
  return cut
}

/** At least `n` code points (what `[...text].length >= n` says, without the array). */
function hasCodePoints(text: string, n: number): boolean {
  if (text.length < n) return false
  if (text.length >= 2 * n) return true
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // the low half of a surrogate pair does not count again
    if (isLowHalf(text, i, code)) continue
    if (++count >= n) return true
  }
  return false
}

const HAN_CHAR = /^\p{Script=Han}$/u
const HAN_START = /^\p{Script=Han}/u
/** The last code point of a text ('' for ''), as `$` sees it under the `u` flag. */
function lastCodePoint(text: string): string {
  const n = text.length
  if (n >= 2) {
    const low = text.charCodeAt(n - 1)
    const high = text.charCodeAt(n - 2)
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return text.slice(n - 2)
  }
  return text.slice(n - 1)
}

/** CLOSING.test(text), looking at the last character only. */
const closes = (text: string): boolean => text !== '' && CLOSING.test(text[text.length - 1]!)
/** DATE_END.test(text): a match is at most 11 code units, so only the tail is searched. */
const endsWithDate = (text: string): boolean => DATE_END.test(text.length > 16 ? text.slice(-16) : text)
/** Ends a sentence that closes a paragraph of prose: `。`, maybe followed by one closing quote or bracket. */
function closesSentence(text: string): boolean {
  const n = text.length
  if (n === 0) return false
  if (text.charCodeAt(n - 1) === 0x3002) return true
  return n >= 2 && text.charCodeAt(n - 2) === 0x3002 && CLOSING_QUOTE.includes(text[n - 1]!)
}
const CLOSING_QUOTE = '”」』）)'


/** The most common width among long lines, when at least three lines share it: the page's wrap column. */
function wrapWidth(widths: ArrayLike<number>): number | null {
  const counts = new Map<number, number>()
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i]!
    if (w >= 40) counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  let best: number | null = null
  let bestCount = 2
  for (const [w, n] of counts) if (n > bestCount || (n === bestCount && best !== null && w > best)) { best = w; bestCount = n }
  return best
}


/**
 * Join paragraphs that a hard wrap or a stray break split (`…全省教学研究` / `会议。…`).
 * Main signal: several lines of (nearly) the same display width, the page's wrap column; a line that
 * fills it continues on the next one unless it closes a sentence or the next starts a paragraph.
 * Without a wrap column, a break is mended only where it plainly cuts a sentence: the next piece starts
 * with a comma, or a prose line without closing punctuation runs on into a prose line that ends one.
 * @example joinBrokenParagraphs(['就捡起一包毛衣', '，笑呵呵地往家走。']) // → ['就捡起一包毛衣，笑呵呵地往家走。']
 */
export function joinBrokenParagraphs(paras: readonly string[]): string[] {
  const n = paras.length
  const texts = paras.map((para) => para.trim())
  const widths = new Float64Array(n)
  for (let i = 0; i < n; i++) widths[i] = displayWidth(texts[i]!)
  const cut = cutLines(texts)
  const wrap = wrapWidth(widths)
  // a wrap column needs a run of at least two lines filling it in a row
  const fills = (i: number): boolean => wrap !== null && i >= 0 && i < n && widths[i]! >= wrap - 4 && widths[i]! <= wrap
  const inRun = (i: number): boolean => fills(i) && (fills(i - 1) || fills(i + 1))
  const out: string[] = []
  // pieces of the paragraph being built, joined once it is complete (no quadratic string growth)
  const pieces: string[] = []
  // the last piece: the tests look at it, never at the whole growing paragraph
  let prev = ''
  let currentWraps = false
  paras.forEach((para, i) => {
    const text = texts[i]!
    if (pieces.length > 0) {
      const startsNew = text === '' || NEW_PARAGRAPH_START.test(text)
      const joinWrap = currentWraps && text !== '' && !startsNew && !closes(prev) && !endsWithDate(prev)
      const joinComma = text !== '' && CONTINUATION_START.test(text) && prev !== '' && !closes(prev)
      const joinSentence = !startsNew && cut[i - 1]!
      if (joinWrap || joinComma || joinSentence) {
        if (pieces.length === 1) pieces[0] = pieces[0]!.trimEnd()
        pieces.push(wrapJoint(prev, text), text)
      } else {
        out.push(pieces.length === 1 ? pieces[0]! : pieces.join(''))
        pieces.length = 0
      }
    }
    if (pieces.length === 0) pieces.push(para)
    prev = text
    currentWraps = inRun(i)
  })
  if (pieces.length > 0) out.push(pieces.length === 1 ? pieces[0]! : pieces.join(''))
  return out
}

// An ad card inside the body (`广告下载APP领观影红包,春节档电影票9.9元起`): the ad label, bare, glued or bracketed, then at once
// a call to act; in either script, as the body may be left unconverted. A news paragraph that opens with 广告 goes on
// with the subject (`广告法规定…`, `广告点击率下降`, `推广下载量`), not with a call to the reader.
const AD_CARD_LABELS = ['广告', '廣告', '推广', '推廣', '赞助', '贊助', '商业推广', '商業推廣']
const AD_CARD_CALLS = ['下载', '下載', '点击', '點擊', '点此', '點此', '扫码', '掃碼', '扫一扫', '掃一掃', '领取', '領取', '立即下载', '立即下載']
const AD_CARD = new RegExp(`^[【\\[(（]?(?:${AD_CARD_LABELS.join('|')})[】\\])）]?[\\s|｜:：·]?(?:${AD_CARD_CALLS.join('|')})(?![量率数數])`, 'u')
// A card is short, in two parts (a comma or a space between the offer and its terms), and closes no sentence.
const AD_CARD_MAX = 40
const AD_CARD_PARTS = /[，,\s|｜]/u
const SENTENCE_CLOSE = /[。！？!?]["”」』）)]?$/u

/**
 * Drop ad cards that a text dump leaves among the body's paragraphs (the HTML drops them by their class): else a card
 * that ends on no stop is joined to the next paragraph as a sentence cut by a wrap.
 * @example dropAdCards(['正文。', '广告下载APP领观影红包,电影票9.9元起', '发布会上…。']) // → ['正文。', '发布会上…。']
 */
export function dropAdCards(paras: readonly string[]): string[] {
  return paras.filter((para) => {
    const text = para.trim()
    return !(text.length <= AD_CARD_MAX && AD_CARD.test(text) && AD_CARD_PARTS.test(text) && !SENTENCE_CLOSE.test(text))
  })
}

const WHITESPACE_RUNS = /\s+/g
/** The text without whitespace (the comparison key of paragraphs and sentences). */
const normalise = (text: string): string => text.replace(WHITESPACE_RUNS, '')

/** What `\s` (and `trim`) count as whitespace. */
function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && (code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0xfeff))
}

/**
 * The first two and last two code units of normalise(text.slice(from)), hashed into one small integer
 * (-1 when it is empty): equal keys have equal signatures (two keys may share one, which only lets
 * more keys through), and finding one looks at a few characters only.
 */
function signature(text: string, from: number): number {
  let start = from
  while (start < text.length && isWhitespace(text.charCodeAt(start))) start++
  if (start === text.length) return -1
  let second = start + 1
  while (second < text.length && isWhitespace(text.charCodeAt(second))) second++
  let end = text.length - 1
  while (isWhitespace(text.charCodeAt(end))) end--
  let before = end - 1
  while (before >= start && isWhitespace(text.charCodeAt(before))) before--
  // a key of one character: no second code unit on either side
  const s2 = second <= end ? text.charCodeAt(second) : 0
  const b2 = before >= start ? text.charCodeAt(before) : 0
  let h = Math.imul(text.charCodeAt(start), 0x9e3779b1) ^ s2
  h = Math.imul(h, 0x85ebca6b) ^ text.charCodeAt(end)
  h = Math.imul(h, 0xc2b2ae35) ^ b2
  return h & 0x3fffffff
}

/**
 * Where the last three sentence tails of a paragraph start (after a sentence end that is not its last
 * character, and after the quotes and brackets that close with it: `…三四万。”乡村振兴网 …`), in order.
 */
function tailStarts(para: string): number[] {
  const ends: number[] = []
  for (let i = para.length - 2; i >= 0 && ends.length < 3; i--) {
    const code = para.charCodeAt(i)
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 33 || code === 63) {
      let start = i + 1
      while (start < para.length && CLOSERS.includes(para[start]!)) start++
      ends.push(start)
    }
  }
  return ends.reverse()
}
const CLOSERS = '”’」』)）】]"\''

/** Up to the last three sentence tails of a paragraph (text after a sentence end), longest first. */
function tails(para: string): string[] {
  const out: string[] = []
  for (const start of tailStarts(para)) {
    const t = para.slice(start).trim()
    if (t !== '') out.push(t)
  }
  return out
}

/** One whole bracketed note that credits no photo: `(本文由光影资讯网整理发布)`, not `（记者 李明 摄）`. */
const bracketedNote = (key: string): boolean => BRACKETED_NOTE.test(key) && !PHOTO_CREDIT_END.test(key)
const BRACKETED_NOTE = /^[(（][^()（）]+[)）]$/u
const PHOTO_CREDIT_END = /摄(?:影)?[)）]$/u

/**
 * Remove a site watermark: a sentence repeated after many paragraphs, either as a paragraph of its own
 * or appended to their ends. It must recur at least three times, among other paragraphs.
 * @example dropRepeatedWatermark(['甲。', '本文来自某某网', '乙。', '本文来自某某网', '丙。本文来自某某网']) // → ['甲。', '乙。', '丙。']
 */
export function dropRepeatedWatermark(paras: readonly string[]): string[] {
  // a key must recur three times: first count cheap signatures of the keys (the paragraph and its
  // tails), then build and count only the keys whose signature recurs
  const signatures = new Map<number, number>()
  const starts = paras.map(tailStarts)
  const wholes = paras.map((para) => signature(para, 0))
  const count = (sig: number): void => { if (sig !== -1) signatures.set(sig, (signatures.get(sig) ?? 0) + 1) }
  paras.forEach((para, i) => {
    count(wholes[i]!)
    for (const start of starts[i]!) count(signature(para, start))
  })
  const recurs = (sig: number): boolean => sig !== -1 && signatures.get(sig)! >= 3
  const where = new Map<string, number[]>()
  const keys: string[] = []
  paras.forEach((para, i) => {
    // the paragraph and its tails, each key once
    keys.length = 0
    if (recurs(wholes[i]!)) keys.push(normalise(para))
    for (const start of starts[i]!) {
      if (!recurs(signature(para, start))) continue
      const key = normalise(para.slice(start).trim())
      if (!keys.includes(key)) keys.push(key)
    }
    for (const key of keys) {
      // A watermark sentence: at least six letters or Han characters; not what opens a paragraph of its own (a list
      // item, a heading), unless it is one whole bracketed note (`(本文由…整理发布)`) and no photo credit (`（记者 … 摄）`).
      if (!hasLetters(key, 6) || (NEW_PARAGRAPH_START.test(key) && !bracketedNote(key))) continue
      const at = where.get(key)
      if (at) at.push(i)
      else where.set(key, [i])
    }
  })
  const marks: string[] = []
  for (const [key, at] of where) if (at.length >= 3 && medianGap(at) <= 3) marks.push(key)
  // a page printed twice repeats every paragraph; a watermark is one sentence (or two variants)
  if (marks.length === 0 || marks.length > 2) return [...paras]
  const markSet = new Set(marks)
  const isMark = (text: string): boolean => markSet.has(normalise(text))
  const others = paras.filter((p) => !isMark(p) && p.trim() !== '').length
  if (others < 2) return [...paras]
  const out: string[] = []
  for (const para of paras) {
    if (isMark(para)) continue
    const tail = tails(para).find((t) => isMark(t))
    out.push(tail === undefined ? para : para.slice(0, para.lastIndexOf(tail)).trimEnd())
  }
  return out
}

/** A bracketed clause that may be a site's watermark: 10 characters or more between one pair of brackets. */
const BRACKETED_CLAUSE = /[(（][^()（）]{8,40}[)）]/gu
/** Reprint and originality vocabulary: a watermark claims the text (`本文由…原创首发，转载请注明出处`); a gloss or a credit does not. */
const WATERMARK_WORDS = /原创|原創|首发|首發|转载|轉載|出处|出處|版权|版權|本文由|本文来自|本文來自/u
// Paragraphs a watermark clause must stand in: a gloss is written once, a watermark stamped again and again.
const WATERMARK_CLAUSE_MIN_PARAGRAPHS = 2

/**
 * Remove a site watermark stamped as a bracketed clause into paragraphs, wherever it stands (head, tail or between two
 * sentences): the same clause of 10 characters or more in two paragraphs or more, in reprint vocabulary. A term's gloss
 * (`（以下简称“协会”）`), a photo credit (`（记者 李明 摄）`) and `（见图）` stay.
 * @example dropBracketedWatermarks(['甲。（本文由某某网原创首发，转载请注明出处）乙。', '丙。（本文由某某网原创首发，转载请注明出处）']) // → ['甲。乙。', '丙。']
 */
export function dropBracketedWatermarks(paras: readonly string[]): string[] {
  const found = paras.map((p) => (p.includes('（') || p.includes('(') ? clausesOf(p) : []))
  const counts = new Map<string, number>()
  for (const clauses of found) for (const clause of new Set(clauses)) counts.set(clause, (counts.get(clause) ?? 0) + 1)
  const marks = new Set([...counts].filter(([, n]) => n >= WATERMARK_CLAUSE_MIN_PARAGRAPHS).map(([clause]) => clause))
  if (marks.size === 0) return [...paras]
  return paras.map((p, i) => (found[i]!.some((c) => marks.has(c)) ? p.replace(BRACKETED_CLAUSE, (m) => (marks.has(m) ? '' : m)).trim() : p))
    .filter((p, i) => p !== '' || paras[i]!.trim() === '')
}

/** The bracketed clauses of a paragraph worded like a watermark, 10 characters or more with their brackets. */
function clausesOf(para: string): string[] {
  const out: string[] = []
  for (const m of para.matchAll(BRACKETED_CLAUSE)) if (WATERMARK_WORDS.test(m[0]) && hasLetters(m[0], 8)) out.push(m[0])
  return out
}

let inlineMark: RegExp | undefined
/** A site's name and host standing between two sentences: `。江州论坛 bbs.jzlt.example村口有…`. */
const getInlineMark = (): RegExp =>
  (inlineMark ??= new RegExp(`(?<=[。！？!?][”」』]?)\\p{Script=Han}{2,10} ?(?:${HOST_NAME}) ?`, 'gu'))

/**
 * Remove a site watermark inserted inside paragraphs: a name and a host name put between two sentences,
 * the same at least twice on the page. A host an article cites once stays.
 * @example dropInlineWatermarks(['甲。某某论坛 bbs.x.example乙。', '丙。某某论坛 bbs.x.example丁。']) // → ['甲。乙。', '丙。丁。']
 */
export function dropInlineWatermarks(paras: readonly string[]): string[] {
  const re = getInlineMark()
  // every candidate holds a host's `.`: most paragraphs are passed over without a search
  const found = paras.map((p) => (p.includes('.') ? [...p.matchAll(re)].map((m) => m[0].trim()) : []))
  const counts = new Map<string, number>()
  for (const marks of found) for (const mark of marks) counts.set(mark, (counts.get(mark) ?? 0) + 1)
  const repeated = new Set([...counts].filter(([, n]) => n >= 2).map(([mark]) => mark))
  if (repeated.size === 0) return [...paras]
  return paras.map((p, i) => (found[i]!.some((m) => repeated.has(m)) ? p.replace(re, (m) => (repeated.has(m.trim()) ? '' : m)) : p))
}

// A summary cut off with an ellipsis (`…正式投入使用，共新增停车泊位四百二十个。三处停车场分别位于…`).
const CUT_OFF = /(?:\.{3,}|…+)\s*$/u
// The shortest summary matched against the text after it, without spaces.
const SUMMARY_MIN = 20

/**
 * Drop a summary box that copies the article's opening and breaks off with an ellipsis (a CMS's
 * `intro` set above the text): the paragraphs after it start with the same words.
 * @example dropTruncatedCopies(['开头一段话说了很多很多的事情，还有更多的内容在后面呢...', '开头一段话说了很多很多的事情，还有更多的内容在后面呢，全文。']) // → ['开头一段话说了很多很多的事情，还有更多的内容在后面呢，全文。']
 */
export function dropTruncatedCopies(paras: readonly string[]): string[] {
  // Most pages have no paragraph ending in an ellipsis: nothing to compare.
  if (!paras.some((para) => CUT_OFF.test(para))) return [...paras]
  const keys = paras.map(normalise)
  return paras.filter((para, i) => {
    if (!CUT_OFF.test(para)) return true
    const cut = keys[i]!.replace(CUT_OFF, '')
    if (cut.length < SUMMARY_MIN) return true
    // What follows, as far as the summary reaches.
    let after = ''
    for (let k = i + 1; k < keys.length && after.length < cut.length; k++) after += keys[k]
    return !after.startsWith(cut)
  })
}

/** The median distance between successive occurrences; a watermark follows (nearly) every paragraph. */
function medianGap(at: readonly number[]): number {
  const gaps = at.slice(1).map((v, i) => v - at[i]!).sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)]!
}

// Paragraphs at least this long (without spaces) are kept once wherever the copy stands.
const LONG_PARAGRAPH = 40
// A title this long (without spaces) is never also a subheading of its article.
const REPEATED_TITLE_MIN = 8

/**
 * Keep one copy of a paragraph printed twice in a row (or of a long paragraph printed twice
 * anywhere), and drop a first paragraph that only repeats the title (or any that repeats a long one). Comparison ignores spaces.
 * @example dropDuplicateParagraphs(['标题', '正文。', '正文。'], '标题') // → ['正文。']
 */
export function dropDuplicateParagraphs(paras: readonly string[], title?: string): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  let previous: string | null = null
  for (const para of paras) {
    const key = normalise(para)
    // rules and blanks (`____`) repeat on purpose; only text (two letters or more) is deduplicated
    const text = hasLetters(key, 2)
    if (key !== '' && key === previous && text) continue
    // A long paragraph seen before is a second copy of the article (desktop and mobile versions
    // in one dump); short lines (a chorus, a refrain, a list label) may repeat on purpose.
    if (text && key.length >= LONG_PARAGRAPH && seen.has(key)) continue
    if (text && key.length >= LONG_PARAGRAPH) seen.add(key)
    previous = key === '' ? previous : key
    out.push(para)
  }
  const titleKey = title === undefined ? '' : normalise(title)
  if (titleKey !== '') {
    const first = out.findIndex((p) => normalise(p) !== '')
    const head = first >= 0 ? normalise(out[first]!) : ''
    // The headline again, whole or without the author's name in front (`茉莉:我是怎样…` → `我是怎样…`).
    if (head === titleKey || (head.length >= 6 && !/[。!?]/u.test(head) && titleKey.endsWith(head))) out.splice(first, 1)
    // A long headline printed again further down heads a second copy of the article (a mobile version in the dump).
    if (titleKey.length >= REPEATED_TITLE_MIN) return out.filter((p) => normalise(p) !== titleKey)
  }
  return out
}
