import { describe, expect, test } from 'vitest'
import { classifyBlocks } from '../src/classify/index.js'
import { codeBlocks } from '../src/classify/code.js'
import { isDataRow, listItem } from '../src/classify/lists.js'
import { measure } from '../src/classify/features.js'
import { RULES, firstMatch, ruleTables } from '../src/classify/rules.js'
import { convertBlocks } from '../src/convert.js'
import { makeBlock, resolveOptions, type UserRules } from '../src/options.js'
import { parseText } from '../src/parse/text.js'
import { parseHtml } from '../src/parse/html.js'
import { QUANTITY } from '../src/classify/patterns.js'
import { cleanPage } from '../src/pipeline.js'
import { fixturePath, readJson } from './helpers.js'

interface Case { label: string; block: string; rule: string | null; position?: 'first' | 'last'; rules?: UserRules; tag?: string }
const CASES = readJson<Case[]>(fixturePath('classify', 'rules.json'))

/** The rule that decides one block standing alone (converted and folded as the pipeline does). */
function ruleFor(c: Case): string | null {
  const [block] = convertBlocks([makeBlock(c.block, 1, c.tag ? { tag: c.tag } : {})], 'tw2s', true)
  const count = 3
  const index = c.position === 'first' ? 0 : c.position === 'last' ? 2 : 1
  const hit = firstMatch({ block: block!, features: measure(block!), index, count, tables: ruleTables(c.rules) })
  return hit?.id ?? null
}

describe('local rules (fixtures/classify/rules.json)', () => {
  test.each(CASES.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    expect(ruleFor(c)).toBe(c.rule)
  })

  test('every rule has at least one case', () => {
    const covered = new Set(CASES.map((c) => c.rule))
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([])
  })

  test('rule ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })
})

const classify = (dump: string) =>
  classifyBlocks(convertBlocks(parseText(dump), 'tw2s', false), resolveOptions()).map((b) => [b.kind, b.text])

describe('layout', () => {
  const para = (n: number) => `这是第${n}段正文,讲述了事情的经过和各方的反应,内容足够长,带有句号。记者在现场看到,工作人员正在忙碌。`

  test('a gallery whose captions under their slide counters outweigh the prose: the captions are the body, the counters go', () => {
    const scenes = ['旅客排起长队等待安检', '一位农民工背着行李走向候车室', '志愿者帮助老人在自助机上取票', '一对母女靠在行李上小憩']
    const slides = (total: number, from = 1) => scenes.flatMap((s, i) => [`${from + i}/${total}`, `图为${s}。（记者 段文 摄）`])
    const page = ['春运首日 火车站里的回家路', '2016年01月24日 18:20 来源：宁州日报', '春运正式拉开帷幕，车站当天预计发送旅客5.6万人次。', '上一张 下一张', ...slides(4), '您已浏览完本组图片', '更多图集', '组图：宁州迎来今冬首场大雪', '组图：年货市场人气旺']
    const kinds = classify(page.join('\n'))
    expect(kinds.filter(([, t]) => t.startsWith('图为')).map(([k]) => k)).toEqual(['body', 'body', 'body', 'body'])
    expect(kinds.filter(([, t]) => /^\d\/4$/u.test(t)).map(([k]) => k)).toEqual(['chrome', 'chrome', 'chrome', 'chrome'])
    expect(kinds.find(([, t]) => t === '您已浏览完本组图片')?.[0]).toBe('chrome')
    // Counters that do not count up one by one, or captions an article's prose outweighs, stay captions.
    const jumbled = page.map((l) => (l === '2/4' ? '7/9' : l === '3/4' ? '1/4' : l))
    expect(classify(jumbled.join('\n')).filter(([, t]) => t.startsWith('图为')).map(([k]) => k)).toContain('chrome')
    const article = [...page.slice(0, 3), para(1), para(2), para(3), para(4), para(5), ...slides(4)]
    expect(classify(article.join('\n')).filter(([, t]) => t.startsWith('图为')).map(([k]) => k)).toEqual(['chrome', 'chrome', 'chrome', 'chrome'])
  })

  test('a poem between its metadata and its end is the body, a line to a paragraph; a list of headlines is not', () => {
    const poem = ['◎犁', '父亲把犁扛上肩头的时候', '整个村庄都醒了', '泥土翻了一个身', '露出去年藏好的', '一粒星光', '◎菜园', '母亲在菜园里弯着腰', '一垄韭菜，一垄葱', '她把春天种得整整齐齐', '却把自己']
    const page = (lines: string[]) => ['春天的村庄（组诗）_副刊_滨江网', '首页 » 副刊 » 诗歌', '春天的村庄（组诗）', '2018-04-10 09:30 来源：滨江晚报', '作者：林远', ...lines, '责任编辑：周舟', '分享：微信微博QQ', '滨江网版权所有，未经书面授权禁止使用']
    const kinds = classify(page(poem).join('\n'))
    expect(kinds.filter(([k]) => k === 'body').map(([, t]) => t)).toEqual(poem)
    expect(kinds.find(([, t]) => t === '作者：林远')?.[0]).toBe('meta')
    // Headlines under a date line, with no stanza marker, no comma inside a line: no body is made of them.
    const headlines = ['市政府召开常务会议部署工作', '全市开展春季植树活动', '新建三所中学今秋开学', '地铁五号线完成全线铺轨', '老旧小区改造项目启动', '城区新增十个口袋公园', '夜间经济示范街区开街', '一季度外贸进出口增长']
    expect(classify(page(headlines).join('\n')).filter(([k]) => k === 'body')).toEqual([])
    // A short line that is a link in HTML is no poem's line.
    const linked = parseHtml(`<h1>春天的村庄（组诗）</h1><div>2018-04-10 09:30 来源：滨江晚报</div><div>作者：林远</div>${poem.map((l) => `<p><a href="/x">${l}</a></p>`).join('')}<div>责任编辑：周舟</div>`).blocks
    expect(classifyBlocks(linked, resolveOptions()).filter((b) => b.kind === 'body')).toEqual([])
  })

  test('numbers alone over a post\'s subheads, counting on, are decoration; a number that is text stays', () => {
    const numbered = ['高温下踢球2小时 男孩热射病', '2023-07-12 18:30', para(1), '01', '为什么孩子更容易中暑？', para(2), '02', '出现这些症状要警惕', para(3), '03', '家长应该怎么做？', para(4)]
    const kinds = classify(numbered.join('\n'))
    expect(kinds.filter(([, t]) => /^0\d$/u.test(t)).map(([k]) => k)).toEqual(['chrome', 'chrome', 'chrome'])
    expect(kinds.filter(([, t]) => t.endsWith('？') || t === '出现这些症状要警惕').map(([k]) => k)).toEqual(['body', 'body', 'body'])
    // The count broken (`01`, `03`), or a number with a sentence under it, or one number alone: all stay.
    const broken = classify(numbered.map((l) => (l === '02' ? '05' : l)).join('\n'))
    expect(broken.filter(([, t]) => /^0\d$/u.test(t)).map(([k]) => k)).toEqual(['body', 'body', 'body'])
    const scored = classify(['决赛落幕', '2023-07-12 18:30', para(1), '全场得分', '86', '主队凭借下半场的反击最终取胜。', para(2), '87', '客队全场得分同样创下新高。', para(3)].join('\n'))
    expect(scored.filter(([, t]) => /^\d\d$/u.test(t)).map(([k]) => k)).toEqual(['body', 'body'])
  })

  test('a post\'s action bar ends the article: cards\' teasers below it are not the body', () => {
    const kinds = classify(['Nginx 反向代理后拿不到真实 IP', '2021-03-15 10:22', para(1), para(2), para(3), '码农小北 关注 6点赞 踩 41收藏 0评论 分享', 'nginx获取真实ip2020-08-12', para(4), para(5)].join('\n'))
    expect(kinds.slice(5).map(([k]) => k)).not.toContain('body')
  })

  test('a standfirst between the headline and the byline is not the article\'s text; a lede under the byline is', () => {
    const dek = '越来越多的年轻人开始走进茶室，在一杯茶的时间里，让自己从忙碌中抽身。'
    const kinds = classify(['在城市里找一间茶室，把日子过慢一点', dek, '撰文：苏晚 摄影：陈默 2014-11-03', para(1), para(2), para(3)].join('\n'))
    expect(kinds.map(([k]) => k)).toEqual(['title', 'chrome', 'meta', 'body', 'body', 'body'])
    // With the metadata above it, the same paragraph opens the article.
    const plain = classify(['在城市里找一间茶室，把日子过慢一点', '撰文：苏晚 摄影：陈默 2014-11-03', dek, para(1), para(2)].join('\n'))
    expect(plain.map(([k]) => k)).toEqual(['title', 'meta', 'body', 'body', 'body'])
  })

  test('a post\'s headline above its byline is the title across a box-drawing rule and a call to follow', () => {
    const kinds = classify(['原创 桃源发布 桃源发布 2024-07-16 20:05 湖南', '桃源水蜜桃熟了!直播间两小时卖出3000多单', '👆点击蓝字 关注我们', '━━━━━━━━━━', '文 | 陈晨', para(1), para(2)].join('\n'))
    expect(kinds.slice(0, 5).map(([k]) => k)).toEqual(['meta', 'title', 'chrome', 'chrome', 'meta'])
  })

  test('a code block between paragraphs (adjacent lines, no blank between) is the article\'s; a menu is not code', () => {
    const code = ['import glob', 'import pandas as pd', 'frames = []', 'for path in glob.glob("reports/*.xlsx"):', '    frames.append(pd.read_excel(path))']
    const dump = ['用Python合并报表', '', para(1), '', para(2), '', ...code, '', para(3), '', para(4), '', '首页 文章 问答 课程 登录'].join('\n')
    const kinds = classify(dump)
    expect(kinds.filter(([k]) => k === 'body').map(([, t]) => t)).toEqual([expect.stringContaining('第1段'), expect.stringContaining('第2段'), ...code.map((c) => c.trim()), expect.stringContaining('第3段'), expect.stringContaining('第4段')])
    expect(kinds.at(-1)![0]).not.toBe('body')
  })

  test('the poster\'s handle above a post header is not the title; the thread\'s title above it is', () => {
    const kinds = classify(['[攻略] 青龙山后山村老路穿越攻略(附轨迹)', '江畔垂钓翁', '发表于 2023-8-3 10:18 | 只看该作者 | 倒序浏览', para(1), para(2)].join('\n'))
    expect(kinds.slice(0, 3).map(([k]) => k)).toEqual(['title', 'chrome', 'meta'])
  })

  test('a handle-shaped line above a post header that repeats the page title is the headline, not the poster', () => {
    const kinds = classify(['我市年内新增停车泊位2400个 - 新闻频道 - 江城热线', '欢迎光临本站论坛', '作者：江城新闻', '注册：2003-5-8', '我市年内新增停车泊位2400个', '发表于：2005-8-16 9:05:32 来源：江城晚报', para(1), para(2)].join('\n'))
    expect(kinds.filter(([k]) => k === 'title')).toEqual([['title', '我市年内新增停车泊位2400个']])
  })

  test('a site\'s greeting ending in its account links (登录 注册) is never the title; a headline with those words is', () => {
    for (const greeting of ['江城热线欢迎您！登录 注册', '您好，请 [登录] | [免费注册]', '欢迎您，张三 [退出] [修改密码] [注销]']) {
      const kinds = classify(['首页 | 新闻 | 论坛 | 房产', greeting, '2005-8-16 9:05:32 来源：江城晚报', para(1), para(2)].join('\n'))
      expect(kinds[1]![0]).not.toBe('title')
    }
    for (const headline of ['创业板注册制首批企业今日登录', '嫦娥五号 登陆 月球背面']) {
      const kinds = classify(['首页 | 新闻 | 论坛 | 房产', headline, '2005-8-16 9:05:32 来源：江城晚报', para(1), para(2)].join('\n'))
      expect(kinds[1]).toEqual(['title', headline])
    }
  })

  test('a label/value grid: a bare field label (发布日期) or a label with its value (发布单位 秘书室) is never the title', () => {
    const split = classify(['首页 | 新闻 | 校园', '海洋系团队证实东部珊瑚较耐高温', '发布单位', '秘书室', '发布日期', '2011/05/12', para(1), para(2)].join('\n'))
    expect(split.filter(([k]) => k === 'title')).toEqual([['title', '海洋系团队证实东部珊瑚较耐高温']])
    const joined = classify(['首页 | 新闻 | 校园', '海洋系团队证实东部珊瑚较耐高温', '发布单位 秘书室', '发布日期 2011/05/12', para(1), para(2)].join('\n'))
    expect(joined.filter(([k]) => k === 'title').map(([, t]) => t)).not.toContain('发布单位 秘书室')
    // A headline that merely opens with such words keeps its place.
    const headline = classify(['首页 | 新闻 | 校园', '发布日期推迟至下月的新规引发关注', '2011/05/12 来源：本报', para(1), para(2)].join('\n'))
    expect(headline[1]).toEqual(['title', '发布日期推迟至下月的新规引发关注'])
  })

  test('a record\'s title field gives the title: the value under a bare 标题 label, or beside it', () => {
    const under = classify(['首页 | 新闻 | 校园', '标题', '海洋系团队证实东部珊瑚较耐高温 研究登国际期刊', '单位', '秘书室', '日期', '2011/05/12', para(1), para(2)].join('\n'))
    expect(under.filter(([k]) => k === 'title')).toEqual([['title', '海洋系团队证实东部珊瑚较耐高温 研究登国际期刊']])
    const beside = ['首页 | 新闻 | 校园', '标题 海洋系团队证实东部珊瑚较耐高温', '单位 秘书室', '日期 2011/05/12', para(1), para(2)].join('\n')
    expect(cleanPage(beside).title).toBe('海洋系团队证实东部珊瑚较耐高温')
    expect(cleanPage(beside.replace('标题 ', '標題：'), { convert: 'none' }).title).toBe('海洋系团队证实东部珊瑚较耐高温')
    // `题目` opening a headline without a colon or space is no label.
    const plain = classify(['首页 | 新闻 | 校园', '题目难度创新高的考试引发热议', '2011/05/12 来源：本报', para(1), para(2)].join('\n'))
    expect(plain[1]).toEqual(['title', '题目难度创新高的考试引发热议'])
    expect(cleanPage(['首页 | 新闻 | 校园', '题目难度创新高的考试引发热议', '2011/05/12 来源：本报', para(1), para(2)].join('\n')).title).toBe('题目难度创新高的考试引发热议')
  })

  test('on a flash page the other flashes (a time line, then 【headline】 and its text) are not the article; a page of flashes only is left alone', () => {
    const flash = (h: string) => `【${h}】财讯社4月2日电，${para(1)}`
    const own = '财讯社4月2日电，星海新材公告，预计2025年第一季度实现归属于上市公司股东的净利润1.52亿元至1.63亿元，同比增长35%至45%。'
    const others = ['10:29', flash('央行开展2000亿元7天期逆回购操作'), '10:26', flash('港股三大指数集体高开'), '10:22', flash('蓝途汽车3月交付新车2.86万辆')]
    const kinds = classify(['星海新材：一季度净利润预增35%-45%', '2025-04-02 10:31', own, '免责声明：本文内容仅供参考，不构成投资建议。', ...others].join('\n'))
    expect(kinds.filter(([k]) => k === 'body').map(([, t]) => t)).toEqual([own])
    const only = classify(['电报', ...others].join('\n'))
    expect(only.filter(([k]) => k === 'body').length).toBeGreaterThan(0)
  })

  test('the densest run of prose is the body; a short subheading inside it stays', () => {
    const kinds = classify(['导航', '某市出台新规 规范停车收费', '来源:某某日报', para(1), '小标题在这里', para(2), '相关新闻', '另一条新闻的标题在这里', '第三条新闻的标题在这里'].join('\n'))
    expect(kinds).toEqual([
      ['chrome', '导航'],
      ['title', '某市出台新规 规范停车收费'],
      ['meta', '来源:某某日报'],
      ['body', para(1)],
      ['body', '小标题在这里'],
      ['body', para(2)],
      ['chrome', '相关新闻'],
      ['related', '另一条新闻的标题在这里'],
      ['related', '第三条新闻的标题在这里'],
    ])
  })

  test('a long run of menu lines splits two copies of an article (mobile + desktop versions)', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `栏目${i}`)
    const kinds = classify([para(1), para(2), ...menu, para(3)].join('\n'))
    expect(kinds.filter(([k]) => k === 'body').map(([, t]) => t)).toEqual([para(1), para(2)])
  })

  test('a line with a date inside the body is a sentence, not a related item', () => {
    const kinds = classify([para(1), '被告人与学生黄某某于1989年5月26日离开本市到北京了解情况', para(2)].join('\n'))
    expect(kinds.map(([k]) => k)).toEqual(['body', 'body', 'body'])
  })

  test('a contact line amid the article is the notice\'s; the same line in the footer is chrome', () => {
    const notice = [para(1), para(2), para(3), '联系电话：010-8448 8961', para(4), para(5), para(6)]
    expect(classify(notice.join('\n')).map(([k]) => k)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body'])
    const footer = [para(1), para(2), para(3), '版权所有 某某网', '联系电话：010-8448 8961']
    expect(classify(footer.join('\n')).slice(3)).toEqual([['chrome', '版权所有 某某网'], ['chrome', '联系电话：010-8448 8961']])
    // next to another footer line, still the footer even if prose follows (two pages in one dump)
    const seam = [para(1), para(2), para(3), '主办单位：某某市人民政府', '联系电话：010-8448 8961', para(4), para(5), para(6)]
    expect(classify(seam.join('\n')).slice(3, 5).map(([k]) => k)).toEqual(['chrome', 'chrome'])
    const near = [para(1), para(2), para(3), '版权所有 某某网', para(4), '联系电话：010-8448 8961', para(5), para(6), para(7)]
    expect(classify(near.join('\n'))[5]).toEqual(['chrome', '联系电话：010-8448 8961'])
  })

  test('dated headlines above the body are navigation, not related', () => {
    const kinds = classify(['某条导航新闻的标题2025-06-10 18:28:11', para(1), para(2)].join('\n'))
    expect(kinds[0]![0]).not.toBe('related')
  })

  test('a page without prose has no body', () => {
    const kinds = classify(['首页', '新闻', '日', '历'].join('\n'))
    expect(kinds.some(([k]) => k === 'body')).toBe(false)
  })
})

