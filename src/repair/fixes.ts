/**
 * Text repairs: one small pure `string → string` function per scraping artifact (ftfy's fixes.py).
 * Each one returns its input untouched, after a cheap test, when the artifact cannot be there:
 * the cleaner has to run at about the speed of a plain opencc conversion.
 */
import { AD_TERMS, SEO_QUERY_TERMS } from '../classify/patterns.js'
import { HAN_BY_FREQUENCY } from './han-frequency.js'
import {
  AD_CALLS,
  AD_LEAD_LABELS,
  AMPLESS_ENTITY_NAMES,
  BARE_URL_LINE,
  BETTING_HEADS,
  CONTACT_LABELS,
  CASINO_SITE_HEADS,
  GAMBLING_BRAND_HEADS,
  GAMBLING_PITCHES,
  HTML_ATTRIBUTE_NAMES,
  HOST_NAME,
  HTML_TAG_NAMES,
  IMAGE_FILE_LINE,
  INVISIBLE_CHARS,
  JUNK_FOLLOWERS,
  JUNK_QUOTE_FOLLOWERS,
  LOTTERY_GAMES,
  NAMED_ENTITIES,
  NOT_A_BRAND,
  ODD_SPACES,
  PAYOUT_TERMS,
  REPRINT_REQUESTS,
  SERVER_ERROR_LINE,
  SIGN_UP_PITCHES,
  STRAY_ZWJ,
  SIMPLIFIED_BIT,
  TEMPLATE_PLACEHOLDER,
  TOUT_TERMS,
  TRADITIONAL_ONLY_BIT,
  getScriptBits,
  isOpenccWord,
  scriptBitsOf,
  traditionalFormOf,
  WATERMARK_SOURCES,
} from './tables.js'

/** One repair, as the runner sees it: a stable id, a name, and a pure function. */
export interface Fix {
  id: string
  name: string
  description: string
  apply: (text: string) => string
}

const byLength = (a: string, b: string): number => b.length - a.length
const ENTITY_NAMES = Object.keys(NAMED_ENTITIES).sort(byLength).join('|')
// `;?` only when no letter follows, so `&copy2` or a URL's `&nbspx=1` is not read as an entity
const ENTITY = new RegExp(`&(?:#(\\d{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|(${ENTITY_NAMES})(?:;|(?![A-Za-z0-9=])))`, 'g')
const NBSP_BEFORE_DIGIT = /&nbsp(?=\d)/g
// the `&` lost: only with the `;` kept, and only for code points of CJK text, so `#1` and `C#` stay
const AMPLESS_NUMERIC = /(?<![&#\w])#(?:[xX]([0-9a-fA-F]{4,5})|(\d{4,6}));/g
const AMPLESS_NAMED = new RegExp(`(?<![&A-Za-z0-9])(${[...AMPLESS_ENTITY_NAMES].sort(byLength).join('|')});`, 'g')
const DOUBLE_ESCAPED = new RegExp(`&amp;(?=(?:amp;)*(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|${ENTITY_NAMES});)`, 'g')

const fromCodePoint = (cp: number, raw: string): string =>
  cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x80 && cp < 0xa0) || cp < 0x09
    ? raw
    : cp === 0xa0 ? ' ' : String.fromCodePoint(cp)

/**
 * Decode HTML entities left in text, also when they lost their `&` or `;` on the way.
 * Double escaping (`&amp;quot;`) is undone in the same step.
 * @example fixBrokenEntities('你好#xff0c;世界&#65292再见&ldquo;好&rdquo;') // → '你好，世界，再见“好”'
 */
export function fixBrokenEntities(text: string): string {
  if (!text.includes('&') && !text.includes('#') && !text.includes(';')) return text
  let out = text
  if (out.includes('&amp;')) {
    let before
    do { before = out; out = out.replace(DOUBLE_ESCAPED, '&') } while (out !== before)
  }
  // `&nbsp` that lost its `;` before a figure (`&nbsp11月`, `热线&nbsp0553`): a space, though other names there wait for a letter.
  if (out.includes('&nbsp')) out = out.replace(NBSP_BEFORE_DIGIT, ' ')
  out = out.replace(ENTITY, (m, dec?: string, hex?: string, name?: string) =>
    dec ? fromCodePoint(Number(dec), m) : hex ? fromCodePoint(parseInt(hex, 16), m) : NAMED_ENTITIES[name!] ?? m)
  out = out.replace(AMPLESS_NUMERIC, (m, hex?: string, dec?: string) => {
    const cp = hex ? parseInt(hex, 16) : Number(dec)
    return cp >= 0x2000 && cp <= 0xffff ? fromCodePoint(cp, m) : m
  })
  return out.replace(AMPLESS_NAMED, (m, name: string) => NAMED_ENTITIES[name] ?? m)
}

/** A line terminator, where `^` and `$` match under the `m` flag. */
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029

/**
 * What fixSpaces can change, as one scan (the regex
 * `/[\u00a0\u00ad\u2000-\u200f\u202f\u205f\u2060\u3000\ufeff\ufffd]|[ \t]{2}|^[ \t?？]|[ \t]$|\?\?/m`).
 */
function maySpaces(text: string): boolean {
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9) {
      if (i === 0 || isLineBreak(text.charCodeAt(i - 1)) || i + 1 === n) return true
      const d = text.charCodeAt(i + 1)
      if (d === 32 || d === 9 || isLineBreak(d)) return true
    } else if (c === 63 /* ? */) {
      if (i === 0 || isLineBreak(text.charCodeAt(i - 1)) || text.charCodeAt(i + 1) === 63) return true
    } else if (c >= 0xa0) {
      if (c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x200f) || c === 0x202f || c === 0x205f || c === 0x2060 ||
        c === 0x3000 || c === 0xfeff || c === 0xfffd) return true
      if (c === 0xff1f /* ？ */ && (i === 0 || isLineBreak(text.charCodeAt(i - 1)))) return true
    }
  }
  return false
}
// lost indentation: `????`, `? ? `, `\ufffd\ufffd` before the paragraph's first character
const LOST_INDENT = /^(?:\?{4,}|\?(?: \?)+|\ufffd(?: ?[\ufffd?])+) ?(?=[^\s?？\ufffd!！])/gm

/**
 * Normalise spaces: drop invisible characters (zero-width, BOM, soft hyphen) and leading indentation,
 * turn NBSP and ideographic spaces into plain spaces, collapse runs, and drop the `????` that
 * indentation became when the page went through a charset without ideographic spaces.
 * @example fixSpaces('\u3000\u3000新\u200b闻\u00a0报道  今天') // → '新闻 报道 今天'
 */
