import { createRequire } from 'node:module'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { hintAction, joinParts, parseHtml, splitKeywords } from '../src/parse/html.js'
import { endsInTags, splitTitle } from '../src/extract/title.js'
import { looksLikeHtml } from '../src/parse/detect.js'
import { flattenDeepNesting } from '../src/parse/nesting.js'
import { cleanPage } from '../src/pipeline.js'
import { fixturePath } from './helpers.js'
import type { Block } from '../src/types.js'
import { DEV_SET } from './helpers.js'

const require = createRequire(import.meta.url)
const iconv = require('iconv-lite') as { decode(buf: Buffer, enc: string): string }

const DEV = DEV_SET
const devIds = (): string[] =>
  readdirSync(join(DEV, 'html'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort()

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GB2312/GBK). */
function decodePage(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    return iconv.decode(buf, 'gb18030')
  }
}

const HAN = /\p{Script=Han}/gu
const hanOf = (s: string): string[] => s.match(HAN) ?? []

function shingles(chars: string[], n = 4): Map<string, number> {
  const m = new Map<string, number>()
  for (let i = 0; i + n <= chars.length; i++) {
    const k = chars.slice(i, i + n).join('')
    m.set(k, (m.get(k) ?? 0) + 1)
  }
  return m
}

/** Share of the truth's Han 4-grams (as a multiset) found in the low-link-density blocks. */
function recall(truth: string, blocks: Block[]): number {
  const want = shingles(hanOf(truth))
  const have = shingles(blocks.filter((b) => b.linkChars / b.text.length < 0.3).flatMap((b) => hanOf(b.text)))
  let total = 0
  let shared = 0
  for (const [k, n] of want) {
    total += n
    shared += Math.min(n, have.get(k) ?? 0)
  }
  return total === 0 ? 1 : shared / total
}

describe('dev pages', () => {
  const ids = devIds()
  test('there are dev pages to check', () => expect(ids.length).toBeGreaterThan(0))
  test.each(ids)('%s: the truth body comes out as low-link-density blocks', (id) => {
    const html = decodePage(readFileSync(join(DEV, 'html', `${id}.html`)))
    const truth = JSON.parse(readFileSync(join(DEV, 'truth', `${id}.json`), 'utf8')) as { body?: string }
    const { blocks } = parseHtml(html)
    const r = recall(truth.body ?? '', blocks)
    if (process.env['SHOW_RECALL']) console.log(`recall ${id} ${(r * 100).toFixed(1)}% blocks=${blocks.length}`)
    expect(r).toBeGreaterThanOrEqual(0.95)
    expect(looksLikeHtml(html)).toBe(true)
  })
})