describe('layout in HTML: the article element', () => {
  const para = (n: number) => `<p>这是第${n}段正文,讲述了事情的经过和各方的反应,内容足够长,带有句号。记者在现场看到,工作人员正在忙碌。</p>`
  const html = `<html><body><table><tr><td class="menu"><a href="/a">首页</a> <a href="/b">新闻</a></td></tr>
    <tr><td><table><tr><td>${para(1)}${para(2)}<p>附:日程安排</p></td></tr></table>
      <table><tr><td>日期</td><td>地点</td></tr><tr><td>3月5日</td><td>人民大会堂</td></tr></table>
      <div class="links"><a href="/1">另一条新闻的标题在这里</a><br><a href="/2">第三条新闻的标题在这里</a></div>
    </td></tr></table></body></html>`
  const body = (): string[] =>
    classifyBlocks(convertBlocks(parseHtml(html).blocks, 'tw2s', false), resolveOptions()).filter((b) => b.kind === 'body').map((b) => b.text)

  test('a short note and a table after the text belong to the body (a row per line); link lists do not', () => {
    const texts = body()
    expect(texts.slice(0, 3).map((t) => t.slice(0, 4))).toEqual(['这是第1', '这是第2', '附:日程'])
    expect(texts.slice(3)).toEqual(['日期 地点', '3月5日 人民大会堂'])
    expect(texts.some((t) => t.includes('另一条新闻'))).toBe(false)
    expect(texts.some((t) => t.includes('首页'))).toBe(false)
  })

  test('nothing below an end mark joins the body, however it sits in the article element', () => {
    const ended = `<html><body><div class="wrap"><div class="art">${para(1)}${para(2)}${para(3)}<p>—— END ——</p>
      <p>我们团队正在招聘后端工程师和运维工程师，欢迎投递简历</p></div></div></body></html>`
    const texts = classifyBlocks(convertBlocks(parseHtml(ended).blocks, 'tw2s', false), resolveOptions()).filter((b) => b.kind === 'body').map((b) => b.text)
    expect(texts).toHaveLength(3)
  })

  test('a hashtag row below the text ends what the article element adds (a quote box after it is not the article)', () => {
    const tagged = `<html><body><div class="wrap"><div class="art">${para(1)}${para(2)}${para(3)}<p>#固态电池#储能#锂电池</p>
      <div class="quotes"><p>关联股票</p><p>锂源科技 36.48 +8.02%</p><p>恒储能源 18.71 +5.17%</p></div></div></div></body></html>`
    const texts = classifyBlocks(convertBlocks(parseHtml(tagged).blocks, 'tw2s', false), resolveOptions()).filter((b) => b.kind === 'body').map((b) => b.text)
    expect(texts).toHaveLength(3)
  })

  test('past a page part right under the article (下一篇), the next article\'s headline is not a neighbour that continues it', () => {
    const next = `<html><body><main><div class="wrap"><div class="page"><section><div class="content"><div class="art">${para(1)}${para(2)}${para(3)}</div></div></section>
      <div>下一篇</div><section><h1>秋招季来了：制造业、新能源岗位需求明显增长</h1><div>新经济观察记者 郑凯2024-10-09 09:40</div><div>${para(4)}${para(5)}</div></section></div></div></main></body></html>`
    const texts = classifyBlocks(convertBlocks(parseHtml(next).blocks, 'tw2s', false), resolveOptions()).filter((b) => b.kind === 'body').map((b) => b.text)
    expect(texts.map((t) => t.slice(0, 4))).toEqual(['这是第1', '这是第2', '这是第3'])
  })

  test('an element just under <body> has no neighbours to continue it: what follows on the page is not the article', () => {
    const shallow = `<html><body><div class="art">${para(1)}${para(2)}${para(3)}</div>
      <div>网友留言</div><div>暂无留言</div><div>这里是网站底部的一些说明文字</div></body></html>`
    const texts = classifyBlocks(convertBlocks(parseHtml(shallow).blocks, 'tw2s', false), resolveOptions()).filter((b) => b.kind === 'body').map((b) => b.text)
    expect(texts).toHaveLength(3)
  })
})

describe('layout: hard-wrapped text', () => {
  test('the first line of a wrapped paragraph joins the body even without a sentence mark', () => {
    const lines = [
      '标题在这里',
      '【本报2005年07月03日报道】一九八九年四月，我在湖南张家界开一个全省教学研究',
      '会议。按照惯例，会议安排了一天时间，让与会者去风景点游玩观赏。那一天正好是四',
      '月十五日，后来我们才知道，这是在中国历史上刻下深深痕迹的一天。',
      '张家界的春天，美得让人眩目。长期过着从家门到校门的机械生活，一下子置身于翠绿',
      '欲滴的森林，看不完的奇山异峰，山涧涓流，名花异草，我简直要玩疯了。傍晚，当我',
    ]
    const kinds = classify(lines.join('\n'))
    expect(kinds.map(([k]) => k)).toEqual(['title', 'body', 'body', 'body', 'body', 'body'])
  })
})

describe('layout: a label that introduces the body', () => {
  const page = (label: string) =>
    [
      '世艺网>艺术教育',
      '首页|艺术快讯|当代艺术|艺术史论|艺术设计',
      '中国艺术研究院2004年博士生招生简章',
      label,
      '培养德智体美全面发展，在本门学科上掌握坚实宽广的基础理论和系统深入的专业知识，具有独立从事科学研究工作能力。',
      '二、报考条件：',
      '热爱祖国，拥护中国共产党的领导，愿为社会主义现代化建设服务，熟悉马克思主义理论和文艺学原理，品德优良。',
    ].join('\n')

  test('a short line ending in a colon just above the body opens it, and is never the title', () => {
    const kinds = classify(page('一、培养目标： ．'))
    expect(kinds[0]).toEqual(['chrome', '世艺网>艺术教育'])
    expect(kinds[2]).toEqual(['title', '中国艺术研究院2004年博士生招生简章'])
    expect(kinds[3]).toEqual(['body', '一、培养目标： ．'])
  })

  test('without the colon it is still the first section heading (the run holds 二、), and the headline above is the title', () => {
    const kinds = classify(page('一、培养目标'))
    expect(kinds[3]).toEqual(['body', '一、培养目标'])
    expect(kinds[2]).toEqual(['title', '中国艺术研究院2004年博士生招生简章'])
  })

  test('an empty field of the meta grid above the body (`点击数：`, `摄影：`) introduces nothing', () => {
    for (const field of ['点击数：', '摄影：', '浏览次数:']) {
      const kinds = classify(page(field))
      expect(kinds[3]).not.toEqual(['body', field])
      expect(kinds[4]![0]).toBe('body')
    }
  })
})

describe('layout: a wire lede opens the article', () => {
  test('a lede line without a sentence mark joins the body, and the lead paragraph above an ad box is found from it', () => {
    const lines = [
      '薛凯琪新专辑表情千奇百怪 再拿巨星开涮(图)',
      '2005-04-28 11:13更新 来源：转载文章',
      '新专辑《FunnyGirl》封面上有薛凯琪各种各样Funny的表情，她说整张专辑的概念就像这个名字一样，希望听众在听完之后觉得新鲜、开心。',
      '·',
      '医疗关注--前列腺新发现',
      '·',
      '皮肤顽疾----康复圣地',
      '南方网讯 薛凯琪新专辑《Funny Girl》再拿好莱坞（图片-新闻-网页）巨星开涮',
      '凭着一张《‘F’ Debut》，薛凯琪在香港乐坛去年的众多新人中脱颖而出，今年她推出第二张专辑，继续走可爱路线。',
      '上张专辑的《奇洛李维斯回信》中，薛凯琪以一个小女生跟巨星开玩笑，这次她又拿另一位好莱坞巨星开涮，歌迷都觉得有趣。',
    ]
    const kinds = classify(lines.join('\n')).map(([k]) => k)
    expect(kinds).toEqual(['title', 'meta', 'body', 'chrome', 'chrome', 'chrome', 'chrome', 'body', 'body', 'body'])
  })

  test('without a paper or wire at its head the same line stays outside', () => {
    const kinds = classify(['标题在这里的一行字', '网友热议 薛凯琪新专辑《Funny Girl》再拿好莱坞（图片-新闻-网页）巨星开涮', '凭着一张《‘F’ Debut》，薛凯琪在香港乐坛去年的众多新人中脱颖而出，今年她推出第二张专辑，继续走可爱路线。'].join('\n'))
    expect(kinds[1]![0]).not.toBe('body')
  })
})

describe('layout: a numbered list the body run cut', () => {
  const prose = '人生就如一个大迷宫，走一步就不知道下一步该怎么走，基督徒在他一生所行的事中，应当弃绝自己的意思而寻求神的旨意。'
  const page = (items: string[], tail: string[] = []) =>
    classify(['10.新生活与明白神的旨意', '返目录', '学习目的', ...items, prose, prose.replace('人生', '生命'), ...tail].join('\n'))

  test('items above the body that count down to 1 in its style are the article’s', () => {
    const kinds = page(['1.认识明白神旨意的重要性；', '2.了解明白神旨意的基本条件；', '3.学会明白神旨意的方法，并且在生活中实行出来。'])
    expect(kinds.slice(3, 6).map(([k]) => k)).toEqual(['body', 'body', 'body'])
    expect(kinds[2]).toEqual(['chrome', '学习目的'])
  })

  // (Items without the closing ；, which makes a line go on to the next one and count as prose by itself.)
  test('a gap in the numbering, or another style, keeps them out', () => {
    const skipped = page(['1.认识明白神旨意的重要性', '3.了解明白神旨意的基本条件', '4.学会明白神旨意的方法，并且在生活中实行出来。'])
    expect(skipped[3]![0]).not.toBe('body')
    expect(skipped[4]![0]).not.toBe('body')
    const mixed = page(['(1)认识明白神旨意的重要性', '2.了解明白神旨意的基本条件', '3.学会明白神旨意的方法，并且在生活中实行出来。'])
    expect(mixed[3]![0]).not.toBe('body')
  })

  test('items below the body that count on from its last item are the article’s; a list starting over is not', () => {
    const on = page([], ['3.学会明白神旨意的方法，并且在生活中实行出来。', '4.每天研读圣经', '5.常常喜乐'])
    expect(on.slice(-2).map(([k]) => k)).toEqual(['body', 'body'])
    const over = page([], ['3.学会明白神旨意的方法，并且在生活中实行出来。', '1.热门文章标题之一', '2.热门文章标题之二'])
    expect(over.slice(-2).map(([k]) => k)).not.toContain('body')
  })
})

