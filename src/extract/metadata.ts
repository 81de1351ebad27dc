import {
  ACCOUNT_STATS, AUTHOR_BIO, AUTHOR_CARD, CARD_FOLLOW_BUTTON, DATELINE_PLACES, FIELD_WORDS, FOLLOW_BUTTON, GLUED_FIELDS, IMAGE_CREDIT_WORDS, INTERFACE_WORD, REPOST_CREDIT, UNIT_ENDS, BULLET_BYLINE, BYLINE, COUNTERS, POSTED_UNNAMED, POSTER_HANDLE, PROFILE_LABEL, ENGLISH_BYLINE, LATIN_NAME_BEFORE_DATE, FORUM_POSTER, IP_REGIONS, META_LABELS, NAMES_ONLY, NEWSROOM_ROLE, NOT_A_COAUTHOR, NOT_A_NAME, ORGANISATION, OTHER_LABEL_TAIL, PERSON_NAME, PHOTO_CREDIT, PROFESSION, PROFILE_FIELDS, ROLE_QUALIFIERS, ROLE_UNDER_NAME, RELATIVE_TIME_IN, PERMALINK_LABEL,
  COMPILER_CREDIT, PLATFORM_ACCOUNT_KINDS, SECTION_LABELS, SUBMITTED_BY, UI_PHRASES, UPDATE_LABEL, WRITER_ROLES,
} from '../classify/patterns.js'
import { LAYOUT_RULES, postedDateLine } from '../classify/index.js'
import { SIGNATURE_DATE } from '../classify/notice.js'
import { creditFields, DOMAIN_G, ruleId } from '../classify/rules.js'
import type { HtmlMeta } from '../parse/html.js'
import type { Block } from '../types.js'
import { allSurnamed, isSurnamed, NAME_LIST, SIGNATURE_LINE_MAX, signatureNames } from './surnames.js'
import { headlineKey, isSiteName, MIN_TITLE_CHARS, splitTitle, stripTitleTail, withoutTitleLabel } from './title.js'
import { DAY_LENGTH, DEFAULT_READING, declaredDate, findDate, timeOfDay, urlDate, withoutDate, type DateReading, type FoundDate } from './dates.js'

export interface Metadata {
  title: string | null
  author: string | null
  publisher: string | null
  site: string | null
  publishedAt: string | null
  keywords: string[]
}

type Field = (typeof META_LABELS)[number]['field']

// A reprint's source without a colon, glued to its name (`2023-11-02 16:40转载自澎湃新闻作者：邵明远`, `本文转载自澎湃新闻，…`); not
// inside a sentence (`均转载自其它媒体`). Its value ends at a space or a comma as well as at the next label.
const REPRINTED_FROM = /(?<!\p{Script=Han})(?:本文)?转载自(?=\p{Script=Han})/giu

// The labels as global patterns, compiled once, to find every label on a line.
const GLOBAL_LABELS: { field: Field; label: RegExp; word?: true }[] = [
  ...META_LABELS.map(({ field, label }) => ({ field, label: new RegExp(label.source, 'giu') })),
  { field: 'source', label: REPRINTED_FROM, word: true },
]

/** Values of `label: value` pairs on one meta line: `来源:新华网 作者:张明` → source 新华网, author 张明. */
// Fields printed in sibling elements come glued (`编辑：郭晓审核：王磊`, `河清市民政局浏览次数：…`): a credit or counter label ends a value even without a space.
const GLUED_LABEL_TAIL = /(?<=\p{Script=Han}{2})(?:审核|校对|终审|复审|责编|编审|监制|摄影|浏览次数|浏览量|浏览|阅读次数|点击数|点击量|点击|阅读数|阅读量|访问量|字号|来源|分类|栏目|频道|标签|关键词|字数)\s*:.*$/u

// The piece of a value glued to the label after it: after a comma or a semicolon (group 1), or after a space (group 2).
const GLUED_BEFORE_LABEL = /(?:[,;]\s*(\p{Script=Han}{1,4})|\s(\p{Script=Han}{1,4}))$/u
// An unknown label after a comma (`，题图：视觉中国`): the field it starts is no part of the value.
const LABEL_AFTER_COMMA = /[,;]\s*\p{Script=Han}{1,6}\s*:.*$/u

export function metaPairs(key: string): Partial<Record<Field, string>> {
  const marks: { field: Field; start: number; end: number; word?: true }[] = []
  for (const { field, label: re, word } of GLOBAL_LABELS) {
    re.lastIndex = 0
    for (let m = re.exec(key); m; m = re.exec(key)) {
      // `责任编辑:` also contains `编辑:`; `作者:` inside `作者署名:`: keep the longest label at a place.
      if (!marks.some((o) => m!.index < o.end && m!.index + m![0].length > o.start)) {
        marks.push({ field, start: m.index, end: m.index + m[0].length, ...(word ? { word } : {}) })
      }
    }
  }
  marks.sort((a, b) => a.start - b.start)
  const pairs: Partial<Record<Field, string>> = {}
  // What the piece glued before a label says the field is about (`题图` of `，题图来自：视觉中国`, or opening the line).
  const opening = marks.length > 0 ? key.slice(0, marks[0]!.start).trim() : ''
  let about: string | undefined = IMAGE_CREDIT_WORDS.includes(opening) ? opening : undefined
  marks.forEach((mark, i) => {
    // Private-use characters (GBK user-defined codes: icons, bullets) are never part of a value.
    let value = key.slice(mark.end, marks[i + 1]?.start ?? key.length).replace(/\p{Co}/gu, '')
    if (mark.word) value = value.replace(/[\s,;].*$/u, '')
    // A field about a picture (`题图来自：视觉中国`) is the image's credit: no source, no author.
    const image = about !== undefined && IMAGE_CREDIT_WORDS.includes(about)
    // After a comma, a piece glued to the next label starts that field (`作者：苏木，题图来自：…`); after a space only an image's word does.
    const piece = i + 1 < marks.length ? GLUED_BEFORE_LABEL.exec(value) : null
    about = piece && (piece[1] !== undefined || IMAGE_CREDIT_WORDS.includes(piece[2]!)) ? piece[1] ?? piece[2] : undefined
    if (about !== undefined) value = value.slice(0, piece!.index)
    if (image) return
    // Brackets around the value go, but not the 《 of `《瞭望》杂志`, whose 》 is still inside it.
    // A value ends at a bar, or at a label the table does not know (`作者:周海涛 点击:1582`).
    const clean = value.replace(/^[\s\[【(「]+|^《(?![^》]*》)|[\s\]】)」|,;/\[【]+$|(?<!《[^》]*)》$/gu, '').replace(/\s*[|｜].*$|[\]】]\s*[\[【].*$/u, '').replace(GLUED_LABEL_TAIL, '').replace(OTHER_LABEL_TAIL, '').replace(LABEL_AFTER_COMMA, '').trim()
    if (clean && !(mark.field in pairs)) pairs[mark.field] = clean
  })
  return pairs
}

// The tools a portal prints on its meta row, beside the source: font size, print, close, share, bookmark, report an error
// (the longer word first: `我要纠错` before `纠错`).
const SOURCE_TOOL_WORDS = ['字号', '字体', '打印', '关闭', '分享', '收藏', '我要纠错', '纠错', '列印']
// A bracket holding only those tools or the size letters (`【大 中 小】`, `[打印]`, `【大 中 小】【关闭】`): the tool row,
// also glued to the name (adjacent elements printed without a gap); a bracket holding any other word (`【大众网】`) is none.
// The value may come without its last closer (the label reader drops a trailing `】`).
const TOOL_BRACKET = `[【\\[]\\s*(?:[大中小]|${SOURCE_TOOL_WORDS.join('|')})(?:[\\s:|/]*(?:[大中小]|${SOURCE_TOOL_WORDS.join('|')}))*\\s*(?:[\\]】]|$)`

// Where a source value ends: a wide gap, or a credit or counter after it (`体坛快讯 文/李四`, `澄江日报 通讯员 黄丽`, `云岭网 摄影:赵刚`).
// No source name holds 记者: an outlet glued to its reporter (`滨江日报记者 方圆`) ends there too.
// A portal's tool row printed after it on the same line ends it, in brackets (`新华社 【字号 大 中 小】`, `新华社 [打印]`) or not
// (`新华社 字号：大 中 小`, `新华社字体 大 中 小`), or glued in a bracket of tools (`东州日报【大 中 小】`); a tool word inside a
// name (`3D打印网`) has more of the name after it.
// The next field of a disclosure grid printed on the same line (`宿迁市农业农村局 发文日期：…`, `… 索引号：…`) ends it as well.
const GRID_LABELS = ['发文', '成文', '发布日期', '生成日期', '索引号', '主题分类', '主题词', '文号', '公开方式', '公开范围', '有效性', '体裁分类']
// The issuing office's labels in a government disclosure grid (source labels in META_LABELS): weaker than a labelled source.
const ISSUER_LABEL = /(?:发布机构|发布部门|来源单位|供稿单位)\s*:/u
const ISSUER_LABELS_G = new RegExp(ISSUER_LABEL.source, 'gu')
const SOURCE_END = new RegExp(`\\s{2,}|\\s+(?=(?:${GRID_LABELS.join('|')})(?:$|\\p{Script=Han}{0,2}\\s*:))|\\s*${TOOL_BRACKET}|\\s+(?=作者|(?:${ROLE_QUALIFIERS}|本报)?记者|通讯员|实习生|编辑|责任编辑|摄影|文\\s*[:/|丨]|点击|浏览|阅读|(?:评论|跟帖|收藏|点赞)\\s*[(:\\d]|[【\\[])|(?=(?:${ROLE_QUALIFIERS})?记者\\s*\\p{Script=Han}{2})|\\s*[【\\[]?\\s*(?:${SOURCE_TOOL_WORDS.join('|')})(?=$|[\\s:\\]】]|[大中小])`, 'u')

/** A source value without trailing dates, counters and brackets: `[ 人民网 ]` → `人民网`. */
function cleanSource(value: string): string | null {
  const date = findDate(value)
  // A public account's ID after its name (`极客前哨（ID：geekfront）`) is no part of it.
  // Nor a counter or a reading size printed after it (`临州日报阅读 2.3万`, `约3200字`).
  let v = (date ? withoutDate(value, date) : value).replace(ACCOUNT_ID, '').replace(COUNTERS, ' ').replace(READING_SIZE, ' ').trim()
  // A name in brackets is the source without them, and without what follows: a periodical's issue (`《东岳文学》2015年第6期`)
  // is where in the periodical, not who published it.
  const bracketed = /^[\[【(《「]\s*([^\]】)》」]+?)\s*[\]】)》」]/u.exec(v)
  v = bracketed ? bracketed[1]! : withoutUnbalancedClosers(v.split(SOURCE_END)[0]!)
  // A button printed after the source on the same line (`体坛晨报 分享`, `城市观察网 我要纠错`).
  const words = v.split(/\s+/u)
  while (words.length > 1 && UI_PHRASES.includes(words[words.length - 1]!.toLowerCase())) words.pop()
  // The medium after an account's name is no part of it (`来源：清溪健康公众号`).
  v = words.join(' ').replace(MEDIUM_AFTER_NAME, '')
  if (v.length < 2 || v.length > 30 || /^(www\.|https?:)/iu.test(v)) return null
  return v
}

const MEDIUM_AFTER_NAME = /(?<=\p{Script=Han}{2})\s*(?:微信)?公众号$/u

const CLOSER_OPENERS: Record<string, string> = { ']': '[', '】': '【', ')': '(', '》': '《', '」': '「' }