const page = (head: string, body = '<p>正文</p>'): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`
const metaOf = (head: string, body?: string) => parseHtml(page(head, body)).meta
const texts = (html: string): string[] => parseHtml(html).blocks.map((b) => b.text)

describe('metadata', () => {
  test('og:title wins over <title> and <h1>', () => {
    const meta = metaOf('<title>别的标题 - 新浪网</title><meta property="og:title" content="两会今天开幕">', '<h1>别的标题</h1>')
    expect(meta.title).toBe('两会今天开幕')
    expect(meta.siteName).toBe('新浪网')
  })
  test.each([
    ['两会今天开幕 - 新浪网', '两会今天开幕', '新浪网'],
    ['两会今天开幕_新华网', '两会今天开幕', '新华网'],
    ['两会今天开幕|人民网', '两会今天开幕', '人民网'],
    ['两会今天开幕 | 人民网', '两会今天开幕', '人民网'],
    ['两会今天开幕_国内新闻_新浪网', '两会今天开幕', '新浪网'],
    ['中美-东盟 会谈举行 - 新浪网', '中美-东盟 会谈举行', '新浪网'],
    ['谢谢您访问〖关注中国中心〗', '谢谢您访问〖关注中国中心〗', null],
    ['民间资本路在何方-搜狐财经', '民间资本路在何方', '搜狐财经'],
    ['中美-东盟会谈举行', '中美-东盟会谈举行', null],
  ])('<title>%s</title> → title %s, site %s', (raw, title, site) => {
    const meta = metaOf(`<title>${raw}</title>`)
    expect(meta.title).toBe(title)
    expect(meta.siteName).toBe(site)
  })
  test('a title ending in its tags names no site; a site after tags, or after a channel, is named', () => {
    expect(endsInTags('千元机也能拍夜景了？实测三款入门手机的夜拍表现_手机_夜景_画质')).toBe(true)
    expect(endsInTags('老旧小区加装电梯，为何“一楼”总是最难说服？|电梯|老旧小区|住户_网易订阅')).toBe(false)
    expect(endsInTags('两会召开_新闻中心_新浪网')).toBe(false)
    expect(endsInTags('油价上调_国内_新闻中心_新浪网')).toBe(false)
    const html = '<html><head><title>千元机也能拍夜景了？实测三款入门手机的夜拍表现_手机_夜景_画质</title></head><body><p>正文。</p></body></html>'
    expect(parseHtml(html).meta.siteName).toBeNull()
  })

  test('a site name first (Hong Kong, Taiwan): the headline is the rest, past a channel name; a headline first stays', () => {
    expect(splitTitle('香江時報 - 港鐵票價調整機制檢討完成 明年起加幅收窄')).toEqual({ head: '港鐵票價調整機制檢討完成 明年起加幅收窄', tail: '香江時報' })
    expect(splitTitle('港島日報 -- 港聞 -- 屋邨長者日間中心輪候長 社福界促增名額')).toEqual({ head: '屋邨長者日間中心輪候長 社福界促增名額', tail: '港島日報' })
    expect(splitTitle('南方新聞網 | 地方新聞 | 台南老街騎樓整平計畫')).toEqual({ head: '台南老街騎樓整平計畫', tail: '南方新聞網' })
    // The headline first, the site last; or the last segment no longer than a site name: as before.
    expect(splitTitle('台南老街騎樓整平計畫 | 地方新聞 | 南方時報')).toEqual({ head: '台南老街騎樓整平計畫', tail: '南方時報' })
    expect(splitTitle('东州日报 - 数字报')).toEqual({ head: '东州日报', tail: '数字报' })
    expect(splitTitle('城市晚报 - 要闻')).toEqual({ head: '城市晚报', tail: '要闻' })
  })
  test('a column tag before one full-width bar is part of the headline; a site name after a bar is cut off', () => {
    expect(splitTitle('学雷锋日｜在路口站了十年，他们是斑马线边的“雷锋岗”')).toEqual({ head: '学雷锋日｜在路口站了十年，他们是斑马线边的“雷锋岗”', tail: null })
    expect(splitTitle('重磅 | 我省出台支持民营经济发展二十条措施')).toEqual({ head: '重磅 | 我省出台支持民营经济发展二十条措施', tail: null })
    expect(splitTitle('我省出台支持民营经济发展二十条措施 | 南江新闻网')).toEqual({ head: '我省出台支持民营经济发展二十条措施', tail: '南江新闻网' })
    expect(splitTitle('南江新闻网｜我省出台支持民营经济发展二十条措施')).toEqual({ head: '我省出台支持民营经济发展二十条措施', tail: '南江新闻网' })
    // the rest no longer than a tag and a little: a headline and its account's name
    expect(splitTitle('春运首日客流平稳｜江北交警')).toEqual({ head: '春运首日客流平稳', tail: '江北交警' })
  })
  test('a site name first with an unspaced hyphen (an e-paper): the headline is the longer rest; a hyphen inside a headline stays', () => {
    expect(splitTitle('东江日报数字报-我省智慧农业服务覆盖八成以上种粮大户')).toEqual({ head: '我省智慧农业服务覆盖八成以上种粮大户', tail: '东江日报数字报' })
    expect(splitTitle('南江省稳就业新闻发布会文字实录-南江省人民政府新闻办公室')).toEqual({ head: '南江省稳就业新闻发布会文字实录', tail: '南江省人民政府新闻办公室' })
    expect(splitTitle('中美-东盟会谈举行')).toEqual({ head: '中美-东盟会谈举行', tail: null })
    expect(splitTitle('东州日报-要闻')).toEqual({ head: '东州日报-要闻', tail: null })
  })
  test('a short first segment is a channel name, so the cut goes at the last separator', () => {
    expect(splitTitle('图集_春天来了_搜狐')).toEqual({ head: '图集_春天来了', tail: '搜狐' })
  })
  test('<h1> is the title when <title> contains it', () => {
    expect(metaOf('<title>新闻中心 - 春天来了北京花开 - 某某网</title>', '<h1>网站标志</h1><h1>春天来了 北京花开</h1>').title)
      .toBe('春天来了 北京花开')
    expect(metaOf('<title>春天来了_某某网</title>', '<h1>网站标志</h1>').title).toBe('春天来了')
    // a logo <h1> that names the site is not the headline
    expect(metaOf('<title>春天来了北京花开 - 某某网</title>', '<h1>某某网</h1>').title).toBe('春天来了北京花开')
  })
  test('og:title loses the same site tail as <title>', () => {
    expect(metaOf('<title>春天来了 - 新浪网</title><meta property="og:title" content="春天来了 - 新浪网">').title).toBe('春天来了')
    expect(metaOf('<title>别的 - 新浪网</title><meta property="og:title" content="中美-东盟 | 会谈">').title).toBe('中美-东盟 | 会谈')
  })
  test('site name from og:site_name or application-name before the <title> tail', () => {
    expect(metaOf('<title>标题正文内容 - 尾巴</title><meta property="og:site_name" content="新华网">').siteName).toBe('新华网')
    expect(metaOf('<title>标题正文内容 - 尾巴</title><meta name="application-name" content="人民网">').siteName).toBe('人民网')
  })
  test.each([
    ['<meta property="article:published_time" content="2025-05-16T14:06:03+08:00">', '2025-05-16T14:06:03+08:00'],
    ['<meta name="PubDate" content="2005-03-21 11:21">', '2005-03-21 11:21'],
    ['<meta name="publishdate" content="2005-03-21">', '2005-03-21'],
    ['<meta name="pubdate" content="2004/12/10 11:55:08">', '2004/12/10 11:55:08'],
    ['<meta property="og:release_date" content="2022-02-11">', '2022-02-11'],
    ['<meta itemprop="datePublished" content="2022-02-13T07:00:00">', '2022-02-13T07:00:00'],
  ])('date from %s', (head, date) => {
    expect(metaOf(head).publishedAt).toBe(date)
  })
  test('date from the body: itemprop, <time datetime>, JSON-LD', () => {
    expect(metaOf('', '<span itemprop="datePublished">2005年3月21日</span><p>正文</p>').publishedAt).toBe('2005年3月21日')
    expect(metaOf('', '<time datetime="2020-01-01">旧</time><time pubdate datetime="2021-02-03T04:05">新</time>').publishedAt)
      .toBe('2021-02-03T04:05')
    expect(metaOf('', '<time datetime="2020-01-01">一月</time>').publishedAt).toBe('2020-01-01')
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-09-09T09:09","author":{"name":"张三"}}</script>'
    expect(metaOf(ld)).toMatchObject({ publishedAt: '2019-09-09T09:09', author: '张三' })
    expect(metaOf('<script type="application/ld+json">{broken</script>').publishedAt).toBeNull()
  })
  test('author from meta, never a profile URL', () => {
    expect(metaOf('<meta name="author" content="李楠">').author).toBe('李楠')
    expect(metaOf('<meta property="article:author" content="https://www.facebook.com/someone">').author).toBeNull()
    expect(metaOf('<meta property="article:author" content="https://example.com/a"><meta itemprop="author" content="王五">').author)
      .toBe('王五')
    expect(metaOf('', '<span itemprop="author"><span itemprop="name">赵六</span></span>').author).toBe('赵六')
  })
  test('author from a byline element: rel="author", class="author vcard" or "byline"; never a commenter\'s', () => {
    expect(metaOf('', '<footer><span class="author vcard"><span>作者 </span><a class="url fn n" href="/a">阿凯</a></span></footer>').author).toBe('作者 阿凯')
    expect(metaOf('', '<a rel="author" href="/u/1">林子默</a>').author).toBe('林子默')
    expect(metaOf('', '<span class="comment-author-link">小鱼</span>').author).toBeNull()
  })
  test('keywords split on , ， ; 、 and spaces; description kept', () => {
    const meta = metaOf('<meta name="Keywords" content="两会，人大、政协;经济 民生,两会"><meta name="description" content="摘要文字">')
    expect(meta.keywords).toEqual(['两会', '人大', '政协', '经济', '民生'])
    expect(meta.description).toBe('摘要文字')
    expect(splitKeywords(null)).toEqual([])
  })
  test('a page that declares nothing gives nulls', () => {
    expect(parseHtml('<p>只有正文</p>').meta).toEqual({
      title: null, siteName: null, publishedAt: null, author: null, keywords: [], description: null, account: null,
    })
  })
  test('a platform post\'s account from the element the platform marks it with; another link is none', () => {
    expect(metaOf('', '<span id="profileBt"><a id="js_name">青梧发布</a></span><p>正文</p>').account).toBe('青梧发布')
    expect(metaOf('', '<div class="profile_inner"><strong class="profile_nickname">青梧发布</strong></div>').account).toBe('青梧发布')
    expect(metaOf('', '<a id="js_share">分享</a><span class="nickname-tag">青梧</span>').account).toBeNull()
  })
  test('metadata inside dropped parts (header, script) is still read', () => {
    const meta = metaOf('', '<header><h1>春天来了</h1></header><p>正文</p>')
    expect(meta.title).toBeNull() // no <title> to match the h1 against
    expect(parseHtml(page('<title>春天来了 - 某网</title>', '<header><h1>春天来了</h1></header>')).meta.title).toBe('春天来了')
  })
  test('a Traditional page\'s meta tags come out Simplified, and its <title> finds the headline among the converted lines', () => {
    const paragraph = '臺北市政府今天宣布，老舊公寓增設電梯的補助將再加碼，每案補助上限提高到新臺幣四百萬元，符合資格的住戶可以向都市更新處提出申請。'
    const html = page(
      '<title>北市老舊公寓增設電梯補助加碼 - 中央社</title><meta name="author" content="陳怡君">',
      `<div>即時</div><div>北市老舊公寓增設電梯補助加碼</div><div>即時新聞</div><div>${paragraph}</div><div>${paragraph}</div>`,
    )
    const result = cleanPage(html)
    // The <title> names the site; the page credits no one, so the site is no publisher.
    expect(result).toMatchObject({ title: '北市老旧公寓增设电梯补助加码', author: '陈怡君', publisher: null, site: '中央社' })
    expect(cleanPage(html, { convert: 'none' }).author).toBe('陳怡君')
  })
})

describe('link density', () => {
  test('counts the characters inside <a> per block', () => {
    const [b] = parseHtml('<p>详见<a href="/x">这篇报道</a>。</p>').blocks
    expect(b).toMatchObject({ text: '详见这篇报道。', linkChars: 4, tag: 'p' })
  })
  test('a block of links only is fully linked, spaces between links included', () => {
    const [b] = parseHtml('<div><a href="/1">首页</a> <a href="/2">新闻</a> | <a href="/3">体育</a></div>').blocks
    expect(b?.text).toBe('首页 新闻 | 体育')
    expect(b?.linkChars).toBe(7) // 首页 新闻 (5, the space sits between two links) + 体育 (2)
    const [c] = parseHtml('<div><a href="/1">Home</a> <a href="/2">News</a></div>').blocks
    expect(c?.linkChars).toBe(c?.text.length)
  })
  test('a block inside a link is all link', () => {
    const [b] = parseHtml('<td><a href="/x"><b><p align="center">中国民权运动</p></b></a></td>').blocks
    expect(b).toMatchObject({ text: '中国民权运动', linkChars: 6 })
  })
})

describe('segmenting', () => {
  test('one and two <br> split lines inside a container', () => {
    const blocks = parseHtml('<table><tr><td>第一段文字<br>第二行<br><br>　　第三段文字<br/></td></tr></table>').blocks
    expect(blocks.map((b) => b.text)).toEqual(['第一段文字', '第二行', '第三段文字'])
    expect(blocks.every((b) => b.tag === 'td')).toBe(true)
  })
  test('a td holding the whole article becomes several paragraph blocks', () => {
    const html = `<table><tr><td><a href="/">首页</a> <a href="/n">新闻</a> <a href="/s">体育</a></td></tr>
