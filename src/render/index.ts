import type { CleanResult } from '../types.js'
import { renderJson, renderNdjson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderRelated, renderText } from './text.js'

export type Format = 'text' | 'json' | 'markdown' | 'ndjson'
export const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'ndjson']

export const RENDERERS: Record<Format, (result: CleanResult) => string> = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  ndjson: (result) => renderNdjson(result),
}

/** Render a result in one of the output formats. */
export const render = (result: CleanResult, format: Format): string => RENDERERS[format](result)

export { renderJson, renderMarkdown, renderNdjson, renderRelated, renderText }