/** Trailing gaps and closers that close nothing: `人民网 ]` → `人民网`, but `东江电视台《民生直通车》` stays whole. */
function withoutUnbalancedClosers(value: string): string {
  let v = value.trimEnd()
  for (let opener = CLOSER_OPENERS[v.at(-1) ?? '']; opener !== undefined; opener = CLOSER_OPENERS[v.at(-1) ?? '']) {
    const closer = v.at(-1)!
    if (v.split(opener).length >= v.split(closer).length) break
    v = v.slice(0, -1).trimEnd()
  }
  return v.trim()
}

const ACCOUNT_ID = /\s*\(\s*(?:微信)?id\s*:[^)]*\)?/iu
// How long the piece is, as a post header prints it: `约3200字`, `全文2,400字`, `阅读约8分钟`, `预计阅读时间 5 分钟`.
const READING_SIZE = /(?:全文)?约?\s*[\d,.]+\s*[千万]?字|(?:预计)?阅读(?:时间|时长)?\s*(?:约|需)?\s*\d+\s*分钟/gu

// A pen name after an explicit `作者:` label may be longer than a person's name (`厨房小白兔`).
const PEN_NAME = /^\p{Script=Han}{2,8}$/u

// The next credit's label glued after a name (`记者 | 孙悦编辑 | 郭子涵`): the name stays, the label goes.
const GLUED_CREDIT = /(?<=\p{Script=Han}{2})(?:编辑|责编|摄影|审核|校对)$/u
// A counter glued after a name, its elements printed without a gap (`李阳我要评论(28)`): the name stays.
const GLUED_COUNTER = /(?<=\p{Script=Han}{2})(?<!我要)(?:我要评论|评论|浏览|阅读|点击)\(?\d*\)?$/u
// A word with a count after it: `我要评论(12)`.
const COUNTED = /\(\d*\)?$|\d+\)$/u
// Correspondents, interns and translators are credited after the reporters (`记者王磊 通讯员刘畅 孟佳`, `记者 王磊 编译 陈思妤`):
// the author is the reporter.
const CONTRIBUTOR_TAIL = /(?<=\p{Script=Han})\s*(?:通讯员|实习生|编译|译者|翻译)(?=[\s:]|\p{Script=Han}).*$/u

/**
 * A person's name from a byline value: `陈志明`, `刘洋 何静`; rejects markup, sentences and words that are no
 * name (`其他文章`); an organisation before the name goes (`东方证券 周立新`). After an explicit label
 * (`labelled`), a single pen name of up to eight characters counts.
 */
