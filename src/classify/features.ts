import type { Block } from '../types.js'
import { DATE_UNITS } from '../extract/dates.js'
import { requiredUnits } from '../required.js'
import { BANNER_SEPARATORS, COMMENTER, COMMENTER_AGO, COMMENTER_IP, COMMENT_FOOTER, COMMENTS_HEADING, META_BARS, META_MARKS, RELATIVE_TIME } from './patterns.js'

/** Measurements of one block that rules and the layout pass read; computed once per block. */
export interface Features {
  /** The key in lower case, for table look-ups. */
  lower: string
  /** Characters that are not white space. */
  length: number
  /** Han characters. */
  han: number
  /** Full stops `。`: the surest sign of prose (headlines end in ! or ? as often as sentences do). */
  stops: number
  /** `!` and `?` (the key is NFKC, so full-width marks are ASCII here). */
  marks: number
  /** Clause marks: ，、； (ASCII after NFKC). Colons are left out: `label: value` lines are not prose. */
  clauses: number
  /** Banner joins: , _ - / | . · : 、 (keyword strings in ad banners are glued by these); 0 above BANNER_MAX_LENGTH. */
  separators: number
  /** Share of the text that sat inside links (HTML mode). */
  linkDensity: number
  /** A line too short for the prose test that still ends a sentence (`又是一年中秋。`) or is a quoted line of speech (`“去哪儿？”`). */
  shortSentence: boolean
  /** Spaces, tabs and bars between characters: a table row's cells need two. */
  gaps: number
  /** The line ends in a clause mark (`落在青石板上，`): a sentence goes on below it, as a poem's lines do. */
  clauseEnd: boolean
  /** Bits of TRIGGERS for the rare characters the key or its lower case holds (0 above TRIGGER_MAX_LENGTH): rules whose every match holds one look first. */
  triggers: number
  /** Bits of OPENERS for the key's first character past spaces and opening brackets: rules anchored at a line's start look first. */
  opener: number
}

/** Characters some rule's every match holds, by the rule's bit: a key without them is not searched. */
export const TRIGGER_REPRINT = 1 // 转载, 版权, 未经, 授权
export const TRIGGER_DISCLAIMER = 2 // 声明, 侵权, 来源于, 本站所有, 不代表, 仅为…不能作为
export const TRIGGER_CAPTION = 4 // 摄, 图, ▲, △, ↑
export const TRIGGER_INLINE_RELATED = 8 // 相关…, …阅读, 往期…
// Read from the patterns and marks the rules look for (required.ts), so an edited rule keeps its trigger right:
export const TRIGGER_COMMENT = 16 // a comment heading's or a commenter line's (commentLine on a short line)
export const TRIGGER_META = 32 // a meta label's mark or bar (metaFieldsOf)
export const TRIGGER_DATE = 64 // a date's digits or 年 (findDate)
export const TRIGGER_RELATIVE_TIME = 128 // a time relative to now (RELATIVE_TIME)
/** Characters, or code units read from patterns (null: none could be named, the bit is on every line). */
type TriggerChars = string | readonly number[] | null
const TRIGGERS: readonly [TriggerChars, number][] = [
  ['转版未授', TRIGGER_REPRINT], ['声侵源站代仅', TRIGGER_DISCLAIMER], ['摄图▲△↑', TRIGGER_CAPTION], ['相阅往', TRIGGER_INLINE_RELATED],
  [requiredUnits(COMMENTS_HEADING, COMMENTER, COMMENTER_IP, COMMENT_FOOTER, COMMENTER_AGO), TRIGGER_COMMENT],
  // A mark is held when its first character is.
  [[...META_MARKS, ...META_BARS].map((mark) => mark[0]).join(''), TRIGGER_META],
  [DATE_UNITS, TRIGGER_DATE],
  [requiredUnits(RELATIVE_TIME), TRIGGER_RELATIVE_TIME],
]
/** A look-up by UTF-16 unit of the bits whose characters hold it. */
function bitsByChar(table: readonly [TriggerChars, number][]): Uint8Array {
  const bits = new Uint8Array(0x10000)
  for (const [chars, bit] of table) {
    if (typeof chars === 'string') for (const c of chars) bits[c.charCodeAt(0)]! |= bit
    else if (chars !== null) for (const unit of chars) bits[unit]! |= bit
  }
  return bits
}
const TRIGGER_OF = bitsByChar(TRIGGERS)
// The bits of patterns no character could be named for: every line has them.
const TRIGGER_ALWAYS = TRIGGERS.reduce((all, [chars, bit]) => (chars === null ? all | bit : all), 0)
/** First characters some line-start rule's every match opens with (past spaces and `(【[`), by the rule's bit. */
export const OPEN_SUMMARY = 1 // 核心提示, 导读, 导语, 内容提要, 提要, 摘要, AI摘要
export const OPEN_ORIGINAL_TITLE = 2 // 原标题
export const OPEN_FIRST_RAN = 4 // 本文首发于, 首发于, 原载于, 刊发于
export const OPEN_ADVICE = 8 // 本文…不构成, 以上…, 温馨提示, 声明
export const OPEN_BULLET = 16 // □ ■ ● ◎ ◆ ◇
const OPENERS: readonly [string, number][] = [
  ['核导内提摘aA', OPEN_SUMMARY], ['原', OPEN_ORIGINAL_TITLE], ['本此文首原刊', OPEN_FIRST_RAN], ['温风提声本以上文', OPEN_ADVICE], ['□■●◎◆◇', OPEN_BULLET],
]
const OPENER_OF = bitsByChar(OPENERS)
// What may stand before a line's first word: white space and opening brackets.
const LEADING = bitsByChar([[' \t\u3000([【「', 1]])