describe('listItem', () => {
  test.each([
    ['3.学会', { style: 'digit-dot', number: 3 }],
    ['12、报名', { style: 'digit-dot', number: 12 }],
    ['(2)两名', { style: 'digit-paren', number: 2 }],
    ['二十三、其它', { style: 'han', number: 23 }],
    ['十、其它', { style: 'han', number: 10 }],
    ['十二、其它', { style: 'han', number: 12 }],
    ['(四)措施', { style: 'han-paren', number: 4 }],
    ['（四）措施', { style: 'han-paren', number: 4 }],
    ['１２．报名', { style: 'digit-dot', number: 12 }],
    ['③ 注意保暖', { style: 'circled', number: 3 }],
    ['2.5亿元的投资', null],
    ['十十、', null],
    ['0.开头', null],
    ['第一条', null],
  ])('%s', (key, expected) => {
    expect(listItem(key)).toEqual(expected)
  })
})

describe('layout: below a comment header', () => {
  const article = [
    '消防员冲进火场救出被困老人',
    '2022-12-05 11:38 八方资讯网',
    '12月4日晚，八方市一居民楼发生火灾，消防员冒着浓烟冲进三楼，将被困的八旬老人背出火场，老人没有受伤。',
    '据了解，起火原因是电动自行车在楼道内充电时发生短路，消防部门提醒市民不要在楼道内为电动车充电。',
  ]

  test('comments and their commenters’ dated lines are not related headlines; a related header after them opens a list again', () => {
    const kinds = classify([...article, '网友评论', '四川网友 2022-12-05 12:01', '好样的！点赞！', '广东深圳网友 2022-12-05 12:30', '热门推荐', '冬季用火用电安全提示', '一图读懂新版消防法'].join('\n'))
    expect(kinds.slice(5, 8).map(([k]) => k)).not.toContain('related')
    expect(kinds.slice(-2).map(([k]) => k)).toEqual(['related', 'related'])
  })

  test('far below the last comment marker a headline list is related again', () => {
    const kinds = classify([...article, '网友评论', '好样的！点赞！', '希望平台也能奖励一下他', '请各位遵纪守法并注意语言文明', '参与评论', '疑有伪科学欺诈被诉至法庭 耐克鞋销售未受影响', '耐克就“恐惧斗室”广告向中国消费者致歉'].join('\n'))
    expect(kinds.slice(-2).map(([k]) => k)).toEqual(['related', 'related'])
  })
})

describe('layout: a long headline right above the metadata', () => {
  const body = [
    'IT之家 4 月 25 日消息，Node.js 22 今日正式发布，默认启用 require(esm)，并将 npm 升级至 10.x 版本。',
    '主要更新包括 V8 引擎升级至 12.4 版本，WebSocket 客户端默认启用，以及 glob 和 watch 模式的改进。',
  ]

  test('a headline with a comma is the title, not the first paragraph', () => {
    const kinds = classify(['IT之家 > 软件 > 开发工具', 'Node.js 22 正式发布：默认启用 require(esm)，npm 升级至 10.x', '2024-04-25 08:30:11 IT之家 作者：白泽', ...body].join('\n'))
    expect(kinds[1]![0]).toBe('title')
    expect(kinds.slice(3).map(([k]) => k)).toEqual(['body', 'body'])
  })

  test('a line with a full stop above the metadata stays the body’s', () => {
    const kinds = classify(['IT之家 > 软件 > 开发工具', '开发者期待已久的版本终于来了，Node.js 22 今天发布。', '2024-04-25 08:30:11 IT之家 作者：白泽', ...body].join('\n'))
    expect(kinds[1]![0]).toBe('body')
  })
})

describe('layout: short lines that are the article’s', () => {
  test('dialogue and one-line sentences at the head of a story are body, the title above them is not', () => {
    const kinds = classify([
      '首页 > 微小说 > 都市', '车站的末班车', '文/李四',
      '末班车已经走了。', '站台上只剩下两个人。', '“你也没赶上？”', '“嗯。”', '“去哪儿？”', '“城西。”',
      '他不再问了。过了一会儿，一辆出租车停在站台前，司机摇下车窗问他们去哪里，他报了城西的地名，回头看了她一眼。',
      '她犹豫了几秒，上了车。一路上，两个人都没说话，车窗外的路灯一盏一盏地往后退，像一串没有尽头的省略号。',
    ].join('\n'))
    expect(kinds[1]).toEqual(['title', '车站的末班车'])
    expect(kinds.slice(3).map(([k]) => k)).toEqual(Array(8).fill('body'))
  })

  test('a name line over the role it names (a broadcaster\'s byline) is no title: the headline above it is', () => {
    const para = '瑞典政府宣布拨款7亿克朗，让纸本教科书重回中小学课堂。教育部长表示，学生阅读纸本书的效果更好，学校将逐步减少平板电脑的使用。'
    const dump = ['瑞典拨款7亿克朗 让纸本教科书重回课堂', '韩雪', '北欧之声中文记者，斯德哥尔摩', '2024年3月5日', para, para.replace('7亿', '6亿'), para.replace('7亿', '5亿')].join('\n')
    expect(classify(dump).slice(0, 3).map(([k]) => k)).toEqual(['title', 'chrome', 'meta'])
    expect(cleanPage(dump)).toMatchObject({ title: '瑞典拨款7亿克朗 让纸本教科书重回课堂', author: '韩雪' })
  })

  test('a one-line heading or label without a full stop is still not prose', () => {
    const kinds = classify(['首页 > 微小说 > 都市', '车站的末班车', '文/李四', '更多精彩', '他不再问了。过了一会儿，一辆出租车停在站台前，司机摇下车窗问他们去哪里，他报了城西的地名。'].join('\n'))
    expect(kinds[3]![0]).not.toBe('body')
  })

  test('a numbered list between the lead and the rest is bridged; the same lines unnumbered are not', () => {
    const lead = '入冬以后气温骤降，不少疾病进入高发期。市第一人民医院呼吸科主任医师沈明提醒，以下几种疾病尤其需要注意：'
    const rest = ['沈明特别提醒，有基础疾病的老年人出现发热、胸闷等症状时，应及时就医，不要自行服药，以免延误病情。', '温馨提示：本文仅供参考，身体不适请及时到正规医院就诊，遵医嘱用药，不要轻信偏方。']
    const items = ['流行性感冒', '支原体肺炎', '慢阻肺急性加重', '心脑血管疾病', '冻疮', '胃肠炎', '皮肤干燥瘙痒', '关节疼痛']
    const head = ['康宁网 > 健康 > 养生', '入冬后这8种常见病高发 医生教你怎么防', '2023-12-01 15:20 来源：康宁网']
    const numbered = classify([...head, lead, ...items.map((t, i) => `${i + 1}. ${t}`), ...rest].join('\n'))
    expect(numbered.slice(3).map(([k]) => k)).toEqual(Array(11).fill('body'))
    expect(numbered[1]![0]).toBe('title')
    const bare = classify([...head, lead, ...items, ...rest].join('\n'))
    expect(bare.slice(4, 12).map(([k]) => k)).not.toContain('body')
  })
})

describe('layout: the close of a notice', () => {
  const notice = [
    '临川市人民政府办公室关于做好2024年春节期间安全生产工作的通知',
    '发布时间：2024-01-26 09:30 来源：市政府办公室',
    '春节将至，为切实做好节日期间安全生产工作，确保全市人民群众过一个欢乐祥和的节日，经市政府同意，现就有关事项通知如下。',
    '各单位要严格执行24小时值班和领导带班制度，发生突发事件，要在1小时内报告，不得迟报、漏报、瞒报。特此通知。',
  ]

  test('attachments and the signature below the last paragraph are the notice’s', () => {
    const kinds = classify([...notice, '附件：1.春节期间值班安排表', '2.安全检查情况汇总表', '临川市人民政府办公室', '2024年1月25日', '（此件公开发布）', '相关链接：', '临川市应急管理局关于开展冬季消防检查的通知 2024-01-10'].join('\n'))
    expect(kinds.slice(4, 9).map(([k]) => k)).toEqual(['body', 'body', 'body', 'body', 'body'])
    expect(kinds[10]![0]).toBe('related')
  })

  test('two issuers above the date sign together', () => {
    const kinds = classify([...notice, '江城市人力资源和社会保障局', '江城市人才服务中心', '二〇一一年二月二十八日'].join('\n'))
    expect(kinds.slice(4).map(([k]) => k)).toEqual(['body', 'body', 'body'])
  })

  test('numbered sections with a short line under each, between the opening paragraph and the run, are the notice\'s', () => {
    const opening = '为促进高校毕业生和各类人才就业，搭建用人单位与求职者之间的交流平台，经研究，决定举办2011年春季大型人才招聘会。现将有关事项通知如下：'
    const sectionLines = ['一、时间', '2011年3月12日（星期六）上午9:00—下午3:00', '二、地点', '江城国际会展中心A馆（江城市滨江大道88号）', '三、参会对象']
    const rest = ['1.市内外各类企事业单位；', '2.高校毕业生及往届未就业毕业生；', '3.其他有求职意向的各类人才。', '四、报名方式', '用人单位请于3月8日前登录江城人才网报名，提交单位简介和招聘岗位信息，组委会审核后统一安排展位，展位免费提供，额满为止。']
    const kinds = classify(['关于举办2011年江城市春季大型人才招聘会的通知', '发布时间：2011-02-28 15:30:12 来源：市人才服务中心', opening, ...sectionLines, ...rest].join('\n'))
    expect(kinds.slice(2).map(([k]) => k)).toEqual(Array(1 + sectionLines.length + rest.length).fill('body'))
  })

  test('sections below the body that carry on its numbering, contact fields and all, are the notice\'s, and so is the salutation above it', () => {
    const body = ['一、时间', '2011年3月12日（星期六）上午9:00—下午3:00，请各单位提前半小时到场布展，组委会统一安排展位，展位免费提供，额满为止。', '二、报名方式', '用人单位请于3月8日前登录江城人才网在线报名，提交单位简介和招聘岗位信息，组委会审核后统一安排展位，逾期不再受理。']
    const contact = ['三、联系方式', '联系人：王老师、陈老师', '联系电话：0571-86012345', '电子邮箱：jcrc2011@163.com']
    const signature = ['江城市人才服务中心', '二〇一一年二月二十八日']
    const dump = ['关于举办春季人才招聘会的通知', '发布时间：2011-02-28 来源：市人才服务中心', '各有关单位、广大求职者：', ...body, ...contact, ...signature, '【打印本页】【关闭窗口】'].join('\n')
    const blocks = classifyBlocks(convertBlocks(parseText(dump), 'tw2s', false), resolveOptions())
    expect(blocks.slice(2, -1).map((b) => b.kind)).toEqual(Array(1 + body.length + contact.length + signature.length).fill('body'))
    expect(blocks.slice(3 + body.length, 3 + body.length + contact.length).map((b) => b.rule)).toEqual(Array(contact.length).fill('CP518 notice-sections'))
    // Numbering that does not carry on (a `五、` under `二、`) is not the notice's; nor are contact fields without a section heading.
    const skipped = classify(['关于举办春季人才招聘会的通知', '发布时间：2011-02-28', ...body, '五、联系方式', '联系电话：0571-86012345'].join('\n'))
    expect(skipped.slice(-2).map(([k]) => k)).not.toContain('body')
    const footer = classify(['关于举办春季人才招聘会的通知', '发布时间：2011-02-28', ...body, '联系电话：0571-86012345', '电子邮箱：web@jcrc.gov.cn'].join('\n'))
    expect(footer.slice(-2).map(([k]) => k)).not.toContain('body')
  })

  test('a board signs a company announcement; a map caption above the signature stays a caption', () => {
    expect(classify([...notice, '江南华岳精密机械股份有限公司董事会', '2023年8月26日'].join('\n')).slice(4).map(([k]) => k)).toEqual(['body', 'body'])
    expect(classify([...notice, '管制路段示意图', '临川市公安局交通警察支队', '2025年1月24日'].join('\n')).slice(4).map(([k]) => k)).toEqual(['chrome', 'body', 'body'])
  })

  test('a file linked under the last paragraph is a download link; an attachment list opening on its heading\'s line is the notice\'s', () => {
    expect(classify([...notice, '附件：深建规〔2018〕5号.pdf'].join('\n'))[4]![0]).not.toBe('body')
    expect(classify([...notice, '附件：1.报名表', '2.承诺书'].join('\n')).slice(4).map(([k]) => k)).toEqual(['body', 'body'])
  })

  test('a bare 附件： over file links only goes with them; over a list of the notice\'s own it stays', () => {
    const signed = [...notice, '临川市市场监督管理局', '2024年4月8日']
    const files = classify([...signed, '附件：', '1.2024年第一季度抽检不合格产品信息.xlsx', '2.2024年第一季度抽检合格产品信息.xlsx', '【打印本页】【关闭窗口】'].join('\n'))
    expect(files.slice(4).map(([k]) => k)).toEqual(['body', 'body', 'chrome', 'chrome', 'chrome', 'chrome'])
    expect(classify([...signed, '附件：', '1.报名表', '2.承诺书'].join('\n')).slice(4).map(([k]) => k)).toEqual(['body', 'body', 'body', 'body', 'body'])
  })

  test('contact fields between the last paragraph and the signature stay chrome; the signature is the notice\'s', () => {
    const kinds = classify([...notice, '联系人：周老师 联系电话：0000-5551234', '南塘区教育局', '2018年6月27日'].join('\n'))
    expect(kinds.slice(4).map(([k]) => k)).toEqual(['chrome', 'body', 'body'])
    // A field no footer rule knows (`咨询电话：…`) is stepped over too.
    const unknown = classify([...notice, '咨询电话：0558-96128', '安平市公共交通集团有限公司', '2019年6月20日'].join('\n'))
    expect(unknown.slice(5).map(([k]) => k)).toEqual(['body', 'body'])
  })

  test('a signature in Chinese numerals counts; an issuer without a date under it does not', () => {
    expect(classify([...notice, '东江市教育局', '二〇二四年一月二十五日'].join('\n')).slice(4).map(([k]) => k)).toEqual(['body', 'body'])
    expect(classify([...notice, '东江市教育局', '网站地图'].join('\n'))[4]![0]).not.toBe('body')
  })

  // A table flattened one cell per line: the values of a column recur row after row.
  const rows = [['2月9日', '王建国', '李明'], ['2月10日', '赵勇', '李明'], ['2月11日', '孙红', '周强'], ['2月12日', '王建国', '周强'], ['2月13日', '赵勇', '李明']]
  const table = ['附：值班安排表', '日期', '带班领导', '值班人员', '电话', ...rows.flatMap((row) => [...row, '8221234'])]

  test('an attachment table (cells one per line whose values recur down a column) is the notice’s', () => {
    const kinds = classify([...notice, ...table, '发表评论', 'Copyright © 2024 临川市人民政府'].join('\n'))
    expect(kinds.slice(4, 4 + table.length).every(([k]) => k === 'body')).toBe(true)
    expect(kinds.slice(4 + table.length).map(([k]) => k)).not.toContain('body')
  })

  test('a table printed a row per line under an attachment heading, header row and all, is the notice\'s', () => {
    const rows = ['附：2006年各省录取分数统计表', '省份 科类 最低分 平均分 录取人数', '湖北 理工 582 601 1842', '湖北 文史 569 584 512', '河南 理工 596 609 236', '临川市人民政府办公室', '2024年1月25日']
    const kinds = classify([...notice, ...rows, '【打印此页】【关闭窗口】', '相关文章：', '·2006年本科招生章程', '·2006年各专业招生计划'].join('\n'))
    expect(kinds.slice(4, 4 + rows.length).map(([k]) => k)).toEqual(Array(rows.length).fill('body'))
    expect(kinds.slice(4 + rows.length).map(([k]) => k)).toEqual(['chrome', 'chrome', 'related', 'related'])
  })

  test('a table closing the article right under it (its caption, header row and rows of values) is the body\'s; a caption without rows is not', () => {
    const rows = ['主要农产品价格监测表（单位：元/公斤）', '品种 本周均价 上周均价 环比', '猪肉（后腿肉） 56.40 57.80 -2.4%', '鸡蛋 8.20 8.36 -1.9%', '大白菜 2.10 2.34 -10.3%']
    const kinds = classify([...notice, ...rows, '打印本页 关闭窗口', 'Copyright © 2024 临川市人民政府'].join('\n'))
    expect(kinds.slice(4, 4 + rows.length).map(([k]) => k)).toEqual(Array(rows.length).fill('body'))
    expect(kinds.slice(4 + rows.length).map(([k]) => k)).not.toContain('body')
    const bare = classify([...notice, '主要农产品价格监测表（单位：元/公斤）', '打印本页 关闭窗口', 'Copyright © 2024 临川市人民政府'].join('\n'))
    expect(bare[4]![0]).not.toBe('body')
  })

  test('headlines under an attachment heading are no table: they do not recur, or only in a row', () => {
    const headlines = ['临川市召开春节安全生产工作会议', '市应急管理局部署冬季消防检查', '全市开展燃气安全专项整治行动', '临川市发布春节期间出行提示', '市交通局加强节日道路运输安全', '临川市启动春运志愿服务活动']
    const distinct = classify([...notice, '附：相关新闻', ...headlines].join('\n'))
    expect(distinct.slice(5).map(([k]) => k)).not.toContain('body')
    const tripled = classify([...notice, '附：相关新闻', ...headlines.flatMap((h) => [h, h, h])].join('\n'))
    expect(tripled.slice(5).map(([k]) => k)).not.toContain('body')
  })
})

