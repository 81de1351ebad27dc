import type { Options } from '../options.js'
import type { Block } from '../types.js'
import { looksLikeHtml } from './detect.js'
import { parseHtml, type HtmlMeta } from './html.js'
import { parseText } from './text.js'

export interface ParsedDump {
  format: 'text' | 'html'
  blocks: Block[]
  /** What the HTML head declares; null for text dumps. */
  htmlMeta: HtmlMeta | null
}

/** Detect HTML or text (by content unless the options force one) and split into blocks. */
export function parseDump(text: string, options: Options): ParsedDump {
  const html = options.inputFormat === 'html' || (options.inputFormat === 'auto' && looksLikeHtml(text))
  if (!html) return { format: 'text', blocks: parseText(text), htmlMeta: null }
  const { blocks, meta } = parseHtml(text)
  return { format: 'html', blocks, htmlMeta: meta }
}
