import type { Options } from '../options.js'
import type { Block, BlockKind } from '../types.js'
import { measure, proseWeight, type Features } from './features.js'
import { RULES, datedHeadline, firstMatch, ruleId, ruleTables, sceneCaption, type Rule } from './rules.js'
import { MIN_TITLE_CHARS, TITLE_FIELD, TITLE_LABEL_ALONE, headlineKey, stripTitleTail, withoutTitleLabel } from '../extract/title.js'
import { findDate, timeOfDay } from '../extract/dates.js'
import { lettersAndDigits } from '../letters.js'
import { articleContainer } from './container.js'
import { codeBlocks } from './code.js'
import { FEED_ITEM, feedItems } from './feed.js'
import { BOX_FIELD, BOX_HEADING, BOX_TOPIC_HEADING, CARD_BADGES, CARD_DISMISS, CARD_SOURCE, READERS_ALSO_HEADING, CATEGORY_COUNT, FILE_NAME_END, FOLLOW_BUTTON, FORUM_POSTER, LIST_HEADER, POSTED_UNNAMED, POSTER_HANDLE, PROFILE_LABEL, QUANTITY, ROLE_UNDER_NAME, SCHEDULE_HEADING, DATA_ROWS, SCORE_VERBS, SERVICE_LINK_END, SERVICE_LINK_HAN_MAX, POSTED_WORDS_ONLY, SMALL_BOX_HEADINGS, SMALL_BOX_LINES, WIDGET_HEADINGS, WIRE_LEDE } from './patterns.js'
import { listContinuation, listItem, structuredLines } from './lists.js'
import { SECTION_LINE_MAX, continuedSections, noticeClose, quotedNoticeCloses, tableAmidProse } from './notice.js'

/** Layout decisions, recorded like rules so every block carries a reason. */
export const LAYOUT_RULES = {
  body: { id: 'CP501', name: 'body-region', description: 'Inside the densest run of prose: the article body.' },
  wrapped: { id: 'CP507', name: 'wrapped-lead', description: 'The first line of a hard-wrapped paragraph: as wide as the wrapped lines that open the body.' },
  lede: { id: 'CP509', name: 'wire-lede', description: 'The line just above the body that opens with its paper or wire (`本报讯`, `南方网讯 …`, `新华网北京3月5日电`): the first line of the article.' },
  label: { id: 'CP508', name: 'label-lead', description: 'A short line ending in a colon just above the body (`一、培养目标:`, `编者按:`): it introduces the text below; an empty field of the meta grid (`点击数：`, `摄影：`) does not.' },
  list: { id: 'CP510', name: 'list-continued', description: 'A numbered item just outside the body whose number carries on the list the body opens or ends with (`1.` `2.` above a body that opens at `3.`).' },
  notice: { id: 'CP512', name: 'notice-close', description: 'Right below the body: a notice\'s attachment list (`附件:1.…`) or table (cells one per line, values recurring down a column), a table closing the article (its caption `…监测表（单位：元/公斤）`, a header row of words, rows of measured values) and its signature (the issuer, then the date alone on a line). Inside the body, a quoted notice\'s close under `特此公告。` with the article going on below it: its contact lines (`联系电话：…`) and its signature\'s date; and a table the body introduces (`具体标准如下：`) with its prose going on below it: its cells one per line, a header row of words over rows as wide of measured values (`10万元以下` / `2000元` / `3000元`).' },
  hook: { id: 'CP513', name: 'hook-lead', description: 'A short exclamation or question between the metadata and the body (`好消息来了！`, `你每天坐公交吗？`): the article\'s first line.' },
  introduced: { id: 'CP514', name: 'introduced-lines', description: 'A label ending in a colon right below the body (`新线路如下：`) and the short lines under it, up to a paragraph stranded below them: the list the label introduces.' },
  closingLine: { id: 'CP515', name: 'closing-line', description: 'A short exclamation or question right below the body with a page part (a related header, a footer) or the page\'s end after it (`让我们拭目以待！`): the article\'s last line.' },
  box: { id: 'CP516', name: 'inline-box', description: 'A related header inside the article with a few short items under it and the article going on below (`相关专题` / `·…` / `·…`): a box set into the text, not the article\'s end; the items are chrome.' },
  sections: { id: 'CP518', name: 'notice-sections', description: 'Right below the body: section headings whose number carries on a heading inside it (`四、报名方式` in the body, `五、联系方式` below), each with its few short lines (contact fields too): the notice\'s last sections.' },
  splitLead: { id: 'CP524', name: 'split-lead', description: 'Text dumps: the short pieces right above the run with no blank line between them and it, none closing a sentence or a headline (`记者从` / `海关总署` / `获悉，…我国` / `新能源汽车`): a dump that prints each text node on its own line split the first paragraph at its links.' },
  summaryItems: { id: 'CP523', name: 'summary-items', description: 'The short sentences opening the prose run right under a summary\'s header (`AI摘要 内容由AI生成，仅供参考`, `核心提示：`), up to the first longer paragraph: the box\'s items, not the article.' },
  timeBelowDate: { id: 'CP522', name: 'time-below-date', description: 'A time of day alone on the line right under a date line (`2017年5月12日（星期五）` / `香港时间15时30分`): the date\'s time, not a headline.' },
  imageCaption: { id: 'CP521', name: 'image-caption', description: 'HTML: in the body, a short line (one sentence, no label, no heading; not a question or exclamation with a sentence after it) right under an image standing alone: the image\'s caption.' },
  dek: { id: 'CP520', name: 'standfirst', description: 'The one paragraph opening the prose run with the metadata right under it and the article below: the standfirst summing the article up, not its text.' },
  next: { id: 'CP517', name: 'next-article', description: 'Inside the run, a headline with a news date line right under it (a time of day, or a labelled source or author) starts another article the page ran on: the body ends above it.' },
  stranded: { id: 'CP506', name: 'stranded-prose', description: 'A paragraph cut off from the body by a short inline list (an ad box, a link strip) with nothing else between; a stanza between them (short lines that each end a sentence) goes with it, and so does a labelled list of amounts (`【用料】` / `面粉 500克` / `盐 适量`). Below the body, never past a short line naming the comments (`评论(38)`).' },
  container: { id: 'CP505', name: 'article-element', description: 'HTML: outside the prose run but inside the element that holds all of its prose; never below an end mark, nor a credit or signature line (`（南屿海关 供稿）`, `（宣教部 马丽华）`); nor, as a text dump\'s edges leave them out, a banner framed by pictographs above the run (`☀️高温预警☀️`), a dashed subtitle right under the title (`——访…`), a press release\'s contact block below it (`传媒查询` and what follows).' },
  before: { id: 'CP502', name: 'before-body', description: 'Above the article and neither title nor metadata: page chrome.' },
  after: { id: 'CP503', name: 'after-body', description: 'Below the article and not a headline list: page chrome.' },
  comments: { id: 'CP511', name: 'comment-section', description: 'Below a comment header and above any related header or a box\'s own heading (`直播回顾`, `…排行榜`): readers\' comments and their dates, not related headlines.' },
  sideNews: { id: 'CP525', name: 'side-news-list', description: 'Above the title, a side column\'s news list the page prints before the article: under a heading naming news (`检察要闻`, `最新消息`, `最新公告`, `今日要闻`) or ranking the most read (`新闻排行`, `点击排行榜`, `热门文章`), three or more lines the layout left undecided, each a headline of news prose (eight or more Han characters, no sentence end, exclamation or question) with its bullet, glued date or date line under it (`…推进会06-15`, `‧…` / `(2016/08/02)`); never under a box that sells (`热点推荐`, `图片新闻`), nor when any of its lines is a teaser (`(组图)`, `内幕`, `发送…到`, a price): related headlines.' },
  related: { id: 'CP402', name: 'headline-list', description: 'A run of headline-shaped lines below the article: related headlines (right under a related header also shorter ones, four or more Han characters and no sentence end: `熱門點閱` / `颱風假怎放`, unless more short lines follow them, a menu\'s); what a list prints under each headline does not end it and stays out of the items: its date, clock or video length, an outlet and date, a date and count (`2006-03-02`, `01:30`, `新华网 2023-05-12 10:20`, `2026-01-12评论 36`), a card\'s one-line summary above its time, a card\'s summary cut off with an ellipsis under each of its headlines (`会议总结了…，部署…任务……`), or under the writer\'s name under each (`林深` / `说到加装电梯，………`), and in a list of such cards a line in the summary\'s place cut off with no ellipsis (`专家认为，…完善服务和管理技术`), except under a line naming the comments (`评论（12）`); between two items, a headline quoting a sentence (`…老人们说：“这下热闹了，村子又有了盼头。”`) is one; never a category with its count (`茶叶市场 (45)`) nor the lines under a sidebar widget\'s heading that names no headlines (分类目录, 文章归档, 标签, 友情链接), nor the few lines (four) of a small box of no headlines under its heading: a poll (`网上调查` / `您所在的小区积水严重吗？` / `严重 一般 没有`), the columns a post was filed in (`文章被以下专栏收录` / the column\'s name and blurb), nor a schedule\'s rows under its heading (`今日节目单` / `18:30 东江新闻`), nor two or more rows of a data box under any heading: a programme after its time, a score between two names, a rank, a name and a record (`07:00 东江早新闻`, `东州猛虎 98-96 江城飞鹰`, `1 北港海狮 15-3`); a table of contents under its header (`本期目录`), a writer\'s name under each headline (`河流下游` / `王一舟` / `冬天的信` / `苏晓` …), takes its headlines, short as they are, and leaves the names out, nor, right under the body with no header, date or bullet, a line or two that retell it (most of their Han pairs are the body\'s), its pictures\' captions, nor a subscription box\'s or a contact block\'s field (`定价：15元`, `投稿邮箱：…@163.com`, `电话：0523-86321234`); a card\'s furniture between its items (a video length, a play count, a type badge `图文`, a dismiss button `不喜欢`/`×`, the account beside a count) does not end it; in a list whose items share a bullet, an unbulleted line ending in 专题/专栏 is the box\'s heading, no item. Right under a related header, a headline with one whole sentence under it, two or more such pairs in a row (`我们如何把客户端崩溃率降到万分之三` / `记录一次为期三个月的稳定性专项，从崩溃日志聚类讲起。`), is a list of cards: the sentences are the cards\' deks, no items and no end of the list (one pair is none). Once a list under a related header was taken, a later box under a short heading of its own that is no related header, all its lines the site\'s service links (eight Han characters at most, ending in 预报, 天气, 查询, 服务, 指南, 时刻, 热线 …: `天气预报` / `全省城市天气预报` / `未来三天天气`), is a side column\'s, not more of the list; a later box of headlines under any heading (`劳模风采`, `24小时热榜`) still is.' },
  title: { id: 'CP601', name: 'title', description: 'The headline above the metadata lines (above a deck when the line over the deck repeats the page title), or the page title without its site tail.' },
  noBody: { id: 'CP504', name: 'no-prose', description: 'The page has no prose at all; nothing could be taken as body.' },
  gallery: { id: 'CP527', name: 'gallery-captions', description: 'A photo gallery whose captions are the article: three or more captions, each under a slide counter (`1/12`, `2/12` …: one total, the numbers counting up), with more text than the page\'s prose; the captions are body, the counters chrome.' },
  verse: { id: 'CP528', name: 'verse-lines', description: 'A page with no prose: eight or more short lines of Han words, none a link, between the metadata and the article\'s end (`责任编辑`, a share bar, the copyright), with a poem\'s marks (a stanza marker `◎犁`/`＊`, commas inside lines, lines split by `<br>` in one paragraph): the poem is the body, a line to a paragraph.' },
  sectionNumber: { id: 'CP526', name: 'section-number', description: 'In the body, a number alone on its line (`01`, `Part 2`, `NO.3`) right above a short heading, the numbers counting on through the body: a post\'s decoration over its subheads, not text.' },
} as const

type LayoutRule = (typeof LAYOUT_RULES)[keyof typeof LAYOUT_RULES]

const label = (rule: Rule | LayoutRule): string => `${rule.id} ${rule.name}`

/** Weight of one block in the search for the body: prose counts by its length, everything else against. */
function bodyWeight(f: Features, hit: Rule | undefined, box: boolean): number {
  if (hit && WALLS.has(hit.id) && !box) return -WALL
  if (hit && hit.kind !== 'related') return -25
  if (hit) return -15
  const prose = proseWeight(f)
  if (prose > 0) return prose * f.length
  if (f.linkDensity > 0.5) return -Math.max(10, f.length)
  return -SHORT_PENALTY
}