export function fixSpaces(text: string): string {
  if (!maySpaces(text)) return text
  return text
    .replace(INVISIBLE_CHARS, '')
    .replace(STRAY_ZWJ, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(LOST_INDENT, '')
}

const isDoublable = (c: number): boolean => c === 44 || c === 0xff0c || c === 0x3001 || c === 0x3002 // , ， 、 。
/** Two marks of `,，、。` in a row (the regex `/[,，、。][,，、。]/`). */
function mayDoubled(text: string): boolean {
  // the second mark of a pair is found as the next `，`, `。`, `、` or `,` after the first
  for (let i = 1; i < text.length; i++) if (isDoublable(text.charCodeAt(i)) && isDoublable(text.charCodeAt(i - 1))) return true
  return false
}
const DOUBLED_COMMAS = /([,，、])[,，、]+/g
const COMMA_STOP = /([,，、])。(?!。)/g
const STOP_COMMA = /(?<!。)。[,，、]+/g
const DOUBLE_STOP = /(?<!。)。。(?!。)/g

/**
 * Collapse doubled punctuation (`,,` `,。` `,、` `。。`) into one mark. The first mark is kept
 * (an injected one follows the real one), except that a line still ends with its `。`.
 * Runs that mean something stay: `……`, `——`, `!!`, `?!`, `。。。`.
 * @example fixDoubledPunctuation('中国，，畏服我中国。。岂非可快,。') // → '中国，畏服我中国。岂非可快。'
 */
export function fixDoubledPunctuation(text: string): string {
  if (!mayDoubled(text)) return text
  return text
    .replace(DOUBLED_COMMAS, '$1')
    .replace(COMMA_STOP, (m, comma: string, offset: number, whole: string) =>
      offset + m.length === whole.length || whole[offset + m.length] === '\n' ? '。' : comma)
    .replace(STOP_COMMA, '。')
    .replace(DOUBLE_STOP, '。')
}

// 1–2 printable ASCII characters, separated by single spaces; four tokens or more
const JAMMER_RUN = /(?<=^|[^\x21-\x7e ]) ?((?:[\x21-\x7e]{1,2} ){3,}[\x21-\x7e]{1,2})(?= ?(?:[^\x21-\x7e ]|$))/gm
// Characters real short tokens do not carry; lists (`A, B, C`) and abbreviations (`U.S.`) use , and .
// (`W! k8 ]. Q5 @# g`: jammers use ! and brackets too.) The scan's gate reads the same string.
const JAMMER_NOISE_CHARS = ';\'/+^$|&*%#@~`"\\=_![]<>'
const JAMMER_NOISE = new RegExp(`[${JAMMER_NOISE_CHARS.replace(/[\]\\^[]/g, '\\$&')}]`)

/**
 * A jammer's token: a mark glued to a letter or digit (`y/`, `f;`, `x'`, `p+`), or two marks (`@#`, `].`).
 * A lone mark between words is an operator or a separator (`y = kx + b`, `A / B / C`), not noise.
 */
const noisyToken = (t: string): boolean =>
  JAMMER_NOISE.test(t) && (/[A-Za-z0-9]/.test(t) || t.length === 2)

/**
 * Remove forum anti-copy jammers: runs of random 1–2 character ASCII tokens such as `5 y/ f; x' p+ w K`
 * that Discuz-style forums hide between sentences. A run is removed only when at least two of its
 * tokens are noise (noisyToken), so English, numbers, formulas, URLs and model names (`F-35`) stay.
 * @example removeForumJammers('真的很好看。5 y/ f; x\' p+ w K下次再来') // → '真的很好看。下次再来'
 */
export function removeForumJammers(text: string): string {
  if (!text.includes(' ') || !JAMMER_NOISE.test(text)) return text
  return text.replace(JAMMER_RUN, (m, run: string) => {
    const tokens = run.split(' ')
    const noisy = tokens.filter(noisyToken).length
    if (noisy < 2 || /https?|www|\.\w/.test(run)) return m
    return ''
  })
}

const EMOJI_IN_PARENS =
  /[(（] ?(?:(?![©®™‼⁉])\p{Extended_Pictographic}[\ufe0f\u200d\u20e3\p{Emoji_Modifier}]*)+ ?[)）]/gu

/**
 * Remove emoji wrapped in parentheses between characters, an injection of some content farms.
 * Pinyin notes such as `(diàn )` are a different artifact and stay.
 * @example removeEmojiInParens('电(⛲)视台(🎉)') // → '电视台'
 */
export function removeEmojiInParens(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text
  return text.replace(EMOJI_IN_PARENS, '')
}

const TAG_NAMES = [...HTML_TAG_NAMES].sort(byLength).join('|')
// A tag is spelled in one case (`<br/>`, `<BR>`, not `List<Object>`) and holds attributes if anything (`<s id="x">`, not the `<b 且 b>` of `a<b 且 b>c`).
const TAG_ATTRIBUTES = String.raw`(?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:"[^"<>]{0,200}"|'[^'<>]{0,200}'|[^\s"'<>=]{1,100}))?){0,20}\s*`
const HTML_TAG = new RegExp(
  `(?:<\\/?(?:${TAG_NAMES})${TAG_ATTRIBUTES}\\/?>|<\\/?(?:${TAG_NAMES.toUpperCase()})${TAG_ATTRIBUTES}\\/?>)|<!--[^]{0,500}?-->`, 'g')
// a closing tag that lost its `<`: `文字/p>`
const HALF_TAG = new RegExp(`(?<![<\\w/])\\/(?:${TAG_NAMES})>`, 'gi')
const ATTRIBUTE = new RegExp(`(?<![\\w-])(?:${HTML_ATTRIBUTE_NAMES.join('|')})\\s?=\\s?(?:"[^"<>\\n]{0,200}"|'[^'<>\\n]{0,200}')`, 'gi')
const MARKDOWN_IMAGE = /!\[[^[\]\n]{0,200}\]\([^()\s]{0,500}\)/g
const MARKDOWN_LINK = /(?<!!)\[([^[\]\n]{1,200})\]\((?:https?:\/\/|\/)[^()\s]{0,500}\)/g
// A whole line in Markdown's strong emphasis (`**一、哪些人需要优先接种疫苗?**`): a subhead a mirror served as source.
const STRONG_LINE = /^([ \t]*)\*\*([^*\n]{1,200})\*\*([ \t]*)$/gm
const TABLE_ROW = /^ *\|.*\| *$/
const TABLE_RULE_CELL = /^:?-+:?$/
const RESIDUE_QUICK = /[<>|$={!\]]|\.(?:jpe?g|png|gif|webp|bmp|tiff?) *$|^ *(?:https?:|www\.)|^ *(?:HTTP\/|\d{3} |nginx|apache)/im

/**
 * Cheap gate for RESIDUE_QUICK: true on any of `<>|$={!]`; RESIDUE_QUICK itself decides when a `.`
 * is seen or a line starts (after spaces) with a letter or digit one of its line-start words could begin.
 */
function mayResidue(text: string): boolean {
  let lineStart = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      switch (c) {
        case 60: case 62: case 124: case 36: case 61: case 123: case 33: case 93: return true // < > | $ = { ! ]
        case 46: return RESIDUE_QUICK.test(text) // .
      }
      if (lineStart) {
        if (c === 32) continue
        if (c === 42 && text.charCodeAt(i + 1) === 42) return true // ** opening a line
        // h(ttp) w(ww) n(ginx) a(pache), any case; H(TTP); three digits
        const l = c | 0x20
        if (l === 104 || l === 119 || l === 110 || l === 97 || (c >= 48 && c <= 57)) return RESIDUE_QUICK.test(text)
      }
    }
    lineStart = isLineBreak(c)
  }
  return false
}

/** Where a lone error line or URL can start: HTTP/, 40x, 50x, nginx, Apache, http(s)://, www. */
const LONE_RESIDUE_START = /^\s*[hHwWnNaA45]/m

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c)
/** Replace a match by nothing, or by one space when it sat between two Latin words. */
const cut = (m: string, offset: number, whole: string): string =>
  isWordChar(whole[offset - 1]) && isWordChar(whole[offset + m.length]) ? ' ' : ''

// A cell of operators only: `|a + b| ≤ |a| + |b|` is arithmetic, not a table row.
const MATH_CELL = /^(?![:-]+$)[≤≥<>=+\-×÷*/±≠≈]+$/u

function cleanTableRow(line: string): string {
  if (!TABLE_ROW.test(line) || line.split('|').length < 3) return line
  const cells = line.trim().slice(1, -1).split('|').map((c) => c.trim())
  if (cells.some((c) => MATH_CELL.test(c))) return line
  return cells.filter((c) => c !== '' && !TABLE_RULE_CELL.test(c)).join(' ')
}

function dropLoneResidue(line: string): string {
  const t = line.trim()
  return SERVER_ERROR_LINE.test(t) || IMAGE_FILE_LINE.test(t) || BARE_URL_LINE.test(t) ? '' : line
}

/**
 * Remove markup that leaked into the text: HTML tags and half tags (`<br/>`, `/p>`), stray attributes
 * (`size="20"`), markdown images, links, table rows and lines in `**…**`, unfilled template placeholders, and lines that
 * are only a server error, an image file name or a bare URL.
 * @example removeResidue('第一段<br/>第二段 <s id="x"></s>![](a.jpg)$!title!$') // → '第一段第二段 '
 */