function cleanAuthor(value: string, labelled = false): string | null {
  // A Latin name ends before the date printed after it (`Jenny Wang Mar 5, 2024 10:42 AM PT`).
  const v = (LATIN_NAME_BEFORE_DATE.exec(value)?.[1] ?? value)
    .replace(GLUED_FIELDS, ' ')
    .replace(CONTRIBUTOR_TAIL, '')
    .replace(/^(本报|本台|本网|特约)?(记者|通讯员|作者|评论员)\s*/u, '')
    .replace(NEWSROOM_ROLE, ' ')
    .trim()
    // Big5's full-width solidus decodes to U+2215 (`〔記者陳怡君∕台北報導〕`), which NFKC keeps.
    .replace(/[/／∕]\s*\S+(报道|报导|摄)$/u, '')
    // The city the reporter filed from, glued before 报道 (`梁晨巴黎报道`, `王晓东 北京报道`); not the whole name.
    .replace(PLACE_BEFORE_REPORT, '')
    .replace(/(报道|报导|整理|撰文|摄)$/u, '')
    .replace(/\s*[:;(（].*$/u, '') // an affiliation after the name: `赵 培:北京物资学院`
    .trim()
  // Pages pad two-character names with spaces (`赵 培`): single characters are one name.
  const spaced = /^\p{Script=Han}(\s+\p{Script=Han}){1,3}$/u.test(v) ? v.replace(/\s+/gu, '') : v
  // A counter glued after the name (`陈楠 我要评论(12)`) and interface words are no names.
  // A role or a counter's label after the name (`林佳颖 摄影`, `张丽 阅读`) is no co-author.
  const pieces = spaced.split(/[\s、,，]+/u).flatMap(splitAtAnd)
  // A value ends at the next field word (`阿乐 发布于 2016年11月20日`), at a link after the name (`许振国 进入股吧`), or at the
  // next credit's role (`赵一鸣 摄影 钱程`): who follows took the pictures or checked the text.
  const fieldAt = pieces.findIndex((w, i) => FIELD_WORDS.includes(w) || (i > 0 && (INTERFACE_WORD.test(w) || NOT_A_COAUTHOR.test(w))))
  const words = (fieldAt < 0 ? pieces : pieces.slice(0, fieldAt)).map((w) => w.replace(GLUED_COUNTER, '').replace(GLUED_CREDIT, '')).filter((w) => w !== '' && !UI_PHRASES.includes(w.toLowerCase()) && !COUNTED.test(w) && !NOT_A_COAUTHOR.test(w))
  // `东方证券 周立新`, `东方证券分析师 周立新`: the employer and the profession are no names.
  const names = words.length > 1 ? words.filter((w) => !ORGANISATION.test(w) && !PROFESSION.test(w)) : words
  if (names.some((n) => NOT_A_NAME.test(n))) return null
  // A pen name after a label, but not a unit (`作者：校团委`): the writer is credited elsewhere.
  if (labelled && names.length === 1 && PEN_NAME.test(names[0]!) && !ORGANISATION.test(names[0]!)) return names[0]!
  // A unit (`校团委`, `宣传部`) is credited, not a person: three characters or more ending as units do.
  if (names.length === 0 || names.length > 4 || !names.every((n) => PERSON_NAME.test(n) && !(n.length >= 3 && ORGANISATION.test(n)))) return null
  return names.join(/、/u.test(spaced) ? '、' : ' ')
}

/**
 * `张三和李四`: two names joined by 和; but 和 is also a given name's character (`顾清和`, `张和平`, `李和`), so a
 * piece is split there only when both sides are names by their shape.
 */
function splitAtAnd(piece: string): string[] {
  const at = piece.indexOf('和')
  if (at < 0) return [piece]
  const left = piece.slice(0, at)
  const right = piece.slice(at + 1)
  return isSurnamed(left) && isSurnamed(right) ? [left, right] : [piece]
}

const TRAILING_ROLE = new RegExp(`(?:${ROLE_QUALIFIERS})?(?:记者|通讯员)$`, 'u')
const WEEKDAY = /^(星期|礼拜|周)[一二三四五六日天]$/u
// `2024年05月06日 08:30 记者 周晓雯`: what follows the date is a byline, not a source.
const BYLINE_WORD = /^(本报|本台)?(记者|作者|编辑|责编|通讯员|摄影|特约|编译|译者|翻译|译(?:$|[:/]))/u

/** Name after a date on a date line: `2025-05-16 14:06:03  虎嗅网` → `虎嗅网`. */
const SOURCE_WORD = /^(?:本文来源于|来源于|来源|来自|本文转载自|转载自|转自)\s*/u
const CHANNEL = /(?:频道|栏目|版块|专栏)$/u

const POSTED_FROM = /^(?:发布|发表)于/u
// Where a post was posted from, as platforms print it after the time: a province (IP_REGIONS) or, abroad, a country
// (`… 18:30 美国`). No source.
const COUNTRIES: readonly string[] = [
  '美国', '加拿大', '墨西哥', '巴西', '阿根廷', '英国', '法国', '德国', '意大利', '西班牙', '葡萄牙', '荷兰', '比利时', '瑞士', '瑞典', '挪威',
  '丹麦', '芬兰', '爱尔兰', '奥地利', '波兰', '俄罗斯', '乌克兰', '希腊', '土耳其', '日本', '韩国', '朝鲜', '蒙古', '越南', '泰国', '新加坡',
  '马来西亚', '印度尼西亚', '菲律宾', '柬埔寨', '缅甸', '老挝', '印度', '巴基斯坦', '以色列', '阿联酋', '沙特阿拉伯', '卡塔尔', '伊朗', '埃及',
  '南非', '尼日利亚', '肯尼亚', '澳大利亚', '新西兰',
]
const POSTING_PLACES: readonly string[] = [...IP_REGIONS, ...COUNTRIES]
// How an outlet's name ends (`虎嗅网`, `新闻晨报`, `中央社`, `新浪体育`, `东方热线`, a newsroom `港务集团新闻中心`, `县融媒体中心`): without a word that says source, only such a
// name after a date is one. A bare place there (`东州发布 2025年04月09日 18:30 东州`) is where the post was made, and a
// forum's poster (`2003-5-29 09:07 高山流水`) wrote it.
const OUTLET_NAME = /(?:网|網|报|社|台|刊|新闻|在线|客户端|杂志|周刊|传媒|媒体|体育|财经|热线|资讯|频道|电视|广播|之声|之家|号|(?:新闻|融媒体?|传媒)中心)$/iu
const REPORTER_WORD = new RegExp(`^(?:${ROLE_QUALIFIERS}|本报|本台)?(?:记者|通讯员)`, 'u')
function nameAfterDate(key: string): string | null {
  const date = findDate(key)
  // `由 青苇 于 … 提交`: the word after the date says posted, and the name before it is the poster's.
  if (!date || SUBMITTED_BY.test(key.slice(0, date.index))) return null
  // `… 18:47 来源于 财新网`: the word that says "from" is not the name.
  // A label after the name (`新闻晨报 作者:吴佳`) leaves it the name; a label in the first word makes it none.
  const after = key.slice(date.index + date.length).replace(COUNTERS, ' ').replace(READING_SIZE, ' ').trim()
  const labelled = SOURCE_WORD.test(after)
  const rest = after.replace(SOURCE_WORD, '').replace(/\s+\S{1,6}:.*$/u, '')
  // `…11:05发布于北京`: where it was posted from, not who published it.
  if (!rest || /[:]/u.test(rest) || POSTED_FROM.test(rest)) return null
  // `新华社记者 张三`: the outlet is the source, its role word is not.
  // A channel's name before the outlet (`02:18 财经频道 经济日报`) is the page's section, not its source.
  const tokens = rest.split(/\s+/u)
  const at = CHANNEL.test(tokens[0]!) && tokens[1] ? 1 : 0
  const token = tokens[at]!
  if (WEEKDAY.test(token) || BYLINE_WORD.test(token)) return null
  const first = token.replace(TRAILING_ROLE, '')
  // A name whose reporter is credited after it (`城市通 记者 何静`, `新华社记者 张三`) is the newsroom, whatever its shape.
  const newsroom = first !== token || REPORTER_WORD.test(tokens[at + 1] ?? '')
  if (!first || POSTING_PLACES.includes(first) || UI_PHRASES.includes(first) || FIELD_WORDS.includes(first) || !(labelled || newsroom || OUTLET_NAME.test(first))) return null
  return /^[\p{Script=Han}a-z0-9.]{2,16}$/iu.test(first) && /\p{Script=Han}/u.test(first) ? first : null
}

// An outlet's name alone before the date: `香江時報　2015年6月4日（星期四）11:32`.
const OUTLET_BEFORE_DATE = /^\s*([\p{Script=Han}a-z0-9.]{2,12})\s*$/iu

/** The outlet a date line of the article's opens with (`香江时报 2015年6月4日（星期四）11:32`); no account (`东州发布`), no place. */
function outletBeforeDate(key: string): string | null {
  const date = findDate(key)
  const m = date && date.index > 0 ? OUTLET_BEFORE_DATE.exec(key.slice(0, date.index)) : null
  const name = m?.[1]
  return name && /\p{Script=Han}/u.test(name) && OUTLET_NAME.test(name) && !POSTING_PLACES.includes(name) && !SECTION_LABELS.includes(name) ? name : null
}

// What a platform prints after a post's date: where it was posted from (`发布于浙江`, `发表于：广东省`, `IP属地：北京`).
const POSTED_FROM_AFTER = /^\s*(?:发布于|发表于|ip属地)/iu

// A person's name, then a job title, a space apart (PROFESSION says which titles).
const NAME_AND_TITLE = /^(\p{Script=Han}{2,4})\s+(\p{Script=Han}{2,8})$/u
/** A writer's name and job title before a date (`周宁 产品经理` of `周宁 产品经理 2024年3月12日 阅读约 5 分钟`, a company blog's byline): the name. */
function nameWithJobTitle(head: string): string | null {
  const m = NAME_AND_TITLE.exec(head.trim())
  return m && PROFESSION.test(m[2]!) && isSurnamed(m[1]!) ? m[1]! : null
}

/** The same byline on a line between the title and the body the layout left undecided: the name. */
function titledNameAbove(blocks: Block[], title: number, firstBody: number): string | null {
  if (title < 0 || firstBody < 0) return null
  for (let i = title + 1; i < firstBody; i++) {
    const key = blocks[i]!.key
    if (key.length > CREDIT_LINE_MAX || !isUndecided(blocks[i]!)) continue
    const date = findDate(key)
    const name = date ? nameWithJobTitle(key.slice(0, date.index)) : null
    if (name) return name
  }
  return null
}

// `陈一鸣 发布于 2022-02-15 10:03`: the name before the word that says posted.
const POSTED_BY = /^\s*([\p{Script=Han}a-z0-9_.\-]{2,12})\s+(?:发布|发表)于/iu

/**
 * `陈一鸣 发布于 …`, `由 青苇 于 星期二, 2013-04-16 14:32 提交`, or a field of a date line set apart by bars
 * (`2021-09-12 18:05 | 何方 | 阅读 3468`) that is a person's name.
 */
function nameOnDateLine(key: string): string | null {
  const posted = POSTED_BY.exec(key)
  if (posted) return cleanAuthor(posted[1]!, true)
  const date = findDate(key)
  if (!date) return null
  const submitted = SUBMITTED_BY.exec(key.slice(0, date.index))
  if (submitted) return cleanAuthor((submitted[1] ?? submitted[2])!, true)
  // A platform's account before the date, where it posted from after it (`江南老味道2023-03-28 18:06发布于浙江`,
  // `港湾财经观察 2022-08-02 21:47 IP属地：广东`): the account wrote the post. An outlet there (`新华网`) is the source.
  const head = key.slice(0, date.index).trim()
  if (head !== '' && POSTED_FROM_AFTER.test(key.slice(date.index + date.length)) && isAccount(head) && !ORGANISATION.test(head) &&
    !POSTING_PLACES.includes(head) && !SECTION_LABELS.includes(head) && !BYLINE_WORD.test(head) && !NOT_A_NAME.test(head)) return head
  const titled = nameWithJobTitle(head)
  if (titled) return titled
  if (!/[|·]/u.test(key)) return null
  for (const name of fieldsAfterDate(key, date)) {
    // A bare field is a person only by its surname: a channel's tag there (`芯片前哨·2021-07-20 08:14·芯片`) is none.
    if (NAMES_ONLY.test(name) && !name.includes(' ') && allSurnamed(name) && !ORGANISATION.test(name) && !SECTION_LABELS.includes(name) && !UI_PHRASES.includes(name) && !POSTING_PLACES.includes(name)) return cleanAuthor(name)
  }
  return null
}

/**
 * A platform post's header names its account: `原创 码农小北 …2021-03-15`, `原创 2022-04-18 09:30 · 老杨说三农`;
 * not an outlet (`原创 2024-03-18 09:42 · 荆楚网`), and only when nothing names a writer.
 */
function postAccount(key: string): string | null {
  if (!ORIGINAL_POST.test(key)) return null
  const date = findDate(key)
  if (!date) return null
  const account = (name: string | undefined): boolean => name !== undefined && isAccount(name) && !ORGANISATION.test(name) && !POSTING_PLACES.includes(name)
  const head = key.slice(0, date.index)
  const before = ACCOUNT_BEFORE_DATE.exec(head)?.[1]
  if (account(before)) return before!
  // WeChat prints the writer, then the account right before the date (`原创 省公安厅反诈中心 平安江川 2023-07-14 18:30`):
  // when the first is a unit, the account is the author.
  const tokens = head.trim().split(/\s+/u)
  const last = tokens.length > 2 ? tokens[tokens.length - 1] : undefined
  if (account(last)) return last!
  // Since 2022 the header ends in where it was posted from (`发表于江川`, `IP属地：浙江`): a place, no account.
  const after = fieldsAfterDate(key, date).map((f) => f.replace(POSTED_FROM_PLACE, '').trim()).find((f) => f !== '')
  return account(after) ? after! : null
}
// A platform's post date line, wherever the layout put it (`编辑于 2022-05-14 16:20・IP 属地上海`, `发布于 2023-03-28 18:06 浙江`): a
// publish or edit label, the date, perhaps where it was posted from, nothing else. A live blog's dated entry has text beside it.
const POST_DATE_LABEL = /^\s*(?:发布于|编辑于|发表于|更新于)\s*/u
function postDateLine(key: string): boolean {
  const label = key.includes('于') ? POST_DATE_LABEL.exec(key) : null
  const date = label ? findDate(key) : null
  if (!date || date.index !== label![0].length) return false
  // The words beside the date as the related list reads them (an IP location), or a province posted from (`… 浙江`).
  return postedDateLine(key) || POSTING_PLACES.includes(key.slice(date.index + date.length).replace(/^[\s・･·|]+/u, '').trim())
}

/** A WeChat header naming the writer, then the account right before the date (`原创 沈佳怡 德清县城关小学 2024-05-10 17:45 浙江`): the account. */
function wechatAccount(key: string): string | null {
  if (!ORIGINAL_POST.test(key)) return null
  const date = findDate(key)
  // `原创 码农小北 最新推荐文章于 2023-08-01`: the date of another article, no account before it.
  const head = date ? key.slice(0, date.index) : ''
  const tokens = head !== '' && !NEWEST_OTHER.test(head) ? head.trim().split(/\s+/u) : []
  // `原创`, the writer, the account: with the writer alone (`原创 码农小北 2021-03-15`) the name is the author only.
  const last = tokens.length > 2 ? tokens[tokens.length - 1]! : null
  return last !== null && isAccount(last) && !POSTING_PLACES.includes(last) && !BYLINE_WORD.test(last) ? last : null
}

// A platform's label before the account on the post's date line (`2016年09月12日 14:06凤凰号 山野漫游记`, `百家号 杏林晓说`).
const ACCOUNT_AFTER_LABEL = new RegExp(`(?:${PLATFORM_ACCOUNT_KINDS})\\s+([\\p{Script=Han}a-z0-9_]{2,12})\\s*$`, 'iu')
/** The account after a platform's label on a dated line between the title and the body, whatever the layout made of that line. */
function labelledAccount(blocks: Block[], titleAt: number, firstBody: number): string | null {
  if (titleAt < 0 || firstBody < 0) return null
  for (let i = titleAt + 1; i < firstBody; i++) {
    const key = blocks[i]!.key
    const m = key.includes('号') ? ACCOUNT_AFTER_LABEL.exec(key) : null
    const name = m?.[1]
    if (name !== undefined && findDate(key) && isAccount(name) && !UI_PHRASES.includes(name) && !SECTION_LABELS.includes(name) && !POSTING_PLACES.includes(name)) return name
  }
  return null
}

// A profile's counts on an account card, every token a count and a profile word (`1208 文章 5.6万 粉丝`, `粉丝：1.2万 文章：2356`,
// `1.8万获赞 3.6万粉丝`, `862万总阅读`), or a WeChat card's ID (`微信号qingwufabu`). A headline with figures has other words.
const ACCOUNT_STATS_LINE = new RegExp(String.raw`^\s*${ACCOUNT_STATS}$|^\s*微信号\s*:?\s*[a-z][\w-]{3,}\s*$`, 'iu')
const ACCOUNT_STATS_MAX = 40
// How far above the counts the card's name stands: the name, then a bio.
const CARD_REACH = 2

/**
 * The account on a platform's account card: the name over a one-line bio and the profile's counts (`青岸观察` / `关注城市与居住的
 * 财经号` / `1208 文章 5.6万 粉丝` / `+订阅`), the top line of the card that is a handle. The page names it elsewhere too (the
 * header, a feed card's source): a sidebar's card of some other account, or a bio, does not count.
 */
function accountCard(blocks: Block[]): string | null {
  for (const [i, block] of blocks.entries()) {
    const key = block.key
    if (key.length > ACCOUNT_STATS_MAX || !/\d/u.test(key) || !ACCOUNT_STATS_LINE.test(key)) continue
    let name: string | null = null
    for (let k = i - 1, reach = 0; k >= 0 && reach < CARD_REACH; k--) {
      const line = blocks[k]!.key.trim()
      if (CARD_FOLLOW_BUTTON.test(line) || ACCOUNT_STATS_LINE.test(line)) continue
      reach++
      if (blocks[k]!.kind === 'title' || blocks[k]!.kind === 'body') break
      if (isAccount(line) && !/\d/u.test(line) && blocks.some((b, j) => j !== k && b.key.includes(line))) name = line
    }
    if (name !== null) return name
  }
  return null
}

// A source that names only the platform or its channel (`澎湃新闻·澎湃号·政务`, `凤凰号`): no outlet.
const PLATFORM_ONLY = new RegExp(`(?:^|[·\\s])(?:${PLATFORM_ACCOUNT_KINDS})(?:$|[·\\s])`, 'u')
// A bare source label opening a line, perhaps in brackets (`本文来源：`, `（来源：`, `来源 |`); not a picture's or figures' (`图片来源：`).
const CLOSING_SOURCE = /^\s*\(?\s*(?:本文|文章|稿件)?来源\s*[:丨|]/u
// A writer's credit among `role：value` pairs under the body (`撰文：周启航｜数据支持：Choice数据`); group 1 is the name.
const CLOSING_WRITER = /^\s*(?:撰文|撰稿|作者|文|记者)\s*[:丨|/]\s*(\p{Script=Han}{2,4})\s*(?:$|[丨|/]\s*\p{Script=Han}{2,6}\s*[:丨|/])/u
const CLOSING_WRITER_MAX = 40

/** The writer credited under the body or closing it, a person by their surname. */
function closingWriter(blocks: Block[], firstBody: number): string | null {
  if (firstBody < 0) return null
  for (let i = blocks.length - 1; i > firstBody; i--) {
    const key = blocks[i]!.key
    const m = key.length <= CLOSING_WRITER_MAX ? CLOSING_WRITER.exec(key) : null
    if (m && isSurnamed(m[1]!)) return m[1]!
  }
  return null
}

const POSTED_FROM_PLACE = /(?:发表于|发布于)\s*\p{Script=Han}{2,4}$|IP属地\s*:?\s*\S*/u

/** The fields after a date line's date, set apart by bars or dots, counters gone (`2021-09-12 18:05 | 何方 | 阅读 3468`). */
const fieldsAfterDate = (key: string, date: FoundDate): string[] =>
  key.slice(date.index + date.length).replace(COUNTERS, ' ').split(/[|·]/u).map((f) => f.trim())
// The badge may be glued to the date once its span is flattened (`原创2021-06-08 17:45·鹭岛生活志`).
const ORIGINAL_POST = /^\s*原创(?:\s|(?=\d))/u
const ACCOUNT_BEFORE_DATE = /^\s*原创\s+([^\s\d][^\s]{1,11})\s/u

// HTML: tags printed as links after an empty `标签:` label, on the label's source line (`标签:` `观鸟` `湿地`).
const TAG_MAX = 12
const TAGS_MAX = 10
function tagsAfter(blocks: Block[], label: number): string[] {
  const line = blocks[label]!.line
  const tags: string[] = []
  for (let k = label + 1; k < blocks.length && tags.length < TAGS_MAX; k++) {
    const b = blocks[k]!
    if (line === null || b.line !== line || b.kind === 'body' || b.text.trim().length > TAG_MAX) break
    tags.push(b.text.trim())
  }
  return tags
}

// What a page's declared name or <title> tail holds when it is no site's name: the software's credit (`Powered by Discuz!`), a
// label or a sentence (`新闻稿：基层长者…`, `…精品展”开幕-霁州博物馆`: quotes, a colon, sentence marks), a channel of the
// site that did not name itself (`…伤机"_商业频道`).
const NOT_A_SITE = /powered\s+by|[:：“”「」"，,。!！?？]|频道$/iu
const CHANNEL_AFTER_SITE = /(?<=\S)\s*[·・|]\s*\p{Script=Han}{2,6}频道$/u

/** The site an HTML page names (og:site_name, application-name, the <title>'s tail), unless it is the headline itself or no name. */
function declaredSite(declared: string | null, headline: string | null): string | null {
  // The site before its channel (`潮新闻·城市频道`) is the site.
  const site = declared?.replace(CHANNEL_AFTER_SITE, '') ?? null
  if (!site || NOT_A_SITE.test(site)) return null
  if (headline === null) return site
  const key = headlineKey(headline)
  if (headlineKey(site) === key) return null
  // A tail still holding the headline's end before a hyphen (`…圆满落幕-明德市第一中学`, the title split at its `——`): the name follows.
  const hyphen = Math.max(site.lastIndexOf('-'), site.lastIndexOf('－'))
  const before = hyphen > 0 ? headlineKey(site.slice(0, hyphen)) : ''
  return before.length >= MIN_TITLE_CHARS && key.includes(before) ? site.slice(hyphen + 1).trim() || null : site
}

/**
 * A text dump's site: the name after its first line's headline (`…亲子阅读季启动 - 滨江市图书馆`), when that line is the page's
 * <title> (its head is the headline found) and the name reads as a site's (`网`, `报`, `中心`… at its end); else the name in
 * the site's header above the headline, printed with its domain (`中華網 china.com`). A dump opening with a menu
 * (`新闻中心 | 图片中心`) names none.
 */
function siteAfterTitle(blocks: readonly Block[], headline: string | null): string | null {
  const first = blocks[0]
  if (!first || headline === null) return null
  const { head, tail: named } = splitTitle(first.text)
  const tail = named?.replace(CHANNEL_AFTER_SITE, '') ?? null
  if (head !== null && tail !== null && isSiteName(tail) && !NOT_A_SITE.test(tail) && headlineKey(head) === headlineKey(headline)) return tail
  const titleAt = blocks.findIndex((b) => b.kind === 'title')
  for (let i = 0; i < (titleAt < 0 ? 0 : titleAt); i++) {
    if (blocks[i]!.rule !== SITE_NAME_RULE) continue
    const name = blocks[i]!.text.replace(DOMAIN_G, '').trim()
    if (isSiteName(name)) return name
  }
  return null
}
const SITE_NAME_RULE = `${ruleId('site-name')} site-name`

/**
 * The first date on a meta block wins; a later date in a meta line only fills in when there was none.
 * Dates read as the page's `reading` says (slash order, 民国 years: `dateReading`).
 */
export function extractMetadata(blocks: Block[], htmlMeta: HtmlMeta | null, reading: DateReading = DEFAULT_READING): Metadata {
  const titleAt = blocks.findIndex((b) => b.kind === 'title')
  // A dump's first line is usually the page's <title>, with the site's name after the headline.
  const headline = titleAt === 0 ? stripTitleTail(withoutTitleLabel(blocks[0]!.text)) : titleAt > 0 ? withoutTitleLabel(blocks[titleAt]!.text) : null
  // A garbled headline (GBK mojibake: `青溪县春茶开采 枧┟Σ伞懊髑安琛?`) whose clean copy the page title holds gives way to it.
  const pageTitle = htmlMeta?.title ?? (titleAt > 0 ? stripTitleTail(blocks[0]!.text) : null)
  const title = headline !== null && pageTitle !== null && garbledCopyOf(headline, pageTitle) ? pageTitle : headline
  const meta: Metadata = {
    title: title ?? htmlMeta?.title ?? null,
    author: null,
    publisher: null,
    site: htmlMeta ? declaredSite(htmlMeta.siteName, title) : siteAfterTitle(blocks, title),
    publishedAt: null,
    keywords: [],
  }
  let editor: string | null = null
  let namedOnDateLine: string | null = null
  let account: string | null = null
  // A name after a date (`2025-05-16 14:06:03  虎嗅网`) counts only when no line says `来源:`.
  let unlabelledSource: string | null = null
  let issuer: string | null = null
  let closingSource: string | null = null
  let headerAccount: string | null = null
  let sawKeywords = false
  let dateRank = 0
  const firstBody = blocks.findIndex((b) => b.kind === 'body')
  const lastBody = blocks.findLastIndex((b) => b.kind === 'body')
  // The article's own meta row says only `3小时前`: a date below the body is some other item's.
  const relativeOnly = firstBody >= 0 && relativeTimeAbove(blocks, titleAt, firstBody)
  // Below a comment section's header, dates are the comments' (`评论` / `山雀` / `星期二, 2013-04-16 20:05`).
  let inComments = false
  for (const [i, block] of blocks.entries()) {
    if (firstBody >= 0 && i > firstBody && block.rule?.startsWith(COMMENTS_ID) === true) inComments = true
    // A source line opening with its outlet in brackets (`【北方都市报】 2008-11-20 08:30 本报记者 刘华`) is the article's
    // meta line, under the title and above the body, even where the layout left it undecided.
    const outlet = i > titleAt && (firstBody < 0 || i < firstBody) && isUndecided(block) ? outletOpening(block.key) : null
    if (block.kind !== 'meta' && !(block.kind === 'chrome' && block.rule?.startsWith(EDITOR_CREDIT_ID)) && outlet === null && !postDateLine(block.key)) continue
    const key = block.key
    // A bracketed section label (`【快讯】`) is no outlet.
    if (outlet !== null && !SECTION_LABELS.includes(outlet)) unlabelledSource ??= cleanSource(outlet)
    const pairs = metaPairs(key)
    if (pairs.keywords !== undefined || /^(关键词|关键字|标签|tags?|keywords?)\s*:/iu.test(key)) {
      if (!sawKeywords) meta.keywords = splitKeywords(pairs.keywords ?? '')
      if (!sawKeywords && meta.keywords.length === 0) meta.keywords = tagsAfter(blocks, i)
      sawKeywords = true
    }
    const notArticles = inComments || (relativeOnly && i > firstBody) || (i > lastBody && inRelatedRun(blocks, i))
    const dated = notArticles ? null : articleDateOn(key, reading)
    const date = dated?.date ?? null
    if (dated && date) {
      // A date on a real meta line (`发布时间:`, `发表于`, or beside `来源:`/`作者:`) beats a bare date
      // line (a forum's "建立于") or an update time; a date below the body counts only if none came above.
      const labelled = (pairs.date !== undefined && dated.label !== 'updated') || pairs.source !== undefined || pairs.author !== undefined
      // A site header's "today" (a weekday, no time) ranks under every other date, however near the top.
      // Between the title and the body stands the article's own; a crawler's `date 2025-04-19` above the title is not.
      // Of labelled dates, the publication's (`发布时间:`) beats a document's own (`成文日期:`) or a bare `日期:`.
      // A day with its time on the line below (`2007年7月5日（星期四）` / `香港时间18时30分`) is an article's dateline, no header's today.
      const iso = withTimeBelow(date.iso, blocks[i + 1])
      // An update label (`修订日期:`, `最后更新`) dates the page's last edit: it ranks under a bare date line on the same side of the body.
      const rank = siteToday(key, iso)
        ? TODAY_RANK
        : (labelled ? 2 : 1) + (labelled && dated.label === 'published' ? PUBLISHED_BONUS : 0) + (firstBody < 0 || i < firstBody ? 2 : 0) +
          (titleAt >= 0 && i > titleAt && (firstBody < 0 || i < firstBody) ? UNDER_TITLE_BONUS : 0) - (dated.label === 'updated' ? UPDATED_PENALTY : 0)
      // The same day told to the minute: its time, unless it is the page's last edit.
      const sameDayMorePrecise = (dateRank === rank || dated.label !== 'updated') && meta.publishedAt !== null && iso.startsWith(meta.publishedAt.slice(0, 10)) && iso.length > meta.publishedAt.length
      if (rank > dateRank || sameDayMorePrecise) {
        meta.publishedAt = iso
        dateRank = Math.max(rank, dateRank)
      }
    }
    // A disclosure grid's issuing office (`发布机构：`) gives way to a line naming the source (`信息来源：…科`).
    // An outlet credited again in or under the body (`本文来源：岭南商报 作者：杜衡`, `（来源：北方周末 记者 孙雨桐）`), a bare source label opening the line.
    if (pairs.source && meta.publisher && firstBody >= 0 && i > firstBody && CLOSING_SOURCE.test(key)) closingSource ??= cleanSource(pairs.source)
    if (pairs.source && !meta.publisher && ISSUER_LABEL.test(key) && !metaPairs(key.replace(ISSUER_LABELS_G, ' ')).source) issuer ??= cleanSource(pairs.source)
    else if (pairs.source && !meta.publisher) meta.publisher = cleanSource(pairs.source)
    if (!pairs.source) unlabelledSource ??= nameAfterDate(key) ?? (firstBody < 0 || i < firstBody ? outletBeforeDate(key) : null)
    // `作者: 周启明` among `出版社:`, `ISBN:`, `定价:` is a book's record beside a review, not the review's byline.
    const record = pairs.author !== undefined && besideRecordFields(blocks, i)
    if (pairs.author && !meta.author && !record) meta.author = cleanAuthor(pairs.author, true)
    // A credit line (`文/刘畅 图/… 编辑/王敏 审核/张建国`): the writer is the value after 文, the editor after 编辑.
    const credits = block.rule?.startsWith(BYLINE_ID) ? creditFields(key) : null
    if (credits) {
      const writer = credits.find((f) => WRITER_ROLES.includes(f.role))
      if (writer && !meta.author && !record) meta.author = cleanAuthor(writer.value)
      const credited = credits.find((f) => EDITOR_ROLES.includes(f.role))
      if (credited && !editor) editor = cleanAuthor(credited.value)
    }
    if (!meta.author && !record) {
      // A field glued after the name (`记者 林晓岚阅读 2.3万`, `记者 宋佳2024-11-20 15:30IP属地：北京`) ends it.
      const named = key.replace(GLUED_FIELDS, ' ')
      const byline = BYLINE.exec(named) ?? ENGLISH_BYLINE.exec(named) ?? (block.rule?.startsWith(BYLINE_ID) ? BULLET_BYLINE.exec(named) : null)
      if (byline) meta.author = cleanAuthor(byline[1] ?? byline[2]!)
      // `韩雪` / `北欧之声中文记者，斯德哥尔摩`: the role under a name line is the writer's.
      else if (block.rule?.startsWith(BYLINE_ID) && i > 0 && ROLE_UNDER_NAME.test(key)) meta.author = nameAbove(blocks[i - 1]!.key.trim())
    }
    if (pairs.editor && !editor) editor = cleanAuthor(pairs.editor)
    // A post header below the body is a reader's comment, not the article's.
    const poster = firstBody < 0 || i < firstBody ? FORUM_POSTER.exec(key) : null
    if (poster?.[1] && !meta.author) meta.author = poster[1]
    // A post header without its poster (`发表于 2023-8-3 10:18 | 只看该作者`) has the poster's handle on the line above.
    if (poster && !poster[1] && !meta.author) meta.author = handleAbove(blocks, i)
    // A platform's account name above `2022-06-18 11:05发布于北京`, under the title.
    if (!poster && !meta.author && i < firstBody && blocks[i - 1]?.kind !== 'title' && POSTED_UNNAMED.test(key)) meta.author = handleAbove(blocks, i)
    if (date && (firstBody < 0 || i < firstBody)) namedOnDateLine ??= nameOnDateLine(key)
    if (firstBody < 0 || i < firstBody) account ??= postAccount(key)
    if (firstBody < 0 || i < firstBody) headerAccount ??= wechatAccount(key)
  }
  // A grid of fields without colons (`资料来源` | `农业处`) is read as `资料来源：农业处`.
  const grid = !meta.publisher || !meta.author ? gridPairs(blocks, titleAt, firstBody) : {}
  if (grid.source) meta.publisher ??= cleanSource(grid.source)
  if (grid.author) meta.author ??= cleanAuthor(grid.author, true)
  // A repost's provenance note names the writer (`本文来自微信公众号“…”，作者：陆川，…经授权发布`); the account on its date line posted it.
  meta.author ??= repostCredit(blocks) ?? namedOnDateLine
  meta.publisher ??= issuer ?? unlabelledSource ?? paperCitation(blocks) ?? repostSource(blocks) ?? originalClaim(blocks, meta.site)
  // On a platform, the account that posted the piece: its card with the profile's counts, the platform's own mark of it in
  // HTML, a WeChat header's account after the writer. An outlet credited in or under the body wins over a header's source
  // that is only that account or the platform (`来源：青岸观察` over `本文来源：岭南商报`, `来源：澎湃新闻·澎湃号·政务`).
  const posting = accountCard(blocks) ?? (htmlMeta?.account ? cleanSource(htmlMeta.account) : null) ?? headerAccount ?? labelledAccount(blocks, titleAt, firstBody)
  if (meta.publisher !== null && (meta.publisher === posting || PLATFORM_ONLY.test(meta.publisher))) meta.publisher = closingSource ?? posting ?? meta.publisher
  meta.publisher ??= posting
  // Credits in order of who wrote the words: byline, a name line under the title, a byline in the
  // first paragraph; failing all, the editor, then the photographer (the only person the page names).
  // The page's own declaration of its author comes before the editor and the photographer.
  meta.author ??= nameLineUnderTitle(blocks) ?? authorInBody(blocks) ?? closingBio(blocks) ?? translatorAbove(blocks, firstBody) ?? posterAboveProfile(blocks) ?? blogOwner(blocks) ?? followedAccount(blocks) ?? verifiedAccount(blocks, firstBody) ?? account ?? rightsHolder(blocks) ??
    declaredAuthor(htmlMeta) ?? bylineAbove(blocks, titleAt, firstBody) ?? titledNameAbove(blocks, titleAt, firstBody) ?? bylineGluedToOutlet(blocks, titleAt, firstBody, [meta.publisher, htmlMeta?.siteName]) ??
    compilerCredit(blocks) ?? (reporterUnread(blocks, firstBody) ? null : editor ?? photoCredit(blocks))
  // A platform header's `作者：<account>` gives way to a person credited as the writer under the body (`撰文：周启航｜数据支持：…`).
  if (meta.author !== null && posting !== null && meta.author === posting) meta.author = closingWriter(blocks, firstBody) ?? meta.author
  if (htmlMeta) {
    meta.title ??= htmlMeta.title
    // The page's own meta tag is exact; it wins over a visible date of the same day shown to the minute.
    const stamp = htmlMeta.publishedAt ? declaredDate(htmlMeta.publishedAt, reading) : null
    // No meta line dated the page, but a date near the title may show which clock a UTC stamp was written on
    // (`2021年9月14日 06:12（北京时间）` kept out of the meta lines by what follows it): it counts when it is one of the stamp's days.
    const near = stamp && !meta.publishedAt && stamp.iso !== stamp.asWritten ? dateNearTitle(blocks, reading) : null
    const shown = meta.publishedAt ?? (near && (stamp!.iso.startsWith(near.slice(0, DAY_LENGTH)) || stamp!.asWritten.startsWith(near.slice(0, DAY_LENGTH))) ? near : null)
    const declared = stamp ? declaredReading(stamp, shown) : null
    if (declared && (!meta.publishedAt || (declared.startsWith(meta.publishedAt.slice(0, 10)) && declared.length > meta.publishedAt.length))) {
      meta.publishedAt = declared
    }
    if (!sawKeywords && meta.keywords.length === 0) meta.keywords = htmlMeta.keywords
  }
  if (!meta.publishedAt) meta.publishedAt = dateNearTitle(blocks, reading) ?? dateInLede(blocks, reading) ?? signatureDate(blocks, reading) ?? issueDate(blocks, reading) ?? permalinkDate(blocks)
  return meta
}

// What GBK mojibake leaves in Chinese text and a clean headline lacks: lost bytes (`?`, U+FFFD), box-drawing, Greek and
// Cyrillic letters from GBK's symbol rows, private-use codes.
const GARBLED = /[?\uFFFD\u2500-\u257F\u0370-\u03FF\u0400-\u04FF\uE000-\uF8FF]/u
// The two agree on the headline's opening and its length.
const SHARED_OPENING = 4
const LENGTH_SLACK = 2

/** `headline` is `clean` garbled: the same opening and length, mojibake marks the clean copy lacks. */
function garbledCopyOf(headline: string, clean: string): boolean {
  if (headline === clean || !GARBLED.test(headline) || GARBLED.test(clean) || Math.abs(headline.length - clean.length) > LENGTH_SLACK) return false
  return headline.slice(0, SHARED_OPENING) === clean.slice(0, SHARED_OPENING)
}

const SITE_WORD = /^(?:新闻|网|频道|在线|新闻网|新闻中心|官网|资讯|\.com|\.cn)?$/iu

/** The author the page's head declares, unless it is the site itself (`<meta name="author" content="网易">` on a page of 网易新闻). */
function declaredAuthor(htmlMeta: HtmlMeta | null): string | null {
  const author = htmlMeta?.author ? cleanAuthor(htmlMeta.author) : null
  if (!author) return null
  // A person's own site is named after them (`阿凯的旅行笔记`): only the site's name, alone or with a word for a site, is the site.
  const site = (name: string | null | undefined): boolean => !!name && name.startsWith(author) && SITE_WORD.test(name.slice(author.length))
  return site(htmlMeta!.siteName) ? null : author
}

/**
 * Which reading of a declared timestamp to trust. Without an offset, or with one other than UTC (+08:00, an
 * overseas page's `-08:00`), it is exact. A UTC stamp (`…T12:14:05.000Z`) is turned to UTC+08:00 when the page's
 * visible date agrees (Ghost and Hexo write UTC and show local time); when the visible date is the digits as
 * written, the page wrote its own clock with a wrong offset. With no visible date only the day as written is sure:
 * a WordPress left at UTC writes `…T22:18:05+00:00` and shows `2015年10月3日`, where +08:00 would make it the 4th.
 */
function declaredReading(stamp: { iso: string; asWritten: string }, shown: string | null): string {
  if (stamp.iso === stamp.asWritten) return stamp.iso
  if (shown === null) return stamp.asWritten.slice(0, DAY_LENGTH)
  const agrees = (iso: string): boolean => iso.startsWith(shown.slice(0, Math.min(shown.length, MINUTE_ISO)))
  return agrees(stamp.iso) || !agrees(stamp.asWritten) ? stamp.iso : stamp.asWritten
}
// `2021-08-22T20:14`: a date to the minute.
const MINUTE_ISO = 16

// An update time is the page's, not the article's: `更新时间:` ranks with a bare date.
const UPDATED = UPDATE_LABEL
const PUBLISHED = /(?:发布|发表|刊发)(?:时间|日期|于)|published|posted\s+on/iu
// Every date label a line may carry, to tell which date on it is which (`更新时间：… 发布时间：…`).
const DATE_LABELS = new RegExp(`(${PUBLISHED.source})|(${UPDATED.source})|${META_LABELS.find((l) => l.field === 'date')!.label.source}`, 'giu')

type DateLabel = 'published' | 'updated' | 'other'

/**
 * The article's date on a meta line and what labels it. Of several labelled dates the published one wins
 * (`更新时间：2023/11/03 发布时间：2023/11/02` → 2023-11-02); an update's only when the line has no other.
 */
function articleDateOn(key: string, reading: DateReading): { date: FoundDate; label: DateLabel } | null {
  const first = findDate(key, reading)
  // `最新推荐文章于 2023-08-01 11:20:33 发布`: the date of another article, the newest the site recommends.
  if (!first || NEWEST_OTHER.test(key.slice(0, first.index)) || OTHER_EVENT.test(key.slice(0, first.index))) return null
  if (!UPDATED.test(key)) return { date: first, label: PUBLISHED.test(key) ? 'published' : 'other' }
  const dates: { date: FoundDate; label: DateLabel }[] = []
  for (let at = 0, d = first; ; ) {
    // The label nearest before this date, after the one before it.
    let label: DateLabel = 'other'
    const before = key.slice(at, d.index)
    for (const m of before.matchAll(DATE_LABELS)) label = m[1] ? 'published' : m[2] ? 'updated' : 'other'
    dates.push({ date: d, label })
    at = d.index + d.length
    const next = findDate(key.slice(at), reading)
    if (!next) break
    d = { ...next, index: next.index + at }
  }
  return dates.find((d) => d.label === 'published') ?? dates.find((d) => d.label === 'other') ?? dates[0]!
}
const NEWEST_OTHER = /最新\S{0,8}于\s*$/u
// `上映日期: 2024-01-05(中国大陆)` in a film's info box, `报名截止时间：…`: the day of something else the page tells of.
const OTHER_EVENT = /(?:上映|出版|出生|成立|开幕|闭幕|截止|开业|发售|上市|开工|竣工|开赛|开考|开播)(?:日期|时间)\s*:?\s*$/u
const PUBLISHED_BONUS = 0.5
// Under the labelled/unlabelled step: a labelled date above the title still beats a bare one under it.
const UNDER_TITLE_BONUS = 0.25
const WEEKDAY_IN = /(?:星期|礼拜)[一二三四五六日天]/u
const TODAY_RANK = 0.5
// Under a bare date line on the same side of the body, over a site header's today.
const UPDATED_PENALTY = 0.25
/** `2005年12月9日 星期五` alone: the date a portal's header shows for today. */
const siteToday = (key: string, iso: string): boolean => !iso.includes('T') && WEEKDAY_IN.test(key)

const DATELINE_TAIL = /\p{Script=Han}{2}\d{1,2}日(?:电|讯)$/u
// A city filed from between a name of two characters or more and 报道 (`梁晨巴黎报道` → 梁晨).
const PLACE_BEFORE_REPORT = new RegExp(String.raw`(?<=\p{Script=Han}{2})\s*(?:${DATELINE_PLACES.join('|')})(?=(?:报道|报导)$)`, 'u')
// A byline that opens the lede without brackets: `本报讯 记者 陈立 报道：`, `本报记者陈立报道：`, `本报北京5月20日讯 记者王晓东报道：`,
// `本报记者王晓东北京报道` (the city filed from, between the name and 报道).
const LEDE_BYLINE = new RegExp(
  String.raw`^(?:本报讯|本台讯|本网讯|本报|本台|本网|[^\s,，。:：]{2,16}?(?:讯|电))?\s*(?:特约|首席)?记者\s*(\p{Script=Han}{2,4}?(?:[\s、]+\p{Script=Han}{2,4}){0,2}?)\s*(?:${DATELINE_PLACES.join('|')})?\s*(?:报道|报导)`, 'u')

// Without 报道, names set off by spaces and the sentence after them: `华东商报讯 记者 钱程 陆雨 距离“双11”还有一周…`.
const SPACED_LEDE_BYLINE = /^[^\s,，。:：]{2,16}?(?:讯|电)\s*(?:特约|首席)?记者\s+(\p{Script=Han}{2,3}(?:\s+\p{Script=Han}{2,3}){0,2})\s+(?=[^\s]{5})/u

/** A byline in the first body paragraph (`据新华社拉萨电(记者 格桑边觉)`, `〔记者林怡君/台北报导〕`), or bracketed at the end of the last. */
function authorInBody(blocks: Block[]): string | null {
  const body = blocks.filter((b) => b.kind === 'body')
  // The lede, or the paragraph after a summary set above it. Every form names 记者.
  for (const lede of body.slice(0, LEDE_PARAGRAPHS)) {
    const head = lede.key.slice(0, 80)
    const m = head.includes('记者') ? BRACKETED_BYLINE.exec(head) ?? LEDE_BYLINE.exec(head.slice(0, 40)) ?? SPACED_LEDE_BYLINE.exec(head) : null
    // `（中央社记者张明华台北21日电）`: the dateline after the name goes.
    if (m) return cleanAuthor(m[1]!.replace(DATELINE_TAIL, ''))
  }
  // The last paragraph, or the one before a line stranded below it.
  for (const last of body.slice(-LEDE_PARAGRAPHS).reverse()) {
    const tail = last.key.slice(-60)
    const closing = tail.includes('记者') ? CLOSING_BYLINE.exec(tail) : tail.endsWith(')') ? CLOSING_CREDIT.exec(tail) : null
    if (closing) return cleanAuthor(closing[1]!)
  }
  // An institution's news signs with the unit and the writer, closing the last paragraph or on the line below it.
  if (body.length === 0) return null
  const lastBody = blocks.lastIndexOf(body[body.length - 1]!)
  for (const block of blocks.slice(lastBody, lastBody + 2)) {
    const m = block.key.endsWith(')') || block.key.endsWith('）') ? UNIT_SIGNATURE.exec(block.key.slice(-40)) : null
    if (m && !NOT_WRITER_CREDIT.test(m[1]!)) return cleanAuthor(m[1]!)
    const names = bareSignature(block.key)
    if (names) return names
  }
  return null
}

/**
 * A compiler's credit alone on the line right after the last paragraph (`（陈立 整理）`, `（整理：陈立）`): when no byline
 * names a writer, the compiler is the piece's author. Every name a surname and a given name (`（宣传部 供稿）` names none).
 */
function compilerCredit(blocks: Block[]): string | null {
  const lastBody = blocks.findLastIndex((b) => b.kind === 'body')
  const next = lastBody >= 0 ? blocks[lastBody + 1] : undefined
  const m = next && next.kind !== 'body' && next.key.trimEnd().endsWith(')') ? COMPILER_CREDIT.exec(next.key.trim()) : null
  const names = m ? (m[1] ?? m[2])! : null
  return names && allSurnamed(names) ? cleanAuthor(names) : null
}

// Courts, procuratorates, counties and schools sign with the writers' names alone in brackets (`（庞晓军 田野）`,
// `（庞晓军、田野）`), on the line below the body or closing its last paragraph (after a sentence's end there).
const BARE_SIGNATURE_CLOSING = new RegExp(String.raw`[。!?"”」]\s*\(\s*(${NAME_LIST})\s*\)\s*$`, 'u')

/** The writers a bare bracketed signature names: each a surname and a given name, so `（完）`, `（待续）`, `（本院）` name none. */
function bareSignature(key: string): string | null {
  key = key.trimEnd()
  if (!key.endsWith(')')) return null
  if (key.length <= SIGNATURE_LINE_MAX) {
    const names = signatureNames(key)
    return names && cleanAuthor(names)
  }
  const m = BARE_SIGNATURE_CLOSING.exec(key.slice(-SIGNATURE_LINE_MAX - 1))
  if (!m || !allSurnamed(m[1]!)) return null
  return cleanAuthor(m[1]!)
}
// `（宣传部 王芳 供图）` credits a photo, `（党办 审核）` a check: no writer.
const NOT_WRITER_CREDIT = /供图|供稿|提供|整理|审核|审校|编辑|摄/u
// `（心血管内科 周琳）`, `（供稿：党委宣传部 王芳 李强）`: a unit, a space, the writers. Glued (`宣传部王芳`), the name's edge is unknown.
const UNIT_SIGNATURE = new RegExp(
  String.raw`[(（]\s*(?:供稿|撰稿|文|作者)?\s*[:：/]?\s*\p{Script=Han}{1,12}?(?:${UNIT_ENDS})\s*[:：/]?\s+(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2})\s*[)）]\s*$`, 'u')
const LEDE_PARAGRAPHS = 2
const BRACKETED_BYLINE = new RegExp(
  String.raw`[(【\[〔]\s*(?:本报|本台|本网|\p{Script=Han}{1,3}社|\p{Script=Han}{2,8}?(?:日报|晚报|报|网|台|客户端))?(?:${ROLE_QUALIFIERS})?记者\s*([^)】\]〕]{2,20})[)】\]〕]`, 'u')
// A writer's labelled credit closing the last paragraph, perhaps with the pictures' after it: `…。（报道：刘秀婷）`,
// `…。（文：陈嘉敏／图：Ahmad Faizal）`. The key is NFKC: the brackets, colon and slash are ASCII.
const CLOSING_CREDIT = /\(\s*(?:报道|报导|撰文|撰稿|文字|文|作者)\s*[:/]\s*(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*(?:[/;,]\s*(?:图|摄影|摄|编辑)\s*[:/][^()]{1,24})?\)\s*$/u
// The same byline closing the last paragraph: `…记者昨天从社区获悉。（湖北日报全媒记者 韩雪 章可）`.
const CLOSING_BYLINE = new RegExp(`${BRACKETED_BYLINE.source}\\s*$`, 'u')

// The roles in a credit line whose value is the editor's name.
const EDITOR_ROLES = ['编辑', '责编']

// Verdicts read here: an editor's credit line holds a name to keep for later.
const EDITOR_CREDIT_ID = ruleId('editor-credit')
const COMMENTS_ID = ruleId('comments')
const COPYRIGHT_ID = ruleId('copyright')
const PERMALINK_ID = ruleId('permalink')
const RELATED_HEADING_ID = ruleId('related-heading')
// The layout's verdicts on undecided lines above the body (before-body, or no-prose on a page without a body): a name line has one.
const UNDECIDED_IDS = [LAYOUT_RULES.before.id, LAYOUT_RULES.noBody.id]
const CAPTION_ID = ruleId('caption')
const BYLINE_ID = ruleId('byline')
// The longest line a photo credit is read from outside a caption.
const CREDIT_LINE_MAX = 40
// HTML: a line the article element took in above the prose run (a name line may be one).
const ARTICLE_ELEMENT_ID = LAYOUT_RULES.container.id
const NOTICE_CLOSE_ID = LAYOUT_RULES.notice.id

const isUndecided = (block: Block): boolean => UNDECIDED_IDS.some((id) => block.rule?.startsWith(id))

// An outlet in brackets opening a line, the date right after it: `【北方都市报】 2008-11-20 08:30`, `[江南晚报] 2010-3-2`.
const BRACKETED_OUTLET = /^\s*[【\[]\s*([^\]】\s。!?,;:]{2,12})\s*[】\]]\s*/u

/** The outlet of a line that opens with it in brackets and goes on with a date; null for any other line. */
function outletOpening(key: string): string | null {
  const m = key.startsWith('【') || key.startsWith('[') ? BRACKETED_OUTLET.exec(key) : null
  return m && findDate(key.slice(m[0].length))?.index === 0 ? m[1]! : null
}

/**
 * A reporter's or writer's byline on a short undecided line between the title and the body: whoever the editor's
 * credit names, the page credits this writer.
 */
function bylineAbove(blocks: Block[], title: number, firstBody: number): string | null {
  if (firstBody < 0) return null
  for (let i = title + 1; i < firstBody; i++) {
    const key = blocks[i]!.key
    // A short line: a box's paragraph closing with its own byline (`…免费加入。(信报记者 蔡雪婧)`) is another item's.
    if (key.length > CREDIT_LINE_MAX || !isUndecided(blocks[i]!) || !(key.includes('记者') || key.includes('作者'))) continue
    const m = BYLINE.exec(key.replace(GLUED_FIELDS, ' '))
    const name = m ? cleanAuthor(m[1]!) : null
    if (name) return name
  }
  return null
}

// A reporter's label with a name's slot after it (`作者：记者 锝ㄆ? 通讯员 王丽`): the page credits a reporter.
const REPORTER_LABEL = new RegExp(`(?:^|[\\s:(])(?:本报|本台)?(?:${ROLE_QUALIFIERS})?记者\\s`, 'u')

/**
 * A meta line above the body labels a reporter whose name no reader could take (shifted bytes, `记者 锝ㄆ?`): the writer is
 * that reporter, so neither the editor nor the photographer is credited in their place.
 */
function reporterUnread(blocks: Block[], firstBody: number): boolean {
  const end = firstBody < 0 ? blocks.length : firstBody
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!
    if (block.kind === 'meta' && block.key.includes('记者') && REPORTER_LABEL.test(block.key)) return true
  }
  return false
}

// The longest line read as a name glued to its outlet and role.
const GLUED_BYLINE_MAX = 24

/**
 * A byline whose name, outlet and role were printed in spans without a gap (`林晓` `东海新闻记者` → `林晓东海新闻记者`), on a short
 * undecided line between the title and the body: where the name ends is known only from the outlet the page names elsewhere
 * (its source or its site), so the name is what stands before that outlet, a surname opening it.
 */
function bylineGluedToOutlet(blocks: Block[], title: number, firstBody: number, outlets: (string | null | undefined)[]): string | null {
  const known = outlets.filter((o): o is string => !!o && o.length >= 2)
  if (firstBody < 0 || known.length === 0) return null
  for (let i = title + 1; i < firstBody; i++) {
    const key = blocks[i]!.key.trim()
    if (key.length > GLUED_BYLINE_MAX || !isUndecided(blocks[i]!) || !(key.includes('记者') || key.includes('通讯员'))) continue
    const role = TRAILING_ROLE.exec(key)
    const head = role ? key.slice(0, role.index).trimEnd() : ''
    const outlet = known.find((o) => head.length > o.length && head.endsWith(o))
    const name = outlet ? head.slice(0, head.length - outlet.length).trim() : ''
    if (PERSON_NAME.test(name) && isSurnamed(name)) return cleanAuthor(name)
  }
  return null
}

// A translator's credit (`编译 陈思妤`, `编译：陈思妤`, `译者：…`, `译/…`): a foreign story's Chinese writer. Not where it was
// translated from (`编译自《纽约时报》`).
// Without a colon or a slash (`编译 陈思妤`) each name must open with a surname: `翻译 软件` credits nobody.
const TRANSLATOR_CREDIT = /(?:^|[\s|/丨·])(?:编译|译者|翻译|译(?=\s*[:/|丨]))\s*([:/|丨]?)\s*(?![自于])(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2})(?=$|[\s)|,;/])/u