<tr><td>
<p>　　第一段正文，讲了一件事。</p>
<p>　　第二段正文，又讲了一件事。</p>
第三段没有标签<br>
第四段也没有
</td></tr></table>`
    const blocks = parseHtml(html).blocks
    expect(blocks.map((b) => [b.text, b.tag])).toEqual([
      ['首页 新闻 体育', 'td'],
      ['第一段正文，讲了一件事。', 'p'],
      ['第二段正文，又讲了一件事。', 'p'],
      ['第三段没有标签', 'td'],
      ['第四段也没有', 'td'],
    ])
    expect(blocks[0]!.linkChars / blocks[0]!.text.length).toBeGreaterThan(0.7)
  })
  test('a data table\'s row is one line, its cells one space apart; a layout table\'s cells stay blocks', () => {
    const table = `<table><tr><th>项目</th><th>2024年</th>\n<th>2023年</th></tr>\n<tr><td>营业收入(亿元)</td>\n\t<td>38.62</td><td><b>16.40%</b></td></tr></table>`
    const blocks = parseHtml(table).blocks
    expect(blocks.map((b) => [b.text, b.tag])).toEqual([['项目 2024年 2023年', 'tr'], ['营业收入(亿元) 38.62 16.40%', 'tr']])
    // A cell with a paragraph or a line break in it, or a long one, is layout: every cell keeps its blocks.
    expect(texts('<table><tr><td>导航</td><td><p>第一段正文，讲了一件事。</p></td></tr></table>')).toEqual(['导航', '第一段正文，讲了一件事。'])
    expect(texts('<table><tr><td>甲</td><td>第一行<br>第二行</td></tr></table>')).toEqual(['甲', '第一行', '第二行'])
    expect(texts('<table><tr><td>单独一格</td></tr></table>')).toEqual(['单独一格'])
  })
  test('an article\'s data table does not end its body', () => {
    const para = (n: number) => `<p>这是第${n}段正文，公司公布了全年业绩，营业收入和净利润均实现增长，管理层对明年的经营前景表示乐观，分析师也上调了目标价。</p>`
    const rows = Array.from({ length: 8 }, (_, i) => `<tr><td>指标${i + 1}</td><td>${10 + i}.5</td><td>${i + 2}.1%</td></tr>`).join('')
    const html = page('<title>某公司发布年度业绩 - 财经网</title>', `<div>${para(1)}${para(2)}<table><tr><th>项目</th><th>2024年</th><th>同比</th></tr>${rows}</table>${para(3)}${para(4)}</div>`)
    const body = cleanPage(html).body
    expect(body).toContain('指标8 17.5 9.1%')
    expect(body[body.length - 1]).toContain('这是第4段正文')
  })
  test('inline text beside block children becomes its own block', () => {
    expect(texts('<div>前言文字<p>段落</p>后记文字<div>里层</div></div>')).toEqual(['前言文字', '段落', '后记文字', '里层'])
  })
  test('headings keep their tag', () => {
    expect(parseHtml('<h1>大标题</h1><h3>小标题</h3>').blocks.map((b) => b.tag)).toEqual(['h1', 'h3'])
  })
  test('whitespace: no space where the source wrapped between Han characters, one elsewhere', () => {
    expect(texts('<p>中华人民\n   共和国</p><p>foo\n  bar</p><p>&nbsp;&nbsp;　　缩进的段落&nbsp;</p><p>中国 北京</p>'))
      .toEqual(['中华人民共和国', 'foo bar', '缩进的段落', '中国 北京'])
    expect(joinParts(['中国\n  北京', ' ', '新闻'], [false, false, true])).toEqual({ text: '中国北京 新闻', linkChars: 2 })
  })
  test('a newline between two elements is a space even between Han characters; inside one text node it is a wrapped line', () => {
    // A pretty-printed byline: each name in its own element, one per source line.
    expect(texts('<div><span>原创</span>\n<span>林溪</span>\n<a href="#">青梧发布</a></div>')).toEqual(['原创 林溪 青梧发布'])
    expect(texts('<p>记者\n<b>韦晓岚</b>\n报道</p>')).toEqual(['记者 韦晓岚 报道'])
    expect(joinParts(['林溪', '\n', '青梧发布'], [])).toEqual({ text: '林溪 青梧发布', linkChars: 0 })
    expect(joinParts(['林溪\n', '青梧发布'], [])).toEqual({ text: '林溪 青梧发布', linkChars: 0 })
    // Inline elements inside a sentence with no whitespace around them still join without a space.
    expect(texts('<p>据<a href="/x">新华社</a>报道，<b>本市</b>今起<span>启动</span>改造。</p>')).toEqual(['据新华社报道，本市今起启动改造。'])
    // A line wrapped by the editor inside one text node still joins, also inside an inline element.
    expect(texts('<p><span>历时七个月的\n  改造完工</span></p>')).toEqual(['历时七个月的改造完工'])
  })
  test('<pre> keeps its lines apart', () => {
    expect(texts('<pre>第一行\n第二行</pre>')).toEqual(['第一行', '第二行'])
  })
  test('line is where the element starts, or where text after a <br> starts', () => {
    const html = '<html>\n<body>\n<p>\n第一段</p>\n<div>甲<br>\n乙</div>\n<div>\n  <span>丙</span>\n</div>\n</body></html>'
    const blocks = parseHtml(html).blocks
    expect(blocks.map((b) => [b.text, b.line])).toEqual([['第一段', 3], ['甲', 5], ['乙', 6], ['丙', 7]])
  })
  test('deeply nested old markup does not overflow the stack', () => {
    const n = 5000 // flattened below depth 1,000 (see 'markup nested too deep'); every text still a block
    const blocks = parseHtml('<body>' + '<div>字'.repeat(n) + '</div>'.repeat(n)).blocks
    expect(blocks).toHaveLength(n)
    // Layout tables nest four elements a level (table, tbody, tr, td) and count one: 4,000 deep, parsed as they are.
    const tables = parseHtml('<body>' + '<table><tr><td>字'.repeat(1000))
    expect(tables.blocks).toHaveLength(1000)
    expect(tables.warnings).toEqual([])
  })
})

describe('dropping', () => {
  test('scripts, styles, comments, nav, footer, forms and friends go', () => {
    const html = `<nav>导航</nav><header>页眉</header><script>var a = "脚本"</script><style>p{}</style>