describe('layout: an end mark ends the article', () => {
  const first = [
    '国务院常务会议部署推动大规模设备更新',
    '2024-03-02 07:45 来源：新华社',
    '新华社北京3月1日电 国务院总理李强3月1日主持召开国务院常务会议，研究推动新一轮大规模设备更新和消费品以旧换新。',
    '会议指出，推动新一轮大规模设备更新和消费品以旧换新，是加快构建新发展格局、推动高质量发展的重要举措。',
  ]
  const second = ['国家统计局：2月份CPI同比上涨0.7%', '新华社北京3月9日电 国家统计局9日发布数据，2月份，全国居民消费价格同比上涨0.7%，环比上涨1.0%，其中城市上涨0.7%。（完）']

  test('a story the page ran on below （完） is not the article’s, nor its lede a stranded paragraph', () => {
    const kinds = classify([...first.slice(0, 3), first[3] + '（完）', ...second].join('\n'))
    expect(kinds.map(([k]) => k)).toEqual(['title', 'meta', 'body', 'body', 'chrome', 'chrome'])
  })

  test('without the mark the same lines stay in the run', () => {
    const kinds = classify([...first, ...second].join('\n'))
    expect(kinds[5]![0]).toBe('body')
  })
})

describe('layout: a table flattened into lines', () => {
  const head = ['东川气象网 > 气象新闻', '寒潮蓝色预警：未来三天我市将降温8～10℃', '发布时间：2024-01-20 16:05']
  const lead = '东川市气象台2024年1月20日16时发布寒潮蓝色预警信号：受强冷空气影响，预计未来三天我市气温将下降8～10℃，并伴有4～5级偏北风。'
  const rows = ['1月21日 阴转小雪 -1～6℃ 北风4～5级', '1月22日 多云 -4～2℃ 北风3～4级', '1月23日 晴 -5～3℃ 北风2～3级']
  const after = '预警信号含义：48小时内最低气温将要下降8℃以上，最低气温小于等于4℃，陆地平均风力可达5级以上，请市民注意防寒保暖。'

  test('data rows between paragraphs are body, not menus or related headlines', () => {
    const kinds = classify([...head, lead, '未来三天天气预报：', ...rows, after, '相关新闻', '今冬首场寒潮来袭 多地气温创新低 2024-01-18'].join('\n'))
    expect(kinds.slice(3, 9).map(([k]) => k)).toEqual(Array(6).fill('body'))
    expect(kinds[10]![0]).toBe('related')
  })

  test('a table that closes the page is not a related list', () => {
    const kinds = classify([...head, lead, after, '未来三天天气预报：', ...rows].join('\n'))
    expect(kinds.slice(-3).map(([k]) => k)).not.toContain('related')
  })

  test.each([
    ['营业收入(亿元) 4009.17 3285.94 22.01%', true],
    ['1月21日 阴转小雪 -1～6℃ 北风4～5级', true],
    ['首页 新闻 体育 财经 English 专题', false],
    ['2019 2020 2021 2022', false],
    ['价格 上涨 5%', false],
    ['湖北 理工 582 601 1842', true],
    ['上一页 10 11 12 下一页', false],
    ['第1页 第2页 第3页', false],
  ])('isDataRow(%s) is %s', (row, expected) => {
    expect(isDataRow(row.normalize('NFKC'))).toBe(expected)
  })
})

describe('layout: a related header over one headline', () => {
  test('the single headline under it is related; the same line without the header stays chrome', () => {
    const article = ['某市出台新规 规范共享单车停放', '2024-01-08 来源：东江日报', '为规范共享单车停放秩序，市城管局近日出台新规，要求运营企业在三个月内完成电子围栏建设，违规停放将被计入信用记录。', '新规明确，共享单车只能停放在划定的停放区内，运营企业须安排专人巡查，及时清理占道车辆，市民可通过热线举报。']
    const withHeader = classify([...article, '热点推荐', '南京南站暑运发送旅客突破500万人次'].join('\n'))
    expect(withHeader[5]![0]).toBe('related')
    const without = classify([...article, '南京南站暑运发送旅客突破500万人次'].join('\n'))
    expect(without[4]![0]).toBe('chrome')
  })
})

describe('layout: numbered lines below the body', () => {
  const article = ['入冬后这8种常见病高发 医生教你怎么防', '2023-12-01 15:20 来源：康宁网', '入冬以后气温骤降，不少疾病进入高发期。市第一人民医院呼吸科主任医师沈明提醒，老年人出现发热、胸闷等症状，应及时就医。', '温馨提示：本文仅供参考，不能代替医生诊断，身体不适请及时到正规医院就诊，遵医嘱用药。']

  test('a ranking of headlines is the related list', () => {
    const kinds = classify([...article, '健康热点', '1. 秋冬进补，这些误区要避开', '2. 失眠怎么办？专家给出5条建议', '3. 每天喝多少水才合适'].join('\n'))
    expect(kinds.slice(-3).map(([k]) => k)).toEqual(['related', 'related', 'related'])
  })

  test('lists that start over row after row (a table of courses) are not', () => {
    const cells = ['01艺术学原理', '1、英语或俄语或日语', '2、艺术概论', '3、中国艺术史基础知识', '02艺术文化学', '1、英语或俄语或日语', '2、艺术概论', '3、文化批评', '03艺术人类学', '1、英语或俄语或日语', '2、中外艺术史', '3、艺术人类学的理论']
    const kinds = classify([...article, '附：招生专业及考试科目', ...cells].join('\n'))
    const items = kinds.slice(5).filter(([, t]) => /^\d、/u.test(t))
    expect(items.map(([k]) => k)).not.toContain('related')
  })
})

describe('layout: forum replies below the post', () => {
  test('a reply under its header (沙发 … 发表于 …) is a comment, not a related headline', () => {
    const kinds = classify([
      '[转帖] 我在县城开面馆的第三年，终于算明白了一笔账', '楼主 阿强面馆 发表于 2021-11-03 22:41:18',
      '开面馆第三年，我终于把账算明白了：房租、人工、水电、食材，每一样都要精打细算，一碗面的利润不到两块钱。',
      '去年对面开了一家九块九的快餐店，我一度很慌，后来发现熟客还是会回来，味道和分量才是留住人的东西。',
      '板凳 小城故事多 发表于 2021-11-03 23:05', '九块九那家后来还在吗？', '快速回复 返回列表 返回顶部',
    ].join('\n'))
    expect(kinds.slice(-2).map(([k]) => k)).toEqual(['chrome', 'chrome'])
  })
})

describe('layout: a two-character title', () => {
  const body = ['末班车已经走了。站台上只剩下两个人，谁也没有说话，远处的路灯一盏一盏地熄灭了。', '他不再问了。过了一会儿，一辆出租车停在路边，司机探出头来问他们走不走，他拉开车门，回头看她。']

  test('right above a byline it is the title; a name right above a date line is not', () => {
    expect(classify(['首页 > 微小说 > 都市', '车站', '文/李四', ...body].join('\n'))[1]).toEqual(['title', '车站'])
    expect(classify(['首页 > 微小说 > 都市', '罗银胜', '2005-04-12 来源：人民网', ...body].join('\n'))[1]![0]).not.toBe('title')
  })
})

describe('layout: a poem between an editor\'s note and the prose', () => {
  test('a stanza of short lines that each end a sentence is the article\'s, not an ad box', () => {
    const note = '编者按:这是一组关于故乡的短诗。作者自称“只会提问的人”,通篇用问句写成,读来却有答案的分量。'
    const stanza = ['你问我,秋天是从哪一片叶子开始的?', '我说不出。', '是从母亲晒在屋檐下的辣椒?', '还是从父亲咳嗽的那个清晨?', '？', '风没有回答。', '河水也没有回答。', '只有那只老狗,在村口站了很久——', '它在等谁？！']
    const prose = ['多年以后,我在城市的霓虹里读到这四个字,忽然想起小时候外婆讲过的那些故事,那些关于山和水的故事,一直没有讲完。', '如今外婆已是耄耋之年,村里的老屋在岁月中渐渐倾颓,只有门前那棵老槐树,每年秋天依旧落满一地的叶子。']
    const kinds = classify(['首页 > 诗歌 > 现代诗', '2023-10-21 21:17 来源:红袖文学网 作者:林间鹿', note, ...stanza, ...prose, '上一篇:秋夜'].join('\n'))
    expect(kinds.slice(2, 2 + 1 + stanza.length + prose.length).every(([k]) => k === 'body')).toBe(true)
  })

  test('a prose poem\'s lines that end in a comma go on to the next line: body, never headlines', () => {
    const poem = ['三月的雨，', '落在青石板上，', '卖杏花的老人已经走远了，', '巷口的灯还亮着。', '我撑着伞，', '站在外婆家的门前，', '听见屋里有人喊我的小名。']
    const kinds = classify(['杏花巷', '2019-04-02 来源：江南文学网 作者：林雨', ...poem, '相关阅读', '·春天的第一场雨', '·外婆的老屋'].join('\n'))
    expect(kinds.slice(2, 2 + poem.length).map(([k]) => k)).toEqual(Array(poem.length).fill('body'))
    expect(kinds.slice(-2).map(([k]) => k)).toEqual(['related', 'related'])
  })

  test('below a line naming the comments, a long line is a reader\'s post, not a stranded paragraph', () => {
    const para = (n: number) => `这是第${n}段正文，专家提醒秋季进补要因人而异，体质偏寒和偏热的人应当选择不同的食材，不能盲目跟风。`
    const comment = '我老家就在青树坪，这几天一直下雨，家里人说水比前年那次还大，希望大家都平平安安的。'
    const kinds = classify(['秋季进补有讲究', '2006年8月21日 08:36 新闻晨报', para(1), para(2), para(3), '评论(38)', '登录后参与评论', '阿勇', comment].join('\n'))
    expect(kinds[8]![0]).not.toBe('body')
    const adBox = classify(['秋季进补有讲究', '2006年8月21日 08:36 新闻晨报', para(1), para(2), para(3), '推广', '阿勇', comment].join('\n'))
    expect(adBox[7]![0]).toBe('body')
  })

  test('links between a stranded paragraph and the run stay chrome', () => {
    const para = (n: number) => `这是第${n}段正文，专家提醒秋季进补要因人而异，体质偏寒和偏热的人应当选择不同的食材，不能盲目跟风。`
    const kinds = classify(['2006年8月21日 08:36 新闻晨报', para(1), '热门推荐', '·秋季养生指南', '·滋补品价格调查', para(2), para(3), para(4)].join('\n'))
    expect(kinds.slice(2, 5).map(([k]) => k)).not.toContain('body')
  })
})

