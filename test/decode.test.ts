import { readdirSync, readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, test } from 'vitest'
import { decodeBytes, looksBinary } from '../src/decode.js'
import { CleanPageError } from '../src/errors.js'
import { DEV_DUMPS, DEV_HTML, listFixtures, readSource } from './helpers.js'

const encode = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding))
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
const countFffd = (text: string): number => text.split('\ufffd').length - 1

const SIMPLIFIED_ARTICLE =
  '新华社北京电 国家统计局今天发布数据，今年前三个月全国经济运行总体平稳，' +
  '工业生产和市场销售增长加快。专家表示，随着各项政策措施落实，经济发展的基础将更加稳固，' +
  '但也要看到外部环境的不确定性仍然较多。'
const TRADITIONAL_ARTICLE =
  '臺灣中央氣象署今天表示，受到東北季風影響，北部地區氣溫明顯下降，民眾外出時請注意保暖。' +
  '專家指出，這波冷空氣將持續到週末，各地的最低溫度可能降到十度以下，山區也有機會下雪。'
const SIMPLIFIED_TITLES = ['中国经济', '新闻', '北京市长选举', '国际新闻：美国总统大选结果揭晓', '学生们在学校里读书']
const TRADITIONAL_TITLES = ['中國經濟', '新聞', '臺北市長選舉', '國際新聞：美國總統大選結果揭曉', '學生們在學校裡讀書']

const page = (head: string, body: string): string =>
  `<html><head>${head}<title>${body.slice(0, 10)}</title></head><body><p>${body}</p></body></html>`

describe('decodeBytes: Unicode', () => {
  test('empty input is empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', warnings: [] })
  })

  test('UTF-8 without a BOM', () => {
    const r = decodeBytes(utf8(page('', SIMPLIFIED_ARTICLE)))
    expect(r).toEqual({ text: page('', SIMPLIFIED_ARTICLE), encoding: 'utf-8', warnings: [] })
  })

  test('UTF-8 with a BOM: the BOM is stripped', () => {
    const r = decodeBytes(concat([0xef, 0xbb, 0xbf], utf8(SIMPLIFIED_ARTICLE)))
    expect(r).toEqual({ text: SIMPLIFIED_ARTICLE, encoding: 'utf-8', warnings: [] })
  })

  test('pure ASCII reads as UTF-8', () => {
    expect(decodeBytes(utf8('<p>hello</p>'))).toEqual({ text: '<p>hello</p>', encoding: 'utf-8', warnings: [] })
  })

  test('UTF-16LE with a BOM', () => {
    const text = page('', TRADITIONAL_ARTICLE)
    const r = decodeBytes(concat([0xff, 0xfe], encode(text, 'utf-16le')))
    expect(r).toEqual({ text, encoding: 'utf-16le', warnings: [] })
  })

  test('UTF-16BE with a BOM', () => {
    const text = page('', SIMPLIFIED_ARTICLE)
    const r = decodeBytes(concat([0xfe, 0xff], encode(text, 'utf-16be')))
    expect(r).toEqual({ text, encoding: 'utf-16be', warnings: [] })
  })

  test('UTF-16LE without a BOM is recognised by its NUL pattern, not refused as binary', () => {
    const text = page('<meta charset="utf-16">', SIMPLIFIED_ARTICLE)
    const bytes = encode(text, 'utf-16le')
    expect(looksBinary(bytes)).toBe(false)
    expect(decodeBytes(bytes)).toMatchObject({ text, encoding: 'utf-16le' })
  })

  test('damaged UTF-8 keeps UTF-8 and counts the bad bytes', () => {
    const bytes = concat(utf8(SIMPLIFIED_ARTICLE), [0xff], utf8(SIMPLIFIED_ARTICLE), [0xe4, 0xb8], utf8('。'))
    const r = decodeBytes(bytes)
    expect(r.encoding).toBe('utf-8')
    expect(countFffd(r.text)).toBe(2)
    expect(r.warnings).toEqual([
      { code: 'decode', message: '2 undecodable byte sequences replaced with U+FFFD (read as utf-8)', line: null },
    ])
  })

  test('a 1 MB UTF-8 page decodes to the same text', () => {
    const text = page('<meta charset="utf-8">', SIMPLIFIED_ARTICLE.repeat(6000))
    const bytes = utf8(text)
    expect(bytes.length).toBeGreaterThan(1_000_000)
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'utf-8', warnings: [] })
  })
})

