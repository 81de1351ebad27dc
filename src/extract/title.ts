import { codePointLength, isLettersAndDigits, lettersAndDigits } from '../letters.js'

// Page titles carry site and channel names: `两会召开_新闻中心_新浪网`, `标题 - 搜狐财经`.

/** Separators between a page title and the site or channel names appended to it. */
export const TITLE_SEPARATOR = /\s+[-–—|·]\s+|\s*[_|｜]\s*|\s*(?:－|——|--)\s*/

/**
 * An unspaced hyphen also separates a site name, but only when what follows it reads like one
 * (`…路在何方-搜狐财经`); otherwise it belongs to the headline (`中美-东盟`).
 */
export const LOOSE_TITLE_SEPARATOR = /[-－—]/g
/** How site and channel names end; at most SITE_NAME_MAX letters, digits, `·` or `.` come before. */
// A raw <title> is not folded to Simplified yet: the Traditional forms too (`香江時報`, `南方網`). A government's site
// names itself by the office (`澄州市人民政府`, `南江省人民政府新闻办公室`).
const SITE_NAME_ENDS = ['网', '报', '频道', '在线', '新闻', '中心', '财经', '社', '台', '政府', '办公室', '網', '報', '頻道', '在線', '新聞', '財經', '臺', '辦公室']
const SITE_NAME_MAX = 10

/**
 * A site or channel name: `搜狐财经`, `新华网`. What `/^[\p{L}\p{N}·.]{1,10}(?:网|报|…)$/u` says, without
 * compiling its property classes (~2 ms of a one-page run).
 */
export function isSiteName(text: string): boolean {
  const core = text.replace(/[·.]/gu, '')
  if (core === '' || !isLettersAndDigits(core)) return false
  const length = codePointLength(text)
  return SITE_NAME_ENDS.some((end) => text.endsWith(end) && length - end.length >= 1 && length - end.length <= SITE_NAME_MAX)
}

/** A title segment shorter than this is a channel name rather than the headline. */
export const MIN_TITLE_CHARS = 4

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim()

/**
 * Cut the site or channel names off a <title>: the headline is the first segment, or everything
 * before the last separator when the first segment is too short to be a headline.
 * @example splitTitle('两会召开_新闻中心_新浪网') // → { head: '两会召开', tail: '新浪网' }
 */