// Local rules the layout reads by id.
const RELATED_HEADING_ID = ruleId('related-heading')
const RELATED_HEADING_RULE = RULES.find((rule) => rule.id === RELATED_HEADING_ID)!
// The longest line READERS_ALSO_HEADING is tried on, as the related-heading rule's own limit.
const READERS_ALSO_MAX = 16
const COUNTER_ID = ruleId('counter')
const COMMENTS_ID = ruleId('comments')
const META_LINE_ID = ruleId('meta-line')
const DATE_LINE_ID = ruleId('date-line')
const CAPTION_ID = ruleId('caption')
const SUMMARY_ID = ruleId('summary')
const COOKIE_NOTICE_ID = ruleId('cookie-notice')
// `香港时间15时30分`, `北京时间 下午3:30`.
const TIME_LINE_MAX = 16
const BYLINE_ID = ruleId('byline')
const PROMPT_ID = ruleId('prompt')
const LONE_MARK_ID = ruleId('fragment')
// Local rules a line of code may trip without being what they look for.
const CODE_YIELDS = new Set(['nav-list', 'fragment', 'ui-words', 'site-name'].map(ruleId))

// Comment and related-list headers and a post's action bar end an article: the body never reaches across one
// unless the prose beyond it outweighs this.
const WALLS = new Set([RELATED_HEADING_ID, COMMENTS_ID, ruleId('action-bar')])
const WALL = 400
// Copyright and site-footer lines end the page: no stranded paragraph is looked for beyond one.
const PAGE_FOOT = new Set([ruleId('copyright'), ruleId('site-footer')])
// Lines only a page has, not an article: an HTML element holding one wraps the page (headers of related
// lists and comments, copyright and footer lines, breadcrumbs, previous/next links, disclaimers).
const PAGE_PARTS = new Set([...WALLS, ...PAGE_FOOT, ...['breadcrumb', 'ui-words', 'prev-next', 'disclaimer', 'dated-headline', 'hashtags'].map(ruleId)])

// A short line costs little (a subheading inside an article), but each further one in a row costs
// more: a long run of short lines is a menu or a footer, and the body should not bridge it.
const SHORT_PENALTY = 6
const MAX_PENALTY = 40
const LIST_PENALTY = 3

/**
 * Grow the penalty of consecutive non-prose blocks: -6, -12, -18 … down to -40 each. Items of a
 * numbered list (`1.` `2.` `3.` in one style) and rows of a table cost a flat LIST_PENALTY and do
 * not grow it: no menu numbers itself or measures, and an article's list is as cheap to bridge as
 * a subheading.
 */
function escalate(weights: number[], listed: readonly boolean[]): number[] {
  let run = 0
  return weights.map((w, i) => {
    if (w > 0) {
      run = 0
      return w
    }
    // Free to bridge (a code block's lines): no penalty, and the run of short lines is not broken.
    if (w === 0) return 0
    if (listed[i] && w === -SHORT_PENALTY) return -LIST_PENALTY
    run++
    return Math.min(w, -Math.min(MAX_PENALTY, SHORT_PENALTY * run))
  })
}

// An inline box: a related header, at most BOX_ITEMS short items, then the article going on (BOX_PROSE paragraphs
// within BOX_REACH blocks). A related list at the article's end has headlines, a footer or nothing after it.
const BOX_ITEMS = 4
const BOX_ITEM_MAX = 40
const BOX_PROSE = 2
const BOX_REACH = 3
const BOX_PROSE_MIN = 30

/** Related headers that open an inline box (header index → index of its last item). */
function inlineBoxes(features: Features[], hits: (Rule | undefined)[]): Map<number, number> {
  const boxes = new Map<number, number>()
  const prose = (k: number): boolean => k < features.length && !hits[k] && proseWeight(features[k]!) >= 1 && features[k]!.length >= BOX_PROSE_MIN
  for (let h = 0; h < hits.length; h++) {
    if (hits[h]?.id !== RELATED_HEADING_ID) continue
    let i = h + 1
    while (i < features.length && i - h <= BOX_ITEMS && !prose(i) && hits[i]?.kind !== 'meta' && !WALLS.has(hits[i]?.id ?? '') &&
      features[i]!.length <= BOX_ITEM_MAX && features[i]!.stops === 0) i++
    if (i === h + 1 || !prose(i)) continue
    let found = 0
    for (let k = i; k < Math.min(features.length, i + BOX_REACH); k++) if (prose(k)) found++
    if (found >= BOX_PROSE) boxes.set(h, i - 1)
  }
  return boxes
}

// How many blocks on each side of a footer-like line must be plain article lines for it to be the article's.
const FOOTER_CLEARANCE = 3

/** Block i has FOOTER_CLEARANCE blocks of the run on each side, none of them decided by a local rule. */
function amidProse(hits: (Rule | undefined)[], i: number, start: number, end: number): boolean {
  if (i - FOOTER_CLEARANCE < start || i + FOOTER_CLEARANCE > end) return false
  for (let k = i - FOOTER_CLEARANCE; k <= i + FOOTER_CLEARANCE; k++) if (k !== i && hits[k]) return false
  return true
}

/** Block i stands inside the run with an undecided paragraph right above and right below it. */
const betweenParagraphs = (features: Features[], hits: (Rule | undefined)[], i: number, start: number, end: number): boolean =>
  i > start && i < end && [i - 1, i + 1].every((k) => !hits[k] && proseWeight(features[k]!) >= 1)

// A digest's subhead: one word in black brackets alone on its line (`【本地】`, `【天气】`).
const BRACKETED_LABEL = /^\s*【\p{Script=Han}{2,4}】\s*$/u
const SECTION_LABEL_ID = ruleId('section-label')

/**
 * Channel names a digest uses as subheads (`【本地】`, `【国内】`) between its paragraphs: inside the run, with a
 * paragraph right above and below, when another label of that form inside the run is no channel name (`【天气】`).
 */
function bracketedSubheads(keys: readonly string[], features: Features[], hits: (Rule | undefined)[], start: number, end: number): Set<number> {
  const found = new Set<number>()
  let kept = false
  for (let i = start; i <= end; i++) {
    // Every such label opens with 【: most lines are not searched.
    if (!keys[i]!.includes('【') || !BRACKETED_LABEL.test(keys[i]!)) continue
    if (!hits[i]) kept = true
    else if (hits[i]!.id === SECTION_LABEL_ID && betweenParagraphs(features, hits, i, start, end)) found.add(i)
  }
  return kept ? found : new Set()
}

// A gallery's slide counter alone on its line (keys are NFKC): `1/12`, `3 / 12`.
const SLIDE_COUNTER = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/u
const SLIDE_COUNTER_MAX = 9
const GALLERY_MIN = 3
// A caption has a few words of Han at least: a counter's neighbour that is a button or a number is not one.
const GALLERY_CAPTION_HAN = 6

/**
 * A photo gallery's slides: GALLERY_MIN or more captions right under their counters (`1/12` / `图为…（记者 X 摄）`),
 * one total, the numbers counting up one by one. They are the article when their text outweighs the page's other prose.
 */
function galleryCaptions(keys: readonly string[], features: readonly Features[], hits: readonly (Rule | undefined)[]): { captions: number[]; counters: number[] } {
  const slides: { counter: number; caption: number; n: number; total: number }[] = []
  for (let i = 0; i + 1 < keys.length; i++) {
    if (features[i]!.length > SLIDE_COUNTER_MAX || !keys[i]!.includes('/')) continue
    const m = SLIDE_COUNTER.exec(keys[i]!)
    if (!m) continue
    const c = features[i + 1]!
    if ((hits[i + 1] && hits[i + 1]!.id !== CAPTION_ID) || c.han < GALLERY_CAPTION_HAN || c.linkDensity > 0.5) continue
    slides.push({ counter: i, caption: i + 1, n: Number(m[1]), total: Number(m[2]) })
  }
  const captions: number[] = []
  const counters: number[] = []
  for (let a = 0; a < slides.length;) {
    let b = a + 1
    while (b < slides.length && slides[b]!.total === slides[a]!.total && slides[b]!.n === slides[b - 1]!.n + 1) b++
    if (b - a >= GALLERY_MIN) {
      for (const slide of slides.slice(a, b)) {
        captions.push(slide.caption)
        counters.push(slide.counter)
      }
    }
    a = b
  }
  if (captions.length === 0) return { captions, counters }
  const taken = new Set(captions)
  const captionChars = captions.reduce((sum, i) => sum + features[i]!.length, 0)
  const proseChars = features.reduce((sum, f, i) => sum + (!taken.has(i) && !hits[i] && proseWeight(f) > 0 ? f.length : 0), 0)
  return captionChars > proseChars ? { captions, counters } : { captions: [], counters: [] }
}

/** The run of blocks with the largest total weight (Kadane): the article, tolerant of short gaps inside it. */
function densestRun(weights: number[]): [number, number] | null {
  let best = 0
  let bestRange: [number, number] | null = null
  let sum = 0
  let start = 0
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += weights[i]!
    if (sum > best) {
      best = sum
      bestRange = [start, i]
    }
  }
  return bestRange
}

// The longest a headline is, in characters, and the most commas it has (a field list has more: `DOI: …, PDF, HTML, XML`).
const HEADLINE_MAX = 100
const HEADLINE_CLAUSES = 2

/**
 * A long headline with commas (`Node.js 22 正式发布：默认启用 require(esm)，npm 升级至 10.x`) weighs as prose.
 * When the run opens with a line that has no full stop and the metadata lines come right under it,
 * that line is the headline: the body starts below the metadata.
 */
function headlineOff(run: [number, number] | null, features: Features[], hits: (Rule | undefined)[]): [number, number] | null {
  if (!run) return run
  let [start] = run
  const end = run[1]
  const f = features[start]!
  if (hits[start] || f.stops > 0 || f.clauses > HEADLINE_CLAUSES || f.length > HEADLINE_MAX || hits[start + 1]?.kind !== 'meta') return run
  start++
  while (start < end && hits[start]?.kind === 'meta') start++
  return start < end ? [start, end] : run
}

// A summary box's items: one sentence each, a few of them.
const SUMMARY_ITEMS_MAX = 5
const SUMMARY_ITEM_MAX = 80
// `AI摘要 内容由AI生成，仅供参考`, `核心提示：`.
const SUMMARY_HEADER_MAX = 20

/**
 * Under a summary's header (`AI摘要 内容由AI生成，仅供参考`, `核心提示：`) the run may open with the box's items, each one
 * short sentence: they sum the article up and are not its text; the article starts at the first longer paragraph.
 */
function summaryItemsOff(run: [number, number] | null, features: Features[], hits: (Rule | undefined)[]): [number, number] | null {
  // Only under a header alone: a summary line with its own text (`核心提示：…。`) has no items below it.
  if (!run || run[0] === 0 || hits[run[0] - 1]?.id !== SUMMARY_ID || features[run[0] - 1]!.length > SUMMARY_HEADER_MAX) return run
  let [start] = run
  const end = run[1]
  const item = (f: Features): boolean => f.length <= SUMMARY_ITEM_MAX && f.stops + f.marks <= 1 && f.linkDensity === 0
  while (start < end && start - run[0] < SUMMARY_ITEMS_MAX && !hits[start] && item(features[start]!)) start++
  // Items must give way to the article: a run made of short sentences only is the article itself.
  return start > run[0] && start < end && !item(features[start]!) ? [start, end] : run
}

// A wire story's last paragraph ends with its end mark: `（完）`, `【完】`, `（全文完）`, `—完—`; a public account's post
// with `END` alone on its line.
const END_MARK = /(?:[(\[【]\s*(?:全文)?完\s*[)\]】]|[-—]{1,2}\s*(?:完|end)\s*[-—]{1,2}|^\s*end)\s*$/iu

// Every end mark ends in ) ] 】, a dash or `end` (keys are NFKC): a line ending otherwise is not searched (the run is most of the page).
const endMarked = (key: string): boolean => {
  const last = key.trimEnd().slice(-1)
  return (last === ')' || last === ']' || last === '】' || last === '—' || last === '-' || last === 'd' || last === 'D') && END_MARK.test(key)
}

/**
 * A paragraph of the run that ends with the end mark ends the article: what the run holds below it is
 * another story the page ran on (its headline and all), however dense.
 */
function endAtEndMark(run: [number, number] | null, blocks: Block[], hits: (Rule | undefined)[]): [number, number] | null {
  if (!run) return run
  // The mark may stand alone on its line (a fragment to the local rules).
  for (let i = run[0]; i < run[1]; i++) if ((!hits[i] || hits[i]!.id === LONE_MARK_ID) && endMarked(blocks[i]!.key)) return [run[0], i]
  return run
}

// A news item's date line: the time of day or a labelled source or author (`2021-04-19 10:32 …`, `日期: … 来源: …`).
// A bare day under a heading (`2020年1月23日`) is a chronology's entry inside the article.
const datelineOfArticle = (key: string, hit: Rule): boolean => timestamped(key) || (hit.id === META_LINE_ID && findDate(key) !== null)

/**
 * A headline inside the run with a date line right under it starts another article the page ran on
 * (`夜市经济回暖…` / `2021-04-19 10:32 城市通 记者 方圆`): the body ends above it.
 */
