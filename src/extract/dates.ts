import { HAN_DIGITS, hanNumber } from '../letters.js'
import { requiredUnits } from '../required.js'

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
// The weekday between the day and the time may stand in brackets (`2015年6月4日（星期四）11:32`).
const HAN_DATE = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:[(（]\s*(?:星期.|周.)\s*[)）]|星期.|周.)?\s*(凌晨|上午|中午|下午|晚上)?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?)?/u
const US_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|上午|下午)?)?/iu
// `March 21, 2005`, `Mar. 21 2005`, `21 March 2005`, and the Malay and Indonesian names (`05 Maret 2024`,
// `10 Oktober 2024`, `5 Mac 2024`) that Chinese papers in Malaysia, Singapore and Indonesia print.
const MONTH_WORDS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, januari: 1,
  feb: 2, february: 2, februari: 2,
  mar: 3, march: 3, maret: 3, mac: 3,
  apr: 4, april: 4,
  may: 5, mei: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7, julai: 7,
  aug: 8, august: 8, agu: 8, agustus: 8, ogos: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12, des: 12, desember: 12, disember: 12,
}
// Longest first, so `march` is not read as `mar` and a word that only begins like a month (`Marching`) is none.
const MONTH_WORD = Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join('|')
// The time after the date, across a separator (`Mar 06, 2024 · 7:30 PM`, `Mar 5, 2024 10:42 AM PT`, `05 Maret 2024 14:30 WIB`);
// a zone word after it is left alone: the page's own clock is the one it prints.
const CLOCK_AFTER = String.raw`(?:(?:\s*[,·|@]\s*|\s+(?:at|pukul)\s+|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\b\.?)?)?`
const ENGLISH_DATE = new RegExp(
  String.raw`(?<![a-z])(?:(${MONTH_WORD})(?![a-z])\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|(\d{1,2})\s+(${MONTH_WORD})(?![a-z])\.?,?\s+((?:19|20)\d{2}))(?!\d)${CLOCK_AFTER}`,
  'iu')
// `二〇〇五年三月二十一日`: a notice's or a signature's date in Chinese numerals.
const NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u
// A year's digits in Chinese numerals, zero written 〇, ○ or 零.
const yearDigit = (c: string): number => ('〇○零'.includes(c) ? 0 : HAN_DIGITS.indexOf(c) + 1)

/** Build the ISO string, or null when a part is out of range. */
export function toIso(y: number, mo: number, d: number, h?: number, mi?: number, s?: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null
  const day = `${y}-${pad(mo)}-${pad(d)}`
  if (h === undefined || mi === undefined || Number.isNaN(h) || Number.isNaN(mi)) return day
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return day
  return `${day}T${pad(h)}:${pad(mi)}${s === undefined || Number.isNaN(s) ? '' : `:${pad(s)}`}`
}

// Every form has a four-digit year: most blocks are ruled out by one cheap scan.
const HAS_YEAR = /(?:19|20)\d\d/u

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s))

/** Which field of a slash date `05/03/2024` is the month: US pages print the month first; Singapore, Malaysia, Thailand and Europe the day. */
export type SlashOrder = 'month-first' | 'day-first'

/** How a page's dates read, decided once per page from the page's own evidence (`dateReading`). */
export interface DateReading {
  readonly slashOrder: SlashOrder
  /** A Taiwan page (Traditional): a date alone on its line with a three-digit year (`109-10-15`) counts years from 1912. */
  readonly rocYears: boolean
}

/** With no evidence: slash dates month first, no 民国 years but labelled ones. */
export const DEFAULT_READING: DateReading = Object.freeze({ slashOrder: 'month-first', rocYears: false })

/**
 * Find the first date in a text, in any of the common page forms.
 * @example findDate('2025-05-16 14:06:03  虎嗅网') // → { iso: '2025-05-16T14:06:03', index: 0, length: 19 }
 * @example findDate('2005年03月21日 11:21') // → { iso: '2005-03-21T11:21', … }
 * @example findDate('7/5/2005 9:23:57 pm') // → { iso: '2005-07-05T21:23:57', … } (month first, as US pages print it)
 * @example findDate('05/03/2024 20:15', { slashOrder: 'day-first', rocYears: false }) // → { iso: '2024-03-05T20:15', … }
 */
