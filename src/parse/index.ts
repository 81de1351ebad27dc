import type { Options } from '../options.js'
import type { Block, Warning } from '../types.js'
import { looksLikeHtml } from './detect.js'
import { parseHtml, type HtmlMeta } from './html.js'
import { parseText } from './text.js'

export interface ParsedDump {
  format: 'text' | 'html'
  blocks: Block[]
  /** What the HTML head declares; null for text dumps. */
  htmlMeta: HtmlMeta | null
  /** Problems met while splitting (markup nested too deep to parse as it is). */
  warnings: Warning[]
}

/** Detect HTML or text (by content unless the options force one) and split into blocks. */
export function parseDump(text: string, options: Options): ParsedDump {
  const html = options.inputFormat === 'html' || (options.inputFormat === 'auto' && looksLikeHtml(text))
  if (!html) return { format: 'text', blocks: parseText(text), htmlMeta: null, warnings: [] }
  const { blocks, meta, warnings } = parseHtml(text)
  return { format: 'html', blocks, htmlMeta: meta, warnings }
}
