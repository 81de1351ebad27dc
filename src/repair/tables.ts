/**
 * Character and vocabulary tables for the text repairs. Data only, plus the lazy builders of the
 * script tables. Those come from opencc-js's dictionaries (like ftfy's WIDTH_MAP), derived ahead of
 * time by bench/gen-repair-tables.mjs into script-data.ts and st-words.utf16, so that no run parses
 * the dictionaries.
 */
import { OPENCC_LEFTOVERS, SIMPLIFIED_ONLY, SIMPLIFIED_TO_TRADITIONAL, TRADITIONAL_ONLY } from './script-data.js'
import { readText } from './table-files.js'

/** HTML named entities seen in text dumps, with what they stand for. NBSP becomes a plain space. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', sbquo: '‚', bdquo: '„',
  hellip: '…', mdash: '—', ndash: '–', middot: '·', bull: '•', deg: '°', times: '×', divide: '÷',
  copy: '©', reg: '®', trade: '™', yen: '¥', pound: '£', euro: '€', cent: '¢', sect: '§', para: '¶',
  plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', hearts: '♥', star: '☆',
  iexcl: '¡', iquest: '¿', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
})

/** Entity names that also show up with their `&` lost (`nbsp;`, `ldquo;`): common enough to be safe. */
export const AMPLESS_ENTITY_NAMES: readonly string[] = Object.freeze([
  'nbsp', 'ldquo', 'rdquo', 'lsquo', 'rsquo', 'hellip', 'mdash', 'ndash', 'middot', 'quot', 'amp', 'emsp', 'ensp',
])

