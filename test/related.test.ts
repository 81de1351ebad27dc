import { describe, expect, test } from 'vitest'
import { extractRelated } from '../src/extract/related.js'
import { makeBlock } from '../src/options.js'
import { cleanPage } from '../src/pipeline.js'
import type { Block, BlockKind } from '../src/types.js'

/** Blocks of the given kind and rule, keyed as the fold stage keys them (NFKC; the tests' text is Simplified). */
const blocks = (rows: [BlockKind, string, string?][]): Block[] =>
  rows.map(([kind, text, rule], i) => ({ ...makeBlock(text, i + 1), key: text.normalize('NFKC'), kind, rule }))
const titles = (rows: [BlockKind, string, string?][], articleDate: string | null = null): string[] =>
  extractRelated(blocks(rows), articleDate).map((item) => item.title)

const PREV_NEXT = 'CP212 prev-next'
const BODY: [BlockKind, string] = ['body', '正文第一段，说了一件事。']

describe('上一篇/下一篇: the articles before and after this one are related headlines', () => {
  test('the label goes, with or without a colon or brackets, in page order before the list below', () => {
    expect(titles([
      BODY,
      ['chrome', '上一篇：我市今年将新建农村公路800公里', PREV_NEXT],
      ['chrome', '【下一篇】市区春季招聘会提供岗位1.2万个', PREV_NEXT],
      ['chrome', '< 前一篇六月的第一场雨', PREV_NEXT],
      ['chrome', '下一篇文章：高三年级召开期中考试动员大会 »', PREV_NEXT],
      ['related', '省里出台清欠农民工工资十条措施'],
    ])).toEqual(['我市今年将新建农村公路800公里', '市区春季招聘会提供岗位1.2万个', '六月的第一场雨', '高三年级召开期中考试动员大会', '省里出台清欠农民工工资十条措施'])
  })

  test('a line holding both is split at the second label, glued on or spaced', () => {
    expect(titles([BODY, ['chrome', '上一篇：城市更新如何留住烟火气下一篇：15分钟生活圈建设进入“提质”阶段', PREV_NEXT]]))
      .toEqual(['城市更新如何留住烟火气', '15分钟生活圈建设进入“提质”阶段'])
    expect(titles([BODY, ['chrome', '上一篇：县农技站举办水稻高产栽培培训班 下一篇：油菜病虫害防治进入关键期', PREV_NEXT]]))
      .toEqual(['县农技站举办水稻高产栽培培训班', '油菜病虫害防治进入关键期'])
  })

  test('a headline speaking of 下一篇 is not cut there', () => {
    expect(titles([BODY, ['chrome', '上一篇：如何写好下一篇文章 作文老师支招', PREV_NEXT]])).toEqual(['如何写好下一篇文章 作文老师支招'])
  })

  test('no-target words are no headline', () => {
    expect(titles([
      BODY,
      ['chrome', '上一篇：没有了', PREV_NEXT],
      ['chrome', '下一篇：无', PREV_NEXT],
      ['chrome', '上一篇：已是第一篇', PREV_NEXT],
      ['chrome', '下一篇：已经是最后一篇了', PREV_NEXT],
      ['chrome', '上一篇：暂无 下一篇：没有下一篇了', PREV_NEXT],
    ])).toEqual([])
  })

  test('a label alone takes the headline the dump put on the next line', () => {
    expect(titles([
      BODY,
      ['chrome', '上一篇：', PREV_NEXT],
      ['chrome', '江城地铁4号线二期工程进入铺轨阶段', 'CP503 after-body'],
      ['chrome', '下一篇：春季招聘会本周六在会展中心举行', PREV_NEXT],
    ])).toEqual(['江城地铁4号线二期工程进入铺轨阶段', '春季招聘会本周六在会展中心举行'])
  })

  test('above the article they are the site\'s navigation; 上一页/下一页 are a page\'s, not an article', () => {
    expect(titles([
      ['chrome', '上一篇：站点导航里的一条旧闻标题', PREV_NEXT],
      BODY,
      ['chrome', '上一页：', PREV_NEXT],
      ['chrome', '下一页', 'CP206 ui-words'],
    ])).toEqual([])
  })

  test('through the pipeline, both modes', () => {
    const text = cleanPage([
      '我市建立农民工工资保障金制度', '2008-03-20 09:12 来源：淮海日报',
      '本报讯 为从源头上解决拖欠农民工工资问题，我市日前出台办法，在全市建设领域建立农民工工资保障金制度。',
      '办法规定，新开工项目须在开工前按工程合同价款的一定比例缴存保障金，工程竣工且无拖欠后全额退还。',
      '上一篇：我市今年将新建农村公路800公里', '下一篇：没有了', '相关新闻', '省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元',
    ].join('\n'))
    expect(text.related.map((r) => r.title)).toEqual(['我市今年将新建农村公路800公里', '省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元'])
    const html = cleanPage(`<html><body><h1>我市建立农民工工资保障金制度</h1><p>2008-03-20 09:12 来源：淮海日报</p>
<p>本报讯 为从源头上解决拖欠农民工工资问题，我市日前出台办法，在全市建设领域建立农民工工资保障金制度。</p>
<p>办法规定，新开工项目须在开工前按工程合同价款的一定比例缴存保障金，工程竣工且无拖欠后全额退还。</p>
<table><tr><td>上一篇：我市今年将新建农村公路800公里 下一篇：市区春季招聘会提供岗位1.2万个</td></tr></table></body></html>`)
    expect(html.related.map((r) => r.title)).toEqual(['我市今年将新建农村公路800公里', '市区春季招聘会提供岗位1.2万个'])
  })
})

describe('上一篇/下一篇: what is no target', () => {
  test('a row of labels whose text the dump lost takes nothing, not the tool row under it', () => {
    expect(titles([BODY, ['chrome', '[上一篇] [下一篇]', PREV_NEXT], ['chrome', '【评论】【推荐】【大 中 小】【打印】【关闭】', 'CP503 after-body']])).toEqual([])
  })

  test('a headline keeps its own characters when folding would change them (℃ is °C in the key)', () => {
    expect(titles([BODY, ['chrome', '下一篇：江苏发布高温橙色预警 多地最高气温超38℃', PREV_NEXT]])).toEqual(['江苏发布高温橙色预警 多地最高气温超38℃'])
  })
})

