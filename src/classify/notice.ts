import { ruleId, type Rule } from './rules.js'
import { proseWeight, type Features } from './features.js'
import { isDataRow, listItem } from './lists.js'

// An official notice closes with its attachments (`附件:1.…`) and its signature: the issuer on one
// line, the date on the next. They are short lines below the last paragraph, so the layout left
// them out (or, in a row, took them for related headlines). Matched on the NFKC key.

/** `附件:`, `附件1:`, `附表:`, `附:` opening an attachment list (its first item may follow on the line). */
export const ATTACHMENT_HEAD = /^\s*附(?:件|表|录)?\s*\d{0,2}\s*:/u

/** `附件：深建规〔2018〕5号.pdf`, or a linked `附件：…成绩册`: a file after the heading, not a list's first item or a table's title. */
const downloadLink = (text: string, f: Features): boolean => {
  // Read on the text, where `①` is still a list mark (NFKC makes it `1`).
  const value = attachmentValue(text)
  return value !== '' && (FILE_NAME.test(value) || (listItem(value) === null && f.linkDensity > LINKED))
}
/** What follows the attachment label on its own line: `` for a bare `附件：`. */
const attachmentValue = (text: string): string => text.replace(/^\s*附(?:件|表|录)?\s*\d{0,2}\s*[:：]\s*/u, '')
const FILE_NAME = /\.(?:docx?|xlsx?|pdf|pptx?|wps|et|zip|rar|7z|txt|jpe?g|png)\s*$/iu
// Most of the line sat in a link.
const LINKED = 0.5

/** An issuing body: a short name ending in what offices, committees, companies and schools are called. */
export const ISSUER =
  /^[\u4e00-\u9fff()]{2,30}(?:办公室|办公厅|人民政府|政府|委员会|党委|党组|局|厅|部|署|处|科|院|所|站|中心|协会|学会|联合会|商会|基金会|公司|集团|银行|学校|大学|学院|医院|法院|检察院|办事处|总队|支队|大队|社区|村委会|居委会|董事会|监事会|理事会|指挥部|领导小组)$/u

/** A date alone, as a signature writes it: `2024年1月25日`, `二〇二四年一月二十五日`, `2024-01-25`. */
export const SIGNATURE_DATE =
  /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*$/u

const MAX_ISSUERS = 3
const MAX_CAPTIONS = 2
const CAPTION_ID = ruleId('caption')

/** The publication note under a signature: `（此件公开发布）`, `（此件主动公开）`. */
export const PUBLICATION_NOTE = /^\s*\(此件[\u4e00-\u9fff]{2,6}\)\s*$/u

// An attachment may be a table (`附：招生专业及考试科目` over its cells, one per line in a dump): short lines
// whose values recur down a column (`同上`, `1、英语或俄语或日语` in every row). A related list's headlines
// do not recur, or only in a row (a headline printed three times): a recurrence counts from this far apart.
const CELL_MAX = 40
const TABLE_MIN_CELLS = 6
const TABLE_MAX_CELLS = 2000
const RECURRING_SHARE = 0.3
const COLUMN_DISTANCE = 3
// A lone number or mark (a table's `7` in a head-count column) is a fragment to the local rules, yet a cell here.
const FRAGMENT_ID = ruleId('fragment')

// A table's header row is short labels, which the local rules may take for a menu.
const HEADER_ROW_MAX = 40
const NAV_LIST_ID = ruleId('nav-list')

/** A table printed a row per line below an attachment heading: perhaps a header row, then two or more data rows. */
function attachmentRows(keys: readonly string[], features: readonly Features[], hits: readonly (Rule | undefined)[], from: number): number[] {
  let i = from
  const header = i < keys.length && (!hits[i] || hits[i]!.id === NAV_LIST_ID) && features[i]!.length <= HEADER_ROW_MAX && features[i]!.gaps >= 2 && !isDataRow(keys[i]!)
  if (header) i++
  const rows: number[] = []
  while (i < keys.length && (!hits[i] || hits[i]!.id === NAV_LIST_ID) && isDataRow(keys[i]!)) rows.push(i++)
  if (rows.length < 2) return []
  return header ? [from, ...rows] : rows
}

