// Pathological inputs must stay linear: each case is timed once and printed (a script, not a test).
// Usage: npm run build && node bench/pathological.mjs
import { readFileSync } from 'node:fs'
import { cleanPage } from '../dist/index.js'

const seed = readFileSync(new URL('../fixtures/seed-huxiu-deepseek/input.txt', import.meta.url), 'utf8')
const paragraph = '新华社北京3月5日电 记者从有关部门获悉,今年的工作重点是稳增长、促改革、调结构、惠民生。'

const CASES = [
  ['5 MB line of "(("', () => '('.repeat(5_000_000)],
  ['5 MB line of "中(zhōng"', () => '中(zhōng'.repeat(5_000_000 / 8)],
  ['100,000 "?"', () => '?'.repeat(100_000)],
  ['100,000 "? " (lost indentation)', () => '? '.repeat(100_000)],
  ['100,000 U+FFFD', () => '\ufffd'.repeat(100_000)],
  ['5 MB of "&#" entity starts', () => '&#'.repeat(2_500_000)],
  ['5 MB of "<" tag starts', () => '<a '.repeat(1_700_000)],
  ['1 MB line of ", " (doubled punctuation)', () => ',,'.repeat(500_000)],
  ['50 MB file: the seed repeated', () => seed.repeat(Math.ceil(50_000_000 / Buffer.byteLength(seed)))],
  ['50 MB file: one paragraph per line', () => (paragraph + '\n\n').repeat(Math.ceil(50_000_000 / Buffer.byteLength(paragraph + '\n\n')))],
  ['30 MB file: one paragraph on one line', () => paragraph.repeat(Math.ceil(30_000_000 / Buffer.byteLength(paragraph)))],
  ['Markdown: a paragraph wrapped over 100,000 lines', () => `# 标题\n\n* [首页](/)\n\n**粗体**\n\n${`${paragraph}\n`.repeat(100_000)}`],
  ['Markdown: 200,000 "[" before a link\'s end', () => `# 标题\n\n* [首页](/)\n\n**粗体**\n\n${'['.repeat(200_000)}](x)\n`],
  ['100,000 lines printed in two columns', () => `标题\n${`要闻               ${paragraph}\n`.repeat(100_000)}`],
  ['200,000 nested <div>s around a paragraph', () => `<html><body>${'<div>'.repeat(200_000)}<p>${paragraph}</p>${'</div>'.repeat(200_000)}</body></html>`],
]

console.log('| input | MB | seconds | MB/s | body paragraphs |')
console.log('|---|---:|---:|---:|---:|')
for (const [label, make] of CASES) {
  const text = make()
  const mb = Buffer.byteLength(text) / 1e6
  const start = performance.now()
  const result = cleanPage(text)
  const secs = (performance.now() - start) / 1000
  console.log(`| ${label} | ${mb.toFixed(1)} | ${secs.toFixed(2)} | ${(mb / secs).toFixed(1)} | ${result.body.length} |`)
}