describe('decodeBytes: UTF-16 without a BOM or NULs, told by its content', () => {
  const PARAGRAPHS = SIMPLIFIED_ARTICLE.split('。').filter(Boolean).map((s) => s + '。').join('\n')
  const LINE = '国家统计局今天发布数据，全国经济运行总体平稳。'

  test.each(['utf-16le', 'utf-16be'])('Chinese paragraphs in %s: a NUL per newline is not binary', (encoding) => {
    const bytes = encode(PARAGRAPHS, encoding)
    expect(bytes.includes(0)).toBe(true)
    expect(looksBinary(bytes)).toBe(false)
    expect(decodeBytes(bytes)).toEqual({ text: PARAGRAPHS, encoding, warnings: [] })
  })

  test.each(['utf-16le', 'utf-16be'])('one short line in %s with no NUL at all', (encoding) => {
    const bytes = encode(LINE, encoding)
    expect(bytes.includes(0)).toBe(false)
    expect(decodeBytes(bytes)).toEqual({ text: LINE, encoding, warnings: [] })
    expect(decodeBytes(encode(TRADITIONAL_ARTICLE, encoding))).toEqual({ text: TRADITIONAL_ARTICLE, encoding, warnings: [] })
  })

  test('a cut-off last byte is reported, not a reason to read the text as GB18030', () => {
    const r = decodeBytes(concat(encode(LINE, 'utf-16le'), [0x65]))
    expect(r.encoding).toBe('utf-16le')
    expect(r.text).toBe(LINE + '\ufffd')
    expect(r.warnings.map((w) => w.message)).toEqual(['1 undecodable byte sequence replaced with U+FFFD (read as utf-16le)'])
  })

  test('too short to tell: a two-character title is left to the GB18030/Big5 guess', () => {
    expect(decodeBytes(encode('新闻', 'utf-16le')).encoding).not.toMatch(/^utf-16/)
  })

  test('ASCII pairs read as Han (ab is U+6261), so ASCII without spaces is no evidence', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(20)
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8', warnings: [] })
  })

  // Every real dump and page, re-encoded: no legacy or UTF-8 reading may pass for UTF-16, and every
  // UTF-16 one must, whether it has NULs to go by (HTML) or few (the dumps are mostly Chinese).
  const RAW = [
    ...readdirSync(DEV_DUMPS).map((f) => readFileSync(`${DEV_DUMPS}/${f}`)),
    ...readdirSync(DEV_HTML).map((f) => readFileSync(`${DEV_HTML}/${f}`)),
    ...listFixtures().map((slug) => readSource(slug)),
  ].map((raw) => new Uint8Array(raw))
  const PAGES = RAW.map((raw) => decodeBytes(raw).text)

  test('the real pages are there, and as scraped none is UTF-16', () => {
    expect(RAW.length).toBeGreaterThanOrEqual(60)
    expect(RAW.map((raw) => decodeBytes(raw).encoding).filter((e) => e.startsWith('utf-16'))).toEqual([])
  })

  test.each(['gbk', 'big5', 'utf-8'])('real pages in %s are never taken for UTF-16', (encoding) => {
    const read = PAGES.map((text) => decodeBytes(encoding === 'utf-8' ? utf8(text) : encode(text, encoding)).encoding)
    expect(read.filter((e) => e.startsWith('utf-16'))).toEqual([])
  })

  test.each(['utf-16le', 'utf-16be'])('real pages in %s without a BOM are read as such', (encoding) => {
    const wrong = PAGES.flatMap((text, i) => {
      const r = decodeBytes(encode(text, encoding))
      return r.encoding === encoding && r.text === text ? [] : [`page ${i} read as ${r.encoding}`]
    })
    expect(wrong).toEqual([])
  })
})

