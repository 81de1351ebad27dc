/**
 * Text repairs: one small pure `string → string` function per scraping artifact (ftfy's fixes.py).
 * Each one returns its input untouched, after a cheap test, when the artifact cannot be there:
 * the cleaner has to run at about the speed of a plain opencc conversion.
 */
import {
  AMPLESS_ENTITY_NAMES,
  BARE_URL_LINE,
  GAMBLING_BRAND_HEADS,
  HTML_ATTRIBUTE_NAMES,
  HTML_TAG_NAMES,
  IMAGE_FILE_LINE,
  INVISIBLE_CHARS,
  JUNK_FOLLOWERS,
  NAMED_ENTITIES,
  NOT_A_BRAND,
  ODD_SPACES,
  SERVER_ERROR_LINE,
  STRAY_ZWJ,
  TEMPLATE_PLACEHOLDER,
  getScriptTables,
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
  out = out.replace(ENTITY, (m, dec?: string, hex?: string, name?: string) =>
    dec ? fromCodePoint(Number(dec), m) : hex ? fromCodePoint(parseInt(hex, 16), m) : NAMED_ENTITIES[name!] ?? m)
  out = out.replace(AMPLESS_NUMERIC, (m, hex?: string, dec?: string) => {
    const cp = hex ? parseInt(hex, 16) : Number(dec)
    return cp >= 0x2000 && cp <= 0xffff ? fromCodePoint(cp, m) : m
  })
  return out.replace(AMPLESS_NAMED, (m, name: string) => NAMED_ENTITIES[name] ?? m)
}

const SPACES_QUICK = /[\u00a0\u00ad\u2000-\u200f\u202f\u205f\u2060\u3000\ufeff\ufffd]|[ \t]{2}|^[ \t?？]|[ \t]$|\?\?/m
// lost indentation: `????`, `? ? `, `\ufffd\ufffd` before the paragraph's first character
const LOST_INDENT = /^(?:\?{4,}|\?(?: \?)+|\ufffd(?: ?[\ufffd?])+) ?(?=[^\s?？\ufffd!！])/gm

/**
 * Normalise spaces: drop invisible characters (zero-width, BOM, soft hyphen) and leading indentation,
 * turn NBSP and ideographic spaces into plain spaces, collapse runs, and drop the `????` that
 * indentation became when the page went through a charset without ideographic spaces.
 * @example fixSpaces('\u3000\u3000新\u200b闻\u00a0报道  今天') // → '新闻 报道 今天'
 */
export function fixSpaces(text: string): string {
  if (!SPACES_QUICK.test(text)) return text
  return text
    .replace(INVISIBLE_CHARS, '')
    .replace(STRAY_ZWJ, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(LOST_INDENT, '')
}

const DOUBLED_QUICK = /[,，、。][,，、。]/
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
  if (!DOUBLED_QUICK.test(text)) return text
  return text
    .replace(DOUBLED_COMMAS, '$1')
    .replace(COMMA_STOP, (m, comma: string, offset: number, whole: string) =>
      offset + m.length === whole.length || whole[offset + m.length] === '\n' ? '。' : comma)
    .replace(STOP_COMMA, '。')
    .replace(DOUBLE_STOP, '。')
}