/** Invisible characters added by copy protection or left by editors: zero-width spaces, word joiner, BOM, soft hyphen. */
export const INVISIBLE_CHARS = /[\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad]/g
/** ZWJ is kept inside emoji sequences (👨‍👩‍👧), dropped elsewhere. */
export const STRAY_ZWJ = /(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu
/** Spaces that are not U+0020: NBSP, en/em/thin spaces, narrow NBSP, ideographic space. */
export const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g

/** HTML tag names recognised as residue; anything else in angle brackets (`<世纪在线>`) is text. */
export const HTML_TAG_NAMES: readonly string[] = Object.freeze([
  'a', 'abbr', 'b', 'big', 'blockquote', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'figcaption',
  'figure', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'iframe', 'img', 'input', 'label', 'li', 'link',
  'meta', 'object', 'ol', 'p', 'param', 'pre', 's', 'script', 'section', 'small', 'source', 'span', 'strike', 'strong',
  'style', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul', 'video', 'article', 'header', 'footer',
])

/** HTML attributes that survive as text when a tag is cut in half (`作者： size="20"`). */
export const HTML_ATTRIBUTE_NAMES: readonly string[] = Object.freeze([
  'size', 'class', 'id', 'style', 'href', 'src', 'width', 'height', 'align', 'valign', 'color', 'face', 'target',
  'alt', 'border', 'bgcolor', 'colspan', 'rowspan', 'cellpadding', 'cellspacing', 'onclick', 'onload', 'rel',
])

/** Server and proxy error texts that replace a page or a block; only removed when alone on a line. */
export const SERVER_ERROR_LINE =
  /^(?:HTTP\/\d(?:\.\d)? )?(?:40[034] (?:Not Found|Forbidden|Bad Request)|50[0234] (?:Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out)|nginx(?:\/[\d.]+)?|Apache(?:\/[\d.]+)?(?: Server at .*)?)$/i

/** Template placeholders a CMS failed to fill: `$!title_without_url!$`, `{{title}}`, `[!--title--]`, `{$title}`. */
export const TEMPLATE_PLACEHOLDER = /\$!\{?[A-Za-z_][\w.]*\}?!?\$|\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\[!--[\w.]+--\]|\{\$[A-Za-z_][\w.]*\}/g

/** Image file extensions, for file names standing alone on a line (`未标题-1.jpg`). */
export const IMAGE_FILE_LINE = /^[^\s/\\]{1,80}\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/i

/**
 * A host name as a regex source (`www.jnrx.example.com`, `vns6688.example`), maybe with its scheme and path:
 * the last label is letters, so `12.8万` and `U.S.` are none.
 */
export const HOST_NAME = String.raw`(?:https?:\/\/)?(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){1,6}[A-Za-z]{2,24}(?![A-Za-z0-9-])(?:\/[\x21-\x7e]{0,200})?`

/** A bare URL (or `www.` host) alone on a line. */
export const BARE_URL_LINE = /^(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef\p{Script=Han}]+$/iu

/**
 * Gambling vocabulary, in Simplified. Shared with the ad classifier (which matches folded keys);
 * the repairs add the Traditional spellings themselves.
 */
export const GAMBLING_TERMS: readonly string[] = Object.freeze([
  '体育平台', '娱乐平台', '娱乐城', '真人', '开户', '彩金', '下注', '投注', '博彩', '棋牌', '百家乐', '老虎机',
  '电子游艺', '真人视讯', '赌场', '赌球', '返水', '首存', '注册送', '电竞下注', '时时彩', '六合彩', '彩票平台',
  '体育官网', '娱乐官网', '平台官网', '官方网站', '捕鱼',
])

/**
 * Heads that name betting whatever stands before them (`皇冠体育投注平台`): a phrase with one of these is
 * also taken out after a comma, where a head that only names a platform (`腾讯体育平台`) is news.
 */
export const BETTING_HEADS: readonly string[] = Object.freeze([
  '投注平台', '博彩平台', '棋牌平台', '彩票平台', '娱乐城', '真人娱乐', '棋牌娱乐', '电子游艺',
  // `X体育官方平台`: the spam's own wording; a story names a site's 官网 or its 平台
  '体育官方平台', '娱乐官方平台',
])

/**
 * Heads of an inserted brand phrase: `<brand>` + one of these. Each already names a gambling site,
 * so `X体育平台` counts while a sentence about 彩票 or 体育 does not.
 */
export const GAMBLING_BRAND_HEADS: readonly string[] = Object.freeze([
  ...BETTING_HEADS, '体育平台', '娱乐平台', '电竞平台', '体育官网', '体育app', '体育娱乐', '娱乐官网', '娱乐官方网址',
  '娱乐官方网站',
])

/**
 * Heads that give a casino's address (`金沙娱乐官方网址`): after a comma, such a phrase that ends its
 * sentence names nothing the sentence is about, so it goes even with no pitch after it.
 */
export const CASINO_SITE_HEADS: readonly string[] = Object.freeze(['娱乐官网', '娱乐官方网址', '娱乐官方网站'])

/** A gambling site's offer for a new account (`注册送38元`, `首存送100%`); no article sentence makes one beside a URL. */
export const SIGN_UP_PITCHES: readonly string[] = Object.freeze([
  '注册送彩金', '注册就送', '注册送', '註冊送彩金', '註冊就送', '註冊送', '送彩金', '首存送', '首充送', '开户送', '開戶送',
  // `新用户注册即送体验金`: 新用户 only as part of the offer, so `X体育平台新用户注册量` keeps its sentence
  '注册即送', '註冊即送', '新用户注册即送', '新用戶註冊即送', '新会员注册即送', '新會員註冊即送', '即送', '体验金',
])

/**
 * A call to sign up that an injected brand phrase carries after its head (`九州娱乐官网注册送彩金`,
 * `亚博体育官网app下载`): it goes with the brand.
 */
export const GAMBLING_PITCHES: readonly string[] = Object.freeze([
  ...SIGN_UP_PITCHES, '免费试玩', '在线投注', '欢迎您', '官方网站', '官方网址', '官网', '入口', 'app下载', '下载app', '手机版',
])

/**
 * Words that start a real sentence about a platform (`该体育平台`, `国家体育平台`, `境外投注平台`,
 * `多个博彩平台`); never a brand.
 */
export const NOT_A_BRAND =
  /^(?:该|該|這|这|此|本|其|某|各|每|那|一个|一個|一家|这个|這個|这家|這家|那家|國家|国家|全民|全国|全國|官方|地方|省级|省級|市级|市級|县级|縣級|大型|新的?|首个|首個|综合|綜合|公共|线上|線上|网络|網絡|網路|非法|违法|違法|境外|境内|境內|涉案|涉赌|涉賭|跨境|地下|网上|網上|赌博|賭博|虚假|虛假|多个|多個|多家|数个|數個|几个|幾個|部分|少数|少數|不少|许多|許多|一些|有的|[\d两兩三四五六七八九十]+[个個家])/

/**
 * Labels of an ad's `【…】` lead-in (`【广告】`, `【推广】`), in Simplified: a tail after the last sentence that
 * opens with one is an ad whatever it says.
 */
export const AD_LEAD_LABELS: readonly string[] = Object.freeze(['广告', '推广', '赞助', '商业推广'])

/**
 * A call to act that ends an ad (`→点击咨询`, `点此购买`): a paragraph of news never ends on one. In Simplified.
 */
export const AD_CALLS: readonly string[] = Object.freeze(['→', '点击', '点此', '戳这里', '立即抢购', '马上抢'])

/**
 * A gambling site's payout or licence claims (`官方授权 稳定出款`): spam vocabulary even when its brand is unknown.
 * In Simplified.
 */
export const PAYOUT_TERMS: readonly string[] = Object.freeze([
  '稳定出款', '极速出款', '秒出款', '出款快', '出款', '官方授权', '正规授权', '注册即送', '注册就送', '首存送', '提款秒到',
])

/**
 * Names of lottery games that spam for betting "plans" advertises (`北京赛车pk10计划`), in Simplified. Three of them
 * in a row, or one beside a contact ID, is spam; a story about 体育彩票 or 福利彩票 names none of them so.
 */
export const LOTTERY_GAMES: readonly string[] = Object.freeze([
  '时时彩', '分分彩', '北京赛车', '极速赛车', 'pk10', 'pk拾', '幸运飞艇', '极速飞艇', '极速快3', '极速快三', '快3', '快三',
  '六合彩', '11选5', '十一选五', '幸运28', '加拿大28', '北京28', 'pc蛋蛋', '百家乐',
])

/** Labels that give a contact ID (`加QQ2851967342`, `微信：cp8899`), in Simplified. */
export const CONTACT_LABELS: readonly string[] = Object.freeze(['qq', '微信', 'vx', '薇信', '威信', '扣扣', '加群'])

/**
 * A betting tout's promises (`稳赚不赔`, `领取彩金`, `计划群`), in Simplified: with a contact ID in the same clause,
 * the clause is spam. `计划` alone is a plan, so only `计划群` counts.
 */
export const TOUT_TERMS: readonly string[] = Object.freeze([
  '稳赚', '稳赢', '包赢', '必中', '彩金', '带单', '回血', '计划群', '倍投',
])

/**
 * A site's own source line at the head of a watermark (`本文来源于江南热线`, `(本文来源:…`); a watermark
 * glued to a paragraph pairs one with a reprint request.
 */
export const WATERMARK_SOURCES: readonly string[] = Object.freeze([
  '本文来源于', '本文来源', '本文来自', '本文转载自', '本文首发于', '本文首发', '文章来源于', '文章来源', '文章来自', '来源于', '来自',
])

/**
 * Requests about reprinting (`转载请注明出处`): site watermark, never a sentence of the article. The
 * repairs add Traditional spellings character by character; 註明 is one they cannot derive from 注.
 */
export const REPRINT_REQUESTS: readonly string[] = Object.freeze([
  '转载请注明出处', '转载请注明来源', '转载请注明', '转载请註明出处', '转载请註明来源', '转载请註明', '转载请保留出处',
  '转载请保留链接', '转载请保留', '转载请联系', '请注明出处', '请註明出处', '禁止转载', '不得转载', '严禁转载', '请勿转载',
  '谢绝转载', '转载必究',
])

/**
 * Simplified characters that converters keep as they are in some Traditional words (皇后, 公里, 干涉),
 * on top of those found in STPhrases; a run of them is never taken for injected junk.
 */
export const CONVERTER_LEFTOVERS = '后于里并么范制干台系只冲历准面云谷丑凶卷克吁咸尽布志斗折朴松杰沈注游秋签累纤胡致苏蒙表复向舍须余借才出征御划升坛伙几托困扑汇烟曲姜钟'

/** Punctuation a junk word is injected in front of. */
export const JUNK_FOLLOWERS = ',，、。.;；!！?？:：'
/**
 * Opening quotes a junk word is also injected in front of (`熱情,骅览“很多路段…`): a word may lead into a
 * quotation, so only a pair of two Simplified-only characters goes there.
 */
export const JUNK_QUOTE_FOLLOWERS = '“「『'

let stWords: string | undefined
/** The two-character STPhrases words, sorted and concatenated (read on first use). */
const loadStWords = (): string => (stWords ??= readText('st-words'))

let stWordIndex: Map<string, true> | undefined
/** True when `pair` (two characters) is a two-character word OpenCC knows; found in the word list, pair by pair. */
export function isOpenccWord(pair: string): boolean {
  stWordIndex ??= new Map()
  const known = stWordIndex.get(pair)
  if (known) return true
  // fixed two-character records: a match must start at a record boundary, so search record by record
  const words = loadStWords()
  for (let i = words.indexOf(pair); i >= 0; i = words.indexOf(pair, i + 1)) {
    if (isRecordStart(words, i)) { stWordIndex.set(pair, true); return true }
  }
  return false
}

/** Record boundaries of a string of two-character words, in code units (astral characters take two). */
let recordStarts: Uint8Array | undefined
function isRecordStart(words: string, at: number): boolean {
  if (!recordStarts) {
    const starts = new Uint8Array(words.length + 1)
    let n = 0
    for (let i = 0; i < words.length; ) {
      if (n % 2 === 0) starts[i] = 1
      const code = words.charCodeAt(i)
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < words.length ? 2 : 1
      n++
    }
    recordStarts = starts
  }
  return recordStarts[at] === 1
}

/** Script classes of characters for scans: Traditional-only, and Simplified-only without the leftovers. */
export const TRADITIONAL_ONLY_BIT = 1
export const SIMPLIFIED_BIT = 2
const LEFTOVER_BIT = 4

interface ScriptBits {
  /** TRADITIONAL_ONLY_BIT / SIMPLIFIED_BIT by BMP code unit (no other bits). */
  bmp: Uint8Array
  /** The same bits for astral characters (rare in text: built on the first question). */
  astral: (c: string) => number
}
let scriptBits: ScriptBits | undefined
let astralBits: Map<string, number> | undefined

/** Set `bit` for every BMP character of `chars` (unless it has a bit of `unless`). */
function markBmp(bmp: Uint8Array, chars: string, bit: number, unless = 0): void {
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) { i++; continue }
    if (!(bmp[code]! & unless)) bmp[code] |= bit
  }
}

