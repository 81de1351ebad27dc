import { describe, expect, test } from 'vitest'
import { classifyBlocks } from '../src/classify/index.js'
import { convertBlocks } from '../src/convert.js'
import { resolveOptions } from '../src/options.js'
import { parseText } from '../src/parse/text.js'

const classify = (lines: string[]): [string, string, string][] =>
  classifyBlocks(convertBlocks(parseText(lines.join('\n')), 'tw2s', false), resolveOptions()).map((b) => [b.kind, b.rule ?? '', b.text])
const kindsOf = (kinds: [string, string, string][], text: string): string[] => kinds.filter(([, , t]) => t === text).map(([k]) => k)

const article = [
  '休渔期首日 千余艘渔船回港',
  '2024-05-01 19:42 来源：海峡卫视',
  '5月1日12时起，东海海域进入为期三个半月的伏季休渔期。当天上午，闽东沿海各大渔港陆续迎来返港渔船，千余艘渔船整齐停泊。',
  '在北礵渔港，渔民们趁着休渔期开始检修船体、更换机器零件、修补渔网。渔民陈师傅说，一条船的渔网修补下来要花上十来天。',
  '记者从当地海洋与渔业部门了解到，休渔期间，渔政执法部门将加大海上巡查力度，严厉打击违规出海捕捞等行为。',
]
const heads = ['伏季休渔前夕 渔港码头鱼货交易忙', '渔政部门开展休渔期海上联合执法', '增殖放流放出渔业好钱景', '渔家女的第一堂船舶安全课']
const foot = '海峡卫视网 版权所有'

describe('card lists (q21b finding 2)', () => {
  test('a video list: a duration above and a play count below each headline are the card\'s, not breaks', () => {
    const cards = heads.flatMap((h, n) => [`0${n}:31`, h, `${n + 1}.1万次播放`])
    const kinds = classify([...article, '相关视频', ...cards, foot])
    for (const h of heads) expect(kindsOf(kinds, h)).toEqual(['related'])
    expect(kindsOf(kinds, '00:31')).toEqual(['chrome'])
    expect(kindsOf(kinds, '1.1万次播放')).toEqual(['chrome'])
  })

  test('a type badge above each headline is the card\'s; a section label (`专题`) is no badge', () => {
    const kinds = classify([...article, '相关推荐', ...heads.flatMap((h) => ['图文', h]), foot])
    for (const h of heads) expect(kindsOf(kinds, h)).toEqual(['related'])
    expect(kindsOf(kinds, '图文')).toEqual(['chrome', 'chrome', 'chrome', 'chrome'])
    // No badge, no card: two plain lines between headlines still end the list there.
    const plain = classify([...article, heads[0]!, heads[1]!, '网站地图', '联系我们', heads[2]!, foot])
    expect(kindsOf(plain, heads[2]!)).toEqual(['chrome'])
  })

  test('a public account\'s `喜欢此内容的人还喜欢` is a related heading, and its cards\' account and 不喜欢 lines are furniture', () => {
    const cards = [heads[0]!, '青梧发布', '不喜欢', heads[1]!, '青梧发布', '不喜欢', heads[2]!, '青梧文旅', '不喜欢']
    const kinds = classify([...article, '喜欢此内容的人还喜欢', ...cards, foot])
    expect(kinds.find(([, , t]) => t === '喜欢此内容的人还喜欢')![1]).toMatch(/^CP205/u)
    for (const h of heads.slice(0, 3)) expect(kindsOf(kinds, h)).toEqual(['related'])
    expect(kindsOf(kinds, '青梧发布')).toEqual(['chrome', 'chrome'])
    expect(kindsOf(kinds, '不喜欢')).toEqual(['chrome', 'chrome', 'chrome'])
    expect(kinds.find(([, , t]) => t === '看过这篇文章的人还看了' )).toBeUndefined()
    expect(classify([...article, '看过这篇文章的人还看了', heads[0]!, foot]).find(([, , t]) => t === '看过这篇文章的人还看了')![1]).toMatch(/^CP205/u)
  })

  test('names in a column of a table (`韩钟恩` / `同 上`), no button or count beside them, are no card furniture', () => {
    const rows = ['05音乐美学', '韩钟恩', '同 上', '06现代音乐批评', '韩钟恩', '同 上', '07音乐教育学', '韩钟恩', '同 上']
    const kinds = classify([...article, ...rows, foot])
    for (const r of ['05音乐美学', '06现代音乐批评']) expect(kindsOf(kinds, r)).toEqual(['chrome'])
  })
})

