import { isAscii, isUtf8 } from 'node:buffer'
import { createRequire } from 'node:module'
import { CleanPageError } from './errors.js'
import type { Warning } from './types.js'

export interface Decoded {
  text: string
  encoding: string
  warnings: Warning[]
}

// ---------------------------------------------------------------------------
// Tables

/** Byte-order marks, longest first: the UTF-32LE mark starts with the UTF-16LE one. */
const BOMS: readonly { encoding: string; bytes: readonly number[] }[] = [
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'gb18030', bytes: [0x84, 0x31, 0x95, 0x33] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

/** File signatures (as latin1 strings) of formats that people feed to text tools by mistake. */
const MAGIC_NUMBERS: readonly { name: string; signature: string }[] = [
  { name: 'PNG image', signature: '\x89PNG\r\n\x1a\n' },
  { name: 'JPEG image', signature: '\xff\xd8\xff' },
  { name: 'GIF image', signature: 'GIF8' },
  { name: 'PDF document', signature: '%PDF-' },
  { name: 'zip archive', signature: 'PK\x03\x04' },
  { name: 'zip archive', signature: 'PK\x05\x06' },
  { name: 'gzip data', signature: '\x1f\x8b' },
  { name: 'RIFF media (WebP/WAV/AVI)', signature: 'RIFF' },
  { name: '7-zip archive', signature: '7z\xbc\xaf\x27\x1c' },
  { name: 'RAR archive', signature: 'Rar!\x1a\x07' },
  { name: 'xz data', signature: '\xfd7zXZ\x00' },
  { name: 'zstd data', signature: '\x28\xb5\x2f\xfd' },
  { name: 'ELF executable', signature: '\x7fELF' },
  { name: 'MS Office (OLE) document', signature: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' },
]

/**
 * Charset labels seen in the wild → the decoder we use. GB2312 and GBK pages often contain
 * GBK-only characters, and GB18030 is a superset of both, so all three read as GB18030.
 * Big5 reads as iconv-lite's big5 (Big5-HKSCS), a superset of CP950.
 */
const ENCODING_ALIASES: Readonly<Record<string, string>> = {
  'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'x-unicode20utf8': 'utf-8', 'unicode-2-0-utf-8': 'utf-8',
  'gb2312': 'gb18030', 'gbk': 'gb18030', 'x-gbk': 'gb18030', 'cp936': 'gb18030', 'ms936': 'gb18030',
  'windows-936': 'gb18030', 'euc-cn': 'gb18030', 'x-euc-cn': 'gb18030', 'gb_2312': 'gb18030',
  'gb_2312-80': 'gb18030', 'csgb2312': 'gb18030', 'iso-ir-58': 'gb18030', 'chinese': 'gb18030',
  'csiso58gb231280': 'gb18030', 'gb-18030': 'gb18030', 'gb18030-2022': 'gb18030',
  'big5-hkscs': 'big5', 'big5hkscs': 'big5', 'cn-big5': 'big5', 'x-x-big5': 'big5', 'x-big5': 'big5',
  'csbig5': 'big5', 'cp950': 'big5', 'windows-950': 'big5',
  'utf-16': 'utf-16le', 'utf16': 'utf-16le', 'utf16le': 'utf-16le', 'utf16be': 'utf-16be',
  'unicode': 'utf-16le', 'ucs-2': 'utf-16le',
  // WHATWG reads these as windows-1252, and so do browsers.
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', 'latin1': 'windows-1252',
  'us-ascii': 'windows-1252', 'ascii': 'windows-1252', 'cp1252': 'windows-1252',
}

/** Decoded by TextDecoder, so they need no iconv-lite. */
const NATIVE_ENCODINGS: ReadonlySet<string> = new Set(['utf-8', 'utf-16le', 'utf-16be'])

/** Wrapper values that mean "nobody knew" rather than naming a charset (the CWCED `<text encoding="unset">`). */
const NO_CHARSET_LABELS: ReadonlySet<string> = new Set(['unset', 'none', 'auto', 'unknown', 'default'])

const VALID_NAMES_HINT = 'try one of: utf-8, gb18030 (also gbk, gb2312), big5, utf-16le, utf-16be, shift_jis, euc-kr, windows-1252'

/** Where HTML and XML declare their charset, plus the `<text … encoding="…">` wrapper of the CWCED dumps. */
const DECLARATION =
  /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)|<text\b[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)/gi

/** Declarations sit in the head; real pages put them within the first few hundred bytes. */
const DECLARATION_SCAN_BYTES = 8192
/** Like git: a NUL in the first 8 KB means binary, unless the NULs are UTF-16's high bytes. */
const BINARY_SCAN_BYTES = 8192
/** Han as UTF-16 code units: the main block and extension A. */
const UTF16_HAN_RANGES: readonly (readonly [number, number])[] = [[0x4e00, 0x9fff], [0x3400, 0x4dbf]]
/**
 * What mostly Chinese text is made of, as UTF-16 code units: Han, CJK punctuation, full-width
 * forms, ASCII and Latin letters (pinyin), general punctuation (“” — …), Roman numerals, arrows,
 * circled numbers, box drawing and shapes (■ ★).
 */
const UTF16_TEXT_RANGES: readonly (readonly [number, number])[] = [
  ...UTF16_HAN_RANGES, [0x3000, 0x303f], [0xff00, 0xffef],
  [0x0009, 0x000a], [0x000d, 0x000d], [0x0020, 0x007e], [0x00a0, 0x024f],
  [0x2000, 0x206f], [0x2160, 0x217f], [0x2190, 0x21ff], [0x2460, 0x24ff], [0x2500, 0x26ff],
]
/**
 * UTF-16 without NULs (Chinese with few ASCII characters) is told by its content: at least this
 * many telling units (see sniffUtf16ByContent), this share of them in UTF16_TEXT_RANGES, and this
 * share of its Han units among the commonest characters. Legacy bytes read as 16-bit units reach the
 * text share only where Big5 or GBK trail bytes land in the Han block (box drawing, rare Traditional
 * characters), and then scatter over 27,000 code points, 3% of them common; Chinese text has 50–70%.
 * Checked on the CWCED dev dumps and pages and the fixtures, as GBK, Big5 and UTF-8, whole (none
 * taken for UTF-16; all 122 UTF-16 versions found without their NULs) and cut into 2.4 million
 * windows of 6 to 4,096 characters: 4 windows of 8 to 12 characters passed, all from one script's
 * table of rare Traditional characters in GBK. UTF-16 windows that are mostly Han pass from 16
 * characters on (97%; about 99% from 24).
 */
const UTF16_MIN_TELLING_UNITS = 8
const UTF16_MIN_TEXT_SHARE = 0.9
const UTF16_MIN_COMMON_SHARE = 0.25
/** The GB18030/Big5/UTF-8 guess scores this much, then decodes once. */
const SAMPLE_BYTES = 64 * 1024
/** Candidates for bytes that are not valid UTF-8, in tie-break order (GB pages are the common case). */
const GUESS_CANDIDATES: readonly string[] = ['gb18030', 'big5', 'utf-8']
/** One undecodable or private-use character outweighs this many common characters. */
const BAD_CHAR_WEIGHT = 3
/**
 * Characters that turn up when Big5 is read as GBK or the other way round (their symbol rows hold
 * kana, Greek, Cyrillic, box drawing: 呼嘯 in Big5 reads as ㊣糞 in GBK), but rarely in Chinese news.
 */
const ODD_RANGES: readonly (readonly [number, number])[] = [
  [0x0370, 0x04ff], // Greek, Cyrillic
  [0x2500, 0x257f], // box drawing
  [0x3040, 0x30ff], // kana
  [0x3200, 0x33ff], // enclosed CJK, CJK compatibility
]

// Commonest Han characters by corpus frequency (Simplified), and the same list in Traditional
// (converted with opencc-js, plus 幹復複係台 which one-to-many conversion drops). Real text scores
// 0.6–0.8 of its non-ASCII characters here; Big5 read as GBK, or GBK read as Big5, under 0.1.
const COMMON_SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里' +
  '用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实' +
  '日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政' +
  '美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员' +
  '解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件' +
  '计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象' +
  '完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改' +
  '收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调' +
  '深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企' +
  '八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列' +
  '武红响虽推势参希古众构房半节土投某案黑维'

const COMMON_TRADITIONAL =
  '的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡' +
  '用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實' +
  '日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政' +
  '美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員' +
  '解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件' +
  '計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象' +
  '完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改' +
  '收根乾造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫臺單影具羅字愛擊流備兵連調' +
  '深商算質團集百需價花黨華城石級整府離況亞請技際約示覆病息究線似官火斷精滿支視消越器容照須九增研寫稱企' +
  '八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列' +
  '武紅響雖推勢參希古眾構房半節土投某案黑維幹復複係台'

/** Lazily built: only the GB/Big5 guess and declaration checks need it. */
let commonHan: Set<number> | undefined
const commonHanSet = (): Set<number> => {
  commonHan ??= new Set([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL].map((c) => c.charCodeAt(0)))
  return commonHan
}

// ---------------------------------------------------------------------------
// Decoders

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true })