describe('related items set into the article', () => {
  const MORE: [BlockKind, string] = ['body', '正文第二段，又说了一件事。']

  test('a one-line list\'s headlines and an inline box\'s items join the list in page order', () => {
    expect(titles([
      BODY,
      ['chrome', '延伸阅读', 'CP205 related-heading'],
      ['chrome', '“双减”政策落地满月 校外培训机构压减过半', 'CP516 inline-box'],
      ['chrome', '·作业不出校门，这所学校是怎么做到的', 'CP516 inline-box'],
      MORE,
      ['chrome', '相关阅读：新能源汽车购置税减免政策延续　多地发放汽车消费券  充电桩建设提速', 'CP218 inline-related'],
      ['chrome', '【相关新闻】我省出台义务教育阶段作业管理十条规定', 'CP218 inline-related'],
      MORE,
      ['related', '教师参与课后服务可获补助'],
    ])).toEqual([
      '“双减”政策落地满月 校外培训机构压减过半', '作业不出校门，这所学校是怎么做到的', '新能源汽车购置税减免政策延续', '多地发放汽车消费券',
      '充电桩建设提速', '我省出台义务教育阶段作业管理十条规定', '教师参与课后服务可获补助',
    ])
  })

  test('one space is a headline\'s own; other chrome in the article is no item', () => {
    expect(titles([
      BODY,
      ['chrome', '相关阅读：元宵灯会开放预约 每日限流3万人', 'CP218 inline-related'],
      ['chrome', '推荐阅读：国足客场 2:1 胜巴林', 'CP218 inline-related'],
      ['chrome', '（图/刘子航 审核/周明）', 'CP214 caption'],
      MORE,
    ])).toEqual(['元宵灯会开放预约 每日限流3万人', '国足客场 2:1 胜巴林'])
  })

  test('the space repair leaves one space between a one-line list\'s headlines: three or more pieces of headline length split', () => {
    expect(titles([BODY, ['chrome', '相关阅读：新能源汽车购置税减免政策延续 多地发放汽车消费券 充电桩建设提速', 'CP218 inline-related']]))
      .toEqual(['新能源汽车购置税减免政策延续', '多地发放汽车消费券', '充电桩建设提速'])
  })
})