export function removeResidue(text: string): string {
  if (!mayResidue(text)) return text
  // each pattern only where the characters it needs are (compiling them all costs a first page dearly)
  let out = text
  if (out.includes('<')) out = out.replace(HTML_TAG, cut)
  if (out.includes('>')) out = out.replace(HALF_TAG, cut)
  if (out.includes('=')) out = out.replace(ATTRIBUTE, '')
  if (out.includes('](')) out = out.replace(MARKDOWN_IMAGE, '').replace(MARKDOWN_LINK, '$1')
  if (out.includes('**')) out = out.replace(STRONG_LINE, '$1$2$3')
  if (out.includes('$') || out.includes('{') || out.includes('[!--')) out = out.replace(TEMPLATE_PLACEHOLDER, cut)
  // a line goes or changes only as a table row (`|`), an image file name (`.`) or a line that starts
  // like an error, a URL or `www.`
  if (!out.includes('|') && !out.includes('.') && !LONE_RESIDUE_START.test(out)) return out
  return out.split('\n').map((line) => dropLoneResidue(cleanTableRow(line))).join('\n')
}

const HAN = /\p{Script=Han}/u
const JUNK_QUICK = new RegExp(`\\p{Script=Han}{3}[${JUNK_FOLLOWERS}${JUNK_QUOTE_FOLLOWERS}]`, 'u')
// An ASCII `?` between two Han characters may be a lost byte (`等方式嘤?本地` is 等方式培育本地 one byte
// off), not the punctuation a junk word stands before: it counts only where no Han character follows, nor a
// digit, a full-width letter or kana (what a shifted span goes on with: `啓動?１敬位` is 啓動。本次), nor an ASCII comma
// or full stop (a question closes no clause so; a shift cut short by one does: `…嗟桨胍?,` is …半夜,).
// Before an opening quote the pair may also follow a comma or a colon (`熱情,骅览“很多…`).
const JUNK_CANDIDATE = new RegExp(
  `(?<=\\p{Script=Han}|[,，:：](?=\\p{Script=Han}{2}[${JUNK_QUOTE_FOLLOWERS}]))(\\p{Script=Han})(\\p{Script=Han})(?=[${JUNK_FOLLOWERS.replace('?', '')}${JUNK_QUOTE_FOLLOWERS}]|\\?(?![\\p{Script=Han}0-9\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\u3041-\\u30ff,.]))`, 'gu')

/** Whether index i sits inside 「…」, 『…』 or “…”. */
function quotedAt(text: string): (i: number) => boolean {
  if (!/[「『“]/u.test(text)) return () => false
  const inside = new Uint8Array(text.length)
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '「' || c === '『' || c === '“') depth++
    else if ((c === '」' || c === '』' || c === '”') && depth > 0) depth--
    else if (depth > 0) inside[i] = 1
  }
  return (i) => inside[i] === 1
}

/**
 * Remove two-character Simplified junk words injected before punctuation in Traditional text
 * (`熱搜鲸阻,`), or before an opening quote when both its characters are (`熱情,骅览“很多…`). Only when the line is otherwise plainly Traditional, the pair holds a Simplified-only
 * character that converters never keep, no Traditional-only one, and is no word OpenCC knows. A `?`
 * between two Han characters may stand for a lost byte (`等方式嘤?本地`), so no pair before it goes.
 * @example dropSimplifiedJunk('熱搜鲸阻,頓時覺得非常無語玄呛,') // → '熱搜,頓時覺得非常無語,'
 */
export function dropSimplifiedJunk(text: string): string {
  if (text.length < 8) return text
  // count first (one table lookup per character): Simplified lines, most lines, stop here
  const { bmp, astral } = getScriptBits()
  let traditional = 0
  let simplified = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    let b = bmp[code]!
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        b = astral(text.slice(i, i + 2))
        i++
      }
    }
    if (b & TRADITIONAL_ONLY_BIT) traditional++
    else if (b & SIMPLIFIED_BIT) simplified++
  }
  if (traditional < 4 || simplified === 0 || !JUNK_QUICK.test(text)) return text
  const cuts: [number, number][] = []
  let junkSimplified = 0
  const quoted = quotedAt(text)
  for (const m of text.matchAll(JUNK_CANDIDATE)) {
    const [pair, a, b] = m as unknown as [string, string, string]
    const start = m.index!
    // A quotation keeps its own script: a reader's Simplified words in a Traditional page (`「…我要点赞!」`).
    if (quoted(start)) continue
    const before = text[start - 1]! // a Han character in the BMP or a low surrogate
    const k = Number(isSimplified(a)) + Number(isSimplified(b))
    if (k === 0 || isTraditionalOnly(a) || isTraditionalOnly(b) || isSimplified(before) || !HAN.test(a + b)) continue
    if (k < 2 && JUNK_QUOTE_FOLLOWERS.includes(text[start + pair.length]!)) continue
    if (isOpenccWord(pair)) continue
    cuts.push([start, start + pair.length])
    junkSimplified += k
  }
  // the rest of the line must read Traditional: at most one stray Simplified character elsewhere
  if (cuts.length === 0 || simplified - junkSimplified > 1 || traditional < 3 * cuts.length) return text
  let out = ''
  let last = 0
  for (const [s, e] of cuts) { out += text.slice(last, s); last = e }
  return out + text.slice(last)
}

/** A Simplified-only character that converters never keep. */
const isSimplified = (c: string): boolean => (scriptBitsOf(c) & SIMPLIFIED_BIT) !== 0
/** A character only Traditional text uses. */
const isTraditionalOnly = (c: string): boolean => (scriptBitsOf(c) & TRADITIONAL_ONLY_BIT) !== 0

let gamblingPhrase: RegExp | undefined
/**
 * Two characters every GAMBLING_BRAND_HEADS head holds in either script (平台, 官网, 娱乐, 游艺, app): first
 * character, then the second characters it pairs with. A test checks each head holds one.
 */
const GAMBLING_PAIRS: readonly (readonly [string, string])[] = [
  ['平', '台臺'], ['官', '网網'], ['娱', '乐樂'], ['娛', '乐樂'], ['游', '艺藝'], ['遊', '艺藝'], ['a', 'pP'], ['A', 'pP'],
]
/** 平台, 官网, 娱乐, 游艺 or app in either script (the regex `/平[台臺]|官[网網]|[娱娛][乐樂]|[游遊][艺藝]|a[pP]|A[pP]/`). */
function mayGambling(text: string): boolean {
  for (const [first, seconds] of GAMBLING_PAIRS) {
    for (let i = text.indexOf(first); i >= 0 && i + 1 < text.length; i = text.indexOf(first, i + 1)) {
      if (seconds.includes(text[i + 1]!)) return true
    }
  }
  return false
}
const FUNCTION_CHARS = /[的了是在和说說与與及为為对對将將把被从從向到让讓也都就而但]/

/** A term in both scripts, as a regex source: each character that has a Traditional form becomes a class, a letter either case. */
function spell(term: string): string {
  return [...term].map((c) => {
    if (/[a-z]/i.test(c)) return `[${c.toLowerCase()}${c.toUpperCase()}]`
    if (/[\\^$.*+?()[\]{}|/-]/.test(c)) return `\\${c}`
    const t = traditionalFormOf(c)
    return t !== undefined ? `[${c}${t}]` : c
  }).join('')
}
/** Terms as one alternation in both scripts, longest first. */
const spellAll = (terms: readonly string[]): string => [...new Set(terms)].sort(byLength).map(spell).join('|')

// An amount offered with a pitch: `38元`, `100%`, `888`.
const AMOUNT = String.raw`\d{1,6}(?:\.\d{1,2})?(?:%|％|元|倍|万|萬)?`

/**
 * `<brand><head><pitch>` after a sentence end or a comma (group 2 is the head), either before the next
 * sentence's first character, or carrying on to the end of the line (or of its sentence) with nothing but
 * host names and pitches (`威尼斯人娛樂城官網:vns6688.example 首存送100%`).
 */
