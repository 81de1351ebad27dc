// HTML → paragraph blocks in reading order, plus the metadata the page declares.
// One cheerio (parse5) load per page and one walk over the tree: the walk emits blocks from the
// visible part and, in the same pass, collects <meta>, <title>, <h1>, <time> and JSON-LD from
// everywhere, including subtrees it drops.
import { createRequire } from 'node:module'
import type { Block, Warning } from '../types.js'
import { makeBlock } from '../options.js'
import { endsInTags, splitTitle } from '../extract/title.js'
import { PREV_NEXT_WORDS } from '../classify/patterns.js'
import { flattenDeepNesting, type FlattenedHtml } from './nesting.js'
import {
  DATE_HINT,
  BLOCK_TAGS,
  BREAKING_DROP_TAGS,
  CJK_CHAR,
  CONTENT_HINT,
  DISPLAY_NONE,
  DROP_ROLES,
  DROP_TAGS,
  FORM_WRAPPER_CHARS,
  HIDDEN_BODY_HINT,
  HIDDEN_CHROME_HINT,
  HIDDEN_STYLE,
  HINT_ACTIONS,
  HINT_WORD_SPLIT,
  INVISIBLE,
  KEYWORD_SPLIT,
  LINE_BREAK_TAGS,
  LINK_ITEM_TAGS,
  MAX_NESTING_DEPTH,
  META_KEYS,
  NO_TEXT_TAGS,
  REVEALED_STYLE,
  SENTENCE_END,
  SPACE_CHAR,
  SPACE_RUN,
  URL_LIKE,
} from './html-patterns.js'

export interface HtmlMeta {
  /** og:title, else h1 (when it matches <title>), else <title> without a ` - site name` / `_site` / `|site` tail. */
  title: string | null
  /** og:site_name, application-name, or the tail cut off <title>. */
  siteName: string | null
  /** Raw value from meta tags (article:published_time, pubdate, …), JSON-LD or <time datetime>. */
  publishedAt: string | null
  /** meta name=author / article:author / itemprop=author (never a URL). */
  author: string | null
  /** meta keywords split on , ， ; 、 and spaces. */
  keywords: string[]
  description: string | null
  /** A platform post's publishing account, where the platform marks it (WeChat's `#js_name`, `.profile_nickname`). */
  account?: string | null
}

export interface ParsedHtml {
  blocks: Block[]
  meta: HtmlMeta
  /** `deep-nesting` when the markup had to be flattened before parsing. */
  warnings: Warning[]
}

/** The part of a domhandler node the walk reads (cheerio's parse5 adapter builds these). */
interface DomNode {
  type: string
  name?: string
  attribs?: Record<string, string>
  data?: string
  children?: DomNode[]
  parent?: DomNode | null
  sourceCodeLocation?: { startLine: number } | null
}

type CheerioLoad = (html: string, options: { sourceCodeLocationInfo: boolean }) => { root(): ArrayLike<DomNode> }

let loadCheerio: CheerioLoad | undefined

/** cheerio is heavy: load it the first time an HTML page arrives, never for text input. */
function cheerioLoad(): CheerioLoad {
  loadCheerio ??= (createRequire(import.meta.url)('cheerio') as { load: CheerioLoad }).load
  return loadCheerio
}

/** Parse an HTML page into paragraph blocks in reading order, with link characters counted per block. */
export function parseHtml(html: string): ParsedHtml {
  // parse5 slows down with depth × tags; a page nested thousands deep would stall a batch.
  const flat = flattenDeepNesting(html)
  const root = cheerioLoad()(flat.html, { sourceCodeLocationInfo: true }).root()[0]
  const walk = newWalk()
  if (root) walkTree(root, walk)
  return { blocks: withoutRepeatedReveals(walk), meta: buildMeta(walk.found), warnings: flat.flattened > 0 ? [deepNestingWarning(flat)] : [] }
}

const deepNestingWarning = (flat: FlattenedHtml): Warning => ({
  code: 'deep-nesting',
  message: `markup nested ${flat.depth} elements deep: ${flat.flattened} tags below depth ${MAX_NESTING_DEPTH} taken out before parsing, their text kept`,
  line: flat.line,
})

// ---------------------------------------------------------------------------------------------
// The walk