describe('what a list prints around a headline is cut off', () => {
  const related = (lines: string[], articleDate: string | null = null) => titles(lines.map((t) => ['related', t] as [BlockKind, string]), articleDate)
  const items = (lines: string[], articleDate: string | null = null) =>
    extractRelated(blocks(lines.map((t) => ['related', t] as [BlockKind, string])), articleDate)

  test('a month and day in brackets glued on, dashed or slashed, in a list that prints two or more so', () => {
    expect(items(['城东新村首部加装电梯投入使用(12-28)', '我市出台既有住宅加装电梯实施办法（11-06）', '长照人力荒[01/03]'], '2019-01-05T10:00')).toEqual([
      { title: '城东新村首部加装电梯投入使用', publishedAt: '2018-12-28' },
      { title: '我市出台既有住宅加装电梯实施办法', publishedAt: '2018-11-06' },
      { title: '长照人力荒', publishedAt: '2019-01-03' },
    ])
    // Without the article's year the tail still goes; one alone, or a score, is the headline's own.
    expect(related(['长照人力荒(08/30)', '独老送餐(08/29)'])).toEqual(['长照人力荒', '独老送餐'])
    expect(related(['女排决胜局(25-23)', '男排决胜局(15-13)'], '2019-01-05')).toEqual(['女排决胜局(25-23)', '男排决胜局(15-13)'])
    expect(related(['市运会游泳比赛(10-12)', '国庆出游 这份健康提示请收好'], '2019-01-05')).toEqual(['市运会游泳比赛(10-12)', '国庆出游 这份健康提示请收好'])
    // A full date in brackets glued after it, as 2000s portals print it (a series' part number stays).
    expect(items(['少年时代(1)(2004/10/10 17:06)', '三度开除(2)(2004/10/10 17:06)'])).toEqual([
      { title: '少年时代(1)', publishedAt: '2004-10-10T17:06' },
      { title: '三度开除(2)', publishedAt: '2004-10-10T17:06' },
    ])
    // In brackets before the headline, as 2000s list templates print it; a Big5 page's bullet (‧) goes too.
    expect(items(['[09-14] 华骏C5将于今日上市 预售8.8万元起', '[09-10] 8月国内乘用车销量同比增长近四成', '‧华骏汽车第二工厂正式投产'], '2010-09-15T10:00')).toEqual([
      { title: '华骏C5将于今日上市 预售8.8万元起', publishedAt: '2010-09-14' },
      { title: '8月国内乘用车销量同比增长近四成', publishedAt: '2010-09-10' },
      { title: '华骏汽车第二工厂正式投产', publishedAt: null },
    ])
    // Before the headline with its time, and a hot list's heat after it.
    expect(items(['10-19 14:20食品饮料板块午后走强 白酒股集体反弹', '10-18 20:05川南名酒：前三季度净利润同比增长36.5%'], '2018-10-20T09:00')).toEqual([
      { title: '食品饮料板块午后走强 白酒股集体反弹', publishedAt: '2018-10-19T14:20' },
      { title: '川南名酒：前三季度净利润同比增长36.5%', publishedAt: '2018-10-18T20:05' },
    ])
    // Glued before the headline with nothing between, when every line of the run opens so; a headline's own figure stays.
    expect(items(['08-13我市启动防风Ⅱ级应急响应', '08-14阳西沿海渔船全部回港避风', '08-14暴雨过后 如何做好防疫消毒?'], '2013-08-14T22:10')).toEqual([
      { title: '我市启动防风Ⅱ级应急响应', publishedAt: '2013-08-13' },
      { title: '阳西沿海渔船全部回港避风', publishedAt: '2013-08-14' },
      { title: '暴雨过后 如何做好防疫消毒?', publishedAt: '2013-08-14' },
    ])
    expect(items(['12-28城东新村加装电梯投入使用', '01-03我市出台加装电梯办法'], null)).toEqual([
      { title: '城东新村加装电梯投入使用', publishedAt: null },
      { title: '我市出台加装电梯办法', publishedAt: null },
    ])
    expect(related(['10-12岁儿童近视率上升', '市运会游泳比赛今日开幕'], '2019-01-05')).toEqual(['10-12岁儿童近视率上升', '市运会游泳比赛今日开幕'])
    expect(related(['08-13我市启动防风Ⅱ级应急响应', '阳西沿海渔船全部回港避风'], '2013-08-14')).toEqual(['08-13我市启动防风Ⅱ级应急响应', '阳西沿海渔船全部回港避风'])
    expect(related(['08-13我市启动防风Ⅱ级应急响应'], '2013-08-14')).toEqual(['08-13我市启动防风Ⅱ级应急响应'])
    expect(related(['10-12岁儿童近视率上升', '08-15度的温差如何穿衣'], '2019-01-05')).toEqual(['10-12岁儿童近视率上升', '08-15度的温差如何穿衣'])
    expect(related(['林一诺晒海边生活照 网友：黑了好多98.2万', '《青春不散场》重映 票房超预期76.5万', '歌手谭小舟新专辑预售破十万张51.3万']))
      .toEqual(['林一诺晒海边生活照 网友：黑了好多', '《青春不散场》重映 票房超预期', '歌手谭小舟新专辑预售破十万张'])
    expect(related(['县域经济规模突破3.5万', '乡村旅游接待游客数创新高'])).toEqual(['县域经济规模突破3.5万', '乡村旅游接待游客数创新高'])
    // With its time in the brackets too.
    expect(items(['城运会男篮半决赛 东陵队大胜海州队 (07/24 21:35)', '城运会女篮铜牌战 江城女篮负于滨海队 (07/26 17:10)'], '2008-07-27T09:00')).toEqual([
      { title: '城运会男篮半决赛 东陵队大胜海州队', publishedAt: '2008-07-24T21:35' },
      { title: '城运会女篮铜牌战 江城女篮负于滨海队', publishedAt: '2008-07-26T17:10' },
    ])
  })

  test('a rank set apart by a space in a run counting up; a headline\'s own figure stays', () => {
    expect(related(['1 5月起市区12条公交线路调整', '2 江州今年中考体育考试方案公布', '3 市民公园改造工程下月开工'])).toEqual(['5月起市区12条公交线路调整', '江州今年中考体育考试方案公布', '市民公园改造工程下月开工'])
    expect(related(['1 5月起市区12条公交线路调整', '2 江州今年中考体育考试方案公布'])).toEqual(['1 5月起市区12条公交线路调整', '2 江州今年中考体育考试方案公布'])
    expect(related(['3 名游客被困山顶获救', '20 万人次参观', '5G基站建设提速'])).toEqual(['3 名游客被困山顶获救', '20 万人次参观', '5G基站建设提速'])
  })

  test('a two-digit number before a figure in a run counting up; 3.15 outside one stays', () => {
    expect(related(['01.电影节红毯星光熠熠 新人演员抢眼', '02.金海鸥奖评委名单揭晓', '03.10部国产片扎堆暑期档', '04.经典修复老片首映一票难求']))
      .toEqual(['电影节红毯星光熠熠 新人演员抢眼', '金海鸥奖评委名单揭晓', '10部国产片扎堆暑期档', '经典修复老片首映一票难求'])
    expect(related(['01.电影节红毯星光熠熠', '03.10部国产片扎堆暑期档', '3.15晚会曝光多家企业'])).toEqual(['电影节红毯星光熠熠', '03.10部国产片扎堆暑期档', '3.15晚会曝光多家企业'])
  })

  test('a run\'s next rank glued to a headline opening with a figure; outside such a run the figure stays', () => {
    expect(related(['01《山海行歌》新实机演示公布', '02青木工作室专访：我们想做一款动作游戏', '03《山海行歌》封闭测试招募开启', '042025年上半年值得期待的国产游戏盘点']))
      .toEqual(['《山海行歌》新实机演示公布', '青木工作室专访：我们想做一款动作游戏', '《山海行歌》封闭测试招募开启', '2025年上半年值得期待的国产游戏盘点'])
    expect(related(['1多地高考成绩将于下周公布', '2夏季吃西瓜的几个误区', '3市民公园改造工程下月开工', '42025年上半年值得期待的国产游戏盘点']))
      .toEqual(['多地高考成绩将于下周公布', '夏季吃西瓜的几个误区', '市民公园改造工程下月开工', '2025年上半年值得期待的国产游戏盘点'])
    expect(related(['1全球最大集装箱船在上海港首航', '2洋山港四期自动化码头年底开港', '32017年上半年全球班轮公司运力排名出炉', '4中欧班列开行数量突破5000列']))
      .toEqual(['全球最大集装箱船在上海港首航', '洋山港四期自动化码头年底开港', '2017年上半年全球班轮公司运力排名出炉', '中欧班列开行数量突破5000列'])
    // Only the expected rank: `5` is not the rank 3 a run of two expects, and a run of two is none.
    expect(related(['1多地高考成绩将于下周公布', '2夏季吃西瓜的几个误区', '52017年上半年值得期待的国产游戏盘点']))
      .toEqual(['1多地高考成绩将于下周公布', '2夏季吃西瓜的几个误区', '52017年上半年值得期待的国产游戏盘点'])
    expect(related(['1多地高考成绩将于下周公布', '22017年上半年值得期待的国产游戏盘点'])).toEqual(['1多地高考成绩将于下周公布', '22017年上半年值得期待的国产游戏盘点'])
  })

  test('a month or a day opening each headline is no rank, even counting up', () => {
    expect(related(['1月全市居民消费价格同比上涨1.2%', '2月全市居民消费价格同比上涨0.8%', '3月全市居民消费价格同比持平']))
      .toEqual(['1月全市居民消费价格同比上涨1.2%', '2月全市居民消费价格同比上涨0.8%', '3月全市居民消费价格同比持平'])
    expect(related(['042025年上半年值得期待的国产游戏盘点', '2025年国产游戏出海报告发布'])).toEqual(['042025年上半年值得期待的国产游戏盘点', '2025年国产游戏出海报告发布'])
  })

  test('a chart\'s place, set apart: TOP1, NO.1, 第3名; TOP10 glued on is the headline\'s', () => {
    expect(related(['TOP1 青鸟乐队宣布启动十周年巡演', 'NO.2 电视剧《海上灯塔》收视夺冠', '第3名 暑期档动画电影定档7月', 'TOP10榜单公布 流行乐坛新人辈出']))
      .toEqual(['青鸟乐队宣布启动十周年巡演', '电视剧《海上灯塔》收视夺冠', '暑期档动画电影定档7月', 'TOP10榜单公布 流行乐坛新人辈出'])
  })

  test('a count in brackets two or more headlines carry; a series\' part numbers stay', () => {
    expect(related(['青鸟乐队宣布启动十周年巡演 (3521)', '电视剧《海上灯塔》收视夺冠 (2987)'])).toEqual(['青鸟乐队宣布启动十周年巡演', '电视剧《海上灯塔》收视夺冠'])
    expect(related(['红色记忆寻访（1）', '红色记忆寻访（2）', '红色记忆寻访（12）'])).toEqual(['红色记忆寻访（1）', '红色记忆寻访（2）', '红色记忆寻访（12）'])
    expect(related(['读书笔记(1)', '旅行日记(2)'])).toEqual(['读书笔记(1)', '旅行日记(2)'])
    expect(related(['青鸟乐队宣布启动十周年巡演 (3521)', '电视剧《海上灯塔》收视夺冠'])).toEqual(['青鸟乐队宣布启动十周年巡演 (3521)', '电视剧《海上灯塔》收视夺冠'])
  })

  test('comment and read counts set apart or bracketed; glued on they are the line\'s words', () => {
    expect(related(['白茶收藏热背后的理性思考 (12条评论)', '岩茶“山场”之争该如何看 9条评论', '春季茶园管理要点 阅读 3521', '冬茶上市 1.2万人看过', '《春茶开采推迟一周》上有2条评论']))
      .toEqual(['白茶收藏热背后的理性思考', '岩茶“山场”之争该如何看', '春季茶园管理要点', '冬茶上市', '《春茶开采推迟一周》上有2条评论'])
  })

  test('a post link\'s label no rule read, and a text browser\'s link number', () => {
    expect(related(['上一篇 今年茶博会展位预订过半', '上一篇 上一篇文章： 大理古城：人民路上的慢时光', '[17]市市场监管局开展中秋月饼质量专项抽检', '上篇小说连载完结']))
      .toEqual(['今年茶博会展位预订过半', '大理古城：人民路上的慢时光', '市市场监管局开展中秋月饼质量专项抽检', '上篇小说连载完结'])
  })
})