function getGamblingPhrase(): RegExp {
  if (gamblingPhrase) return gamblingPhrase
  const pitches = spellAll(GAMBLING_PITCHES)
  // host names and pitches after the head, each after a space or a colon
  const spam = `(?:(?:[:：]\\s?|\\s)(?:${HOST_NAME}|(?:${pitches})+(?:${AMOUNT})?))+`
  // a sign-up offer with its amount, up to the comma that ends the inserted clause (`注册即送888元,`)
  const offer = `(?<=${spellAll(SIGN_UP_PITCHES)})(?:${AMOUNT})?(?=[，,])`
  gamblingPhrase = new RegExp(
    `(?<=(?:[。！？!?；;][”」』)）"]?|[，,])\\s?)([A-Za-z0-9]{1,12}|\\p{Script=Han}{1,4}|\\p{Script=Han}{2,5}[·・])(${spellAll(GAMBLING_BRAND_HEADS)})(?:${pitches})*` +
    `(?:(?:${spam})?(?=\\s*(?:$|[。！？!?]))|${offer}|(?=\\p{Script=Han}|[“「"]))`, 'gmu')
  return gamblingPhrase
}
let bettingHead: RegExp | undefined
/** A head of BETTING_HEADS, in either script. */
const getBettingHead = (): RegExp => (bettingHead ??= new RegExp(`^(?:${spellAll(BETTING_HEADS)})$`, 'u'))
let siteHead: RegExp | undefined
/** A head of CASINO_SITE_HEADS, in either script. */
const getSiteHead = (): RegExp => (siteHead ??= new RegExp(`^(?:${spellAll(CASINO_SITE_HEADS)})$`, 'u'))
/** A sign-up offer (SIGN_UP_PITCHES), in either script. */
const getSignUpOffer = (): RegExp => getSpamVocabulary().pitch
// Only space, then a sentence end or the line's end (from lastIndex).
const SENTENCE_END_AT = /\s*(?:$|[。！？!?])/my
const isComma = (c: string | undefined): boolean => c === '，' || c === ','

/**
 * Remove gambling brand phrases inserted between two sentences (`…盛大启幕。X体育平台来自全国…`), or
 * after a comma when the head names betting (`…九成,皇冠體育投注平台主要商圈…`) or the phrase ends the
 * sentence with a casino's address or a sign-up offer (`…一应俱全,环球体育平台新用户注册即送体验金。`). The phrase must be a short
 * brand plus a gambling head (体育平台, 娱乐城 …) and the pitch after it; host names and pitches that run
 * on to the line's end go too. A sentence that talks about 彩票 or 博彩, or about 该体育平台, stays.
 * @example removeGamblingPhrases('盛大启幕。X体育平台来自全国的选手') // → '盛大启幕。来自全国的选手'
 */
export function removeGamblingPhrases(text: string): string {
  if (!mayGambling(text)) return text
  let out = ''
  let kept = -1
  for (const m of text.matchAll(getGamblingPhrase())) {
    const from = gamblingCutStart(m[0], m[1]!, m[2]!, m.index, text)
    if (from < 0) continue
    out += text.slice(Math.max(kept, 0), from)
    kept = m.index + m[0].length
    // an offer clause after a sentence end takes the comma after it (`。X体育官网注册送38元,来自…` → `。来自…`)
    if (from === m.index && isComma(text[kept])) kept++
    // inserted as a sentence of its own, the pitch may follow the head with words between (`。澳門金沙娛樂城唯一官方網站，
    // 首存即送100%彩金。`): the rest of that sentence goes too
    else if (from === m.index && !isComma(text[from - 1] === ' ' ? text[from - 2] : text[from - 1])) kept = pitchSentenceEnd(text, kept)
  }
  return kept < 0 ? text : out + text.slice(kept)
}

// The rest of an inserted brand's sentence is at most this long.
const PITCH_REST_MAX = 40
// Words that report on a site rather than sell it (`…娱乐城唯一官方网站已被查封，首存送…的广告仍在`): such a sentence is news.
const REPORTING = /[被称稱据據查]|警方|表示|报道|報道|通报|通報|涉嫌|记者|記者/u
const SENTENCE_MARK = /[。！？!?\n]/u

/**
 * Index past the sentence that starts at `at`, when that sentence is the rest of an inserted brand's pitch: short, with
 * a sign-up offer or a payout claim and no word of reporting; else `at`.
 */
function pitchSentenceEnd(text: string, at: number): number {
  const { pitch, payout } = getSpamVocabulary()
  const m = SENTENCE_MARK.exec(text.slice(at, at + PITCH_REST_MAX + 1))
  const end = m ? at + m.index : text.length
  if (end - at > PITCH_REST_MAX) return at
  const rest = text.slice(at, end)
  if (!(pitch.test(rest) || payout.test(rest)) || REPORTING.test(rest)) return at
  return text[end] === '\n' || end === text.length ? end : end + 1
}

/** Where to cut a matched `<brand><head><pitch>` phrase from: its start, its comma's, or -1 to keep it. */
function gamblingCutStart(m: string, brand: string, head: string, offset: number, whole: string): number {
  if (NOT_A_BRAND.test(brand) || FUNCTION_CHARS.test(brand) || SUBJECT_NEXT.test(whole[offset + m.length] ?? '')) return -1
  let before = offset - 1
  if (whole[before] === ' ') before--
  SENTENCE_END_AT.lastIndex = offset + m.length
  const endsSentence = SENTENCE_END_AT.test(whole)
  const offerClause = isComma(whole[offset + m.length])
  if (isComma(whole[before])) {
    // after a comma the phrase sits inside a sentence: only a head that names betting is surely inserted, or a
    // phrase running to its sentence's end with nothing of its own but a casino's address or a sign-up offer
    // (`,金沙娱乐官方网址。`, `,环球体育平台新用户注册即送体验金。`)
    const pitch = m.slice(brand.length + head.length)
    const inserted = getBettingHead().test(head) || simplifiedInTraditional(offset, offset + brand.length + head.length, whole) ||
      (endsSentence && (getSiteHead().test(head) || getSignUpOffer().test(pitch))) ||
      // a clause of its own between two commas that offers money for signing up (`,开云体育官网注册即送888元,`)
      (offerClause && getSignUpOffer().test(pitch))
    if (!inserted) return -1
  }
  // at a sentence's or line's end, a bare `X体育平台` may be what the sentence names: only a pitch, a host
  // or a head giving a casino's address tells
  const next = whole[offset + m.length]
  if (m.length === brand.length + head.length && (next === undefined || !STARTS_SENTENCE.test(next)) && !getSiteHead().test(head)) return -1
  // a phrase ending the sentence after a comma takes the comma: the sentence ends where the phrase began
  // a clause between two commas takes its first comma: the sentence goes on after the second
  return isComma(whole[before]) && (endsSentence || offerClause) ? before : offset
}
/** The line breaks of the last text asked about, and the script counts of its lines found so far (by line number). */
let lineScripts: { text: string; breaks: number[]; lines: Map<number, readonly [number, number]> } | undefined
function scriptCounts(text: string, from: number, to: number): readonly [number, number] {
  let traditional = 0
  let simplified = 0
  for (const c of text.slice(from, to)) {
    const b = scriptBitsOf(c)
    if (b & TRADITIONAL_ONLY_BIT) traditional++
    else if (b & SIMPLIFIED_BIT) simplified++
  }
  return [traditional, simplified]
}

/**
 * Whether text[from, to) is written in Simplified (a Simplified-only character, no Traditional-only one)
 * inside a line that otherwise reads Traditional (four Traditional-only characters, at most one stray
 * Simplified one): a converted page's own words never are, so such a phrase was pasted in afterwards.
 */
function simplifiedInTraditional(from: number, to: number, whole: string): boolean {
  const [tradInside, simpInside] = scriptCounts(whole, from, to)
  if (tradInside > 0 || simpInside === 0) return false
  if (lineScripts?.text !== whole) {
    const breaks: number[] = []
    for (let i = whole.indexOf('\n'); i >= 0; i = whole.indexOf('\n', i + 1)) breaks.push(i)
    lineScripts = { text: whole, breaks, lines: new Map() }
  }
  const { breaks } = lineScripts
  // the line holding `from`: the number of breaks before it
  let lo = 0
  let hi = breaks.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (breaks[mid]! < from) lo = mid + 1
    else hi = mid
  }
  let line = lineScripts.lines.get(lo)
  if (!line) {
    line = scriptCounts(whole, lo === 0 ? 0 : breaks[lo - 1]! + 1, lo < breaks.length ? breaks[lo]! : whole.length)
    lineScripts.lines.set(lo, line)
  }
  return line[0] >= 4 && line[1] - simpInside <= 1
}