describe('topic box heading in a bulleted list (q21a finding 9)', () => {
  const items = ['·清宁高速公路二期工程进展顺利 (09-18)', '·我市农村公路建设通过省级验收 (09-10)']
  const topic = ['·图片回顾：清河60年城市变迁', '·老照片里的清河大桥', '·六十年，我家的出行史']
  test('a line without the shared bullet ending in 专题/专栏 is the box heading, not an item', () => {
    const kinds = classify([...article, '相关文章：', ...items, '国庆60周年专题', ...topic, foot])
    expect(kindsOf(kinds, '国庆60周年专题')).toEqual(['chrome'])
    for (const t of [...items, ...topic]) expect(kindsOf(kinds, t)).toEqual(['related'])
  })
  test('with no shared bullet, or not naming a topic box, it stays a headline', () => {
    const bare = classify([...article, '相关文章：', ...items.map((t) => t.slice(1)), '国庆60周年专题', ...topic.map((t) => t.slice(1)), foot])
    expect(kindsOf(bare, '国庆60周年专题')).toEqual(['related'])
    const headline = classify([...article, '相关文章：', ...items, '国庆60周年庆典在清河广场隆重举行', ...topic, foot])
    expect(kindsOf(headline, '国庆60周年庆典在清河广场隆重举行')).toEqual(['related'])
  })
})

describe('a comment section stops at a new box heading (q21a finding 10)', () => {
  const replay = ['图文直播｜临江二桥主桥合龙', '图文直播｜2019年中考首日直击']
  test('the first item under `直播回顾` after the comment box is a related headline', () => {
    const kinds = classify([...article, '网友评论', '已有 0 条评论', '发表', '直播回顾', ...replay, foot])
    for (const r of replay) expect(kindsOf(kinds, r)).toEqual(['related'])
  })
  test('a comment line that is no box heading keeps the comment section open', () => {
    const kinds = classify([...article, '网友评论', '已有 2 条评论', '老王说两句', ...replay, foot])
    expect(kinds.find(([, , t]) => t === replay[0])![1]).toMatch(/^CP511/u)
  })
})

describe('small boxes of no headlines below the article (q23)', () => {
  test('a poll\'s heading, question and options are no related headlines; a list under the next heading is', () => {
    const kinds = classify([...article, '相关新闻', heads[0]!, heads[1]!, '网上调查', '您所在的小区积水严重吗？', '严重 一般 没有', '热点新闻', heads[2]!, heads[3]!, foot])
    for (const line of ['网上调查', '您所在的小区积水严重吗？', '严重 一般 没有']) expect(kindsOf(kinds, line)).toEqual(['chrome'])
    for (const h of heads) expect(kindsOf(kinds, h)).toEqual(['related'])
  })

  test('the box covers a few lines only: a headline list further down with no heading of its own is read again', () => {
    const kinds = classify([...article, '在线调查', '统计数据', '网站地图', '联系我们', '交通运行', heads[0]!, heads[1]!, heads[2]!, foot])
    for (const h of heads.slice(0, 3)) expect(kindsOf(kinds, h)).toEqual(['related'])
  })

  test('the columns a post was filed in: the column\'s name and blurb are no headlines', () => {
    const kinds = classify([...article, '文章被以下专栏收录', '城市更新笔记', '记录城市里正在发生的变化', '进入专栏', '推荐阅读', heads[0]!, heads[1]!, foot])
    expect(kindsOf(kinds, '城市更新笔记')).toEqual(['chrome'])
    expect(kindsOf(kinds, '记录城市里正在发生的变化')).toEqual(['chrome'])
    for (const h of heads.slice(0, 2)) expect(kindsOf(kinds, h)).toEqual(['related'])
  })
})

describe('cards with a summary (q23)', () => {
  test('a summary under the writer\'s name under each headline is the card\'s, not an item', () => {
    const cards = heads.flatMap((h, n) => [h, ['林深', '街角研究所', '规划师老周', '林深'][n]!, `说到第${n + 1}件事，很多人第一反应是钱的问题，但在我走访的小区里……`])
    const kinds = classify([...article, '推荐阅读', ...cards, foot])
    for (const h of heads) expect(kindsOf(kinds, h)).toEqual(['related'])
    expect(kinds.filter(([k, , t]) => k === 'related' && t.startsWith('说到'))).toEqual([])
  })

  test('in a list of headline and summary cards, a summary cut off with no ellipsis is the card\'s too; long headlines alone are items', () => {
    const summaries = ['榕江县的乡村足球超级联赛近日开赛，比赛吸引了大批游客前来观赛，当地……', '在黔东南的多所中小学，独竹漂、陀螺等民族传统体育项目走进了体育课堂……',
      '专家认为，网红景点要把流量转化为长久的客流，关键在于完善服务和管理技术']
    const kinds = classify([...article, '相关文章', ...heads.slice(0, 3).flatMap((h, n) => [h, summaries[n]!]), foot])
    for (const h of heads.slice(0, 3)) expect(kindsOf(kinds, h)).toEqual(['related'])
    for (const s of summaries) expect(kindsOf(kinds, s)).toEqual(['chrome'])
    const long = ['专家认为，网红景点要把流量转化为长久的客流', '记者调查：老旧小区改造，居民最关心这三件事', '暑期档电影票房破百亿，国产片占比超八成']
    const plain = classify([...article, '相关文章', ...long, foot])
    for (const h of long) expect(kindsOf(plain, h)).toEqual(['related'])
  })

  test('the post\'s own date line under the article is no headline, nor does it make one of the line after it', () => {
    const kinds = classify([...article, '编辑于 2024-05-01 19:42・IP 属地福建', '休渔 渔港 渔民', '相关推荐', heads[0]!, heads[1]!, foot])
    expect(kindsOf(kinds, '编辑于 2024-05-01 19:42・IP 属地福建')).toEqual(['chrome'])
    for (const h of heads.slice(0, 2)) expect(kindsOf(kinds, h)).toEqual(['related'])
  })
})