<!-- 注释 --><p>正文<noscript>请开启</noscript></p><article><aside>引语</aside></article><footer>版权所有</footer>
<form><input value="搜索"><button>搜索</button><select><option>选项</option></select></form><iframe src="x"></iframe>`
    expect(texts(html)).toEqual(['正文'])
  })
  test.each([
    ['ad'], ['ads'], ['advert'], ['share-box'], ['comment_list'], ['footer'], ['breadcrumb'],
    ['main-nav'], ['menu'], ['login'], ['copyright'], ['adBox'], ['bottom_ad'],
  ])('class or id %s is dropped', (name) => {
    expect(texts(`<div class="${name}">去掉</div><p>正文</p>`)).toEqual(['正文'])
    expect(texts(`<div id="${name}">去掉</div><p>正文</p>`)).toEqual(['正文'])
  })
  test('a sidebar is kept as link blocks: the related headlines live there', () => {
    expect(hintAction('sidebar')).toBe('links')
    const blocks = parseHtml('<p>正文</p><div class="sidebar"><h3>相关新闻</h3><a href="/1">一条新闻的标题</a><a href="/2">另一条新闻的标题</a></div>').blocks
    expect(blocks.filter((b) => b.linkChars === b.text.length).map((b) => b.text)).toEqual(['一条新闻的标题', '另一条新闻的标题'])
  })
  test('an <aside> beside the article is a sidebar too; one inside the article (a pull quote) is dropped', () => {
    const linked = (html: string) => parseHtml(html).blocks.filter((b) => b.linkChars > 0 && b.linkChars === b.text.length).map((b) => b.text)
    expect(linked('<article><p>正文</p></article><aside><h3>热门文章</h3><ul><li><a href="/1">一条新闻的标题</a></li><li><a href="/2">另一条新闻的标题</a></li></ul></aside>'))
      .toEqual(['一条新闻的标题', '另一条新闻的标题'])
    expect(texts('<article><p>正文第一段</p><aside><p>一句引语</p></aside><p>正文第二段</p></article>')).toEqual(['正文第一段', '正文第二段'])
  })
  test('an <aside> inside <main> beside the <article> is a sidebar; inside the <article> under <main> it is still a pull quote', () => {
    const linked = (html: string) => parseHtml(html).blocks.filter((b) => b.linkChars > 0 && b.linkChars === b.text.length).map((b) => b.text)
    const aside = '<aside><h3>其他新闻稿</h3><ul><li><a href="/1">一条新闻的标题</a></li><li><a href="/2">另一条新闻的标题</a></li></ul></aside>'
    expect(linked(`<main><article><p>正文</p></article>${aside}</main>`)).toEqual(['一条新闻的标题', '另一条新闻的标题'])
    expect(texts('<main><article><p>正文第一段</p><aside><p>一句引语</p></aside><p>正文第二段</p></article></main>')).toEqual(['正文第一段', '正文第二段'])
    // A table of contents and an author card beside the article link no headlines: dropped, as before.
    const toc = '<aside class="sidebar"><ul><li>文章目录</li><li><a href="#pz">1. 选品种：别贪大</a></li><li><a href="#js">2. 浇水：见干见湿</a></li></ul><p>木子</p><a href="/archives/">42 日志</a><a href="/tags/">35 标签</a></aside>'
    expect(texts(`<main><article><p>正文</p></article>${toc}</main>`)).toEqual(['正文'])
  })
  test('a post navigation (a <nav> or a nav class holding 上一篇/下一篇) keeps its links; a site menu is dropped', () => {
    const nav = '<nav class="post-navigation"><h2>文章导航</h2><a href="/1">上一篇：大理古城人民路漫步</a><a href="/2">下一篇：洱海骑行一日</a></nav>'
    expect(texts(`<p>正文</p>${nav}`)).toContain('上一篇：大理古城人民路漫步')
    expect(texts('<p>正文</p><div class="post-nav"><a href="/1">上一篇：大理古城人民路漫步</a></div>')).toContain('上一篇：大理古城人民路漫步')
    expect(texts('<nav><a href="/">首页</a><a href="/n">新闻</a><a href="/s">体育</a></nav><p>正文</p>')).toEqual(['正文'])
  })
  test.each([['head'], ['load'], ['shadow'], ['gradient'], ['header-title'], ['padding'], ['thread'], ['badge'], ['position-relative'], ['border-bottom'], ['overflow-hidden']])(
    'class %s is kept (a hint word is whole, not a substring)',
    (name) => {
      expect(texts(`<div class="${name}">留下</div>`)).toEqual(['留下'])
      expect(hintAction(name)).toBe('walk')
    },
  )
  test('a content class keeps an element whatever its other classes say', () => {
    expect(hintAction('article-content has-comments')).toBe('walk')
    expect(hintAction('main-nav')).toBe('drop')
  })
  test('role and hidden styles drop; a hidden span does not split its sentence', () => {
    expect(texts('<div role="navigation">导航</div><p>正<span style="display: none">乱码</span>文</p>')).toEqual(['正文'])
    expect(texts('<p hidden>藏</p><p>显</p>')).toEqual(['显'])
    expect(texts('<p>正<span style="font-size:0px">水印</span>文</p><p style="font-size: 0.8em">小字</p>')).toEqual(['正文', '小字'])
  })
  test('a hidden element holding the article is read: named the content and holding prose, or holding a body\'s worth of prose', () => {
    const p1 = '历时七个月的改造完工，西门街今天起恢复通行。'
    const p2 = '施工单位对街道两侧老建筑逐一建档，能修的不换、能留的不拆。'
    const p3 = '老街也引进了非遗工坊、独立书店、社区食堂等新业态。'
    // WeChat serves its body `visibility: hidden` and reveals it by script.
    expect(texts(`<h1>标题</h1><div class="rich_media_content" id="js_content" style="visibility: hidden;"><section><p><span>${p1}</span></p><p><span>${p2}</span></p></section></div>`))
      .toEqual(['标题', p1, p2])
    // An m. page's fold: the second half hidden behind 展开全文.
    expect(texts(`<div class="article-content"><p>${p1}</p></div><div class="unfold"><span>展开全文</span></div><div class="article-content" id="contentMore" style="display:none"><p>${p2}</p><p>${p3}</p></div>`))
      .toEqual([p1, '展开全文', p2, p3])
    // No name, but paragraphs of prose, a body's worth: read.
    const long = [p1, p2, p3].map((p) => `<p>${p.repeat(5)}</p>`).join('')
    expect(texts(`<p>导语</p><div style="display:none">${long}</div>`)).toHaveLength(4)
  })
  test('hidden chrome still drops: menus, dialogs, short or link-heavy text, anti-copy junk, a hidden copy of the visible body', () => {
    const p1 = '历时七个月的改造完工，西门街今天起恢复通行。'
    const p2 = '施工单位对街道两侧老建筑逐一建档，能修的不换、能留的不拆。'
    const shown = `<div class="content"><p>${p1}</p><p>${p2}</p></div>`
    // A dialog's or a tooltip's content, even with sentences in it.
    expect(texts(`${shown}<div class="modal-content" style="display:none"><p>${p1}</p><p>您确定要退出登录吗？请再次确认。</p></div>`)).toEqual([p1, p2])
    // Named the content but only links (a hidden menu), or a label and no sentence.
    expect(texts(`${shown}<div class="content-list" style="display:none"><a href="/a">第一条新闻标题很长很长</a><a href="/b">第二条新闻标题也很长很长。</a></div>`)).toEqual([p1, p2])
    expect(texts(`${shown}<div class="post-content" style="display:none"><p>加载中</p></div>`)).toEqual([p1, p2])
    // font-size:0 is anti-copy junk, never revealed.
    expect(texts(`${shown}<div class="content" style="font-size:0"><p>本文来源于某某网站，转载请注明出处。</p></div>`)).toEqual([p1, p2])
    // No name and only a sentence or two: a honeypot or a held-back note.
    expect(texts(`${shown}<div style="display:none"><p>${p1}</p><p>${p2}</p></div>`)).toEqual([p1, p2])
    // A hidden mobile copy of the visible body, before or after it: not read twice.
    expect(texts(`<div class="m-article" style="display:none"><p>${p1}</p><p>${p2}</p></div>${shown}`)).toEqual([p1, p2])
    expect(texts(`${shown}<div class="m-article" style="display:none"><p>${p1}</p><p>${p2}</p></div>`)).toEqual([p1, p2])
  })
  test('a carousel\'s hidden slides are walked when a twin of their tag and class shows; a lone hidden element still drops', () => {
    const slides = '<div class="slide"><p>图为第一张。</p></div><div class="slide" style="display:none"><p>图为第二张。</p></div><div class="slide" style="display: none"><p>图为第三张。</p></div>'
    expect(texts(slides)).toEqual(['图为第一张。', '图为第二张。', '图为第三张。'])
    // Every twin hidden (a template set), no class, another class, or hidden another way: dropped as before.
    expect(texts('<div class="slide" style="display:none"><p>甲</p></div><div class="slide" style="display:none"><p>乙</p></div><p>显</p>')).toEqual(['显'])
    expect(texts('<div style="display:none"><p>甲</p></div><div><p>显</p></div>')).toEqual(['显'])
    expect(texts('<div class="modal" style="display:none"><p>甲</p></div><div class="page"><p>显</p></div>')).toEqual(['显'])
    expect(texts('<span class="w">正</span><span class="w" style="font-size:0">水印</span>')).toEqual(['正'])
  })
  test('zero-width marks and soft hyphens inside words and numbers go; they are not spaces', () => {
    expect(texts('<p>全程1\u200b00公里，2\u200b027年通车。记者 何\u200b晓东</p><p>soft\u00adware\ufeff</p>')).toEqual(['全程100公里，2027年通车。记者 何晓东', 'software'])
  })
  test('an ASP.NET form wrapping the page is kept', () => {
    const article = '<p>' + '正文很长的一段话。'.repeat(30) + '</p>'
    expect(texts(`<form id="form1">${article}</form>`)).toHaveLength(1)
  })
  test("an article's own <header> is kept", () => {
    expect(texts('<header>站点页眉</header><article><header><h1>文章标题</h1></header><p>正文</p></article>'))
      .toEqual(['文章标题', '正文'])
  })
  test("a page's <header> holding the headline is walked; its menu still goes", () => {
    expect(texts('<header><nav><a href="/">首页</a> <a href="/a">民生</a></nav><h1>文章标题</h1><div class="info">记者 方圆</div></header><p>正文</p>'))
      .toEqual(['文章标题', '记者 方圆', '正文'])
  })
})

describe('related lists', () => {
  test('kept as one block per headline with full link characters', () => {
    const html = `<p>正文</p><div class="related"><h3>相关新闻</h3>