/** The translator a meta line or a short undecided line above the body credits, when no writer is credited. */
function translatorAbove(blocks: Block[], firstBody: number): string | null {
  const end = firstBody < 0 ? blocks.length : firstBody
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!
    if (!block.key.includes('译') || block.key.length > META_ROW_MAX || !(block.kind === 'meta' || isUndecided(block))) continue
    const m = TRANSLATOR_CREDIT.exec(block.key)
    const name = m && (m[1] !== '' || allSurnamed(m[2]!)) ? cleanAuthor(m[2]!) : null
    if (name) return name
  }
  return null
}

/** A person's name alone on its line: no unit, section label or interface word. */
const nameAbove = (line: string): string | null =>
  PERSON_NAME.test(line) && !ORGANISATION.test(line) && !SECTION_LABELS.includes(line) && !UI_PHRASES.includes(line.toLowerCase()) ? cleanAuthor(line) : null

/** A line of nothing but names between the title and the body: `赵延东、风笑天`, `茉莉`. */
// A label with nothing after it, its value on the next line.
const EMPTY_LABEL = /^\s*(?:标签|关键词|关键字|分类|tags?)\s*:\s*$/iu

function nameLineUnderTitle(blocks: Block[]): string | null {
  const title = blocks.findIndex((b) => b.kind === 'title')
  if (title < 0) return null
  // Up to the prose run: HTML pages may have pulled a subheading above it into the body.
  let tags = false
  for (let i = title + 1; i < blocks.length && i <= title + 6 && !(blocks[i]!.kind === 'body' && !blocks[i]!.rule?.startsWith(ARTICLE_ELEMENT_ID)); i++) {
    // A line a local rule took for chrome (`返目录`, a UI word) is no name, whatever its length.
    if (blocks[i]!.kind === 'chrome' && !UNDECIDED_IDS.some((id) => blocks[i]!.rule?.startsWith(id))) continue
    const key = blocks[i]!.key.trim()
    // The values under an empty label (`标签：` / `回家 过年 杂谈`, or one per line up to the next label) are tags,
    // not names; a profile field's label (`积分`) is none.
    if (EMPTY_LABEL.test(blocks[i - 1]!.key)) tags = true
    else if (key.includes(':')) tags = false
    if (tags || PROFILE_LABEL.test(key)) continue
    // An outlet alone under the date (`新华社`, `人民网`) is the source's, not a name; nor is a button row (`放大 缩小 列印`).
    if (NAMES_ONLY.test(key) && !SECTION_LABELS.includes(key) && !ORGANISATION.test(key) && !key.split(/[、,\s]+/u).some((w) => UI_PHRASES.includes(w))) return cleanAuthor(key)
    const card = AUTHOR_CARD.exec(key)
    if (card) return cleanAuthor(card[1]!, true)
  }
  return null
}

