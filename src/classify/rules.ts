import type { UserRules } from '../options.js'
import type { Block, BlockKind } from '../types.js'
import { findDate } from '../extract/dates.js'
import { codePointLength, hasLetters, isLettersAndDigits, lettersAndDigits } from '../letters.js'
import { BANNER_MAX_LENGTH, OPEN_ADVICE, OPEN_BULLET, OPEN_FIRST_RAN, OPEN_ORIGINAL_TITLE, OPEN_SUMMARY, TRIGGER_CAPTION, TRIGGER_COMMENT, TRIGGER_DATE, TRIGGER_DISCLAIMER, TRIGGER_INLINE_RELATED, TRIGGER_MAX_LENGTH, TRIGGER_META, TRIGGER_RELATIVE_TIME, TRIGGER_REPRINT, type Features } from './features.js'
import { isDataRow } from './lists.js'
import {
  ADULT_TERMS, AD_BOX, AD_TEASER, AD_TERMS, ATTACHMENT_FILE, PROMO_TERMS, SEO_QUERY_TERMS, BREADCRUMB_LABEL, BREADCRUMB_TRAIL, CRUMB_ARROW, CRUMB_LABEL_MAX, BYLINE, BYLINE_CHARS, BULLET_BYLINE, COMPILER_CREDIT, CREDIT_BRACKETS, CREDIT_LABEL, WRITER_ROLES, ENGLISH_BYLINE, NOT_A_NAME, OTHER_LABEL_TAIL, RELATIVE_TIME, COMMENTER, COMMENTER_AGO, COMMENTER_IP, COMMENT_FOOTER, COMMENTS_HEADING, COMMENTS_ON_POST, COPYRIGHT, COUNTER_LINE, CARD_META, ACTION_WORDS, DISCLAIMER, ADVICE_DISCLAIMER, ADVICE_DISCLAIMER_MAX, ENGLISH_HOSTING_DISCLAIMER, ENGLISH_HOSTING_DISCLAIMER_MAX, QUOTED, REPRINT_NOTICE, BRACKETED_PART, NOTICE_PROSE_MIN, FIRST_RAN, FIRST_RAN_MAX, RIGHTS_LINE_MAX, RIGHTS_WORDS,
  CAPTION_MAX, COUNTERS, CREDIT_ROLES, FOOTER_LINKS, GLUED_FIELDS, CAPTION_SHAPES, PHOTO_POSITION, POSITION_CAPTION_MAX, SCENE_CAPTION, SCENE_CAPTION_MAX, EDITOR_LINE, ORIGINAL_TITLE, isSummary, META_BARS, META_LABELS, META_MARKS, PREV_NEXT, PROMPT, COOKIE_NOTICE, COOKIE_NOTICE_MAX, COOKIE_NOTICE_STOPS_MAX, STORY_OPENER, WIRE_LEDE, END_MARK_LINE, END_MARK_MAX, HASHTAG_ROW, HASHTAG_ROW_MAX, REPLY_TITLE, RANK_HEADING, RELATED_HEADING, RELATED_INLINE, SECTION_LABELS, LETTER_FIELD_LABEL, SITE_FOOTER, SUBMITTED_BY, UI_PHRASES, UI_STATEMENTS, UI_STATEMENT_MAX, UPDATE_LABEL_BEFORE, BARE_URL, PERMALINK_LABEL, ROLE_UNDER_NAME, POSTED_WORDS_ONLY, ADDRESS_LINE,
} from './patterns.js'

/** What a rule sees: the block, its measurements, where it stands, and the merged user tables. */
export interface RuleContext {
  block: Block
  features: Features
  index: number
  count: number
  tables: RuleTables
}

/** A local rule: decides a block's kind from the block alone (the layout pass decides the rest). */
export interface Rule {
  id: string
  name: string
  kind: BlockKind
  description: string
  test: (ctx: RuleContext) => boolean
  /** Amid plain lines of the article the block is body after all: lines a site footer and a notice both print. */
  yieldsToBody?: boolean
  /** Inside the run with a paragraph right above and right below it, a block this holds for is a paragraph too: a sentence about what the rule looks for. */
  paragraphAmidProse?: (f: Features) => boolean
}

/** Built-in vocabularies merged with the user's `--rules`, compiled once per rules object. */
export interface RuleTables {
  adTerms: TermMatcher
  uiPhrases: PhraseTable
  user: Partial<Record<BlockKind | 'related' | 'meta', RegExp[]>>
  userChrome: readonly string[]
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A vocabulary compiled once: Latin terms must stand alone (`av` is not inside `java`), Han terms match anywhere. */
interface TermMatcher {
  /** The Han terms by their first character: a text is read once, looking up only the terms that start where it stands. */
  byFirst: PhraseTable
  /** Their first characters, looked up before the map (most characters start no term). */
  starts: Uint8Array
  latin: RegExp | null
}

function termMatcher(terms: readonly string[]): TermMatcher {
  const latin = terms.filter((t) => /^[a-z0-9 ]+$/.test(t))
  const byFirst = phraseTable(terms.filter((t) => !latin.includes(t)))
  const starts = new Uint8Array(0x10000)
  for (const first of byFirst.keys()) starts[first] = 1
  return {
    byFirst,
    starts,
    latin: latin.length > 0 ? new RegExp(`(?<![a-z])(?:${latin.map(escape).join('|')})(?![a-z])`, 'g') : null,
  }
}

const HAS_LATIN = /[a-z]/u

/** How many distinct terms of the vocabulary occur in the text. */
function countTerms(lower: string, terms: TermMatcher): number {
  let found: string[] | null = null
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if (terms.starts[c] === 0) continue
    for (const term of terms.byFirst.get(c)!) if (lower.startsWith(term, i) && !(found ??= []).includes(term)) found.push(term)
  }
  let hits = found?.length ?? 0
  if (terms.latin && HAS_LATIN.test(lower)) hits += new Set(lower.match(terms.latin)).size
  return hits
}