<a href="/1">第一条相关新闻</a> <a href="/2">第二条相关新闻</a>
<ul><li><a href="/3">第三条相关新闻</a> (2005-03-21)</li></ul></div>`
    const blocks = parseHtml(html).blocks
    expect(blocks.map((b) => [b.text, b.tag, b.linkChars])).toEqual([
      ['正文', 'p', 0],
      ['相关新闻', 'h3', 0],
      ['第一条相关新闻', 'a', 7],
      ['第二条相关新闻', 'a', 7],
      ['第三条相关新闻 (2005-03-21)', 'li', 7],
    ])
  })
  test('recommend lists too; an ad inside one is still dropped', () => {
    const html = '<div id="recommend"><a href="/1">推荐一</a><span class="ad">广告</span><a href="/2">推荐二</a></div>'
    expect(parseHtml(html).blocks.map((b) => [b.text, b.tag])).toEqual([['推荐一', 'a'], ['推荐二', 'a']])
  })
})

describe('looksLikeHtml', () => {
  test.each([
    ['<!DOCTYPE html><title>x</title>', true],
    ['\ufeff  <html><body>正文</body></html>', true],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', true],
    ['<div class="a"><p>第一段</p><p>第二段<a href="/x">链接</a></p></div>', true],
    ['<table><tr><td>文字</td></tr></table>', true],
    ['第一段文字<br/>\n\n第二段文字\n\n第三段', false],
    ['第一段<br>第二段<br>第三段<br>第四段<br>第五段', false],
    ['比较 a<b 和 b>c 的大小，<a> 是字母', false],
    ['', false],
    ['普通的新闻文本\n\n没有任何标签', false],
    // A dump whose CMS printed its inline tags as text: most lines hold none.
    ['标题\n\n2017-09-26 来源：晚报\n\n<p>第一段正文。</p>\n\n<span style="font-size:16px">第二段正文。</span>\n\n第三段正文。<br>\n\n第四段正文。\n\n第五段正文。\n\n责任编辑：某某', false],
    // The same inline tags on every line are a fragment of markup.
    ['<p>第一段正文。</p>\n<p>第二段<strong>正文</strong>。</p>\n<p>第三段正文。<br></p>\n第四段正文。', true],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected)
  })
  test('detect.ts does not load cheerio (text input must not pay for it)', () => {
    for (const file of ['detect.ts', 'html-patterns.ts']) {
      const src = readFileSync(new URL(`../src/parse/${file}`, import.meta.url), 'utf8')
      expect(src).not.toMatch(/cheerio'|from '\.\/html\.js'/)
    }
  })
  test('every audit set\'s text dump is text and every saved page HTML', () => {
    const sets = new URL('../bench/audit-pages/', import.meta.url)
    for (const set of readdirSync(sets, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      for (const f of readdirSync(new URL(`${set}/dumps/`, sets))) expect(looksLikeHtml(readFileSync(new URL(`${set}/dumps/${f}`, sets), 'utf8')), f).toBe(false)
      for (const f of readdirSync(new URL(`${set}/html/`, sets))) expect(looksLikeHtml(readFileSync(new URL(`${set}/html/${f}`, sets), 'latin1')), f).toBe(true)
    }
  })
  test('the dev text dumps are not HTML', () => {
    for (const f of readdirSync(join(DEV, 'dumps')).filter((x) => x.endsWith('.txt'))) {
      expect(looksLikeHtml(readFileSync(join(DEV, 'dumps', f), 'utf8')), f).toBe(false)
    }
  })
})

describe('dates named by their element', () => {
  test('an element whose id or class names a date gives the date when nothing better is declared', () => {
    expect(parseHtml('<form><span id="paperdate">2022年02月13日</span></form><p>正文</p>').meta.publishedAt).toBe('2022年02月13日')
    expect(parseHtml('<div class="date">按日期查询</div><p>正文</p>').meta.publishedAt).toBeNull()
    expect(parseHtml('<meta property="article:published_time" content="2024-05-06T08:30:00+08:00"><span class="pubtime">2024-05-07</span>').meta.publishedAt)
      .toBe('2024-05-06T08:30:00+08:00')
  })
})

describe('markup nested too deep to parse as it is', () => {
  const ARTICLE = '国家统计局今天发布数据，今年前三个月全国经济运行总体平稳，工业生产和市场销售增长加快。'

  test('50,000 nested divs around a paragraph: parsed in a moment, the paragraph kept, with a warning', () => {
    const n = 50_000
    const html = `<html><body>\n${'<div>'.repeat(n)}<p>${ARTICLE}</p>${'</div>'.repeat(n)}\n</body></html>`
    const { blocks, warnings } = parseHtml(html)
    expect(blocks.map((b) => b.text)).toEqual([ARTICLE])
    expect(warnings).toEqual([{
      code: 'deep-nesting',
      message: 'markup nested 50000 elements deep: 98000 tags below depth 1000 taken out before parsing, their text kept',
      line: 2,
    }])
    const result = cleanPage(html)
    expect(result.body).toEqual([ARTICLE])
    expect(result.warnings.map((w) => w.code)).toEqual(['deep-nesting'])
  })

  test('below the limit a block tag becomes one <br>, an inline tag goes, newlines stay', () => {
    expect(flattenDeepNesting('<div><div><div>文</div></div></div>', 2)).toEqual({
      html: '<div><div><br>文<br></div></div>', depth: 3, flattened: 2, line: 1,
    })
    const html = '<div><div>\n<div\nclass="x">\n<div>甲<font color=red>乙</font></div>\n</div>\n</div></div>\n<p>丙</p>'
    const flat = flattenDeepNesting(html, 2)
    expect(flat.html).toBe('<div><div>\n<br>\n\n甲乙<br>\n\n</div></div>\n<p>丙</p>')
    expect(flat).toMatchObject({ depth: 5, flattened: 6, line: 2 })
    // the same texts, and the text after the flattened part on the same line
    expect(parseHtml(flat.html).blocks.map((b) => b.text)).toEqual(['甲乙', '丙'])
    expect(parseHtml(flat.html).blocks[1]!.line).toBe(7)
  })

  test.each([
    ['unclosed <p>, <li>, <td>, <a>, headings', '<p>段<li>项<td>格<a href="/">链</a><h3>题'],
    ['void elements', '<br><img src=x><hr><input>'],
    ['tags inside scripts, styles, comments, textareas', '<script>"<div>"</script><style>/*<div>*/</style><!--<div>--><textarea><div></textarea>'],
    ['self-closing SVG elements', '<svg><g><path d="M0 0"/></g><circle r="1"/></svg>'],
    ['a > inside a quoted attribute', '<span title="a>b"></span>'],
  ])('%s do not pile up', (_what, piece) => {
    const html = piece.repeat(2000)
    expect(flattenDeepNesting(html)).toEqual({ html, depth: expect.any(Number), flattened: 0, line: null })
    expect(flattenDeepNesting(html).depth).toBeLessThanOrEqual(2)
  })

  test('<div/> opens a div, as in the parser', () => {
    expect(flattenDeepNesting('<div/>'.repeat(1001)).flattened).toBe(1)
  })

  test.each(devIds())('dev page %s nests far below the limit and is parsed as it is', (id) => {
    const html = decodePage(readFileSync(join(DEV, 'html', `${id}.html`)))
    const flat = flattenDeepNesting(html)
    expect(flat.html).toBe(html)
    expect(flat.depth).toBeLessThan(100)
  })
})

describe('a flat page: every paragraph a <p> right in <body>', () => {
  // <body> is no article element: taking it as one swept related lists, comments and footers into the body.
  const flat = (text: string): string =>
    '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>' +
    text.split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n') +
    '</body></html>'

  test.each(['comment-section-dated-commenters', 'copyright-story-quoting-notices', 'seed-huxiu-deepseek'])('%s inside one wrapper <div> reads as its text dump does up to the page parts', (slug) => {
    // A wrapper around everything is no article element beyond its related and comment headers, footers and breadcrumbs.
    const text = readFileSync(fixturePath(slug, 'input.txt'), 'utf8')
    const wrapped = flat(text).replace('<body>', '<body><div id="wrap">').replace('</body>', '</div></body>')
    expect(cleanPage(wrapped).body).toEqual(cleanPage(text).body)
  })

  test.each(['numbered-lists-and-ranking', 'comment-section-dated-commenters', 'two-wire-stories-end-mark', 'seed-huxiu-deepseek'])('%s reads as its text dump does', (slug) => {
    const text = readFileSync(fixturePath(slug, 'input.txt'), 'utf8')
    const fromText = cleanPage(text)
    const fromHtml = cleanPage(flat(text))
    expect(fromHtml.body).toEqual(fromText.body)
    expect(fromHtml.related.map((r) => r.title)).toEqual(fromText.related.map((r) => r.title))
  })
})

describe('a caption under an image standing alone', () => {
  const para = (n: number) => `<p>第${n}段：论坛邀请了十余位专家学者围绕乡村振兴与数字经济展开研讨，与会代表结合各地实践交流了经验做法，并就下一步合作达成共识。</p>`
  const page = (under: string) =>
    `<html><head><title>乡村振兴论坛举行</title></head><body><article><h1>乡村振兴论坛举行</h1>${para(1)}<p><img src="a.jpg"></p>${under}${para(2)}${para(3)}</article></body></html>`
  const body = (under: string) => cleanPage(page(under), { inputFormat: 'html' }).body

  test('is marked by the parser, and is no part of the body', () => {
    expect(parseHtml(page('<p style="text-align:center">论坛现场</p>')).blocks.find((b) => b.text === '论坛现场')!.afterImage).toBe(true)
    expect(body('<p style="text-align:center">论坛现场</p>')).not.toContain('论坛现场')
    expect(body('<p>茶室二楼的小包间，用竹帘隔开。</p>')).not.toContain('茶室二楼的小包间，用竹帘隔开。')
  })

  test('a bold subheading, a numbered one, a labelled line or a long sentence under an image stays', () => {
    for (const kept of ['<p><strong>一部旧手机的“旅程”</strong></p>', '<p>二、饲料成本居高不下</p>', '<p>第一站：赤坎古镇老街</p>', '<p>位于开平市，骑楼建筑中西合璧，街上的老字号茶楼依然营业，一盅两件就能坐一个上午。</p>',
      // A question with a sentence after it is prose, short as it is.
      '<p>那么，哪些结节需要重视呢？可以重点看报告上的几个关键词。</p>']) {
      const text = kept.replace(/<[^>]+>/g, '')
      expect(body(kept)).toContain(text)
    }
    // Text after the image inside the same paragraph is not a block under an image standing alone.
    expect(parseHtml(page('')).blocks.find((b) => b.text.startsWith('第2段'))!.afterImage).toBe(true)
    expect(parseHtml(`<p>图标<img src="i.gif">后面的文字</p><p>下一段</p>`).blocks.every((b) => !b.afterImage)).toBe(true)
  })
})

describe('html: the title when og:title gives only the headline\'s first part', () => {
  const page = (og: string) => `<html><head><title>订单库迁移分布式数据库实践：不停机切换的三周 - 云栈技术博客</title>