describe('the line under a headline that is no headline', () => {
  const items = (rows: [BlockKind, string, string?][], articleDate: string | null = '2026-01-14T10:20') => extractRelated(blocks(rows), articleDate)

  test('a date with its outlet or a counter, or alone, dates the headline above and is no item', () => {
    expect(items([
      BODY,
      ['related', '低空经济“飞”入寻常百姓家'], ['related', '新华网 2023-05-12 10:20'],
      ['related', '无人机送快递，山区群众点赞'], ['related', '经济日报　2023-04-03 07:40'],
      ['related', '东州今冬首场降雪 环卫工人连夜清雪'], ['related', '2026-01-12评论 36'],
      ['related', '北山冰雪公园门票预约指南'], ['related', '2026-01-10 星期六'],
    ])).toEqual([
      { title: '低空经济“飞”入寻常百姓家', publishedAt: '2023-05-12T10:20' },
      { title: '无人机送快递，山区群众点赞', publishedAt: '2023-04-03T07:40' },
      { title: '东州今冬首场降雪 环卫工人连夜清雪', publishedAt: '2026-01-12' },
      { title: '北山冰雪公园门票预约指南', publishedAt: '2026-01-10' },
    ])
  })

  test('a clock, a video\'s length, a time ago or a counter is no item and dates nothing', () => {
    expect(items([
      BODY,
      ['related', '[视频]东州发布暴雨橙色预警 部分学校停课'], ['related', '01:30'],
      ['related', '元宵灯会开放预约 每日限流3万人'], ['related', '2小时前 东海新闻'],
      ['related', '返程高峰来了，这份出行提示请收好'], ['related', '阅读 3521'],
      ['related', '全球晶圆代工产能吃紧 涨价潮蔓延'], ['related', '深科技观察 · 3小时前'],
    ])).toEqual([
      { title: '[视频]东州发布暴雨橙色预警 部分学校停课', publishedAt: null },
      { title: '元宵灯会开放预约 每日限流3万人', publishedAt: null },
      { title: '返程高峰来了，这份出行提示请收好', publishedAt: null },
      { title: '全球晶圆代工产能吃紧 涨价潮蔓延', publishedAt: null },
    ])
  })

  test('taken for a field or chrome by a rule, right under an item, it still dates the item; a dated headline is no such line', () => {
    expect(items([
      BODY,
      ['related', '东州今冬首场降雪 环卫工人连夜清雪'], ['meta', '2026-01-12评论 36', 'CP302 date-line'],
      ['related', '[视频]城区低洼路段积水 交警现场疏导'], ['chrome', '01:37', 'CP503 after-body'],
      ['related', '长照人力荒 2010-08-30'], ['related', '独老送餐 2010-08-29'],
    ])).toEqual([
      { title: '东州今冬首场降雪 环卫工人连夜清雪', publishedAt: '2026-01-12' },
      { title: '[视频]城区低洼路段积水 交警现场疏导', publishedAt: null },
      { title: '长照人力荒', publishedAt: '2010-08-30' },
      { title: '独老送餐', publishedAt: '2010-08-29' },
    ])
    // Not under an item: the article's own date line is nobody's.
    expect(items([['meta', '2026-01-14 10:20 中国新闻网', 'CP302 date-line'], BODY])).toEqual([])
  })
})

describe('the list as a whole', () => {
  test('the article\'s own title is no related headline (a 最新文章 widget lists the article itself)', () => {
    const rows = blocks([BODY, ['related', '春茶开采推迟一周 茶农：品质比往年好'], ['related', '茶叶电商直播带货成新潮流']])
    expect(extractRelated(rows, null, undefined, '春茶开采推迟一周　茶农:品质比往年好').map((i) => i.title)).toEqual(['茶叶电商直播带货成新潮流'])
    expect(extractRelated(rows, null, undefined, null).map((i) => i.title)).toEqual(['春茶开采推迟一周 茶农：品质比往年好', '茶叶电商直播带货成新潮流'])
  })

  test('a headline listed twice is one item, where it first stands, with the date a later copy gives', () => {
    expect(extractRelated(blocks([
      BODY,
      ['chrome', '上一篇：冬季取暖用电防火“十不要”', PREV_NEXT],
      ['related', '老年人居家消防安全小常识'],
      ['related', '冬季取暖用电防火“十不要” 2023-01-12'],
    ]))).toEqual([
      { title: '冬季取暖用电防火“十不要”', publishedAt: '2023-01-12' },
      { title: '老年人居家消防安全小常识', publishedAt: null },
    ])
  })

  test('through the pipeline: the page\'s title is left out of its own list', () => {
    const result = cleanPage([
      '春茶开采推迟一周 茶农：品质比往年好', '2016-03-28 09:00 来源：闽北日报',
      '受前期持续低温影响，今年武夷山春茶开采时间比往年推迟了一周左右。茶农们表示，虽然开采晚了，但茶叶品质比往年更好。',
      '据了解，今年春茶预计在4月上旬进入大面积采摘期，届时茶农们将迎来最忙碌的时节。',
      '最新文章', '春茶开采推迟一周 茶农：品质比往年好', '茶叶电商直播带货成新潮流', '高山茶园机械化采摘试点启动',
    ].join('\n'))
    expect(result.title).toBe('春茶开采推迟一周 茶农：品质比往年好')
    expect(result.related.map((r) => r.title)).toEqual(['茶叶电商直播带货成新潮流', '高山茶园机械化采摘试点启动'])
  })
})