describe('footer lines right under a related list (q24a finding 3)', () => {
  test('a link box\'s label with its links on the line, and an operator set apart from 主办 with the address, end the list', () => {
    for (const footer of ['友情链接：中国渔业协会 福建省海洋与渔业局', '海峡卫视网 主办　地址：福州市鼓楼区五四路72号', '海峡卫视网 主办']) {
      const kinds = classify([...article, '相关新闻', ...heads.slice(0, 3), footer, foot])
      for (const h of heads.slice(0, 3)) expect(kindsOf(kinds, h)).toEqual(['related'])
      expect(kindsOf(kinds, footer)).toEqual(['chrome'])
    }
  })

  test('a headline naming a host, or opening with a box\'s word and no colon, is left to the list', () => {
    const host = '我市主办全省青年创业大赛'
    const kinds = classify([...article, '相关新闻', ...heads.slice(0, 2), host, foot])
    expect(kindsOf(kinds, host)).toEqual(['related'])
    const chained = '合作伙伴计划启动 三十家渔企入驻'
    expect(kindsOf(classify([...article, '相关新闻', ...heads.slice(0, 2), chained, foot]), chained)).toEqual(['related'])
  })
})

describe('a side box after the related list (q24a finding 1)', () => {
  const side = ['全省城市天气预报', '未来三天天气']
  test('once a list under a related header is taken, a later box of service links under its own heading is not more of it', () => {
    const kinds = classify([...article, '相关新闻', ...heads.slice(0, 3), '天气预报', ...side, foot])
    for (const h of heads.slice(0, 3)) expect(kindsOf(kinds, h)).toEqual(['related'])
    for (const s of side) expect(kindsOf(kinds, s)).toEqual(['chrome'])
  })

  test('a later box under a related header of its own, or a box with no related list above it, is still taken', () => {
    const second = classify([...article, '相关新闻', ...heads.slice(0, 2), '热门文章', ...heads.slice(2, 4), foot])
    for (const h of heads) expect(kindsOf(second, h)).toEqual(['related'])
    const alone = classify([...article, '本地要闻', ...heads.slice(0, 3), foot])
    for (const h of heads.slice(0, 3)) expect(kindsOf(alone, h)).toEqual(['related'])
    // A later box of headlines under any heading is the page's news still.
    const headlines = classify([...article, '相关新闻', ...heads.slice(0, 2), '渔港风采', ...heads.slice(2, 4), foot])
    for (const h of heads) expect(kindsOf(headlines, h)).toEqual(['related'])
  })
})

describe('cards with a one-sentence dek (q24a finding 2)', () => {
  const deks = ['记录一次为期三个月的稳定性专项，从崩溃日志聚类讲起。', '设计师团队期待已久的功能终于来了。', '块大小选多少合适？我们的实验数据都在这里。']
  test('under a related header, headline / sentence pairs repeated are cards: the headlines are items, the sentences no breaks', () => {
    const kinds = classify([...article, '推荐阅读', ...heads.slice(0, 3).flatMap((h, n) => [h, deks[n]!]), foot])
    for (const h of heads.slice(0, 3)) expect(kindsOf(kinds, h)).toEqual(['related'])
    for (const d of deks) expect(kindsOf(kinds, d)).toEqual(['chrome'])
  })

  test('one pair is no card list: the sentence under the first headline still ends the list', () => {
    const kinds = classify([...article, '推荐阅读', heads[0]!, deks[0]!, heads[1]!, foot])
    expect(kindsOf(kinds, heads[0]!)).toEqual(['related'])
    expect(kindsOf(kinds, heads[1]!)).toEqual(['chrome'])
  })
})
