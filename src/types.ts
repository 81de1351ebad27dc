/** What a block of the page turned out to be. */
export type BlockKind =
  | 'title'
  | 'meta'
  | 'body'
  | 'related'
  | 'ad'
  | 'chrome'
  | 'junk'
  | 'empty'

/** One paragraph-sized piece of the page, in reading order. */
export interface Block {
  /** Text as it stands after the stages so far (repairs applied; original script until conversion). */
  text: string
  /** 1-based line of the dump (text mode) or of the HTML source where the block starts; null when unknown. */
  line: number | null
  /** HTML tag that produced the block (`p`, `li`, `h1`, `td`, …); undefined in text mode. */
  tag?: string
  /** Characters of `text` that sat inside links (HTML mode); 0 in text mode. */
  linkChars: number
  /** Ids of the block elements around it, outermost first (HTML mode): blocks of one article share a prefix. */
  path?: readonly number[]
  /** HTML: an image stood alone between the block before and this one (where a caption goes). */
  afterImage?: boolean
  /** The text folded for matching: converted to Simplified, NFKC, set by the fold stage. */
  key: string
  /** Decided kind; undefined until classified. */
  kind?: BlockKind
  /** Id and name of the rule that decided the kind, e.g. `CP101 ad-vocabulary`. */
  rule?: string
}

/** A problem noticed while cleaning; never fatal. */
export interface Warning {
  code: string
  message: string
  line: number | null
}

/** One change a repair made, for `--explain`. */
export interface Repair {
  line: number | null
  from: string
  to: string
  rule: string
}

export interface RelatedItem {
  title: string
  publishedAt: string | null
}

/** The result of cleaning one page; also the `--format json` output. */
export interface CleanResult {
  title: string | null
  author: string | null
  /** Who the page says published the article (`来源：新华网`, an e-paper's citation, a repost's outlet); null when it credits no one. */
  publisher: string | null
  /**
   * The site the page was found on, as it names itself: og:site_name, application-name or the tail of the <title> in HTML;
   * in a text dump, the tail of its first line when that line is the page's title (`…活动 - 滨江市图书馆`). Not a credit:
   * an aggregator's page names the aggregator here and the outlet in `publisher`.
   */
  site: string | null
  /** ISO 8601 local time, as precise as the page gives it: `2025-05-16T14:06:03`, `2005-03-21T11:21`, `2005-03-21`. */
  publishedAt: string | null
  keywords: string[]
  body: string[]
  related: RelatedItem[]
  warnings: Warning[]
  /** Only with `explain`: every block with what it became and why. */
  blocks?: { text: string; kind: BlockKind; rule: string | null; line: number | null }[]
  /** Only with `explain`: every repair made. */
  repairs?: Repair[]
}