describe('what the classifier keeps out of a list', () => {
  const ARTICLE = [
    '我市建立农民工工资保障金制度', '2008-03-20 09:12 来源：淮海日报',
    '本报讯 为从源头上解决拖欠农民工工资问题，我市日前出台办法，在全市建设领域建立农民工工资保障金制度。',
    '办法规定，新开工项目须在开工前按工程合同价款的一定比例缴存保障金，工程竣工且无拖欠后全额退还。',
  ]
  const relatedOf = (lines: string[]): string[] => cleanPage([...ARTICLE, ...lines].join('\n\n')).related.map((r) => r.title)

  test('a card\'s summary under each headline, with or without a date line under it, is no item', () => {
    expect(relatedOf(['更多动态', '恒泰农商银行召开2026年度工作会议', '会议总结了2025年经营发展情况，部署2026年重点工作任务……', '2026/02/10',
      '普惠金融服务站覆盖全市所有行政村', '目前该行已建成普惠金融服务站1360个，实现行政村全覆盖……', '2026/01/28']))
      .toEqual(['恒泰农商银行召开2026年度工作会议', '普惠金融服务站覆盖全市所有行政村'])
    expect(relatedOf(['相关推荐', '03-12', '我院获批省级胸痛中心示范基地', '近日，省胸痛中心联盟公布了2023年度省级胸痛中心示范基地名单，我院成功入选...',
      '03-02', '心血管内科举办心脏康复患者联谊会', '3月2日，心血管内科在门诊楼五楼多功能厅举办心脏康复患者联谊会，60余名患者参加...',
      'Copyright © 2024 云溪市第一人民医院 版权所有']))
      .toEqual(['我院获批省级胸痛中心示范基地', '心血管内科举办心脏康复患者联谊会'])
  })

  test('comments and their footers under a list, and a public account\'s counters, are no items', () => {
    expect(relatedOf([
      '相关推荐', '季后赛赛程公布：5月3日开战 总决赛移师西安', '星河战队官宣替补打野Moon上调一队',
      '热门评论(86)', '雷霆必胜', '这状态拿MVP实至名归，季后赛稳了', '4月12日 23:01 回复 赞 58',
      '星河老粉', '第一局打得多好，后面怎么就崩了……', '4月12日 23:05 回复 赞 31', '查看全部评论',
    ])).toEqual(['季后赛赛程公布：5月3日开战 总决赛移师西安', '星河战队官宣替补打野Moon上调一队'])
    expect(relatedOf(['往期推荐', '暑期儿童意外伤害高发，这份防护指南请收好', '孩子反复咳嗽，是不是得了过敏性咳嗽？', '阅读原文 阅读 2.1万 赞 136 在看 58']))
      .toEqual(['暑期儿童意外伤害高发，这份防护指南请收好', '孩子反复咳嗽，是不是得了过敏性咳嗽？'])
    expect(relatedOf(['相关链接：', '·我市去年再就业人数超过1.3万 (2005-1-12)', '·社区劳动保障服务站如何办理再就业优惠证 (2005-2-21)', '网友评论（以下评论仅代表网友个人观点）', '昵称：']))
      .toEqual(['我市去年再就业人数超过1.3万', '社区劳动保障服务站如何办理再就业优惠证'])
  })

  test('a schedule\'s rows under its heading are no items, in one line or split over two; a headline list after them is', () => {
    expect(relatedOf(['本栏目更多', '夏季用电高峰将至 供电部门提醒市民安全用电', '城东公交枢纽站下月投入使用', '今日节目单', '18:30 东江新闻', '19:35 民生直通车', '20:10 电视剧：家和万事兴（12）']))
      .toEqual(['夏季用电高峰将至 供电部门提醒市民安全用电', '城东公交枢纽站下月投入使用'])
    expect(relatedOf(['本周节目预告', '18:30', '东江新闻联播特别节目', '19:35', '民生直通车之城市更新观察', '相关新闻', '省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元']))
      .toEqual(['省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元'])
    // Without a schedule's heading a time before each headline is the list's (`23:05机管局：…`).
    expect(relatedOf(['相关新闻', '23:05 省里出台清欠农民工工资十条措施', '22:40 春节前我市为农民工追回工资1600万元']))
      .toEqual(['省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元'])
  })

  test('a data box\'s rows under any heading are no items: a programme after its time, a result, a standings row', () => {
    expect(relatedOf(['热点新闻', '东江大桥夜间封闭施工 请绕行', '市区新增3条公交线路', '今日节目', '07:00 东江早新闻', '08:00 交通早高峰', '12:00 午间新闻']))
      .toEqual(['东江大桥夜间封闭施工 请绕行', '市区新增3条公交线路'])
    expect(relatedOf(['相关新闻', '东州猛虎签约前锋哈里斯 补强内线', '常规赛第17轮：北港海狮主场大胜西陵骑士', '本轮赛果',
      '东州猛虎 98-96 江城飞鹰', '北港海狮 101-88 南湖雄鹰', '西陵骑士 79:85 金沙巨人', '积分榜', '1 北港海狮 15-3', '2 东州猛虎 14-4']))
      .toEqual(['东州猛虎签约前锋哈里斯 补强内线', '常规赛第17轮：北港海狮主场大胜西陵骑士'])
    // A headline with a score has its predicate; one result row alone is no box.
    expect(relatedOf(['相关新闻', '国足2-0胜泰国', '女排3:1逆转日本队', '东州猛虎 98-96 江城飞鹰', '世预赛：国足客场1比1战平叙利亚']))
      .toEqual(['国足2-0胜泰国', '女排3:1逆转日本队', '东州猛虎 98-96 江城飞鹰', '世预赛：国足客场1比1战平叙利亚'])
  })

  test('a line or two right under the body retelling it are its captions, no items; other articles\' headlines there are', () => {
    expect(relatedOf(['新开工项目须缴存农民工工资保障金', '工程竣工后保障金全额退还', '打印 关闭'])).toEqual([])
    expect(relatedOf(['省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元', '打印 关闭']))
      .toEqual(['省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元'])
    // Under a related header, or more than two lines, they are a list even when they share the body's words.
    expect(relatedOf(['相关新闻', '新开工项目须缴存农民工工资保障金', '工程竣工后保障金全额退还']))
      .toEqual(['新开工项目须缴存农民工工资保障金', '工程竣工后保障金全额退还'])
  })

  test('a subscription box\'s or a contact block\'s fields (a postal code, a price, a phone, an e-mail) are no items', () => {
    expect(relatedOf(['订阅', '邮发代号：24-66 定价：15元', '《东岳文学》编辑部 地址：泰州市文化路8号 投稿邮箱：dywx1979@163.com'])).toEqual([])
    expect(relatedOf(['相关新闻', '省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元', '联系电话：0523-86321234 传真：0523-86321235']))
      .toEqual(['省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元'])
    // A headline quoting a label, a price or a hotline's short number is one.
    expect(relatedOf(['相关新闻', '市民热线：12345一周受理诉求2.1万件', '油价：92号汽油每升上涨0.15元', '专家：定价权应交给市场']))
      .toEqual(['市民热线：12345一周受理诉求2.1万件', '油价：92号汽油每升上涨0.15元', '专家：定价权应交给市场'])
  })

  test('a table of contents: each headline with its writer\'s name under it; the names are no items', () => {
    expect(relatedOf(['本期目录', '河流下游', '王一舟', '冬天的信', '苏晓', '去往青川的列车', '杜衡', '父亲的菜园', '林雪梅', '订阅']))
      .toEqual(['河流下游', '冬天的信', '去往青川的列车', '父亲的菜园'])
    // Short lines without a name under each are a menu's, as before.
    expect(relatedOf(['本期目录', '河流下游', '冬天的信', '王一舟', '父亲的菜园', '订阅'])).toEqual([])
  })

  test('one truncated headline in a list is an item', () => {
    expect(relatedOf(['相关新闻', '省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元，涉及建筑、餐饮等多个行业...', '我市今年将新建农村公路800公里']))
      .toEqual(['省里出台清欠农民工工资十条措施', '春节前我市为农民工追回工资1600万元，涉及建筑、餐饮等多个行业...', '我市今年将新建农村公路800公里'])
  })
})