describe('layout: a first paragraph a dump split at its links', () => {
  const rest = ['出口量达到11.7万辆，同比增长1.2倍，出口金额同比增长近两倍，欧洲和东南亚是主要目的地。', '', '业内人士表示，我国新能源汽车产业链完整，产品在续航、智能化等方面具备较强竞争力，海外需求持续释放。', '', '商务部有关负责人表示，下一步将会同有关部门，支持企业完善海外营销和服务网络。']
  test('the pieces right above the run with no blank line between are the paragraph\'s start', () => {
    const kinds = classify(['华夏经济网', '', '首页', '', '正文', '', '一季度新能源汽车出口同比增长超一倍', '', '作者：吴昊', '', '记者从', '海关总署', '获悉，今年一季度，我国', '新能源汽车', ...rest, '', '推荐阅读', '', '动力电池装车量持续增长', '', '关于我们'].join('\n'))
    expect(kinds.slice(5, 9).map(([k]) => k)).toEqual(['body', 'body', 'body', 'body'])
    // A dump without blank lines between its blocks says nothing by lines standing one under another.
    const packed = classify(['一季度新能源汽车出口同比增长超一倍', '作者：吴昊', '记者从', '海关总署', '获悉，今年一季度，我国', '新能源汽车', ...rest.filter((l) => l !== '')].join('\n'))
    expect(packed.slice(2, 6).map(([k]) => k)).not.toContain('body')
  })
  test('set apart by a blank line, a short line above the run stays out', () => {
    const kinds = classify(['一季度新能源汽车出口同比增长超一倍', '', '作者：吴昊', '', '海关总署', '', rest[0], ...rest.slice(1)].join('\n'))
    expect(kinds[2]![0]).not.toBe('body')
  })
})

describe('layout: a summary box above the article', () => {
  const para = (n: number) => `这是第${n}段正文，3月15日上午，一架载着快递包裹的无人机从县城起飞，十五分钟后稳稳降落在山顶的村寨里，村民们早已等候多时，纷纷上前取件，脸上露出了笑容，村支书说这在过去是想都不敢想的事。`
  const items = ['雷山县今年开通第5条无人机物流航线。', '全县已建成无人机起降点23个，覆盖14个行政村。', '单票配送成本仍高于车辆配送。']
  test('the short sentences under its header are its items, not the article', () => {
    const kinds = classify(['无人机物流航线在山区县铺开', '2025-03-17 08:02 来源：山海新闻', 'AI摘要 内容由AI生成，仅供参考', ...items, para(1), para(2), para(3)].join('\n'))
    expect(kinds.map(([k]) => k)).toEqual(['title', 'meta', 'chrome', 'chrome', 'chrome', 'chrome', 'body', 'body', 'body'])
  })
  test('a summary with its own text has no items: a short lede under it is the article\'s', () => {
    const kinds = classify(['无人机物流航线在山区县铺开', '2025-03-17 08:02 来源：山海新闻', '核心提示：雷山县今年开通第5条无人机物流航线，山区快递送达时间大幅缩短。', items[0], para(1), para(2), para(3)].join('\n'))
    expect(kinds.slice(3).map(([k]) => k)).toEqual(Array(4).fill('body'))
  })
  test('without a summary header the same sentences are the article\'s', () => {
    const kinds = classify(['无人机物流航线在山区县铺开', '2025-03-17 08:02 来源：山海新闻', ...items, para(1), para(2), para(3)].join('\n'))
    expect(kinds.slice(2).map(([k]) => k)).toEqual(Array(6).fill('body'))
  })
})

describe('layout: an end mark alone on its line', () => {
  const para = (n: number) => `这是第${n}段正文，协会今日公布调查结果，近四成受访长者每月生活费不足三千元，协会促请政府尽快制定政策。`
  test('ends the article: the organisation\'s boilerplate below it is not body', () => {
    const kinds = classify(['协会促请政府制定全面长者贫穷政策', '2012年6月18日', para(1), para(2), para(3), '－完－', '关于香港耆康互助协会', '香港耆康互助协会于1978年成立，为非牟利社会服务机构，现设有二十多个服务单位，服务长者逾三万人。'].join('\n'))
    expect(kinds.slice(2, 5).map(([k]) => k)).toEqual(['body', 'body', 'body'])
    expect(kinds.slice(5).map(([k]) => k)).not.toContain('body')
  })
})

describe('layout: a second article the page ran on', () => {
  const para = (n: number) => `这是第${n}段正文，夜市经济持续回暖，摊主们纷纷表示客流量明显增加，营业额比去年同期增长三成以上。`
  test('a headline with its date line under it inside the run starts another article: the body ends above it', () => {
    const kinds = classify(['城市夜市人气旺', '2021-04-18 20:10 城市通', para(1), para(2), para(3), '下一篇', '老城区改造启动', '2021-04-19 10:32 城市通 记者 方圆', para(4), para(5)].join('\n'))
    expect(kinds.slice(2, 5).map(([k]) => k)).toEqual(['body', 'body', 'body'])
    expect(kinds.slice(6).map(([k]) => k)).not.toContain('body')
  })
  test('the page\'s own headline (its title line) with a date line under it inside the run: the article is below it, not above', () => {
    const teaser = '本站精选的城市生活资讯每天更新，涵盖夜市、美食、出行等各类实用信息，欢迎读者朋友们常来看看。'
    const kinds = classify(['老城区改造启动 - 城市通', teaser, '老城区改造启动', '2021-04-19 10:32 城市通 记者 方圆', para(1), para(2), para(3)].join('\n'))
    expect(kinds.map(([k]) => k)).toEqual(['chrome', 'chrome', 'title', 'meta', 'body', 'body', 'body'])
    // Another headline there still ends the article above it.
    const other = classify(['城市夜市人气旺 - 城市通', teaser, '老城区改造启动', '2021-04-19 10:32 城市通 记者 方圆', para(1), para(2), para(3)].join('\n'))
    expect(other[1]![0]).toBe('body')
  })
  test('a whole article above the headline stays the body', () => {
    const kinds = classify(['城市夜市人气旺', '2021-04-18 20:10 城市通', para(1), para(2), para(3), para(6), '老城区改造启动', '2021-04-19 10:32 城市通 记者 方圆', para(4), para(5), para(7), para(8), para(9)].join('\n'))
    expect(kinds.slice(2, 6).map(([k]) => k)).toEqual(['body', 'body', 'body', 'body'])
    expect(kinds.slice(8).map(([k]) => k)).not.toContain('body')
  })
  test('a heading with a bare day under it is a chronology inside the article', () => {
    const kinds = classify(['抗击疫情大事记', '2021-04-18 20:10 城市通', para(1), para(2), '第一阶段：应急处置', '2020年1月23日', para(3), para(4)].join('\n'))
    expect(kinds.slice(6).map(([k]) => k)).toEqual(['body', 'body'])
  })
})

describe('layout: an inline box inside the article', () => {
  const para = (n: number) => `这是第${n}段正文，商务部有关负责人表示，家电下乡政策实施以来，农村消费潜力得到有效释放，销售额持续增长。`

  test('a related header with a few items and the article going on below is a box, not the article\'s end', () => {
    const kinds = classify(['家电下乡产品销售额突破五百亿元', '2009年05月21日02:18 经济日报', para(1), para(2), '热点推荐', '·液晶电视五一特惠 最高直降千元', '·空调以旧换新 补贴到手再送礼', para(3), para(4), '相关新闻', '·家电以旧换新政策将延长一年', '·商务部：严查家电下乡虚报冒领补贴'].join('\n'))
    expect(kinds.map(([k]) => k)).toEqual(['title', 'meta', 'body', 'body', 'chrome', 'chrome', 'chrome', 'body', 'body', 'chrome', 'related', 'related'])
    expect(kinds[5]).toEqual(['chrome', '·液晶电视五一特惠 最高直降千元'])
  })

  test('a related list with a single paragraph after it still ends the article', () => {
    const kinds = classify(['家电下乡产品销售额突破五百亿元', '2009年05月21日02:18 经济日报', para(1), para(2), para(3), '相关新闻', '·家电以旧换新政策将延长一年', '·商务部：严查家电下乡虚报冒领补贴', para(9)].join('\n'))
    expect(kinds.slice(2, 5).map(([k]) => k)).toEqual(['body', 'body', 'body'])
    expect(kinds[8]![0]).not.toBe('body')
  })
})

describe('layout: a related list', () => {
  test('a section\'s header printed among the headlines is no headline', () => {
    const para = (n: number) => `这是第${n}段正文，专家提醒秋季进补要因人而异，体质偏寒和偏热的人应当选择不同的食材，不能盲目跟风。`
    const kinds = classify(['秋季进补有讲究', '2006年8月21日 08:36 新闻晨报', para(1), para(2), '社会新闻排行', '男子酒后驾车撞上护栏 两人受伤', '大学生寒假打工遇黑中介', '老人捡到万元现金归还失主', '24小时排行', '江城大桥维修工程进入收尾阶段', '全市中小学春季开学工作平稳有序'].join('\n'))
    expect(kinds.slice(4).map(([k]) => k)).toEqual(['chrome', 'related', 'related', 'related', 'chrome', 'related', 'related'])
  })
})

describe('layout: an ad box inside the article', () => {
  test('the paragraphs below the box are the article\'s, all of them, and the box is an ad', () => {
    const para = (n: number) => `这是第${n}段正文，专家提醒秋季进补要因人而异，体质偏寒和偏热的人应当选择不同的食材，不能盲目跟风。`
    const kinds = classify(['秋季进补有讲究', '2006年8月21日 08:36 新闻晨报', para(1), para(2), para(3), '推广链接', '·三个月瘦20斤不反弹，纯中药减肥秘方免费领取', '·正宗长白山野山参 厂家直销 假一赔十', '我也要出现在这里', para(4), para(5), para(6), '相关新闻', '·秋季养生：润肺防燥正当时 2006-08-18'].join('\n'))
    expect(kinds.map(([k]) => k)).toEqual(['title', 'meta', 'body', 'body', 'body', 'ad', 'ad', 'ad', 'ad', 'body', 'body', 'body', 'chrome', 'related'])
  })
})

describe('layout: the title from the page\'s own title line', () => {
  const body = ['本报讯 昨天零时起，本市汽油价格再次上调，93号汽油每升上涨0.25元，调价后为每升4.87元，不少出租车司机为此叫苦不迭。', '市交通委有关负责人表示，目前正在研究出租车燃油补贴的调整方案，将根据油价变化情况适时启动燃油附加费联动机制。']

  test('a dump\'s first line with a site tail is the title when no headline stands above the body', () => {
    const kinds = classify(['油价再次上调 出租车司机叫苦不迭_新浪网', '新浪首页 | 新闻中心 | 国内 | 国际 | 社会', '新闻中心 > 国内新闻 > 正文', 'http://news.sina.com.cn 2006年05月24日07:15 京华时报', ...body].join('\n'))
    expect(kinds[0]![0]).toBe('title')
  })

  test('an info grid\'s row of fields is never the title; a two-character headline that repeats the page title is', () => {
    const grid = classify(['某市人民政府', '索 引 号： LJ00102-2008-00001 分 类： 政府工作报告', '2008年政府工作报告', '发布日期：2008-01-20', ...body].join('\n'))
    expect(grid[1]![0]).not.toBe('title')
    expect(grid[2]).toEqual(['title', '2008年政府工作报告'])
    const named = classify(['关于进一步加强既有建筑幕墙安全管理的通知', '发布机构： 市住房和建设局 发文日期： 2018-06-12', '名称： 关于进一步加强既有建筑幕墙安全管理的通知', '文号： 深建规〔2018〕5号 发布日期： 2018-06-15', '关于进一步加强既有建筑幕墙安全管理的通知', ...body].join('\n'))
    expect(named[2]![0]).not.toBe('title')
    const short = classify(['讣告-东南理工大学新闻网', '首页 > 校园新闻', '讣告', '发布时间：2006-05-12', ...body].join('\n'))
    expect(short[2]).toEqual(['title', '讣告'])
  })

  test('a field a dumper split over lines is never the title: a label\'s value under it, a byline\'s slashed tail', () => {
    const source = classify(['一季度新能源汽车出口同比增长超一倍', '', '2022-05-19 16:02', '', '来源：', '经济日报', '', '作者：吴昊', '', ...body].join('\n'))
    expect(source[0]).toEqual(['title', '一季度新能源汽车出口同比增长超一倍'])
    const byline = classify(['高雄轻轨大顺路段通车首周 运量突破15万人次', '', '记者', '林佳慧', '／高雄报导', '', '2023-01-09 18:30', '', ...body].join('\n'))
    expect(byline[0]).toEqual(['title', '高雄轻轨大顺路段通车首周 运量突破15万人次'])
  })

  test('a deck between the headline and the meta lines is not the title when the line above it repeats the page title', () => {
    const kinds = classify(['明远储能新一代液冷储能柜量产交付 | 华讯通', '', '首页 / 新闻稿 / 能源', '', '明远储能新一代液冷储能柜量产交付', '', '单柜容量215千瓦时，首批产品发往制造业园区', '', '2024年4月16日 09:00 | 来源：明远储能科技有限公司', '', ...body].join('\n'))
    expect(kinds[2]).toEqual(['title', '明远储能新一代液冷储能柜量产交付'])
    expect(kinds[3]![0]).not.toBe('title')
  })

  test('a `——` subtitle under the headline is a deck, never the title, whatever the page title says', () => {
    const kinds = classify(['东江日报数字报', '', '从“靠天吃饭”到“知天而作”', '', '我省智慧农业服务覆盖八成以上种粮大户', '', '——全省已建成农业物联网示范基地126个', '', '本报记者 廖文静 通讯员 吴昊', '', ...body].join('\n'))
    expect(kinds[2]).toEqual(['title', '我省智慧农业服务覆盖八成以上种粮大户'])
    expect(kinds[3]![0]).not.toBe('title')
  })

  test('a short field label over its value (`回复时间` / timestamp) is no title; a headline over a date line still is', () => {
    const grid = classify(['信件详情', '', '办理单位', '', '澄州市住房和城乡建设局', '', '回复时间', '', '2020-07-15 16:40:02', '', ...body].join('\n'))
    expect(grid.slice(1, 4).map(([k]) => k)).not.toContain('title')
    const headline = classify(['信件详情', '', '春运返程高峰', '', '2020-07-15 16:40:02', '', ...body].join('\n'))
    expect(headline[1]).toEqual(['title', '春运返程高峰'])
  })

  test('the line repeating the page title over its own meta line beats a tab bar over a second meta cluster', () => {
    const head = ['南江省稳就业新闻发布会文字实录-南江省人民政府新闻办公室', '', '南江省稳就业新闻发布会文字实录', '', '发布时间：2022-05-19 15:30 来源：南江省人民政府新闻办公室', '',
      '文字实录图片直播视频回放', '', '时间：', '', '2022年5月19日 10:00', '', '地点：', '', '省政府新闻发布厅', '']
    const kinds = classify([...head, ...body].join('\n'))
    expect(kinds[1]).toEqual(['title', '南江省稳就业新闻发布会文字实录'])
    expect(kinds[3]![0]).not.toBe('title')
    // Another article's head and paragraph above: the headline over the body's meta lines stays the title.
    const other = classify(['南江省稳就业新闻发布会文字实录_南江网', '', '南江省稳就业新闻发布会文字实录', '', '编辑：李楠', '',
      '南江省人民政府今天举行新闻发布会，介绍稳就业促增收有关情况，省人社厅负责人出席并答记者问。', '', '老城区改造启动_城市通', '', '首页 > 本地新闻', '', '老城区改造启动', '', '2021-04-19 10:32 来源：城市通', '', ...body].join('\n'))
    expect(other[6]).toEqual(['title', '老城区改造启动'])
  })

  test('a grid\'s row of fields printed without colons is never the title', () => {
    const kinds = classify(['本校与县政府签署生态复育合作备忘录', '发布单位 秘书室 发布日期 109-10-15', '点阅次数 358 最后更新 109-10-16', '文／秘书室公关组 林佳颖 摄影／蔡承翰', ...body].join('\n'))
    expect(kinds[0]).toEqual(['title', '本校与县政府签署生态复育合作备忘录'])
    expect(kinds[2]![0]).not.toBe('title')
  })

  test('a line with a date and time of day is never the title', () => {
    const kinds = classify(['中央社 CNA', '北市老旧公寓增设电梯补助加码', '城市晚报网 2025-03-14 11:20 记者 顾明轩', '2025/02/18 14:32（2/18 16:05 更新）', ...body].join('\n'))
    expect(kinds.slice(1, 4).map(([k]) => k)).toEqual(['title', 'meta', 'meta'])
  })

  test('a forum poster\'s profile fields above the post header are no title', () => {
    const kinds = classify(['[讨论]小区物业费涨价怎么办 - 业主之家', '[讨论]小区物业费涨价怎么办', '青蛙王子', '帖子 156', '积分 312', '在线时间 52 小时', '注册时间 2005-8-1', '楼主 只看该作者 发表于 2006-4-12 21:35', ...body].join('\n'))
    expect(kinds.slice(3, 7).map(([k]) => k)).toEqual(['chrome', 'chrome', 'chrome', 'chrome'])
    expect(kinds[1]).toEqual(['title', '[讨论]小区物业费涨价怎么办'])
  })
})

