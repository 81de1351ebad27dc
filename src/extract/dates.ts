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
const HAN_DATE = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:星期.|周.)?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?)?/u
const US_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|上午|下午)?)?/iu

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
  if (!HAS_YEAR.test(text)) return null
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
    const [m, y, mo, d, h, mi, s] = han
    const value = toIso(Number(y), Number(mo), Number(d), num(h), num(mi), num(s))
    if (value) consider({ iso: value, index: han.index, length: m.length })
  }
  const us = US_DATE.exec(text)
  if (us) {
    const [m, mo, d, y, h, mi, s, half] = us
    let hour = num(h)
    if (hour !== undefined && half && /pm|下午/iu.test(half) && hour < 12) hour += 12
    if (hour !== undefined && half && /am|上午/iu.test(half) && hour === 12) hour = 0
    const value = toIso(Number(y), Number(mo), Number(d), hour, num(mi), num(s))
    if (value) consider({ iso: value, index: us.index, length: m.length })
  }
  return best
}

/** The text with the date at `found` cut out, trimmed. */
export const withoutDate = (text: string, found: FoundDate): string =>
  (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length)).trim()