/** How the walk treats a subtree: emit its text, emit each link as a block, or only look for metadata. */
type Mode = 'emit' | 'links' | 'skip'

interface Context {
  mode: Mode
  inLink: boolean
  inPre: boolean
  /** Inside an <article>: an <aside> here is the article's pull quote or box. */
  inArticle: boolean
  /** Inside <main>, which holds the article and often its sidebar beside it (`<main><article/><aside/></main>`). */
  inMain: boolean
  /** Inside a table row read as one line (dataRow): its cells are not blocks. */
  inRow: boolean
  inBold: boolean
  /** Inside a hidden element read as the article (hiddenArticle): its number, else 0. */
  revealed: number
}

const VISIBLE: Context = { mode: 'emit', inLink: false, inPre: false, inArticle: false, inMain: false, inRow: false, inBold: false, revealed: 0 }

/** The element a block is named after; `first` until it has produced a block. */
interface Container {
  tag: string
  line: number | null
  first: boolean
  /** Numbered in document order, so blocks can name the elements around them. */
  id: number
}

/** Text gathered for the block being built, with a link flag per piece. */
interface Segment {
  parts: string[]
  links: boolean[]
  line: number | null
  /** Some of its text stands outside <strong>/<b>: not a bold subheading. */
  plain: boolean
  /** Its text lies in a hidden element read as the article (Context.revealed), else 0. */
  revealed: number
}

/** Metadata candidates collected while walking, resolved by buildMeta. */
interface Found {
  meta: Map<string, string>
  title: string | null
  h1s: string[]
  times: { value: string; preferred: boolean }[]
  hintedDates: string[]
  itemDate: string | null
  itemAuthor: string | null
  account: string | null
  ldDate: string | null
  ldAuthor: string | null
  ldHeadline: string | null
}

interface Walk {
  blocks: Block[]
  containers: Container[]
  /** The ids of `containers`, shared by the blocks emitted until a container opens or closes. */
  path: readonly number[] | null
  nextId: number
  segment: Segment | null
  /** An <img> met since the last block was emitted, with no text of the next one yet. */
  imageBefore: boolean
  /** Hidden elements read as the article, numbered from 1. */
  reveals: number
  /** The index of each block emitted from a hidden element read as the article, by that element's number. */
  revealedBlocks: Map<number, number[]>
  found: Found
}

const newWalk = (): Walk => ({
  blocks: [],
  containers: [{ tag: 'body', line: null, first: true, id: 0 }],
  path: null,
  nextId: 1,
  segment: null,
  imageBefore: false,
  reveals: 0,
  revealedBlocks: new Map(),
  found: {
    meta: new Map(),
    title: null,
    h1s: [],
    times: [],
    hintedDates: [],
    itemDate: null,
    itemAuthor: null,
    account: null,
    ldDate: null,
    ldAuthor: null,
    ldHeadline: null,
  },
})

/** A node still to visit, or the end of a block element whose children were all visited. */
type Task = { node: DomNode; ctx: Context } | null

/**
 * Visit the tree depth-first with an explicit stack: old pages nest unclosed tags thousands deep,
 * deeper than the call stack goes.
 */
function walkTree(root: DomNode, walk: Walk): void {
  const stack: Task[] = []
  pushChildren(stack, root, VISIBLE)
  while (stack.length > 0) {
    const task = stack.pop()
    if (task === undefined) break
    if (task === null) {
      flushSegment(walk)
      walk.containers.pop()
      walk.path = null
    } else {
      visitNode(task.node, task.ctx, walk, stack)
    }
  }
  flushSegment(walk)
}

function pushChildren(stack: Task[], node: DomNode, ctx: Context): void {
  const children = node.children ?? []
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, ctx })
}