interface Iconv {
  decode(bytes: Buffer, encoding: string, options?: { stripBOM?: boolean }): string
  encodingExists(encoding: string): boolean
}

// Most inputs are UTF-8, and loading iconv-lite's tables costs start-up time, so it is loaded on first need.
let iconv: Iconv | undefined
const loadIconv = (): Iconv => {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv
  return iconv
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** Decode with replacement characters for bad bytes; never throws for a known encoding. */
const decodeAs = (encoding: string, bytes: Uint8Array): string => {
  if (NATIVE_ENCODINGS.has(encoding)) return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
  const text = loadIconv().decode(asBuffer(bytes), encoding, { stripBOM: false })
  // Big5's A241 is the full-width solidus of `記者林宜君／台北報導` (CP950 reads it so); the WHATWG table gives ∕
  // (U+2215, DIVISION SLASH), which NFKC keeps, and a byline's slash would no longer be one.
  return encoding === 'big5' ? text.replaceAll('\u2215', '\uff0f') : text
}

/** The text when the bytes are valid UTF-8, else null. One pass; it stops at the first bad byte. */
const tryUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return UTF8_STRICT.decode(bytes)
  } catch {
    return null
  }
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

const countReplacements = (text: string): number => {
  let count = 0
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) count++
  return count
}