function endAtNextArticle(run: [number, number] | null, features: Features[], hits: (Rule | undefined)[], blocks: Block[], wanted: string): [number, number] | null {
  if (!run) return run
  for (let i = run[0] + 1; i < run[1]; i++) {
    if (hits[i] || !headlineShaped(features[i]!) || hits[i + 1]?.kind !== 'meta' || !datelineOfArticle(blocks[i + 1]!.key, hits[i + 1]!)) continue
    // The page's own headline (its <title>) over the dateline: what stood above it was a preamble (a consent
    // banner, a teaser), and the article starts under the dateline.
    if (wanted.length >= OWN_HEADLINE_MIN && headlineKey(blocks[i]!.key) === wanted) {
      let start = i + 1
      while (start < run[1] && hits[start]?.kind === 'meta') start++
      return endAtNextArticle([start, run[1]], features, hits, blocks, '')
    }
    if (i >= run[0] + 2) return [run[0], i - 1]
  }
  return run
}
const OWN_HEADLINE_MIN = 6

// HTML: a short line under an image standing alone is its caption, unless a heading's tag, a number or a label opens it.
const IMAGE_CAPTION_MAX = 30
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const imageCaption = (block: Block, f: Features): boolean =>
  f.length <= IMAGE_CAPTION_MAX && f.stops <= 1 && !HEADING_TAGS.has(block.tag ?? '') && !block.key.includes(':') && listItem(block.text) === null &&
  !TWO_SENTENCES.test(block.key)
// A question or an exclamation with a sentence after it (`那么，哪些结节需要重视呢？可以重点看…。`) is prose, no caption.
const TWO_SENTENCES = /[?!](?=\s*\p{Script=Han})/u

// A standfirst is one short paragraph; the article under the byline has at least this many.
const DEK_MAX = 150
const DEK_BODY_MIN = 2
/**
 * A standfirst between the headline and the byline (`越来越多的年轻人开始走进茶室…` / `撰文：苏晚 2014-11-03` / the
 * article): the run opens with one paragraph right under a headline, then a meta line, then the article. The paragraph
 * sums the article up.
 */
function standfirst(run: [number, number] | null, features: Features[], hits: (Rule | undefined)[], blocks: Block[]): number | null {
  if (!run || run[1] - run[0] < DEK_BODY_MIN + 1) return null
  const [start] = run
  // Right under a headline: with no headline above, a sentence over the metadata is the article's (`…Node.js 22 今天发布。`).
  if (start === 0 || hits[start - 1] || !headlineShaped(features[start - 1]!)) return null
  if (hits[start] || hits[start + 1]?.kind !== 'meta' || features[start]!.length > DEK_MAX || labelLine(blocks[start]!.key) || WIRE_LEDE.test(blocks[start]!.key)) return null
  for (let i = start + 2; i < start + 2 + DEK_BODY_MIN; i++) if (hits[i] || proseWeight(features[i]!) < 1) return null
  return start
}

/** A headline: a short line that is not a sentence. */
const headlineShaped = (f: Features): boolean =>
  f.length >= 6 && f.length <= HEADLINE_LINE_MAX && f.stops === 0 && f.han >= SHORT_ITEM_HAN && !f.clauseEnd
const HEADLINE_LINE_MAX = 80
// The fewest Han characters a headline has; under a related header, all a short one needs (`开学首日`).
const SHORT_ITEM_HAN = 4
// A line of at most this many letters and digits is short: a menu's label, or a short headline.
const SHORT_LINE_MAX = 6

/**
 * Decide every block's kind. Local rules (ads, chrome words, meta lines) speak first; then the
 * layout: the densest run of prose is the body, the headline above the metadata is the title,
 * and headline-shaped runs below the body are the related list.
 */
export function classifyBlocks(blocks: Block[], options: Options, pageTitle: string | null = null): Block[] {
  const tables = ruleTables(options.rules)
  const features = blocks.map(measure)
  const hits = blocks.map((block, index) =>
    firstMatch({ block, features: features[index]!, index, count: blocks.length, tables }),
  )
  const texts = blocks.map((b) => b.text)
  const keys = blocks.map((b) => b.key)
  // A public account's `喜欢此内容的人还喜欢` heads its related cards as any related heading does.
  for (let i = 0; i < hits.length; i++) {
    if (!hits[i] && features[i]!.length <= READERS_ALSO_MAX && keys[i]!.includes('的人') && READERS_ALSO_HEADING.test(lettersAndDigits(keys[i]!))) hits[i] = RELATED_HEADING_RULE
  }
  // The page's headline as its <title> (or a dump's first line) gives it: the title search and the next-article cut both look for it.
  const titleHead = stripTitleTail(pageTitle ?? blocks[0]?.key ?? '')
  const wanted = headlineKey(titleHead)
  // A commentary's page title puts its writer before the headline (`顾维宁：以县域…`): the headline is what follows.
  const named = WRITER_BEFORE_TITLE.exec(titleHead)
  const wantedUnnamed = named ? headlineKey(titleHead.slice(named[0].length)) : ''
  // A headline about cookie banners (`同意Cookie视窗满天飞…`) names what a notice names: the line repeating the page's title is no notice.
  for (let i = 0; i < hits.length; i++) {
    if (hits[i]?.id === COOKIE_NOTICE_ID && wanted.length >= OWN_HEADLINE_MIN && headlineKey(stripTitleTail(keys[i]!)) === wanted) hits[i] = undefined
  }
  // Nor is a headline with bars in it (`新闻早班车｜3月16日 星期三`) a menu when it repeats the page's title from its start.
  const titleKey = headlineKey(pageTitle ?? blocks[0]?.key ?? '')
  for (let i = pageTitle ? 0 : 1; i < hits.length; i++) {
    if (hits[i]?.id !== NAV_LIST_ID || wanted.length < MIN_TITLE_CHARS) continue
    const n = headlineKey(keys[i]!)
    if (n.length >= OWN_HEADLINE_MIN && n.startsWith(wanted) && titleKey.startsWith(n)) hits[i] = undefined
  }
  const structured = structuredLines(texts, keys, features.map((f) => f.gaps))
  for (const i of feedItems(blocks, features)) hits[i] = FEED_ITEM
  // A code block's lines are neither a menu nor fragments, and cost the prose search nothing to bridge.
  const code = codeBlocks(blocks, features)
  for (let i = 0; i < hits.length; i++) if (code[i] && hits[i] && CODE_YIELDS.has(hits[i]!.id)) hits[i] = undefined
  // A gallery's captions are its text and weigh as prose; its counters cost nothing to bridge.
  const gallery = galleryCaptions(keys, features, hits)
  for (const i of gallery.captions) hits[i] = undefined
  const slideCounters = new Set(gallery.counters)
  const galleryCaption = new Set(gallery.captions)
  const boxes = inlineBoxes(features, hits)
  const weights = escalate(features.map((f, i) => (slideCounters.has(i) || (code[i] && !hits[i]) ? 0 : galleryCaption.has(i) ? f.length : bodyWeight(f, hits[i], boxes.has(i)))), structured.cheap)
  const opened = headlineOff(densestRun(weights), features, hits)
  const summarised = summaryItemsOff(opened, features, hits)
  const marked = endAtEndMark(summarised, blocks, hits)
  const cut = endAtNextArticle(marked, features, hits, blocks, wanted)
  // Where the run was cut above another article, its headline says why.
  const nextHeadline = cut && marked && cut[1] < marked[1] ? cut[1] + 1 : null
  const dek = standfirst(cut, features, hits, blocks)
  const prose: [number, number] | null = cut && dek !== null ? [dek + 2, cut[1]] : cut
  // No prose at all: a poem's short lines may be the article.
  const verse = prose ? null : verseLines(blocks, features, hits, keys)
  if (verse) for (let i = verse[0]; i <= verse[1]; i++) hits[i] = undefined
  const run = prose ?? verse
  const [start, end] = run ?? [blocks.length, blocks.length - 1]
  const subheads = bracketedSubheads(keys, features, hits, start, end)
  const kinds: { kind: BlockKind; rule: string }[] = blocks.map((_, i) => {
    const hit = hits[i]
    const inRun = i >= start && i <= end
    // A related list never stands inside the article: a dated line there is a sentence with a date.
    // Nor does a footer line with only plain article lines around it: a contact line there belongs to the notice.
    const yields = hit?.kind === 'related' || (hit?.yieldsToBody && amidProse(hits, i, start, end)) ||
      (hit?.paragraphAmidProse?.(features[i]!) === true && betweenParagraphs(features, hits, i, start, end)) || subheads.has(i)
    if (hit && !(inRun && yields)) return { kind: hit.kind, rule: label(hit) }
    if (inRun) return { kind: 'body', rule: label(LAYOUT_RULES.body) }
    if (i < start) return { kind: 'chrome', rule: label(run ? LAYOUT_RULES.before : LAYOUT_RULES.noBody) }
    return { kind: 'chrome', rule: label(LAYOUT_RULES.after) }
  })
  if (nextHeadline !== null) kinds[nextHeadline] = { kind: 'chrome', rule: label(LAYOUT_RULES.next) }
  for (const i of gallery.captions) if (kinds[i]!.kind === 'body') kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.gallery) }
  for (const i of gallery.counters) kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.gallery) }
  if (verse) for (let i = verse[0]; i <= verse[1]; i++) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.verse) }
  for (let i = opened?.[0] ?? 0; i < (summarised?.[0] ?? 0); i++) if (kinds[i]!.kind === 'chrome' && !hits[i]) kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.summaryItems) }
  // A lede without a sentence mark (`南方网讯 …`) is where the article starts: paragraphs stranded above it are looked for from there.
  const ledeAt = run && start > 0 && !hits[start - 1] && WIRE_LEDE.test(blocks[start - 1]!.key) ? start - 1 : null
  if (ledeAt !== null) kinds[ledeAt] = { kind: 'body', rule: label(LAYOUT_RULES.lede) }
  const listed = run ? listContinuation(texts, hits, run) : []
  for (const i of listed) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.list) }
  // A table the body introduces (`具体标准如下：`), its cells one per line, and the paragraphs going on under it.
  const table = run ? tableAmidProse(keys, texts, features, hits, [start, Math.max(end, ...listed)]) : { cells: [], prose: [] }
  for (const i of table.cells) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.notice) }
  for (const i of table.prose) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.body) }
  const tabled = [...table.cells, ...table.prose]
  const sectioned = run ? continuedSections(keys, texts, features, hits, [start, end], Math.max(end, ...listed, ...tabled) + 1) : []
  for (const i of sectioned) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.sections) }
  // A notice the article quotes in full keeps its close: contact lines and the signature's date.
  if (run) for (const i of quotedNoticeCloses(keys, features, hits, run)) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.notice) }
  const signed = run ? noticeClose(keys, texts, features, hits, Math.max(end, ...listed, ...tabled, ...sectioned) + 1) : []
  for (const i of signed) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.notice) }
  const closed = [...tabled, ...sectioned, ...signed]
  const opening = Math.min(ledeAt ?? start, ...listed, ...tabled)
  const closing = Math.max(end, ...listed, ...closed)
  // Below an end mark nothing is stranded: the article said it was over.
  const ended = run !== null && (endMarked(blocks[closing]!.key) || (hits[closing + 1]?.id === LONE_MARK_ID && endMarked(blocks[closing + 1]!.key)))
  const stranded = run ? strandedProse(features, hits, [opening, closing], ended, keys, boxes, texts) : []
  for (const i of stranded) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.stranded) }
  if (run) for (const i of introducedLines(features, hits, blocks, closing, stranded.find((k) => k > closing))) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.introduced) }
  // An inline box's items the body reached across are the box's, not the article's.
  for (const [heading, last] of boxes) {
    for (let i = heading + 1; i <= last; i++) if (kinds[i]!.kind === 'body') kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.box) }
  }
  // A closing exclamation or question (`让我们拭目以待！`) right below the body, with a page part or the page's end after it.
  const after = closing + 1
  if (run && after < blocks.length && kinds[after]!.rule.startsWith(LAYOUT_RULES.after.id) && !hits[after] &&
    hookLine(features[after]!, blocks[after]!.key) && (after + 1 === blocks.length || PAGE_PARTS.has(hits[after + 1]?.id ?? ''))) {
    kinds[after] = { kind: 'body', rule: label(LAYOUT_RULES.closingLine) }
  }
  const split = run ? splitLead(blocks, features, hits, start) : []
  for (const i of split) kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.splitLead) }
  const lead = run && split.length === 0 ? wrappedLead(features, hits, start) : null
  if (lead !== null) kinds[lead] = { kind: 'body', rule: label(LAYOUT_RULES.wrapped) }
  // The label sits above the article's first line, which may be a paragraph stranded above the run.
  const above = Math.min(lead ?? opening, opening, ...stranded, ...split) - 1
  if (run && above >= 0 && !hits[above] && features[above]!.length <= LABEL_MAX && labelLine(blocks[above]!.key) && !GRID_FIELD_EMPTY.test(blocks[above]!.key)) {
    kinds[above] = { kind: 'body', rule: label(LAYOUT_RULES.label) }
  } else if (run && above >= 1 && !hits[above] && hits[above - 1]?.kind === 'meta' && hookLine(features[above]!, blocks[above]!.key)) {
    kinds[above] = { kind: 'body', rule: label(LAYOUT_RULES.hook) }
  }
  // Related items only count below the body; dated headlines above it are navigation.
  for (let i = 0; i < Math.min(start, blocks.length); i++) {
    if (kinds[i]!.kind === 'related') kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.before) }
  }
  markHeadlineRuns(features, kinds, end + 1, structured.notHeadline(end + 1))
  unmarkComments(hits, kinds, keys, end + 1)
  const firstBody = kinds.findIndex((k) => k.kind === 'body')
  const title = findTitle(blocks, features, kinds, start, firstBody >= 0 ? Math.min(start, firstBody) : start, pageTitle, wanted, wantedUnnamed)
  if (title !== null) kinds[title] = { kind: 'title', rule: label(LAYOUT_RULES.title) }
  for (const i of sideNewsLists(features, kinds, hits, keys, Math.min(title ?? start, start))) kinds[i] = { kind: 'related', rule: label(LAYOUT_RULES.sideNews) }
  if (run) {
    const pageParts = hits.map((h, i) => h !== undefined && PAGE_PARTS.has(h.id) && !boxes.has(i))
    for (const i of articleContainer(blocks, features, hits.map((h) => h === undefined), run, title, pageParts, ended ? closing : blocks.length - 1)) {
      kinds[i] = { kind: 'body', rule: label(LAYOUT_RULES.container) }
    }
  }
  if (dek !== null) kinds[dek] = { kind: 'chrome', rule: label(LAYOUT_RULES.dek) }
  // The article element takes in what its container holds, a date line's time too: the time is the date's.
  const containerRule = label(LAYOUT_RULES.container)
  for (let i = 1; i < blocks.length; i++) {
    if ((kinds[i]!.kind !== 'body' || kinds[i]!.rule === containerRule) && hits[i - 1]?.id === DATE_LINE_ID && features[i]!.length <= TIME_LINE_MAX && timeOfDay(keys[i]!) !== null) {
      kinds[i] = { kind: 'meta', rule: label(LAYOUT_RULES.timeBelowDate) }
    }
  }
  for (const i of sectionNumbers(features, kinds, keys)) kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.sectionNumber) }
  for (let i = 0; i < blocks.length; i++) {
    if (kinds[i]!.kind === 'body' && blocks[i]!.afterImage === true && !galleryCaption.has(i) && imageCaption(blocks[i]!, features[i]!)) kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.imageCaption) }
  }
  return blocks.map((block, i) => withKind(block, kinds[i]!.kind, kinds[i]!.rule))
}