function visitNode(node: DomNode, ctx: Context, walk: Walk, stack: Task[]): void {
  if (node.type === 'text') {
    if (ctx.mode !== 'skip') addText(node, walk, ctx)
    return
  }
  if (!node.name || !node.attribs) return // comments, doctype, CDATA
  const name = node.name.toLowerCase()
  collectMeta(node, name, walk.found)
  if (ctx.mode === 'skip') return pushChildren(stack, node, ctx)

  const action = elementAction(node, name, ctx)
  if (action === 'drop') {
    // A hidden <span> inside a sentence must not split it; a dropped block ends the line.
    if (BLOCK_TAGS.has(name) || BREAKING_DROP_TAGS.has(name)) flushSegment(walk)
    return pushChildren(stack, node, { ...ctx, mode: 'skip' })
  }
  if (LINE_BREAK_TAGS.has(name)) return flushSegment(walk)
  const revealed = action === 'reveal' ? ++walk.reveals : ctx.revealed
  // An image alone, with no text of a block begun: the next block may be its caption.
  if (name === 'img' && walk.segment === null) walk.imageBefore = true
  const mode: Mode = action === 'links' ? 'links' : ctx.mode
  const inner: Context = {
    mode,
    inLink: ctx.inLink || name === 'a',
    inPre: ctx.inPre || name === 'pre',
    inArticle: ctx.inArticle || name === 'article',
    inMain: ctx.inMain || name === 'main',
    inRow: name === 'tr' ? dataRow(node) : ctx.inRow,
    inBold: ctx.inBold || name === 'strong' || name === 'b',
    revealed,
  }
  // A cell of a row read as one line: a gap before it, no block of its own.
  if (ctx.inRow && (name === 'td' || name === 'th')) {
    if (walk.segment) {
      walk.segment.parts.push(CELL_GAP)
      walk.segment.links.push(false)
    }
    return pushChildren(stack, node, inner)
  }
  // In a related list every headline is its own block, unless an <li> already separates them.
  const linkItem = mode === 'links' && name === 'a' && !LINK_ITEM_TAGS.has(currentContainer(walk).tag)
  if (BLOCK_TAGS.has(name) || linkItem) {
    // A block element: text before it, inside it and after it ends up in separate blocks.
    flushSegment(walk)
    walk.containers.push({ tag: name, line: node.sourceCodeLocation?.startLine ?? null, first: true, id: walk.nextId++ })
    walk.path = null
    stack.push(null)
  }
  pushChildren(stack, node, inner)
}

const currentContainer = (walk: Walk): Container => walk.containers[walk.containers.length - 1]!

function addText(node: DomNode, walk: Walk, ctx: Context): void {
  const data = node.data ?? ''
  if (!data) return
  const startLine = node.sourceCodeLocation?.startLine ?? null
  if (!ctx.inPre) return appendText(walk, data, ctx.inLink, startLine, ctx.inBold, ctx.revealed)
  // Inside <pre> a newline is a line break.
  data.split('\n').forEach((line, i) => {
    if (i > 0) flushSegment(walk)
    appendText(walk, line, ctx.inLink, startLine === null ? null : startLine + i, false, ctx.revealed)
  })
}

function appendText(walk: Walk, text: string, inLink: boolean, startLine: number | null, inBold = false, revealed = 0): void {
  const lead = text.search(/\S/)
  if (walk.segment === null) {
    if (lead < 0) return // whitespace between blocks
    walk.segment = { parts: [], links: [], line: null, plain: false, revealed }
  }
  const segment = walk.segment
  if (!inBold && lead >= 0) segment.plain = true
  if (segment.line === null && lead >= 0) {
    const container = currentContainer(walk)
    // The first block of an element starts where the element does; later ones where their text does.
    const textLine = startLine === null ? null : startLine + countNewlines(text.slice(0, lead))
    segment.line = container.first && container.line !== null ? container.line : textLine
  }
  segment.parts.push(text)
  segment.links.push(inLink)
}

const countNewlines = (s: string): number => s.split('\n').length - 1

// A data table's row is one line, as text dumps print it (`营业收入(亿元) 4009.17 3285.94 22.01%`): one block per
// cell cut an article's table into dozens of fragments that ended the body. A row qualifies when it has two or
// more cells and each is a short run of inline text; a layout table's cells hold paragraphs, lists or tables.
const ROW_CELL_MAX = 40
const ROW_MAX = 200
/** Between the cells of a row read as one line: always one space, even between Han characters. */
export const CELL_GAP = '\u001f'

