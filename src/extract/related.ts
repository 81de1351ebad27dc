import { LAYOUT_RULES } from '../classify/index.js'
import { BOX_HEADING, CARD_FOLLOW_BUTTON, CARD_SOURCE, COUNTER_LINE, PREV_NEXT_WORDS, TOPICS_BOX_HEADING } from '../classify/patterns.js'
import { datedHeadline, ruleId } from '../classify/rules.js'
import type { Block, RelatedItem } from '../types.js'
import { DEFAULT_READING, findDate, ROC_BASE, toIso, type DateReading } from './dates.js'
import { headlineKey, isSiteName } from './title.js'
import { readsAs } from '../repair/pinyin.js'
import { isLettersAndDigits } from '../letters.js'

// `专家:中小国家…`: the short form of a headline may carry a label the long form does not.
const LABEL_PREFIX = /^[\p{Script=Han}a-z]{1,6}:\s*/iu
const TRUNCATED = /(\.{2,}|…+)$/u
// Bullets and a ranking's numbers (`1. `, `2、`, `③`), not a headline's own figures (`3.15晚会`).
const BULLET = /^(?:[\s\-–·‧•▪■□●◆▲▶>»*]|\d{1,2}[.、．](?![\d０-９])|[\u2460-\u2473])+/u

interface Item {
  title: string
  publishedAt: string | null
}

/** Is `short` the short form of `long`: the same headline cut down, perhaps with a label in front? */
export function isShortFormOf(short: string, long: string): boolean {
  const s = headlineKey(short)
  const l = headlineKey(long)
  if (s.length < 4 || s.length > l.length) return false
  if (l.startsWith(s) || l.includes(s)) return true
  const unlabelled = headlineKey(short.replace(LABEL_PREFIX, ''))
  return unlabelled.length >= 4 && l.includes(unlabelled)
}

const BRACKETED_FULL_DATE = /[(（]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]$/u
// A three-digit ROC year, month and day in brackets (`（106-05-08）`, `(106/05/08)`) or set apart by a space (` 106.05.08`).
const ROC_TAIL = /(?:[(（]\s*(1\d{2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})\s*[)）]|\s+(1\d{2})[.](\d{1,2})[.](\d{1,2}))$/u
// Three to five Han letters, then a full date set apart (`长照人力荒 2010-08-30`): a short headline and its date.
const SHORT_DATED = /^(\p{Script=Han}{3,5})\s+([\d年月日\-/.:\s]+)$/u

/** Split a related block into headline and date; the text is the output text, the key is used to find the date. */
function readItem(block: Line, reading: DateReading): Item & { dateFirst: boolean; glued: boolean } {
  const text = block.text.replace(BULLET, '').trim()
  // A full date in brackets glued after the headline (`少年时代(1)(2004/10/10 17:06)`), as 2000s portals print them.
  const tail = text.endsWith(')') || text.endsWith('）') ? BRACKETED_FULL_DATE.exec(text) : null
  const tailDate = tail ? findDate(tail[0].normalize('NFKC'), reading) : null
  if (tail && tailDate) return { title: text.slice(0, tail.index).trim(), publishedAt: tailDate.iso, dateFirst: false, glued: true }
  // Taiwan's lists date their items in the ROC era (`…停车效率（106-05-08）`, `… 106.05.08`): on a page read so, that tail is the date.
  const roc = reading.rocYears ? ROC_TAIL.exec(text) : null
  const rocIso = roc ? toIso(ROC_BASE + Number(roc[1] ?? roc[5]), Number(roc[3] ?? roc[6]), Number(roc[4] ?? roc[7])) : null
  if (roc && rocIso) return { title: text.slice(0, roc.index).trim(), publishedAt: rocIso, dateFirst: false, glued: true }
  const dated = datedHeadline(block.key)
  if (!dated) {
    const alone = findDate(block.key, reading)
    // A headline too short for the classifier's dated-headline shape (`长照人力荒 2010-08-30`) keeps its date.
    const short = alone && block.text.length === block.key.length ? SHORT_DATED.exec(block.text) : null
    if (alone && short && findDate(short[2]!, reading)?.iso === alone.iso) return { title: short[1]!.trim(), publishedAt: alone.iso, dateFirst: false, glued: true }
    // A date alone on a line (the last of a glued-dates list).
    if (alone && headlineKey(block.key).length <= 14) return { title: '', publishedAt: alone.iso, dateFirst: true, glued: false }
    return { title: text, publishedAt: null, dateFirst: false, glued: false }
  }
  const found = findDate(text)
  const dateFirst = found !== null && found.index <= 2
  const title = found ? (text.slice(0, found.index) + text.slice(found.index + found.length)).replace(BULLET, '').trim() : dated.headline
  // `标题 (2005-03-20)`: the brackets that held the date go with it.
  const bare = title.replace(/[(（\[【]\s*[)）\]】]/gu, '').replace(/[\s(\[【]+$/u, '').trim()
  // The classifier read the date month first; a day-first page's slash dates read again in its order.
  const iso = reading === DEFAULT_READING ? dated.iso : findDate(block.key, reading)?.iso ?? dated.iso
  return { title: bare, publishedAt: iso, dateFirst, glued: true }
}

// A month and day after the headline, the year left out (`… 03-02`, `… 3月2日`): set apart by a space, or
// glued on with its time (`…成亮点04-28 18:40`). Two digits each in the dashed form: `3-1` is a score.
const MONTH_DAY = /(?:\s+[(（\[]?(?:(\d{2})-(\d{2})|(\d{1,2})月(\d{1,2})日)[)）\]]?|(?<=\p{Script=Han}|\s)(\d{2})-(\d{2})\s+(\d{1,2}:\d{2}))$/u
// A month and day glued on alone (`…注意这几点10-13`, `…最难回的家”06-15`): read only in a list that prints two or more
// headlines so, since one headline may end in a score or a range of its own.
const GLUED_MONTH_DAY = /(?<=[\p{Script=Han}”」》）)])(\d{2})-(\d{2})$/u
// The same in brackets glued on (`…投入使用(12-28)`, `長照人力荒（08/30）`, `… (07/24 21:35)`), slashed as Taiwan prints it; read in a list
// that prints two or more so, and cut off there even without an article date to take the year from.
const BRACKETED_MONTH_DAY = /[(（\[［]\s*(\d{2})\s*([-/.])\s*(\d{2})(?:\s+(\d{1,2}:\d{2}))?\s*[)）\]］]$/u
// Before the headline, with its time (`10-19 14:20食品饮料板块午后走强`), read in a list that prints two or more so.
// Or in brackets before it, as 2000s list templates print it (`[09-14] 华骏C5将于今日上市`).
const LEADING_MONTH_DAY = /^(?:(\d{2})-(\d{2})\s+(\d{1,2}:\d{2})|[\[(【]\s*(\d{2})-(\d{2})\s*[\])】])\s*(?=[\p{Script=Han}“《【A-Za-z\d])/u
const GLUED_LIST_MIN = 2
// A two-digit year, month and day glued on (`…其实不靠谱21-03-03`, as 百家号 lists an account's older posts): read in a list that
// prints two or more so, since one headline may end in figures of its own (a score, a range).
const GLUED_SHORT_YEAR_DATE = /(?<=[\p{Script=Han}”」》）)?？!！])(\d{2})-(\d{2})-(\d{2})$/u
const SHORT_YEAR_CENTURY = 2000
// Glued before the headline with nothing between (`08-13我市启动防风Ⅱ级应急响应`): read only when every line of a run of
// two or more opens so, since one headline may open with a range of its own; never before a unit (`10-12岁儿童…`, `08-15度的温差`).
const GLUED_LEADING_MONTH_DAY = /^(\d{2})-(\d{2})(?![岁度年月日时点分秒个名位人次倍元万亿米里吨斤克级号期届周天])(?=[\p{Script=Han}“《【])/u