export function splitTitle(title: string): { head: string | null; tail: string | null } {
  const t = collapse(title)
  const seps = [...t.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g'))].filter((m) => m[0].length > 0)
  const first = seps[0]
  const last = seps[seps.length - 1]
  if (!first || !last) return splitLooseTitle(t)
  const tail = t.slice(last.index + last[0].length).trim()
  const firstHead = t.slice(0, first.index).trim()
  const siteFirst = siteFirstHead(t, seps, firstHead, tail)
  if (siteFirst) return { head: siteFirst, tail: firstHead }
  if (columnPrefixed(seps, firstHead, tail)) return { head: t, tail: null }
  const head = firstHead.length >= MIN_TITLE_CHARS ? firstHead : t.slice(0, last.index).trim()
  if (!head || !tail) return { head: t, tail: null }
  return { head, tail }
}

/**
 * Hong Kong and Taiwan sites print their name first (`香江時報 - 港鐵票價調整機制檢討完成`): when the first segment is a site
 * name and the last is no site name and longer, the headline is the rest, past any channel names before it (`港聞`).
 */
function siteFirstHead(t: string, seps: RegExpMatchArray[], first: string, last: string): string | null {
  if (!isSiteName(first) || isSiteName(last) || last.length <= first.length || last.length < MIN_TITLE_CHARS) return null
  for (let i = 0; i < seps.length; i++) {
    const start = seps[i]!.index! + seps[i]![0].length
    const segment = t.slice(start, seps[i + 1]?.index ?? t.length).trim()
    if (i === seps.length - 1 || (segment.length >= MIN_TITLE_CHARS && !isSiteName(segment))) return t.slice(start).trim()
  }
  return null
}

/** A column or topic tag before a full-width bar is no site name. At most this long. */
const COLUMN_PREFIX_MAX = 6

/**
 * A headline led by its column or topic tag (`学雷锋日｜在路口站了十年，他们是…`, `重磅｜…`): one `｜` or `|`, a short
 * first part that is no site name, and a longer rest that is none either. The whole is the headline.
 */
function columnPrefixed(seps: RegExpMatchArray[], first: string, rest: string): boolean {
  if (seps.length !== 1 || !/^\s*[|｜]\s*$/u.test(seps[0]![0])) return false
  const length = codePointLength(first)
  return length >= 2 && length <= COLUMN_PREFIX_MAX && !isSiteName(first) && !isSiteName(rest) && codePointLength(rest) >= 2 * length + 4
}

// A title ending in the page's tags (`…夜拍表现_手机_夜景_画质`): at least TAGS_MIN short segments after the headline, one
// separator between them all, none a site's name. Their last is no site. A site after tags has a separator of its own
// (`…|电梯|老旧小区_网易订阅`), and a channel and a site are two segments (`两会召开_新闻中心_新浪网`).
const TAGS_MIN = 3
const TAG_MAX = 4
export function endsInTags(title: string): boolean {
  const t = collapse(title)
  const seps = [...t.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g'))].filter((m) => m[0].length > 0)
  if (seps.length < TAGS_MIN || seps.some((m) => m[0].trim() !== seps[0]![0].trim())) return false
  const tags = seps.map((m, k) => t.slice(m.index + m[0].length, seps[k + 1]?.index ?? t.length).trim())
  return tags.every((tag) => tag !== '' && codePointLength(tag) <= TAG_MAX && !isSiteName(tag))
}

/** The title without the site and channel names appended to it. */
export const stripTitleTail = (title: string): string => splitTitle(title).head ?? title.trim()

/**
 * Cut at the last unspaced hyphen when a site name follows it; else at the first when a site name stands before it and
 * a longer headline, no site name, after it (an e-paper's `东江日报数字报-我省智慧农业服务覆盖八成以上种粮大户`).
 */
function splitLooseTitle(t: string): { head: string | null; tail: string | null } {
  const seps = [...t.matchAll(LOOSE_TITLE_SEPARATOR)]
  const last = seps[seps.length - 1]
  const head = last ? t.slice(0, last.index).trim() : ''
  const tail = last ? t.slice(last.index + 1).trim() : ''
  // A two- or three-character headline (`讣告-东南理工大学新闻网`) is cut off only a site name.
  if (head.length >= 2 && isSiteName(tail)) return { head, tail }
  const first = seps[0]
  const site = first ? t.slice(0, first.index).trim() : ''
  const rest = first ? t.slice(first.index + 1).trim() : ''
  if (isSiteName(site) && rest.length > site.length && rest.length >= MIN_TITLE_CHARS && !isSiteName(rest)) return { head: rest, tail: site }
  return { head: t || null, tail: null }
}


/**
 * A record's title field: the label `标题` (or `题目`) with its value after a colon or a space (`标题 海洋系团队证实…`,
 * `標題：…`), or alone on its line with the value on the next. The value is the page's headline.
 */
const TITLE_LABEL = String.raw`^\s*(?:[标標]\s*[题題]|[题題]\s*目)`
export const TITLE_FIELD = new RegExp(String.raw`${TITLE_LABEL}(?:\s*[:：]\s*|\s+)(?=\S)`, 'u')
export const TITLE_LABEL_ALONE = new RegExp(String.raw`${TITLE_LABEL}\s*[:：]?\s*$`, 'u')

/** A title field's value: the line without its `标题` label. */
export const withoutTitleLabel = (text: string): string => text.replace(TITLE_FIELD, '').trim()

/** Letters and digits only, lower case: how two headlines are compared (`《长安的荔枝》…` = `长安的荔枝…`). */
export const headlineKey = (s: string): string => lettersAndDigits(s).toLowerCase()