/** The cells of a table right below an attachment heading (from `from` on), or none when the lines do not recur like a table's. */
function attachmentTable(keys: readonly string[], features: readonly Features[], hits: readonly (Rule | undefined)[], from: number): number[] {
  const cells: number[] = []
  for (let i = from; i < keys.length && cells.length < TABLE_MAX_CELLS; i++) {
    const hit = hits[i]
    if ((hit && hit.id !== FRAGMENT_ID) || features[i]!.length > CELL_MAX || features[i]!.stops > 0) break
    cells.push(i)
  }
  while (cells.length > 0 && hits[cells[cells.length - 1]!]) cells.pop()
  const seenAt = new Map<string, number>()
  let recurring = 0
  for (const i of cells) {
    const value = keys[i]!.replace(/\s+/gu, '')
    const before = seenAt.get(value)
    if (before !== undefined && i - before >= COLUMN_DISTANCE) recurring++
    seenAt.set(value, i)
  }
  return cells.length >= TABLE_MIN_CELLS && recurring >= cells.length * RECURRING_SHARE ? cells : []
}

// A table the article introduces (`具体标准如下：`) and goes on below, its cells one per line in a dump: a header row of
// words (`车辆价格（含税）` / `燃油车补贴` / `新能源车补贴`), then rows as wide, most of whose cells are measured values
// (`10万元以下` / `2000元` / `3000元`). The prose run may stop above the cells or start below them: the article's
// prose on both sides says the table is the body's; a table at the article's end is left to the close.
const INTRODUCES_TABLE = /(?::|如下)\s*$/u
const TABLE_COLUMNS_MAX = 8
const TABLE_ROWS_MIN = 2
const MEASURED_CELL = /\d\s*(?:元|亿|万|%|吨|米|岁|人|个|份|倍|公里|千克|公斤|平方米|亩|户|台|辆|次|天|年|月|小时|分钟)/u
// Prose lines within this reach below the table, before any line a local rule decided.
const TABLE_PROSE_REACH = 4
const TABLE_PROSE_MIN = 2
// A subheading between two paragraphs beside the table.
const HEADING_MAX = 30

/** Is line k a paragraph of prose no local rule decided? */
const proseAt = (features: readonly Features[], hits: readonly (Rule | undefined)[], k: number): boolean =>
  k >= 0 && k < features.length && !hits[k] && proseWeight(features[k]!) >= 1

/** A cell of a table a dump prints one per line: short, no sentence, no link, no list item. */
const cellLine = (texts: readonly string[], features: readonly Features[], hits: readonly (Rule | undefined)[], i: number): boolean => {
  const f = features[i]!
  return (!hits[i] || hits[i]!.id === FRAGMENT_ID) && f.length <= CELL_MAX && f.stops === 0 && f.linkDensity === 0 && listItem(texts[i]!) === null
}

/** The cells under the line `intro` that introduces them, when they make a table of values; none otherwise. */
function introducedTable(keys: readonly string[], texts: readonly string[], features: readonly Features[], hits: readonly (Rule | undefined)[], intro: number): number[] {
  if (intro < 0 || !INTRODUCES_TABLE.test(keys[intro]!)) return []
  const cells: number[] = []
  for (let i = intro + 1; i < keys.length && cells.length < TABLE_MAX_CELLS && cellLine(texts, features, hits, i); i++) cells.push(i)
  // The header row: its words; as many columns as it has.
  let columns = 0
  while (columns < cells.length && columns <= TABLE_COLUMNS_MAX && !/\d/u.test(keys[cells[columns]!]!)) columns++
  if (columns < 2 || columns > TABLE_COLUMNS_MAX) return []
  const rows = (cells.length - columns) / columns
  if (!Number.isInteger(rows) || rows < TABLE_ROWS_MIN) return []
  for (let r = 0; r < rows; r++) {
    const row = cells.slice(columns + r * columns, columns + (r + 1) * columns)
    if (row.filter((k) => MEASURED_CELL.test(keys[k]!)).length * 2 < columns) return []
  }
  // The article goes on below: prose right under the last cell, and more of it close by.
  const after = cells[cells.length - 1]! + 1
  if (!proseAt(features, hits, after)) return []
  let found = 0
  for (let k = after; k < Math.min(keys.length, after + TABLE_PROSE_REACH) && !hits[k]; k++) if (proseAt(features, hits, k)) found++
  return found >= TABLE_PROSE_MIN ? cells : []
}

/** From `from` on, by `step`, the article's prose the run left out: paragraphs, and a short heading between two of them (`三、实施期限`). */
function proseGoingOn(features: readonly Features[], hits: readonly (Rule | undefined)[], from: number, step: 1 | -1): number[] {
  const found: number[] = []
  for (let k = from; k >= 0 && k < features.length; k += step) {
    const heading = !hits[k] && features[k]!.length <= HEADING_MAX && features[k]!.linkDensity === 0 && proseAt(features, hits, k + step)
    if (!proseAt(features, hits, k) && !heading) break
    found.push(k)
  }
  return found
}

/**
 * A table set into the body on either side of the run [start, end]: its last line introduces the cells under it with the
 * article's prose going on below them, or its first line carries on below cells that such a line above introduces.
 * Returns the cells, and the prose the run left out beyond them.
 */