// What a list prints around a headline that is not the headline: a time of day before it (`23:05机管局：…`), a
// clock or a video's length after it (`…验证飞行01:48`), an outlet's comment count (`…封顶都市快报跟帖 126`).
const LEADING_CLOCK = /^\d{1,2}:\d{2}\s*(?=\p{Script=Han})/u
const TRAILING_CLOCK = /(?<=\p{Script=Han}|[)）》”」])\s*\d{1,2}:\d{2}$/u
// (NetEase prints 跟贴, others 跟帖: the same counter.)
const COMMENT_COUNT = /(?:\p{Script=Han}{2}(?:日报|晚报|快报|早报|新闻))?\s*跟[帖贴]\s*\d+$/u
// Before it: a chart's place (`TOP1 `, `NO.1 `, `第3名 `: set apart, since `TOP10榜单公布` is a headline), a post
// link's label that no rule read (`上一篇 今年茶博会…`, printed twice: `上一篇 上一篇文章：…`), a text browser's link
// number (`[17]市市场监管局…`).
const LEADING_RANK = /^(?:top\s*\d{1,2}|no\.\s*\d{1,3}|第\s*\d{1,3}\s*名)[\s.、]+(?=\S)/iu
const LEADING_PREV_NEXT = /^(?:(?:上一篇|下一篇|上一则|下一则|上一則|下一則|上篇|下篇)(?:文章)?(?:\s*[:：]\s*|\s+))+(?=\S)/u
// Glued on with nothing between (`下一篇新能源车企扎堆自研电驱，…`), as a link's label and target flatten: only the
// one-character-longer forms (上一篇, 下一则), since `下篇` may open a serial's headline.
const GLUED_PREV_NEXT = /^(?:上一篇|下一篇|上一则|下一则|上一則|下一則)(?=[\p{Script=Han}“《「])/u
const LINK_NUMBER = /^\[\d{1,3}\]\s*(?=\S)/u
// After it, in brackets or set apart by a space: a count of comments or reads (`(12条评论)`, `阅读 3521`, `1.2万人看过`);
// glued on, it is the line's own words (`《…》上有2条评论`).
// Set apart by a space, a card's count needs no label before it either (`… 2.1万阅读`, `… 8562阅读`, `… 3.2万次播放`): a
// headline's own figure has its verb before it, glued (`…获10万阅读`).
const COUNT_TAIL = /(?<=\S)(?:\s*[(（]\s*\d+\s*条?评论\s*[)）]|\s+(?:\d+\s*条评论|(?:阅读|浏览|点击)(?:量|数)?\s*[:：]?\s*\d+(?:\.\d+)?\s*[万千wk]?|[\d.]+\s*[万千wk]?\s*人(?:看过|阅读|浏览)|\d+(?:\.\d+)?\s*[万千wk]?\s*次?(?:阅读|浏览|评论|播放)))$/u
// Glued on with no label between (`…逆转取胜9800阅读`, `…1.2万浏览`, `…356评论`): a card's count, unless a word before it
// makes it the headline's own (`…获10万阅读`, `…破亿浏览`, `…上有2条评论`).
const GLUED_COUNT_TAIL = /(?<=[\p{Script=Han}”」》）)])(?<![有获超破达近逾过约共上])\d+(?:\.\d+)?[万千wk]?(?:阅读|浏览|评论)$/u
// A converter's pinyin note cut off by the list's truncation (`…赵睿(ru...`): lower-case letters after a Han character,
// right before the ellipsis; dropped when they begin a reading of that character (`(NASA...` or `(iPhone...` are kept).
const CUT_NOTE = /(?<=(\p{Script=Han}))[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})(?=(?:\.{2,}|…+)$)/u
const withoutCutNote = (title: string): string => {
  const m = title.includes('(') || title.includes('（') ? CUT_NOTE.exec(title) : null
  return m && readsAs(m[1]!, m[2]!, false) ? title.slice(0, m.index) + title.slice(m.index + m[0].length) : title
}
const trimHeadline = (title: string): string =>
  withoutCutNote(title.replace(LINK_NUMBER, '').replace(LEADING_PREV_NEXT, '').replace(GLUED_PREV_NEXT, '').replace(LEADING_RANK, '').replace(LEADING_CLOCK, '')
    .replace(COMMENT_COUNT, '').replace(COUNT_TAIL, '').replace(GLUED_COUNT_TAIL, '').replace(TRAILING_CLOCK, '').trim())