// A poem: at least VERSE_LINES_MIN lines, each a few Han words (commas and a closing mark allowed), none a link.
const VERSE_LINES_MIN = 8
const VERSE_LINE_MAX = 30
const VERSE_PUNCTUATION = /[,、;:。!?…—“”"‘’「」\s]/gu
const HAN_ONLY_LINE = /^\p{Script=Han}+$/u
// A stanza's marker (keys are NFKC: `＊` is `*`): `◎犁`, `*`, `※ 二`.
const STANZA_MARK = /^\s*[◎*※]\s*[\p{Script=Han}\d]{0,8}\s*$/u
// A comma inside a line: a poem breaks its sentences, a menu or a headline list rarely.
const INNER_COMMA = /[,、]\p{Script=Han}/u
// What ends the article: the editor's credit, a share bar, a post's actions, a related or comment header, the footer.
const ARTICLE_ENDS = new Set([...WALLS, ...PAGE_FOOT, ...['editor-credit', 'ui-words', 'prev-next'].map(ruleId)])
// What a poem's line may be taken for: a lone word, a caption's scene, a bulleted name.
const VERSE_YIELDS = new Set([LONE_MARK_ID, CAPTION_ID, BYLINE_ID])

const verseLine = (f: Features, key: string): boolean =>
  f.length <= VERSE_LINE_MAX && f.linkDensity === 0 && HAN_ONLY_LINE.test(key.replace(VERSE_PUNCTUATION, ''))

/**
 * A page with no prose: the poem between its metadata and its end (`作者：林远` … `责任编辑：周舟`), every line a short
 * one of Han words or a stanza's marker, with a poem's marks in it: a stanza marker, commas inside lines, or (HTML) lines one
 * paragraph split at its `<br>`s. A menu or a headline list has none of them, and no metadata right above it.
 */
function verseLines(blocks: readonly Block[], features: readonly Features[], hits: readonly (Rule | undefined)[], keys: readonly string[]): [number, number] | null {
  const end = hits.findIndex((h, i) => i > 0 && h !== undefined && ARTICLE_ENDS.has(h.id) && hits.slice(0, i).some((m) => m?.kind === 'meta'))
  if (end < 0) return null
  let start = end
  while (start > 0 && hits[start - 1]?.kind !== 'meta') start--
  if (start === 0 || end - start < VERSE_LINES_MIN) return null
  let lines = 0
  let marks = 0
  for (let i = start; i < end; i++) {
    const hit = hits[i]
    if (hit && !VERSE_YIELDS.has(hit.id)) return null
    if (STANZA_MARK.test(keys[i]!)) marks++
    else if (verseLine(features[i]!, keys[i]!)) {
      lines++
      if (INNER_COMMA.test(keys[i]!)) marks++
      const path = blocks[i]!.path
      if (path && i > start && blocks[i - 1]!.path?.join() === path.join()) marks++
    } else return null
  }
  return lines >= VERSE_LINES_MIN && marks > 0 ? [start, end - 1] : null
}

// A section's number alone on its line (keys are NFKC): `01`, `2`, `Part 3`, `NO.4`.
const SECTION_NUMBER = /^\s*(?:part\s*|no\.?\s*)?(\d{1,2})\s*$/iu
const SECTION_NUMBER_LINE_MAX = 8
const SECTION_HEADING_MAX = 30
const SECTION_NUMBERS_MIN = 2

/**
 * The numbers set over a post's subheads (`01` / `为什么孩子更容易中暑？`): every number alone on a body line stands right
 * above a short heading (Han, no full stop), and they count on one by one through the body. A number that is text (a
 * score, a figure among figures) breaks the count or has no heading under it: then none goes.
 */
function sectionNumbers(features: readonly Features[], kinds: readonly { kind: BlockKind }[], keys: readonly string[]): number[] {
  const found: number[] = []
  let last = -1
  for (let i = 0; i < keys.length; i++) {
    if (kinds[i]!.kind !== 'body' || features[i]!.length > SECTION_NUMBER_LINE_MAX) continue
    const n = SECTION_NUMBER.exec(keys[i]!)
    if (!n) continue
    const value = Number(n[1])
    const heading = i + 1 < keys.length && kinds[i + 1]!.kind === 'body' && features[i + 1]!.length <= SECTION_HEADING_MAX && features[i + 1]!.stops === 0 &&
      /\p{Script=Han}/u.test(keys[i + 1]!) && !SECTION_NUMBER.test(keys[i + 1]!)
    if (!heading || (last >= 0 && value !== last + 1)) return []
    found.push(i)
    last = value
  }
  return found.length >= SECTION_NUMBERS_MIN ? found : []
}

// A writer's name before a page title's headline, set off by a colon (`顾维宁：以县域商业体系建设…`; keys are NFKC).
const WRITER_BEFORE_TITLE = /^\p{Script=Han}{2,4}\s*[:：]\s*/u

// A label that introduces the text below ends in a colon (keys are NFKC: `：` is `:`), perhaps with a stray dot.
const LABEL_END = /:[\s.·]*$/u
// A field of the page's meta grid left empty (`点击数：`, `摄影：`) introduces nothing: the value the script fills is gone.
const GRID_FIELD_EMPTY = /^\s*(?:(?:点击|浏览|阅读|访问|查看)(?:数|量|次数|人次)?|人气|热度|作者|来源|摄影|图片|编辑|责任编辑|责编|审核|发布时间|发布日期|更新时间|日期|时间|字号|关键词|标签)\s*:[\s.·]*$/u
const labelLine = (key: string): boolean => LABEL_END.test(key)
const LABEL_MAX = 30

// A hook that opens an article: a short line of words ending in ! or ? (keys are NFKC), not a link or a list of labels.
const HOOK_END = /[!?]["”’」』)]*\s*$/u
const HOOK_MIN = 4
const hookLine = (f: Features, key: string): boolean =>
  f.length >= HOOK_MIN && f.length <= LABEL_MAX && f.linkDensity === 0 && f.gaps === 0 && HOOK_END.test(key)

// A stanza between a stranded paragraph and the run: lines that each end a sentence (`我说不出。`, `它在等谁？！`,
// `在村口站了很久——`), or a lone mark a poem sets apart (`？`). Two make a stanza.
const VERSE_MIN = 2
const VERSE_END = /[。!?…—」”』]\s*$/u
const versed = (f: Features, key: string, hit: Rule | undefined): boolean =>
  f.linkDensity === 0 && (hit === undefined ? VERSE_END.test(key) : hit.id === LONE_MARK_ID && /^[?!…]+$/u.test(key.trim()))

/**
 * A notice's numbered sections between a stranded paragraph and the run (`一、时间` / `2011年3月12日…` / `二、地点` / …):
 * headings that count on in one style, each with a short line or two under it, no links. No ad box numbers itself.
 */
function sections(lines: readonly number[], features: readonly Features[], hits: readonly (Rule | undefined)[], texts: readonly string[]): boolean {
  const ordered = [...lines].sort((a, b) => a - b)
  let last: { style: string; number: number } | null = null
  let headings = 0
  for (const k of ordered) {
    if (features[k]!.linkDensity > 0 || (hits[k] && hits[k]!.kind !== 'related')) return false
    const item = listItem(texts[k]!)
    if (!item) {
      if (last === null || features[k]!.length > SECTION_LINE_MAX) return false
      continue
    }
    if (last !== null && (item.style !== last.style || item.number !== last.number + 1)) return false
    last = item
    headings++
  }
  return headings >= VERSE_MIN
}

// An ingredient or material list: short lines, each an amount (`面粉 500克`, `盐 适量`) or a bracketed label (`【做法】`).
const AMOUNT_LINE_MAX = 30
const BRACKET_OPENER = /^\s*【\p{Script=Han}{2,6}】/u

/**
 * A labelled list of amounts between a stranded paragraph and the run (`【用料】（约60个）` / `面粉 500克` / `大白菜 半棵` /
 * `盐、酱油、香油 适量` / `【做法】`): a recipe's ingredients under their label, not an ad box. The topmost line is the label.
 */
function labelledAmounts(lines: readonly number[], features: readonly Features[], hits: readonly (Rule | undefined)[], keys: readonly string[]): boolean {
  const ordered = [...lines].sort((a, b) => a - b)
  const labelled = (k: number): boolean => BRACKET_OPENER.test(keys[k]!) || labelLine(keys[k]!)
  if (!labelled(ordered[0]!)) return false
  let amounts = 0
  for (const k of ordered) {
    if (hits[k] || features[k]!.linkDensity > 0 || features[k]!.length > AMOUNT_LINE_MAX || features[k]!.stops > 0) return false
    if (QUANTITY.test(keys[k]!)) amounts++
    else if (!labelled(k)) return false
  }
  return amounts >= VERSE_MIN
}

// How many short lines an inline ad box or link strip may have and still not end the article.
const MAX_STRAND_GAP = 10

// Hard-wrapped lines differ in width by a character or two (a full-width mark, a Latin word).
const WRAP_SLACK = 2

/**
 * A hard-wrapped paragraph's first line may carry no sentence mark and so fall outside the run;
 * when the run opens with lines of one width and the line above is at least as wide, it is their start.
 */
function wrappedLead(features: Features[], hits: (Rule | undefined)[], start: number): number | null {
  const above = start - 1
  const opening = features.slice(start, start + 5).map((f) => f.length)
  // A date in it (a dateline such as `【看中国2005年07月03日报道】`) made it look like a related item, which above the body it is not.
  const hit = above >= 0 ? hits[above] : undefined
  if (above < 0 || (hit && hit.kind !== 'related') || opening.length < 3 || features[above]!.han < 10) return null
  // Wrapped text: most opening lines reach the wrap width (a paragraph's last line falls short).
  const width = Math.max(...opening)
  if (opening.filter((w) => width - w <= WRAP_SLACK).length < 3) return null
  // As wide as the wrapped lines, or wider by a dateline prefix (`【看中国2005年07月03日报道】`).
  return features[above]!.length >= width - WRAP_SLACK && features[above]!.length <= width * 1.6 ? above : null
}

// A dump that prints every text node on its own line splits the lede at its inline links (`记者从` / `海关总署` /
// `获悉，今年一季度，我国` / `新能源汽车` / `出口量达到…`): at most this many pieces, each this short.
const SPLIT_LEAD_MAX = 6
const SPLIT_LEAD_LINE_MAX = 60
const SENTENCE_CLOSED = /[。!?！？…”」』]\s*$/u

/**
 * Text dumps: the lines right above the run on the lines just before its first one, with no blank line between,
 * none closing a sentence, a headline or a label: pieces of the first paragraph, which the run starts inside of.
 */
function splitLead(blocks: Block[], features: Features[], hits: (Rule | undefined)[], start: number): number[] {
  const pieces: number[] = []
  for (let i = start - 1; i >= 0 && pieces.length < SPLIT_LEAD_MAX; i--) {
    const below = blocks[i + 1]!
    if (hits[i] || blocks[i]!.path !== undefined || blocks[i]!.line === null || below.line !== blocks[i]!.line! + 1) break
    const f = features[i]!
    if (f.length > SPLIT_LEAD_LINE_MAX || SENTENCE_CLOSED.test(blocks[i]!.key) || labelLine(blocks[i]!.key) || (headlineShaped(f) && f.clauses === 0 && f.length >= SPLIT_HEADLINE_MIN)) break
    pieces.push(i)
  }
  // The run's first line carries on the last piece: it neither opens a paragraph of its own nor follows a closed sentence.
  // And lines one under the other must mean something: on a dump without blank lines between its blocks they do not.
  return pieces.length > 0 && !SENTENCE_CLOSED.test(blocks[start - 1]!.key) && adjacentShare(blocks) <= SPLIT_DUMP_ADJACENT_MAX ? pieces : []
}
// A dump that sets its blocks apart by blank lines has few lines right under another (a split paragraph's pieces);
// a hard-wrapped one, or one without blank lines, has mostly such.
const SPLIT_DUMP_ADJACENT_MAX = 0.4

/** The share of blocks standing on the line right under the block before them. */
function adjacentShare(blocks: Block[]): number {
  let adjacent = 0
  for (let i = 1; i < blocks.length; i++) if (blocks[i]!.line !== null && blocks[i]!.line === blocks[i - 1]!.line! + 1) adjacent++
  return blocks.length > 1 ? adjacent / (blocks.length - 1) : 0
}
// A piece this long without any punctuation is a headline, not a link inside a sentence.
const SPLIT_HEADLINE_MIN = 10

/**
 * Paragraphs just outside the body run, separated from it only by short lines (no meta line,
 * no title candidate, no header): an inline ad list cut the article, not its end.
 */
function strandedProse(
  features: Features[],
  hits: (Rule | undefined)[],
  [start, end]: [number, number],
  ended: boolean,
  keys: readonly string[],
  boxes: ReadonlyMap<number, number>,
  texts: readonly string[],
): number[] {
  const found: number[] = []
  const scan = (from: number, step: 1 | -1): void => {
    for (let i = from, gap = 0, dated = 0; i >= 0 && i < features.length && gap <= MAX_STRAND_GAP; i += step, gap++) {
      const hit = hits[i]
      if (hit && (hit.kind === 'meta' || (WALLS.has(hit.id) && !boxes.has(i)) || PAGE_FOOT.has(hit.id))) return
      // Below the article, a menu or a list of dated headlines is the page's: what lies past it is the footer, not the article.
      dated = hit?.id === DATED_HEADLINE_ID ? dated + 1 : 0
      if (step === 1 && (hit?.id === NAV_LIST_ID || dated >= DATED_LIST_MIN)) return
      // Below the article, a short line naming the comments (`评论(38)`, `登录后参与评论`): readers' posts follow, not the article.
      if (step === 1 && features[i]!.length <= COMMENTS_MENTION_MAX && COMMENTS_MENTION.test(keys[i]!)) return
      if (!hit && proseWeight(features[i]!) >= 1 && features[i]!.length >= 30) {
        if (gap === 0) return
        // The stranded paragraph and the prose that goes on from it: an ad box cut the article, not its end.
        for (let k = i; k >= 0 && k < features.length && !hits[k] && proseWeight(features[k]!) >= 1; k += step) found.push(k)
        // Short lines between it and the run that all end a sentence are a poem's or a dialogue's, not an ad box.
        const between = Array.from({ length: gap }, (_, g) => from + g * step)
        if (between.length >= VERSE_MIN && (between.every((k) => versed(features[k]!, keys[k]!, hits[k])) || sections(between, features, hits, texts) || labelledAmounts(between, features, hits, keys))) {
          found.push(...between)
        }
        return
      }
      if (!hit && features[i]!.length > 30) return
    }
  }
  scan(start - 1, -1)
  if (!ended) scan(end + 1, 1)
  return found
}

const NAV_LIST_ID = ruleId('nav-list')
const DATED_HEADLINE_ID = ruleId('dated-headline')
// Dated headlines in a row that make a list; one is a dated line an ad box may hold.
const DATED_LIST_MIN = 2
const COMMENTS_MENTION = /评论|留言|跟帖/u
const COMMENTS_MENTION_MAX = 30

// The fewest Han characters a label that introduces a list has.
const INTRODUCING_HAN = 4
// The longest line a label's list holds (`101路：火车站—市民中心`); a longer one is prose or a headline.
const INTRODUCED_MAX = 40

/**
 * A label right below the body (`新线路如下：`) and the short lines under it: the list it introduces, up to a
 * paragraph stranded below them, or up to the first line a local rule decided (a related header) or the page's end.
 */
function introducedLines(features: Features[], hits: (Rule | undefined)[], blocks: Block[], closing: number, stranded: number | undefined): number[] {
  const labelAt = closing + 1
  // A label of words (`动力系统主要参数：`, `新线路如下：`), not a form field (`留 言：`).
  if (labelAt >= blocks.length || hits[labelAt] || features[labelAt]!.length > LABEL_MAX || features[labelAt]!.han < INTRODUCING_HAN || !labelLine(blocks[labelAt]!.key)) return []
  const limit = stranded ?? Math.min(blocks.length, labelAt + 1 + MAX_STRAND_GAP)
  const lines: number[] = [labelAt]
  for (let i = labelAt + 1; i < limit; i++) {
    if (hits[i]) break
    const f = features[i]!
    if (f.length > INTRODUCED_MAX || f.linkDensity > 0.5) return []
    lines.push(i)
  }
  return lines.length > 1 ? lines : []
}

// A side column's news list above the article: its heading names news (`检察要闻`, `最新消息`, `通知公告`, `最新更新`), in a
// short line of its own; a box that sells or shows pictures (`热点推荐`, `图片新闻`, `娱乐新闻`) lists teasers, not news.
const SIDE_NEWS_HEADING = /^\p{Script=Han}{0,4}(?:要闻|新闻|消息|公告|通知|动态|快讯|资讯|最新更新|最新文章)$/u
// A ranking box's heading (`新闻排行`, `点击排行榜`, `热门文章`): it lists the site's most read news, and is taken as a news
// list only when every item is a news headline; 2000s portals print teasers under such headings too, which the test keeps out.
const RANKING_BOX_HEADING = /^(?:新闻|文章|资讯|本周|本月|今日|24小时)?(?:点击|阅读|浏览|人气)?(?:排行榜?|排名)$|^热门(?:文章|新闻)$/u
const SIDE_HEADING_MAX = 8
const TEASER_HEADING_WORDS = ['推荐', '热点', '热门', '精彩', '排行', '图片', '视频', '广告', '推广', '专题', '精选', '娱乐', '八卦', '社区', '论坛']
// What a teaser or an ad says and a news headline does not: a picture or video tag, hype, a price, an SMS or download call.
const TEASER_WORDS = [
  '组图', '图文', '多图', '视频', '高清', '揭秘', '揭露', '内幕', '惊人', '震惊', '曝光', '真相', '绝密', '疯狂', '竟然', '必看', '速看', '抢先',
  '免费', '短信', '发送', '彩铃', '铃声', '下载', '点击', '优惠', '特价', '折扣', '抢购', '中奖', '大奖', '美女', '性感', '写真', '艳照',
]
const TEASER_SHAPE = /[!?]|[(\[【]\s*图\s*[)\]】]|\d\s*元|[¥$]/u
// A news headline: this many Han characters at least, and a headline's length at most (a glued date included).
const SIDE_ITEM_HAN = 8
const SIDE_ITEM_MAX = 40
// The fewest headlines such a list holds: one or two are a ticker or a promoted link.
const SIDE_LIST_MIN = 3
// A line the run reads as one of the list's: undecided, some Han, not a menu's short label.
const SIDE_LINE_HAN = 6

/**
 * Above the title (`limit`), the lines of a side column's news list: under a news heading, a run of three or more lines the
 * layout left undecided (CP502), each a headline of news prose, with a date alone on the line under each allowed. When
 * any headline-sized line of the run is a teaser, the box is an ad's and none is taken.
 */
function sideNewsLists(features: Features[], kinds: { kind: BlockKind; rule: string }[], hits: (Rule | undefined)[], keys: readonly string[], limit: number): number[] {
  const found: number[] = []
  const before = (k: number): boolean => k < limit && kinds[k]!.rule.startsWith(LAYOUT_RULES.before.id)
  const dateAlone = (k: number): boolean => k < limit && hits[k]?.id === DATE_LINE_ID && datesItem(keys[k]!)
  for (let h = 0; h + 1 < limit; h++) {
    // Every heading is a short chrome line: longer ones are not matched.
    if (kinds[h]!.kind !== 'chrome' || features[h]!.length > SIDE_HEADING_MAX) continue
    const heading = lettersAndDigits(keys[h]!)
    if (!RANKING_BOX_HEADING.test(heading) && (!SIDE_NEWS_HEADING.test(heading) || TEASER_HEADING_WORDS.some((w) => heading.includes(w)))) continue
    const items: number[] = []
    let news = true
    let k = h + 1
    for (; k < limit; k++) {
      if (dateAlone(k) && items.length > 0) continue
      if (!before(k) || features[k]!.han < SIDE_LINE_HAN) break
      items.push(k)
      news &&= sideNewsHeadline(features[k]!, keys[k]!)
    }
    if (news && items.length >= SIDE_LIST_MIN) found.push(...items)
    h = k - 1
  }
  return found
}

/** A headline of news prose: long enough, no sentence end, exclamation or question, nothing a teaser says. */
function sideNewsHeadline(f: Features, key: string): boolean {
  return f.han >= SIDE_ITEM_HAN && f.length <= SIDE_ITEM_MAX && f.stops === 0 && !f.clauseEnd && !TEASER_SHAPE.test(key) &&
    !TEASER_WORDS.some((w) => key.includes(w))
}

/** A copy of the block with its decision; spelled out, since object spread is slow on this hot path. */
const withKind = (b: Block, kind: BlockKind, rule: string): Block => ({
  text: b.text, line: b.line, tag: b.tag, linkChars: b.linkChars, path: b.path, afterImage: b.afterImage, key: b.key, kind, rule,
})

/** Below the body, runs of two or more headline-shaped blocks (or dated ones, or one under a related header) are the related list. */
function markHeadlineRuns(features: Features[], kinds: { kind: BlockKind; rule: string }[], from: number, notHeadline: readonly boolean[]): void {
  const lines = listLineTests(features, kinds, from, notHeadline)
  const teasers = cardTeasers(features, kinds, from)
  for (const k of cardDeks(features, kinds, lines, from)) teasers.add(k)
  const details = new Set<number>()
  let i = from
  // A related header above, perhaps over a card's furniture before its first headline (`相关视频` / `02:31` / headline).
  const headedAt = (k: number): boolean => {
    let h = k - 1
    for (let n = 0; n < CARD_FURNITURE_MAX && h > from && lines.furniture(h); n++) h--
    return kinds[h]?.rule.startsWith(RELATED_HEADING_ID) === true
  }
  // Once a list under a related header was taken, a later box under a heading of its own (not a related header) whose
  // lines are all the site's service links (`天气预报` / `全省城市天气预报` / `未来三天天气`) is the side column's, not
  // more of the list. A later box of headlines (`劳模风采`, `24小时热榜`) is the page's related news still.
  let relatedTaken = false
  const boxHeading = (k: number): boolean => k > from && lines.after(k) && !lines.headline(k) && features[k]!.han >= 2 && features[k]!.stops === 0 &&
    !features[k]!.clauseEnd && lettersAndDigits(features[k]!.lower).length <= BOX_HEADING_MAX
  const serviceLink = (k: number): boolean => features[k]!.han <= SERVICE_LINK_HAN_MAX && SERVICE_LINK_END.test(lettersAndDigits(features[k]!.lower))
  while (i < features.length) {
    const headed = headedAt(i)
    if (kinds[i]!.kind !== 'chrome' || !lines.after(i) || !(lines.headline(i) || (headed && lines.short(i)))) {
      i++
      continue
    }
    const run = readRun(features, kinds, lines, teasers, i, headed)
    for (const k of run.details) details.add(k)
    const j = run.end
    const headlines = run.items.length + run.cards
    const dated = run.items.some((k) => kinds[k]!.kind === 'related')
    // A single headline counts too when a related header stands right above it (`热点推荐` / one headline).
    const neighbour = kinds[i - 1]?.kind === 'related' || kinds[j]?.kind === 'related' || headed
    // Short lines only, with another short line right after them, are a menu's (`最新文章` / `同行评议` / `文章费用` / `作者须知` …).
    const toc = run.writers >= TOC_WRITERS_MIN && run.writers === run.items.length
    const menu = run.shortOnly && !toc && j < features.length && !kinds[j]!.rule.startsWith(RELATED_HEADING_ID) && lettersAndDigits(features[j]!.lower).length <= SHORT_LINE_MAX
    // Under a short line naming the comments (`评论（12）`), lines with a date under each are the comments and their times.
    const comments = run.detailed && i > 0 && features[i - 1]!.length <= COMMENTS_MENTION_MAX && COMMENTS_MENTION.test(features[i - 1]!.lower)
    // Right under the body, with no header, date or bullet, a line or two retelling the body are its pictures' captions.
    const captions = kinds[i - 1]?.kind === 'body' && !dated && !run.detailed && run.items.length <= CAPTION_RUN_MAX && kinds[j]?.kind !== 'related' &&
      run.items.every((k) => features[k]!.length <= CAPTION_MAX && !BULLET_OPENS.test(features[k]!.lower)) && echoesBody(features, kinds, run.items)
    const sideBox = relatedTaken && !headed && boxHeading(i - 1) && run.items.every(serviceLink)
    if ((headlines >= 2 || dated || neighbour) && !menu && !comments && !captions && !sideBox) {
      if (headed) relatedTaken = true
      const boxHeadings = topicBoxHeadings(features, run.items)
      for (const k of run.items) if (kinds[k]!.kind === 'chrome' && !boxHeadings.has(k)) kinds[k] = { kind: 'related', rule: label(LAYOUT_RULES.related) }
    }
    i = Math.max(j, i + 1)
  }
  // A date alone on the line after a list's last headline, or a card's `青岚融媒 · 09-06`, dates it (`…合...` / `2025-09-03`);
  // any other date line under a headline (`新华网 2023-05-12 10:20`), and every line of a list that prints one under each
  // headline, stays out of the list.
  for (let k = from; k < features.length; k++) {
    if (kinds[k]!.rule.startsWith(DATE_LINE_ID) && kinds[k - 1]?.kind === 'related' && !details.has(k) && datesItem(features[k]!.lower)) {
      kinds[k] = { kind: 'related', rule: label(LAYOUT_RULES.related) }
    }
  }
}

// A box's heading over its list is a short line (`天气预报`, `热点专题`, `便民服务`).
const BOX_HEADING_MAX = 8

// The fewest items carrying the one bullet for the list to share it.
const SHARED_BULLET_MIN = 2

/**
 * In a list whose items share a bullet (`·清宁高速…` / `·老照片里的…`), an item without it naming a topic box
 * (`国庆60周年专题`, BOX_TOPIC_HEADING) is the box's heading, not a headline.
 */
function topicBoxHeadings(features: Features[], items: readonly number[]): Set<number> {
  const bullets = new Map<string, number>()
  const bare: number[] = []
  for (const k of items) {
    const bullet = BULLET_OPENS.exec(features[k]!.lower)?.[0].trim()
    if (bullet !== undefined) bullets.set(bullet, (bullets.get(bullet) ?? 0) + 1)
    else bare.push(k)
  }
  const shared = bullets.size === 1 && [...bullets.values()][0]! >= SHARED_BULLET_MIN
  return new Set(shared ? bare.filter((k) => BOX_TOPIC_HEADING.test(lettersAndDigits(features[k]!.lower))) : [])
}

// Captions under the body: a line or two, each a caption's length, most of their Han pairs found in the body.
const CAPTION_RUN_MAX = 2
const CAPTION_MAX = 30
const CAPTION_ECHO_MIN = 0.6
// The fewest Han pairs a run needs for its echo to be weighed.
const CAPTION_PAIRS_MIN = 4
const BULLET_OPENS = /^\s*[·•‧◆◇■□●○▪►▸\-*]/u
const HAN = /\p{Script=Han}/u

/** Most of the lines' Han pairs (`秋季`, `季班`) occur in the body: they retell it, as captions do, and another article's headline does not. */
function echoesBody(features: Features[], kinds: { kind: BlockKind; rule: string }[], lines: readonly number[]): boolean {
  const pairs: string[] = []
  for (const k of lines) {
    const key = features[k]!.lower
    for (let c = 0; c + 1 < key.length; c++) if (HAN.test(key[c]!) && HAN.test(key[c + 1]!)) pairs.push(key.slice(c, c + 2))
  }
  if (pairs.length < CAPTION_PAIRS_MIN) return false
  let body = ''
  for (let k = 0; k < features.length; k++) if (kinds[k]!.kind === 'body') body += features[k]!.lower + '\n'
  return pairs.filter((p) => body.includes(p)).length >= CAPTION_ECHO_MIN * pairs.length
}

/** What a line below the body may be in a headline list, each a test of its index. */
interface ListLineTests {
  /** Left undecided below the body (CP503). */
  after: (k: number) => boolean
  /** Shaped like a headline, and none of the lines a list's shape takes in by mistake. */
  headline: (k: number) => boolean
  /** A short headline, as a list right under its header holds them. */
  short: (k: number) => boolean
  /** What a list prints under each headline: its date, clock or counter. */
  itemDetail: (k: number) => boolean
  /** A headline quoting a sentence. */
  quotingHeadline: (k: number) => boolean
  /** A card's one-line summary. */
  cardSummary: (k: number) => boolean
  /** A person's name alone (`王一舟`), as a table of contents prints the writer under each headline. */
  writer: (k: number) => boolean
  /**
   * A card's furniture around its headline: what itemDetail takes (a video's length `02:31`, a play count `1.1万次播放`),
   * a type badge (`图文`), a dismiss button (`不喜欢`, `×`), or the account's name over a button or a count
   * (`青梧发布` / `不喜欢`), or repeated on another card under one.
   */
  furniture: (k: number) => boolean
}

function listLineTests(features: Features[], kinds: { kind: BlockKind; rule: string }[], from: number, notHeadline: readonly boolean[]): ListLineTests {
  const after = (k: number): boolean => kinds[k]!.rule.startsWith(LAYOUT_RULES.after.id)
  // Table rows and the cells of a table of lists are shaped like headlines, but a related list is neither.
  // Nor is a section's header printed among the items (`社会新闻排行`), nor a file to download (`附件：示意图.pdf`).
  // Nor are a sidebar widget's lines (categories, archives, links to other sites), nor a category with its count.
  const widget = widgetLines(features, kinds, from)
  // Nor are a schedule's rows (`18:30 东江新闻`), nor a subscription box's or a contact block's fields (`定价：15元`).
  const schedule = scheduleRows(features, from)
  const boxField = (k: number): boolean => (features[k]!.lower.includes(':') || features[k]!.lower.includes('@')) && BOX_FIELD.test(features[k]!.lower)
  const itemDetail = (k: number): boolean => k < features.length && (kinds[k]!.rule.startsWith(COUNTER_ID) ||
    (kinds[k]!.rule.startsWith(DATE_LINE_ID) && !LABELLED.test(features[k]!.lower)) || (after(k) && CLOCK_ALONE.test(features[k]!.lower)))
  // Undecided lines only: a section's label (`专题`, CP209) heads a box of its own.
  const button = (k: number): boolean => k < features.length && after(k) &&
    (CARD_DISMISS.includes(features[k]!.lower.trim()) || (features[k]!.length <= BADGE_MAX && CARD_BADGES.includes(lettersAndDigits(features[k]!.lower))))
  // Short lines below the body by their text: an account's name prints on each of its cards.
  const seen = new Map<string, number[]>()
  for (let k = Math.max(0, from); k < features.length; k++) {
    if (features[k]!.length > ACCOUNT_LINE_MAX) continue
    const at = seen.get(features[k]!.lower)
    if (at) at.push(k)
    else seen.set(features[k]!.lower, [k])
  }
  const repeated = (k: number): boolean => seen.get(features[k]!.lower)!.some((o) => o !== k && Math.abs(o - k) <= CARD_PERIOD_MAX)
  const account = (k: number): boolean => {
    const f = features[k]!
    // Next to a button or a count, as a card prints it; names alone in a column (`韩钟恩` / `同 上`) are a table's cells.
    return after(k) && f.length <= ACCOUNT_LINE_MAX && f.han >= 2 && f.stops === 0 && !f.clauseEnd &&
      (button(k + 1) || itemDetail(k + 1) || (repeated(k) && (button(k - 1) || itemDetail(k - 1))))
  }
  return {
    after,
    headline: (k) => headlineShaped(features[k]!) && !notHeadline[k] && !postedDateLine(features[k]!.lower) && !widget[k] && !schedule[k] && !boxField(k) && !LIST_HEADER.test(features[k]!.lower) &&
      !FILE_NAME_END.test(features[k]!.lower) && !CATEGORY_COUNT.test(features[k]!.lower),
    // Under a related header a list may hold headlines shorter than a headline's shape (`熱門點閱` / `颱風假怎放` / `開學首日`):
    // a few Han characters and no sentence end.
    short: (k) => {
      const f = features[k]!
      return f.han >= SHORT_ITEM_HAN && f.length <= HEADLINE_LINE_MAX && f.stops === 0 && !f.clauseEnd && !notHeadline[k] && !widget[k] && !schedule[k] && !boxField(k) && !CATEGORY_COUNT.test(f.lower)
    },
    // (A date line with a label, `2020-11-12 08:30 来源：台南新闻网`, is another article's dateline under its headline.)
    itemDetail,
    quotingHeadline: (k) => after(k) && features[k]!.length <= QUOTING_HEADLINE_MAX && features[k]!.stops <= 1 && QUOTE_CLOSES_SENTENCE.test(features[k]!.lower),
    cardSummary: (k) => after(k) && features[k]!.stops >= 1 && features[k]!.length <= CARD_SUMMARY_MAX,
    writer: (k) => k < features.length && after(k) && WRITER_ALONE.test(features[k]!.lower),
    furniture: (k) => k >= 0 && k < features.length && (itemDetail(k) || button(k) || account(k)),
  }
}
/** The post's own date line below the article (`编辑于 2022-05-14 16:20・IP 属地上海`): a date, a publish or edit label, a place. */
export function postedDateLine(lower: string): boolean {
  if (!lower.includes('于') && !lower.includes('属地')) return false
  const date = findDate(lower)
  return date !== null && POSTED_WORDS_ONLY.test(`${lower.slice(0, date.index)} ${lower.slice(date.index + date.length)}`.trim())
}

// A type badge is a word or two; an account's name a short line.
const BADGE_MAX = 4
const ACCOUNT_LINE_MAX = 12
// An account's name repeats card by card: headline, account, a button or two.
const CARD_PERIOD_MAX = 4
// The most furniture lines a card prints between two headlines.
const CARD_FURNITURE_MAX = 3

/** A run of list lines from `start`: its items, the lines printed under them, and where it ends. */
interface ListRun {
  items: number[]
  details: number[]
  /** Cards whose summary stood under their headline. */
  cards: number
  /** Some item had a line printed under it. */
  detailed: boolean
  /** Only short items (right under a header, no full headline among them). */
  shortOnly: boolean
  /** Every item had its writer's name under it: a table of contents, not a menu. */
  writers: number
  end: number
}

function readRun(features: Features[], kinds: { kind: BlockKind; rule: string }[], lines: ListLineTests, teasers: ReadonlySet<number>, start: number, headed: boolean): ListRun {
  const run: ListRun = { items: [], details: [], cards: 0, detailed: false, shortOnly: headed, writers: 0, end: start }
  // Under a header, a name under each item so far (`河流下游` / `王一舟` / `冬天的信` / `苏晓` …): a table of contents.
  const writerUnder = (k: number): boolean => headed && run.writers === run.items.length - 1 && lines.writer(k)
  // Short items only open a list right under its header, before any full headline (`相关链接` / … / `读书搜索` is a menu's),
  // or follow a writer's name in a table of contents.
  let writerAt = -1
  const item = (k: number, underWriter = writerAt === k - 1): boolean =>
    k < features.length && (kinds[k]!.kind === 'related' || (lines.after(k) && (lines.headline(k) || ((run.shortOnly || underWriter) && lines.short(k)))))
  const lastItem = (): number | undefined => run.items[run.items.length - 1]
  // How many furniture lines from `k` stand between it and the next item (`1.1万次播放` / `01:48`): none when no item follows.
  const furnished = (k: number): number => {
    let n = 0
    while (n < CARD_FURNITURE_MAX && lines.furniture(k + n)) n++
    for (let m = 1; m <= n; m++) if (item(k + m)) return m
    return 0
  }
  let j = start
  while (j < features.length) {
    // A card's summary right under its headline (`会议总结了…，部署…任务……`): the card's, not an item; the card counts.
    if (lastItem() === j - 1 && teasers.has(j)) {
      run.detailed = true
      run.details.push(j++)
      run.cards++
    // The same with the card's writer or account between (`林深` / `说到加装电梯，…`).
    } else if (lastItem() === j - 1 && teasers.has(j + 1) && !item(j)) {
      run.detailed = true
      run.details.push(j++, j++)
      run.cards++
    } else if (item(j)) {
      if (kinds[j]!.kind === 'related' || lines.headline(j)) run.shortOnly = false
      run.items.push(j++)
    // What a list prints under each headline does not break it, between two items: its date, clock or counter
    // (`2006-03-02`, `01:30`, `新华网 2023-05-12 10:20`, `2026-01-12评论 36`, `饲料之家1.2万阅读1天前`), and a card's
    // one-line summary above such a line (`灯会将于…预约。` / `2小时前 东海新闻`). They stay out of the items.
    // A headline quoting a sentence (`村里来了年轻人，老人们说：“这下热闹了，村子又有了盼头。”`) is one between two items.
    } else if (lastItem() === j - 1 && lines.quotingHeadline(j) && item(j + 1)) {
      run.items.push(j++)
    } else if (furnished(j) > 0) {
      run.detailed = true
      for (let n = furnished(j); n > 0; n--) run.details.push(j++)
    } else if (lastItem() === j - 1 && writerUnder(j) && item(j + 1, true)) {
      run.writers++
      writerAt = j
      run.details.push(j++)
    } else if (lines.cardSummary(j) && lines.itemDetail(j + 1) && item(j + 2)) {
      run.detailed = true
      run.details.push(j + 1)
      j += 2
    } else break
  }
  // So is the one under the last headline of such a list.
  if (run.detailed && lines.itemDetail(j)) run.details.push(j)
  // And the last item's writer.
  if (run.writers > 0 && lastItem() === j - 1 && writerUnder(j)) {
    run.writers++
    run.details.push(j++)
  }
  run.end = j
  return run
}

// A person's name alone on a line: two or three Han characters.
const WRITER_ALONE = /^\p{Script=Han}{2,3}$/u
// The fewest items with their writers under them that make a table of contents.
const TOC_WRITERS_MIN = 3
// A label on a date line (`发布时间：`, `來源：`, in any script): an article's dateline, not an item's date.
const LABELLED = /\p{Script=Han}\s*[:：]/u
// A clock or a video's length alone under a headline: `01:30`, `1:02:45`.
const CLOCK_ALONE = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/u
// A headline quoting a sentence ends with the quote's close after its stop (keys are NFKC: `！` is `!`), within this length.
const QUOTE_CLOSES_SENTENCE = /[。!?]["”」』]\s*$/u
const QUOTING_HEADLINE_MAX = 60
// A card's summary under its headline is one short sentence or two.
const CARD_SUMMARY_MAX = 80

// A card's summary: a sentence (a comma in it) cut off with an ellipsis (keys are NFKC: `…` is `...`), longer than the
// headline above it, and printed so under two headlines in a row, TEASER_PERIOD_MAX blocks apart at most (headline,
// summary, perhaps a date line): one truncated headline in a list is none.
const TEASER_END = /(?:\.{2,}|…)\s*$/u
const TEASER_MAX = 160
const TEASER_PERIOD_MAX = 3

/**
 * The card summaries below the body: lines under a headline shaped as TEASER_END says, in a repeating period; the card
 * may print its writer or account between them (`老小区加装电梯…` / `林深` / `说到加装电梯，………`). Where two or more
 * do so, a line in the same place of the next or the last card is its summary too, cut off with no ellipsis
 * (`专家认为,…关键在于完善服务和管理技术`): the cards' shape says what it is.
 */
function cardTeasers(features: Features[], kinds: { kind: BlockKind; rule: string }[], from: number): Set<number> {
  const after = (k: number): boolean => kinds[k]!.rule.startsWith(LAYOUT_RULES.after.id)
  // The card's headline above a summary at k: right above it, or above the writer's name right above it.
  const headAbove = (k: number): number => {
    if (k >= 1 && headlineShaped(features[k - 1]!)) return k - 1
    return k >= 2 && cardName(features[k - 1]!, after(k - 1)) && headlineShaped(features[k - 2]!) ? k - 2 : -1
  }
  // A summary has a comma and ends cut with an ellipsis; in a card's place, either will do.
  const summary = (k: number, placed: boolean): boolean => {
    const f = features[k]!
    const cut = TEASER_END.test(f.lower)
    if (!after(k) || f.length > TEASER_MAX || (placed ? f.clauses === 0 && !cut : f.clauses === 0 || !cut)) return false
    const head = headAbove(k)
    return head >= 0 && f.length > features[head]!.length && !TEASER_END.test(features[head]!.lower)
  }
  const shaped: number[] = []
  for (let k = Math.max(1, from); k < features.length; k++) if (summary(k, false)) shaped.push(k)
  const found = shaped.filter((k, n) => (n > 0 && k - shaped[n - 1]! <= TEASER_PERIOD_MAX) || (n + 1 < shaped.length && shaped[n + 1]! - k <= TEASER_PERIOD_MAX))
  const teasers = new Set(found)
  // A period the found ones keep (`headline` / `summary`: 2; with the writer between: 3) reaches the cards on either side.
  const period = found.length >= 2 ? found[1]! - found[0]! : 0
  if (period > 0 && found.every((k, n) => n === 0 || k - found[n - 1]! === period)) {
    for (let k = found[0]! - period; k >= from && summary(k, true); k -= period) teasers.add(k)
    for (let k = found[found.length - 1]! + period; k < features.length && summary(k, true); k += period) teasers.add(k)
  }
  return teasers
}

// A card's dek is one whole sentence or two, ending so (keys are NFKC: `！` is `!`).
const DEK_END = /[。!?]\s*$/u
// A dek says something: a few words (`了解更多。`) are a button's.
const DEK_HAN_MIN = 8
// The fewest headline / dek pairs in a row that make a list of cards: one sentence under a list is the page's note.
const DEK_CARDS_MIN = 2

/**
 * Right under a related header, headlines each with one whole sentence under it, short or long
 * (`我们如何把客户端崩溃率降到万分之三` / `记录一次为期三个月的稳定性专项，从崩溃日志聚类讲起。`), two or more pairs in a row:
 * cards with a dek, not cut off as TEASER_END wants, and the sentences are the cards', not the list's end. Sentences
 * retelling the article (most of their Han pairs the body's) are no deks.
 */
function cardDeks(features: Features[], kinds: { kind: BlockKind; rule: string }[], lines: ListLineTests, from: number): number[] {
  const deks: number[] = []
  const dek = (k: number): boolean => {
    const f = features[k]
    return f !== undefined && lines.after(k) && f.stops >= 1 && f.han >= DEK_HAN_MIN && f.length <= CARD_SUMMARY_MAX && DEK_END.test(f.lower)
  }
  for (let h = Math.max(0, from); h < features.length; h++) {
    if (!kinds[h]!.rule.startsWith(RELATED_HEADING_ID)) continue
    const found: number[] = []
    let k = h + 1
    while (k + 1 < features.length && lines.after(k) && lines.headline(k) && dek(k + 1)) {
      found.push(k + 1)
      k += 2
    }
    if (found.length >= DEK_CARDS_MIN && !echoesBody(features, kinds, found)) deks.push(...found)
    h = k - 1
  }
  return deks
}

/** A card's writer or account between its headline and its summary: a short undecided line of a name, no headline. */
const cardName = (f: Features, undecided: boolean): boolean =>
  undecided && f.length <= ACCOUNT_LINE_MAX && f.han >= 2 && f.stops === 0 && f.clauses === 0 && !headlineShaped(f)

/** A date line that dates the headline above it: the date alone, or a card's source and the date (`青岚融媒 · 09-06`). */
function datesItem(key: string): boolean {
  const found = findDate(key)
  if (!found) return false
  const rest = key.slice(0, found.index) + key.slice(found.index + found.length)
  return lettersAndDigits(rest) === '' || CARD_SOURCE.test(rest)
}

/**
 * Below the body, a sidebar widget's heading that names no headlines (`分类目录`, `文章归档`, `标签`, `友情链接`) and the
 * lines under it, up to the next related header: categories, months, tags and other sites, never related headlines.
 */
function widgetLines(features: Features[], kinds: { kind: BlockKind; rule: string }[], from: number): boolean[] {
  const widget = new Array<boolean>(features.length).fill(false)
  let inside = false
  // A small box's heading covers its few lines only.
  let smallUntil = -1
  for (let i = Math.max(0, from); i < features.length; i++) {
    if (kinds[i]!.rule.startsWith(RELATED_HEADING_ID)) {
      inside = false
      smallUntil = -1
    // Every such heading is a short line: longer ones are not looked up.
    } else if (features[i]!.length <= WIDGET_HEADING_MAX) {
      const words = lettersAndDigits(features[i]!.lower)
      if (WIDGET_HEADINGS.includes(words)) inside = true
      else if (SMALL_BOX_HEADINGS.includes(words)) smallUntil = i + SMALL_BOX_LINES
    }
    widget[i] = inside || i <= smallUntil
  }
  return widget
}
const WIDGET_HEADING_MAX = 10

/**
 * Below the body, the rows under a schedule's heading (`今日节目单`): lines opening with a time of day (`18:30 东江新闻`),
 * or a time alone and the line under it, as a dump splits the table's cells; the schedule ends at the first other line.
 * And, under any heading or none, two or more data rows in a row: a schedule's, results' or standings' (`07:00 东江早新闻`,
 * `东州猛虎 98-96 江城飞鹰`, `1 北港海狮 15-3`).
 */
function scheduleRows(features: Features[], from: number): boolean[] {
  const rows = new Array<boolean>(features.length).fill(false)
  for (let i = Math.max(0, from); i < features.length; i++) {
    if (features[i]!.length > SCHEDULE_HEADING_MAX || !SCHEDULE_HEADING.test(lettersAndDigits(features[i]!.lower))) continue
    let k = i + 1
    for (; k < features.length; k++) {
      if (CLOCK_OPENS.test(features[k]!.lower)) rows[k] = true
      else if (CLOCK_ALONE.test(features[k - 1]!.lower) && k - 1 > i) rows[k] = true
      else break
    }
    i = k - 1
  }
  // Whatever the heading says (`今日节目`, `本轮赛果`, `积分榜`), a run of data rows is a data box's.
  for (let i = Math.max(0, from); i < features.length; i++) {
    if (!dataRow(features[i]!)) continue
    let k = i + 1
    while (k < features.length && dataRow(features[k]!)) k++
    if (k - i >= DATA_RUN_MIN) rows.fill(true, i, k)
    i = k - 1
  }
  return rows
}
const SCHEDULE_HEADING_MAX = 12
const CLOCK_OPENS = /^\s*\d{1,2}:\d{2}(?!\d)/u
// A data row is a short line holding a digit; one alone is no box.
const DATA_ROW_MAX = 30
const DATA_RUN_MIN = 2

/** A row of a schedule, a results list or a standings table (DATA_ROWS), no headline's predicate in it. */
function dataRow(f: Features): boolean {
  if (f.length > DATA_ROW_MAX || f.han < 2 || !DIGIT.test(f.lower)) return false
  const key = f.lower.trim()
  return DATA_ROWS.some((shape) => shape.test(key)) && !SCORE_VERBS.some((w) => key.includes(w))
}
const DIGIT = /\d/u

/**
 * Below a comment header, a commenter line, a forum reply's header or a comment's date line, headline-shaped lines are
 * comments: each such marker reaches COMMENT_REACH blocks on, and a related header or a box's heading ends it at once.
 * Dated lines there are commenters' names with the time (`广东深圳网友 2022-12-05 12:30`), not headlines.
 */
function unmarkComments(hits: (Rule | undefined)[], kinds: { kind: BlockKind; rule: string }[], keys: readonly string[], from: number): void {
  let reach = -1
  for (let i = Math.max(0, from); i < kinds.length; i++) {
    const id = hits[i]?.id
    // A related header ends the comments, and so does another box's heading no rule took (`直播回顾`, BOX_HEADING).
    if (id === RELATED_HEADING_ID || (!hits[i] && BOX_HEADING.test(lettersAndDigits(keys[i]!.toLowerCase())))) reach = -1
    // A forum reply's header (`沙发 老王 发表于 …`) below the post opens a comment as a commenter line does.
    else if (id === COMMENTS_ID || (id === DATE_LINE_ID && reach >= i) || (hits[i]?.kind === 'meta' && FORUM_POSTER.test(keys[i]!))) {
      // A comment's time alone (`2017-06-21 15:22`) is the comment's, not a related headline's date.
      if (id === DATE_LINE_ID && kinds[i]!.kind === 'related') kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.comments) }
      reach = i + COMMENT_REACH
    } else if (i <= reach && kinds[i]!.kind === 'related') kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.comments) }
    // So is one right under the comment's last line, past the reach; it opens no more comments.
    else if (id === DATE_LINE_ID && kinds[i]!.kind === 'related' && kinds[i - 1]?.rule.startsWith(LAYOUT_RULES.comments.id)) kinds[i] = { kind: 'chrome', rule: label(LAYOUT_RULES.comments) }
  }
}
// A comment is a line or two under its commenter line; further on, a headline list may start without a header.
const COMMENT_REACH = 3