describe('a side column\'s news list printed above the article', () => {
  const TOP = ['县委党校2011年春季培训班结业', '网站首页 学校概况 党校动态 教学科研 理论园地']
  const ARTICLE = [
    '当前位置：网站首页 >> 党校动态 >> 正文', '县委党校2011年春季中青年干部培训班结业', '发布时间：2011年06月15日 来源：教务科',
    '6月14日上午，县委党校2011年春季中青年干部培训班举行结业典礼，48名学员顺利完成为期两个月的学习任务。',
    '培训期间，学员们系统学习了党的理论和业务知识，赴先进地区开展了现场教学，并围绕全县发展大局撰写了调研报告。',
  ]
  const page = (side: string[]) => cleanPage([...TOP, ...side, ...ARTICLE].join('\n\n'))
  const relatedOf = (side: string[]) => page(side).related.map((r) => [r.title, r.publishedAt])

  test('under a news heading, headlines with a glued date, a bullet and a date line under each, or none, are related', () => {
    expect(relatedOf(['检察要闻', '全省检察机关召开检察工作高质量发展推进会06-10', '省检察院发布知识产权检察保护典型案例06-08',
      '“检护民生”专项行动取得阶段性成效06-02', '检察服务', '案件程序性信息查询']))
      .toEqual([['全省检察机关召开检察工作高质量发展推进会', '2011-06-10'], ['省检察院发布知识产权检察保护典型案例', '2011-06-08'], ['“检护民生”专项行动取得阶段性成效', '2011-06-02']])
    expect(relatedOf(['最新消息', '‧县府举办100年度国中小教师甄选', '(2011/06/02)', '‧南溪乡农特产品展售会6月6日登场', '(2011/06/01)',
      '‧县立体育馆整修工程完工 6月起开放使用', '(2011/05/29)', '便民服务']))
      .toEqual([['县府举办100年度国中小教师甄选', '2011-06-02'], ['南溪乡农特产品展售会6月6日登场', '2011-06-01'], ['县立体育馆整修工程完工 6月起开放使用', '2011-05-29']])
    expect(relatedOf(['今日要闻', '·市人大常委会举行第十五次会议', '·西江大道改造工程下月开工', '·全市春季植树造林动员大会召开', '站内搜索']).map(([t]) => t))
      .toEqual(['市人大常委会举行第十五次会议', '西江大道改造工程下月开工', '全市春季植树造林动员大会召开'])
  })

  test('the article is read as before', () => {
    const plain = cleanPage([...TOP, ...ARTICLE].join('\n\n'))
    const listed = page(['最新公告', '关于2011年端午节期间开馆时间安排的通知', '中国知网新增数据库试用通知', '关于清理逾期未还图书的通知'])
    expect([listed.title, listed.publishedAt, listed.body]).toEqual([plain.title, plain.publishedAt, plain.body])
    expect(listed.related).toHaveLength(3)
  })

  test('under a ranking heading, news headlines with their rank are related; teasers or a heading that sells are not', () => {
    expect(relatedOf(['新闻排行', '1.市区公交线路下周调整', '2.东州晚报记者暗访黑加油站', '3.高温补贴标准今年有望提高', '4.东州至省城高速7月底通车', '便民服务']).map(([t]) => t))
      .toEqual(['市区公交线路下周调整', '东州晚报记者暗访黑加油站', '高温补贴标准今年有望提高', '东州至省城高速7月底通车'])
    expect(relatedOf(['点击排行', '1.揭露日本车惊人内幕(组图)', '2.国产车质量调查报告出炉 三成车主不满意', '3.发送GP到6666免费获取最新油价信息'])).toEqual([])
    expect(relatedOf(['娱乐排行', '1.市区公交线路下周调整', '2.东州晚报记者暗访黑加油站', '3.高温补贴标准今年有望提高'])).toEqual([])
  })

  test('a box that sells, a teaser among the lines, a menu, two headlines: none is related', () => {
    expect(relatedOf(['热点推荐', '全省检察机关召开检察工作高质量发展推进会', '省检察院发布知识产权检察保护典型案例', '“检护民生”专项行动取得阶段性成效'])).toEqual([])
    expect(relatedOf(['新闻', '揭露日本车惊人内幕(组图)', '国产车质量调查报告出炉 三成车主不满意', '发送GP到6666免费获取最新油价信息',
      '全市春季植树造林动员大会召开'])).toEqual([])
    expect(relatedOf(['最新消息', '气象台发布今年第一号台风预警信息', '搜狐天气为你抢先报台风最新动向!', '全市春季植树造林动员大会召开'])).toEqual([])
    expect(relatedOf(['新闻动态', '学校要闻', '综合新闻', '院系动态', '媒体聚焦'])).toEqual([])
    expect(relatedOf(['最新消息', '县府举办100年度国中小教师甄选', '南溪乡农特产品展售会6月6日登场', '便民服务'])).toEqual([])
  })
})

describe('a mobile feed\'s furniture in the list (q21b)', () => {
  const HEAD: [BlockKind, string, string] = ['chrome', '相关推荐', 'CP205 related-heading']

  test('an app or client promotion is no item; a headline about an app stays', () => {
    expect(titles([
      BODY, ['related', '下载锦城晚报APP'], ['related', '看更多锦城本地新闻'], HEAD,
      ['related', '中心城区今年将新增绿道120公里'],
      ['related', '警惕！下载这款APP可能泄露个人隐私'],
      ['related', '打开轻阅头条，阅读体验更佳'], ['related', '打开快映App，看更多精彩内容'],
      ['related', '下载青橙新闻客户端'], ['related', '有温度的新闻客户端'], ['related', '返回新闻频道 返回首页'],
    ])).toEqual(['中心城区今年将新增绿道120公里', '警惕！下载这款APP可能泄露个人隐私'])
  })

  test('a card\'s meta line (account, short count, time, ×) is no item; a headline with a figure stays', () => {
    expect(titles([
      BODY, HEAD,
      ['related', '秋季开学首周 多所学校周边交通组织调整'], ['related', '锦城晚报213评'],
      ['related', '东澳渔市周边道路将改造'], ['related', '鹭岛生活志123评论3天前×'],
      ['related', '台风季来临前，渔民们忙着加固渔排'], ['related', '海西都市报56评论06-07×'],
      ['related', '第一次自己熬枇杷膏'], ['related', '山野小厨阿秀♡ 8621'],
      ['related', '城里长大的孩子第一次上山摘果子'], ['related', '小满的乡下日子♡ 2.3万'],
      ['related', '央视快评：让绿道更好用'], ['related', '全市新增口袋公园56处'],
    ])).toEqual([
      '秋季开学首周 多所学校周边交通组织调整', '东澳渔市周边道路将改造', '台风季来临前，渔民们忙着加固渔排',
      '第一次自己熬枇杷膏', '城里长大的孩子第一次上山摘果子', '央视快评：让绿道更好用', '全市新增口袋公园56处',
    ])
  })

  test('a 广告 meta line drops its card; a headline about ads stays', () => {
    expect(titles([
      BODY, HEAD,
      ['related', '岛上十家老字号海蛎煎，本地人私藏的都在这'],
      ['related', '老房翻新不用愁，全包套餐限时优惠，免费上门量房'], ['related', '广告安居装饰立即咨询×'],
      ['related', '广告法修订草案公开征求意见'],
    ])).toEqual(['岛上十家老字号海蛎煎，本地人私藏的都在这', '广告法修订草案公开征求意见'])
  })

  test('the lines after a comment count are comments until the next related heading', () => {
    expect(titles([
      BODY, ['chrome', '评论 57', 'CP204 counter'],
      ['related', '海边的阿杰3天前'], ['related', '终于开了，周末带我妈去看看，她念叨好久了'],
      HEAD, ['related', '岛上十家老字号海蛎煎，本地人私藏的都在这'],
    ])).toEqual(['岛上十家老字号海蛎煎，本地人私藏的都在这'])
    // No comment heading: the list is read as it is.
    expect(titles([
      BODY, ['chrome', '赞 386评论 57收藏分享', 'CP204 counter'],
      ['related', '东澳渔市周边道路将改造'], ['related', '台风季来临前，渔民们忙着加固渔排'],
    ])).toEqual(['东澳渔市周边道路将改造', '台风季来临前，渔民们忙着加固渔排'])
  })

  test('an outlet glued after every dated headline is cut, and another of the same place; a lone outlet-like end stays', () => {
    expect(titles([
      BODY, HEAD,
      ['related', '南桥综合保税区上半年进出口额突破百亿元南桥日报 08-21'],
      ['related', '南桥至曼谷首条国际货运航线开通南桥新闻网 08-19'],
      ['related', '前7月全市外贸进出口同比增长9.2%南桥日报 08-16'],
      ['related', '高温下的码头工人：守护“钢铁森林”南桥日报 08-12'],
    ], '2019-08-22')).toEqual([
      '南桥综合保税区上半年进出口额突破百亿元', '南桥至曼谷首条国际货运航线开通', '前7月全市外贸进出口同比增长9.2%', '高温下的码头工人：守护“钢铁森林”',
    ])
    expect(titles([
      BODY, HEAD,
      ['related', '市民热议城市新闻 08-21'], ['related', '本地首个直播电视台 08-19'], ['related', '旧城改造提速 08-16'],
    ], '2019-08-22')).toEqual(['市民热议城市新闻', '本地首个直播电视台', '旧城改造提速'])
  })
})