// 1–2 printable ASCII characters, separated by single spaces; four tokens or more
const JAMMER_RUN = /(?<=^|[^\x21-\x7e ]) ?((?:[\x21-\x7e]{1,2} ){3,}[\x21-\x7e]{1,2})(?= ?(?:[^\x21-\x7e ]|$))/gm
// characters real short tokens do not carry; lists (`A, B, C`) and abbreviations (`U.S.`) use , and .
const JAMMER_NOISE = /[;'/+^$|&*%#@~`"\\=_]/

/**
 * Remove forum anti-copy jammers: runs of random 1–2 character ASCII tokens such as `5 y/ f; x' p+ w K`
 * that Discuz-style forums hide between sentences. A run is removed only when at least two of its
 * tokens carry noise characters, so English, numbers, URLs and model names (`F-35`) stay.
 * @example removeForumJammers('真的很好看。5 y/ f; x\' p+ w K下次再来') // → '真的很好看。下次再来'
 */
export function removeForumJammers(text: string): string {
  if (!text.includes(' ') || !JAMMER_NOISE.test(text)) return text
  return text.replace(JAMMER_RUN, (m, run: string) => {
    const tokens = run.split(' ')
    const noisy = tokens.filter((t) => JAMMER_NOISE.test(t)).length
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
const HTML_TAG = new RegExp(`<\\/?(?:${TAG_NAMES})(?:\\s[^<>]{0,500})?\\/?>|<!--[^]{0,500}?-->`, 'gi')
// a closing tag that lost its `<`: `文字/p>`
const HALF_TAG = new RegExp(`(?<![<\\w/])\\/(?:${TAG_NAMES})>`, 'gi')
const ATTRIBUTE = new RegExp(`(?<![\\w-])(?:${HTML_ATTRIBUTE_NAMES.join('|')})\\s?=\\s?(?:"[^"<>\\n]{0,200}"|'[^'<>\\n]{0,200}')`, 'gi')
const MARKDOWN_IMAGE = /!\[[^[\]\n]{0,200}\]\([^()\s]{0,500}\)/g
const MARKDOWN_LINK = /(?<!!)\[([^[\]\n]{1,200})\]\((?:https?:\/\/|\/)[^()\s]{0,500}\)/g
const TABLE_ROW = /^ *\|.*\| *$/
const TABLE_RULE_CELL = /^:?-+:?$/
const RESIDUE_QUICK = /[<>|$={!\]]|\.(?:jpe?g|png|gif|webp|bmp|tiff?) *$|^ *(?:https?:|www\.)|^ *(?:HTTP\/|\d{3} |nginx|apache)/im

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c)
/** Replace a match by nothing, or by one space when it sat between two Latin words. */
const cut = (m: string, offset: number, whole: string): string =>
  isWordChar(whole[offset - 1]) && isWordChar(whole[offset + m.length]) ? ' ' : ''

function cleanTableRow(line: string): string {
  if (!TABLE_ROW.test(line) || line.split('|').length < 3) return line
  const cells = line.trim().slice(1, -1).split('|').map((c) => c.trim())
  return cells.filter((c) => c !== '' && !TABLE_RULE_CELL.test(c)).join(' ')
}

function dropLoneResidue(line: string): string {
  const t = line.trim()
  return SERVER_ERROR_LINE.test(t) || IMAGE_FILE_LINE.test(t) || BARE_URL_LINE.test(t) ? '' : line
}

/**
 * Remove markup that leaked into the text: HTML tags and half tags (`<br/>`, `/p>`), stray attributes
 * (`size="20"`), markdown images, links and table rows, unfilled template placeholders, and lines that
 * are only a server error, an image file name or a bare URL.
 * @example removeResidue('第一段<br/>第二段 <s id="x"></s>![](a.jpg)$!title!$') // → '第一段第二段 '
 */
export function removeResidue(text: string): string {
  if (!RESIDUE_QUICK.test(text)) return text
  const out = text
    .replace(HTML_TAG, cut)
    .replace(HALF_TAG, cut)
    .replace(ATTRIBUTE, '')
    .replace(MARKDOWN_IMAGE, '')
    .replace(MARKDOWN_LINK, '$1')
    .replace(TEMPLATE_PLACEHOLDER, cut)
  return out.split('\n').map((line) => dropLoneResidue(cleanTableRow(line))).join('\n')
}

const HAN = /\p{Script=Han}/u
const JUNK_QUICK = new RegExp(`\\p{Script=Han}{3}[${JUNK_FOLLOWERS}]`, 'u')
const JUNK_CANDIDATE = new RegExp(`(?<=\\p{Script=Han})(\\p{Script=Han})(\\p{Script=Han})(?=[${JUNK_FOLLOWERS}])`, 'gu')

/**
 * Remove two-character Simplified junk words injected before punctuation in Traditional text
 * (`熱搜鲸阻,`). Only when the line is otherwise plainly Traditional, the pair holds a Simplified-only
 * character that converters never keep, no Traditional-only one, and is no word OpenCC knows.
 * @example dropSimplifiedJunk('熱搜鲸阻,頓時覺得非常無語玄呛,') // → '熱搜,頓時覺得非常無語,'
 */
export function dropSimplifiedJunk(text: string): string {
  if (text.length < 8 || !JUNK_QUICK.test(text)) return text
  const { simplifiedOnly, traditionalOnly, leftovers, words } = getScriptTables()
  const isSimplified = (c: string): boolean => simplifiedOnly.has(c) && !leftovers.has(c)
  let traditional = 0
  let simplified = 0
  for (const c of text) {
    if (traditionalOnly.has(c)) traditional++
    else if (isSimplified(c)) simplified++
  }
  if (traditional < 4 || simplified === 0) return text
  const cuts: [number, number][] = []
  let junkSimplified = 0
  for (const m of text.matchAll(JUNK_CANDIDATE)) {
    const [pair, a, b] = m as unknown as [string, string, string]
    const start = m.index!
    const before = text.slice(0, start).at(-1)! // a Han character in the BMP or a low surrogate
    const n = Number(isSimplified(a)) + Number(isSimplified(b))
    if (n === 0 || traditionalOnly.has(a) || traditionalOnly.has(b) || words.has(pair)) continue
    if (isSimplified(before) || !HAN.test(a + b)) continue
    cuts.push([start, start + pair.length])
    junkSimplified += n
  }
  // the rest of the line must read Traditional: at most one stray Simplified character elsewhere
  if (cuts.length === 0 || simplified - junkSimplified > 1 || traditional < 3 * cuts.length) return text
  let out = ''
  let last = 0
  for (const [s, e] of cuts) { out += text.slice(last, s); last = e }
  return out + text.slice(last)
}

let gamblingPhrase: RegExp | undefined
const GAMBLING_QUICK = /平[台臺]|官[网網]|[娱娛][乐樂]|[游遊][艺藝]/
const FUNCTION_CHARS = /[的了是在和说說与與及为為对對将將把被从從向到让讓也都就而但]/

/** `<brand><head>` right after a sentence end and before the next sentence's first character. */
function getGamblingPhrase(): RegExp {
  if (gamblingPhrase) return gamblingPhrase
  const { toTraditional } = getScriptTables()
  const spell = (term: string): string =>
    [...term].map((c) => (toTraditional.has(c) ? `[${c}${toTraditional.get(c)}]` : c)).join('')
  const heads = [...GAMBLING_BRAND_HEADS].sort(byLength).map(spell).join('|')
  gamblingPhrase = new RegExp(
    `(?<=[。！？!?；;]\\s?)([A-Za-z0-9]{1,12}|\\p{Script=Han}{1,4})(?:${heads})(?=\\p{Script=Han}|[“「"])`, 'gu')
  return gamblingPhrase
}

/**
 * Remove gambling brand phrases inserted between two sentences (`…盛大启幕。X体育平台来自全国…`).
 * The phrase must be a short brand plus a gambling head (体育平台, 娱乐城 …); a sentence that
 * talks about 彩票 or 博彩, or about 该体育平台, stays.
 * @example removeGamblingPhrases('盛大启幕。X体育平台来自全国的选手') // → '盛大启幕。来自全国的选手'
 */
export function removeGamblingPhrases(text: string): string {
  if (!GAMBLING_QUICK.test(text)) return text
  return text.replace(getGamblingPhrase(), (m, brand: string) =>
    NOT_A_BRAND.test(brand) || FUNCTION_CHARS.test(brand) ? m : '')
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
    description: 'Gambling brand phrases inserted between two sentences.',
  },
  {
    id: 'R207', name: 'simplified-junk', apply: dropSimplifiedJunk,
    description: 'Two-character Simplified junk words injected before punctuation in Traditional text.',
  },
  {
    id: 'R208', name: 'doubled-punctuation', apply: fixDoubledPunctuation,
    description: 'Doubled commas and stops collapsed into one mark.',
  },
])

/** Opt-in, so not in FIXES: ASCII punctuation next to Han characters made full-width. */
export const CJK_PUNCT_FIX: Fix = Object.freeze({
  id: 'R209', name: 'cjk-punctuation', apply: cjkPunct,
  description: 'ASCII , : ; ? ! ( ) next to Han characters turned full-width.',
})