<meta property="og:title" content="${og}"></head><body><article>
<h1>订单库迁移分布式数据库实践：不停机切换的三周</h1>
<div><span>刘浩哲</span><span>订单平台团队 · 高级工程师</span></div><div>2025年3月18日 · 阅读约 8 分钟</div>
<p>过去一年，我们的订单服务日均请求量从800万增长到3200万，原有基于单一实例的架构逐渐暴露出瓶颈，慢查询数量翻了两番。这篇文章记录了迁移的过程。</p>
<p>最初我们考虑过在现有架构上继续做分库分表。但评估后发现，业务中存在大量多维度查询，单一分片键很难兼顾，测试成本很高。</p>
<p>灰度阶段我们按商户取模逐步切流，从百分之一开始，每天提升一档，整个切换持续了三周。期间校验服务共发现十七条不一致记录。</p>
</article></body></html>`

  test('the <h1> opening with it is the title, not the author box between it and the date line', () => {
    expect(cleanPage(page('订单库迁移分布式数据库实践')).title).toBe('订单库迁移分布式数据库实践：不停机切换的三周')
    expect(cleanPage(page('订单库迁移分布式数据库实践：不停机切换的三周')).title).toBe('订单库迁移分布式数据库实践：不停机切换的三周')
  })

  test('a short og:title (a channel\'s name) does not lift a line over the one above the date line', () => {
    const html = `<html><head><title>后端专栏</title><meta property="og:title" content="后端专栏"></head><body>