/** The same for the astral characters of `chars`. */
function markAstral(map: Map<string, number>, chars: string, bit: number, unless = 0): void {
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i)
    if (code < 0xd800 || code > 0xdbff) continue
    const c = chars.slice(i, i + 2)
    i++
    const old = map.get(c) ?? 0
    if (!(old & unless)) map.set(c, old | bit)
  }
}

/** Script bits of an astral character (two code units). */
function astralScriptBits(c: string): number {
  if (!astralBits) {
    const map = new Map<string, number>()
    const leftovers = CONVERTER_LEFTOVERS + OPENCC_LEFTOVERS
    markAstral(map, TRADITIONAL_ONLY, TRADITIONAL_ONLY_BIT)
    markAstral(map, leftovers, LEFTOVER_BIT)
    markAstral(map, SIMPLIFIED_ONLY, SIMPLIFIED_BIT, LEFTOVER_BIT)
    for (const [k, v] of map) map.set(k, v & ~LEFTOVER_BIT)
    astralBits = map
  }
  return astralBits.get(c) ?? 0
}

/**
 * The script classes as a bitmap over the BMP plus astral lookups: Traditional-only characters, and
 * Simplified-only ones except those converters leave in Traditional text (温, 户, 皇后's 后).
 */
export function getScriptBits(): ScriptBits {
  if (scriptBits) return scriptBits
  const bmp = new Uint8Array(0x10000)
  const leftovers = CONVERTER_LEFTOVERS + OPENCC_LEFTOVERS
  markBmp(bmp, TRADITIONAL_ONLY, TRADITIONAL_ONLY_BIT)
  markBmp(bmp, leftovers, LEFTOVER_BIT)
  // Simplified-only: never Traditional-only (the generator subtracts those), and not a leftover
  markBmp(bmp, SIMPLIFIED_ONLY, SIMPLIFIED_BIT, LEFTOVER_BIT)
  // leave only the two exported bits
  for (let i = 0; i < leftovers.length; i++) bmp[leftovers.charCodeAt(i)] &= ~LEFTOVER_BIT
  scriptBits = { bmp, astral: astralScriptBits }
  return scriptBits
}

/** Script bits of one character (a BMP code unit or an astral pair). */
export function scriptBitsOf(c: string): number {
  return c.length === 1 ? getScriptBits().bmp[c.charCodeAt(0)]! : astralScriptBits(c)
}

let traditionalForms: Map<string, string | undefined> | undefined
/** The first Traditional form of a Simplified character, found in SIMPLIFIED_TO_TRADITIONAL on first ask. */
export function traditionalFormOf(c: string): string | undefined {
  traditionalForms ??= new Map()
  if (traditionalForms.has(c)) return traditionalForms.get(c)
  const pairs = SIMPLIFIED_TO_TRADITIONAL
  let form: string | undefined
  for (let i = pairs.indexOf(c); i >= 0; i = pairs.indexOf(c, i + 1)) {
    // a key starts the string or follows a `|`; a value follows its key
    if (i === 0 || pairs.charCodeAt(i - 1) === 124) {
      const end = pairs.indexOf('|', i)
      form = pairs.slice(i + c.length, end < 0 ? pairs.length : end)
      break
    }
  }
  traditionalForms.set(c, form)
  return form
}
