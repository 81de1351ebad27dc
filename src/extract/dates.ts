import { HAN_DIGITS, hanNumber } from '../letters.js'

/** A date found in text, normalised to ISO 8601 local time as precise as the text gives it. */
export interface FoundDate {
  readonly iso: string
  readonly index: number
  readonly length: number
}

const pad = (n: number): string => String(n).padStart(2, '0')

// Each form captures year, month, day, then optional hour, minute, second (and AM/PM for the US form).
// Matched against folded keys (NFKC), so full-width digits and colons are already ASCII.
const ISO_LIKE = /(?<!\d)((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)(?:(?:\s*|t)(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*(\d{2}))?)?/u
const HAN_DATE = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:星期.|周.)?\s*(凌晨|上午|中午|下午|晚上)?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?)?/u
const US_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|上午|下午)?)?/iu
// `March 21, 2005`, `Mar. 21 2005`, `21 March 2005`.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ENGLISH_DATE = /(?<![a-z])(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2}))/iu
// `二〇〇五年三月二十一日`: a notice's or a signature's date in Chinese numerals.
const NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u
// A year's digits in Chinese numerals, zero written 〇, ○ or 零.
const yearDigit = (c: string): number => ('〇○零'.includes(c) ? 0 : HAN_DIGITS.indexOf(c) + 1)

/** Build the ISO string, or null when a part is out of range. */
function toIso(y: number, mo: number, d: number, h?: number, mi?: number, s?: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null
  const day = `${y}-${pad(mo)}-${pad(d)}`
  if (h === undefined || mi === undefined || Number.isNaN(h) || Number.isNaN(mi)) return day
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return day
  return `${day}T${pad(h)}:${pad(mi)}${s === undefined || Number.isNaN(s) ? '' : `:${pad(s)}`}`
}

// Every form has a four-digit year: most blocks are ruled out by one cheap scan.
const HAS_YEAR = /(?:19|20)\d\d/u

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s))

/**
 * Find the first date in a text, in any of the common page forms.
 * @example findDate('2025-05-16 14:06:03  虎嗅网') // → { iso: '2025-05-16T14:06:03', index: 0, length: 19 }
 * @example findDate('2005年03月21日 11:21') // → { iso: '2005-03-21T11:21', … }
 * @example findDate('7/5/2005 9:23:57 pm') // → { iso: '2005-07-05T21:23:57', … } (month first, as US pages print it)
 */
export function findDate(text: string): FoundDate | null {
  // Rules and extractors ask about the same line several times in a row (date-line, dated-headline …).
  if (text === lastText) return lastFound
  lastFound = findFirstDate(text)
  lastText = text
  return lastFound
}

let lastText: string | undefined
let lastFound: FoundDate | null = null

function findFirstDate(text: string): FoundDate | null {
  if (!HAS_YEAR.test(text)) {
    if (text.includes('年')) return NUMERAL_YEAR.test(text) ? numeralDate(text) : null
    return text.includes(':') ? shortYearDate(text) : null
  }
  let best: FoundDate | null = null
  const consider = (found: FoundDate | null): void => {
    if (found && (!best || found.index < best.index)) best = found
  }
  const iso = ISO_LIKE.exec(text)
  if (iso) {
    const [m, y, mo, d, h, mi, s] = iso
    const value = toIso(Number(y), Number(mo), Number(d), num(h), num(mi), num(s))
    if (value) consider({ iso: value, index: iso.index, length: m.length })
  }
  const han = HAN_DATE.exec(text)
  if (han) {
    const [m, y, mo, d, half, h, mi, s] = han
    // `下午3:05`, `晚上8:30`: a twelve-hour clock.
    const hour = num(h) !== undefined && half && /下午|晚上/u.test(half) && num(h)! < 12 ? num(h)! + 12 : num(h)
    const value = toIso(Number(y), Number(mo), Number(d), hour, num(mi), num(s))
    if (value) consider({ iso: value, index: han.index, length: m.length })
  }
  const us = US_DATE.exec(text)
  if (us) {
    const [m, mo, d, y, h, mi, s, half] = us
    let hour = num(h)
    if (hour !== undefined && half && /pm|下午/iu.test(half) && hour < 12) hour += 12
    if (hour !== undefined && half && /am|上午/iu.test(half) && hour === 12) hour = 0
    // Month first as US pages print it; a first field over 12 can only be the day (`21/03/2005`).
    const [month, day] = Number(mo) > 12 ? [Number(d), Number(mo)] : [Number(mo), Number(d)]
    const value = toIso(Number(y), month, day, hour, num(mi), num(s))
    if (value) consider({ iso: value, index: us.index, length: m.length })
  }
  const english = /[a-z]/iu.test(text) ? ENGLISH_DATE.exec(text) : null
  if (english) {
    const [m, mon1, d1, y1, d2, mon2, y2] = english
    const month = MONTHS.indexOf((mon1 ?? mon2)!.toLowerCase()) + 1
    const value = toIso(Number(y1 ?? y2), month, Number(d1 ?? d2))
    if (value) consider({ iso: value, index: english.index, length: m.length })
  }
  return best
}

const NUMERAL_YEAR = /[〇○零][〇○零一二三四五六七八九]*年/u

