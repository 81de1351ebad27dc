import { expect, test } from 'vitest'
import { cleanPage } from '../src/pipeline.js'

test('empty input: an empty result with an empty warning', () => {
  expect(cleanPage('')).toEqual({
    title: null, author: null, publisher: null, site: null, publishedAt: null, keywords: [], body: [], related: [],
    warnings: [{ code: 'empty', message: 'the input is empty', line: null }],
  })
})

test('a page with no prose says it found no article', () => {
  expect(cleanPage('首页\n新闻\n关闭\n').warnings.map((w) => w.code)).toEqual(['no-body'])
})

test('a page whose text was lost at the source says so', () => {
  const lost = '标题\n\n' + Array.from({ length: 5 }, () => '????????????,????????。??????????????????????。').join('\n\n')
  expect(cleanPage(lost).warnings.map((w) => w.code)).toContain('lost-text')
})

test('bytes and a string of the same page give the same result; a BOM is dropped', () => {
  const text = '标题在这里\n\n这是正文的第一段,内容足够长,带有句号。记者在现场看到,工作人员正在忙碌。\n'
  expect(cleanPage(Buffer.from('\ufeff' + text))).toEqual(cleanPage(text))
})

test('explain adds every block with its kind and rule, and the repairs', () => {
  const result = cleanPage('關閉\n\n網(wǎng)友說,這是正文的第一段,內容足夠長,帶有句號。記者在現場看到,工作人員正在忙碌。\n', { explain: true })
  expect(result.blocks?.map((b) => [b.kind, b.rule])).toEqual([['chrome', 'CP206 ui-words'], ['body', 'CP501 body-region']])
  expect(result.repairs).toEqual([{ line: 3, from: '網(wǎng)友說,這是正', to: '網友說,這是正', rule: 'R102 pinyin-notes' }])
})

test('a bad option from a library caller is a CleanPageError', () => {
  expect(() => cleanPage('x', { convert: 's2t' as never })).toThrow(/convert must be one of tw2s, tw2sp, t2s, hk2s, none/)
})