const PROFILE_FIELD = new RegExp(`^(?:${PROFILE_FIELDS})`, 'iu')
const COUNTER_ID = ruleId('counter')

/** The handle standing alone on a line above a post header (`江畔垂钓翁`), past a floor label (`楼主`); no UI word, no section label. */
function handleAbove(blocks: Block[], header: number): string | null {
  let at = header - 1
  if (at >= 0 && FLOOR_LABEL.test(blocks[at]!.key)) at--
  if (at < 0 || blocks[at]!.kind === 'body') return null
  const name = blocks[at]!.key.trim()
  return isHandle(name) ? name : null
}
/** A forum handle alone on a line: no floor label, UI word or section label. */
const isHandle = (name: string): boolean =>
  POSTER_HANDLE.test(name) && !FLOOR_LABEL.test(name) && !UI_PHRASES.includes(name.toLowerCase()) && !SECTION_LABELS.includes(name)
// A post's floor: 楼主, 沙发, 板凳, 地板, `12楼`, `3#`.
const FLOOR_LABEL = /^\s*(?:楼主|沙发|板凳|地板|\d{1,4}\s*(?:楼|#))\s*$/u

// A blog's header names its owner: `山城老周的博客`, `林子默的空间`.
const BLOG_OWNER = /^\s*(\S{2,12}?)的(?:博客|空间|个人空间|专栏|个人主页|blog)\s*$/iu

/** The owner a blog's header names, above the post: on a blog the owner writes the posts. */
function blogOwner(blocks: Block[]): string | null {
  for (const block of blocks) {
    if (block.kind === 'body') return null
    const m = block.key.includes('的') ? BLOG_OWNER.exec(block.key) : null
    if (m) return cleanAuthor(m[1]!, true)
  }
  return null
}

// A writer's credit set before the rights clause by a bar (the key is NFKC: the colon and the bar are ASCII).
const AUTHOR_BEFORE_RIGHTS = /^\s*本文作者\s*:\s*([^\s|,:]{2,12})\s*\|/u
// `作者：许嘉宁，本文系山野漫游记原创，转载请注明出处。`: a writer's label opening the rights line, the name before its comma or bar.
const WRITER_BEFORE_RIGHTS = /^\s*作者\s*:\s*([^\s|,;:]{2,12})\s*[,;|]/u

/**
 * The writer an author's bio below the body names (`本文作者刘浩哲，…。如需转载，请联系…授权。`): the reprint clause made the
 * line a copyright notice, and the name comes first, a surname opening it.
 */
function closingBio(blocks: Block[]): string | null {
  const lastBody = blocks.findLastIndex((b) => b.kind === 'body')
  if (lastBody < 0) return null
  for (const block of blocks.slice(lastBody + 1)) {
    if (!block.rule?.startsWith(COPYRIGHT_ID) || !block.key.includes('作者')) continue
    const m = AUTHOR_BIO.exec(block.key)
    if (m && isSurnamed(m[1]!)) return m[1]!
    // `本文作者：江北交警 | 版权声明：…`: the credit before the rights clause names the writer, an account as well as a person.
    const credit = AUTHOR_BEFORE_RIGHTS.exec(block.key) ?? WRITER_BEFORE_RIGHTS.exec(block.key)
    const name = credit ? cleanAuthor(credit[1]!, true) : null
    if (name) return name
  }
  return null
}

/**
 * A repost's provenance note above the body or in it (`编者按：本文来自微信公众号“…”，作者：陆川，…`): the first such line
 * holding `word` that `note` matches.
 */
function repostNote(blocks: Block[], word: string, note: RegExp): RegExpExecArray | null {
  for (const block of blocks) {
    if (block.kind !== 'body' && block.kind !== 'chrome') continue
    const m = block.key.includes(word) ? note.exec(block.key) : null
    if (m) return m
  }
  return null
}

/** The writer a repost's provenance note names. */
function repostCredit(blocks: Block[]): string | null {
  const m = repostNote(blocks, '作者', REPOST_CREDIT)
  // Several writers come out as the bylines give them, a space apart.
  return m ? cleanAuthor(m[1]!.replaceAll('、', ' '), true) : null
}

// A field's label alone in a cell or on a line (`资料来源`, `作者`): Han characters only, the label at its end.
const BARE_LABEL_MAX = 6
const BARE_LABEL_TEXT = /^\p{Script=Han}{2,6}$/u
const GRID_VALUE_MAX = 30
const GRID_ROW_MAX = 80
const isBareLabel = (word: string): boolean => word.length <= BARE_LABEL_MAX && BARE_LABEL_TEXT.test(word) && Object.values(metaPairs(`${word}:x`)).includes('x')

/**
 * Fields of a grid printed without colons between the title and the body: a label alone on a line with its value on the
 * next (a text dump of `<th>资料来源</th><td>农业处</td>`), or label and value side by side in one row
 * (`资料来源 农业处 点阅数 1293`), or a label with its colon alone on a line (`来源：` / `农业处`). Each reads as `label:value`;
 * a label the table does not know (`点阅数`) is skipped.
 */
function gridPairs(blocks: Block[], titleAt: number, firstBody: number): Partial<Record<Field, string>> {
  const pairs: Partial<Record<Field, string>> = {}
  const read = (label: string, value: string | undefined): void => {
    if (value === undefined || value.length > GRID_VALUE_MAX || value.includes(':') || isBareLabel(value)) return
    for (const [field, v] of Object.entries(metaPairs(`${label}:${value}`))) pairs[field as Field] ??= v
  }
  if (firstBody < 0) return pairs
  for (let i = Math.max(titleAt + 1, 0); i < firstBody; i++) {
    const key = blocks[i]!.key.trim()
    if (key.length > GRID_ROW_MAX) continue
    // A `<dl>` prints its label with the colon alone on its line (`来源：` / `研发处`): read as the bare label.
    const label = key.endsWith(':') ? key.slice(0, -1).trimEnd() : key
    if (isBareLabel(label)) {
      read(label, blocks[i + 1]?.key.trim())
      continue
    }
    if (key.includes(':')) continue
    const words = key.split(/\s+/u)
    for (let w = 0; w + 1 < words.length; w++) if (isBareLabel(words[w]!)) read(words[w]!, words[w + 1])
  }
  return pairs
}

/** The account a repost's provenance note names (`本文转载自微信公众号“硬核芯观”（ID：…）`): the piece's source. */
function repostSource(blocks: Block[]): string | null {
  const m = repostNote(blocks, '号', REPOST_ACCOUNT)
  return m ? cleanSource((m[1] ?? m[2])!) : null
}
// The note opens the line (a sentence about an account in the body does not); the name is quoted (`首发于微信公众号「城事笔记」`,
// `转载自头条号「文史小馆」`) or set after a dash or a colon (`本文来自企鹅号 - 汽车有态度`). The platform alone (`本文来自凤凰号，`) names none.
const REPOST_ACCOUNT = new RegExp(`^\\s*(?:编者按\\s*:\\s*)?(?:本文|此文|文章)(?:转载自|转自|来自|来源于|选自|首发于|原载于|原发于)\\s*(?:${PLATFORM_ACCOUNT_KINDS})\\s*(?:["“「『]([^"”」』]{2,20})["”」』]|[-－—–:]\\s*([^\\s,;。!?]{2,20})\\s*(?:$|[,;。]))`, 'u')

// An outlet claiming the piece as its own, with the reprint terms after (`欧华在线原创，转载请注明出处`, `版权声明：本文为江城日报
// 原创稿件，未经授权不得转载`): the claim names the publisher; `本站原创` names the site. Prose about being original has no terms after it.
// The writer may be credited first (`作者：许嘉宁，本文系山野漫游记原创，转载请注明出处`): the claim after names the outlet.
const ORIGINAL_CLAIM = /^\s*(?:作者\s*:\s*[^\s,;:]{2,12}\s*[,;]\s*)?(?:版权)?(?:声明\s*:\s*)?(?:本文|本稿|此文)?(?:为|系|是)?\s*(?!本文|本稿|此文)([^\s,.;:。!?]{2,12}?)(?:独家)?原创(?:稿件|文章|内容|作品|新闻)?\s*[,.;。]\s*(?:转载|未经|版权|如需|欢迎|禁止|请勿|任何)/u
// Who the claim names when it names no one: the site itself, or the writer (no publisher then).
const OWN_SITE = new Set(['本站', '本网', '本报', '本刊', '本台', '本平台', '本网站'])
const NOT_AN_OUTLET = new Set(['作者', '本人', '个人', '本号', '笔者'])
function originalClaim(blocks: Block[], site: string | null): string | null {
  for (const block of blocks) {
    const m = block.key.includes('原创') ? ORIGINAL_CLAIM.exec(block.key) : null
    if (!m) continue
    const name = m[1]!
    if (OWN_SITE.has(name)) return site
    return NOT_AN_OUTLET.has(name) ? null : cleanSource(name)
  }
  return null
}

// A book's or product's record: its fields stand around an `作者:` line that is no byline.
const RECORD_FIELD = /^\s*(?:出版社|出品方|ISBN|定价|出版年|页数|装帧|丛书|原作名|译者)\s*:/iu
const RECORD_REACH = 3
function besideRecordFields(blocks: Block[], i: number): boolean {
  for (let k = Math.max(0, i - RECORD_REACH); k <= Math.min(blocks.length - 1, i + RECORD_REACH); k++) if (k !== i && RECORD_FIELD.test(blocks[k]!.key)) return true
  return false
}

// `© 本文版权归作者 南枝 所有`: the page names the writer in its rights line.
const RIGHTS_HOLDER = /版权归(?:原)?作者\s*([^\s,，。:：]{2,12})\s*所有/u
function rightsHolder(blocks: Block[]): string | null {
  for (const block of blocks) {
    const m = block.key.includes('版权归') ? RIGHTS_HOLDER.exec(block.key) : null
    if (m) return cleanAuthor(m[1]!, true)
  }
  return null
}

/**
 * A platform's account above the post: the name before its follow button (`半山听雨 关注`), or the handle a line or
 * two above a button alone (`林间小路` / `城市规划从业者，关注社区更新` / `关注他`), under the title.
 */
function followedAccount(blocks: Block[]): string | null {
  const title = blocks.findIndex((b) => b.kind === 'title')
  for (let i = Math.max(0, title + 1); i < blocks.length && blocks[i]!.kind !== 'body'; i++) {
    const m = blocks[i]!.key.includes('关注') ? FOLLOW_BUTTON.exec(blocks[i]!.key) : null
    if (!m) continue
    if (m[1]) return isHandle(m[1]) ? m[1] : null
    for (let k = i - 1; k > title && k >= i - FOLLOW_REACH; k--) {
      const name = blocks[k]!.key.trim()
      if (blocks[k]!.kind === 'chrome' && isAccount(name)) return name
    }
    return null
  }
  return null
}
// A microblog's verified account: the badge `V` glued to the handle once flattened (`江北交警V`), a Han character before it.
const VERIFIED_HANDLE = /^\s*(\p{Script=Han}[\p{Script=Han}\w]{1,10}\p{Script=Han})V\s*$/u

// A microblog's post time, the year left out for this year's posts: `3月5日 14:20 来自 iPhone客户端`.
const YEARLESS_POST_TIME = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}/u

/** The verified account on the line right above the post's time (`江北交警V` / `3月5日 14:20 来自 iPhone客户端`), above the body. */
function verifiedAccount(blocks: Block[], firstBody: number): string | null {
  const end = firstBody < 0 ? blocks.length - 1 : Math.min(firstBody, blocks.length - 1)
  for (let i = 0; i < end; i++) {
    const key = blocks[i]!.key
    const m = key.endsWith('V') ? VERIFIED_HANDLE.exec(key) : null
    const next = blocks[i + 1]!.key
    if (m && (findDate(next) || YEARLESS_POST_TIME.test(next)) && isHandle(m[1]!)) return m[1]!
  }
  return null
}

// The handle is right above the button, or above a one-line bio (`一个喜欢慢节奏游戏的普通玩家`, longer than a handle).
const FOLLOW_REACH = 2
const ACCOUNT_MAX = 12
/** A platform account's name: a handle no longer than a one-line bio. */
const isAccount = (name: string): boolean => name.length <= ACCOUNT_MAX && isHandle(name)

/** A forum poster's name on the line above their profile fields (`青蛙王子2005` / `UID 8812` / `帖子 156`), above the post. */
function posterAboveProfile(blocks: Block[]): string | null {
  const body = blocks.findIndex((b) => b.kind === 'body')
  // A field on one line (`UID 8812`), or its label alone with the value on the next line (`积分` / `512`).
  const first = blocks.findIndex((b, i) => (body < 0 || i < body) &&
    ((b.rule?.startsWith(COUNTER_ID) === true && PROFILE_FIELD.test(b.key.trim())) || (PROFILE_LABEL.test(b.key) && /^\s*[\d.\-:\s]+$/u.test(blocks[i + 1]?.key ?? ''))))
  if (first < 1) return null
  const above = blocks[first - 1]!
  const name = above.key.trim()
  return UNDECIDED_IDS.some((id) => above.rule?.startsWith(id)) && isHandle(name) ? name : null
}

/** `蔡雪婧/摄` near the top of the article. */
function photoCredit(blocks: Block[]): string | null {
  const body = blocks.findIndex((b) => b.kind === 'body')
  for (const block of blocks.slice(0, body < 0 ? blocks.length : body + 3)) {
    // Not in a line a local rule took for chrome (a tag cloud's `北京 摄影 旅游`), but a caption's credit counts.
    if (block.kind === 'chrome' && !UNDECIDED_IDS.some((id) => block.rule?.startsWith(id)) && !block.rule?.startsWith(CAPTION_ID)) continue
    // A sentence about filming (`…在厦门拍摄，`) is no credit: only a short line or a caption carries one.
    if (block.key.length > CREDIT_LINE_MAX && !block.rule?.startsWith(CAPTION_ID)) continue
    const m = block.key.includes('摄') ? PHOTO_CREDIT.exec(block.key) : null
    if (m && !m[1]?.endsWith('拍')) return cleanAuthor(m[1] ?? m[2]!)
  }
  return null
}

const isListPart = (b: Block | undefined): boolean => b !== undefined && (b.kind === 'related' || b.rule?.startsWith(RELATED_HEADING_ID) === true)
// How far a list's item or heading may stand from a line inside its run (a card prints title, source · date, summary).
const LIST_REACH = 3

/** Between a related heading or item above and an item below: a list card's line (`科技观察 · 2024-05-18`), not the article's. */
function inRelatedRun(blocks: Block[], i: number): boolean {
  let above = false
  for (let j = Math.max(0, i - LIST_REACH); j < i; j++) above ||= isListPart(blocks[j])
  if (!above) return false
  for (let j = i + 1; j <= i + LIST_REACH && j < blocks.length; j++) if (blocks[j]!.kind === 'related') return true
  return false
}

// The longest meta row read for a relative time.
const META_ROW_MAX = 60

/** A short line between the title and the body gives the time relative to now (`文 / 林凯 3小时前 IP属地：广东`). */
function relativeTimeAbove(blocks: Block[], title: number, firstBody: number): boolean {
  for (let i = Math.max(title, 0) + 1; i < firstBody; i++) {
    const key = blocks[i]!.key
    if (key.length <= META_ROW_MAX && (key.includes('前') || key.includes('刚刚') || key.includes('天')) && RELATIVE_TIME_IN.test(key)) return true
  }
  return false
}

/** A day with its time of day on the line below (`2017年5月12日（星期五）` / `香港时间15时30分`). */
function withTimeBelow(iso: string, below: Block | undefined): string {
  if (iso.length !== DAY_LENGTH || below?.rule?.startsWith(TIME_BELOW_DATE_ID) !== true) return iso
  const time = timeOfDay(below.key)
  return time === null ? iso : `${iso}T${time}`
}
const TIME_BELOW_DATE_ID = LAYOUT_RULES.timeBelowDate.id

/** No meta line had a date: take one from the title's neighbourhood (glued to the title or just below it). */
const NEAR_TITLE = 3

function dateNearTitle(blocks: Block[], reading: DateReading): string | null {
  const t = blocks.findIndex((b) => b.kind === 'title')
  if (t < 0) return null
  // Further down, dated lines are related headlines more often than the article's date; a line that opens with
  // the date (`2019.10.08 · 本文刊于《行远》…`) may stand a little lower, under a standfirst and a byline.
  for (let i = t; i < Math.min(blocks.length, t + NEAR_TITLE_OPENING); i++) {
    if (blocks[i]!.kind === 'body') break
    const d = findDate(blocks[i]!.key, reading)
    if (d && (i < t + NEAR_TITLE || d.index <= blocks[i]!.key.search(/\S/u))) return d.iso
  }
  return null
}
const NEAR_TITLE_OPENING = 6

// A dateline in brackets that opens the lede: `【2005年3月21日】…`, `【看中国2005年07月03日报道】…`.
const LEDE_DATELINE = /^\s*[【\[(〔]([^】\])〕]{0,24})[】\])〕]/u