// The phrase is the sentence's subject when a verb or a conjunction follows it (`凯撒娱乐城就是其中之一`,
// `咪咕体育APP和腾讯体育平台`): a story about the platform, not an injection.
const SUBJECT_NEXT = /[就和与及也是将被在已曾等的为係為]/u
const STARTS_SENTENCE = /[\p{Script=Han}“「"]/u

// Spam glued after a paragraph's last sentence. The tail is at most this long: a longer one is text.
const TAIL_MAX = 100
// A tail with these is a sentence (or a quotation) of the article: never spam.
const SENTENCE_INSIDE = /[，,；;、“”「」『』"]/u
// Keyword items are joined by spaces, `_` or `|`, and short.
const ITEM_SEPARATORS = /[\s_|｜]+/u
const ITEM_MAX = 16
const ITEM_SEPARATOR = /[\s_|｜]/u
/** `。！？` end a sentence; an ASCII `!` or `?` only after wide text, not inside a URL (`a.php?id=1`). */
function endsSentence(line: string, i: number): boolean {
  const c = line.charCodeAt(i)
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || ((c === 33 || c === 63) && i > 0 && line.charCodeAt(i - 1) >= 0x3000)
}
const TAIL_CLOSERS = '”’」』)）】"\''

interface SpamVocabulary {
  keyword: RegExp; host: RegExp; pitch: RegExp; request: RegExp; notice: RegExp; prefix: RegExp
  adLabel: RegExp; adCall: RegExp; payout: RegExp
}
let spamVocabulary: SpamVocabulary | undefined
function getSpamVocabulary(): SpamVocabulary {
  if (spamVocabulary) return spamVocabulary
  const requests = spellAll(REPRINT_REQUESTS)
  const sources = spellAll(WATERMARK_SOURCES)
  spamVocabulary = {
    // the classifier's ad vocabulary and the query words of keyword stuffing
    keyword: new RegExp(spellAll([...AD_TERMS, ...SEO_QUERY_TERMS]), 'iu'),
    host: new RegExp(HOST_NAME, 'u'),
    pitch: new RegExp(spellAll(SIGN_UP_PITCHES), 'u'),
    request: new RegExp(requests, 'u'),
    // a watermark on its own: the site's source line, then (maybe after the name and a host) a request
    notice: new RegExp(`^[(（【\\[]?(?:${sources}|${requests})`, 'u'),
    // the same watermark glued before a paragraph's first sentence: source, name, request, maybe a host
    // (the request and the host are matched whole: `(?=(…))\1` does not give back part of one)
    adLabel: new RegExp(spellAll(AD_LEAD_LABELS), 'u'),
    adCall: new RegExp(spellAll(AD_CALLS), 'u'),
    payout: new RegExp(spellAll(PAYOUT_TERMS), 'u'),
    prefix: new RegExp(`^[(（【\\[]?(?:${sources})[:：]?\\s?[^\\s，,。；;！？!?“”]{1,20}?\\s?(?=(${requests}))\\1[)）】\\]]?(?:\\s?(?=(${HOST_NAME}))\\2)?\\s*`, 'u'),
  }
  return spamVocabulary
}

/**
 * Where the text after a line's last sentence end starts (after the quotes and brackets that close with
 * it), or -1 when the line ends with its sentence or holds no sentence end within TAIL_MAX of its end.
 */
function tailStart(line: string): number {
  const n = line.length
  // the line's own last sentence, closed by a quote or a bracket or not (`…。`, `…。”`)
  let end = n - 1
  while (end > 0 && TAIL_CLOSERS.includes(line[end]!)) end--
  if (endsSentence(line, end)) return -1
  for (let i = end - 1; i >= 0 && i >= n - TAIL_MAX - 3; i--) {
    if (endsSentence(line, i)) {
      let start = i + 1
      while (start < n && TAIL_CLOSERS.includes(line[start]!)) start++
      return start
    }
  }
  return -1
}

/** Whether a tail after the last sentence is spam: keyword stuffing, a host name with a pitch or a reprint request, or a watermark. */
function isSpamTail(tail: string): boolean {
  if (tail.length > TAIL_MAX || SENTENCE_INSIDE.test(tail)) return false
  const v = getSpamVocabulary()
  const items = tail.split(ITEM_SEPARATORS).filter((t) => t !== '')
  if (items.length >= 3 && items.every((t) => t.length <= ITEM_MAX)) {
    // keyword stuffing: at least two items, and half of them, hold ad or query vocabulary
    const hits = items.filter((t) => v.keyword.test(t)).length
    if (hits >= 2 && 2 * hits >= items.length) return true
  }
  const request = v.request.test(tail)
  if (v.host.test(tail) && (request || v.pitch.test(tail))) return true
  return request && v.notice.test(tail)
}

/** One line without its spam tail and its watermark prefix. */
function removeLineSpam(line: string): string {
  let out = line
  // a watermark before the first sentence says 转载 within its first few characters
  const head = out.slice(0, 40)
  if ((head.includes('转') || head.includes('轉')) && WATERMARK_FIRST.test(head)) {
    const m = getSpamVocabulary().prefix.exec(out)
    // only before a paragraph: a watermark on a line of its own is left to the classifier
    if (m && PARAGRAPH_TEXT.test(out.slice(m[0].length))) out = out.slice(m[0].length)
  }
  if (out.includes('【')) out = withoutAdTail(out)
  const start = tailStart(out)
  if (start < 0) return withoutPayoutSentence(out)
  const tail = out.slice(start).trim()
  return tail !== '' && isSpamTail(tail) ? out.slice(0, start) : out
}

// An ad's lead-in label is short: `【高考志愿填报】`, `【广告】`.
const AD_LABEL_MAX = 12
// A price in an ad: `299元`, `¥99`, `9.9元`.
const PRICE = /\d(?:\.\d{1,2})?[元块塊]|[¥￥]\s?\d/u

/**
 * The line without an ad glued after its last sentence (`…免费乘车。【高考志愿填报】…299元→点击咨询`): from a
 * `【…】` lead-in standing right after a sentence end to the line's end, never closing a sentence itself, and
 * either labelled as an ad (`【广告】`) or carrying a price or a call to act (`→`, `点击`). A heading glued after a
 * lost break (`【记者手记】…。`) closes its sentence and stays.
 */
function withoutAdTail(line: string): string {
  const at = line.lastIndexOf('【')
  if (at < 1 || line.length - at > TAIL_MAX) return line
  let before = at - 1
  while (before > 0 && TAIL_CLOSERS.includes(line[before]!)) before--
  if (!endsSentence(line, before)) return line
  const close = line.indexOf('】', at)
  if (close < 0 || close - at - 1 > AD_LABEL_MAX || close === line.length - 1) return line
  const tail = line.slice(at).trimEnd()
  let end = tail.length - 1
  while (end > 0 && TAIL_CLOSERS.includes(tail[end]!)) end--
  if (endsSentence(tail, end) || tail[end] === '.') return line
  const v = getSpamVocabulary()
  const isAd = v.adLabel.test(tail.slice(1, close - at)) || PRICE.test(tail) || v.adCall.test(tail)
  return isAd ? line.slice(0, at).trimEnd() : line
}

// A spam sentence of payout claims is a few short items (`PG电子 官方授权 稳定出款|。`).
const PAYOUT_SENTENCE_MAX = 40

/**
 * The line without a last sentence that is a gambling site's payout or licence claims (`…持续投入。PG电子 官方授权
 * 稳定出款|。`): short items joined by spaces or `|`, no comma, one of them with PAYOUT_TERMS vocabulary. A sentence
 * of the article (`该平台已获官方授权。`) is one item and stays.
 */
function withoutPayoutSentence(line: string): string {
  const n = line.length
  let end = n - 1
  while (end > 0 && TAIL_CLOSERS.includes(line[end]!)) end--
  if (!endsSentence(line, end)) return line
  let i = end - 1
  while (i >= 0 && i >= end - PAYOUT_SENTENCE_MAX && !endsSentence(line, i)) i--
  if (i < 0 || i < end - PAYOUT_SENTENCE_MAX) return line
  let start = i + 1
  while (start < n && TAIL_CLOSERS.includes(line[start]!)) start++
  const sentence = line.slice(start, end)
  // items need a separator: most sentences have none and are passed over without a search
  if (!ITEM_SEPARATOR.test(sentence) || SENTENCE_INSIDE.test(sentence) || !getSpamVocabulary().payout.test(sentence)) return line
  const items = sentence.split(ITEM_SEPARATORS).filter((t) => t !== '')
  return items.length >= 2 && items.every((t) => t.length <= ITEM_MAX) ? line.slice(0, start) : line
}
// The characters a watermark's source line starts with (本文…, 文章…, 来源于…, 来自…), after a bracket.
const WATERMARK_FIRST = /^[(（【[]?[本文来來]/u
const PARAGRAPH_TEXT = /^(?!https?:|www\.)[^]{0,16}?\p{Script=Han}{4}/u

/**
 * Remove spam glued to a paragraph: after its last sentence end, a tail without sentence punctuation that
 * is a list of three or more short keywords with ad or query vocabulary (`装修公司哪家好 装修报价 …`,
 * `彩票平台_时时彩计划_…`), a host name with a sign-up pitch or a reprint request, or a watermark
 * (`本文来源于X 转载请注明出处`); and such a watermark before its first sentence. A tail that is the
 * article's (`记者 张三`, `（完）`, a date, a URL it cites) stays.
 * @example removeSpamTails('占比接近四成。装修公司哪家好 装修报价 装修效果图') // → '占比接近四成。'
 */
export function removeSpamTails(text: string): string {
  if (text.length < 4) return text
  if (!text.includes('\n')) return removeLineSpam(text)
  return text.split('\n').map(removeLineSpam).join('\n')
}

// A host name spelled out one character at a time (`【w w w . 3 6 5 t y 8 8 . c o m】`), so filters miss it;
// group 1 is the spelled part. No article writes a host so.
const SPACED_HOST = /[【\[（(]? ?((?:[A-Za-z0-9.] ){4,80}[A-Za-z0-9]) ?[】\]）)]?/g
let wholeHost: RegExp | undefined
const getWholeHost = (): RegExp => (wholeHost ??= new RegExp(`^(?:${HOST_NAME})$`, 'u'))
const LOWER_TLD = /\.[a-z]{2,24}$/
// Marks that open and close the brackets SPACED_HOST takes: both or neither.
const HOST_BRACKETS: Readonly<Record<string, string>> = { '【': '】', '[': ']', '（': '）', '(': ')' }

let lotterySpam: { contact: RegExp; tout: RegExp; game: RegExp; run: RegExp } | undefined
function getLotterySpam(): { contact: RegExp; tout: RegExp; game: RegExp; run: RegExp } {
  if (lotterySpam) return lotterySpam
  const games = spellAll(LOTTERY_GAMES)
  const separator = '[ \\t\\u3000|_｜]'
  lotterySpam = {
    // a contact label and its ID, which holds a digit: `加QQ2851967342`, `群QQ：1926358840`, `加微信cp8899sport`
    contact: new RegExp(`(?:${spellAll(CONTACT_LABELS)})[号號]?(?:[:：] ?| )?(?=[A-Za-z_-]{0,19}\\d)[A-Za-z0-9_-]{5,20}`, 'u'),
    tout: new RegExp(spellAll(TOUT_TERMS), 'u'),
    game: new RegExp(games, 'u'),
    // three game names or more in a row, after a sentence end or at a line's start, up to the next sentence
    run: new RegExp(`(?<=^|[。！？!?][”」』]?) ?(?:\\p{Script=Han}{1,3}?)?(?:${games})(?:${separator}+(?:\\p{Script=Han}{1,3}?)?(?:${games})){2,}(?=${separator}|$|[。，！？!?,])${separator}*`, 'gmu'),
  }
  return lotterySpam
}
// Cheap tests before the regexes: a contact label, a game's first characters, a spelled-out host.
const CONTACT_QUICK = /qq|QQ|Qq|微信|薇信|威信|扣扣|加群|vx|VX/
const GAME_QUICK = /[彩赛賽艇快选選]|pk|PK/
// What ends a clause; a tout's clause goes with its own mark.
const CLAUSE_MARKS = '，,。！？!?；;'
const STOP_MARKS = '。！？!?'
// A tout's clause is short and says nothing but its offer: no quotation, none of the little words of a sentence
// that reports one (`犯罪嫌疑人在QQ群123456里发布时时彩计划`).
const TOUT_CLAUSE_MAX = 40
const QUOTES = /[“”「」『』"]/u

/** The line without its betting touts' clauses: a contact ID with a lottery game or a payout promise. */
function withoutTouts(line: string): string {
  const { contact, tout, game } = getLotterySpam()
  if (!contact.test(line)) return line
  let out = ''
  let kept = 0
  let start = 0
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !CLAUSE_MARKS.includes(line[i]!)) continue
    let s = start
    while (s < i && (TAIL_CLOSERS.includes(line[s]!) || line[s] === ' ')) s++
    const clause = line.slice(s, i)
    start = i + 1
    if (clause.length > TOUT_CLAUSE_MAX || QUOTES.test(clause) || FUNCTION_CHARS.test(clause) || !contact.test(clause)) continue
    if (!tout.test(clause) && !game.test(clause)) continue
    const afterComma = s > 0 && isComma(line[s - 1])
    const ownMark = i < line.length ? line[i]! : ''
    // a clause after a comma that ends the sentence (or the line) gives its sentence end to what stood before it
    const [from, to] = afterComma && (ownMark === '' || STOP_MARKS.includes(ownMark)) ? [s - 1, i] : [s, i + 1]
    if (from < kept) continue
    out += line.slice(kept, from)
    kept = Math.min(to, line.length)
  }
  return kept === 0 ? line : out + line.slice(kept)
}

/** The text without host names spelled out one character at a time. */
function withoutSpacedHosts(text: string): string {
  return text.replace(SPACED_HOST, (m, spelled: string) => {
    const open = HOST_BRACKETS[m[0]!]
    const closed = m[m.length - 1]!
    if (open !== undefined ? closed !== open : Object.values(HOST_BRACKETS).includes(closed)) return m
    const host = spelled.replaceAll(' ', '')
    // a spammer's host is long and lower-case (`www.365ty88.com`); `A B C . D E` are labels
    return host.length >= 8 && LOWER_TLD.test(host) && getWholeHost().test(host) ? '' : m
  })
}

/**
 * Remove lottery spam inside paragraphs: a host name spelled out with spaces (`【w w w . 3 6 5 t y 8 8 . c o m】`);
 * a clause with a contact ID and a lottery game or a payout promise, with its comma or stop
 * (`，北京赛车pk10计划加QQ2851967342稳赚不赔，`, `加微信cp8899sport领取彩金。`); three lottery game names or more in a row
 * after a sentence end (`重庆时时彩 北京赛车 幸运飞艇 极速快3`). A story about 体育彩票, or a school's QQ group, stays.
 * @example removeLotterySpam('获得冠军，北京赛车pk10计划加QQ2851967342稳赚不赔，女子冠军由她夺得。') // → '获得冠军，女子冠军由她夺得。'
 */
export function removeLotterySpam(text: string): string {
  let out = text
  if (out.includes(' . ')) out = withoutSpacedHosts(out)
  if (CONTACT_QUICK.test(out)) out = out.includes('\n') ? out.split('\n').map(withoutTouts).join('\n') : withoutTouts(out)
  if (out.includes(' ') && GAME_QUICK.test(out)) out = out.replace(getLotterySpam().run, '')
  return out
}

// U+FFFD saved as UTF-8 (EF BF BD) and read back as GBK: `锟斤拷` per pair of lost characters' marks. It stands for
// characters lost before the page was saved, never for text: it goes (what stood there cannot be known).
const LOST_CHARACTER_MARK = /(?:锟斤拷)+/g

/**
 * Remove `锟斤拷`, the mark of characters lost before the page was saved.
 * @example removeLostCharacterMarks('张三锟斤拷李四') // → '张三李四'
 */
export function removeLostCharacterMarks(text: string): string {
  return text.includes('锟斤拷') ? text.replace(LOST_CHARACTER_MARK, '') : text
}

const CJK_PUNCT_QUICK = /[,:;?!()]/
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' }
const HAN_OR_CJK_PUNCT = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f“”‘’…—]/u
const isHanSide = (c: string | undefined): boolean => c !== undefined && HAN_OR_CJK_PUNCT.test(c)
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

/**
 * Turn ASCII `, : ; ? ! ( )` next to Han characters into their full-width forms (opt-in: most clean
 * pages use ASCII punctuation too). Numbers (`1,000`, `12:30`), Latin text, URLs and `F-35` stay;
 * a parenthesis pair is converted as a pair.
 * @example cjkPunct('他说:今天(周一)很好, 12:30见!') // → '他说：今天（周一）很好，12:30见！'
 */
export function cjkPunct(text: string): string {
  if (!CJK_PUNCT_QUICK.test(text)) return text
  const chars = [...text]
  const out = chars.slice()
  const open: number[] = []
  const nextOf = (i: number): string | undefined => chars[i + 1] === ' ' ? chars[i + 2] : chars[i + 1]
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    if (c === '(') { open.push(i); continue }
    if (c === ')') {
      const j = open.pop()
      if (j === undefined) {
        if (isHanSide(chars[i - 1])) out[i] = '）'
        continue
      }
      // a pair goes full-width when it touches Han text outside or holds Han text inside
      const inner = chars.slice(j + 1, i)
      if (isHanSide(chars[j - 1]) || isHanSide(chars[i + 1]) || inner.some((x) => HAN.test(x))) {
        out[j] = '（'
        out[i] = '）'
      }
      continue
    }
    if (!(c in FULL_WIDTH)) continue
    const prev = chars[i - 1]
    if ((c === ',' || c === ':') && isDigit(prev) && isDigit(chars[i + 1])) continue
    if (c === ':' && chars[i + 1] === '/') continue
    const hanBefore = isHanSide(prev)
    // `?` and `!` belong to what precedes them; `, : ;` also to the Han text that follows
    const hanAfter = c !== '?' && c !== '!' && isHanSide(nextOf(i))
    if (hanBefore || hanAfter) {
      out[i] = FULL_WIDTH[c]!
      if (chars[i + 1] === ' ') out[i + 1] = '' // full-width marks carry their own spacing
    }
  }
  for (const j of open) if (isHanSide(chars[j - 1]) || isHanSide(chars[j + 1])) out[j] = '（'
  return out.join('')
}

// ---------------------------------------------------------------------------------------------
// One scan for the runner: which fixes can change a text at all. Each bit is a necessary condition
// of its fix's own quick test, so skipping a fix whose bit is clear changes nothing.

const C_TRADITIONAL = 1 // TRADITIONAL_ONLY_BIT
const C_SIMPLIFIED = 2 // SIMPLIFIED_BIT
const C_ENTITY = 4 // & # ;
const C_RESIDUE = 8 // < > | $ = { ! ] .
const C_LINE_WORD = 16 // h w n a (any case), digits and *: how a residue line can start
const C_SPACES = 32 // space, tab, ?, ？ and the odd spaces and invisibles of fixSpaces
const C_PAREN = 64 // ( （
const C_NOISE = 128 // JAMMER_NOISE
const C_SPACE = 256 // U+0020
const C_GAMBLING = 512 // the first characters of GAMBLING_PAIRS
const C_DOUBLABLE = 1024 // , ， 、 。
const C_LINE_BREAK = 2048
const C_ODD_SPACE = 4096 // what fixSpaces changes wherever it stands
const C_TAIL = 8192 // 。！？!? and 转 轉: a sentence end a spam tail follows, or a watermark's reprint request
const C_LOTTERY = 16384 // the first characters of CONTACT_QUICK and GAME_QUICK, and `.` of a spelled-out host
const C_LOST = 32768 // 锟, the first character of LOST_CHARACTER_MARK

let charClasses: Uint16Array | undefined

function getCharClasses(): Uint16Array {
  if (charClasses) return charClasses
  const table = new Uint16Array(0x10000)
  table.set(getScriptBits().bmp) // only C_TRADITIONAL and C_SIMPLIFIED bits
  const mark = (chars: string, bit: number): void => { for (const c of chars) table[c.charCodeAt(0)] |= bit }
  mark('&#;', C_ENTITY)
  mark('<>|$={!].', C_RESIDUE)
  mark('hwnaHWNA0123456789*', C_LINE_WORD)
  mark(' \t?？', C_SPACES)
  mark('\u00a0\u00ad\u202f\u205f\u2060\u3000\ufeff\ufffd', C_ODD_SPACE)
  for (let c = 0x2000; c <= 0x200f; c++) table[c] |= C_ODD_SPACE
  mark('(（', C_PAREN)
  mark(JAMMER_NOISE_CHARS, C_NOISE)
  mark(' ', C_SPACE)
  mark(GAMBLING_PAIRS.map(([first]) => first).join(''), C_GAMBLING)
  mark(',，、。', C_DOUBLABLE)
  mark('\n\r\u2028\u2029', C_LINE_BREAK)
  mark('。！？!?转轉', C_TAIL)
  mark('qQ微薇威扣加vV彩赛賽艇快选選pP.', C_LOTTERY)
  mark('锟', C_LOST)
  charClasses = table
  return table
}

/** maySpaces at one space, tab, `?` or `？` (index i, code unit `code`). */
function spacesAt(text: string, i: number, code: number): boolean {
  const atStart = i === 0 || isLineBreak(text.charCodeAt(i - 1))
  if (code === 32 || code === 9) {
    if (atStart || i + 1 === text.length) return true
    const d = text.charCodeAt(i + 1)
    return d === 32 || d === 9 || isLineBreak(d)
  }
  if (code === 63) return atStart || text.charCodeAt(i + 1) === 63
  return atStart // ？
}

// A `?` a converter put for a middle dot it could not map (`·`): between a book's title and its chapter inside
// 《…》 or 〈…〉 (`《庄子?逍遥游》`), and between the parts of a foreign name written in Han (`让?马克?杜邦`, two joints
// or more, every part of characters that spell names). Anywhere else a `?` between Han characters may be a
// question mark: most dumps write ASCII punctuation (`是谁?他说`).
const BOOK_JOINT = /([《〈])([^《》〈〉?\n]{1,20})\?([^《》〈〉?\n]{1,20})([》〉])/gu
/** Characters foreign names are spelled with (transliteration), Simplified; their Traditional forms are added. */
const NAME_SPELLING =
  '阿埃艾爱安昂奥巴芭拜班邦保贝本比彼毕宾波伯博布查达戴丹道德邓迪蒂丁东杜顿多厄恩尔法范菲费芬丰弗福盖冈高戈格贡古圭哈海' +
  '汉豪赫亨洪胡华霍基吉加伽贾杰捷金卡凯坎康考柯科克肯库奎拉莱赖兰朗劳勒雷蕾里利莉连林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙' +
  '米密明莫姆穆纳娜奈南内妮尼宁纽努诺欧帕潘佩彭皮平普奇琪乔切钦丘让萨塞桑森沙莎尚舍圣施什史舒斯松苏索塔泰坦汤唐特提' +
  '汀图托瓦万威韦维温沃乌西希席夏谢辛休雅亚扬耶伊因英尤约泽扎詹珍朱兹佐'
let nameChain: RegExp | undefined
function getNameChain(): RegExp {
  if (nameChain) return nameChain
  const chars = new Set(NAME_SPELLING)
  for (const c of NAME_SPELLING) {
    const t = traditionalFormOf(c)
    if (t !== undefined) chars.add(t)
  }
  const part = `[${[...chars].join('')}]{1,5}`
  nameChain = new RegExp(`${part}(?:\\?${part}){2,4}`, 'gu')
  return nameChain
}

let commonHan: ReadonlySet<string> | undefined
/** The characters of the frequency table, in Simplified and in their Traditional forms. */
function getCommonHan(): ReadonlySet<string> {
  if (commonHan) return commonHan
  const set = new Set(HAN_BY_FREQUENCY)
  for (const c of HAN_BY_FREQUENCY) {
    const t = traditionalFormOf(c)
    if (t !== undefined) set.add(t)
  }
  return (commonHan = set)
}
const ASCII_LETTER = /^[A-Za-z]$/
/**
 * Whether a `?` between these two characters inside 《…》 is a lost middle dot: not next to an ASCII letter, and
 * not after a rare character. Both are what a GBK shift leaves around its lost byte (`《袊?B类观察》`), while a
 * book's title ends on a common character (`《庄子?逍遥游》`).
 */
function mayJoinTitle(before: string, after: string): boolean {
  if (ASCII_LETTER.test(before) || ASCII_LETTER.test(after)) return false
  return !/^\p{Script=Han}$/u.test(before) || getCommonHan().has(before)
}

/**
 * Put back a middle dot lost to `?` inside a book title mark and inside a chain of name parts.
 * @example restoreLostInterpuncts('《庄子?逍遥游》里，让?马克?杜邦说') // → '《庄子·逍遥游》里，让·马克·杜邦说'
 */
export function restoreLostInterpuncts(text: string): string {
  if (!text.includes('?')) return text
  let out = text.includes('《') || text.includes('〈')
    ? text.replace(BOOK_JOINT, (m, open: string, title: string, part: string, close: string) =>
      mayJoinTitle(title[title.length - 1]!, part[0]!) ? `${open}${title}·${part}${close}` : m)
    : text
  if (out.includes('?')) out = out.replace(getNameChain(), (chain) => chain.replaceAll('?', '·'))
  return out
}

/** What scanFixes found: bits of FIX_NEEDS. */
export const NEEDS_ENTITIES = 1
export const NEEDS_RESIDUE = 2
export const NEEDS_SPACES = 4
export const NEEDS_PARENS = 8
export const NEEDS_JAMMERS = 16
export const NEEDS_GAMBLING = 32
export const NEEDS_JUNK = 64
export const NEEDS_DOUBLED = 128
export const NEEDS_TAIL = 256
export const NEEDS_QUESTION = 512
export const NEEDS_LOTTERY = 1024
export const NEEDS_LOST = 2048

/** The scanFixes bit each listed fix needs before it can change anything. */
export const FIX_NEEDS: Readonly<Record<string, number>> = Object.freeze({
  R201: NEEDS_ENTITIES, R202: NEEDS_RESIDUE, R203: NEEDS_SPACES, R204: NEEDS_PARENS,
  R205: NEEDS_JAMMERS, R206: NEEDS_GAMBLING, R207: NEEDS_JUNK, R208: NEEDS_DOUBLED, R210: NEEDS_TAIL, R211: NEEDS_QUESTION,
  R212: NEEDS_LOTTERY, R213: NEEDS_LOST,
})

/**
 * One pass over a text, one table lookup per character: the NEEDS_* bits of the fixes that may
 * change it (and NEEDS_PARENS for pinyin notes). Plain prose of either script comes out as 0 or nearly.
 */
export function scanFixes(text: string): number {
  const table = getCharClasses()
  const n = text.length
  let seen = 0
  let traditional = 0
  let simplified = 0
  let lineStart = true
  let residueLine = false
  let spaces = false
  let question = false
  let doubled = false
  let prevDoublable = false
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    let cls = table[code]!
    if (cls === 0) {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1)
        if (low >= 0xdc00 && low <= 0xdfff) {
          const b = getScriptBits().astral(text.slice(i, i + 2))
          if (b & C_TRADITIONAL) traditional++
          else if (b & C_SIMPLIFIED) simplified++
          i++
        }
      }
      lineStart = false
      prevDoublable = false
      continue
    }
    seen |= cls
    if (cls & C_TRADITIONAL) traditional++
    else if (cls & C_SIMPLIFIED) simplified++
    if (lineStart && (cls & C_LINE_WORD)) residueLine = true
    if (cls & C_SPACES) {
      if (!spaces) spaces = spacesAt(text, i, code)
      if (code === 63) question = true
    }
    if (cls & C_DOUBLABLE) {
      if (prevDoublable) doubled = true
      prevDoublable = true
    } else prevDoublable = false
    lineStart = (cls & C_LINE_BREAK) !== 0 || (lineStart && code === 32)
  }
  let needs = 0
  if (seen & C_ENTITY) needs |= NEEDS_ENTITIES
  if (seen & C_RESIDUE || residueLine) needs |= NEEDS_RESIDUE
  if (seen & C_ODD_SPACE || spaces) needs |= NEEDS_SPACES
  if (seen & C_PAREN) needs |= NEEDS_PARENS
  if (seen & C_SPACE && seen & C_NOISE) needs |= NEEDS_JAMMERS
  if (seen & C_GAMBLING) needs |= NEEDS_GAMBLING
  if (n >= 8 && traditional >= 4 && simplified > 0) needs |= NEEDS_JUNK
  if (doubled) needs |= NEEDS_DOUBLED
  if (seen & C_TAIL) needs |= NEEDS_TAIL
  if (question) needs |= NEEDS_QUESTION
  if (seen & C_LOTTERY) needs |= NEEDS_LOTTERY
  if (seen & C_LOST) needs |= NEEDS_LOST
  return needs
}

