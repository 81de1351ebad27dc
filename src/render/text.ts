import type { CleanResult } from '../types.js'

/**
 * The meta line under the title: `2025-05-16 14:06:03 · 虎嗅网 · 张明`, or null when nothing is known. A reader wants to know
 * where the text came from: the site stands in when the page credits no publisher.
 */
export function metaLine(result: CleanResult): string | null {
  const parts = [result.publishedAt?.replace('T', ' ') ?? null, result.publisher ?? result.site, result.author].filter((p): p is string => !!p)
  return parts.length > 0 ? parts.join(' · ') : null
}

/** Title, meta line, then the body paragraphs separated by blank lines. */
export function renderText(result: CleanResult): string {
  const head = [result.title, metaLine(result)].filter((p): p is string => !!p)
  const sections = [head.join('\n'), ...result.body].filter((s) => s !== '')
  return sections.length > 0 ? sections.join('\n\n') + '\n' : ''
}

/** The related headlines, one per line: `publishedAt<TAB>title` (empty date when unknown). */
export const renderRelated = (result: CleanResult): string =>
  result.related.map((r) => `${r.publishedAt ?? ''}\t${r.title}\n`).join('')