describe('layout: the line that opens an article above its run', () => {
  const head = ['首页 > 本地 > 正文', '市区新增三条公交线路', '2024-01-08 来源：东江日报']
  const para1 = '记者从市交通局获悉，本月起市区将新增三条公交线路，方便沿线居民出行。新线路全部采用新能源公交车，票价为每人次2元。'
  const para2 = '据介绍，三条线路分别连接火车站、高铁站和市民中心，高峰期发车间隔为8分钟，平峰期为15分钟，末班车延长到晚上十点。'

  test('a hook (好消息来了！) right under the metadata is the first line; the same line under a menu is not', () => {
    expect(classify([...head, '好消息来了！', para1, para2].join('\n'))[3]).toEqual(['body', '好消息来了！'])
    expect(classify([...head, '首页 | 本地 | 社会', '好消息来了！', para1, para2].join('\n'))[4]![0]).not.toBe('body')
  })

  test('the first section heading (一、) is the article’s when the run holds the second (二、)', () => {
    const kinds = classify([...head, '一、基本情况', para1, '二、下一步安排', para2].join('\n'))
    expect(kinds[3]).toEqual(['body', '一、基本情况'])
    expect(classify([...head, '一、基本情况', para1, para2].join('\n'))[3]![0]).not.toBe('body')
  })
})

describe('layout: a label below the body and the list it introduces', () => {
  const head = ['首页 > 本地 > 正文', '市区新增三条公交线路', '2024-01-08 来源：东江日报']
  const para1 = '记者从市交通局获悉，本月起市区将新增三条公交线路，方便沿线居民出行。新线路全部采用新能源公交车，票价为每人次2元。'
  const para2 = '据介绍，三条线路分别连接火车站、高铁站和市民中心，高峰期发车间隔为8分钟，平峰期为15分钟，末班车延长到晚上十点。'
  const list = ['新线路如下：', '101路：火车站—市民中心', '102路：高铁站—大学城', '103路：市民中心—开发区']

  test('between the body and a paragraph below, and before a related header, the label and its lines are body', () => {
    expect(classify([...head, para1, ...list, para2].join('\n')).slice(3).map(([k]) => k)).toEqual(Array(6).fill('body'))
    const atEnd = classify([...head, para1, para2, ...list, '相关新闻', '公交线网优化方案公示 2024-01-05'].join('\n'))
    expect(atEnd.slice(5, 9).map(([k]) => k)).toEqual(Array(4).fill('body'))
    expect(atEnd[10]![0]).toBe('related')
  })

  test('a form field (留 言：) is no label: the footer lines under it stay out', () => {
    const kinds = classify([...head, para1, para2, '留 言：', '*遵守《互联网电子公告服务管理规定》', '短信推广', '搜狐商城'].join('\n'))
    expect(kinds.slice(5).map(([k]) => k)).not.toContain('body')
  })

  test('a closing exclamation right below the body is its last line when a related header or the page end follows', () => {
    expect(classify([...head, para1, para2, '让我们拭目以待！', '相关新闻', '公交线网优化方案公示 2024-01-05'].join('\n'))[5]).toEqual(['body', '让我们拭目以待！'])
    expect(classify([...head, para1, para2, '让我们拭目以待！', '更多精彩内容请关注本站'].join('\n'))[5]![0]).not.toBe('body')
  })

  test('without the colon the same lines are not the article’s', () => {
    const kinds = classify([...head, para1, para2, '新线路', ...list.slice(1), '相关新闻', '公交线网优化方案公示 2024-01-05'].join('\n'))
    expect(kinds.slice(5, 9).map(([k]) => k)).not.toContain('body')
  })
})

describe('code blocks', () => {
  const marked = (dump: string): boolean[] => {
    const blocks = convertBlocks(parseText(dump), 'tw2s', false)
    return codeBlocks(blocks, blocks.map(measure))
  }
  test('two or more code lines at most a blank line apart (a dump, or its rendering); a lone one, prose and lines further apart are not', () => {
    expect(marked('x = 1\nprint(x)')).toEqual([true, true])
    expect(marked('x = 1\n\nprint(x)')).toEqual([true, true])
    expect(marked('print(x)')).toEqual([false])
    expect(marked('x = 1\n\n\nprint(x)')).toEqual([false, false])
    expect(marked('For the record, he said.\nIf you ask me, it was fine.')).toEqual([false, false])
    expect(marked('for 循环是最常用的语句之一\nif 语句用来做判断')).toEqual([false, false])
  })
})

describe('layout: a paragraph about reprint rules inside the article', () => {
  const para = (n: number) => `这是第${n}段正文，法院审理认为，被告未经许可在其公众号上转载涉案文章，侵害了原告的信息网络传播权。`
  const law = '承办法官介绍，根据著作权法的规定，报刊之间转载已发表的作品，除著作权人声明不得转载、摘编的外，可以不经许可，但应当支付报酬；而网络平台之间的转载，必须事先取得著作权人许可。'
  const footer = '版权声明：凡注明“来源：法治周报”的所有作品，版权均属于本网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。违反上述声明者，本网将追究其相关法律责任。'

  test('a long line of clauses between two paragraphs is the article\'s', () => {
    const kinds = classify(['“如有侵权请联系删除”不是免责金牌', '发布时间：2020-11-06 10:25:18 来源：法治周报', para(1), para(2), law, para(3), para(4)].join('\n'))
    expect(kinds[4]).toEqual(['body', law])
  })

  test('a notice in the site\'s voice, a short notice, and the same paragraph below the article stay chrome', () => {
    const amid = classify(['“如有侵权请联系删除”不是免责金牌', '发布时间：2020-11-06 10:25:18 来源：法治周报', para(1), para(2), footer, para(3), '未经许可不得转载', para(4)].join('\n'))
    expect(amid[4]![0]).toBe('chrome')
    expect(amid[6]![0]).toBe('chrome')
    const below = classify(['“如有侵权请联系删除”不是免责金牌', '发布时间：2020-11-06 10:25:18 来源：法治周报', para(1), para(2), para(3), '（责任编辑：沈冰）', law].join('\n'))
    expect(below[6]![0]).toBe('chrome')
  })
})

describe('layout: a headline about cookie notices', () => {
  const para = (n: number) => `这是第${n}段正文，消基会抽查国内热门网站，发现多数网站的同意视窗只提供接受按钮，使用者无从拒绝。`

  test('the line repeating the page\'s title is the title, not a cookie notice; the site\'s own notice still is', () => {
    const headline = '同意Cookie视窗满天飞 专家：按「全部接受」前先看清楚'
    const banner = '本网站使用Cookie以提供更好的服务，继续浏览即表示您同意我们的隐私权政策。'
    const blocks = classifyBlocks(convertBlocks(parseText([`${headline} - 生活 - 台湾时报网`, banner, '首页 > 生活', headline, '2022/06/14 05:30', para(1), para(2), para(3)].join('\n')), 'tw2s', false), resolveOptions())
    expect(blocks[3]!.kind).toBe('title')
    expect(blocks[1]!.rule).toBe('CP225 cookie-notice')
  })
})

describe('layout: no stranded paragraph past a footer menu or a dated list', () => {
  const para = (n: number) => `这是第${n}段正文，本所有关负责人表示，此次修订坚持以投资者需求为导向，在广泛征求市场意见的基础上形成。`
  const note = '投资者应据此独立作出投资决策并自行承担风险，市场有风险，投资需谨慎，请理性看待相关信息。'
  const article = ['本所修订发布信息披露指引', '发布日期：2020-06-12 来源：本所', para(1), para(2), para(3), '本所要闻']

  test('a paragraph below a menu or two dated headlines is the page\'s footer', () => {
    const menu = classify([...article, '网站地图 | 法律声明 | 联系我们', '投资者服务', '无障碍浏览', note].join('\n'))
    expect(menu[9]![0]).not.toBe('body')
    const dated = classify([...article, '本所召开2020年投资者保护工作座谈会2020-06-08', '本所举办上市公司董秘专题培训2020-05-20', '投资者服务', '无障碍浏览', note].join('\n'))
    expect(dated[10]![0]).not.toBe('body')
  })

  test('one dated line between short lines does not end the article', () => {
    const kinds = classify([...article, '本所举办上市公司董秘专题培训2020-05-20', '投资者服务', '无障碍浏览', note].join('\n'))
    expect(kinds[9]).toEqual(['body', note])
  })
})

describe('layout: a digest\'s bracketed subheads', () => {
  const item = (n: number) => `${n}. 市教育局公布今年小学招生政策，下月起开通网上报名，家长可登录官方网站查询划片范围。`
  const head = ['新闻早班车', '2016-03-16 06:30 来源：江城日报网']

  test('channel names in black brackets between paragraphs are subheads when a label of that form is kept', () => {
    const kinds = classify([...head, '早上好！今天是2016年3月16日，星期三。以下是今天的早班车。', '【本地】', item(1), item(2), '【国内】', item(3), item(4), '【天气】', '今天多云转小雨，气温8℃～15℃，东北风3级。出门请带好雨具。'].join('\n'))
    expect(kinds.filter(([, t]) => t.startsWith('【')).map(([k]) => k)).toEqual(['body', 'body', 'body'])
  })

  test('without another kept label, or without a paragraph on both sides, a channel name stays chrome', () => {
    const alone = classify([...head, '早上好！今天是2016年3月16日，星期三。以下是今天的早班车。', '【本地】', item(1), item(2), '【国内】', item(3), item(4)].join('\n'))
    expect(alone.filter(([, t]) => t.startsWith('【')).map(([k]) => k)).toEqual(['chrome', 'chrome'])
    const edge = classify([...head, '早上好！今天是2016年3月16日，星期三。以下是今天的早班车。', '【天气】', item(1), item(2), '【本地】', '首页 > 早班车', item(3), item(4)].join('\n'))
    expect(edge[6]).toEqual(['chrome', '【本地】'])
  })
})

describe('layout: a notice quoted inside the article', () => {
  const para = (n: number) => `这是第${n}段正文，因城东水厂主供水管道改造施工，县自来水公司发布停水公告，城区部分路段将暂停供水。`
  const notice = ['停水公告', '尊敬的广大用户：', '因城东水厂主供水管道改造施工，我公司定于2010年8月12日8时至20时暂停供水。请以上区域用户提前做好储水准备。', '特此公告。']
  const close = ['联系电话：0745-6221234', '地址：县城人民路88号自来水公司营业厅', '临江县自来水公司', '2010年8月10日']
  const head = ['城区部分路段明起停水', '发布时间：2010-8-11 9:30:12 来源：临江日报']

  test('its contact line and signature date are body when the article goes on below', () => {
    const kinds = classify([...head, para(1), ...notice, ...close, para(2), para(3)].join('\n'))
    expect(kinds.slice(2 + 1 + notice.length, 2 + 1 + notice.length + close.length).map(([k]) => k)).toEqual(['body', 'body', 'body', 'body'])
  })

  test('without the closing formula, or without prose below, they are left to the other rules', () => {
    const noFormula = classify([...head, para(1), ...notice.slice(0, -1), ...close, para(2), para(3)].join('\n'))
    expect(noFormula[2 + notice.length]![0]).toBe('chrome')
    const noProse = classify([...head, para(1), para(2), ...notice, ...close, '【打印】【关闭】'].join('\n'))
    expect(noProse[2 + 2 + notice.length]![0]).toBe('chrome')
  })
})