/** No line said when: a dateline in brackets at the start of the first paragraph does. */
function dateInLede(blocks: Block[], reading: DateReading): string | null {
  const first = blocks.find((b) => b.kind === 'body')
  const m = first ? LEDE_DATELINE.exec(first.key) : null
  return m ? findDate(m[1]!, reading)?.iso ?? null : null
}

// An e-paper's page header: the issue's date beside its navigation (`2016年08月12日 星期五 前一期 后一期`, `第A03版`),
// or a Hong Kong paper's links to its past issues (`2007年6月14日 星期四 | 过去七日报章`).
const ISSUE_NAVIGATION = /前一期|后一期|上一期|下一期|往期|上一版|下一版|第[a-z]?\d{1,2}版|数字报|电子报|过往报章|过去\S{1,3}日报章|往日报章|今日报章/iu

const CITATION_MAX = 40
// The key is NFKC: the brackets are ASCII. The whole line: 《paper》, a date, the page (`第A03版`, `04 版`).
const PAPER_CITATION = /^\(?\s*《([^《》]{2,12})》\s*\(?\s*([\d年月日./\s-]{6,20}?)\s*(?:第\s*)?[a-z]{0,2}\d{1,3}\s*版(?:\s*[:：]\s*\p{Script=Han}{2,4})?\s*\)?\s*\)?$/iu