test('a comment section ends at a bulleted line: the list after it is read', () => {
  expect(titles([
    BODY, ['chrome', '最新评论', 'CP213 comments'], ['related', '我是鞋厂的一名员工。'],
    ['related', '· 耐克“恐怖斗室”禁播 电视广告审查将全面实行'], ['related', '· 谁在帮耐克狙击中国？'],
  ])).toEqual(['耐克“恐怖斗室”禁播 电视广告审查将全面实行', '谁在帮耐克狙击中国？'])
})

test('a bare 评论 (a menu\'s link) or a comment heading above the article opens no comment section', () => {
  expect(titles([
    BODY, ['chrome', '评论', 'CP213 comments'], ['related', '煤气初装费非法'], ['related', '李振宁建言救市'],
  ])).toEqual(['煤气初装费非法', '李振宁建言救市'])
  expect(titles([
    ['chrome', '热门评论', 'CP213 comments'], ['related', '煤气初装费非法'], BODY, ['related', '李振宁建言救市'],
  ])).toEqual(['煤气初装费非法', '李振宁建言救市'])
})

test('a comment count right under an item is the item\'s meta and opens no comment section', () => {
  expect(titles([
    BODY, ['chrome', '猜你喜欢', 'CP205 related-heading'],
    ['related', '《夏日回声》曝终极预告 8月7日上映'], ['chrome', '评论(56)', 'CP206 ui-words'],
    ['related', '顾晓蔓新剧开机 搭档实力派演员'], ['chrome', '评论(23)', 'CP206 ui-words'],
  ])).toEqual(['《夏日回声》曝终极预告 8月7日上映', '顾晓蔓新剧开机 搭档实力派演员'])
})

test('a box heading no rule took (`娱乐排行榜`) ends the comment section', () => {
  expect(titles([
    BODY, ['chrome', '网友评论', 'CP213 comments'], ['related', '期待！国庆一定去看'],
    ['chrome', '娱乐排行榜', 'CP503 after-body'], ['related', '《青春不散场》重映 票房超预期'], ['related', '综艺《一路向西》第二季定档'],
  ])).toEqual(['《青春不散场》重映 票房超预期', '综艺《一路向西》第二季定档'])
})

describe('q21c finding 2: a list\'s residue around its headlines', () => {
  test('a count glued after a headline goes (阅读, 浏览, 评论); one a word before it makes the headline\'s own stays', () => {
    expect(titles([
      BODY,
      ['related', '江城队主场三比一逆转取胜9800阅读'],
      ['related', '市民健身中心本周六起免费开放1.2万浏览'],
      ['related', '全民健身运动会闭幕 我市代表团位列奖牌榜第二356评论'],
    ])).toEqual(['江城队主场三比一逆转取胜', '市民健身中心本周六起免费开放', '全民健身运动会闭幕 我市代表团位列奖牌榜第二'])
    expect(titles([
      BODY,
      ['related', '一条科普短视频单日获10万阅读'],
      ['related', '《春江》上有2条评论'],
      ['related', '马拉松报名人数突破3万'],
    ])).toEqual(['一条科普短视频单日获10万阅读', '《春江》上有2条评论', '马拉松报名人数突破3万'])
  })

  test('上一则/下一则 (Taiwan\'s label) go like 上一篇/下一篇, in either script', () => {
    expect(titles([
      BODY,
      ['chrome', '上一则：县长出席春节团拜 勉励同仁为民服务', PREV_NEXT],
      ['chrome', '下一則：北港溪堤防改善工程 预定年底完工', PREV_NEXT],
      ['related', '上一则 传统布袋戏偶展移师虎尾展出'],
    ])).toEqual(['县长出席春节团拜 勉励同仁为民服务', '北港溪堤防改善工程 预定年底完工', '传统布袋戏偶展移师虎尾展出'])
  })

  test('an app prompt in the list is no headline', () => {
    expect(titles([BODY, ['related', '个税APP升级 新增一键带入功能'], ['related', '打开南州网APP，阅读体验更佳']])).toEqual(['个税APP升级 新增一键带入功能'])
  })

  test('a footer\'s address and phone line and a screen-resolution line below the list are footer', () => {
    const text = ['县府推动历史建筑登录 今年新增5处', '', '正文第一段，说了一件很长的事情，关于老房子的修复。修复期间，施工团队尽量沿用原有构件。', '',
      '相关新闻', '', '县府推动历史建筑登录 今年新增5处 2006-02-24', '', '文化资产保存研习营 即日起受理报名 2006-02-17', '',
      '云林县政府 地址：云林县斗六市府文路35号 总机：(05)5522000', '', '本网站最佳浏览解析度为 1024x768', '', '建议使用1024*768分辨率浏览'].join('\n')
    const related = cleanPage(text, { format: 'text' }).related.map((item) => item.title)
    expect(related.some((title) => /地址|解析度|分辨率/u.test(title))).toBe(false)
  })
})

describe('q21a finding 6: a status column glued to every item of a list', () => {
  test('a status word from the table at the same end of two or more items is cut, suffix or prefix', () => {
    expect(titles([
      BODY,
      ['related', '建议在城东菜市场附近增设公交站点已回复'],
      ['related', '滨河路夜间施工噪音扰民已回复'],
      ['related', '咨询新生儿医保办理流程 已回复'],
    ])).toEqual(['建议在城东菜市场附近增设公交站点', '滨河路夜间施工噪音扰民', '咨询新生儿医保办理流程'])
    expect(titles([BODY, ['related', '【已办结】幸福里小区路灯损坏长期未修'], ['related', '【已办结】老旧小区加装电梯进度咨询']]))
      .toEqual(['幸福里小区路灯损坏长期未修', '老旧小区加装电梯进度咨询'])
  })

  test('one item alone keeps it, and a word outside the table stays', () => {
    expect(titles([BODY, ['related', '市长信箱来信已回复'], ['related', '全市政务热线满意度再创新高']]))
      .toEqual(['市长信箱来信已回复', '全市政务热线满意度再创新高'])
    expect(titles([BODY, ['related', '城东新区三所学校建成投用'], ['related', '城西片区两所医院建成投用']]))
      .toEqual(['城东新区三所学校建成投用', '城西片区两所医院建成投用'])
  })
})

describe('q22a: what a list box holds that is no article', () => {
  test('the links under a topic box\'s heading (专题专栏) name campaigns, not articles; a news list after it counts again', () => {
    expect(titles([
      BODY,
      ['related', '省科技厅召开全省科技创新工作会议'],
      ['chrome', '专题专栏', 'CP503 after-body'],
      ['related', '科技特派员在行动'],
      ['related', '优化营商环境'],
      ['chrome', '最新通知', 'CP503 after-body'],
      ['related', '关于征集2023年度省科技重大专项项目的通知'],
    ])).toEqual(['省科技厅召开全省科技创新工作会议', '关于征集2023年度省科技重大专项项目的通知'])
  })

  test('a shop\'s call to buy in the list is no headline; a headline reporting a sale stays', () => {
    expect(titles([
      BODY,
      ['related', '球迷之声：这支年轻的海港让人看到希望'],
      ['related', '2020赛季主场球衣 限时预售 点击购买'],
      ['related', '俱乐部新赛季球衣开启预售 首日售出三千件'],
    ])).toEqual(['球迷之声：这支年轻的海港让人看到希望', '俱乐部新赛季球衣开启预售 首日售出三千件'])
  })
})