function dataRow(tr: DomNode): boolean {
  let cells = 0
  let total = 0
  for (const child of tr.children ?? []) {
    if (child.type === 'text') {
      if ((child.data ?? '').trim() !== '') return false
      continue
    }
    const name = child.name?.toLowerCase()
    if (!name) continue
    if (name !== 'td' && name !== 'th') return false
    cells++
    let length = 0
    let inline = true
    forEachDescendant(child, (n) => {
      if (n.type === 'text') length += (n.data ?? '').replace(SPACE_RUN, '').length
      else if (n.name && (BLOCK_TAGS.has(n.name.toLowerCase()) || LINE_BREAK_TAGS.has(n.name.toLowerCase()))) inline = false
      return inline && length <= ROW_CELL_MAX
    })
    total += length
    if (!inline || length > ROW_CELL_MAX || total > ROW_MAX) return false
  }
  return cells >= 2
}

/** Call `visit` on every node under `node`, not into `skip` elements, until it returns false. */
function forEachDescendant(node: DomNode, visit: (n: DomNode) => boolean, skip?: ReadonlySet<string>): void {
  const stack = [...(node.children ?? [])].reverse()
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!visit(n)) return
    if (skip && n.name && skip.has(n.name.toLowerCase())) continue
    const children = n.children ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
}

/** End the block being built and emit it if it holds any text. */
function flushSegment(walk: Walk): void {
  const segment = walk.segment
  walk.segment = null
  if (!segment) return
  const { text, linkChars } = joinParts(segment.parts, segment.links)
  if (!text) return
  const container = currentContainer(walk)
  container.first = false
  // One array for the blocks of one container: flattened markup puts thousands of blocks a thousand deep.
  walk.path ??= walk.containers.map((c) => c.id)
  if (segment.revealed > 0) {
    const indexes = walk.revealedBlocks.get(segment.revealed) ?? []
    indexes.push(walk.blocks.length)
    walk.revealedBlocks.set(segment.revealed, indexes)
  }
  // A bold line under an image is a subheading, not a caption.
  walk.blocks.push(makeBlock(text, segment.line, { tag: container.tag, linkChars, path: walk.path, afterImage: walk.imageBefore && segment.plain }))
  walk.imageBefore = false
}

/**
 * Join text pieces into one line: whitespace runs become one space, none where the source merely
 * wrapped a line between two Han characters inside one piece (one text node), and none at either end
 * (so `&nbsp;` and `　` indentation go). A newline between two pieces sits between two elements
 * (`<span>林溪</span>⏎<span>青梧发布</span>`, a pretty-printed template): a space, as for any element boundary.
 * Link characters are counted on the joined text; a space counts as a link character when links sit on both sides of it.
 * @example joinParts(['中国\n  北京', ' ', '新闻'], [false, false, true]) // → { text: '中国北京 新闻', linkChars: 2 }
 * @example joinParts(['林溪', '\n', '青梧发布'], []) // → { text: '林溪 青梧发布', linkChars: 0 }
 */
export function joinParts(parts: readonly string[], links: readonly boolean[]): { text: string; linkChars: number } {
  let text = ''
  let linkChars = 0
  let lastLink = false
  /** The piece the last text came from: a wrapped line is dropped only between text of one piece. */
  let lastPart = -1
  let space: { newline: boolean; cell: boolean } | null = null
  parts.forEach((part, i) => {
    const isLink = links[i] ?? false
    if (part === CELL_GAP) {
      space = { newline: false, cell: true }
      return
    }
    for (const chunk of part.replace(INVISIBLE, '').split(SPLIT_KEEP_SPACES)) {
      if (!chunk) continue
      if (SPACE_CHAR.test(chunk[0]!)) {
        space = { newline: (space?.newline ?? false) || chunk.includes('\n'), cell: space?.cell ?? false }
        continue
      }
      const wrapped = space !== null && space.newline && !space.cell && lastPart === i && isCjk(lastChar(text)) && isCjk(firstChar(chunk))
      if (space && text && !wrapped) {
        text += ' '
        if (lastLink && isLink) linkChars++
      }
      space = null
      text += chunk
      if (isLink) linkChars += chunk.length
      lastLink = isLink
      lastPart = i
    }
  })
  return { text, linkChars }
}