export function findDate(text: string, reading: DateReading = DEFAULT_READING): FoundDate | null {
  // Rules and extractors ask about the same line several times in a row (date-line, dated-headline …).
  if (text === lastText && reading === lastReading) return lastFound
  lastFound = findFirstDate(text, reading)
  lastText = text
  lastReading = reading
  return lastFound
}

let lastText: string | undefined
let lastReading: DateReading | undefined
let lastFound: FoundDate | null = null

/** `pm`/`下午`/`晚上` move a twelve-hour clock's hour on; `12 am` is midnight. */
function twelveHour(hour: number | undefined, half: string | undefined): number | undefined {
  if (hour === undefined || !half) return hour
  if (/^(?:p|下午|晚上)/iu.test(half) && hour < 12) return hour + 12
  if (/^(?:a|上午)/iu.test(half) && hour === 12) return 0
  return hour
}

function findFirstDate(text: string, reading: DateReading): FoundDate | null {
  if (!HAS_YEAR.test(text)) {
    // Only a 民国 year, a date label or a Taiwan page's lone date can hold a three-digit year.
    if (text.includes('民国') || text.includes('日期') || text.includes('时间') || (reading.rocYears && ROC_ALONE.test(text))) {
      const roc = rocDate(text, reading)
      if (roc) return roc
    }
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
    const value = toIso(Number(y), Number(mo), Number(d), twelveHour(num(h), half), num(mi), num(s))
    if (value) consider({ iso: value, index: han.index, length: m.length })
  }
  const us = text.includes('/') ? US_DATE.exec(text) : null
  if (us) {
    const [m, first, second, y, h, mi, s, half] = us
    const [month, day] = slashMonthDay(Number(first), Number(second), reading.slashOrder)
    const value = toIso(Number(y), month, day, twelveHour(num(h), half), num(mi), num(s))
    if (value) consider({ iso: value, index: us.index, length: m.length })
  }
  const english = /[a-z]/iu.test(text) ? ENGLISH_DATE.exec(text) : null
  if (english) {
    const [m, mon1, d1, y1, d2, mon2, y2, h, mi, s, half] = english
    const month = MONTH_WORDS[(mon1 ?? mon2)!.toLowerCase()]!
    const value = toIso(Number(y1 ?? y2), month, Number(d1 ?? d2), twelveHour(num(h), half), num(mi), num(s))
    if (value) consider({ iso: value, index: english.index, length: m.length })
  }
  return best
}

/** Month and day of a slash date: a field over 12 can only be the day (`21/03/2005`, `03/21/2005`); else the page's order. */
function slashMonthDay(first: number, second: number, order: SlashOrder): [number, number] {
  if (first > 12) return [second, first]
  if (second > 12) return [first, second]
  return order === 'day-first' ? [second, first] : [first, second]
}

// Slash dates with a year, anywhere on a page: the evidence for its order.
const SLASH_DATES = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(?:19|20)\d{2}(?!\d)/gu

/**
 * How a page's dates read. Slash dates: day first when a slash date on the page has a first field over 12
 * (`28/02/2024` in its related list), month first when one has a second field over 12; failing both, the
 * order in which an ambiguous one gives the day the page declares (`2024-03-08T09:12+07:00` beside
 * `08/03/2024`); else month first. 民国 years: on a Traditional page.
 */
