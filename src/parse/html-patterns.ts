// Tables for parse/html.ts, parse/detect.ts and parse/nesting.ts: data only, no logic.

/** Elements whose whole subtree never holds article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template',
  'nav', 'header', 'footer', 'aside', 'select', 'option', 'button', 'input', 'textarea', 'svg',
  'math', 'canvas', 'map', 'head', 'title', 'link', 'meta',
])

/** Dropped elements that also end the line they sit in (inline ones like a hidden <span> do not). */
export const BREAKING_DROP_TAGS: ReadonlySet<string> = new Set([
  'nav', 'header', 'footer', 'aside', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template',
  'textarea', 'select', 'canvas', 'map', 'head', 'title',
])

/** Elements that start a block of their own; the block is tagged with them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt',
  'section', 'article', 'tr', 'caption', 'figcaption', 'address', 'center', 'body', 'main',
  'table', 'tbody', 'thead', 'tfoot', 'ul', 'ol', 'dl', 'form', 'fieldset', 'figure', 'hr',
  'header', 'legend', 'summary', 'details',
])

/** Elements that end the current line inside a block. */
export const LINE_BREAK_TAGS: ReadonlySet<string> = new Set(['br'])

/** Inside a related list, these containers already keep each headline apart; elsewhere an <a> does. */
export const LINK_ITEM_TAGS: ReadonlySet<string> = new Set(['li', 'dd', 'dt', 'td', 'th', 'tr', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Elements whose text is never part of a title or byline read for metadata. */
export const NO_TEXT_TAGS: ReadonlySet<string> = new Set(['style'])

/**
 * What to do with an element whose class/id/role names it, first match wins. Each pattern is
 * tested against one word of a class or id (split on `-`, `_`, spaces and camelCase humps), so
 * `ad` matches `ad-box` and `share_top` but never `head`, `load` or `gradient`.
 * Utility-class words (`position-relative`, `border-bottom`, `overflow-hidden`) are left out on
 * purpose: CSS frameworks put them on article wrappers.
 * `links` keeps the element but emits each of its links as a block, because the related-headline
 * list is output separately downstream.
 */
export const HINT_ACTIONS: readonly { kind: string; pattern: RegExp; action: 'drop' | 'links' }[] = [
  { kind: 'related', pattern: /^(?:related|relate|recommends?|recommended|recommendation|reco|recom|xgxw|xgyd|tuijian|more(?:news|links?)|readmore|hot(?:news|list))$/i, action: 'links' },
  { kind: 'ad', pattern: /^(?:ads?|adv|advert|adverts|advertise|advertisement|advertising|adsense|adsbygoogle|adbox|adwrap|sponsor(?:ed|s)?|promo|promotion|guanggao|gg)$/i, action: 'drop' },
  { kind: 'share', pattern: /^(?:share|sharing|sharebar|social|bdshare|jiathis|fenxiang)$/i, action: 'drop' },
  { kind: 'comment', pattern: /^(?:comments?|commentlist|disqus|pinglun)$/i, action: 'drop' },
  { kind: 'footer', pattern: /^(?:footer|foot|copyright|copyrights|banquan)$/i, action: 'drop' },
  { kind: 'breadcrumb', pattern: /^(?:breadcrumbs?|crumbs?|weizhi|daohang)$/i, action: 'drop' },
  // Sidebars hold the related and latest headlines: kept as links, never body (link density).
  { kind: 'sidebar', pattern: /^(?:sidebar|side|aside|sidenav|rightbar|leftbar|widget)$/i, action: 'links' },
  { kind: 'nav', pattern: /^(?:nav|navbar|navigation|topnav|subnav|mainnav|menu|menus|menubar|submenu|topbar|toolbar|skip|pagination|pager)$/i, action: 'drop' },
  { kind: 'login', pattern: /^(?:login|logon|signin|signup|register|userbar|userinfo)$/i, action: 'drop' },
]

/** ARIA roles that mark page chrome whatever the class names say. */
export const DROP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert',
])

/**
 * A class/id word that says "this is the article": such an element is never dropped by a hint,
 * since content wrappers are often called `content-comment-wrap` or `main-share`.
 */
export const CONTENT_HINT = /^(?:article|content|contents|main|body|text|post|story|entry|detail|zhengwen|news_?content)$/i

/** Splits a class or id into the words HINT_ACTIONS is tested on. */
export const HINT_WORD_SPLIT = /[\s_\-.:]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/

/** Inline styles that hide an element (anti-copy junk is often hidden this way). */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:;|$))/i

/** The style a carousel's or a tab bar's script hides its other slides or panes with. */
export const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none/i

/** The styles a script lifts to reveal what it hid (a WeChat body served `visibility: hidden`, a fold's second half). */
export const REVEALED_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

/** A class/id word naming the article's text (`js_content`, `rich_media_content`, `article-body`, `post-content`): hidden, it is still read when it holds prose. */
export const HIDDEN_BODY_HINT = /^(?:article|articles|content|contents|post|story|entry|zhengwen|wenzhang|neirong)$/i

/** A class/id word naming something a page shows on demand, not its article: a dialog, a popup, a tooltip, a reply box. */
export const HIDDEN_CHROME_HINT = /^(?:modal|dialog|popup|pop|popover|layer|mask|overlay|toast|tip|tips|tooltip|alert|dropdown|reply|msg|message|tpl|template|toolbar|tool|tools)$/i