const SPLIT_KEEP_SPACES = new RegExp(`(${SPACE_RUN.source})`)
const lastChar = (s: string): string => Array.from(s.slice(-2)).pop() ?? ''
const firstChar = (s: string): string => String.fromCodePoint(s.codePointAt(0) ?? 0)
const isCjk = (c: string): boolean => CJK_CHAR.test(c)

// ---------------------------------------------------------------------------------------------
// What to do with an element

/** `reveal`: a hidden element walked as the article (hiddenArticle). */
type Action = 'drop' | 'links' | 'walk' | 'reveal'

function elementAction(node: DomNode, name: string, ctx: Context): Action {
  const attribs = node.attribs ?? {}
  if (DROP_TAGS.has(name)) {
    // An article's own <header> holds its headline and byline, not site chrome; so does a page's
    // <header> with the one <h1> in it (its logo, menu and search box go by their own tags and classes).
    if (name === 'header') return ctx.inArticle || ctx.inMain || holdsHeadline(node) ? 'walk' : 'drop'
    // A sidebar beside the article holds the related and latest headlines, as a `sidebar` class does (one inside the
    // article is a pull quote or a box of its own: dropped); a post's navigation holds the links to the posts before and after.
    // Inside <main> an <aside> beside the <article> is a sidebar only when it lists other pages' headlines: a table of
    // contents (`#` anchors) or an author card with menu links is the blog's furniture, dropped as before.
    if ((name === 'aside' && !ctx.inArticle && (!ctx.inMain || headlineLinks(node))) || (name === 'nav' && postNavigation(node))) return 'links'
    return 'drop'
  }
  if (hiddenBy(attribs) && !hiddenSlide(node, name)) return hiddenArticle(node) ? 'reveal' : 'drop'
  if (name === 'html' || name === 'body') return 'walk'
  if (DROP_ROLES.has((attribs['role'] ?? '').toLowerCase())) return 'drop'
  // ASP.NET pages wrap the whole page in one <form>; only a small form is a search or login box.
  if (name === 'form' && visibleTextLength(node, FORM_WRAPPER_CHARS) <= FORM_WRAPPER_CHARS) return 'drop'
  const hinted: Action = hintAction(`${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`)
  return hinted === 'drop' && postNavigation(node) ? 'links' : hinted
}

const hiddenBy = (attribs: Record<string, string>): boolean => 'hidden' in attribs || HIDDEN_STYLE.test(attribs['style'] ?? '')

/**
 * A carousel's slide or a tab's pane: hidden by `display:none` while a sibling of its tag and class shows
 * (`<div class="slide">` / `<div class="slide" style="display:none">` …). The script shows each in turn: it is the page's.
 * A lone hidden element (a template, a dialog, a honeypot, an ad held back) has no visible twin.
 */
function hiddenSlide(node: DomNode, name: string): boolean {
  const attribs = node.attribs ?? {}
  const cls = (attribs['class'] ?? '').trim()
  if (cls === '' || !DISPLAY_NONE.test(attribs['style'] ?? '')) return false
  for (const sibling of node.parent?.children ?? []) {
    if (sibling === node || sibling.name?.toLowerCase() !== name || !sibling.attribs) continue
    if ((sibling.attribs['class'] ?? '').trim() === cls && !hiddenBy(sibling.attribs)) return true
  }
  return false
}

// A hidden element holding the article: a script reveals it (WeChat serves its body `visibility: hidden`), or a fold
// hides its second half behind 展开全文 (`display:none`). Read when it holds prose and either names itself the article
// or holds a body's worth; a menu, dialog, template, honeypot or ad held back holds short lines and links.
const NAMED_BODY_SENTENCES = 1
const NAMED_BODY_CHARS = 40
const BODY_SENTENCES = 3
const BODY_CHARS = 300
const BODY_LINK_SHARE = 0.25
// A sentence of prose is longer than a label ending in `？` (忘记密码？).
const SENTENCE_CHARS = 12
// Enough text read to judge: the measure stops here.
const PROSE_SCAN_CHARS = 4000

