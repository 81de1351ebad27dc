/**
 * Repairs over the list of paragraphs of a page, in reading order: hard wraps, watermarks, duplicates.
 * Pure functions `string[] → string[]`; the input array is never changed.
 */

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
/** Ends of a sentence that closes a paragraph of prose. */
const SENTENCE_CLOSE = /[。][”」』）)]?$/

/**
 * A prose line cut mid-sentence (`…看着` / `去年房价猛涨…。`): twelve characters or more, with commas, not numbered or spaced
 * like a list, and followed by prose that closes a sentence.
 */
function cutMidSentence(prev: string, next: string): boolean {
  return [...prev].length >= 12 && PROSE_MARK.test(prev) && !prev.includes(' ') && !NEW_PARAGRAPH_START.test(prev) &&
    !CLOSING.test(prev) && !DATE_END.test(prev) && /\p{Script=Han}$/u.test(prev) &&
    [...next].length >= 10 && /^\p{Script=Han}/u.test(next) && PROSE_MARK.test(next) && SENTENCE_CLOSE.test(next)
}

/** Display width as fixed-width pages count it: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0
  for (const c of text) width += c.charCodeAt(0) >= 0x1100 ? 2 : 1
  return width
}

/** The most common width among long lines, when at least three lines share it: the page's wrap column. */
function wrapWidth(widths: number[]): number | null {
  const counts = new Map<number, number>()
  for (const w of widths) if (w >= 40) counts.set(w, (counts.get(w) ?? 0) + 1)
  let best: number | null = null
  let bestCount = 2
  for (const [w, n] of counts) if (n > bestCount || (n === bestCount && best !== null && w > best)) { best = w; bestCount = n }
  return best
}

/** The joint between two pieces of one paragraph: nothing between Han characters, a space between Latin words. */
const joint = (left: string, right: string): string =>
  /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? ' ' : ''

/**
 * Join paragraphs that a hard wrap or a stray break split (`…全省教学研究` / `会议。…`).
 * Main signal: several lines of (nearly) the same display width, the page's wrap column; a line that
 * fills it continues on the next one unless it closes a sentence or the next starts a paragraph.
 * Without a wrap column, a break is mended only where it plainly cuts a sentence: the next piece starts
 * with a comma, or a prose line without closing punctuation runs on into a prose line that ends one.
 * @example joinBrokenParagraphs(['就捡起一包毛衣', '，笑呵呵地往家走。']) // → ['就捡起一包毛衣，笑呵呵地往家走。']
 */
export function joinBrokenParagraphs(paras: readonly string[]): string[] {
  const widths = paras.map((p) => displayWidth(p.trim()))
  const wrap = wrapWidth(widths)
  // a wrap column needs a run of at least two lines filling it in a row
  const fills = widths.map((w) => wrap !== null && w >= wrap - 4 && w <= wrap)
  const inRun = fills.map((f, i) => f && (fills[i - 1] === true || fills[i + 1] === true))
  const out: string[] = []
  // pieces of the paragraph being built, joined once it is complete (no quadratic string growth)
  let pieces: string[] = []
  // the last piece: the tests look at it, never at the whole growing paragraph
  let prev = ''
  let currentWraps = false
  paras.forEach((para, i) => {
    const text = para.trim()
    if (pieces.length > 0) {
      const startsNew = text === '' || NEW_PARAGRAPH_START.test(text)
      const joinWrap = currentWraps && text !== '' && !startsNew && !CLOSING.test(prev) && !DATE_END.test(prev)
      const joinComma = text !== '' && CONTINUATION_START.test(text) && prev !== '' && !CLOSING.test(prev)
      const joinSentence = !startsNew && cutMidSentence(prev, text)
      if (joinWrap || joinComma || joinSentence) {
        if (pieces.length === 1) pieces[0] = pieces[0]!.trimEnd()
        pieces.push(joint(prev, text), text)
      } else {
        out.push(pieces.join(''))
        pieces = []
      }
    }
    if (pieces.length === 0) pieces.push(para)
    prev = text
    currentWraps = inRun[i]!
  })
  if (pieces.length > 0) out.push(pieces.join(''))
  return out
}

const normalise = (text: string): string => text.replace(/\s+/g, '')
/** Sentence ends a watermark can follow. */
const SENTENCE_END = /[。！？!?]/g

/** Up to the last three sentence tails of a paragraph (text after a sentence end), longest first. */
function tails(para: string): string[] {
  const ends = [...para.matchAll(SENTENCE_END)].map((m) => m.index! + 1).filter((i) => i < para.length)
  return ends.slice(-3).map((i) => para.slice(i).trim()).filter((t) => t !== '')
}

/**
 * Remove a site watermark: a sentence repeated after many paragraphs, either as a paragraph of its own
 * or appended to their ends. It must recur at least three times, among other paragraphs.
 * @example dropRepeatedWatermark(['甲。', '本文来自某某网', '乙。', '本文来自某某网', '丙。本文来自某某网']) // → ['甲。', '乙。', '丙。']
 */
export function dropRepeatedWatermark(paras: readonly string[]): string[] {
  const where = new Map<string, number[]>()
  paras.forEach((para, i) => {
    const keys = new Set([normalise(para), ...tails(para).map(normalise)])
    for (const key of keys) {
      if (!WATERMARK_SHAPE.test(key) || NEW_PARAGRAPH_START.test(key)) continue
      const at = where.get(key)
      if (at) at.push(i)
      else where.set(key, [i])
    }
  })
  const marks = [...where].filter(([, at]) => at.length >= 3 && medianGap(at) <= 3).map(([key]) => key)
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

/** A watermark sentence: at least six letters or Han characters. */
const WATERMARK_SHAPE = /^(?:[^\p{L}]*\p{L}){6}/u

/** The median distance between successive occurrences; a watermark follows (nearly) every paragraph. */
function medianGap(at: readonly number[]): number {
  const gaps = at.slice(1).map((v, i) => v - at[i]!).sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)]!
}

/**
 * Keep one copy of a paragraph printed twice in a row, and drop a first paragraph that only repeats
 * the title. Comparison ignores spaces.
 * @example dropDuplicateParagraphs(['标题', '正文。', '正文。'], '标题') // → ['正文。']
 */
export function dropDuplicateParagraphs(paras: readonly string[], title?: string): string[] {
  const out: string[] = []
  let previous: string | null = null
  for (const para of paras) {
    const key = normalise(para)
    // rules and blanks (`____`) repeat on purpose; only text is deduplicated
    if (key !== '' && key === previous && /\p{L}.*\p{L}/u.test(key)) continue
    previous = key === '' ? previous : key
    out.push(para)
  }
  if (title !== undefined && normalise(title) !== '') {
    const first = out.findIndex((p) => normalise(p) !== '')
    if (first >= 0 && normalise(out[first]!) === normalise(title)) out.splice(first, 1)
  }
  return out
}