const normaliseName = (name: string): string => {
  const key = name.trim().replace(/^["']|["']$/g, '').toLowerCase()
  return ENCODING_ALIASES[key] ?? key
}

const isKnownEncoding = (name: string): boolean =>
  NATIVE_ENCODINGS.has(name) || name === 'gb18030' || name === 'big5' || loadIconv().encodingExists(name)

// ---------------------------------------------------------------------------
// Sniffing

const startsWith = (bytes: Uint8Array, signature: readonly number[] | string): boolean => {
  if (bytes.length < signature.length) return false
  for (let i = 0; i < signature.length; i++) {
    const expected = typeof signature === 'string' ? signature.charCodeAt(i) : signature[i]
    if (bytes[i] !== expected) return false
  }
  return true
}

const sniffBom = (bytes: Uint8Array): { encoding: string; length: number } | null => {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes))
  return bom ? { encoding: bom.encoding, length: bom.bytes.length } : null
}

const isTextByte = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d

/**
 * UTF-16 without a BOM: the NULs are the high bytes of ASCII characters, so nearly all of them sit
 * on one side of each byte pair, next to a printable byte. Binary data rarely lines up like that.
 * Chinese text has few ASCII characters, hence few NULs: then the units themselves tell.
 */
const sniffUtf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null =>
  sniffUtf16ByNuls(bytes) ?? sniffUtf16ByContent(bytes)