/**
 * Two or more `label: value` fields (`索 引 号: LJ00102 分 类: 政府工作报告`), or one named as a field of a record
 * (`名称: 关于…的通知`): an info grid's row, never a headline.
 */
const fieldRow = (key: string): boolean => {
  const first = key.indexOf(':')
  if (first < 0) return (/\d/u.test(key) && GRID_LABEL.test(key)) || GRID_LABEL_OPENING.test(key)
  return (key.indexOf(':', first + 1) > first && FIELD_PAIRS.test(key)) || RECORD_FIELD.test(key)
}
// A grid's labels printed without colons beside their values (`发布单位 秘书室 发布日期 109-10-15`, `点阅次数 358 最后更新 …`).
const GRID_LABEL = /(?:发布|更新|修改)(?:日期|时间|单位)|最后更新|(?:点阅|点击|浏览|阅读)次数/u
// Such a label alone, or opening its value's line (`发布单位 秘书室`, `发布日期`), whatever the value.
const GRID_LABEL_OPENING = new RegExp(`^\\s*(?:${GRID_LABEL.source})(?:\\s|$)`, 'u')
const RECORD_FIELD = /^\s*(?:名\s*称|标\s*题|题\s*目|索\s*引\s*号|文\s*号|发文字号|主题分类)\s*:/u
const FIELD_PAIRS = /\p{L}\s*:\s*\S.*\s\p{L}[\p{L}\s]{0,6}:\s*\S/u