/** A hidden element that is the page's article text, by its name and its prose (never for `font-size:0` anti-copy junk). */
function hiddenArticle(node: DomNode): boolean {
  const attribs = node.attribs ?? {}
  if (!REVEALED_STYLE.test(attribs['style'] ?? '')) return false
  const names = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`
  const words = names.split(HINT_WORD_SPLIT).filter(Boolean)
  if (hintAction(names) !== 'walk' || words.some((w) => HIDDEN_CHROME_HINT.test(w))) return false
  const named = words.some((w) => HIDDEN_BODY_HINT.test(w))
  const prose = measureProse(node)
  if (prose.linkChars > prose.chars * BODY_LINK_SHARE) return false
  return named
    ? prose.sentences >= NAMED_BODY_SENTENCES && prose.chars >= NAMED_BODY_CHARS
    : prose.sentences >= BODY_SENTENCES && prose.chars >= BODY_CHARS
}

/** Text characters, link characters and sentence-ended runs of text under a node (dropped tags aside). */
function measureProse(node: DomNode): { chars: number; linkChars: number; sentences: number } {
  const prose = { chars: 0, linkChars: 0, sentences: 0 }
  forEachDescendant(node, (n) => {
    if (n.type === 'text') {
      const text = (n.data ?? '').replace(SPACE_RUN, '')
      prose.chars += text.length
      if (text.length >= SENTENCE_CHARS && SENTENCE_END.test(text)) prose.sentences++
    } else if (n.name?.toLowerCase() === 'a') {
      prose.linkChars += textOf(n).replace(SPACE_RUN, '').length
    }
    return prose.chars <= PROSE_SCAN_CHARS
  }, DROP_TAGS)
  return prose
}

// A hidden copy of the visible article (a mobile twin of the desktop body, a text-to-speech copy) is not read twice.
const REPEAT_SHARE = 0.5

/** The blocks, less those of a hidden element read as the article whose text the visible blocks already hold. */
function withoutRepeatedReveals(walk: Walk): Block[] {
  if (walk.revealedBlocks.size === 0) return walk.blocks
  const revealed = new Set([...walk.revealedBlocks.values()].flat())
  const visible = walk.blocks.filter((_, i) => !revealed.has(i)).map((b) => compact(b.text)).join('\n')
  const repeated = new Set<number>()
  for (const indexes of walk.revealedBlocks.values()) {
    let total = 0
    let found = 0
    for (const i of indexes) {
      const text = compact(walk.blocks[i]!.text)
      total += text.length
      if (visible.includes(text)) found += text.length
    }
    if (found > total * REPEAT_SHARE) indexes.forEach((i) => repeated.add(i))
  }
  return repeated.size === 0 ? walk.blocks : walk.blocks.filter((_, i) => !repeated.has(i))
}

const PREV_NEXT_LABEL = new RegExp(PREV_NEXT_WORDS.join('|'), 'u')
// Post navigation is two links and their labels: a menu or a footer holding the words is longer.
const POST_NAVIGATION_CHARS = 200

/** A small element (a `<nav>`, a `post-nav` box) holding the links to the previous and next posts. */
function postNavigation(node: DomNode): boolean {
  let text = ''
  forEachText(node, DROP_TAGS, (t) => {
    text += t
    return text.length <= POST_NAVIGATION_CHARS
  })
  return text.length <= POST_NAVIGATION_CHARS && PREV_NEXT_LABEL.test(text)
}

/**
 * The action a class/id value asks for. Each class (or the id) is read on its own: a hint word in
 * it decides (`main-nav` is a menu), and a class that is only a content word (`content`,
 * `article-body`) keeps the element whatever its other classes say.
 * @example hintAction('share-box') // → 'drop'
 * @example hintAction('header gradient') // → 'walk'
 */
export function hintAction(classAndId: string): Action {
  let best: number = HINT_ACTIONS.length
  let content = false
  for (const token of classAndId.split(/\s+/)) {
    const words = token.split(HINT_WORD_SPLIT).filter(Boolean)
    const hit = HINT_ACTIONS.findIndex(({ pattern }) => words.some((w) => pattern.test(w)))
    if (hit >= 0) best = Math.min(best, hit)
    else if (words.some((w) => CONTENT_HINT.test(w))) content = true
  }
  return content ? 'walk' : (HINT_ACTIONS[best]?.action ?? 'walk')
}

// A link that names a headline: long enough for one (menu words like `日志`, `分类` are shorter) and not to a place on the page.
const HEADLINE_LINK_CHARS = 6
const HEADLINE_LINKS_MIN = 2

/** Two or more links to other pages, each headline-long: the node lists headlines. */
function headlineLinks(node: DomNode): boolean {
  let found = 0
  forEachDescendant(node, (n) => {
    const href = n.name?.toLowerCase() === 'a' ? (n.attribs?.['href'] ?? '').trim() : null
    // Dumps often lose the address (`<a>` alone); an in-page anchor (`#…`) or a script is no other page.
    if (href !== null && !href.startsWith('#') && !/^javascript:/iu.test(href) && textOf(n).replace(/\s+/gu, '').length >= HEADLINE_LINK_CHARS) found++
    return found < HEADLINE_LINKS_MIN
  }, DROP_TAGS)
  return found >= HEADLINE_LINKS_MIN
}