const sniffUtf16ByNuls = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  const end = Math.min(bytes.length, BINARY_SCAN_BYTES) & ~1
  if (end < 4 || !bytes.subarray(0, end).includes(0)) return null
  const nuls = [0, 0]
  const textPartners = [0, 0]
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue
    const side = i & 1
    nuls[side]++
    if (isTextByte(bytes[side ? i - 1 : i + 1]!)) textPartners[side]++
  }
  const pairs = end / 2
  for (const side of [1, 0] as const) {
    const other = nuls[1 - side]!
    const count = nuls[side]!
    if (count >= pairs * 0.1 && other * 4 <= count && textPartners[side]! >= count * 0.9) {
      return side === 1 ? 'utf-16le' : 'utf-16be'
    }
  }
  return null
}

// What a UTF-16 code unit is, for the sniff.
const UNIT_OTHER = 0
const UNIT_TEXT = 1
const UNIT_HAN = 2
const UNIT_COMMON_HAN = 3

/** UNIT_* per UTF-16 code unit: a table, since the sniff looks at thousands of units per input. */
let unitClasses: Uint8Array | undefined
const unitClassTable = (): Uint8Array => {
  if (unitClasses) return unitClasses
  const table = new Uint8Array(0x10000)
  for (const [from, to] of UTF16_TEXT_RANGES) table.fill(UNIT_TEXT, from, to + 1)
  for (const [from, to] of UTF16_HAN_RANGES) table.fill(UNIT_HAN, from, to + 1)
  for (const unit of commonHanSet()) if (table[unit] === UNIT_HAN) table[unit] = UNIT_COMMON_HAN
  unitClasses = table
  return table
}

/** What the telling units of one byte order read as: outside UTF16_TEXT_RANGES, Han, common Han. */
interface UnitCounts { misses: number; han: number; common: number }

const countUnit = (counts: UnitCounts, unitClass: number): void => {
  if (unitClass === UNIT_OTHER) counts.misses++
  else if (unitClass !== UNIT_TEXT) {
    counts.han++
    if (unitClass === UNIT_COMMON_HAN) counts.common++
  }
}

/**
 * UTF-16 by what its units read as, in either byte order. Two ASCII bytes read as one unit are
 * anything, Han included (`ab` is U+6261), so only telling units count: those with a byte that is
 * not ASCII text. In Chinese UTF-16 they are Han, punctuation and ASCII with its NUL; in GBK, Big5
 * or UTF-8 they hold a lead, trail or continuation byte and mostly read as Hangul, private use or
 * surrogates. A trailing odd byte is ignored, as by the NUL test; the decode then reports it.
 */
const sniffUtf16ByContent = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  const end = Math.min(bytes.length, BINARY_SCAN_BYTES) & ~1
  // Chinese in UTF-16 has bytes above 0x7F (`，` is U+FF0C, half the Han characters have one):
  // ASCII bytes, the commonest input, need no loop.
  // Valid UTF-8 is not Chinese in UTF-16 (whose 0x80-0x9F high bytes stand alone): one fast check
  // spares the loop on the commonest non-ASCII input. (A window cut inside a character just loops.)
  const window = bytes.subarray(0, end)
  if (isAscii(window) || isUtf8(window)) return null
  // Past this many misses in both orders the text share is out of reach: legacy text stops early.
  const missBudget = (end / 2) * (1 - UTF16_MIN_TEXT_SHARE)
  const classes = unitClassTable()
  const le: UnitCounts = { misses: 0, han: 0, common: 0 }
  const be: UnitCounts = { misses: 0, han: 0, common: 0 }
  let telling = 0
  for (let i = 0; i < end; i += 2) {
    const first = bytes[i]!
    const second = bytes[i + 1]!
    if (isTextByte(first) && isTextByte(second)) continue
    telling++
    countUnit(le, classes[first | (second << 8)]!)
    countUnit(be, classes[(first << 8) | second]!)
    if (le.misses > missBudget && be.misses > missBudget) return null
  }
  if (telling < UTF16_MIN_TELLING_UNITS) return null
  const readsAsChinese = (c: UnitCounts): boolean =>
    c.misses <= telling * (1 - UTF16_MIN_TEXT_SHARE) && c.common > 0 && c.common >= c.han * UTF16_MIN_COMMON_SHARE
  return readsAsChinese(le) ? 'utf-16le' : readsAsChinese(be) ? 'utf-16be' : null
}