/**
 * A piece of a field a dumper split over lines: the value under a label left empty (`来源：` / `经济日报`), or the
 * tail of a byline opening with its slash (`记者` / `林佳慧` / `／高雄报导`). A headline is neither.
 */
const pieceOfField = (blocks: Block[], i: number): boolean =>
  FIELD_TAIL.test(blocks[i]!.key) || (i > 0 && blocks[i - 1]!.line !== null && blocks[i]!.line === blocks[i - 1]!.line! + 1 && EMPTY_FIELD.test(blocks[i - 1]!.key))
const FIELD_TAIL = /^\s*[/|]/u
const EMPTY_FIELD = /^\s*\p{Script=Han}{2,4}\s*:\s*$/u

/**
 * A site's greeting with its account links (`江城热线欢迎您！登录 注册`, `您好，请 [登录] | [免费注册]`): a line ending
 * in two or more of these words, set apart by spaces, bars or brackets, is the page's header, never its headline.
 */
const ACCOUNT_WORDS = ['登录', '登入', '登陆', '注册', '免费注册', '退出', '登出', '注销', '找回密码', '忘记密码', '修改密码']
const ACCOUNT_WORD = `[\\[【]?(?:${ACCOUNT_WORDS.join('|')})[\\]】]?`
const ACCOUNT_LINKS = new RegExp(`(?:^|[\\s|!,;:/])${ACCOUNT_WORD}(?:\\s*[|/]?\\s*${ACCOUNT_WORD})+\\s*$`, 'u')
const accountLinks = (key: string): boolean => (key.includes('登') || key.includes('注') || key.includes('退')) && ACCOUNT_LINKS.test(key)

