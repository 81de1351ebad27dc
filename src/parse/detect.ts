// Decides whether an input is HTML by looking at its content. Kept free of cheerio so that
// text input never pays for loading it.
import {
  DETECT_MIN_TAG_NAMES,
  DETECT_MIN_TAGS,
  DETECT_SAMPLE_CHARS,
  HTML_ROOT_TAG,
  HTML_START,
  HTML_TAG,
  TEXT_INLINE_TAGS,
} from './html-patterns.js'

/**
 * Decide by content, not file name: a doctype, <html>, or a density of real tags
 * (<p>, <div>, <br>, <a href>) near the start. A text dump that merely contains a stray
 * `<br/>` is not HTML.
 * @example looksLikeHtml('<!DOCTYPE html><p>新闻</p>') // → true
 * @example looksLikeHtml('第一段<br/>\n\n第二段') // → false
 */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, DETECT_SAMPLE_CHARS)
  if (HTML_START.test(sample) || HTML_ROOT_TAG.test(sample)) return true
  const { count, names, paired } = countTags(sample)
  if (count < DETECT_MIN_TAGS || names.size < DETECT_MIN_TAG_NAMES) return false
  // Scraped text keeps a few `<br>` artifacts; real markup opens and closes its elements.
  if (!paired) return false
  // A dump whose CMS printed its inline tags as text (`<p>第一段</p>`, `<span style=…>`) still has lines without any.
  for (const name of names) if (!TEXT_INLINE_TAGS.has(name)) return true
  return mostLinesTagged(sample)
}

/** Do at least half of the sample's non-blank lines hold a tag? */
function mostLinesTagged(sample: string): boolean {
  let lines = 0
  let tagged = 0
  for (const line of sample.split('\n')) {
    if (line.trim() === '') continue
    lines++
    if (line.includes('<') && /<\/?[a-z]/i.test(line)) tagged++
  }
  return 2 * tagged >= lines
}

/** Count real tags in a sample: how many, which names, and whether any element is closed. */
function countTags(sample: string): { count: number; names: Set<string>; paired: boolean } {
  const names = new Set<string>()
  let count = 0
  let paired = false
  for (const m of sample.matchAll(HTML_TAG)) {
    const [, slash, rawName = '', rest = ''] = m
    const name = rawName.toLowerCase()
    // `<a>` only counts with an href: a text dump may well say `<a>` in prose.
    if (name === 'a' && !slash && !/\bhref\s*=/i.test(rest)) continue
    count++
    names.add(name)
    if (slash && name !== 'br') paired = true
  }
  return { count, names, paired }
}