/** Sentence-ending marks: a text run ending in one (a closing quote or bracket may follow) is a sentence of prose. */
export const SENTENCE_END = /[。！？!?][”"’」』）)]?\s*$/u

/** A form wrapping more visible text than this is a page wrapper (ASP.NET), not a search box. */
export const FORM_WRAPPER_CHARS = 200

/** Whitespace a page uses for layout: ASCII, no-break and ideographic spaces. */
export const SPACE_RUN = /[\s\u00a0\u3000]+/g
export const SPACE_CHAR = /[\s\u00a0\u3000]/

/** Invisible marks (zero-width spaces and joiners, word joiner, BOM, soft hyphen): anti-copy jammers put them inside words and numbers (`2​027年`), so they go, not become spaces. */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

/** Characters across which a source newline is not a word space (Han, kana, fullwidth punctuation). */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u

/** Meta keys (name / property / itemprop, lower-cased) in priority order, per field. */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'headline'],
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher'],
  publishedAt: [
    'article:published_time', 'og:article:published_time', 'article:published', 'pubdate', 'publishdate',
    'publish_date', 'publish-date', 'publishtime', 'publish_time', 'publicationdate', 'publication_date',
    'og:release_date', 'datepublished', 'firstpublishedtime', 'weibo:article:create_at', 'sailthru.date',
    'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'createdate', 'creationdate',
  ],
  author: ['author', 'article:author', 'og:article:author', 'dc.creator', 'byl', 'twitter:creator', 'sailthru.author'],
  keywords: ['keywords', 'news_keywords', 'article:tag'],
  description: ['description', 'og:description', 'twitter:description', 'dc.description'],
} as const

/** An id or class naming a date element: `pubtime`, `paperdate`, `post-date`, `article_time`. */
export const DATE_HINT = /(?:^|[\s_-])(?:pub|publish|published|post|paper|news|article|release)?[_-]?(?:date|time|pubdate|pubtime|datetime)(?:$|[\s_-])/i

/** Meta keywords are separated by any of these. */
export const KEYWORD_SPLIT = /[,，;；、|｜\s]+/

/** An author value that is really a profile link. */
export const URL_LIKE = /^(?:https?:)?\/\/|^www\./i

/** Elements that mark a page as HTML wherever they appear near the start. */
export const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i
export const HTML_ROOT_TAG = /<(?:html|head|body)[\s>]|<!doctype\s+html/i

/** Real tags counted by looksLikeHtml; a stray `<br/>` alone does not make a page. */
export const HTML_TAG = /<(\/?)(p|div|br|a|td|tr|table|span|li|ul|h[1-6]|font|b|strong|img|meta|title|script|style)\b([^<>]{0,400})>/gi

/**
 * Tags a CMS leaves inside article text, escaped or not (`<p>`, `<br>`, `<span style=…>`): a text dump holding only
 * these is HTML only when most of its lines carry one. A page's own markup has structure (div, table, li, meta, title).
 */
export const TEXT_INLINE_TAGS: ReadonlySet<string> = new Set(['p', 'br', 'span', 'b', 'strong', 'font', 'img', 'a'])

/** How much of the input looksLikeHtml reads, and how many real tags it wants to see there. */
export const DETECT_SAMPLE_CHARS = 8192
export const DETECT_MIN_TAGS = 4
export const DETECT_MIN_TAG_NAMES = 2

// Tables for parse/nesting.ts: which tags make the parser's stack of open elements deeper.

/**
 * Deeper than this, markup is flattened before parsing. parse5 checks the stack of open elements
 * at most start tags (is a `<p>` open in button scope?) by walking it to the first scope boundary,
 * so a page costs tags × depth: 40,000 nested `<div>`s (0.4 MB) took 11 s, 200,000 would take
 * minutes. News pages nest a few dozen deep (the CWCED dev pages and fixtures at most 26 by this
 * count, 31 as parsed); 1,000 leaves room for old pages that leave hundreds of tags open, and caps
 * what depth adds to a tag at about 10 µs (16 µs a tag 1,000 deep, 7 µs 10 deep).
 */
export const MAX_NESTING_DEPTH = 1000

/** Elements with no content: they never hold the tags after them. */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
])

/**
 * Elements the parser closes by itself when the next one opens or their parent ends (`<p>`, `<li>`,
 * `<td>`, a second `<a>` or `<form>`, a heading right after a heading): left open by the thousand, as
 * old pages do, they still do not pile up. Left out of the depth count.
 */
export const AUTO_CLOSED_TAGS: ReadonlySet<string> = new Set([
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead',
  'tbody', 'tfoot', 'caption', 'colgroup', 'rb', 'rt', 'rp', 'rtc', 'a', 'nobr', 'button', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
])

/** Elements whose content is text up to their end tag (cheerio parses with scripting on: `<noscript>` too). */
export const RAW_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript',
])

/** After this tag everything is text. */
export const PLAINTEXT_TAG = 'plaintext'

/** SVG and MathML: inside them `<path/>` closes itself, as it does not in HTML (`<div/>` opens a div). */
export const FOREIGN_TAGS: ReadonlySet<string> = new Set(['svg', 'math'])