function openerOf(key: string): number {
  let i = 0
  while (i < key.length && LEADING[key.charCodeAt(i)] === 1) i++
  return i < key.length ? OPENER_OF[key.charCodeAt(i)]! : 0
}

/** The rules that read triggers look at lines up to this long only: longer ones are not scanned for them. */
export const TRIGGER_MAX_LENGTH = 200

// The lower case's own (a rule matching it may name a small letter the key holds as a capital).
function triggersOf(text: string): number {
  let bits = 0
  for (let i = 0; i < text.length; i++) bits |= TRIGGER_OF[text.charCodeAt(i)]!
  return bits
}

/** Han ideographs: the URO block, extension A, compatibility ideographs, and the astral extensions. */
const isHanCode = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x323af)

/** The longest a banner is; separators are counted only up to it (the banner rules are their only readers). */
export const BANNER_MAX_LENGTH = 160

const IS_SEPARATOR = bitsByChar([[BANNER_SEPARATORS, 1]])

// Capitals the key is lowered for: Latin (with Latin-1 and Extended-A/B), Greek and Cyrillic.
const isUpper = (c: number): boolean =>
  c <= 0x5a ? c >= 0x41 : (c >= 0xc0 && c <= 0x24f) || (c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f)

/**
 * One pass over the key by code point; no per-character regexes (this runs on every block). The look-ups by
 * code unit (separators, triggers) ride along: a pass of their own over every line cost as much as this one.
 */
export function measure(block: Block): Features {
  const key = block.key
  let length = 0
  let han = 0
  let stops = 0
  let clauses = 0
  let marks = 0
  let gaps = 0
  let separators = 0
  let triggers = 0
  let upper = false
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i)
    separators += IS_SEPARATOR[c]!
    triggers |= TRIGGER_OF[c]!
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < key.length) {
      // The unit after a high half is read with it (a lone one's neighbour too, as ever): its look-ups as well.
      const next = key.charCodeAt(i + 1)
      separators += IS_SEPARATOR[next]!
      triggers |= TRIGGER_OF[next]!
      if (isUpper(next)) upper = true
      c = key.codePointAt(i++)!
    }
    if (isUpper(c)) upper = true
    if (c <= 0x20 || c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b)) {
      if (c === 0x20 || c === 0x09) gaps++
      continue
    }
    length++
    if (c === 0x7c) gaps++ // |
    if (isHanCode(c)) han++
    else if (c === 0x3002) stops++ // 。
    else if (c === 0x21 || c === 0x3f) marks++ // ! ?
    else if (c === 0x2c || c === 0x3001 || c === 0x3b) clauses++ // , 、 ;
  }
  const lower = upper ? key.toLowerCase() : key
  return {
    lower,
    length,
    han,
    stops,
    marks,
    clauses,
    separators: length <= BANNER_MAX_LENGTH ? separators : 0,
    linkDensity: length === 0 ? 0 : Math.min(1, block.linkChars / length),
    shortSentence: length < PROSE_MIN && (stops > 0 || marks > 0) && shortSentence(key, stops > 0),
    gaps,
    clauseEnd: clauses > 0 && clauses <= CLAUSE_END_MAX && han >= CLAUSE_END_HAN && endsInClause(key),
    triggers: length <= TRIGGER_MAX_LENGTH ? triggers | TRIGGER_ALWAYS | (upper ? triggersOf(lower) : 0) : 0,
    opener: openerOf(key),
  }
}

// A line ending in a clause mark continues a sentence, unless it is a keyword list (commas after every word).
const CLAUSE_END_MAX = 2
const CLAUSE_END_HAN = 4
function endsInClause(key: string): boolean {
  let i = key.length - 1
  while (i >= 0 && key.charCodeAt(i) <= 0x20) i--
  const c = key.charCodeAt(i)
  return c === 0x2c || c === 0x3001 || c === 0x3b // , 、 ;
}

// Below this many characters a line needs more than a full stop to count as prose.
const PROSE_MIN = 10
// A full stop at the end, perhaps inside closing quotes; speech is a whole line in quotes ending in 。 ! ? or ….
const STOP_END = /。[”’」』)]*\s*$/u
const SPEECH = /^\s*[“「『][^“”「」『』]*[。!?…][”」』]\s*$/u

function shortSentence(key: string, hasStop: boolean): boolean {
  return (hasStop && STOP_END.test(key)) || SPEECH.test(key)
}

/**
 * Prose is what articles are made of: long runs of text with sentence punctuation.
 * Headlines and menu entries are short and rarely end a sentence; a bare long line without
 * any punctuation (a keyword list) is not prose either.
 */
export function proseWeight(f: Features): number {
  if (f.linkDensity > 0.5) return 0
  if (f.length >= PROSE_MIN && f.stops > 0) return 1
  if (f.shortSentence || f.clauseEnd) return 1
  if (f.length >= 30 && f.marks > 0 && f.clauses > 0) return 0.5
  if (f.length >= 40 && f.clauses >= 1) return 1
  if (f.length >= 24 && f.clauses >= 2) return 0.5
  if (f.length >= 60) return 0.5
  return 0
}