/** An `<h1>` somewhere under the node. */
function holdsHeadline(node: DomNode): boolean {
  let found = false
  forEachDescendant(node, (n) => !(found = n.name?.toLowerCase() === 'h1'), DROP_TAGS)
  return found
}

/** Visible text characters under a node, counting stops once past `limit`. */
function visibleTextLength(node: DomNode, limit: number): number {
  let total = 0
  forEachText(node, DROP_TAGS, (text) => {
    total += text.replace(SPACE_RUN, '').length
    return total <= limit
  })
  return total
}

/** Call `visit` on each text node under `node`, skipping `skip` elements, until it returns false. */
function forEachText(node: DomNode, skip: ReadonlySet<string>, visit: (text: string) => boolean): void {
  forEachDescendant(node, (n) => n.type !== 'text' || visit(n.data ?? ''), skip)
}

// ---------------------------------------------------------------------------------------------
// Metadata

/** Plain text of a small subtree (a title, a heading, a byline), whitespace collapsed. */
function textOf(node: DomNode): string {
  const parts: string[] = []
  forEachText(node, NO_TEXT_TAGS, (text) => parts.push(text) > 0)
  return joinParts(parts, []).text
}

/** Remember what an element declares about the page. */
function collectMeta(node: DomNode, name: string, found: Found): void {
  const a = node.attribs ?? {}
  if (name === 'meta') {
    const content = a['content']?.trim()
    if (!content) return
    for (const key of [a['name'], a['property'], a['itemprop'], a['http-equiv']]) {
      const k = key?.trim().toLowerCase()
      if (k && !found.meta.has(k)) found.meta.set(k, content)
    }
    return
  }
  if (name === 'title' && found.title === null) found.title = textOf(node) || null
  else if (name === 'h1') {
    const text = textOf(node)
    if (text) found.h1s.push(text)
  } else if (name === 'time' && a['datetime']?.trim()) {
    found.times.push({ value: a['datetime'].trim(), preferred: 'pubdate' in a || /datepublished/i.test(a['itemprop'] ?? '') })
  } else if (name === 'script' && /ld\+json/i.test(a['type'] ?? '')) {
    readJsonLd(textOf(node), found)
  } else if (DATE_HINT.test(`${a['id'] ?? ''} ${a['class'] ?? ''}`)) {
    // `<span id="pubtime">2022年02月13日</span>`: a date element named as one, the last resort.
    const text = textOf(node)
    if (text && text.length <= 40 && /(?:19|20)\d\d/.test(text)) found.hintedDates.push(text)
  }
  const itemprop = (a['itemprop'] ?? '').toLowerCase()
  if (itemprop === 'datepublished' && found.itemDate === null) {
    found.itemDate = (a['content'] ?? a['datetime'] ?? textOf(node)).trim() || null
  } else if ((itemprop === 'author' || AUTHOR_REL.test(a['rel'] ?? '') || BYLINE_CLASS.test(a['class'] ?? '')) && found.itemAuthor === null) {
    // `<a rel="author">阿凯</a>`, `<span class="author vcard">` (WordPress and most blog engines mark the byline so).
    const text = (a['content'] ?? textOf(node)).trim()
    found.itemAuthor = text && text.length <= AUTHOR_TEXT_MAX ? text : null
  }
  if (found.account === null && (a['id'] === 'js_name' || ACCOUNT_CLASS.test(a['class'] ?? ''))) {
    const text = textOf(node).trim()
    found.account = text && text.length <= AUTHOR_TEXT_MAX ? text : null
  }
}
// The element a platform names the publishing account in: WeChat's `<a id="js_name">` and its card's `profile_nickname`.
const ACCOUNT_CLASS = /(?:^|\s)profile_nickname(?:\s|$)/u
// A byline element by its rel or class token: `<a rel="author">`, `<span class="author vcard">`, `<div class="byline">`
// (a token of its own, not `comment-author`).
const AUTHOR_REL = /(?:^|\s)author(?:\s|$)/iu
const BYLINE_CLASS = /(?:^|\s)(?:author|byline)(?:\s|$)/iu
// A byline element holds a name and perhaps its label, not a paragraph.
const AUTHOR_TEXT_MAX = 30