/** What makes the bytes binary, for the error message; null for text. */
const binaryReason = (bytes: Uint8Array): string | null => {
  const bom = sniffBom(bytes)
  if (bom && bom.encoding.startsWith('utf-')) return null
  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.signature))
  if (magic) return `${magic.name} header`
  const nul = bytes.subarray(0, BINARY_SCAN_BYTES).indexOf(0)
  if (nul === -1 || sniffUtf16(bytes)) return null
  return `NUL byte at offset ${nul}`
}

/** True for bytes that are not text at all (NUL bytes in the first 8 KB outside UTF-16, image/PDF/zip magic numbers). */
export function looksBinary(bytes: Uint8Array): boolean {
  return binaryReason(bytes) !== null
}

/** Charset names declared in the head, in document order, as written. */
const sniffDeclarations = (bytes: Uint8Array): string[] => {
  const head = asBuffer(bytes.subarray(0, DECLARATION_SCAN_BYTES)).toString('latin1')
  return [...head.matchAll(DECLARATION)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
}

/**
 * The first declaration we can act on (`encoding` null when no declared name is known). A page saved
 * as ASCII-compatible bytes that says UTF-16 was re-encoded after it was written, so, as in
 * browsers, it reads as UTF-8.
 */
const resolveDeclaration = (names: string[]): { declared: string; encoding: string | null } | null => {
  let unknown: string | null = null
  for (const declared of names) {
    const name = normaliseName(declared)
    if (NO_CHARSET_LABELS.has(name) || name === '') continue
    const encoding = /^(utf-16|utf-32|ucs-2)/.test(name) ? 'utf-8' : name
    if (isKnownEncoding(encoding)) return { declared, encoding }
    unknown ??= declared
  }
  return unknown === null ? null : { declared: unknown, encoding: null }
}

// ---------------------------------------------------------------------------
// Scoring a candidate encoding

interface Trial {
  encoding: string
  text: string
  /** Characters outside ASCII. */
  wide: number
  /** U+FFFD plus private-use characters: both mean the bytes did not fit. */
  bad: number
  /** Characters from ODD_RANGES, and for GB18030 the GBK extension pairs. */
  odd: number
  /** Han characters among the most frequent ~500 of Simplified or Traditional text. */
  common: number
  han: number
}

/**
 * GBK pairs outside GB2312 (trail byte below 0xA1): rare in Simplified text, yet half of all Big5
 * characters have such a trail byte, so they mark Big5 read as GBK (寶 is C4 5F in Big5).
 */
const countGbkExtensionPairs = (bytes: Uint8Array): number => {
  let count = 0
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i]! < 0x81) continue
    const next = bytes[i + 1]!
    if (next >= 0x30 && next <= 0x39) i += 3 // four-byte GB18030 sequence
    else {
      if (next < 0xa1) count++
      i++
    }
  }
  return count
}

const tryEncoding = (encoding: string, bytes: Uint8Array): Trial => {
  const text = decodeAs(encoding, bytes)
  const table = commonHanSet()
  let wide = 0, bad = 0, common = 0, han = 0
  let odd = encoding === 'gb18030' ? countGbkExtensionPairs(bytes) : 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    wide++
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++
    else if (c >= 0x3400 && c <= 0x9fff) {
      han++
      if (table.has(c)) common++
    } else if (ODD_RANGES.some(([from, to]) => c >= from && c <= to)) odd++
  }
  return { encoding, text, wide, bad, odd, common, han }
}

const scoreOf = (t: Trial): number => t.common - BAD_CHAR_WEIGHT * t.bad - t.odd
const commonRatio = (t: Trial): number => (t.wide === 0 ? 0 : t.common / t.wide)

/** Highest score wins; ties go to the earlier candidate. */
const pickBest = (trials: Trial[]): Trial =>
  trials.reduce((best, t) => (scoreOf(t) > scoreOf(best) ? t : best))