export function tableAmidProse(
  keys: readonly string[],
  texts: readonly string[],
  features: readonly Features[],
  hits: readonly (Rule | undefined)[],
  [start, end]: [number, number],
): { cells: number[]; prose: number[] } {
  const none = { cells: [], prose: [] }
  const below = end + 1 < keys.length ? introducedTable(keys, texts, features, hits, end) : []
  if (below.length > 0) return { cells: below, prose: proseGoingOn(features, hits, below[below.length - 1]! + 1, 1) }
  let intro = start - 1
  while (intro >= 0 && start - intro <= TABLE_MAX_CELLS && cellLine(texts, features, hits, intro)) intro--
  if (intro === start - 1) return none
  // The line introducing them closes the article's prose above (`…，具体标准如下：`), or is a label under a paragraph.
  const above = hits[intro] ? [] : introducedTable(keys, texts, features, hits, intro)
  const prose = proseGoingOn(features, hits, intro - 1, -1)
  if (above.length === 0 || above[above.length - 1] !== start - 1 || (prose.length === 0 && proseWeight(features[intro]!) < 1)) return none
  return { cells: above, prose: [intro, ...prose] }
}

/**
 * The blocks right below the body (from `from` on) that close a notice: an attachment heading with
 * the numbered items under it (read on the texts, where `①` is still a list mark) or the table under it, a table's
 * caption with its rows (a header row of words perhaps, then rows of measured values),
 * and an issuer line followed by a date line (and the publication note under them). Nothing a local rule
 * decided is taken, except the date line itself (a date-line rule claims every bare date).
 */
export function noticeClose(
  keys: readonly string[],
  texts: readonly string[],
  features: readonly Features[],
  hits: readonly (Rule | undefined)[],
  from: number,
): number[] {
  const found: number[] = []
  let i = from
  for (let round = 0; round < 2; round++) {
    if (i < keys.length && !hits[i] && ATTACHMENT_HEAD.test(keys[i]!)) {
      const head = i++
      const listed = i
      // An item that names a file (`1. 申请表.docx`) is a download link, not the notice's annex: the list stops there.
      while (i < keys.length && !hits[i] && listItem(texts[i]!) && !FILE_NAME.test(texts[i]!)) found.push(i++)
      const rows = i === listed ? attachmentRows(keys, features, hits, i) : []
      const cells = rows.length > 0 ? rows : i === listed ? attachmentTable(keys, features, hits, i) : []
      if (cells.length > 0) {
        found.push(...cells)
        i = cells[cells.length - 1]! + 1
      }
      // One file on the heading's own line, nothing listed under it, is a download link (`附件：深建规〔2018〕5号.pdf`).
      // A bare `附件：` with nothing of the notice's under it introduced only links to files, which go: so does it.
      if (i > listed || (attachmentValue(texts[head]!) !== '' && !downloadLink(texts[head]!, features[head]!))) found.push(head)
    }
    // A table closing the article right under it: its caption (`主要农产品价格监测表（单位：元/公斤）`), then its rows.
    if (i < keys.length && !hits[i] && features[i]!.length <= TABLE_CAPTION_MAX && features[i]!.stops === 0 && TABLE_CAPTION.test(keys[i]!)) {
      const rows = attachmentRows(keys, features, hits, i + 1)
      if (rows.length > 0) {
        found.push(i, ...rows)
        i = rows[rows.length - 1]! + 1
      }
    }
    // A map's or photo's caption may stand between the last paragraph and the signature; it stays a caption.
    for (let c = 0; c < MAX_CAPTIONS && i < keys.length && hits[i]?.id === CAPTION_ID; c++) i++
    // So may its contact fields (`联系人：周老师 联系电话：…`, `咨询电话：…`), the lines a section holds; they stay where they are.
    for (let c = 0; c < MAX_CONTACTS && i < keys.length && FIELD_LINE.test(keys[i]!) && sectionLine(keys[i]!, features[i]!, hits[i]); c++) i++
    // One to three issuers (a notice from two offices signs with both), then the date.
    let issuers = 0
    while (issuers < MAX_ISSUERS && i + issuers < keys.length && !hits[i + issuers] && ISSUER.test(keys[i + issuers]!.trim())) issuers++
    if (issuers > 0 && i + issuers < keys.length && SIGNATURE_DATE.test(keys[i + issuers]!)) {
      for (let k = 0; k <= issuers; k++) found.push(i + k)
      i += issuers + 1
      if (i < keys.length && !hits[i] && PUBLICATION_NOTE.test(keys[i]!)) found.push(i++)
    }
  }
  return found
}