/** Pick datePublished, author and headline out of a JSON-LD script; malformed JSON is ignored. */
function readJsonLd(json: string, found: Found): void {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return
  }
  const items: unknown[] = Array.isArray(data) ? data : [data]
  for (const item of items) {
    if (!item || typeof item !== 'object') continue
    const graph = (item as Record<string, unknown>)['@graph']
    const nodes = Array.isArray(graph) ? graph : [item]
    for (const n of nodes) {
      if (!n || typeof n !== 'object') continue
      const o = n as Record<string, unknown>
      found.ldDate ??= asString(o['datePublished'])
      found.ldHeadline ??= asString(o['headline'])
      found.ldAuthor ??= personName(o['author'])
    }
  }
}

const asString = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

function personName(v: unknown): string | null {
  const first = Array.isArray(v) ? v[0] : v
  if (typeof first === 'string') return asString(first)
  if (first && typeof first === 'object') return asString((first as Record<string, unknown>)['name'])
  return null
}

function buildMeta(found: Found): HtmlMeta {
  const lookup = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const v = found.meta.get(k)
      if (v) return collapse(v)
    }
    return null
  }
  const cut = found.title ? splitTitle(found.title) : { head: null, tail: null }
  const h1 = found.title ? headlineH1(found.h1s, found.title, cut.tail) : null
  const time = found.times.find((t) => t.preferred) ?? found.times[0]
  const authors = [lookup(META_KEYS.author), found.itemAuthor, found.ldAuthor]
  return {
    title: withoutTail(lookup(META_KEYS.title), cut.tail) ?? h1 ?? found.ldHeadline ?? cut.head,
    siteName: lookup(META_KEYS.siteName) ?? (found.title && endsInTags(found.title) ? null : cut.tail),
    publishedAt: lookup(META_KEYS.publishedAt) ?? found.itemDate ?? found.ldDate ?? time?.value ?? found.hintedDates[0] ?? null,
    author: authors.find((v): v is string => !!v && !URL_LIKE.test(v)) ?? null,
    keywords: splitKeywords(lookup(META_KEYS.keywords)),
    description: lookup(META_KEYS.description),
    account: found.account,
  }
}

const collapse = (s: string): string => s.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim()
const compact = (s: string): string => s.replace(SPACE_RUN, '')

/**
 * The <h1> that is the headline: the <title> (site tail aside) contains it. The longest such
 * wins, since a logo or channel <h1> is a short part of the title too.
 */
function headlineH1(h1s: readonly string[], title: string, tail: string | null): string | null {
  let t = compact(title)
  if (tail && t.endsWith(compact(tail))) t = t.slice(0, t.length - compact(tail).length)
  let best: string | null = null
  for (const h of h1s) {
    const c = compact(h)
    if (c.length >= 2 && t.includes(c) && c.length > compact(best ?? '').length) best = h
  }
  return best
}

/** og:title often repeats the site tail of <title>; cut it the same way. */
function withoutTail(title: string | null, tail: string | null): string | null {
  if (!title || !tail) return title
  const cut = splitTitle(title)
  return cut.tail === tail && cut.head ? cut.head : title
}

/**
 * Split a keywords value into distinct words.
 * @example splitKeywords('两会，人大、政协;经济') // → ['两会', '人大', '政协', '经济']
 */
export function splitKeywords(value: string | null): string[] {
  if (!value) return []
  return [...new Set(value.split(KEYWORD_SPLIT).filter(Boolean))]
}