describe('decodeBytes: GB18030 and Big5 without a declaration', () => {
  test('GBK article', () => {
    const r = decodeBytes(encode(page('', SIMPLIFIED_ARTICLE), 'gbk'))
    expect(r).toEqual({ text: page('', SIMPLIFIED_ARTICLE), encoding: 'gb18030', warnings: [] })
  })

  test('GB18030 four-byte characters (CJK Ext. A/B, rare names)', () => {
    const text = '㐀䶵是扩展A区，𠀀𪚥是扩展B区，€ 与 ḿ 也在 GB18030 里。'
    const bytes = encode(text, 'gb18030')
    expect(encode('𠀀', 'gb18030')).toEqual(new Uint8Array([0x95, 0x32, 0x82, 0x36])) // really 4 bytes
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'gb18030', warnings: [] })
  })

  test('Big5 article', () => {
    const r = decodeBytes(encode(page('', TRADITIONAL_ARTICLE), 'big5'))
    expect(r).toEqual({ text: page('', TRADITIONAL_ARTICLE), encoding: 'big5', warnings: [] })
  })

  test('Big5\'s A241 is the full-width solidus a byline is split by, not a division slash', () => {
    const [head, tail] = [encode(page('', TRADITIONAL_ARTICLE) + '記者林宜君', 'big5'), encode('台北報導', 'big5')]
    const bytes = new Uint8Array([...head, 0xa2, 0x41, ...tail])
    expect(decodeBytes(bytes).text.endsWith('記者林宜君／台北報導')).toBe(true)
  })

  test('Traditional text encoded in GBK still reads as GB18030', () => {
    const r = decodeBytes(encode(TRADITIONAL_ARTICLE, 'gbk'))
    expect(r).toEqual({ text: TRADITIONAL_ARTICLE, encoding: 'gb18030', warnings: [] })
  })

  test.each(SIMPLIFIED_TITLES)('short GBK title %s', (title) => {
    expect(decodeBytes(encode(title, 'gbk'))).toEqual({ text: title, encoding: 'gb18030', warnings: [] })
  })

  test.each(TRADITIONAL_TITLES)('short Big5 title %s', (title) => {
    expect(decodeBytes(encode(title, 'big5'))).toEqual({ text: title, encoding: 'big5', warnings: [] })
  })

  test('GBK that happens to be valid UTF-8 (学校 = D1A7 D0A3) still reads as GBK', () => {
    const bytes = encode('学校', 'gbk')
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe('ѧУ')
    expect(decodeBytes(bytes)).toEqual({ text: '学校', encoding: 'gb18030', warnings: [] })
  })

  test.each(['Привет, мир! Как дела?', 'café, résumé, naïve', 'Ελληνικά'])('2-byte UTF-8 text %s stays UTF-8', (text) => {
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8', warnings: [] })
  })

  test('a GBK page larger than the 64 KB sample decodes whole, with no damage at the sample edge', () => {
    const text = page('', SIMPLIFIED_ARTICLE.repeat(400))
    const bytes = encode(text, 'gbk')
    expect(bytes.length).toBeGreaterThan(64 * 1024)
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'gb18030', warnings: [] })
  })

  test('GBK with a few invalid bytes: U+FFFD and a warning with the count', () => {
    const bytes = concat(
      encode(page('<meta charset="gbk">', SIMPLIFIED_ARTICLE), 'gbk'),
      [0xd6, 0x20], // lead byte cut off from its trail, as in real pages
      encode(SIMPLIFIED_ARTICLE, 'gbk'),
      [0xff],
      encode('完。', 'gbk'),
    )
    const r = decodeBytes(bytes)
    expect(r.encoding).toBe('gb18030')
    expect(countFffd(r.text)).toBe(2)
    expect(r.text.endsWith('\ufffd完。')).toBe(true)
    expect(r.warnings).toEqual([
      { code: 'decode', message: '2 undecodable byte sequences replaced with U+FFFD (read as gb18030)', line: null },
    ])
  })
})