/**
 * An e-paper's citation line, above or below the body: the paper in 《》, then the day and the page it ran on, nothing
 * else (`《东江日报》（2014年06月18日 第A03版）`, `《人民日报》（2014年06月18日 04 版）`). The paper is the source. A book's
 * edition line names a month, no day (`《长安的荔枝》（2021年10月第1版）`); a title in prose says more around it.
 */
function paperCitation(blocks: Block[]): string | null {
  for (const block of blocks) {
    const key = block.key.trim()
    if (key.length > CITATION_MAX || !key.includes('版') || !(key.startsWith('《') || key.startsWith('('))) continue
    const m = PAPER_CITATION.exec(key)
    if (m && findDate(m[2]!)?.iso.length === DAY_LENGTH) return m[1]!.trim()
  }
  return null
}

/** The issue's date in an e-paper's header above the title: an article there ran that day. */
function issueDate(blocks: Block[], reading: DateReading): string | null {
  for (const block of blocks) {
    if (block.kind === 'title' || block.kind === 'body') return null
    const date = ISSUE_NAVIGATION.test(block.key) ? findDate(block.key, reading) : null
    if (date) return date.iso.slice(0, 10)
  }
  return null
}

/**
 * The day in the page's own address (`本文链接：http://…/2014/06/12/….shtml`): only a labelled permalink line's,
 * never a bare URL's, which may be any link.
 */
function permalinkDate(blocks: Block[]): string | null {
  const own = blocks.find((b) => b.rule?.startsWith(PERMALINK_ID) === true && PERMALINK_LABEL.test(b.key))
  return own ? urlDate(own.key) : null
}

/** A notice that prints its date only under its signature (`二〇二四年五月九日`) was issued that day. */
function signatureDate(blocks: Block[], reading: DateReading): string | null {
  const signed = blocks.findLast((b) => b.kind === 'body' && b.rule?.startsWith(NOTICE_CLOSE_ID) === true && SIGNATURE_DATE.test(b.key))
  return signed ? findDate(signed.key, reading)?.iso ?? null : null
}

/** Keywords are separated by spaces, commas, 、 or semicolons. */
export const splitKeywords = (value: string): string[] =>
  value.split(/[\s,，、;；|]+/u).map((k) => k.trim()).filter((k) => k.length > 0 && k.length <= 20)