const ADULT = termMatcher(ADULT_TERMS)
const SEO_QUERY = termMatcher(SEO_QUERY_TERMS)
const KEYWORD_SEPARATOR = /[\s_|]+/u
// The longest a stuffed keyword is, in UTF-16 units.
const KEYWORD_MAX = 16
// Stuffed keywords are Chinese queries: a line with fewer Han characters than this holds no such list.
const KEYWORD_HAN_MIN = 8
/** How many items hold a search query word. */
const countQueries = (items: readonly string[]): number => items.filter((t) => countTerms(t, SEO_QUERY) > 0).length
const PROMO = termMatcher(PROMO_TERMS)
// The longest an ad box's line is, in characters.
const PROMO_MAX = 60
// A line that names its writer (`文/记者 叶子 图/记者 高峰`, `作者：韩雪 摄影：王磊`) is a byline, whatever credit ends it.
const WRITER_LABEL = /(?:^|[\s(【\[])(?:作者|撰文|撰稿|文字|文|报道|报导)\s*[:/|丨]/u

// Keyed by content: a worker thread gets a fresh copy of the same rules object with every job.
const compiled = new Map<string, RuleTables>()
let builtIn: RuleTables | undefined

/** Merge the user's rules with the built-in tables; a bad pattern was already rejected by `validateRules`. */
export function ruleTables(user: UserRules | undefined): RuleTables {
  if (!user) return (builtIn ??= buildTables({}))
  const key = JSON.stringify(user)
  let tables = compiled.get(key)
  if (!tables) {
    tables = buildTables(user)
    // A process sees one rules file, a library caller perhaps a few: keep the cache small regardless.
    if (compiled.size >= 8) compiled.clear()
    compiled.set(key, tables)
  }
  return tables
}

function buildTables(user: UserRules): RuleTables {
  const ui = [...UI_PHRASES, ...(user.chrome ?? [])].map((p) => lettersAndDigits(p.toLowerCase()))
  ui.sort((a, b) => b.length - a.length)
  const userPatterns: RuleTables['user'] = {}
  for (const [kind, list] of Object.entries(user.patterns ?? {})) {
    userPatterns[kind as BlockKind] = (list ?? []).map((p) => new RegExp(p, 'iu'))
  }
  return {
    adTerms: termMatcher([...AD_TERMS, ...(user.ad ?? []).map((t) => t.toLowerCase())]),
    uiPhrases: phraseTable(ui.filter(Boolean)),
    user: userPatterns,
    userChrome: (user.chrome ?? []).map((t) => t.toLowerCase()),
  }
}

/** Phrases by their first code unit, longest first. */
type PhraseTable = ReadonlyMap<number, readonly string[]>

function phraseTable(phrases: readonly string[]): PhraseTable {
  const table = new Map<number, string[]>()
  for (const phrase of phrases) {
    const list = table.get(phrase.charCodeAt(0)) ?? []
    list.push(phrase)
    table.set(phrase.charCodeAt(0), list)
  }
  for (const list of table.values()) list.sort((a, b) => b.length - a.length)
  return table
}

/**
 * How many code units of `words` no phrase covers, phrases taken left to right, longest first (what is left
 * after `replace(/longest|…|shortest/g, '')`); ASCII digits count only with `digits`. -1 when no phrase
 * occurs; counting stops past `max`. A walk instead of that replace: most lines fail at their first characters.
 */
function unitsOutside(words: string, table: PhraseTable, max: number, digits: boolean): number {
  let outside = 0
  let found = false
  for (let i = 0; i < words.length; ) {
    const c = words.charCodeAt(i)
    const phrase = table.get(c)?.find((p) => words.startsWith(p, i))
    if (phrase) {
      found = true
      i += phrase.length
      continue
    }
    if (digits || c < 0x30 || c > 0x39) outside++
    if (outside > max) return found ? outside : -1
    i++
  }
  return found ? outside : -1
}

// One stray letter may sit among the interface words (a close button's `x`).
const UI_REST_MAX = 1

// A footer's row of links with the site's name before them (`城事圈 联系我们 免责声明`): two or more footer links, one other
// item at most, a short name, spaces between. A row with bars between (`网站地图 | 法律声明 | 联系我们`) is a menu (CP207),
// which the layout treats as a page part.
const FOOTER_NAME_MAX = 8
const FOOTER_ITEMS = /\s+/u
// Every footer link ends in one of these pairs: a line holding none is looked at no further.
const FOOTER_QUICK = new RegExp([...new Set(FOOTER_LINKS.map((w) => w.slice(-2)))].join('|'), 'u')
const FOOTER_ROW_MAX = 40
function footerRow(lower: string): boolean {
  if (lower.length > FOOTER_ROW_MAX || !FOOTER_QUICK.test(lower)) return false
  const items = lower.split(FOOTER_ITEMS).filter((w) => w !== '')
  const links = items.filter((w) => FOOTER_LINKS.includes(w)).length
  const others = items.filter((w) => !FOOTER_LINKS.includes(w))
  return links >= 2 && others.length <= 1 && others.every((w) => w.length <= FOOTER_NAME_MAX)
}

const countHashes = (text: string): number => {
  let n = 0
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) n++
  return n
}

// A link back to the page's section: `返回新闻公报`, `返回列表页`.
const BACK_LINK = /^返回\p{Script=Han}{1,6}$/u

/** Two or more buttons set apart by spaces and a link back to a section (`分享 打印 返回新闻公报`). */
function buttonsWithBackLink(lower: string, uiPhrases: PhraseTable): boolean {
  let back = 0
  let buttons = 0
  for (const token of lower.split(/[\s|]+/u)) {
    const word = lettersAndDigits(token)
    if (word === '') continue
    if (BACK_LINK.test(word)) back++
    else if (unitsOutside(word, uiPhrases, 0, true) === 0) buttons++
    else return false
  }
  return back === 1 && buttons >= 2
}

/**
 * Two short labels joined by a breadcrumb arrow. What `/^[\p{L}\p{N}]{1,8}\s*(?:>>?|»|›|→)\s*[\p{L}\p{N}]{1,8}$/u`
 * says, without compiling its four property classes (~6 ms of a one-page run).
 */
export function isShortCrumb(text: string): boolean {
  const labels = text.split(CRUMB_ARROW)
  return labels.length === 2 && labels.every((l) => l !== '' && codePointLength(l) <= CRUMB_LABEL_MAX && isLettersAndDigits(l))
}

const CRUMB_ARROW_CHAR = /[>»›→]/

const SENTENCE_END = /[。!?]/u
// A notice speaks for the site or the piece (`本网`, `本文`, `我们`); a paragraph about rights speaks of others.
const SITE_VOICE = /本网|本站|本报|本刊|本台|本社|本文|此文|本号|本公众号|本平台|我们|我司/u
// The fewest clause marks a paragraph paraphrasing a rule has (a notice's own line has one or two).
const RIGHTS_PARAGRAPH_CLAUSES = 3
/** The words stand outside quotes (a story quoting `“未经许可不得转载”` is not a notice). */
const outsideQuotes = (lower: string, words: RegExp): boolean => words.test(lower) && words.test(lower.replace(QUOTED, ''))
/** The rights words stand only in a bracketed clause (whole or cut by a wrap) and the line goes on with prose: a watermark in a paragraph. */
function noticeAmidProse(lower: string): boolean {
  if (!lower.includes(')') && !lower.includes('(')) return false
  const rest = lower.replace(BRACKETED_PART, '')
  return !RIGHTS_WORDS.test(rest) && hasLetters(rest, NOTICE_PROSE_MIN)
}
const DOMAIN = /(?<![a-z0-9-])(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|tw|hk|info|cc|tv)(?:\.[a-z]{2})?(?![a-z0-9-])/iu
export const DOMAIN_G = new RegExp(DOMAIN.source, 'giu')
const NAV_SEPARATOR = /\s*[|/·•]\s*|\s+-\s+|\s{2,}|\s+/u
const MAY_SEPARATE = /[\s|/·•]/u
// A space between Han and a Latin word or a number is typography (`Apple 发布 iOS 18.2 正式版`), not a separator.
const PANGU_SPACE = /[\u4e00-\u9fff]\s+[a-z0-9]|[a-z0-9%]\s+[\u4e00-\u9fff]/u
const HAN_GAP = /[\u4e00-\u9fff]\s+(?=[\u4e00-\u9fff])/gu
const HEADLINE_MIN = 6

/** A banner: short, no sentence, keyword strings glued by separators. */
function bannerShaped(f: Features): boolean {
  if (f.length > BANNER_MAX_LENGTH || f.stops > 0) return false
  return f.separators >= 1 || f.length <= 40
}

// The longest line read as a page's address.
const PERMALINK_MAX = 300

const atEdge = (ctx: RuleContext): boolean => ctx.index === 0 || ctx.index === ctx.count - 1

const hasBar = (key: string): boolean => META_BARS.some((bar) => key.includes(bar))
// The writer labels that take a bar (the author label in META_LABELS), looked for only on a line with a bar.
const WRITER_BAR = /(?:作者|撰文|撰稿|文字|报道|报导)\s*[丨|/]/u
// A post's source set off by a bar at the line's start (`来源丨东州日报`, `来源 | 极客前哨`, `出品丨…`: the source label in META_LABELS).
const SOURCE_BAR = /^\s*(?:来源|出品)\s*[丨|]/u

/** Which meta labels a line carries (`来源:`, `作者:`…). */
export const metaFieldsOf = (key: string): string[] =>
  // Most blocks hold none of META_MARKS and no bar, and are ruled out without a regex.
  !META_MARKS.some((mark) => key.includes(mark)) && !(hasBar(key) && (WRITER_BAR.test(key) || SOURCE_BAR.test(key)))
    ? []
    : META_LABELS.filter(({ label }) => label.test(key)).map(({ field }) => field)

const words = (s: string): number => [...lettersAndDigits(s.replace(DOMAIN_G, ''))].length

/** The text before and after the first date in a key. */
function aroundDate(key: string): { iso: string; before: string; after: string } | null {
  const found = findDate(key)
  if (!found) return null
  return { iso: found.iso, before: key.slice(0, found.index), after: key.slice(found.index + found.length) }
}

/**
 * A line that is a date with at most a source name around it: `2025-05-16 14:06:03  虎嗅网`,
 * `news.example.cn 2025-09-09 14:32 嘉兴日报` (mirrors put their own domain in).
 */
export function dateLine(key: string): boolean {
  const parts = aroundDate(key)
  // Before the date: a few characters, an outlet (`城市晚报网 2025-03-14 …`), a byline (`文|财新 周蔚然 2025年…`)
  // or a CMS's poster (`由 青苇 于 星期二, 2013-04-16 14:32 提交`).
  if (!parts || (words(parts.before) > 4 && !OUTLET.test(parts.before) && !(words(parts.before) <= 12 && BYLINE_CHARS.test(parts.before) && BYLINE.test(parts.before)) && !POST_HEADER.test(parts.before) && !SUBMITTED_BY.test(parts.before))) return false
  // `要闻简报（2006年4月12日）`: a headline with its date in brackets, not a date line; an update label's (`最后更新 ( … )`) is one.
  if (BRACKETED_AFTER_WORDS.test(parts.before) && !UPDATE_LABEL_BEFORE.test(parts.before)) return false
  // What follows the date is a name set apart (`… 虎嗅网`), not a headline glued on (`…28一图看懂…`); an update note goes
  // first, and so do fields glued on (`…22:18更新于3小时前`, `…15:30IP属地：北京`, `（北京时间）更新于 …`).
  const rest = parts.after.replace(UPDATE_NOTE, ' ').replace(GLUED_FIELDS, ' ').replace(COUNTERS, ' ')
  const after = words(rest)
  // Longer only when it is a byline (`2024-01-08 东江晚报 首席记者 张三 实习生 王五`).
  return after === 0 || after <= 4 || ((after <= 12 || (after <= 24 && BYLINE_CHARS.test(rest) && BYLINE.test(rest))) && /^[\s|,;/·]/u.test(rest))
}
const endsInDigit = (s: string): boolean => {
  const c = s.charCodeAt(s.length - 1)
  return c >= 48 && c <= 57
}
const LEADING_SYMBOLS = /^[\p{So}\p{Sk}\s]+/u
// Symbols and emoji sit at U+2000 and above (emoji are surrogate pairs, from U+D800): a line opening lower opens with none.
const SYMBOLS_FROM = 0x2000
const TIME_TAIL = /\p{Script=Han}\S*\s+(?:\d{1,2}-\d{1,2}\s+)?\d{1,2}:\d{2}$|\p{Script=Han}\S*\s+\d{4}-\d{1,2}-\d{1,2}$/u
const BRACKET_ROW = /^(?:\s*【[^【】]{1,8}】){3,}\s*$/u
const BRACKET_ROW_MAX = 80
// Three or more labels glued together, each ending in the same word (`国务院部门网站省政府网站市县政府网站`).
const GLUED_MENU = /^(?:\p{Script=Han}{1,8}?(网站|频道|专题|栏目|平台))(?:\p{Script=Han}{1,8}?\1){2,}$/u
const GLUED_MENU_LAST = '站道题目台'
const GLUED_MENU_MAX = 40
const BRACKETED_DATE_TAIL = /\p{Script=Han}\s*\(\s*(?:\d{2,4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*\)$/u
const BRACKETED_AFTER_WORDS = /\p{Script=Han}{2}\s*[(\[【]\s*$/u
// A post's header before its date: a tag word, then the account and the author (`原创 桃源发布 桃源发布 2024-07-16 20:05 湖南`).
const POST_HEADER = /^\s*(?:原创|转载|独家|首发)(?:\s+\S{1,12}){1,3}\s+$/u
// An outlet's name alone: `城市晚报网`, `中央社`, `江城日报`.
const OUTLET = /^\s*\p{Script=Han}{2,10}(?:网|报|社|台|刊|新闻|在线|客户端)\s*$/u
// A time of update after the date: `2025/02/18 14:32(2/18 16:05 更新)`.
const UPDATE_NOTE = /^\s*\([^()]{0,24}更新\)/u

/**
 * Meta labels with values that look like metadata: an interview's `记者:你怎样看待…` carries the
 * label too, but what follows it is a sentence, not a name.
 */
const AUTHOR_LABEL = META_LABELS.find((l) => l.field === 'author')!.label

/**
 * A line opening with a date and holding a source's or a writer's label is the article's meta line, whatever credit ends
 * it (`2019年06月07日 12:30 来源:江城日报 记者:吴晓峰 摄影:李斌`); a caption names a picture, not where the story came from.
 */
function datedMetaLine(key: string): boolean {
  const date = findDate(key)
  return date !== null && words(key.slice(0, date.index)) === 0 && !PICTURE_SOURCE.test(key) &&
    metaFieldsOf(key).some((field) => field === 'source' || field === 'author')
}
// A picture's source label (`图片来源:`, `图源:`, `题图来自:`) is a caption's credit, not the article's source.
const PICTURE_SOURCE = /图片?(?:来源|来自|源)\s*:/u

function metaLineShaped(key: string): boolean {
  const fields = metaFieldsOf(key)
  if (fields.length === 0) return false
  if (fields.some((f) => f !== 'author')) return true
  // The value after the label, up to a label the table does not know (`2008-11-03 10:15 作者：厨房小白兔 人气：12873`).
  const label = AUTHOR_LABEL.exec(key)!
  const after = key.slice(label.index + label[0].length)
  // A date after the name ends it: the line is a byline and its date (`作者：Jenny Wang Mar 5, 2024 10:42 AM PT Updated: …`).
  const date = findDate(after)
  const value = (date ? after.slice(0, date.index) : after).trim().replace(OTHER_LABEL_TAIL, '')
  // A name, perhaps followed by an affiliation (`赵 培:北京物资学院`), not a sentence.
  return [...value].length <= 16 || /^(\p{Script=Han}{2,4}|\p{Script=Han}\s\p{Script=Han})(\s|[:;,(]|$)/u.test(value)
}

/** A comment header or a commenter line; each search only where the characters it needs are. */
function commentLine(lower: string, length: number, triggers: number): boolean {
  if (length <= REPLY_MAX && (REPLY_TITLE.test(lower) || (POST_COMMENTS_LAST.includes(lower[lower.length - 1]!) && COMMENTS_ON_POST.test(lower)))) return true
  if (length > COMMENT_MAX || (triggers & TRIGGER_COMMENT) === 0) return false
  return COMMENTS_HEADING.test(lower) || COMMENTER.test(lower) || (lower.includes('*]') && COMMENTER_IP.test(lower)) ||
    (lower.includes('回复') && COMMENT_FOOTER.test(lower)) ||
    ((lower.includes('前') || lower.includes('刚刚')) && COMMENTER_AGO.test(lower))
}
const COMMENT_MAX = 40
const REPLY_MAX = 120
// How COMMENTS_ON_POST ends (评论, 回复, 想法, 留言): other lines are not searched for it.
const POST_COMMENTS_LAST = '论复法言'

/** A byline whose first word is a name, not a link to the writer's other work (`作者其他文章`) or a caption's `记者提问`. */
function bylineNamed(key: string): boolean {
  const m = BYLINE_CHARS.test(key) ? BYLINE.exec(key) : null
  return m !== null && !NOT_A_NAME.test(m[1]!.split(/[\s、,和及]+/u)[0]!)
}

// A credit line names at least two roles (one is a byline's `文/张三`), each value short, the line at most this long.
const CREDIT_FIELDS_MIN = 2
const CREDIT_VALUE_MAX = 16
const CREDIT_LINE_MAX = 80
const CREDIT_SEPARATORS = /[/:]/gu
// The first character of every credit role, after any bracket: most lines with a slash or a colon end here.
const CREDIT_OPENING = new RegExp(`^[\\s(\\[【]*[${[...new Set(CREDIT_ROLES.map((r) => r[0]))].join('')}]`, 'u')
// The bar between two fields (`撰文：周启航｜数据支持：…`) is no part of the value before it.
const FIELD_BAR_AFTER = /[\s|丨]+$/u

/**
 * A credit line's fields in order, when every `/` and `:` on it follows a credit role (`（文/刘畅 图/化学与材料学院
 * 编辑/王敏 审核/张建国）` → 文 刘畅, 图 化学与材料学院, …), whatever its length or brackets; else null. A menu
 * (`新闻/图片/视频`) has a separator after a word that is no role, or a role with no value (`图/文/视频`).
 */
export function creditFields(key: string): { role: string; value: string }[] | null {
  if (key.length > CREDIT_LINE_MAX || (!key.includes('/') && !key.includes(':'))) return null
  if (!CREDIT_OPENING.test(key)) return null
  const line = key.trim().replace(CREDIT_BRACKETS, '')
  const labels = [...line.matchAll(CREDIT_LABEL)]
  if (labels.length < CREDIT_FIELDS_MIN || labels[0]!.index !== 0 || line.match(CREDIT_SEPARATORS)!.length !== labels.length) return null
  const fields = labels.map((m, i) => ({ role: m[1]!, value: line.slice(m.index + m[0].length, labels[i + 1]?.index ?? line.length).replace(FIELD_BAR_AFTER, '').trim() }))
  return fields.every((f) => f.value !== '' && f.value.length <= CREDIT_VALUE_MAX) ? fields : null
}
/** A credit line that names the writer (`文/刘畅 图/… 编辑/王敏 审核/张建国`): a byline, however many roles follow. */
const writerCredit = (key: string): boolean => creditFields(key)?.some((f) => WRITER_ROLES.includes(f.role)) === true

/** A picture's source in brackets closing the line (`（读者提供）`, `（档案照片）`): a caption without 摄 or 图. */
const bracketedSource = (lower: string): boolean =>
  lower.endsWith(')') && (lower.includes('提供') || lower.includes('照片') || lower.includes('相片'))

/** What SCENE_CAPTION needs, looked for first: its last character, or a 在 inside. */
const sceneShaped = (lower: string): boolean => {
  const last = lower[lower.length - 1]
  return last === '场' || last === '影' || last === '报' || lower.includes('在')
}

/**
 * An uncredited scene (`竣工投产仪式现场`, `村民在大棚内采摘香菇`): CP214's one shape without a mark of a picture,
 * so also a headline's (`上万名游客在古镇里欢度国庆`); the title search takes it back where only a headline stands.
 */
export const sceneCaption = (f: Features): boolean => {
  if (f.length > SCENE_CAPTION_MAX || !sceneShaped(f.lower)) return false
  if (f.han === f.length) return SCENE_CAPTION.test(f.lower)
  // A name in book-title marks or quotes is one word of the scene (`《南风知我意》定档海报`, `“澜海擎天3.0”液冷储能系统发布现场`).
  const named = f.lower.replace(QUOTED_NAME, '名')
  return named !== f.lower && HAN_ONLY.test(named) && SCENE_CAPTION.test(named)
}
const QUOTED_NAME = /《[^《》]{1,16}》|“[^“”]{1,16}”/gu
const HAN_ONLY = /^\p{Script=Han}+$/u

// An action bar: at most this long, at least this many buttons, at most this many other letters (the poster's name, a prompt).
const ACTION_BAR_MAX = 80
const ACTION_BAR_BUTTONS = 4
const ACTION_BAR_REST = 12

/** `□司徒嘉怡（媒体人）`: a bullet before a section's name (`■要闻`) is no byline. */
function bulletByline(key: string): boolean {
  const name = BULLET_BYLINE.exec(key)?.slice(1).find(Boolean)
  return name !== undefined && !SECTION_LABELS.includes(name) && !UI_PHRASES.includes(name) && !RELATED_HEADING.test(name) && !NOT_A_NAME.test(name)
}

/** A headline with a date before or after it, as related lists print them: `国足vs巴林感受球迷热情2025-06-10 18:28:11`. */
export function datedHeadline(key: string): { headline: string; iso: string } | null {
  const parts = aroundDate(key)
  if (!parts || dateLine(key) || metaFieldsOf(key).length > 0) return null
  const headline = `${parts.before} ${parts.after}`.replace(/^[-·•\s]+|[\s(\[【]+$/gu, '').trim()
  return words(headline) >= HEADLINE_MIN && !POSTED_WORDS_ONLY.test(headline) ? { headline, iso: parts.iso } : null
}

/** Ordered: the first rule that matches decides (ads before meta, meta before chrome, …). */
export const RULES: readonly Rule[] = [
  {
    id: 'CP101', name: 'ad-banner', kind: 'ad',
    description: 'Gambling or ad vocabulary (下注, 博彩, 娱乐城, 开户 …) in a short banner-shaped line, or one such term on the first or last line.',
    test: (ctx) => {
      const f = ctx.features
      if (!bannerShaped(f)) return false
      const hits = countTerms(f.lower, ctx.tables.adTerms)
      // One term with a site's address beside it is a banner too (`bet365中文官网 注册送888 www.….example`).
      return hits >= 2 || (hits >= 1 && (atEdge(ctx) || DOMAIN.test(f.lower)) && f.length <= 60)
    },
  },
  {
    id: 'CP105', name: 'keyword-stuffing', kind: 'ad',
    description: 'Search keywords strung together for engines: three or more short items set apart by spaces, `_` or `|`, two of them search queries (`北京装修公司哪家好 北京装修报价单 北京装修一平米多少钱`).',
    test: ({ features: f }) => {
      // Two query words in the line at all, before it is split (most lines have none).
      if (f.stops > 0 || f.clauses > 0 || f.length > BANNER_MAX_LENGTH || f.han < KEYWORD_HAN_MIN || f.gaps + f.separators < 2 || countTerms(f.lower, SEO_QUERY) < 2) return false
      const items = f.lower.split(KEYWORD_SEPARATOR).filter((t) => t !== '')
      return items.length >= 3 && items.every((t) => t.length <= KEYWORD_MAX) && countQueries(items) >= 2
    },
  },
  {
    id: 'CP102', name: 'adult-banner', kind: 'ad',
    description: 'Adult-site keyword strings joined by , _ - (three or more terms, or two on the first or last line).',
    test: (ctx) => {
      const f = ctx.features
      if (!bannerShaped(f) || f.separators < 2) return false
      const hits = countTerms(f.lower, ADULT)
      return hits >= 3 || (hits >= 2 && atEdge(ctx))
    },
  },
  {
    id: 'CP104', name: 'ad-box', kind: 'ad',
    description: 'An ad box inside a page: its header (`推广链接`, `我也要出现在这里`), a short line with two sales pitches (`纯中药减肥秘方免费领取`, `厂家直销 假一赔十`), or a teaser ending in a call to click (`…90平米全包只需这个数，点击查看`).',
    test: ({ features: f }) => f.length <= PROMO_MAX && f.stops === 0 && (AD_BOX.test(f.lower) || AD_TEASER.test(f.lower) || countTerms(f.lower, PROMO) >= 2),
  },
  {
    id: 'CP103', name: 'user-ad', kind: 'ad',
    description: 'Matches an `ad` pattern from the user rules file.',
    test: ({ block, tables }) => (tables.user.ad ?? []).some((re) => re.test(block.key)),
  },
  {
    id: 'CP201', name: 'copyright', kind: 'chrome',
    description: 'Copyright, licence, ICP registration and reprint notices (outside quotes; `版权所有`, `转载请注明` only on a short line or one without a full stop), where the piece first ran (`本文首发于…`), and a repost\'s provenance note (`本文转载自微信公众号“…”`, `编者按：本文来自微信公众号…`, `本文经授权发布…`, `本文来自企鹅号 - X`); a request to ask first (`如需转载，请联系…授权`), an author\'s bio carrying one too; a long line of clauses between two paragraphs of the article, with no mark and not in the site\'s voice, is a paragraph about the law (`法官介绍，…除著作权人声明不得转载、摘编的外，…`); a line whose `转载请注明` stands only in a bracketed watermark (whole or cut by a wrap) and that goes on with 12 letters of prose is the article\'s (`首发，转载请注明出处）中盘时，…`).',
    test: ({ features: f }) =>
      f.length <= TRIGGER_MAX_LENGTH &&
      (COPYRIGHT.test(f.lower) || (f.length <= FIRST_RAN_MAX && (f.opener & OPEN_FIRST_RAN) !== 0 && FIRST_RAN.test(f.lower)) ||
        // Every notice says 转载, 版权 or 未经: other lines are not searched for one.
        ((f.triggers & TRIGGER_REPRINT) !== 0 &&
          (outsideQuotes(f.lower, REPRINT_NOTICE) || ((f.length <= RIGHTS_LINE_MAX || f.stops === 0) && outsideQuotes(f.lower, RIGHTS_WORDS) && !noticeAmidProse(f.lower))))),
    // A story about copyright paraphrases the law (`法官介绍，…除著作权人声明不得转载、摘编的外，…`): a long line of clauses
    // between two paragraphs, with no mark and not in the site's voice, is one of its paragraphs.
    paragraphAmidProse: (f) => f.length > RIGHTS_LINE_MAX && f.clauses >= RIGHTS_PARAGRAPH_CLAUSES && !COPYRIGHT.test(f.lower) && !SITE_VOICE.test(f.lower),
  },
  {
    id: 'CP215', name: 'site-footer', kind: 'chrome',
    description: 'A short site-operator or contact line (主办单位:, `X主办 Y承办`, 网站标识码, 联系电话:, 邮编:, an address with a phone or switchboard `地址：… 总机：…`, an unlabelled street address ending the line, perhaps after its organisation (`香港中华出入口商会 香港上环干诺道中168-200号信德中心招商局大厦16楼`; not `人民路88号老宅将修缮`), a screen-resolution note `最佳浏览解析度为 1024x768`, a release\'s media contact `传媒查询：… 电话：…`, `媒体联系人：` / `张女士` / `电话：…`, an operator set apart from its verb, alone or with the site\'s address (`三江源国家公园管理局 主办 地址：…72号`), a link box\'s label with its links on the line (`友情链接：中国足球协会 湖北省体育局`)); amid plain lines of the article (a notice\'s how-to-apply part) it is body.',
    test: ({ features: f }) => f.length <= 80 && f.stops === 0 && (SITE_FOOTER.test(f.lower) || (f.lower.includes('号') && ADDRESS_LINE.test(f.lower))),
    yieldsToBody: true,
  },
  {
    id: 'CP221', name: 'summary', kind: 'chrome',
    description: 'A page\'s summary of the article: `核心提示：…`, `[导读]…`, a short or cut-off `摘要：…` (not a paper\'s abstract), a machine summary\'s box (`AI摘要 内容由AI生成，仅供参考`).',
    test: ({ features: f, block }) => f.length <= TRIGGER_MAX_LENGTH && (f.opener & OPEN_SUMMARY) !== 0 && isSummary(block.key, f.length),
  },
  {
    id: 'CP222', name: 'original-title', kind: 'chrome',
    description: 'A reprint\'s headline where it first ran: `（原标题：…）`.',
    test: ({ features: f }) => f.length <= 120 && (f.opener & OPEN_ORIGINAL_TITLE) !== 0 && ORIGINAL_TITLE.test(f.lower),
  },
  {
    id: 'CP216', name: 'disclaimer', kind: 'chrome',
    description: 'A site\'s disclaimer: `免责声明:…`, `广告声明:…`, `文章来源于网络，如有侵权请联系删除`, `不代表本站观点` (outside quotes), `本文仅为健康科普，不作为诊疗依据`, `风险提示：本网站提供的信息仅供参考，…`; a platform\'s hosting line (`本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点`) and its English copy (`…uploaded and posted by a user of NetEase Hao…only provides information storage services`).',
    test: ({ features: f }) => (f.length <= TRIGGER_MAX_LENGTH && (f.triggers & TRIGGER_DISCLAIMER) !== 0 && outsideQuotes(f.lower, DISCLAIMER)) ||
      (f.length <= ADVICE_DISCLAIMER_MAX && (f.opener & OPEN_ADVICE) !== 0 && ADVICE_DISCLAIMER.test(f.lower)) ||
      // The platform's English copy of its hosting disclaimer (NetEase Hao's `Notice: …`); no Chinese trigger in it.
      (f.length <= ENGLISH_HOSTING_DISCLAIMER_MAX && (f.lower.includes('posted by') || f.lower.includes('storage')) && ENGLISH_HOSTING_DISCLAIMER.test(f.lower)),
  },
  {
    id: 'CP212', name: 'prev-next', kind: 'chrome',
    description: 'Links to the previous or next article: `上一篇: …`, `下一篇: …`, a blog\'s `上一篇 …` without a mark.',
    test: ({ features: f }) => f.length <= 80 && PREV_NEXT.test(f.lower),
  },
  {
    id: 'CP202', name: 'breadcrumb', kind: 'chrome',
    description: 'Breadcrumb trails: `当前位置: 首页 > 国际 > 正文`, `首页 >> 新闻`, `世艺网>艺术教育`.',
    test: ({ features: f }) =>
      f.length <= 80 &&
      f.stops === 0 &&
      (BREADCRUMB_LABEL.test(f.lower) ||
        // both trail shapes need an arrow: most short lines have none, and are not scanned for one twice
        (CRUMB_ARROW_CHAR.test(f.lower) &&
          (isShortCrumb(f.lower) || (BREADCRUMB_TRAIL.test(f.lower) && /(>|»|›|→).*(>|»|›|→)|^(首页|主页|网站首页)|正文$/u.test(f.lower))))),
  },
  {
    id: 'CP203', name: 'editor-credit', kind: 'chrome',
    description: 'Editor and review credits: `(责任编辑:…)`, `责编:… 终审:…`, `编辑丨林夏`, `审核丨王立强`, a post\'s picture credit (`图片丨急诊科`, `图片｜四年级组`); an author\'s affiliation note (`（作者系…研究员）`).',
    test: ({ features: f }) => f.length <= 60 && EDITOR_LINE.test(f.lower),
  },
  {
    id: 'CP204', name: 'counter', kind: 'chrome',
    description: 'Click, read and comment counters (`点击量:7264`, `0 条评论`, two or more glued with thousands or 万 and a short note: `阅读 5.6万评论 1,203点赞 2,341数据实时更新`), a feed card\'s account, count and time ago (`饲料之家1.2万阅读1天前`), a forum poster\'s profile fields (`积分 312`, `在线时间 52 小时`), and an account card\'s stats (`粉丝 1.2万 文章 386`, `1208 文章 5.6万 粉丝`).',
    test: ({ features: f }) => f.length <= 40 && (COUNTER_LINE.test(f.lower) || ((f.lower.endsWith('前') || f.lower.endsWith('天')) && CARD_META.test(f.lower))),
  },
  {
    id: 'CP205', name: 'related-heading', kind: 'chrome',
    description: 'A header that opens a related list: 相关新闻, 推荐阅读, 猜你喜欢, 24小时热点, a magazine\'s 本期目录, a platform\'s `喜欢此内容的人还喜欢`, the writer\'s own list (`作者最新文章`, `TA的文章`), two words of which list and what it holds (`为你推荐`, `更多推荐`, `熱門點閱`, `最新发布`, `本周TOP10`) ….',
    test: ({ features: f }) => f.length <= 16 && RELATED_HEADING.test(f.lower),
  },
  {
    id: 'CP218', name: 'inline-related', kind: 'chrome',
    description: 'A related list on one line, its header first (`相关阅读：新能源汽车购置税减免政策延续　多地发放汽车消费券`): links set into the article, which goes on below it.',
    test: ({ features: f }) => f.length <= 120 && f.stops === 0 && (f.triggers & TRIGGER_INLINE_RELATED) !== 0 && RELATED_INLINE.test(f.lower),
  },
  {
    id: 'CP220', name: 'attachment-file', kind: 'chrome',
    description: 'A forum\'s attachment line: a file name with its size and download count (`北山环线.jpg (86.21 KB, 下载次数: 12)`).',
    // Every such line gives a size in kb or mb: most lines are not searched.
    test: ({ features: f }) => f.length <= 120 && (f.lower.includes('kb') || f.lower.includes('mb')) && ATTACHMENT_FILE.test(f.lower),
  },
  {
    id: 'CP223', name: 'permalink', kind: 'chrome',
    description: 'The page\'s own address, labelled (`本文链接：http://…`, `原文地址:`) or a bare URL alone on its line; never a headline, though its path may hold a date. Amid plain lines of the article a bare URL is body.',
    // Every such line holds a colon (a label's or the scheme's) or `www.`: most lines are not searched.
    test: ({ features: f }) => f.length <= PERMALINK_MAX && (f.lower.includes(':') || f.lower.includes('www.')) && (PERMALINK_LABEL.test(f.lower) || BARE_URL.test(f.lower)),
    yieldsToBody: true,
  },
  {
    id: 'CP213', name: 'comments', kind: 'chrome',
    description: 'A comment section header (网友评论, 最新评论, 0 条评论, `网友评论 (共 236 条)`, `热门评论（1,203）`, `读者回应 (2)`, a lone 评论) or a commenter line (`lr9111[219.130.79.*] 认为:`, `老张说车 浙江 2小时前`, `浪里白条IP属地：江苏`, `# re: …`), a comment\'s footer (`4月12日 23:05 回复 赞 31`), a blog\'s header naming the post (`《春茶开采推迟一周》上有2条评论`).',
    test: ({ features: f }) => commentLine(f.lower, f.length, f.triggers),
  },
  {
    id: 'CP226', name: 'hashtags', kind: 'chrome',
    description: 'A row of two or more hashtags (`#固态电池#储能#锂电池`, `#徽州 #古村落 #秋天去哪儿`): the page\'s topic tags, not article text.',
    test: ({ features: f }) => f.length <= HASHTAG_ROW_MAX && countHashes(f.lower) >= 2 && HASHTAG_ROW.test(f.lower),
  },
  {
    id: 'CP225', name: 'cookie-notice', kind: 'chrome',
    description: 'A site\'s cookie notice or its buttons: `本网站使用cookies以提升您的浏览体验。继续浏览即表示您同意…`, `We use cookies…`, `Accept Cookie Settings`; not a paragraph about cookie rules (no site voice, no button), nor one quoting a notice (`跳出一行字：「本网站使用Cookie…继续浏览即表示您同意…」`), a story\'s opening (`〔记者…／台北报导〕`, `本报讯`), a line of three or more sentences, an <h1> or the line that repeats the page\'s title.',
    // Quoted, the notice is the story's (`画面下方跳出一行字：「本网站使用Cookie…」`); so is a headline (an <h1>) or a story's opening.
    test: ({ features: f, block }) => f.length <= COOKIE_NOTICE_MAX && f.lower.includes('cookie') && f.stops <= COOKIE_NOTICE_STOPS_MAX && block.tag !== 'h1' &&
      outsideQuotes(f.lower, COOKIE_NOTICE) && !STORY_OPENER.test(f.lower) && !WIRE_LEDE.test(f.lower),
  },
  {
    id: 'CP217', name: 'prompt', kind: 'chrome',
    description: 'A call to action or an interface message: `点击上方蓝字关注我们`, `长按识别二维码`, `登录后阅读全文`, `剩余2863字`, `您的浏览器不支持 video 标签`, `00:00 / 02:35`, a public account\'s tail (`点击“在看”，让更多人看到`), an app\'s call to open it (`打开…APP 查看更多精彩内容`), a page\'s call to scan it (`扫一扫在手机打开当前页`), a click-here link (`点击此处查询全部房产投资新闻`), a search form\'s select boxes (`请选择品牌请选择车系查询`), a weather widget (`澳门天气：多云 22-27℃`), a subscription or news-tip call (`订阅《…》WhatsApp频道`, `立即订阅`, `有新闻线索？请拨打…`, `…新闻送到您的邮箱`), a public account\'s call to its original page (`预约挂号请点击“阅读原文”`).',
    // An emoji or an arrow may point at the prompt (`👆点击蓝字 关注我们`): tested again without it.
    test: ({ features: f }) => f.length <= 60 && (PROMPT.test(f.lower) || (f.lower.charCodeAt(0) >= SYMBOLS_FROM && LEADING_SYMBOLS.test(f.lower) && PROMPT.test(f.lower.replace(LEADING_SYMBOLS, '')))),
  },
  {
    id: 'CP214', name: 'caption', kind: 'chrome',
    description: 'A photo caption: HTML `<figcaption>`, or a short line shaped like one: ending in a credit (`古镇清晨的河埠头。周默 摄`, `（图源：微博@林若溪）`), crediting the pictures (`（本文图片均由本报记者周默拍摄）`), opening with ▲, ↑, 图为 or `图：`, naming a 示意图 or 截图, placing who stands where (`（左二）`), not a line naming its writer (`文/记者 叶子 图/记者 高峰`, `报道：林慧敏 摄影：陈志强`) nor one opening with a date and holding a source\'s or a writer\'s label (`2019年06月07日 12:30 来源:江城日报 记者:吴晓峰 摄影:李斌`), an uncredited scene (`竣工投产仪式现场`, `村民在大棚内采摘香菇`, `《南风知我意》定档海报`): it describes a picture, it is not article text.',
    test: ({ block, features: f }) => block.tag === 'figcaption' ||
      (f.length <= CAPTION_MAX && f.stops <= 2 && ((f.triggers & TRIGGER_CAPTION) !== 0 || bracketedSource(f.lower)) && CAPTION_SHAPES.some((re) => re.test(f.lower)) && !WRITER_LABEL.test(f.lower) && !datedMetaLine(block.key)) ||
      (f.length <= POSITION_CAPTION_MAX && f.stops <= 1 && f.lower.includes('(') && PHOTO_POSITION.test(f.lower)) ||
      sceneCaption(f),
  },
  {
    id: 'CP301', name: 'meta-line', kind: 'meta',
    description: 'A short line with metadata labels: 来源:, 作者:, 发布时间:, 关键词:, 编辑:; a post header\'s `来源 | …` or `出品丨…`; a writer\'s label also with a bar (`文字丨何雨萌`), and 报道:/报导: (`05/03/2024 20:15 报道：林慧敏 摄影：陈志强`, no caption); a labelled name with its dates after it (`作者：Jenny Wang Mar 5, 2024 10:42 AM PT Updated: …`).',
    test: ({ features: f, block }) => f.length <= 100 && f.stops === 0 && f.marks === 0 && (f.triggers & TRIGGER_META) !== 0 && metaLineShaped(block.key),
  },
  {
    id: 'CP302', name: 'date-line', kind: 'meta',
    description: 'A line that is a date, perhaps with a source name, an outlet or a byline around it (`2025-05-16 14:06:03  虎嗅网`, `城市晚报网 2025-03-14 11:20 记者 顾明轩`), fields glued after it (an update time, an IP location, a counter: `记者 冯一帆2024-03-10 22:18更新于3小时前`, `…15:30IP属地：北京`), or a time relative to now (`昨天 14:30`).',
    test: ({ features: f, block }) => f.length <= 60 && f.stops === 0 &&
      (((f.triggers & TRIGGER_DATE) !== 0 && dateLine(block.key)) || ((f.triggers & TRIGGER_RELATIVE_TIME) !== 0 && RELATIVE_TIME.test(block.key))),
  },
  {
    id: 'CP303', name: 'byline', kind: 'meta',
    description: 'A short byline: `记者 刘涛`, `本报记者 王小明 李华`, `澎湃新闻记者 周楠`, `文/张三`, `文／秘书室公关组 林佳颖　摄影／蔡承翰`, `（文/图：心血管内科 黎慧敏）`, `图文：王磊`, a credit line naming the writer however many roles follow (`（文/刘畅 图/化学与材料学院 编辑/王敏 审核/张建国）`: every `/` after a role word; fields set apart by bars too: `撰文：周启航｜数据支持：Choice数据`), `By John Smith`, the role and place under a name line (`北欧之声中文记者，斯德哥尔摩`), a compiler\'s credit alone on its line (`（陈立 整理）`, `（陈立 编译）`, `（整理：陈立）`), `□司徒嘉怡（媒体人）` (not `作者其他文章`, `作者其他作品`, `记者最新视频`).',
    test: ({ features: f, block }) => f.stops === 0 && !SENTENCE_END.test(f.lower) && ((f.length <= 24 && (bylineNamed(block.key) || ENGLISH_BYLINE.test(block.key) || ((f.opener & OPEN_BULLET) !== 0 && bulletByline(block.key)) ||
      ((f.lower.endsWith('人') || f.lower.includes(',')) && ROLE_UNDER_NAME.test(block.key)) || (f.lower.endsWith(')') && COMPILER_CREDIT.test(f.lower.trim())))) || writerCredit(block.key)),
  },
  {
    id: 'CP304', name: 'user-meta', kind: 'meta',
    description: 'Matches a `meta` pattern from the user rules file.',
    test: ({ block, tables }) => (tables.user.meta ?? []).some((re) => re.test(block.key)),
  },
  {
    id: 'CP403', name: 'user-related', kind: 'related',
    description: 'Matches a `related` pattern from the user rules file (below the body only).',
    test: ({ block, tables }) => (tables.user.related ?? []).some((re) => re.test(block.key)),
  },
  {
    id: 'CP401', name: 'dated-headline', kind: 'related',
    description: 'A headline glued to a timestamp, as related lists print them; not the post\'s own date line (`编辑于 2022-05-14 16:20・IP 属地上海`).',
    test: ({ features: f, block }) => f.length <= 100 && f.stops === 0 && (f.triggers & TRIGGER_DATE) !== 0 && datedHeadline(block.key) !== null,
  },
  {
    id: 'CP224', name: 'action-bar', kind: 'chrome',
    description: 'A post\'s action bar under the article: three or more buttons with their counts and little else (`码农小北 关注 6点赞 踩 41收藏 觉得还不错? 一键收藏 0评论 分享`); the article ends above it.',
    test: ({ features: f }) => {
      // Every bar has one of these buttons: most lines end here.
      if (f.length > ACTION_BAR_MAX || f.stops > 0 || !(f.lower.includes('赞') || f.lower.includes('收藏') || f.lower.includes('分享'))) return false
      const buttons = f.lower.match(ACTION_WORDS)
      if (!buttons || buttons.length < ACTION_BAR_BUTTONS) return false
      return lettersAndDigits(f.lower.replace(ACTION_WORDS, '')).replace(/[\d.]+[万千wk]?/gu, '').length <= ACTION_BAR_REST
    },
  },
  {
    id: 'CP206', name: 'ui-words', kind: 'chrome',
    description: 'Made only of interface words: 关闭, 分享到, 打印本页, 字号 大中小, 返回顶部, 上一篇, 列印, 转寄, 重新浏览 …, perhaps with a link back to a section among them (`分享 打印 返回新闻公报`, `重新浏览 返回图片频道`); or the interface telling the reader where they are (`您已浏览完本组图片`, `已经是最后一张`); a footer\'s row of two or more footer links, the site\'s name before them or not (`城事圈 联系我们 免责声明`).',
    test: ({ features: f, tables }) => {
      if (f.length > 80 || f.stops > 0) return false
      if (f.length <= UI_STATEMENT_MAX && f.clauses === 0 && f.lower.includes('已') && UI_STATEMENTS.test(f.lower)) return true
      const words = lettersAndDigits(f.lower)
      if (words === '') return false
      // Some interface word must be there: a bare number (a table cell, a page count) is not chrome by itself.
      const outside = unitsOutside(words, tables.uiPhrases, UI_REST_MAX, false)
      if (outside < 0) return f.gaps > 0 && footerRow(f.lower)
      return outside <= UI_REST_MAX || (f.gaps > 0 && words.includes('返回') && buttonsWithBackLink(f.lower, tables.uiPhrases)) || (f.gaps > 0 && footerRow(f.lower))
    },
  },
  {
    id: 'CP207', name: 'nav-list', kind: 'chrome',
    description: 'A menu line: several short labels separated by |, -, / or spaces, or bracketed (`【评论】【推荐】【打印】【关闭】`: a tool bar), or glued together when each ends in one word (`国务院部门网站省政府网站市县政府网站`: a site group\'s select boxes).',
    test: ({ features: f }) => {
      if (f.han === f.length && f.length <= GLUED_MENU_MAX && GLUED_MENU_LAST.includes(f.lower[f.lower.length - 1]!) && GLUED_MENU.test(f.lower)) return true
      // A row of bracketed buttons (`【评论】【楼盘论坛】【推荐】【大 中 小】【打印】 【关闭】`) is a tool bar.
      if (f.lower.startsWith('【') && f.length <= BRACKET_ROW_MAX && BRACKET_ROW.test(f.lower)) return true
      // Without a space or a separator mark there is one item: most lines end here.
      // A comma joins clauses of a sentence or a headline; menus do not have one, nor measured values (a table row).
      if (f.stops > 0 || f.marks > 0 || f.length > 120 || !MAY_SEPARATE.test(f.lower) || f.lower.includes(',') || (f.gaps >= 2 && isDataRow(f.lower))) return false
      // A headline with its date or time after it (`本周4只新股申购 资金面承压 11-18 12:30`) is a list item, not a menu.
      if (endsInDigit(f.lower) && TIME_TAIL.test(f.lower)) return false
      // So is one with its date in brackets (`城运会男篮半决赛 东陵队大胜海州队 (07/24 21:35)`): its slash separates no labels.
      if (f.lower.endsWith(')') && BRACKETED_DATE_TAIL.test(f.lower)) return false
      // A ranked list's subhead (`NO.10 浙江·前童古镇`, `TOP3 …`) numbers its entry; no menu does.
      if (RANK_HEADING.test(f.lower)) return false
      const items = f.lower.split(NAV_SEPARATOR).filter((s) => lettersAndDigits(s) !== '')
      if (items.length < 3) return false
      const longest = Math.max(...items.map((s) => [...s].length))
      const explicit = /[|/·•]|\s-\s/u.test(f.lower)
      // Spaced off Latin words and numbers, a headline still has at most one space between Han words; a spaced menu has several.
      if (!explicit && PANGU_SPACE.test(f.lower) && (f.lower.match(HAN_GAP) ?? []).length < 2) return false
      return longest <= 10 && (explicit || items.length >= 4) && f.length / items.length <= 7
    },
  },
  {
    id: 'CP208', name: 'site-name', kind: 'chrome',
    description: 'A site name with its domain: `中华网 china.com`.',
    test: ({ features: f }) => f.length <= 30 && f.stops === 0 && DOMAIN.test(f.lower),
  },
  {
    id: 'CP209', name: 'section-label', kind: 'chrome',
    description: 'A channel or section label standing alone: 新闻, 国际, 财经 …; inside the article, one in black brackets (`【本地】`) between two paragraphs is a digest\'s subhead when another label of that form there is no channel name (`【天气】`); a letter page\'s field label (`来信内容`, `回复内容`).',
    test: ({ features: f }) => f.length <= 6 && (SECTION_LABELS.includes(lettersAndDigits(f.lower)) || LETTER_FIELD_LABEL.test(lettersAndDigits(f.lower))),
  },
  {
    id: 'CP210', name: 'fragment', kind: 'chrome',
    description: 'A block with no words at all, a single stray character (`‹`, `»`, `日`), or an end mark alone (`－完－`, `—— END ——`, `END`, `（全文完）`, a dash-framed phrase of up to six Han characters such as `—— 直播结束 ——`).',
    // A character closing a sentence (`线。`) is the end of a hard-wrapped line, not a stray.
    test: ({ features: f }) => (f.length <= 3 && lettersAndDigits(f.lower).length <= 1 && !(f.han === 1 && f.stops + f.marks > 0)) || (f.length <= END_MARK_MAX && END_MARK_LINE.test(f.lower)),
  },
  {
    id: 'CP211', name: 'user-chrome', kind: 'chrome',
    description: 'Matches a `chrome` phrase or pattern from the user rules file.',
    test: ({ block, features: f, tables }) =>
      tables.userChrome.includes(f.lower.trim()) || (tables.user.chrome ?? []).some((re) => re.test(block.key)),
  },
  {
    id: 'CP701', name: 'user-junk', kind: 'junk',
    description: 'Matches a `junk` pattern from the user rules file.',
    test: ({ block, tables }) => (tables.user.junk ?? []).some((re) => re.test(block.key)),
  },
]

/** The first rule that matches, or undefined: the layout pass decides such blocks. */
export const firstMatch = (ctx: RuleContext): Rule | undefined => RULES.find((rule) => rule.test(ctx))

/** A local rule's id by its name, for the passes that read other rules' verdicts: ids are written once, in RULES. */
export function ruleId(name: string): string {
  const rule = RULES.find((r) => r.name === name)
  if (!rule) throw new Error(`no rule named ${name}`)
  return rule.id
}