/**
 * A headline ending in a month and day without a year: the headline, and the date in the year of
 * `articleDate` (the year before when that day would come after the article). Null when the text has no such tail,
 * and without an article date to take the year from but for a bracketed tail in a list of them (the date null then).
 */
function yearlessDate(title: string, articleDate: string | null, gluedList: boolean, reading: DateReading, gluedLead = false): Item | null {
  const leading = gluedList ? LEADING_MONTH_DAY.exec(title) : null
  if (leading) return yearlessItem(title.slice(leading[0].length).trim(), articleDate, Number(leading[1] ?? leading[4]), Number(leading[2] ?? leading[5]), leading[3])
  const glued = gluedLead ? GLUED_LEADING_MONTH_DAY.exec(title) : null
  if (glued) return yearlessItem(title.slice(glued[0].length).trim(), articleDate, Number(glued[1]), Number(glued[2]))
  const bracketed = gluedList ? BRACKETED_MONTH_DAY.exec(title) : null
  const m = articleDate ? MONTH_DAY.exec(title) ?? (gluedList ? GLUED_MONTH_DAY.exec(title) : null) : null
  if (!m && bracketed) {
    // A day-first page prints its slash dates day first here too.
    const swap = bracketed[2] === '/' && reading.slashOrder === 'day-first'
    return yearlessItem(title.slice(0, bracketed.index).trim(), articleDate, Number(bracketed[swap ? 3 : 1]), Number(bracketed[swap ? 1 : 3]), bracketed[4])
  }
  if (!m || !articleDate) return null
  return yearlessItem(title.slice(0, m.index).trim(), articleDate, Number(m[1] ?? m[3] ?? m[5]), Number(m[2] ?? m[4] ?? m[6]), m[7])
}

/** The headline with its glued `yy-mm-dd` read as a date of this century; null when that is no real day. */
function shortYearItem(title: string, m: RegExpExecArray): Item | null {
  const iso = toIso(SHORT_YEAR_CENTURY + Number(m[1]), Number(m[2]), Number(m[3]))
  return iso ? { title, publishedAt: iso } : null
}

/** The headline with its month and day dated in the article's year; the date null without an article date or a real day. */
function yearlessItem(title: string, articleDate: string | null, month: number, day: number, clock?: string): Item | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  if (!articleDate) return { title, publishedAt: null }
  const year = Number(articleDate.slice(0, 4))
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const time = clock ? `T${clock.padStart(5, '0')}` : ''
  return { title, publishedAt: `${md > articleDate.slice(5, 10) ? year - 1 : year}-${md}${time}` }
}

/**
 * Turn the related blocks into one item per headline, in page order:
 * - a long headline followed by its short form glued to a timestamp becomes one item with the long title and the date;
 * - a date glued to the start of a line, right after a headline cut with `...`, belongs to that headline;
 * - a month and day after a headline take the article's year (`… 03-02` in a 2024 article: 2024-03-02);
 * - a card's source line (`青岚融媒 · 09-06`) or a date alone dates the headline right above it;
 * - exact repeats (same title and date) are dropped.
 */