export function dateReading(blocks: readonly { key: string }[], declared: string | null, traditional: boolean): DateReading {
  let dayFirst = 0
  let monthFirst = 0
  const ambiguous: [number, number, string][] = []
  for (const { key } of blocks) {
    if (!key.includes('/')) continue
    for (const m of key.matchAll(SLASH_DATES)) {
      const first = Number(m[1])
      const second = Number(m[2])
      if (first > 12 && second <= 12) dayFirst++
      else if (second > 12 && first <= 12) monthFirst++
      else if (first !== second && first <= 12 && second <= 12) ambiguous.push([first, second, m[0].slice(-4)])
    }
  }
  let slashOrder: SlashOrder = dayFirst > monthFirst ? 'day-first' : 'month-first'
  // A declared slash date (a hinted element's text) is no evidence for its own order.
  if (dayFirst === monthFirst && ambiguous.length > 0 && declared && !declared.includes('/')) {
    const stamp = declaredDate(declared)
    const days = stamp ? [stamp.iso.slice(0, DAY_LENGTH), stamp.asWritten.slice(0, DAY_LENGTH)] : []
    const day = (y: string, mo: number, d: number): string => `${y}-${pad(mo)}-${pad(d)}`
    const agrees = ambiguous.find(([f, s, y]) => days.includes(day(y, s, f)) !== days.includes(day(y, f, s)))
    if (agrees && days.includes(day(agrees[2], agrees[1], agrees[0]))) slashOrder = 'day-first'
  }
  if (slashOrder === DEFAULT_READING.slashOrder && !traditional) return DEFAULT_READING
  return { slashOrder, rocYears: traditional }
}
/** How long an ISO date's day part is (`2024-03-05`). */
export const DAY_LENGTH = 10

// Taiwan's 民国 years count from 1912 (民国1年): `民国109年10月15日`, and beside a date label `发布日期 109-10-15`,
// `日期：109.10.15`. Only a three-digit year (民国100 is 2011) without the era's name: a two-digit one may be a
// microblog's short year (`24-7-15 18:32`).
export const ROC_BASE = 1911
const ROC_YEAR_MAX = 150
const ROC_ERA = /民国\s*(\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u
const ROC_LABELLED = /(?:日期|时间)\s*:?\s*(?<!\d)(1\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d.])/u
// A Taiwan page's date alone on its line, its label on the line above (a table dumped a cell per line: `發布日期` / `109-10-15`).
const ROC_ALONE = /^\s*(1\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/u

function rocDate(text: string, reading: DateReading): FoundDate | null {
  const m = ROC_ERA.exec(text) ?? ROC_LABELLED.exec(text) ?? (reading.rocYears ? ROC_ALONE.exec(text) : null)
  if (!m || Number(m[1]) < 1 || Number(m[1]) > ROC_YEAR_MAX) return null
  const value = toIso(Number(m[1]) + ROC_BASE, Number(m[2]), Number(m[3]))
  // After a label, the date starts at its digits.
  const at = m[0].startsWith('民国') ? 0 : m[0].search(/\d/u)
  return value ? { iso: value, index: m.index + at, length: m[0].length - at } : null
}

const NUMERAL_YEAR = /[〇○零][〇○零一二三四五六七八九]*年/u

// `24-7-15 18:32`: a two-digit year, as microblogs print a post's time; only with the time of day, which
// no score, range or version number has. A label's colon may stand right before it (`发布时间:21-03-05 19:22`, the key
// NFKC-folded), but not a clock's (`12:21-03-05`).
const SHORT_YEAR_DATE = /(?<![\d./-])(?<!\d:)(\d{2})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?![\d:])/u
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
export function declaredDate(value: string, reading: DateReading = DEFAULT_READING): { iso: string; asWritten: string } | null {
  const m = OFFSET_TIMESTAMP.exec(value)
  if (!m) {
    // A date the page's markup only hints at (`<span class="date">05/03/2024 20:15</span>`) reads as the page's others.
    const found = findDate(value.replace('T', ' '), reading)
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

/**
 * What every date findDate reads holds one of (digits, 年), read from the patterns it matches with: a line without any has
 * no date, and the rules skip their search for one.
 */
export const DATE_UNITS = requiredUnits(ISO_LIKE, HAN_DATE, US_DATE, ENGLISH_DATE, NUMERAL_DATE, ROC_ERA, ROC_LABELLED, ROC_ALONE, SHORT_YEAR_DATE)