/** The repairs in the order they run; the runner repeats the list until nothing changes. */
export const FIXES: readonly Fix[] = Object.freeze([
  {
    id: 'R201', name: 'broken-entities', apply: fixBrokenEntities,
    description: 'HTML entities left in text, also with a lost & or ; and double escaping.',
  },
  {
    id: 'R202', name: 'markup-residue', apply: removeResidue,
    description: 'HTML tags and attributes, markdown and template residue, lone error lines, file names and URLs.',
  },
  {
    id: 'R203', name: 'odd-spaces', apply: fixSpaces,
    description: 'Invisible characters, NBSP and ideographic spaces, indentation and lost-indentation question marks.',
  },
  {
    id: 'R204', name: 'emoji-in-parens', apply: removeEmojiInParens,
    description: 'Emoji wrapped in parentheses between characters.',
  },
  {
    id: 'R205', name: 'forum-jammers', apply: removeForumJammers,
    description: 'Runs of random short ASCII tokens hidden by forums against copying.',
  },
  {
    id: 'R206', name: 'gambling-phrases', apply: removeGamblingPhrases,
    description: 'Gambling brand phrases inserted between two sentences (or after a comma when the head names betting), with the host names and pitches that follow them.',
  },
  {
    id: 'R212', name: 'lottery-spam', apply: removeLotterySpam,
    description: 'Lottery spam inside paragraphs: a host name spelled out with spaces, a clause with a contact ID and a lottery game or payout promise, a run of three lottery game names.',
  },
  {
    id: 'R213', name: 'lost-character-marks', apply: removeLostCharacterMarks,
    description: 'The 锟斤拷 that lost characters (U+FFFD) became when their UTF-8 was read as GBK before the page was saved: never text, removed.',
  },
  {
    id: 'R210', name: 'spam-tails', apply: removeSpamTails,
    description: 'Keyword lists, spam host names and reprint watermarks glued after a paragraph\'s last sentence (or a watermark before its first).',
  },
  {
    id: 'R207', name: 'simplified-junk', apply: dropSimplifiedJunk,
    description: 'Two-character Simplified junk words injected before punctuation (or an opening quote) in Traditional text.',
  },
  {
    id: 'R208', name: 'doubled-punctuation', apply: fixDoubledPunctuation,
    description: 'Doubled commas and stops collapsed into one mark.',
  },
  {
    id: 'R211', name: 'lost-interpuncts', apply: restoreLostInterpuncts,
    description: 'A middle dot lost to `?` inside 《…》 and in a chain of name parts (`让?马克?杜邦`).',
  },
])

/** Opt-in, so not in FIXES: ASCII punctuation next to Han characters made full-width. */
export const CJK_PUNCT_FIX: Fix = Object.freeze({
  id: 'R209', name: 'cjk-punctuation', apply: cjkPunct,
  description: 'ASCII , : ; ? ! ( ) next to Han characters turned full-width.',
})