/** A title field's value is a headline: undecided, a headline's length, no full stop, some Han. */
function fieldValueHeadline(value: Block, rule: string): boolean {
  if (!rule.startsWith(LAYOUT_RULES.before.id) && !rule.startsWith(LAYOUT_RULES.noBody.id)) return false
  const f = measure(value)
  return f.length >= 4 && f.length <= 100 && f.stops === 0 && f.han >= 2 && !timestamped(value.key)
}

// The longest line a page's header cluster (its info grid's cells, tab bars) holds between a headline and the body.
const HEADER_FIELD_MAX = 30

// A subtitle (副题) opens with a dash: `——全省已建成农业物联网示范基地126个`.
const DECK_DASH = /^\s*(?:—|－－|--)/u

const FIELD_LABEL_MAX = 4
const FIELD_LABEL_ENDS = ['时间', '日期', '单位', '部门', '编号', '类型']

/**
 * A grid's field label alone on its line, its value on the next (`回复时间` / `2020-07-15 16:40:02`, `办理单位` / …):
 * a short line ending in a field's word (FIELD_LABEL_ENDS) is no headline, nor is the value under it.
 */
function fieldLabelAlone(f: Features, key: string, valueBelow: boolean): boolean {
  return valueBelow && f.length <= FIELD_LABEL_MAX && f.han === f.length && FIELD_LABEL_ENDS.some((end) => key.trimEnd().endsWith(end))
}