describe('q23: what a platform\'s list prints around its headlines', () => {
  const HEAD: [BlockKind, string, string] = ['chrome', '相关推荐', 'CP205 related-heading']
  const related = (lines: string[]) => titles([BODY, HEAD, ...lines.map((t) => ['related', t] as [BlockKind, string])])

  test('a card\'s count set apart by a space is cut; one glued after its verb is the headline\'s', () => {
    expect(related(['秋季腹泻高发 儿科医生提醒家长注意这几点 2.1万阅读', '天气转凉 老人晨练要避开这些误区 8562阅读', '城市宣传片 3.2万次播放']))
      .toEqual(['秋季腹泻高发 儿科医生提醒家长注意这几点', '天气转凉 老人晨练要避开这些误区', '城市宣传片'])
    expect(related(['一篇家乡游记获10万阅读'])).toEqual(['一篇家乡游记获10万阅读'])
  })

  test('meta lines alternating with headlines (跟贴 first or after, a time glued after the account) are no items; one alone is a headline', () => {
    expect(related(['旧改提速！今年计划新开工改造老旧小区3.9万个', '青岸观察 跟贴 12', '二手房交易新规落地', '楼市前沿 跟贴 306']))
      .toEqual(['旧改提速！今年计划新开工改造老旧小区3.9万个', '二手房交易新规落地'])
    expect(related(['晶圆代工涨价潮下，谁在为成本买单', '芯片前哨2天前', '一家激光雷达公司的量产难题', '汽车产经1周前']))
      .toEqual(['晶圆代工涨价潮下，谁在为成本买单', '一家激光雷达公司的量产难题'])
    expect(related(['一座城市的书店地图2天前', '春季茶园管理要点 阅读 3521']))
      .toEqual(['一座城市的书店地图2天前', '春季茶园管理要点'])
  })

  test('an account and a date under each headline date it and are no items; a short headline with its date alone is one', () => {
    const items = extractRelated(blocks([BODY, HEAD, ['related', '旧书摊上的老课本，成了“80后”的回忆'], ['related', '河畔小城记 2017-11-02'],
      ['related', '双十一前夕，图书电商打响价格战'], ['related', '出版人杂志 2017-11-04']]))
    expect(items).toEqual([{ title: '旧书摊上的老课本，成了“80后”的回忆', publishedAt: '2017-11-02' }, { title: '双十一前夕，图书电商打响价格战', publishedAt: '2017-11-04' }])
    expect(related(['长照人力荒 2010-08-30'])).toEqual(['长照人力荒'])
  })

  test('an account left with the separator its count stood after is no item', () => {
    expect(related(['手机贴膜还有必要吗？钢化膜和水凝膜实测对比', '数码前哨站·'])).toEqual(['手机贴膜还有必要吗？钢化膜和水凝膜实测对比'])
  })

  test('a repost\'s provenance line is no item; a headline about a platform\'s accounts stays', () => {
    expect(related(['本文来自企鹅号 - 汽车有态度', '入冬第一次开暖风，为什么会有一股怪味？', '企鹅号作者年度榜单发布'])).toEqual(['入冬第一次开暖风，为什么会有一股怪味？', '企鹅号作者年度榜单发布'])
  })

  test('a glued 下一篇 goes; a serial\'s 下篇 stays', () => {
    expect(related(['下一篇新能源车企扎堆自研电驱，供应商的路在何方', '下篇小说连载今日开始'])).toEqual(['新能源车企扎堆自研电驱，供应商的路在何方', '下篇小说连载今日开始'])
  })

  test('a pinyin note cut off by the truncation goes when it spells the character; a Latin word stays', () => {
    expect(related(['CBA公布第八轮最佳阵容 赵睿(ru...', '苹果发布会前瞻(iphone...'])).toEqual(['CBA公布第八轮最佳阵容 赵睿...', '苹果发布会前瞻(iphone...'])
  })

  test('an ROC date in brackets after a headline is its date on a page read so; not a number in brackets, nor on a Simplified page', () => {
    const roc = { slashOrder: 'month-first', rocYears: true } as const
    const rows: [BlockKind, string][] = [BODY, ['related', '议长率团考察智慧停车系统 盼提升停车效率（106-05-08）'], ['related', '市民讲堂第二讲（第108期）']]
    expect(extractRelated(blocks(rows), null, roc)).toEqual([
      { title: '议长率团考察智慧停车系统 盼提升停车效率', publishedAt: '2017-05-08' }, { title: '市民讲堂第二讲（第108期）', publishedAt: null }])
    expect(extractRelated(blocks(rows)).map((item) => item.title)[0]).toBe('议长率团考察智慧停车系统 盼提升停车效率（106-05-08）')
  })

  test('a two-digit year, month and day glued after two or more headlines is their date; on one headline alone it stays', () => {
    expect(extractRelated(blocks([BODY, HEAD, ['related', '春季养肝，这三种常见做法其实不靠谱21-03-03'], ['related', '血压早上高晚上低，降压药该什么时候吃？21-02-27']])))
      .toEqual([{ title: '春季养肝，这三种常见做法其实不靠谱', publishedAt: '2021-03-03' }, { title: '血压早上高晚上低，降压药该什么时候吃？', publishedAt: '2021-02-27' }])
    expect(related(['春季养肝，这三种常见做法其实不靠谱21-03-03', '城市马拉松报名今日开启'])).toEqual(['春季养肝，这三种常见做法其实不靠谱21-03-03', '城市马拉松报名今日开启'])
  })

  test('an account card (name, channel, blurb, stats, follow button) holds no items; headlines over a button under a heading stay', () => {
    expect(titles([
      BODY, HEAD, ['related', '稻田养鱼：一块田里的千年智慧'],
      ['chrome', '山野漫游记', 'CP503 after-body'], ['related', '凤凰号 · 旅游'], ['related', '走山野，吃土菜，记录路上的人和风景'],
      ['chrome', '+订阅', 'CP206 ui-words'], ['chrome', '作者其他文章', 'CP205 related-heading'], ['related', '雨季去西双版纳，要做好这些准备'],
    ])).toEqual(['稻田养鱼：一块田里的千年智慧', '雨季去西双版纳，要做好这些准备'])
    expect(titles([BODY, HEAD, ['related', '稻田养鱼：一块田里的千年智慧'], ['related', '雨季去西双版纳，要做好这些准备'], ['chrome', '关注', 'CP206 ui-words']]))
      .toEqual(['稻田养鱼：一块田里的千年智慧', '雨季去西双版纳，要做好这些准备'])
    // A button under a name with no card's lines, then a list under a heading: the list stays.
    expect(titles([BODY, ['chrome', '东州日报', 'CP503 after-body'], ['chrome', '关注', 'CP206 ui-words'], ['related', '稻田养鱼：一块田里的千年智慧'],
      ['related', '雨季去西双版纳，要做好这些准备'], ['chrome', '热门推荐', 'CP205 related-heading']])).toEqual(['稻田养鱼：一块田里的千年智慧', '雨季去西双版纳，要做好这些准备'])
  })

})