/**
 * Whether `alt` fits the bytes so much better than the declared encoding that the declaration is a lie:
 * the declared decode is full of bad characters while `alt` is clean, or it is clean but reads as
 * rare characters (Big5 bytes through GBK) while `alt` reads as everyday Chinese.
 */
const fitsMuchBetter = (alt: Trial, declared: Trial): boolean =>
  scoreOf(alt) > scoreOf(declared) &&
  ((declared.bad >= 3 && declared.bad >= declared.wide * 0.01 && alt.bad * 4 <= declared.bad) ||
    (alt.bad <= declared.bad && alt.han >= 10 && commonRatio(declared) < 0.1 && commonRatio(alt) >= 0.3))

/** End of the sample: a byte below 0x30 is never inside a GB18030, Big5 or UTF-8 character. */
const sampleEnd = (bytes: Uint8Array): number => {
  if (bytes.length <= SAMPLE_BYTES) return bytes.length
  for (let i = SAMPLE_BYTES; i > SAMPLE_BYTES - 1024; i--) if (bytes[i - 1]! < 0x30) return i
  return SAMPLE_BYTES
}

/** Decode all bytes with the trial's encoding, reusing the trial's text when it saw everything. */
const finish = (trial: Trial, bytes: Uint8Array, sampleLength: number): string =>
  sampleLength === bytes.length ? trial.text : decodeAs(trial.encoding, bytes)

/**
 * Valid UTF-8 made only of 2-byte sequences is Greek, Cyrillic or accented Latin, or a short GBK or
 * Big5 text whose pairs happen to look like UTF-8 (学校 is D1A7 D0A3). Take the legacy reading only
 * when it is clean, everyday Chinese.
 */
const decodeTwoByteUtf8 = (bytes: Uint8Array, utf8: string, warnings: Warning[]): Decoded => {
  const end = sampleEnd(bytes)
  const sample = bytes.subarray(0, end)
  const best = pickBest(['gb18030', 'big5'].map((e) => tryEncoding(e, sample)))
  const legacy = best.bad === 0 && best.odd === 0 && best.common > 0 && commonRatio(best) >= 0.5
  return legacy ? decoded(finish(best, bytes, end), best.encoding, warnings) : decoded(utf8, 'utf-8', warnings, true)
}

// ---------------------------------------------------------------------------
// Entry point

const replacementWarning = (count: number, encoding: string): Warning => ({
  code: 'decode',
  message: `${count} undecodable byte sequence${count === 1 ? '' : 's'} replaced with U+FFFD (read as ${encoding})`,
  line: null,
})

const mismatchWarning = (declared: string, encoding: string): Warning => ({
  code: 'decode',
  message: `declared charset ${declared} does not fit the bytes; read as ${encoding}`,
  line: null,
})

/** Build the result: strip a leading BOM, count U+FFFD (text from the strict UTF-8 decoder has none to count). */
const decoded = (text: string, encoding: string, warnings: Warning[] = [], strict = false): Decoded => {
  const clean = stripBom(text)
  const bad = strict ? 0 : countReplacements(clean)
  return { text: clean, encoding, warnings: bad > 0 ? [...warnings, replacementWarning(bad, encoding)] : warnings }
}

/** The encoding's canonical name; throws UNKNOWN_ENCODING for a name no decoder knows. */
export function knownEncoding(requested: string): string {
  const encoding = normaliseName(requested)
  if (encoding === '' || !isKnownEncoding(encoding)) {
    throw new CleanPageError('UNKNOWN_ENCODING', `unknown encoding "${requested}"`, VALID_NAMES_HINT)
  }
  return encoding
}

const decodeForced = (bytes: Uint8Array, requested: string): Decoded => {
  const encoding = knownEncoding(requested)
  // UTF-16 and UTF-32 are full of NULs by design.
  const reason = /^utf-(16|32)/.test(encoding) ? null : binaryReason(bytes)
  if (reason) throw binaryError(reason)
  return decoded(decodeAs(encoding, bytes), encoding)
}

