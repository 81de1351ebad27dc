import type { CleanResult } from '../types.js'

// Characters that would start Markdown syntax at the beginning of a paragraph.
const escapeStart = (s: string): string => s.replace(/^([#>*+\-]|\d+\.)(\s)/u, '\\$1$2')

/** `# title`, the metadata as a list, the body, then the related headlines as a list. */
export function renderMarkdown(result: CleanResult): string {
  const out: string[] = []
  if (result.title) out.push(`# ${result.title}`)
  const meta = [
    result.publishedAt && `- 日期: ${result.publishedAt.replace('T', ' ')}`,
    result.publisher && `- 来源: ${result.publisher}`,
    result.site && result.site !== result.publisher && `- 网站: ${result.site}`,
    result.author && `- 作者: ${result.author}`,
    result.keywords.length > 0 && `- 关键词: ${result.keywords.join(', ')}`,
  ].filter((m): m is string => !!m)
  if (meta.length > 0) out.push(meta.join('\n'))
  for (const p of result.body) out.push(escapeStart(p))
  if (result.related.length > 0) {
    out.push('## 相关新闻')
    out.push(result.related.map((r) => `- ${r.title}${r.publishedAt ? ` (${r.publishedAt.replace('T', ' ')})` : ''}`).join('\n'))
  }
  return out.length > 0 ? out.join('\n\n') + '\n' : ''
}