<div>后端专栏·精选</div><h1>订单库迁移的三周</h1><div>2025年3月18日</div>
<p>过去一年，我们的订单服务日均请求量从800万增长到3200万，原有基于单一实例的架构逐渐暴露出瓶颈，慢查询数量翻了两番。这篇文章记录了迁移的过程。</p>
<p>最初我们考虑过在现有架构上继续做分库分表。但评估后发现，业务中存在大量多维度查询，单一分片键很难兼顾，测试成本很高。</p>
</body></html>`
    expect(cleanPage(html).title).toBe('订单库迁移的三周')
  })
})

describe('html: a label/value table\'s 标题 cell gives the title', () => {
  test('the value beside 標題 is the title, not 發布單位\'s row above the date', () => {
    const html = `<html><head><title>國立東岸大學 - 校園新聞</title></head><body><table>
<tr><td>標題</td><td>海洋系團隊證實東部珊瑚較耐高溫　研究登國際期刊</td></tr>
<tr><td>發布單位</td><td>秘書室</td></tr><tr><td>發布日期</td><td>2011/05/12</td></tr><tr><td>點閱次數</td><td>856</td></tr>
<tr><td>內容</td><td><p>本校海洋資源學系研究團隊長期投入臺灣東部沿海珊瑚礁生態調查，近日於國際期刊發表最新研究成果，引起國內外學界關注。</p>
<p>研究團隊自民國96年起，在花蓮、臺東沿海設置12處長期監測樣站，每季潛水調查珊瑚覆蓋率、種類組成及白化情形。</p>
<p>校長特別肯定研究團隊的努力，並表示學校將持續支持海洋相關研究，未來也將與地方政府合作。</p></td></tr></table></body></html>`
    expect(cleanPage(html).title).toBe('海洋系团队证实东部珊瑚较耐高温 研究登国际期刊')
  })
})