/** The shortest page title whose longer headline a line may give (`订单库迁移分布式数据库实践`): shorter ones name a channel. */
const TITLE_PART_MIN = 8

/** A date with its time of day (`2025-03-14 11:20`): a headline never carries one, a meta line does. */
const timestamped = (key: string): boolean => findDate(key)?.iso.includes('T') === true

/**
 * The title: the headline directly above the metadata lines that precede the body; else a line
 * that repeats the page title; else the headline nearest above the body.
 */
function findTitle(
  blocks: Block[],
  features: Features[],
  kinds: { kind: BlockKind; rule: string }[],
  bodyStart: number,
  firstBody: number,
  pageTitle: string | null,
  wanted: string,
  wantedUnnamed: string,
): number | null {
  const limit = Math.min(bodyStart, blocks.length)
  // A scene caption's shape is also a headline's: over the meta lines or repeating the page title it is one. (Not as
  // the nearest line above the body, step 3: a lead picture's caption stands there.)
  const sceneHeadline = (i: number): boolean =>
    kinds[i]!.rule.startsWith(CAPTION_ID) && blocks[i]!.tag !== 'figcaption' && sceneCaption(features[i]!)
  const shortHeadline = (i: number): boolean =>
    kinds[i]!.rule.startsWith(LAYOUT_RULES.before.id) && features[i]!.length >= 2 && features[i]!.length < 4 && features[i]!.han === features[i]!.length
  const candidate = (i: number, scene = true): boolean =>
    (kinds[i]!.rule.startsWith(LAYOUT_RULES.before.id) || kinds[i]!.rule.startsWith(LAYOUT_RULES.noBody.id) || (scene && sceneHeadline(i))) &&
    features[i]!.length >= 4 && features[i]!.length <= 100 && features[i]!.stops === 0 && features[i]!.han >= 2 && !labelLine(blocks[i]!.key) &&
    !timestamped(blocks[i]!.key) && !fieldRow(blocks[i]!.key) && !PROFILE_LABEL.test(blocks[i]!.key) && !(blocks[i]!.key.includes('关注') && FOLLOW_BUTTON.test(blocks[i]!.key)) &&
    !pieceOfField(blocks, i) && !accountLinks(blocks[i]!.key) && !fieldLabelAlone(features[i]!, blocks[i]!.key, i + 1 < blocks.length) &&
    !(i > 0 && fieldLabelAlone(features[i - 1]!, blocks[i - 1]!.key, true))
  // (A dump's first line is where `wanted` comes from: it repeats nothing.)
  const repeatsTitle = (i: number): boolean => (i > 0 || pageTitle !== null) && wanted.length >= 4 && headlineKey(blocks[i]!.key) === wanted
  // An og:title may give the headline's first part only (`订单库迁移…实践` of `订单库迁移…实践：不停机切换的三周`).
  const opensWithTitle = (i: number): boolean => pageTitle !== null && wanted.length >= TITLE_PART_MIN && headlineKey(blocks[i]!.key).startsWith(wanted)
  // A line that repeats the page title with a meta line right under it is a headline above its metadata too: it beats
  // a pick below it that repeats nothing (a tab bar over a second meta cluster, a grid's label over its timestamp), when
  // only meta lines and short fields stand between them (no paragraph: a page with another article's head above it).
  const titleOverMeta = (pick: number): number | null => {
    if (wanted.length < TITLE_PART_MIN) return null
    for (let i = pick - 2; i >= 0; i--) {
      const f = features[i + 1]!
      if (kinds[i + 1]!.kind !== 'meta' && (f.stops > 0 || f.length > HEADER_FIELD_MAX)) return null
      if (kinds[i + 1]!.kind === 'meta' && repeatsTitle(i) && candidate(i)) return i
    }
    return null
  }
  // 0. A record's title field (`标题` beside or above its value): the page names its headline.
  for (let i = 0; i < limit; i++) {
    const key = blocks[i]!.key
    if (!key.includes('题') && !key.includes('題')) continue
    if (TITLE_LABEL_ALONE.test(key)) {
      if (i + 1 < limit && candidate(i + 1) && !datedHeadline(blocks[i + 1]!.key)) return i + 1
    } else if (TITLE_FIELD.test(key) && fieldValueHeadline({ ...blocks[i]!, key: withoutTitleLabel(key) }, kinds[i]!.rule)) return i
  }
  // 1. A headline just above a meta line (skipping other meta and short chrome in between).
  // (The metadata sit above the first line taken for the body, which may be above the run: a lead stranded by a list.)
  const metaLimit = Math.min(firstBody, limit)
  for (let i = metaLimit - 1; i >= 0 && i >= metaLimit - 12; i--) {
    if (kinds[i]!.kind !== 'meta') continue
    // A date under a profile field's label (`注册时间` / `2010-5-19`) is the poster's, not the article's.
    if (i > 0 && PROFILE_LABEL.test(blocks[i - 1]!.key)) continue
    // A post header without its poster (`发表于 … | 只看该作者`) has the poster's handle right above it: not the title.
    const header = FORUM_POSTER.exec(blocks[i]!.key)
    // So has a platform's `2022-06-18 11:05发布于北京` under its account's name, when the page title stands above that name.
    const posterAbove = (header !== null && header[1] === undefined) ||
      (POSTED_UNNAMED.test(blocks[i]!.key) && i >= 2 && candidate(i - 2) && headlineKey(blocks[i - 2]!.key) === wanted)
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (kinds[j]!.kind === 'meta') continue
      // (A handle-shaped line that repeats the page title is the thread's headline: `我市年内新增停车泊位2400个`.)
      if (j === i - 1 && posterAbove && POSTER_HANDLE.test(blocks[j]!.key.trim()) && !repeatsTitle(j)) continue
      // A deck under the headline stands nearer the meta lines: the line above it that repeats the page title is the headline.
      if (candidate(j) && !datedHeadline(blocks[j]!.key)) {
        // A `——` subtitle under the headline is a deck whatever the page title says.
        if (j > 0 && DECK_DASH.test(blocks[j]!.key) && candidate(j - 1) && !DECK_DASH.test(blocks[j - 1]!.key)) return j - 1
        const pick = j > 0 && (repeatsTitle(j - 1) || opensWithTitle(j - 1)) && !opensWithTitle(j) && !repeatsTitle(j) && candidate(j - 1) ? j - 1 : j
        return repeatsTitle(pick) || opensWithTitle(pick) ? pick : (titleOverMeta(pick) ?? pick)
      }
      // A two- or three-character headline (`车站`) right above a byline is one: a name line never sits over a byline,
      // except over the role it names (`韩雪` / `北欧之声中文记者，斯德哥尔摩`), which is the writer's.
      if (j === i - 1 && kinds[i]!.rule.startsWith(BYLINE_ID) && shortHeadline(j)) {
        if (!ROLE_UNDER_NAME.test(blocks[i]!.key)) return j
        continue
      }
      // A rule of box-drawing marks (`━━━━`) or a call to follow sits between a post's headline and its byline.
      if (features[j]!.han === 0 && lettersAndDigits(blocks[j]!.key) === '') continue
      if (kinds[j]!.rule.startsWith(PROMPT_ID)) continue
      if (kinds[j]!.kind === 'ad' || features[j]!.length > 4) break
    }
  }
  // 2. The block that repeats the page title (the last such above the body: the first is often the <title> line itself);
  // a two- or three-character one (`讣告`) when it repeats it exactly.
  if (wanted.length >= 4) {
    for (let i = limit - 1; i >= 0; i--) {
      const n = headlineKey(blocks[i]!.key)
      if (candidate(i) && n.length >= 4 && (n === wanted || (wanted.startsWith(n) && n.length >= wanted.length * 0.6))) return i
    }
    if (wantedUnnamed.length >= 4) for (let i = limit - 1; i >= 0; i--) if (candidate(i) && headlineKey(blocks[i]!.key) === wantedUnnamed) return i
  } else if (wanted.length >= 2) {
    for (let i = limit - 1; i >= 1; i--) if (shortHeadline(i) && headlineKey(blocks[i]!.key) === wanted) return i
  }
  // 3. The nearest headline above the body.
  for (let i = limit - 1; i >= 0 && i >= limit - 3; i--) if (candidate(i, false) && features[i]!.length >= 6) return i
  // 4. A dump's first line, the page's <title> with its site's name after the headline (`油价再次上调_新浪网`).
  if (!pageTitle && limit > 0 && candidate(0) && wanted.length >= 6 && wanted !== headlineKey(blocks[0]!.key)) return 0
  return null
}
