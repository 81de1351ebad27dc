import type { Options } from '../options.js'
import type { Block, Warning } from '../types.js'
import { looksLikeHtml } from './detect.js'
import { parseHtml, type HtmlMeta } from './html.js'
import { looksLikeMarkdown, parseMarkdown } from './markdown.js'
import { parseText } from './text.js'

export interface ParsedDump {
  format: 'text' | 'html'
  blocks: Block[]
  /** What the HTML head declares; null for text dumps. */
  htmlMeta: HtmlMeta | null
  /** Problems met while splitting (markup nested too deep to parse as it is). */
  warnings: Warning[]
}

/** Detect HTML or text (by content unless the options force one; a text dump may be Markdown) and split into blocks. */
export function parseDump(text: string, options: Options): ParsedDump {
  const html = options.inputFormat === 'html' || (options.inputFormat === 'auto' && looksLikeHtml(text))
  // A Markdown dump (html2text, a crawler's Markdown) marks its paragraphs, headings and links: read as Markdown.
  if (!html) return { format: 'text', blocks: looksLikeMarkdown(text) ? parseMarkdown(text) : parseText(text), htmlMeta: null, warnings: [] }
  const { blocks, meta, warnings } = parseHtml(text)
  return { format: 'html', blocks, htmlMeta: meta, warnings }
}