// `24-7-15 18:32`: a two-digit year, as microblogs print a post's time; only with the time of day, which
// no score, range or version number has.
const SHORT_YEAR_DATE = /(?<![\d.:/-])(\d{2})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?![\d:])/u
// Two-digit years below this are this century's.
const CENTURY_PIVOT = 70

function shortYearDate(text: string): FoundDate | null {
  const m = SHORT_YEAR_DATE.exec(text)
  if (!m) return null
  const yy = Number(m[1])
  const value = toIso(yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]))
  return value ? { iso: value, index: m.index, length: m[0].length } : null
}

function numeralDate(text: string): FoundDate | null {
  const m = NUMERAL_DATE.exec(text)
  if (!m) return null
  const year = Number([...m[1]!].map(yearDigit).join(''))
  const month = hanNumber(m[2]!)
  const day = hanNumber(m[3]!)
  const value = year >= 1900 && year < 2100 && month !== null && day !== null ? toIso(year, month, day) : null
  return value ? { iso: value, index: m.index, length: m[0].length } : null
}

// A time of day alone on a line, perhaps with its zone (`香港时间15时30分`, `北京时间 下午3:30`): Hong Kong's
// government releases print it under their date line.
const TIME_OF_DAY_LINE = /^\s*(?:\p{Script=Han}{2,4}(?:时间|時間)\s*:?\s*)?(凌晨|上午|中午|下午|晚上)?\s*(\d{1,2})\s*[:时時]\s*(\d{2})\s*分?\s*$/u

/**
 * The time a line that holds nothing else gives, as `HH:MM`.
 * @example timeOfDay('香港时间15时30分') // → '15:30'
 */
export function timeOfDay(text: string): string | null {
  const m = TIME_OF_DAY_LINE.exec(text)
  if (!m) return null
  const h = Number(m[2])
  const hour = m[1] && /下午|晚上/u.test(m[1]) && h < 12 ? h + 12 : h
  return hour <= 23 && Number(m[3]) <= 59 ? `${pad(hour)}:${m[3]}` : null
}

/** The text with the date at `found` cut out, trimmed. */
export const withoutDate = (text: string, found: FoundDate): string =>
  (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length)).trim()

// Where CMSs file a page by its day: `/2014/06/12/`, `/201406/12/`, `/2014-06/12/`, `/20140612/`.
const URL_DATES = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//u,
  /\/((?:19|20)\d{2})-?(\d{2})\/(\d{2})\//u,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})\//u,
]
// The web's first news sites: a path's year before it is some other number.
const URL_YEAR_MIN = 1995

/**
 * The day a page's address files it under, if plausible (1995 to today): a weak date, for a page that prints none.
 * @example urlDate('http://www.example.cn/system/2014/06/12/012345678.shtml') // → '2014-06-12'
 */
export function urlDate(url: string, now: Date = new Date()): string | null {
  for (const re of URL_DATES) {
    const m = re.exec(url)
    const iso = m && Number(m[1]) >= URL_YEAR_MIN ? toIso(Number(m[1]), Number(m[2]), Number(m[3])) : null
    if (iso) return iso <= now.toISOString().slice(0, 10) ? iso : null
  }
  return null
}

// China, Taiwan and Hong Kong keep UTC+08:00 all year: a timestamp in UTC is read on their clocks (a CMS may store
// UTC for a Chinese page). Any other offset is the page's own clock (`…T09:12+07:00` in Bangkok): read as written.
const PAGE_OFFSET_MINUTES = 8 * 60
// `2021-08-22T12:14:05.000Z`, `2024-03-09T10:30:41+08:00`, `2024-03-09 02:30:41+0000`.
const OFFSET_TIMESTAMP = /^\s*(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(z|([+-])(\d{2}):?(\d{2}))\s*$/iu

/**
 * A timestamp a page declares (meta tag, JSON-LD, `<time datetime>`): `iso` on the wall clock of UTC+08:00 when
 * it is given in UTC, else as written; `asWritten` as its digits read without the offset (the same when it gives none).
 * @example declaredDate('2021-08-22T12:14:05.000Z') // → { iso: '2021-08-22T20:14:05', asWritten: '2021-08-22T12:14:05' }
 * @example declaredDate('2024-03-05T10:42-08:00') // → { iso: '2024-03-05T10:42', asWritten: '2024-03-05T10:42' }
 */
export function declaredDate(value: string): { iso: string; asWritten: string } | null {
  const m = OFFSET_TIMESTAMP.exec(value)
  if (!m) {
    const found = findDate(value.replace('T', ' '))
    return found ? { iso: found.iso, asWritten: found.iso } : null
  }
  const [, y, mo, d, h, mi, s, zone, sign, oh, om] = m
  const asWritten = toIso(Number(y), Number(mo), Number(d), Number(h), Number(mi), num(s))
  if (!asWritten || !asWritten.includes('T')) return asWritten ? { iso: asWritten, asWritten } : null
  const offset = zone!.toLowerCase() === 'z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om))
  if (offset !== 0) return { iso: asWritten, asWritten }
  const wall = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi) + PAGE_OFFSET_MINUTES, Number(s ?? 0)))
  const iso = toIso(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), s === undefined ? undefined : wall.getUTCSeconds())!
  return { iso, asWritten }
}