describe('layout: a recipe\'s ingredient list between the lede and the steps', () => {
  const lede = '冬至到了，北方人家讲究吃饺子。家住和平里社区的王淑芬阿姨包了四十多年饺子，记者请她分享了白菜猪肉馅的做法。'
  const steps = ['第一步：和面。面粉中加入一小撮盐，分次倒入凉水，边倒边用筷子搅成絮状，再揉成光滑的面团。', '第二步：处理白菜。白菜剁碎后撒少许盐，腌10分钟，用纱布包住挤出水分。', '第三步：调馅。肉馅中加入葱姜末、两勺酱油，顺着一个方向搅打上劲，再拌入白菜。']
  const head = ['冬至吃饺子 王阿姨教你调出多汁白菜猪肉馅', '2013-12-21 10:02:33 北城晚报 记者 范晓萌']
  const list = ['【用料】（约60个）', '面粉 500克', '猪肉馅 400克（三肥七瘦）', '大白菜 半棵', '大葱 1根', '生姜 1小块', '盐、酱油、香油 适量', '【做法】']

  test('text: the labelled list of amounts goes with the stranded lede', () => {
    const kinds = classify([...head, lede, ...list, ...steps].join('\n'))
    expect(kinds.slice(2).map(([k]) => k)).toEqual(Array(1 + list.length + steps.length).fill('body'))
  })

  test('text: the same lines without their label, or with a link strip among them, stay chrome', () => {
    const unlabelled = classify([...head, lede, ...list.slice(1, -1), ...steps].join('\n'))
    expect(unlabelled.slice(3, list.length + 1).map(([k]) => k)).not.toContain('body')
    const strip = classify([...head, lede, ...list.slice(0, 3), '热门推荐', '·秋季养生指南', '·滋补品价格调查', ...steps].join('\n'))
    expect(strip.slice(3, 9).map(([k]) => k)).not.toContain('body')
  })

  test('HTML: an ingredient with its amount is no names-only byline', () => {
    const html = `<html><body><div class="nav"><a href="/">首页</a></div><div class="art"><h1>${head[0]}</h1><p>${head[1]}</p><p>${lede}</p>${list.map((l) => `<p>${l}</p>`).join('')}${steps.map((s) => `<p>${s}</p>`).join('')}</div></body></html>`
    const texts = classifyBlocks(convertBlocks(parseHtml(html).blocks, 'tw2s', false), resolveOptions()).filter((b) => b.kind === 'body').map((b) => b.text)
    expect(texts).toContain('大白菜 半棵')
  })
})

describe('QUANTITY', () => {
  test('an amount set apart is one; a name holding a numeral is not', () => {
    expect(['大白菜 半棵', '面粉 500克', '生姜 1小块', '盐、酱油、香油 适量', '猪肉馅 400克(三肥七瘦)'].every((l) => QUANTITY.test(l))).toBe(true)
    expect(['张三根 李四', '赵延东、风笑天', '王一丹', '陈半夏'].some((l) => QUANTITY.test(l))).toBe(false)
  })
})

describe('layout: a commentary whose page title names its writer', () => {
  const para = (n: number) => `这是第${n}段正文，农村消费是扩大内需的重要潜力所在，县域商业体系发展不平衡的问题依然突出。`
  const bio = '东方发展研究院产业经济研究所副研究员，主要研究方向为流通经济与消费政策'

  test('the headline matching the page title without its `姓名：` prefix is the title, not the bio line above the body', () => {
    const blocks = classify(['顾维宁：以县域商业体系建设激活农村消费潜力 | 东方发展研究院', '首页 / 观点评论 / 正文', '以县域商业体系建设激活农村消费潜力', '观点评论', '顾维宁', bio, para(1), para(2), para(3)].join('\n'))
    expect(blocks[2]![0]).toBe('title')
    expect(blocks[5]![0]).not.toBe('title')
  })

  test('the date glued to a first-run note is the article\'s date', () => {
    const page = cleanPage(['顾维宁：以县域商业体系建设激活农村消费潜力 | 东方发展研究院', '首页 / 观点评论 / 正文', '以县域商业体系建设激活农村消费潜力', '2024.03.18观点评论原载《经济参考》', '顾维宁', bio, para(1), para(2), para(3)].join('\n'))
    expect(page).toMatchObject({ title: '以县域商业体系建设激活农村消费潜力', publishedAt: '2024-03-18', author: '顾维宁' })
  })

  test('a headline matching only part of the title after the prefix is not taken for it', () => {
    const blocks = classify(['专家：以县域商业体系建设激活农村消费潜力还需三年 | 东方发展研究院', '首页 / 观点评论 / 正文', '以县域商业体系建设激活农村消费潜力', '观点评论', '顾维宁', bio, para(1), para(2), para(3)].join('\n'))
    expect(blocks[2]![0]).not.toBe('title')
  })
})

describe('layout: a bare bracketed signature below the article (HTML)', () => {
  const paras = ['本网讯 近日，石澧县人民法院审结一起交通肇事案，被告人王某因醉酒驾车撞人后逃逸，被判处有期徒刑一年六个月。', '经审理查明，被告人王某与朋友聚餐饮酒后驾车回家，途中将一名行人撞伤后驾车逃离现场。', '承办法官提醒广大驾驶人：饮酒后驾驶机动车，不仅害人害己，还将受到法律的严惩。']
  const page = (closing: string) => `<html><body><div class="nav"><a href="/">首页</a></div><table><tr><td><h1>醉酒驾车撞人后逃逸 一男子被判刑一年半</h1><p>发布时间：2010-6-8 10:23:45</p>${paras.map((p) => `<p>${p}</p>`).join('')}<p>${closing}</p></td></tr></table></body></html>`
  const kindOf = (closing: string) => classifyBlocks(convertBlocks(parseHtml(page(closing)).blocks, 'tw2s', false), resolveOptions()).find((b) => b.text === closing)!.kind

  test('the writers\' names alone in brackets leave the body, as in a text dump, and name the author', () => {
    expect(kindOf('（庞晓军 田野）')).not.toBe('body')
    expect(kindOf('（庞晓军、田野）')).not.toBe('body')
    expect(cleanPage(page('（庞晓军 田野）'))).toMatchObject({ author: '庞晓军 田野' })
  })

  test('a bracketed closing note that names no one stays in the article element', () => {
    expect(kindOf('（文中当事人均为化名）')).toBe('body')
    expect(kindOf('（数据截至2010年5月底）')).toBe('body')
  })
})

describe('layout: credit lines at the article element\'s edges (HTML)', () => {
  const paras = ['本网讯 6月20日上午，市总工会在市工人文化宫举行“送清凉”活动启动仪式，标志着今年全市工会夏季“送清凉”活动全面展开。', '启动仪式上，市总工会向建筑、环卫、交通等行业的职工代表赠送了价值15万元的绿豆、白糖、毛巾等防暑降温物品。', '据了解，今年市总工会共筹集“送清凉”资金60万元，活动将持续到8月底，预计慰问职工3万人次。']
  const page = (above: string, below: string) => `<html><body><div class="nav"><a href="/">首页</a></div><table><tr><td><h1>市总工会启动夏季“送清凉”活动</h1>${above ? `<p>${above}</p>` : ''}${paras.map((p) => `<p>${p}</p>`).join('')}${below ? `<p>${below}</p>` : ''}</td></tr></table><div class="foot">版权所有 市总工会</div></body></html>`
  const blocksOf = (above: string, below: string) => classifyBlocks(convertBlocks(parseHtml(page(above, below)).blocks, 'tw2s', false), resolveOptions())
  const kindOf = (above: string, below: string, line: string) => blocksOf(above, below).find((b) => b.text.replace(/\s+/gu, '') === line.replace(/\s+/gu, ''))!.kind

  test('a unit\'s credit or signature below the body is no text of it, and the signature still names the author', () => {
    expect(kindOf('', '（南屿海关 供稿）', '（南屿海关 供稿）')).not.toBe('body')
    expect(kindOf('', '（本院供稿）', '（本院供稿）')).not.toBe('body')
    expect(kindOf('', '（宣教部 马丽华）', '（宣教部 马丽华）')).not.toBe('body')
    expect(cleanPage(page('', '（宣教部 马丽华）'))).toMatchObject({ author: '马丽华' })
    expect(kindOf('', '首席预报员：蔡文涛　值班预报员：孔宁', '首席预报员：蔡文涛　值班预报员：孔宁')).not.toBe('body')
  })

  test('a dated credit between the title and the body is no lead', () => {
    expect(kindOf('（2003年6月21日）　宣教部供稿', '', '（2003年6月21日）　宣教部供稿')).not.toBe('body')
  })

  test('closing lines that credit no one stay in the article element', () => {
    // A notice's plain signature, a contact, a unit with no writer, a line ending in 提供 outside brackets.
    for (const line of ['云城市总工会宣教部', '联系人：张明', '（宣教部 工会）', '（文中当事人均为化名）', '市总工会为职工提供']) {
      expect(kindOf('', line, line)).toBe('body')
    }
  })

  test('a pictograph banner above the body, a dashed subtitle under the title and a contact block below stay out, as a text dump\'s edges leave them', () => {
    expect(kindOf('☀️高温预警☀️', '', '☀️高温预警☀️')).not.toBe('body')
    expect(kindOf('——访市总工会主席林建国', '', '——访市总工会主席林建国')).not.toBe('body')
    const contact = (line: string) => blocksOf('', `传媒查询</p><p>市总工会宣教部</p><p>${line}`).find((b) => b.text === line)!.kind
    expect(blocksOf('', '传媒查询</p><p>市总工会宣教部').filter((b) => b.text === '传媒查询' || b.text === '市总工会宣教部').map((b) => b.kind)).not.toContain('body')
    expect(contact('李小姐 电话：3943 1234')).not.toBe('body')
    // A subheading with no pictograph frame, a lead line that is no dash, a closing line that names no contact heading stay.
    expect(kindOf('活动亮点', '', '活动亮点')).toBe('body')
    expect(kindOf('🔥本周看点', '', '🔥本周看点')).toBe('body')
    expect(kindOf('', '传媒查询服务将于下月起延长至晚上九时。', '传媒查询服务将于下月起延长至晚上九时。')).toBe('body')
  })

  test('the time under a date line inside the article element is the date\'s', () => {
    const html = `<html><body><table><tr><td><h1>沙湾区议会拨款推广社区参与活动</h1>${paras.map((p) => `<p>${p}</p>`).join('')}<p>2007年7月5日（星期四）<br>香港时间18时30分</p></td></tr></table></body></html>`
    const blocks = classifyBlocks(convertBlocks(parseHtml(html).blocks, 'tw2s', false), resolveOptions())
    expect(blocks.find((b) => b.text === '香港时间18时30分')).toMatchObject({ kind: 'meta' })
    expect(cleanPage(html).publishedAt).toBe('2007-07-05T18:30')
  })
})