// A ranking's number glued to its headline (`1多地高考成绩将于下周公布`): only a run that counts up says it is a rank,
// since a headline may open with its own figure (`3名游客被困`, `2022年…`). A month or a day (`1月CPI…`, `2月…`) is
// the headline's own even in a run.
const GLUED_RANK = /^(\d{1,2})(?:\s+(?=\S)|(?=[\p{Script=Han}“"《【])(?![年月日号]))/u
const RANK_RUN_MIN = 3

/**
 * The length of the rank `want` opening `title`, 0 when it opens with no such rank. Inside a run (`1` `2` …, `01`
 * `02` …) the next rank is printed so even before a headline's own figure (`3` + `2017年上半年…`, `04` + `2025年…`):
 * there the expected rank is cut, and only that one.
 */
function rankLength(title: string, want: number, padded: boolean): number {
  const glued = GLUED_RANK.exec(title)
  if (glued && Number(glued[1]) === want) return glued[0].length
  if (padded && want >= 10) return 0
  const mark = padded ? String(want).padStart(2, '0') : String(want)
  return title.startsWith(mark) && /^\d/u.test(title.slice(mark.length)) ? mark.length : 0
}

/** Strip the numbers of runs of RANK_RUN_MIN or more items numbered one after another. */
function unrank(items: Item[]): void {
  let start = 0
  while (start < items.length) {
    let end = start
    const first = GLUED_RANK.exec(items[start]!.title)
    const cuts = first ? [first[0].length] : []
    if (first) {
      const padded = first[1]!.length === 2 && first[1]!.startsWith('0')
      let want = Number(first[1]) + 1
      let cut: number
      while (end + 1 < items.length && (cut = rankLength(items[end + 1]!.title, want, padded)) > 0) cuts.push(cut), end++, want++
    }
    if (first && end - start + 1 >= RANK_RUN_MIN) {
      for (let k = start; k <= end; k++) items[k]!.title = items[k]!.title.slice(cuts[k - start]!).trim()
    }
    start = end + 1
  }
}

const PREV_NEXT_ID = ruleId('prev-next')

// The labels of the links to the article before and after this one (`上一篇：`, `下一篇文章：`, `< 前一篇`, `【下一篇】`),
// in either script and width: matched on the output text as well as on the key. Past a line's start only a label with
// punctuation after it counts, or one set apart by spaces: a headline may speak of `下一篇文章`.
const PREV_NEXT_LABEL = new RegExp(
  String.raw`[【\[(<‹«←［（＜]?\s*(?:${PREV_NEXT_WORDS.join('|')})(?:文章|新[闻聞]|[论論]文|帖子|博文|日[志誌])?\s*([:：】\])>›»→］）＞])?[\s:：】\])>›»→］）＞]*`,
  'gu',
)
// What a page prints after the label when there is no article there (on the key: Simplified).
const NO_TARGET = /^(?:没有了?|无|暂无|没有(?:上|下)一[篇条]了?|已经?(?:是|到)(?:第一|最后一?|最新的?|首|末)[篇条页]?了?|(?:这|此)(?:已经?)?是(?:第一|最后一?)[篇条]了?)[\s!.。…]*$/u
// Arrows a target keeps at its end (`下一篇：标题 »`).
const TARGET_END = /[\s»›>→＞]+$/u

/** A piece of a block read as one line of the list: its output text and its key. */
type Line = Pick<Block, 'text' | 'key'>

/** What follows each 上一篇/下一篇 label in a line, up to the next label. */
function afterLabels(line: string): string[] {
  const labels = [...line.matchAll(PREV_NEXT_LABEL)].filter((m) =>
    line.slice(0, m.index).trim() === '' || m[1] !== undefined || (/\s$/u.test(line.slice(0, m.index)) && /\s$/u.test(m[0])))
  return labels.map((m, k) => line.slice(m.index + m[0].length, labels[k + 1]?.index ?? line.length).replace(TARGET_END, '').trim())
}

/**
 * Cut a block's text and key into the same pieces; when the two do not cut alike (folding changed a label), the
 * text's pieces are read as they are.
 */
function cutAlike(block: Block, cut: (line: string) => string[]): Line[] {
  const texts = cut(block.text)
  const keys = cut(block.key)
  return texts.map((text, k) => ({ text, key: texts.length === keys.length ? keys[k]! : text.normalize('NFKC') }))
}

/**
 * The targets of a 上一篇/下一篇 line, in order: the label cut off, a line holding both split at the second label,
 * no-target words (`没有了`, `已是最后一篇`) dropped. `labelAlone` when the line ends in a label with nothing after it:
 * the dump put the headline on the next line.
 */
function prevNextTargets(block: Block): { targets: Line[]; labelAlone: boolean } {
  const pieces = cutAlike(block, afterLabels)
  const targets = pieces.filter((piece) => piece.key !== '' && !NO_TARGET.test(piece.key))
  // One label and nothing else; a row of labels alone (`[上一篇] [下一篇]`) is links whose text the dump lost.
  return { targets, labelAlone: pieces.length === 1 && pieces[0]!.key === '' }
}

/**
 * A line the dump put under a lone 上一篇/下一篇 label: one the layout left undecided below the article (no rule of
 * its own took it for a tool row or a field), headline-sized and without brackets or bars.
 */
const isTargetLine = (block: Block | undefined): block is Block =>
  block !== undefined && block.rule?.startsWith(AFTER_BODY_ID) === true && block.key.trim().length >= 4 && block.key.length <= 80 && !TOOL_ROW.test(block.key)
const AFTER_BODY_ID = LAYOUT_RULES.after.id
const TOOL_ROW = /[【\[|]/u

const INLINE_RELATED_ID = ruleId('inline-related')
const INLINE_BOX_ID = LAYOUT_RULES.box.id

// Where a one-line related list (`相关阅读：标题甲　标题乙`) ends its header, and how it sets its headlines apart: an
// ideographic space, two spaces or a bar. The space repair leaves one plain space of those, and one space may be a
// headline's own (`元宵灯会开放预约 每日限流3万人`): plain spaces split only three or more pieces of headline length.
const INLINE_HEADER_END = /[:：\]】］]\s*/u
const INLINE_GAP = /\u3000+|\s{2,}|\s*[|｜]\s*/u
const INLINE_SPACED_MIN = 3
const INLINE_PIECE_MIN = 4

/** The headlines of a one-line related list set into the article, its header cut off. */
const inlineHeadlines = (line: string): string[] => {
  const header = INLINE_HEADER_END.exec(line)
  if (!header) return []
  return line.slice(header.index + header[0].length).split(INLINE_GAP).flatMap((part) => {
    const spaced = part.trim().split(/\s+/u)
    return spaced.length >= INLINE_SPACED_MIN && spaced.every((piece) => headlineKey(piece).length >= INLINE_PIECE_MIN) ? spaced : [part.trim()]
  }).filter((t) => t !== '')
}

/**
 * The lines the list is read from, in page order, each with the index of its block: the related blocks; below the
 * article's start (above it they are the site's navigation) the targets of 上一篇/下一篇 lines, and the related items
 * set into the article that the body steps over: a one-line list (`相关阅读：…`) and an inline box's items.
 */
function listLines(blocks: Block[]): { at: number; line: Line }[] {
  const lines: { at: number; line: Line }[] = []
  const articleStart = blocks.findIndex((block) => block.kind === 'body')
  let takeNext = -1
  blocks.forEach((block, at) => {
    if (block.kind === 'related' || at === takeNext) {
      lines.push({ at, line: block })
      return
    }
    // A line under an item that a rule took for a field or chrome (`2026-01-12评论 36` as a date line): it dates the item.
    if (block.kind !== 'body' && lines[lines.length - 1]?.at === at - 1 && underItem(block.key, DEFAULT_READING)) {
      lines.push({ at, line: block })
      return
    }
    if (block.kind !== 'chrome' || at < articleStart || !block.rule) return
    if (block.rule.startsWith(INLINE_BOX_ID)) lines.push({ at, line: block })
    else if (block.rule.startsWith(INLINE_RELATED_ID)) for (const line of cutAlike(block, inlineHeadlines)) lines.push({ at, line })
    else if (block.rule.startsWith(PREV_NEXT_ID)) {
      const { targets, labelAlone } = prevNextTargets(block)
      for (const line of targets) lines.push({ at, line })
      if (labelAlone && isTargetLine(blocks[at + 1])) takeNext = at + 1
    }
  })
  return lines
}

// A count in brackets after a headline (`青鸟乐队宣布启动十周年巡演 (3521)`), as a hot list prints its clicks: a count when
// two or more headlines carry one, one of them past 9, and no two share the words before it (a series prints its
// parts, `（1）` `（2）`, after one headline).
const BRACKETED_COUNT = /\s*[(（]\s*(\d{1,7})\s*[)）]$/u
const COUNTED_MIN = 2
const PART_NUMBER_MAX = 9

/** Cut the bracketed counts off the headlines of a list that prints them. */
function uncount(items: Item[]): void {
  const counted = items.filter((item) => BRACKETED_COUNT.test(item.title))
  if (counted.length < COUNTED_MIN || !counted.some((item) => Number(BRACKETED_COUNT.exec(item.title)![1]) > PART_NUMBER_MAX)) return
  const heads = counted.map((item) => headlineKey(item.title.replace(BRACKETED_COUNT, '')))
  if (new Set(heads).size !== heads.length) return
  for (const item of counted) item.title = item.title.replace(BRACKETED_COUNT, '').trim()
}

// A hot list's heat glued after each headline (`林一诺晒海边生活照 网友：黑了好多98.2万`): a figure with one decimal and
// 万, cut only where HEATED_MIN or more headlines of the list carry one (a single headline may end in its own figure).
const GLUED_HEAT = /(?<=[\p{Script=Han}”」》)）])\d{1,4}\.\d万$/u
const HEATED_MIN = 3

/** Cut the heat values off the headlines of a hot list that prints them. */
function unheat(items: Item[]): void {
  const heated = items.filter((item) => GLUED_HEAT.test(item.title))
  if (heated.length < HEATED_MIN) return
  for (const item of heated) item.title = item.title.replace(GLUED_HEAT, '')
}

// What a list prints on the line under a headline that is no headline: a clock or a video's length (`01:30`), a time
// ago with its outlet (`2小时前 东海新闻`, `深科技观察 · 3小时前`), a counter; or a date, alone, with its outlet (`新华网 2023-05-12 10:20`, set
// apart by a space only) or with a counter (`2026-01-12评论 36`).
const CLOCK_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?$/u
const TIME_AGO = /^(?:\S{2,12}\s*[·|｜丨]\s*)?(?:\d{1,2}\s*(?:分钟|小时|天|周|个月)前|刚刚)(?:\s+\S{2,12})?$/u
// The account glued to the time (`芯片前哨2天前`, `汽车产经1周前`), as a card's spans flatten; a headline may end so too
// (`…书店地图2天前`), so it is read only in a list that alternates such lines with headlines.
const TIME_AGO_GLUED = /^\S{2,12}?(?:\d{1,2}\s*(?:分钟|小时|天|周|个月)前|刚刚)$/u
const AROUND_DATE = /[\s·|｜丨()[\]【】]+|星期.|周[一二三四五六日天]/gu
const OUTLET_ENDS = /^[\p{Script=Han}A-Za-z]{2,10}(?:客户端|融媒|发布|日报|晚报|时报)$/u
const UNDER_ITEM_MAX = 40
// A feed card's meta line glued after the account: a short count of comments or likes (`锦城晚报56评`, `山野小厨阿秀♡ 8621`),
// a time or a month and day, and the card's dismiss button (`鹭岛生活志123评论3天前×`).
const CARD_COUNT_META = /^[^\s,，。]{2,12}?\s*(?:\d+(?:\.\d+)?[万千wk]?\s*(?:评论?|赞)|[♡♥❤]\s*\d+(?:\.\d+)?[万千wk]?)\s*(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚|昨天|前天|\d{2}-\d{2})?\s*×?$/u
// Wider: the count's label first (`青岸观察 跟贴 12`: NetEase's 跟贴 as well as 跟帖), a separator, reads or joins. A headline
// may print its own count so (`春季茶园管理要点 阅读 3521`): read only in a list that alternates such lines with headlines.
const CARD_COUNT = String.raw`\d+(?:\.\d+)?[万千wk]?\s*(?:评论?|赞|跟[帖贴]|阅读|人参与)|(?:评论|赞|跟[帖贴]|阅读)\s*\d+(?:\.\d+)?[万千wk]?|[♡♥❤]\s*\d+(?:\.\d+)?[万千wk]?`
const CARD_COUNT_WIDE = new RegExp(String.raw`^[^\s,，。]{2,12}?\s*[·|｜丨]?\s*(?:${CARD_COUNT})\s*(?:\d{1,2}\s*(?:分钟|小时|天|周|个月)前|刚刚|昨天|前天|\d{2}-\d{2})?\s*×?$`, 'u')
const ALTERNATING_MIN = 2

// A card's account and its date (`河畔小城记 2017-11-02`), the account at most this long: read only in a list that alternates
// such lines with headlines, since a short headline may print its date so (`长照人力荒 2010-08-30`).
const CARD_NAME = /^[\p{Script=Han}A-Za-z\d]{2,10}$/u

/**
 * The list lines (by index into `lines`) that are a card's meta line by CARD_COUNT_WIDE, TIME_AGO_GLUED or CARD_NAME and a date, with the
 * date they give: ALTERNATING_MIN or more such lines, each right under a line that is none.
 */
function alternatingMeta(lines: readonly { at: number; line: Line }[], reading: DateReading): Map<number, string | null> {
  const metas = lines.map(({ line }): { iso: string | null } | null => {
    const key = line.key.trim()
    if (key.length > UNDER_ITEM_MAX) return null
    // A date first: `2026-01-12评论 36` is a date and a count, not an account named `2026-01-12` (underItem reads it).
    const found = findDate(key, reading)
    if (found) return CARD_NAME.test((key.slice(0, found.index) + key.slice(found.index + found.length)).trim()) ? { iso: found.iso } : null
    return CARD_COUNT_WIDE.test(key) || TIME_AGO_GLUED.test(key) ? { iso: null } : null
  })
  const under = metas.map((m, n) => m !== null && n > 0 && metas[n - 1] === null && lines[n - 1]!.at === lines[n]!.at - 1)
  const out = new Map<number, string | null>()
  if (under.filter(Boolean).length >= ALTERNATING_MIN) under.forEach((u, n) => u && out.set(n, metas[n]!.iso))
  return out
}

/**
 * Read a line under a headline that is no headline: null when it is not one; the date it gives the headline above
 * (null when it gives none) when it is.
 */
function underItem(key: string, reading: DateReading): { iso: string | null } | null {
  const k = key.trim()
  if (k.length > UNDER_ITEM_MAX) return null
  // (A card's account with the separator its count or date stood after, `数码前哨站·`, is such a line too.)
  if (CLOCK_ONLY.test(k) || TIME_AGO.test(k) || COUNTER_LINE.test(k) || CARD_COUNT_META.test(k) || CARD_SOURCE.test(k)) return { iso: null }
  const found = findDate(k, reading)
  if (!found) return null
  const rest = (k.slice(0, found.index) + ' ' + k.slice(found.index + found.length)).replace(AROUND_DATE, ' ').trim()
  const given = { iso: found.iso }
  if (rest === '' || COUNTER_LINE.test(rest) || CARD_COUNT_META.test(rest)) return given
  return isSiteName(rest) || OUTLET_ENDS.test(rest) ? given : null
}

// A list's two-digit number (`01.` … `10.`). In a run counting up it is the number even before a headline's own figure
// (`03.10部国产片扎堆暑期档`), where BULLET leaves a number glued to a digit alone (`3.15晚会`).
const TWO_DIGIT_MARK = /^\s*([\d０-９]{2})[.、．]\s*/u
const MARK_BEFORE_DIGIT = /^\s*[\d０-９]{2}[.、．]\s*[\d０-９]/u

/** Cut the two-digit numbers BULLET leaves before a digit, in runs of RANK_RUN_MIN or more lines counting up. */
function cutRunMarks(lines: { at: number; line: Line }[]): { at: number; line: Line }[] {
  const numbers = lines.map(({ line }) => {
    const m = TWO_DIGIT_MARK.exec(line.key)
    return m ? Number(m[1]) : null
  })
  const out = [...lines]
  let start = 0
  while (start < lines.length) {
    let end = start
    while (numbers[start] !== null && end + 1 < lines.length && numbers[end + 1] === numbers[end]! + 1) end++
    if (end - start + 1 >= RANK_RUN_MIN) {
      for (let k = start; k <= end; k++) {
        const { at, line } = lines[k]!
        if (MARK_BEFORE_DIGIT.test(line.key)) out[k] = { at, line: { text: line.text.replace(TWO_DIGIT_MARK, ''), key: line.key.replace(TWO_DIGIT_MARK, '') } }
      }
    }
    start = end + 1
  }
  return out
}

/**
 * Which lines open with a glued month and day that is their date: those of a run of adjacent lines (two or more) that
 * every one opens so.
 */
function gluedLeadingRuns(lines: readonly { at: number; line: Line }[]): boolean[] {
  const marks = lines.map(() => false)
  let start = 0
  while (start < lines.length) {
    let end = start
    while (end + 1 < lines.length && lines[end + 1]!.at - lines[end]!.at <= 1) end++
    const run = lines.slice(start, end + 1)
    if (run.length >= GLUED_LIST_MIN && run.every(({ line }) => GLUED_LEADING_MONTH_DAY.test(line.text))) marks.fill(true, start, end + 1)
    start = end + 1
  }
  return marks
}

// An app's or a site's promotion printed in the list's box, never a headline: a call to download or open the app or
// client (`下载锦城晚报APP`, `打开快映App，看更多精彩内容`, `打开轻阅头条，阅读体验更佳`), to see more (`看更多锦城本地新闻`), the
// client's slogan (`有温度的新闻客户端`), a way back (`返回新闻频道 返回首页`), a shop's call to buy (`2020赛季主场球衣 限时预售
// 点击购买`: a headline reports a sale, it does not ask for one). Read on the key (Simplified; either case).
const LIST_PROMOS = [
  /(?:点击|立即|马上|现在)(?:购买|抢购|下单|订购)$/u,
  /^(?:立即|马上|点击)?(?:下载|打开|安装)[^，,。！？!?\s]{0,12}(?:app|客户端)(?:[，,\s]*(?:查?看更多\S{0,8}|阅读全文|阅读体验更佳))?$/iu,
  /^(?:打开|下载)[^，,。！？!?]{1,12}[，,\s]*阅读体验更佳$/u,
  /^(?:查?看|浏览)更多\p{Script=Han}{0,8}(?:新闻|内容|精彩|资讯|视频|好文)$/u,
  /^\p{Script=Han}{0,8}新闻(?:客户端|app)$/iu,
  /(?:^|\s)返回首页$/u,
]
const PROMO_MAX = 30
// A repost's provenance line a platform prints over its list (`本文来自企鹅号 - 汽车有态度`, `本文首发于微信公众号「…」`): a credit,
// never a headline (no headline opens by naming "this article").
const PROVENANCE = /^(?:本文|此文)(?:转载自|转自|来自|来源于|选自|首发于|原载于|原发于)/u
const isListPromo = (key: string): boolean => (key.length <= PROMO_MAX && LIST_PROMOS.some((promo) => promo.test(key))) || PROVENANCE.test(key)

// A feed card's meta line that says the card is an ad: 广告, the advertiser, a call to act or the dismiss button
// (`广告安居装饰立即咨询×`, `广告 蓝海旅行 查看详情`). The ad's title above it goes with it. `广告法修订…` is a headline.
const AD_META = /^广告\s*[^，,。！？!?\s]{1,12}?\s*(?:(?:立即\p{Script=Han}{2}|查看详情|了解更多|去看看)\s*×?|×)$/u
const AD_META_MAX = 30

// A comment section's heading or count below the article (`评论 57`, `共356条评论`, `评论 88 按热度`, `热门评论`; a bare
// 评论 is a menu's link): the lines after it are comments,
// a handle and what it wrote, up to the next related or box heading, the next paragraph of the article or a bulleted line (a
// comment opens with no bullet; a list after the comments does).
const COMMENT_HEAD = /^(?:(?:(?:全部|热门|最新|精彩|网友)评论|评论\s*[(（]?\s*\d+\s*[)）]?)(?:\s*按(?:热度|时间))?|(?:全部|热门|最新|精彩)评论\s*[(（]?\s*\d*\s*[)）]?|共\s*\d+\s*条(?:评论|回复|留言)|(?:全部|热门|最新|精彩)留言)$/u
const RELATED_HEADING_ID = ruleId('related-heading')

const TOPIC_HEADING_MAX = 8

/** The indices of the related blocks right under a topic box's heading (TOPICS_BOX_HEADING), up to the next block of another kind. */
function topicBoxBlocks(blocks: Block[]): Set<number> {
  const held = new Set<number>()
  let open = false
  blocks.forEach((block, at) => {
    if (block.kind === 'related') {
      if (open) held.add(at)
    } else open = block.kind !== 'body' && block.key.length <= TOPIC_HEADING_MAX && TOPICS_BOX_HEADING.test(block.key.trim())
  })
  return held
}

// An account card below the article: the account's name (a short line no rule decided), its channel, blurb and stats, and
// its follow or subscribe button (`山野漫游记` / `凤凰号 · 旅游` / `走山野，吃土菜…` / `+订阅`). Its lines are no headlines.
// (Not a site's `关注我们`, its account box's call.)
const CARD_LINES_MAX = 3
const CARD_NAME_MAX = 12
const COUNTER_ID = ruleId('counter')
const AFTER_ID = LAYOUT_RULES.after.id

/** The indices of the related blocks an account card holds: between its name and its button, and from the button down to the next related heading. */
function accountCards(blocks: Block[]): Set<number> {
  const held = new Set<number>()
  const inCard = (at: number): boolean => blocks[at]!.kind === 'related' || blocks[at]!.rule?.startsWith(COUNTER_ID) === true
  blocks.forEach((block, at) => {
    if (block.key.length > CARD_NAME_MAX || !CARD_FOLLOW_BUTTON.test(block.key)) return
    let up = at - 1
    while (up >= 0 && at - up <= CARD_LINES_MAX && inCard(up)) up--
    const name = blocks[up]
    // The name: a short line of letters left undecided (not a heading, a button or a field).
    if (!name || name.rule?.startsWith(AFTER_ID) !== true || name.key.trim().length > CARD_NAME_MAX || !isLettersAndDigits(name.key.replace(/\s/gu, ''))) return
    for (let k = up + 1; k < at; k++) held.add(k)
    // Under the button, its blurb and stats up to the next box's heading: with the stats among them, or the card's blurb
    // already above the button, since a list may follow a button with no card.
    let down = at + 1
    while (down < blocks.length && down - at <= CARD_LINES_MAX && inCard(down)) down++
    const stats = (k: number): boolean => blocks[k]!.rule?.startsWith(COUNTER_ID) === true
    const carded = up + 1 < at || Array.from({ length: down - at - 1 }, (_, n) => at + 1 + n).some(stats)
    if (carded && (down === blocks.length || blocks[down]!.rule?.startsWith(RELATED_HEADING_ID))) for (let k = at + 1; k < down; k++) held.add(k)
  })
  return held
}

/** The indices of the blocks a comment section holds: from a comment heading to the next box heading, body or bullet. */
function commentBlocks(blocks: Block[]): Set<number> {
  const held = new Set<number>()
  let open = false
  const articleStart = blocks.findIndex((block) => block.kind === 'body')
  blocks.forEach((block, at) => {
    if (at < articleStart) return
    if (block.kind === 'body' || block.rule?.startsWith(RELATED_HEADING_ID)) open = false
    else if (open && (BULLET.test(block.text) || (block.kind !== 'related' && BOX_HEADING.test(block.key.trim())))) open = false
    else if (open) held.add(at)
    // A count right under an item (`评论(56)`) is the item's, not a section's.
    else if (block.key.length <= 20 && blocks[at - 1]?.kind !== 'related' && COMMENT_HEAD.test(block.key.trim())) open = true
  })
  return held
}

// An outlet glued after the headlines of a dated list (`…百亿元南桥日报 08-21`): a name ending so, printed at the end of
// two or more items, and any other outlet of the same place (`南桥新闻网`).
const OUTLET_END = /(?:日报|晚报|早报|时报|快报|商报|新闻网|新闻|网|电视台|台|客户端|融媒)$/u
const OUTLET_MIN = 3
const OUTLET_MAX = 10
const OUTLET_SHARED_MIN = 2
const HEADLINE_LEFT_MIN = 4

/** The Han run two titles end in, if it is outlet-shaped. */
function sharedOutlet(a: string, b: string): string | null {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && /\p{Script=Han}/u.test(a[a.length - 1 - n]!)) n++
  const tail = a.slice(a.length - n)
  return n >= OUTLET_MIN && n <= OUTLET_MAX && OUTLET_END.test(tail) ? tail : null
}

/** Cut the outlet glued after the dated headlines of a list that prints one after each. */
function unoutlet(items: Item[]): void {
  const dated = items.filter((item) => item.publishedAt !== null && OUTLET_END.test(item.title))
  if (dated.length < OUTLET_SHARED_MIN) return
  const outlets = new Set<string>()
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const outlet = sharedOutlet(dated[i]!.title, dated[j]!.title)
      if (outlet && dated[i]!.title.length - outlet.length >= HEADLINE_LEFT_MIN && dated[j]!.title.length - outlet.length >= HEADLINE_LEFT_MIN) outlets.add(outlet)
    }
  }
  if (outlets.size === 0) return
  // The place an outlet's name opens with (`南桥` of `南桥日报`) names the list's other outlets too.
  const places = [...outlets].map((outlet) => outlet.replace(OUTLET_END, '')).filter((place) => place.length >= 2)
  for (const item of dated) {
    const known = [...outlets].find((outlet) => item.title.endsWith(outlet))
    const cut = known ? item.title.length - known.length : Math.max(-1, ...places.map((place) => {
      const at = item.title.lastIndexOf(place)
      return at > 0 && item.title.length - at <= OUTLET_MAX && OUTLET_END.test(item.title.slice(at)) && /^\p{Script=Han}+$/u.test(item.title.slice(at)) ? at : -1
    }))
    if (cut >= HEADLINE_LEFT_MIN) item.title = item.title.slice(0, cut).trim()
  }
}