// A table's caption (keys are NFKC: the brackets and colon are ASCII): it names a table, a list of figures or a tally
// (`…价格监测表`, `…完成情况`, `…统计`), or gives the table's unit (`（单位：元/公斤）`). Rows of measured values must follow it.
const TABLE_CAPTION = /(?:表|一览|情况|统计)(?:\s*\(\s*单位\s*:[^()]{1,12}\))?\s*$|\(\s*单位\s*:[^()]{1,12}\)\s*$/u
const TABLE_CAPTION_MAX = 40

// Contact field lines between a notice's last paragraph and its signature.
const MAX_CONTACTS = 3

/** The formula that ends a notice's text, alone or closing its last paragraph: `特此公告。`, `…不得迟报、瞒报。特此通知。`. */
export const CLOSING_FORMULA = /特此(?:公告|通知|通告|通报|函告|告知|声明)\s*[。!]?\s*$/u

/**
 * A notice an article quotes in full, inside the run: under its closing formula (`特此公告。`), up to MAX_CONTACTS
 * contact fields (`联系电话：…`, `地址：…`), one to three issuers and the date alone on its line, with the article's prose
 * going on right below. Returns the lines of those closes a local rule decided (a contact line looks like a site's
 * footer, the date like a date line): they are the notice's.
 */
export function quotedNoticeCloses(
  keys: readonly string[],
  features: readonly Features[],
  hits: readonly (Rule | undefined)[],
  [start, end]: [number, number],
): number[] {
  const found: number[] = []
  for (let i = start; i < end; i++) {
    // Every formula opens with 特: most lines are not searched.
    if (hits[i] || !keys[i]!.includes('特此') || !CLOSING_FORMULA.test(keys[i]!)) continue
    let j = i + 1
    for (let c = 0; c < MAX_CONTACTS && j < end && FIELD_LINE.test(keys[j]!) && sectionLine(keys[j]!, features[j]!, hits[j]); c++) j++
    let issuers = 0
    while (issuers < MAX_ISSUERS && j + issuers < end && !hits[j + issuers] && ISSUER.test(keys[j + issuers]!.trim())) issuers++
    const date = j + issuers
    if (issuers === 0 || date >= end || !SIGNATURE_DATE.test(keys[date]!)) continue
    const after = date + 1
    if (hits[after] || proseWeight(features[after]!) < 1) continue
    for (let k = i + 1; k <= date; k++) if (hits[k]) found.push(k)
  }
  return found
}

// A notice's last sections (`五、联系方式` / `联系人：王老师` / `联系电话：…`) often fall below the prose run:
// their lines are short, and contact lines look like a site's footer. The numbering carrying on from a
// section heading inside the body says they are the notice's. Each section is a few short lines.
const SECTION_LINES_MAX = 8
/** The longest line under a notice's section heading. */
export const SECTION_LINE_MAX = 60
// A `label: value` field (`电子邮箱: jc@163.com`): a footer rule may claim it, a section holds it.
const FIELD_LINE = /^\s*[\p{Script=Han}A-Za-z-]{1,6}\s*:\s*\S/u
const SITE_NAME_ID = ruleId('site-name')

const sectionLine = (key: string, f: Features, hit: Rule | undefined): boolean =>
  f.length <= SECTION_LINE_MAX && f.linkDensity === 0 && (!hit || ((hit.yieldsToBody === true || hit.id === SITE_NAME_ID) && FIELD_LINE.test(key)))

/**
 * Section headings right below the body (from `from` on) whose number carries on a heading of the same
 * style inside the body (`四、报名方式` in it, `五、联系方式` below), each with its short lines.
 */
export function continuedSections(
  keys: readonly string[],
  texts: readonly string[],
  features: readonly Features[],
  hits: readonly (Rule | undefined)[],
  [start, end]: [number, number],
  from: number,
): number[] {
  const found: number[] = []
  let i = from
  for (;;) {
    const item = i < keys.length && !hits[i] && features[i]!.linkDensity === 0 && features[i]!.length <= SECTION_LINE_MAX ? listItem(texts[i]!) : null
    if (!item || item.number < 2) break
    let before = false
    for (let k = end; k >= start && !before; k--) {
      const inBody = listItem(texts[k]!)
      before = inBody !== null && inBody.style === item.style && inBody.number === item.number - 1
    }
    if (!before) break
    const heading = i++
    // Up to the next heading, or the signature (left to `noticeClose`).
    while (i < keys.length && i - heading <= SECTION_LINES_MAX && !listItem(texts[i]!) && !ISSUER.test(keys[i]!.trim()) && sectionLine(keys[i]!, features[i]!, hits[i])) i++
    found.push(...Array.from({ length: i - heading }, (_, k) => heading + k))
    // The body now ends at this section: the next heading carries on from it.
    end = i - 1
  }
  return found
}