const binaryError = (reason: string): CleanPageError =>
  new CleanPageError('BINARY_INPUT', `binary file (${reason}), not a text or HTML dump`)

/** Bytes with a declared charset: trust it unless the bytes clearly say otherwise. */
const decodeDeclared = (bytes: Uint8Array, declared: string, encoding: string): Decoded => {
  const utf8 = tryUtf8(bytes)
  if (utf8 !== null) {
    if (encoding === 'utf-8') return decoded(utf8, 'utf-8', [], true)
    // ASCII reads the same in every charset we accept; no need to load a decoder.
    if (utf8.length === bytes.length) return decoded(utf8, encoding, [], true)
    // Legacy CJK bytes almost never form valid 3-byte UTF-8 throughout, so Han text here is UTF-8.
    if (/[\u0800-\uffff]/.test(utf8)) return decoded(utf8, 'utf-8', [mismatchWarning(declared, 'utf-8')], true)
  }
  const end = sampleEnd(bytes)
  const sample = bytes.subarray(0, end)
  const trials = [encoding, ...GUESS_CANDIDATES.filter((c) => c !== encoding)].map((e) => tryEncoding(e, sample))
  const [asDeclared] = trials as [Trial, ...Trial[]]
  const best = pickBest(trials)
  if (best === asDeclared || !fitsMuchBetter(best, asDeclared)) return decoded(finish(asDeclared, bytes, end), encoding)
  return decoded(finish(best, bytes, end), best.encoding, [mismatchWarning(declared, best.encoding)])
}

/** No usable declaration and not valid UTF-8: score each candidate on a sample, decode once with the best. */
const decodeGuessed = (bytes: Uint8Array, warnings: Warning[]): Decoded => {
  const end = sampleEnd(bytes)
  const sample = bytes.subarray(0, end)
  const best = pickBest(GUESS_CANDIDATES.map((e) => tryEncoding(e, sample)))
  return decoded(finish(best, bytes, end), best.encoding, warnings)
}

/**
 * Decode raw page bytes. Order: BOM; <meta charset>/http-equiv content-type/XML declaration in the
 * first few KB (GB2312 and GBK read as GB18030; declared names normalised); valid UTF-8; otherwise
 * choose between GB18030 and Big5 by which decodes with fewer errors and more common characters.
 * `encoding` overrides everything.
 */
export function decodeBytes(bytes: Uint8Array, options: { encoding?: string | undefined } = {}): Decoded {
  if (options.encoding !== undefined) return decodeForced(bytes, options.encoding)
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', warnings: [] }

  // Before the binary test: UTF-16 text is full of NULs.
  const bom = sniffBom(bytes)
  if (bom) {
    const rest = bytes.subarray(bom.length)
    const utf8 = bom.encoding === 'utf-8' ? tryUtf8(rest) : null
    return utf8 !== null ? decoded(utf8, 'utf-8', [], true) : decoded(decodeAs(bom.encoding, rest), bom.encoding)
  }

  const reason = binaryReason(bytes)
  if (reason) throw binaryError(reason)
  // Not binary yet NULs inside, or 16-bit units that read as Chinese: UTF-16 without a BOM.
  const utf16 = sniffUtf16(bytes)
  if (utf16) return decoded(decodeAs(utf16, bytes), utf16)

  const declaration = resolveDeclaration(sniffDeclarations(bytes))
  if (declaration?.encoding) return decodeDeclared(bytes, declaration.declared, declaration.encoding)
  const warnings: Warning[] = declaration
    ? [{ code: 'decode', message: `declared charset ${declaration.declared} is not a known encoding; ignored`, line: null }]
    : []
  const utf8 = tryUtf8(bytes)
  if (utf8 === null) return decodeGuessed(bytes, warnings)
  if (utf8.length === bytes.length || /[\u0800-\uffff]/.test(utf8)) return decoded(utf8, 'utf-8', warnings, true)
  return decodeTwoByteUtf8(bytes, utf8, warnings)
}