describe('decodeBytes: declared charsets', () => {
  test.each([
    ['<meta charset="gb2312">', 'gb18030'],
    ['<meta charset=GBK>', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb18030'],
    ['<META http-equiv=Content-type content="text/html; charset=x-gbk">', 'gb18030'],
    ['<meta content="text/html; charset=GB18030" http-equiv="Content-Type" />', 'gb18030'],
  ])('%s reads as %s', (head, encoding) => {
    const text = page(head, SIMPLIFIED_ARTICLE)
    expect(decodeBytes(encode(text, 'gbk'))).toEqual({ text, encoding, warnings: [] })
  })

  test('XML declaration', () => {
    const text = `<?xml version="1.0" encoding="GB2312"?>\n<article><title>${SIMPLIFIED_TITLES[3]}</title></article>`
    expect(decodeBytes(encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030', warnings: [] })
  })

  test('declared Big5-HKSCS reads as big5', () => {
    const text = page('<meta http-equiv="Content-Type" content="text/html; charset=big5-hkscs">', TRADITIONAL_ARTICLE)
    expect(decodeBytes(encode(text, 'big5'))).toEqual({ text, encoding: 'big5', warnings: [] })
  })

  test('a declaration decides a title the guess could not be sure of', () => {
    const text = '<meta charset="big5"><title>新聞</title>'
    expect(decodeBytes(encode(text, 'big5'))).toMatchObject({ text, encoding: 'big5', warnings: [] })
  })

  test('other declared encodings are used as declared', () => {
    const text = page('<meta charset="shift_jis">', '日本語のニュース記事です。')
    expect(decodeBytes(encode(text, 'shift_jis'))).toEqual({ text, encoding: 'shift_jis', warnings: [] })
  })

  test('an ASCII page declared gb2312 reports the declared encoding', () => {
    const text = '<meta charset="gb2312"><p>hello</p>'
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'gb18030', warnings: [] })
  })

  test('an unknown declared name is ignored with a warning, then the bytes are guessed', () => {
    const text = page('<meta charset="gb2313">', SIMPLIFIED_ARTICLE)
    expect(decodeBytes(encode(text, 'gbk'))).toEqual({
      text,
      encoding: 'gb18030',
      warnings: [{ code: 'decode', message: 'declared charset gb2313 is not a known encoding; ignored', line: null }],
    })
  })

  test('the CJK dataset wrapper <text encoding="unset"> is no declaration at all', () => {
    const text = `<text id="x" title="${SIMPLIFIED_TITLES[0]}" encoding="unset">\n<p>${SIMPLIFIED_ARTICLE}</p>`
    expect(decodeBytes(encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030', warnings: [] })
  })
})

describe('decodeBytes: lying declarations', () => {
  // [the declaration, what the bytes are, the encoding they are written in, the encoding read]
  const LIES: [string, string, 'utf-8' | 'gbk' | 'big5', string][] = [
    ['<meta charset="utf-8">', 'GBK', 'gbk', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'valid UTF-8 with Han text', 'utf-8', 'utf-8'],
    ['<meta charset="gb2312">', 'Big5: clean but rare characters give it away', 'big5', 'big5'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'GBK (a misconfigured server)', 'gbk', 'gb18030'],
  ]
  test.each(LIES)('declares %s, bytes are %s', (declaration, _bytes, written, read) => {
    const text = page(declaration, written === 'big5' ? TRADITIONAL_ARTICLE : SIMPLIFIED_ARTICLE)
    const declared = /charset="?([\w-]+)/u.exec(declaration)![1]
    expect(decodeBytes(written === 'utf-8' ? utf8(text) : encode(text, written))).toEqual({
      text,
      encoding: read,
      warnings: [{ code: 'decode', message: `declared charset ${declared} does not fit the bytes; read as ${read}`, line: null }],
    })
  })

  test('declares big5, bytes are GBK', () => {
    const text = page('<meta charset="big5">', SIMPLIFIED_ARTICLE)
    expect(decodeBytes(encode(text, 'gbk'))).toMatchObject({
      text,
      encoding: 'gb18030',
      warnings: [{ code: 'decode', message: 'declared charset big5 does not fit the bytes; read as gb18030', line: null }],
    })
  })

  test('real Latin-1 text declared iso-8859-1 stays windows-1252', () => {
    const text = '<meta charset="iso-8859-1"><p>Café crème, déjà vu, naïve façade.</p>'
    expect(decodeBytes(encode(text, 'latin1'))).toEqual({ text, encoding: 'windows-1252', warnings: [] })
  })

  test('declared utf-8 with a few bad bytes stays utf-8', () => {
    const bytes = concat(utf8(page('<meta charset="utf-8">', SIMPLIFIED_ARTICLE)), [0xc0], utf8(SIMPLIFIED_ARTICLE))
    const r = decodeBytes(bytes)
    expect(r.encoding).toBe('utf-8')
    expect(countFffd(r.text)).toBe(1)
    expect(r.warnings.map((w) => w.message)).toEqual(['1 undecodable byte sequence replaced with U+FFFD (read as utf-8)'])
  })
})

describe('binary input', () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]

  test('a PNG header is refused', () => {
    const bytes = new Uint8Array(PNG)
    expect(looksBinary(bytes)).toBe(true)
    expect(() => decodeBytes(bytes)).toThrowError(
      expect.objectContaining({
        name: 'CleanPageError',
        code: 'BINARY_INPUT',
        message: 'binary file (PNG image header), not a text or HTML dump',
      }),
    )
  })

  test('NUL bytes in text are refused', () => {
    const bytes = concat(utf8('<html><body>'), [0, 0, 0, 1, 2, 0], utf8('</body></html>'))
    expect(looksBinary(bytes)).toBe(true)
    expect(() => decodeBytes(bytes)).toThrowError('binary file (NUL byte at offset 12), not a text or HTML dump')
  })

  test.each([
    ['PDF', '%PDF-1.7\n'],
    ['zip', 'PK\x03\x04\x14\x00'],
    ['GIF', 'GIF89a'],
    ['gzip', '\x1f\x8b\x08'],
    ['JPEG', '\xff\xd8\xff\xe0'],
  ])('%s magic number', (_name, head) => {
    expect(looksBinary(new Uint8Array(Buffer.from(head, 'latin1')))).toBe(true)
  })

  test('text is not binary: UTF-8, GBK, Big5, UTF-16 with a BOM, empty', () => {
    expect(looksBinary(utf8(SIMPLIFIED_ARTICLE))).toBe(false)
    expect(looksBinary(encode(SIMPLIFIED_ARTICLE, 'gbk'))).toBe(false)
    expect(looksBinary(encode(TRADITIONAL_ARTICLE, 'big5'))).toBe(false)
    expect(looksBinary(concat([0xff, 0xfe], encode('<p>abc</p>', 'utf-16le')))).toBe(false)
    expect(looksBinary(concat([0xfe, 0xff], encode('<p>abc</p>', 'utf-16be')))).toBe(false)
    expect(looksBinary(new Uint8Array(0))).toBe(false)
  })
})

describe('encoding override', () => {
  test('overrides the declaration and the guess', () => {
    const bytes = encode(page('<meta charset="utf-8">', SIMPLIFIED_ARTICLE), 'gbk')
    expect(decodeBytes(bytes, { encoding: 'GBK' })).toEqual({
      text: page('<meta charset="utf-8">', SIMPLIFIED_ARTICLE),
      encoding: 'gb18030',
      warnings: [],
    })
    // Even when it is wrong: the caller asked for it. The damage is still counted.
    const wrong = decodeBytes(bytes, { encoding: 'big5' })
    expect(wrong.encoding).toBe('big5')
    expect(wrong.text).not.toContain(SIMPLIFIED_ARTICLE.slice(0, 10))
  })

  test('forced utf-8 counts bad bytes instead of throwing', () => {
    const r = decodeBytes(encode(SIMPLIFIED_TITLES[0]!, 'gbk'), { encoding: 'utf8' })
    expect(r.encoding).toBe('utf-8')
    expect(r.warnings[0]?.message).toMatch(/^\d+ undecodable byte sequences? replaced with U\+FFFD \(read as utf-8\)$/)
  })

  test('forced UTF-16 is not refused for its NULs, and its BOM is stripped', () => {
    const bytes = concat([0xff, 0xfe], encode('<p>新闻</p>', 'utf-16le'))
    expect(decodeBytes(bytes, { encoding: 'utf-16le' })).toEqual({ text: '<p>新闻</p>', encoding: 'utf-16le', warnings: [] })
  })

  test('undefined means detect', () => {
    expect(decodeBytes(encode(TRADITIONAL_ARTICLE, 'big5'), { encoding: undefined }).encoding).toBe('big5')
  })

  test('an unknown encoding name is an UNKNOWN_ENCODING error with a hint', () => {
    let error: unknown
    try {
      decodeBytes(utf8('abc'), { encoding: 'gb2313' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CleanPageError)
    const e = error as CleanPageError
    expect(e.code).toBe('UNKNOWN_ENCODING')
    expect(e.message).toBe('unknown encoding "gb2313"')
    expect(e.hint).toMatch(/utf-8.*gb18030.*big5/)
  })
})

describe('real pages (cwced-dev)', () => {
  const DIR = DEV_HTML + '/'
  const UTF8_PAGES = new Set(['2397c95d', '500b350d', 'aefcf136', 'c4d032a1', 'd232c5df'])
  // b70f455d: twelve Han characters right before an opening quote lost their trail byte when the
  // site turned “ into ` &quot;` (e.g. D3 A1 B0 → D3 20 26 71 75 6F 74 3B); the page really is damaged.
  const DAMAGED: Record<string, number> = { b70f455d: 12 }
  const files = readdirSync(DIR).filter((f) => f.endsWith('.html'))

  test('the dataset is there', () => {
    expect(files).toHaveLength(23)
  })

  test.each(files)('%s', (file) => {
    const id = file.slice(0, 8)
    const r = decodeBytes(new Uint8Array(readFileSync(DIR + file)))
    expect(r.encoding).toBe(UTF8_PAGES.has(id) ? 'utf-8' : 'gb18030')
    const bad = DAMAGED[id] ?? 0
    expect(countFffd(r.text)).toBe(bad)
    expect(r.warnings).toEqual(
      bad ? [{ code: 'decode', message: `${bad} undecodable byte sequences replaced with U+FFFD (read as gb18030)`, line: null }] : [],
    )
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff)
    expect(r.text).toMatch(/[的是了在]/)
  })
})