describe('layout: lines below the article that are no related headlines', () => {
  const para = (n: number) => `这是第${n}段正文,讲述了事情的经过和各方的反应,内容足够长,带有句号。记者在现场看到,工作人员正在忙碌。`
  const article = ['标题：某地推出便民新举措', '2022-11-03 17:45 来源：新闻局', para(1), para(2), para(3)]
  const kindOf = (kinds: [string, string][], text: string) => kinds.find(([, t]) => t === text)![0]

  test('a file to download and a hot list\'s side heading stay chrome; the headlines under them stay related', () => {
    const kinds = classify([...article, '相关附件：改道示意图.pdf', '24小时热文', '央行开展7000亿元买断式逆回购操作', '多家车企公布10月交付数据'].join('\n'))
    expect(kindOf(kinds, '相关附件：改道示意图.pdf')).toBe('chrome')
    expect(kindOf(kinds, '24小时热文')).toBe('chrome')
    expect(kindOf(kinds, '央行开展7000亿元买断式逆回购操作')).toBe('related')
    expect(kindOf(kinds, '多家车企公布10月交付数据')).toBe('related')
  })

  test('a headline naming a file format is still one', () => {
    const kinds = classify([...article, '新版PDF阅读器发布', '多家车企公布10月交付数据'].join('\n'))
    expect(kindOf(kinds, '新版PDF阅读器发布')).toBe('related')
  })

  test('a comment\'s time alone under it is the comment section\'s, near its header or past the reach', () => {
    const comment = ['星河网友 影迷小北', '杜建平老师的戏必须去电影院看！', '2017-06-21 15:22', '娱乐热榜', '01某综艺节目第二季定档7月', '02暑期档片单出炉 多部国产片扎堆']
    expect(kindOf(classify([...article, '网友评论', ...comment].join('\n')), '2017-06-21 15:22')).toBe('chrome')
    const far = classify([...article, '网友评论', '已有86人参与 查看全部评论', ...comment].join('\n'))
    expect(kindOf(far, '2017-06-21 15:22')).toBe('chrome')
    // Past the reach the time opens no more comments: the hot list below stays related.
    expect(kindOf(far, '01某综艺节目第二季定档7月')).toBe('related')
  })

  test('a sidebar widget\'s categories with counts and the sites under 友情链接 are no headlines; a related header after them opens a list again', () => {
    const kinds = classify([...article, '最新文章', '茶叶电商直播带货成新潮流', '白茶收藏热背后的理性思考', '分类目录', '茶叶市场 (45)', '种植技术 (23)',
      '友情链接', '中国茶叶网', '福建农林大学茶学院', '热门文章', '岩茶“山场”之争该如何看', '春季茶园管理要点要抓好'].join('\n'))
    expect(kindOf(kinds, '白茶收藏热背后的理性思考')).toBe('related')
    for (const line of ['茶叶市场 (45)', '种植技术 (23)', '中国茶叶网', '福建农林大学茶学院']) expect(kindOf(kinds, line)).toBe('chrome')
    expect(kindOf(kinds, '春季茶园管理要点要抓好')).toBe('related')
    // Without a widget heading, category rows are still no headlines, and they end the list.
    const bare = classify([...article, '茶叶电商直播带货成新潮流', '白茶收藏热背后的理性思考', '茶叶市场 (45)', '种植技术 (23)'].join('\n'))
    expect(kindOf(bare, '种植技术 (23)')).toBe('chrome')
    // The same sites without the heading are headline-shaped lines of a list.
    const plain = classify([...article, '最新文章', '茶叶电商直播带货成新潮流', '福建农林大学茶学院'].join('\n'))
    expect(kindOf(plain, '福建农林大学茶学院')).toBe('related')
  })

  test('a blog\'s comment header naming the post opens the comments: its commenter lines are no headlines', () => {
    const kinds = classify([...article, '上一篇 今年茶博会展位预订过半', '《某地推出便民新举措》上有2条评论', '林茶人 2016年3月28日 下午3:20', '头春茶贵是贵，但确实好喝。'].join('\n'))
    expect(kindOf(kinds, '《某地推出便民新举措》上有2条评论')).toBe('chrome')
    expect(kindOf(kinds, '林茶人 2016年3月28日 下午3:20')).not.toBe('related')
  })

  test('a public account\'s tail rows end its list', () => {
    const kinds = classify([...article, '往期推荐', '东州地铁2号线二期今日开通初期运营', '清明假期东州接待游客超百万人次', '点击“在看”，让更多人看到', '阅读 1.2万 分享 收藏 赞 56 在看 18'].join('\n'))
    expect(kinds.slice(-4).map(([k]) => k)).toEqual(['related', 'related', 'chrome', 'chrome'])
  })

  test('under a related header short headlines are items; without it they stay chrome', () => {
    const short = ['台风假怎放', '油价下周涨', '开学首日']
    const kinds = classify([...article, '热门点阅', ...short, '南瀛日报社 版权所有'].join('\n'))
    for (const line of short) expect(kindOf(kinds, line)).toBe('related')
    const bare = classify([...article, ...short, '南瀛日报社 版权所有'].join('\n'))
    for (const line of short) expect(kindOf(bare, line)).toBe('chrome')
    // Short lines with more short lines after them are a menu's, header or not; so are short lines after a full headline.
    const menu = classify([...article, '最新文章', '同行评议', '文章费用', '作者须知', '投稿须知', '稿件跟踪'].join('\n'))
    expect(kindOf(menu, '同行评议')).toBe('chrome')
    const after = classify([...article, '相关链接', '水木清华第一章发表以后', '负笈日德第一章发表以后', '读书搜索', '分类与搜索'].join('\n'))
    expect(kindOf(after, '负笈日德第一章发表以后')).toBe('related')
    expect(kindOf(after, '读书搜索')).toBe('chrome')
    // A sentence is no short headline, header or not.
    expect(kindOf(classify([...article, '为你推荐', '好政策。', '开学首日'].join('\n')), '好政策。')).toBe('chrome')
  })

  test('a line under each headline (a date, a clock, an outlet and date, a date and count, a card\'s summary and time) does not end the list and is no item', () => {
    const heads = ['县农业局开展农资打假专项行动', '我县发放粮食直补资金1860万元', '早稻品种推介会在县城举行']
    for (const under of ['2006-02-24', '01:30', '新华网 2023-05-12 10:20', '2026-01-12评论 36']) {
      const kinds = classify([...article, '相关文章', heads[0]!, under, heads[1]!, under, heads[2]!, under, 'Copyright © 2006 农业信息网'].join('\n'))
      for (const h of heads) expect(kindOf(kinds, h)).toBe('related')
      expect(kinds.filter(([, t]) => t === under).map(([k]) => k)).not.toContain('related')
    }
    const cards = classify([...article, '为你推荐', heads[0]!, '灯会将于3月1日至5日在滨江公园举行，市民可通过小程序提前预约。', '2小时前 东海新闻',
      heads[1]!, '交警部门在重点路口增派警力，高峰时段通行秩序良好。', '5小时前 东海新闻', heads[2]!].join('\n'))
    for (const h of heads) expect(kindOf(cards, h)).toBe('related')
    expect(kindOf(cards, '灯会将于3月1日至5日在滨江公园举行，市民可通过小程序提前预约。')).toBe('chrome')
    // A headline quoting a sentence between two items is one; a plain sentence there is not.
    const quoting = classify([...article, '推荐阅读', heads[0]!, heads[1]!, '村里来了年轻人，老人们说：“这下热闹了，村子又有了盼头。”', heads[2]!].join('\n'))
    expect(quoting.slice(-4).map(([k]) => k)).toEqual(['related', 'related', 'related', 'related'])
    // Under a line naming the comments, lines with a time under each are the comments.
    const comments = classify([...article, '评论（12）', '数码老李：写得很实在，功耗确实是硬伤', '2024-06-18 21:05', 'momo：期待明年的新芯片', '2024-06-19 08:12'].join('\n'))
    expect(kindOf(comments, 'momo：期待明年的新芯片')).toBe('chrome')
    // A sentence between two headlines with no time under it is no card's summary: the list ends above it.
    const prose = classify([...article, heads[0]!, heads[1]!, '灯会将于3月1日至5日在滨江公园举行，市民可通过小程序提前预约。', heads[2]!].join('\n'))
    expect(kindOf(prose, heads[2]!)).toBe('chrome')
  })

  test('a date under a related headline, with no comment above, stays the list\'s', () => {
    const kinds = classify([...article, '相关新闻', '央行开展7000亿元买断式逆回购操作', '多家车企公布10月交付数据', '2017-06-21 15:22'].join('\n'))
    expect(kindOf(kinds, '2017-06-21 15:22')).toBe('related')
  })
})

describe('layout: a headline with bars that repeats the page title', () => {
  const para = (n: number) => `${n}. 市教育局公布今年小学招生政策，下月起开通网上报名，家长可登录官方网站查询划片范围。`
  const below = ['2016-03-16 06:30 来源：江城日报网 编辑：万芳', '早上好！今天是2016年3月16日，星期三，以下是今天值得关注的新闻。', para(1), para(2), para(3)]

  test('text: the line repeating the dump\'s first line is the title, not a menu', () => {
    const kinds = classify(['新闻早班车｜3月16日 星期三 - 江城日报网', '首页 > 早班车', '新闻早班车｜3月16日 星期三', ...below].join('\n'))
    expect(kinds[2]).toEqual(['title', '新闻早班车｜3月16日 星期三'])
  })

  test('a menu that only shares the title\'s first word stays a menu', () => {
    const kinds = classify(['新闻早班车｜3月16日 星期三 - 江城日报网', '新闻早班车 | 往期回顾 | 订阅 | 江城日报网', '新闻早班车｜3月16日 星期三', ...below].join('\n'))
    expect(kinds[1]![0]).toBe('chrome')
    expect(kinds[2]![0]).toBe('title')
  })
})

describe('layout: a forum poster\'s profile counters above the post header', () => {
  const para = (n: number) => `这是第${n}段正文,记者昨日从市交通运输局获悉,为消除安全隐患,沿江大桥将于下周起封闭维修。`
  test('the counter row is no title; the headline repeating the page title is', () => {
    const headline = '【转帖】沿江大桥下周起封闭维修 过江车辆请提前绕行'
    const kinds = classify([headline, '江城论坛 › 论坛 › 城市生活', headline, '老城根下', '帖子 1863 积分 4021', '发表于 2019-6-12 09:14 | 只看该作者 | 倒序浏览', para(1), para(2), para(3)].join('\n'))
    expect(kinds[4]![0]).not.toBe('title')
    expect(kinds[2]).toEqual(['title', headline])
  })
})

describe('layout: a headline shaped like a scene caption', () => {
  const body = [
    '本报讯（记者 张明）国庆假期首日，江城古镇迎来上万名游客，街巷里人头攒动，各类非遗展演轮番上演。',
    '据景区管理方介绍，今年古镇新增了夜游项目，游客可以乘船欣赏两岸灯光秀，预计假期接待量将创新高。',
  ]

  test('over the meta lines it is the title, not a caption', () => {
    for (const headline of ['上万名游客在古镇里欢度国庆', '春运首日火车站现场']) {
      expect(classify(['首页 > 本地新闻', headline, '2024-10-01 10:00 来源：江城日报', ...body].join('\n'))[1]).toEqual(['title', headline])
    }
  })

  test('the same line between the meta lines and the body captions a lead picture', () => {
    const kinds = classify(['首页 > 本地新闻', '江城古镇迎来国庆客流高峰', '2024-10-01 10:00 来源：江城日报', '游客在古镇里排队乘船', ...body].join('\n'))
    expect(kinds[1]).toEqual(['title', '江城古镇迎来国庆客流高峰'])
    expect(kinds[3]).toEqual(['chrome', '游客在古镇里排队乘船'])
  })
})

describe('layout: files under 附件', () => {
  const notice = [
    '关于做好春节期间安全生产工作的通知',
    '发布时间：2024-01-26 09:30 来源：市政府办公室',
    '春节将至，为切实做好节日期间安全生产工作，确保全市人民群众过一个欢乐祥和的节日，经市政府同意，现就有关事项通知如下。',
    '各单位要严格执行24小时值班和领导带班制度，发生突发事件，要在1小时内报告，不得迟报、漏报、瞒报。特此通知。',
  ]

  test('files listed under 附件 (`1. 申请表.docx`) are download links, an annex title without extension stays', () => {
    const files = classify([...notice, '附件：', '1. 新车购置补贴申请表.docx', '2. 参与活动汽车销售企业名单.xlsx', '【打印】【关闭】'].join('\n'))
    expect(files.slice(4).map(([k]) => k)).toEqual(['chrome', 'chrome', 'chrome', 'chrome'])
    const onHead = classify([...notice, '附件：1. 新车购置补贴申请表.docx', '2. 参与活动汽车销售企业名单.xlsx'].join('\n'))
    expect(onHead.slice(4).map(([k]) => k)).toEqual(['chrome', 'chrome'])
    const titles = classify([...notice, '附件：', '1. 新车购置补贴申请表', '2. 参与活动汽车销售企业名单'].join('\n'))
    expect(titles.slice(4).map(([k]) => k)).toEqual(['body', 'body', 'body'])
  })
})

describe('layout: a table set into the body', () => {
  const opening = [
    '关于促进汽车消费的若干措施解读',
    '发布时间：2023-03-15 10:20 来源：市商务局',
    '近日，市人民政府办公室印发了促进汽车消费的若干措施，现就有关内容解读如下，请广大市民和企业关注并积极参与。',
    '措施共五条，主要包括新车购置补贴、以旧换新奖励、新能源汽车充电优惠等内容，新车购置补贴按照车辆价格分档发放，具体标准如下：',
  ]
  const cells = ['车辆价格（含税）', '燃油车补贴', '新能源车补贴', '10万元以下', '2000元', '3000元', '10万（含）—20万元', '3000元', '5000元', '30万元（含）以上', '5000元', '8000元']
  const going = [
    '个人消费者报废或转出本人名下旧车，并在本市购买新车的，在上述补贴基础上再给予2000元奖励，奖励资金随购车补贴一并发放。',
    '三、实施期限',
    '措施自2023年3月20日起实施，至2023年12月31日止，补贴资金总额1.5亿元，用完即止，具体以官方公布的数据为准。',
    '消费者在本市注册登记的汽车销售企业购车后，通过小程序提交购车发票、机动车登记证书等材料申领补贴，审核通过后发放。',
  ]

  test('cells one per line under `如下：`, measured values by column, with the article going on below: the body\'s', () => {
    const kinds = classify([...opening, ...cells, ...going, '【打印】【关闭】'].join('\n'))
    expect(kinds.slice(2, -1).map(([k]) => k)).toEqual(Array(2 + cells.length + going.length).fill('body'))
    // The run may stop above the cells as well as start below them: more prose above, the same table and prose below.
    const more = ['汽车消费是稳增长、扩内需的重要抓手。去年全市汽车零售额达到312亿元，占社会消费品零售总额的比重为11.4%，同比增长明显。', '为进一步释放汽车消费潜力，推动全市消费市场加快恢复，市商务局会同市财政局等部门研究制定了这些措施，经市政府同意后印发实施。']
    const above = classify([opening[0]!, opening[1]!, ...more, opening[2]!, ...more, opening[3]!, ...cells, ...going, '【打印】【关闭】'].join('\n'))
    expect(above.slice(2, -1).map(([k]) => k)).toEqual(Array(6 + cells.length + going.length).fill('body'))
  })

  test('no table without prose after it, without a header row, or with rows of words; the article\'s end stays where it was', () => {
    // Nothing goes on below: the cells are not the article's.
    const ended = classify([...opening, ...cells, '【打印】【关闭】'].join('\n'))
    expect(ended.slice(4, 4 + cells.length).map(([k]) => k)).not.toContain('body')
    // Rows of words (a menu, headlines) under `如下：` are no table of values.
    const words = ['政务公开', '政务服务', '互动交流', '专题专栏', '数据开放', '走进本市', '政策解读', '新闻发布', '办事指南']
    const menu = classify([...opening, ...words, ...going].join('\n'))
    expect(menu.slice(4, 4 + words.length).map(([k]) => k)).not.toContain('body')
    // A column count the cells do not fill (a cell short) is not read as a table.
    const ragged = classify([...opening, ...cells.slice(0, -1), ...going].join('\n'))
    expect(ragged.slice(4, 4 + cells.length - 1).map(([k]) => k)).not.toContain('body')
  })
})

describe('layout: the article element ends at an end mark', () => {
  test('below `END` the element\'s credits are not taken in, though the element runs on to its editor line', () => {
    const html = `<html><head><title>红外相机再次记录到野生金猫</title></head><body><div class="rich_media_content">
<h1>红外相机再次记录到野生金猫</h1>
<p>近日，保护区科研人员在整理今年第一季度红外相机数据时，发现了一段野生金猫的活动影像，这是该物种时隔三年再次被记录。</p>
<p>影像拍摄于3月27日凌晨4时许，地点位于保护区核心区海拔1800米左右的常绿阔叶林中，画面中的金猫体态健壮。</p>
<p>下一步，保护区将在金猫出没区域加密布设红外相机，进一步掌握其种群数量、活动规律和栖息地利用情况。</p>
<p>END</p>
<p>文字：杨帆<br>图片：保护区科研监测科<br>审核：赵建国</p>
</div></body></html>`
    const body = cleanPage(html).body
    expect(body.at(-1)).toMatch(/^下一步/)
    expect(body.join('\n')).not.toMatch(/END|保护区科研监测科/)
  })
})