// A status column a petition or hotline list prints on every item (`…增设公交站点已回复`, `已办结 关于…`): a word of the
// table at the same end of STATUS_SHARED_MIN or more items is cut from each; on one item alone it may be the headline's.
const LIST_STATUS_WORDS: readonly string[] = ['已回复', '已办结', '已答复', '处理中', '已受理', '待回复', '办理中']
const STATUS_SHARED_MIN = 2
const STATUS_SUFFIX = new RegExp(String.raw`[\s|｜·\[【(（]*(?:${LIST_STATUS_WORDS.join('|')})[\]】)）]?$`, 'u')
const STATUS_PREFIX = new RegExp(String.raw`^[\[【(（]?(?:${LIST_STATUS_WORDS.join('|')})[\s|｜·\]】)）]*`, 'u')

/** Cut the status word a list prints at the same end of its items. */
function unstatus(items: Item[]): void {
  for (const affix of [STATUS_SUFFIX, STATUS_PREFIX]) {
    const words = items.map((item) => affix.exec(item.title)?.[0].replace(/[\s|｜·[\]【】()（）]/gu, '') ?? null)
    const shared = new Set(words.filter((word, k) => word !== null && words.indexOf(word) !== k))
    if (words.filter((word) => word !== null && shared.has(word)).length < STATUS_SHARED_MIN) continue
    items.forEach((item, k) => {
      const word = words[k]
      const rest = word !== null && word !== undefined && shared.has(word) ? item.title.replace(affix, '').trim() : item.title
      if (headlineKey(rest).length >= HEADLINE_LEFT_MIN) item.title = rest
    })
  }
}

/**
 * The related headlines of a page, in page order, each distinct headline once; the article's own title (a 最新文章
 * widget lists the article itself) is none.
 */
export function extractRelated(
  blocks: Block[],
  articleDate: string | null = null,
  reading: DateReading = DEFAULT_READING,
  articleTitle: string | null = null,
): RelatedItem[] {
  const items: Item[] = []
  const lines = cutRunMarks(listLines(blocks))
  const gluedList = lines.filter(({ line }) => GLUED_MONTH_DAY.test(line.text) || BRACKETED_MONTH_DAY.test(line.text) || LEADING_MONTH_DAY.test(line.text)).length >= GLUED_LIST_MIN
  const gluedLead = gluedLeadingRuns(lines)
  const cardMeta = alternatingMeta(lines, reading)
  const shortYearList = lines.filter(({ line }) => GLUED_SHORT_YEAR_DATE.test(line.text)).length >= GLUED_LIST_MIN
  // Index in `blocks` of the related block the last item came from: a date alone or a card's source line dates
  // the headline right above it, not one across a comment box.
  let previousAt = -2
  const comments = commentBlocks(blocks)
  const topics = topicBoxBlocks(blocks)
  const cards = accountCards(blocks)
  lines.forEach(({ at, line }, n) => {
    if (comments.has(at) || topics.has(at) || cards.has(at) || isListPromo(line.key.trim())) return
    // An ad's meta line, and the ad's title right above it.
    if (line.key.length <= AD_META_MAX && AD_META.test(line.key.trim())) {
      if (previousAt === at - 1 && items.length > 0) items.pop()
      previousAt = at
      return
    }
    const under = cardMeta.has(n) ? { iso: cardMeta.get(n)! } : underItem(line.key, reading)
    if (under) {
      const previous = items[items.length - 1]
      if (under.iso !== null && previous && previous.publishedAt === null && previousAt === at - 1) previous.publishedAt = under.iso
      previousAt = at
      return
    }
    const read = readItem(line, reading)
    const shortYear = read.publishedAt === null && shortYearList ? GLUED_SHORT_YEAR_DATE.exec(read.title) : null
    const yearless = read.publishedAt === null
      ? (shortYear ? shortYearItem(read.title.slice(0, shortYear.index).trim(), shortYear) : yearlessDate(read.title, articleDate, gluedList, reading, gluedLead[n]))
      : null
    const item = yearless ? { ...read, ...yearless } : read
    item.title = trimHeadline(item.title)
    const previous = items[items.length - 1]
    const adjacent = previousAt === at - 1
    previousAt = at
    if (previous && previous.publishedAt === null && item.publishedAt !== null) {
      // Long form then short form + timestamp.
      if (item.title && isShortFormOf(item.title, previous.title)) {
        previous.publishedAt = item.publishedAt
        return
      }
      // A card's `青岚融媒 · 09-06` under its headline.
      if (adjacent && CARD_SOURCE.test(item.title)) {
        previous.publishedAt = item.publishedAt
        return
      }
      // `…的合...` then `2025-09-08体育播报…`: the date closes the truncated headline above.
      if (item.dateFirst && (TRUNCATED.test(previous.title) || (item.title === '' && adjacent))) {
        previous.publishedAt = item.publishedAt
        if (item.title) items.push({ title: item.title, publishedAt: null })
        return
      }
    }
    // The same headline printed several times in a row, the last with its date.
    if (previous && item.title && headlineKey(previous.title) === headlineKey(item.title) && previous.publishedAt === null) {
      previous.publishedAt = item.publishedAt
      return
    }
    if (item.title && !(item.publishedAt !== null && CARD_SOURCE.test(item.title))) items.push({ title: item.title, publishedAt: item.publishedAt })
  })
  unrank(items)
  uncount(items)
  unheat(items)
  unoutlet(items)
  unstatus(items)
  const own = articleTitle === null ? '' : headlineKey(articleTitle)
  const seen = new Map<string, Item>()
  return items.filter((item) => {
    const id = headlineKey(item.title)
    if (id === own) return false
    const first = seen.get(id)
    if (first) {
      // A headline a page lists twice (上一篇 and the 最新文章 widget) is one item, with the date either copy gives.
      first.publishedAt ??= item.publishedAt
      return false
    }
    seen.set(id, item)
    return true
  })
}
