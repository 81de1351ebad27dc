import { describe, expect, test } from 'vitest'
import { DEFAULT_READING, dateReading, declaredDate, findDate, timeOfDay, urlDate, type DateReading } from '../src/extract/dates.js'
import { extractMetadata, metaPairs, splitKeywords } from '../src/extract/metadata.js'
import { extractRelated, isShortFormOf } from '../src/extract/related.js'
import { makeBlock } from '../src/options.js'
import { cleanPage } from '../src/pipeline.js'
import type { HtmlMeta } from '../src/parse/html.js'
import type { Block, BlockKind } from '../src/types.js'

describe('findDate: the common page forms', () => {
  test.each([
    ['2025-05-16 14:06:03  虎嗅网', '2025-05-16T14:06:03'],
    ['2005年03月21日 11:21', '2005-03-21T11:21'],
    ['2005年3月11日12:12 来源:', '2005-03-11T12:12'],
    ['发布时间:2021年03月05日 10时20分', '2021-03-05T10:20'],
    ['7/5/2005 9:23:57 PM', '2005-07-05T21:23:57'],
    ['12/1/2004 12:05:00 AM', '2004-12-01T00:05:00'],
    ['2019/07/01', '2019-07-01'],
    ['2019.7.1', '2019-07-01'],
    ['2020年11月12日 星期四', '2020-11-12'],
    ['国足vs巴林感受球迷热情2025-06-10 18:28:11', '2025-06-10T18:28:11'],
    ['2004-09-17 5:54:13', '2004-09-17T05:54:13'],
    ['21/03/2005', '2005-03-21'],
    ['March 21, 2005', '2005-03-21'],
    ['21 Mar. 2005', '2005-03-21'],
    ['二〇〇五年三月二十一日', '2005-03-21'],
    ['二零零六年十二月十日 来源', '2006-12-10'],
    ['24-7-15 18:32 来自 微博网页版', '2024-07-15T18:32'],
    ['2019年11月2日 星期六 上午10:20', '2019-11-02T10:20'],
    ['2019年11月2日 下午3:05', '2019-11-02T15:05'],
    ['05-3-21 11:21', '2005-03-21T11:21'],
    ['2015年6月4日（星期四）11:32', '2015-06-04T11:32'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })

  test.each(['第2025号文件', '电话 010-8448 8961', '2025-13-40', '共有20191234人', 'Marching 2005 band 21', '一〇年代', '版本 10-2-3', '比分 12-3-4 第二节', 'v1.10-2-3 12:00'])('no date in %s', (text) => {
    expect(findDate(text)).toBeNull()
  })

  test('the earliest date in the text wins', () => {
    expect(findDate('更新于2025-06-11 发布于2025-06-10')?.iso).toBe('2025-06-11')
  })
})

describe('findDate: English, Malay and Indonesian dates, with the time after them', () => {
  test.each([
    ['Wed, Mar 06, 2024 · 7:30 PM', '2024-03-06T19:30'],
    ['作者：Jenny Wang Mar 5, 2024 10:42 AM PT Updated: Mar 5, 2024 1:05 PM PT', '2024-03-05T10:42'],
    ['March 8, 2024 | 記者 施文華', '2024-03-08'],
    ['Posted on 12 Jan 2024 at 12:15 am', '2024-01-12T00:15'],
    ['Selasa, 05 Maret 2024 14:30 WIB', '2024-03-05T14:30'],
    ['Kamis, 10 Oktober 2024 14:30 WIB', '2024-10-10T14:30'],
    ['Rabu, 17 Agustus 2022 pukul 09:05', '2022-08-17T09:05'],
    ['5 Mac 2024', '2024-03-05'],
    ['12 Mei 2024', '2024-05-12'],
    ['31 Ogos 2023', '2023-08-31'],
    ['1 Disember 2023', '2023-12-01'],
    ['Des 24, 2023', '2023-12-24'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })

  test.each(['Macro 5 2024 fund', 'Dessert 12 2024', 'Meister 3 2024'])('no month word in %s', (text) => {
    expect(findDate(text)).toBeNull()
  })

  test('a number after the year without a clock is no time', () => {
    expect(findDate('Mar 5, 2024 10 minutes read')?.iso).toBe('2024-03-05')
  })
})

describe('slash dates: the page decides which field is the month', () => {
  const dayFirst: DateReading = { slashOrder: 'day-first', rocYears: false }
  const keys = (...lines: string[]) => lines.map((key) => ({ key }))

  test('an ambiguous date reads in the page\'s order; a field over 12 can only be the day', () => {
    expect(findDate('05/03/2024 20:15 报道：林慧敏')?.iso).toBe('2024-05-03T20:15')
    expect(findDate('05/03/2024 20:15 报道：林慧敏', dayFirst)?.iso).toBe('2024-03-05T20:15')
    expect(findDate('28/02/2024')?.iso).toBe('2024-02-28')
    expect(findDate('02/28/2024', dayFirst)?.iso).toBe('2024-02-28')
  })

  test('a slash date whose first field is over 12 makes the page day-first; one whose second is, month-first', () => {
    expect(dateReading(keys('05/03/2024 20:15', '津贴食油短缺 28/02/2024', '鸡蛋津贴延长 20/02/2024'), null, false).slashOrder).toBe('day-first')
    expect(dateReading(keys('03/05/2024 8:15 AM', 'Council votes 02/28/2024'), null, false).slashOrder).toBe('month-first')
  })

  test('failing those, the order in which a date gives the declared day; else month first', () => {
    expect(dateReading(keys('发布时间：08/03/2024 09:12'), '2024-03-08T09:12+07:00', false).slashOrder).toBe('day-first')
    expect(dateReading(keys('08/03/2024 09:12'), '2024-08-03T09:12:00-07:00', false).slashOrder).toBe('month-first')
    expect(dateReading(keys('08/03/2024 09:12'), null, false)).toBe(DEFAULT_READING)
    // A declared slash date is the page's own text again, no evidence for its order.
    expect(dateReading(keys('08/03/2024 09:12'), '08/03/2024', false).slashOrder).toBe('month-first')
  })

  test('a day-first page reads its date line and its related list day first', () => {
    const page = [
      '大马食油价格下月起调整', '05/03/2024 20:15', '（吉隆坡5日讯）国内贸易及生活成本部今天宣布，受津贴食油价格将从下月起调整，以反映国际棕油价格的变化和物流成本的上涨。',
      '部长在记者会上表示，政府会继续密切关注市场供应情况，确保消费者能以合理价格买到食油，不会出现短缺现象。',
      '业者对此表示欢迎，但希望当局能更早公布细节，以便商家调整库存和定价，避免消费者产生误会。',
      '相关新闻', '津贴食油短缺 杂货店一个月只来两次货 28/02/2024', '鸡蛋津贴延长至6月 每粒维持10仙 05/02/2024',
    ].join('\n')
    const result = cleanPage(page, { inputFormat: 'text' })
    expect(result.publishedAt).toBe('2024-03-05T20:15')
    expect(result.related.map((r) => r.publishedAt)).toEqual(['2024-02-28', '2024-02-05'])
  })
})

describe('民国 years: Taiwan\'s calendar, narrowly', () => {
  test.each([
    ['发布单位 秘书室 发布日期 109-10-15', '2020-10-15'],
    ['日期:112.3.2', '2023-03-02'],
    ['发布时间:109年10月15日', '2020-10-15'],
    ['民国98年3月2日', '2009-03-02'],
    ['中华民国 38 年 12 月 7 日', '1949-12-07'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })

  test.each(['109-10-15', '比分 109-10-15', '日期:99-10-15', '版本 v110.2.3', '时间 151-1-1'])('none in %s', (text) => {
    expect(findDate(text)).toBeNull()
  })

  test('a microblog\'s short year is still its own', () => {
    expect(findDate('发布时间 24-7-15 18:32')?.iso).toBe('2024-07-15T18:32')
  })

  test('a short year right after a label\'s colon counts; after a clock\'s colon it does not', () => {
    expect(findDate('发布时间:21-03-05 19:22 健康领域创作者')?.iso).toBe('2021-03-05T19:22')
    expect(findDate('12:21-03-05 19:22')?.iso).not.toBe('2021-03-05T19:22')
  })

  test('on a Traditional page a date alone on its line counts from 1912 (a table dumped a cell per line)', () => {
    const taiwan = dateReading([], null, true)
    expect(taiwan.rocYears).toBe(true)
    expect(findDate('109-10-15', taiwan)?.iso).toBe('2020-10-15')
    expect(findDate('109年10月15日', taiwan)?.iso).toBe('2020-10-15')
    expect(findDate('比分 109-10-15', taiwan)).toBeNull()
    expect(dateReading([], null, false).rocYears).toBe(false)
  })
})

describe('timeOfDay: a line that is only a time of day', () => {
  test.each([
    ['香港时间15时30分', '15:30'],
    ['北京时间 下午3:05', '15:05'],
    ['09:40', '09:40'],
  ])('%s → %s', (line, time) => {
    expect(timeOfDay(line)).toBe(time)
  })
  test.each(['15时30分许，记者赶到现场', '第3:05节', '25:10', '比分 3:1'])('none in %s', (line) => {
    expect(timeOfDay(line)).toBeNull()
  })
})

describe('urlDate: the day a page\'s address files it under', () => {
  const now = new Date('2024-06-01T00:00:00Z')
  test.each([
    ['http://www.example.cn/system/2014/06/12/012345678.shtml', '2014-06-12'],
    ['http://news.example.cn/201406/12/t12345.html', '2014-06-12'],
    ['http://news.example.cn/2014-06/12/c_1234.htm', '2014-06-12'],
    ['https://example.com/news/20140612/1234.html', '2014-06-12'],
  ])('%s → %s', (url, iso) => {
    expect(urlDate(url, now)).toBe(iso)
  })

  test.each(['http://example.cn/1990/06/12/a.html', 'http://example.cn/2030/01/02/a.html', 'http://example.cn/2014/13/40/a.html', 'http://example.cn/id/20140612.html'])('none in %s', (url) => {
    expect(urlDate(url, now)).toBeNull()
  })
})

describe('declaredDate: a timestamp in UTC on the clock of UTC+08:00, one with another offset on its own', () => {
  test.each([
    ['2021-08-22T12:14:05.000Z', '2021-08-22T20:14:05'],
    ['2015-10-03T22:18:05+00:00', '2015-10-04T06:18:05'],
    ['2024-03-09T10:30:41+08:00', '2024-03-09T10:30:41'],
    // An overseas page's own clock: Toronto, Bangkok, Vancouver.
    ['2024-03-08T21:30-0500', '2024-03-08T21:30'],
    ['2024-03-08T09:12+07:00', '2024-03-08T09:12'],
    ['2024-03-05T10:42:00-08:00', '2024-03-05T10:42:00'],
    ['2024-03-09T10:30:41', '2024-03-09T10:30:41'],
    ['2024年3月9日', '2024-03-09'],
  ])('%s → %s', (value, iso) => {
    expect(declaredDate(value)?.iso).toBe(iso)
  })
})

describe('meta lines', () => {
  test('label: value pairs on one glued line', () => {
    expect(metaPairs('2019-07-02 09:15:32来源:新华网 作者:张明')).toEqual({ source: '新华网', author: '张明' })
    expect(metaPairs('发布时间:2021-06-01 | 来源:南京日报 | 作者:王芳 | 责任编辑:李强')).toEqual({
      date: '2021-06-01', source: '南京日报', author: '王芳', editor: '李强',
    })
    // A label the table does not know still ends the value before it; a padded name's second character is no label.
    expect(metaPairs('作者:周海涛 点击:1582')).toEqual({ author: '周海涛' })
    expect(metaPairs('作者: 赵 培:北京物资学院,北京').author).toBe('赵 培:北京物资学院,北京')
  })

  test('转载自 inside a sentence is no label', () => {
    expect(metaPairs('凡本网注明来源的作品，均转载自其它媒体')).toEqual({})
  })

  test('a piece glued to the next label after a comma starts that field; an image credit is no source and no name', () => {
    expect(metaPairs('本文来自微信公众号:硅基笔记(ID:guijibiji),作者:苏木,题图来自:视觉中国')).toEqual({ author: '苏木' })
    expect(metaPairs('作者:林夏 头图来源:视觉中国')).toEqual({ author: '林夏' })
    expect(metaPairs('作者:苏木,题图:视觉中国')).toEqual({ author: '苏木' })
    // An image credit alone on its line, its word opening it.
    expect(metaPairs('题图来自:视觉中国')).toEqual({})
    expect(metaPairs('图片来源:视觉中国 作者:张三')).toEqual({ author: '张三' })
  })

  test('a repost\'s provenance note names the account it came from: the source', () => {
    const meta = extractMetadata(page([['title', '开源芯片生态调查'], ['chrome', '本文转载自微信公众号“硬核芯观”（ID：xinguan2020），作者：林小禾，经授权发布。'],
      ['meta', '题图来自：视觉中国'], ['body', '正文第一段。']]), null)
    expect(meta).toMatchObject({ author: '林小禾', publisher: '硬核芯观' })
    // Several writers, joined by 、, come out a space apart; a unit after them is no writer.
    const two = extractMetadata(page([['title', '缺芯半年后'], ['body', '正文第一段。'],
      ['chrome', '本文来自微信公众号“芯片前哨”（ID：xinpianqianshao），作者：邵一鸣、黄悦，鲸闻科技经授权发布。'.normalize('NFKC')]]), null)
    expect(two).toMatchObject({ author: '邵一鸣 黄悦', publisher: '芯片前哨' })
  })

  test('a repost note from any platform\'s account names it, quoted or after a dash; the platform alone or a sentence names none', () => {
    const note = (line: string) => extractMetadata(page([['title', '明代驿站的加急文书'], ['body', '正文第一段。'], ['chrome', line.normalize('NFKC')]]), null).publisher
    expect(note('本文首发于微信公众号「城事笔记」，转载请联系作者。')).toBe('城事笔记')
    expect(note('本文转载自头条号「文史小馆」，版权归原作者所有。')).toBe('文史小馆')
    expect(note('本文来自企鹅号 - 汽车有态度')).toBe('汽车有态度')
    expect(note('本文来自凤凰号，仅代表作者个人观点与立场。')).toBeNull()
    expect(note('他说，文章来自头条号的推荐页面，阅读量很高。')).toBeNull()
  })

  test('a source named with its medium after it is the name alone', () => {
    const meta = extractMetadata(page([['title', '花粉季来了'], ['meta', '2015-04-08 09:12:35 来源:清溪健康公众号 作者:方晓月'], ['body', '正文第一段。']]), null)
    expect(meta.publisher).toBe('清溪健康')
    expect(extractMetadata(page([['title', '标题'], ['meta', '来源:公众号'], ['body', '正文第一段。']]), null).publisher).toBe('公众号')
  })

  test('a blog\'s meta row without colons: a value ends at the next field word, and a field word is no value', () => {
    const meta = extractMetadata(page([['title', '老城区的一碗牛肉粉'], ['meta', '作者 阿乐 发布于 2016年11月20日 分类 探店 标签 牛肉粉、早餐'], ['body', '正文第一段。']]), null)
    expect(meta.author).toBe('阿乐')
    expect(meta.publisher).toBeNull()
  })

  test('keywords split on spaces, commas and 、', () => {
    expect(splitKeywords('教育 改革,收费、治理')).toEqual(['教育', '改革', '收费', '治理'])
    expect(splitKeywords('')).toEqual([])
  })

  const page = (rows: [BlockKind, string][]): Block[] =>
    rows.map(([kind, text], i) => ({ ...makeBlock(text, i + 1), key: text.normalize('NFKC'), kind }))

  test('title, date, source, author and keywords from the usual forms', () => {
    const meta = extractMetadata(page([
      ['title', '某市出台新规'],
      ['meta', '发布时间:2021年03月05日 10:20'],
      ['meta', '来源:中央社'],
      ['meta', '记者 陈志明'],
      ['meta', '关键词:教育 改革'],
      ['body', '正文第一段。'],
    ]), null)
    expect(meta).toEqual({ title: '某市出台新规', author: '陈志明', publisher: '中央社', site: null, publishedAt: '2021-03-05T10:20', keywords: ['教育', '改革'] })
  })

  test('a notice dated only under its signature was issued that day; a date in its text was not', () => {
    const notice = (signature: BlockKind): Block[] =>
      page([['title', '关于督促被执行人履行义务的公告'], ['body', '凡被执行人于2024年6月30日前主动履行义务的，依法从宽处理。'], [signature, '江州市中级人民法院'], [signature, '二〇二四年五月九日']])
        .map((b, i) => (i >= 2 ? { ...b, rule: 'CP512 notice-close' } : b))
    expect(extractMetadata(notice('body'), null).publishedAt).toBe('2024-05-09')
    expect(extractMetadata(notice('chrome'), null).publishedAt).toBeNull()
  })

  test('a bracketed byline closing the last paragraph names the author', () => {
    const rows = (last: string): Block[] => page([['title', '武汉一小区电梯停运'], ['body', '社区组织志愿者每天为老人送菜上门。'], ['body', '物业已在小区张贴告示。'], ['body', last]])
    expect(extractMetadata(rows('下一步将排查辖区老旧电梯。（湖北日报全媒记者 韩雪 章可）'), null).author).toBe('韩雪 章可')
    expect(extractMetadata(rows('下一步将排查辖区老旧电梯。（完）'), null).author).toBeNull()
  })

  test('a labelled writer\'s credit closing the last paragraph names the author, not the photographer', () => {
    const rows = (last: string): Block[] => page([['title', '砂州拨款推农村供水计划'], ['body', '州政府今天宣布拨款推行农村供水计划。'], ['body', last]])
    expect(extractMetadata(rows('工程预计明年底完成。（报道：刘秀婷）'), null).author).toBe('刘秀婷')
    expect(extractMetadata(rows('店屋将改建为文化馆。（文：陈嘉敏／图：Ahmad Faizal）'), null).author).toBe('陈嘉敏')
    expect(extractMetadata(rows('工程预计明年底完成。（图：刘秀婷）'), null).author).toBeNull()
  })

  test('a unit (a department 系, a team 组, an office 室) names nobody: the writer credited elsewhere is the author', () => {
    const rows = (credit: string): Block[] => page([['title', '我院学子在技能大赛中获一等奖'], ['meta', '发布时间：2015年11月26日 作者：机电工程系 点击：'], ['body', '正文第一段。'], ['meta', credit]])
    expect(extractMetadata(rows('（撰稿：杨柳 摄影：谢峰 审核：钟建明）'), null).author).toBe('杨柳')
    expect(extractMetadata(rows('（审核：钟建明）'), null).author).toBeNull()
    // A unit's name alone under the title (a flattened `发布单位` cell) is no name line either.
    const grid = page([['title', '本校与县政府签署合作备忘录'], ['chrome', '发布单位'], ['chrome', '秘书室'], ['body', '正文第一段。']]).map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP502 before-body' } : b))
    expect(extractMetadata(grid, null).author).toBeNull()
  })

  test('a role or a counter after the writer\'s name is no co-author', () => {
    const meta = (line: string) => extractMetadata(page([['title', '米兰居留许可改为网上预约'], ['meta', line.normalize('NFKC')], ['body', '正文第一段。']]), null).author
    expect(meta('文／秘书室公关组 林佳颖　摄影／蔡承翰')).toBe('林佳颖')
    expect(meta('发布: 2024-03-05 09:40 / 更新: 2024-03-06 11:02 文/图：张丽 阅读 3,862')).toBe('张丽')
    expect(meta('记者 王磊 李强')).toBe('王磊 李强')
  })

  test('a field glued after the writer\'s name (a counter, an IP location, an update time) is no part of it', () => {
    const meta = (line: string) => extractMetadata(page([['title', '老旧小区加装电梯'], ['meta', line.normalize('NFKC')], ['body', '正文第一段。']]), null).author
    expect(meta('2024-05-21 07:45来源：潮涌新闻记者 林晓岚阅读 2.3万')).toBe('林晓岚')
    expect(meta('作者：林晓岚阅读 (3,412)')).toBe('林晓岚')
    expect(meta('作者：林晓岚 评论 1,203')).toBe('林晓岚')
    expect(meta('作者：宋佳IP属地：北京')).toBe('宋佳')
    expect(meta('作者：冯一帆 更新于3小时前')).toBe('冯一帆')
    expect(meta('作者：陈楠 我要评论(12)')).toBe('陈楠')
  })

  test('a row of buttons under the title is no name line, whatever word it holds besides interface words', () => {
    const rows = (line: string): Block[] => page([['title', '二月入境旅客逾三百二十万'], ['chrome', line], ['body', '正文第一段。']]).map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP502 before-body' } : b))
    expect(extractMetadata(rows('分享 收藏 评分'), null).author).toBeNull()
    expect(extractMetadata(rows('放大 缩小 列印'), null).author).toBeNull()
    expect(extractMetadata(rows('韩雪'), null).author).toBe('韩雪')
  })

  test('a Latin name ends before the date after it (a month and its day, or a digit)', () => {
    const meta = (line: string) => extractMetadata(page([['title', '列治文今年物业税上调6.8%'], ['meta', line.normalize('NFKC')], ['body', '正文第一段。']]), null).author
    expect(meta('作者：Jenny Wang Mar 5, 2024 10:42 AM PT Updated: Mar 5, 2024 1:05 PM PT')).toBe('Jenny Wang')
    expect(meta('By Jenny Wang | Mar 5, 2024')).toBe('Jenny Wang')
    expect(meta('By Jenny Wang Mar 5, 2024')).toBe('Jenny Wang')
    expect(meta('By Jenny Wang 2024-03-05')).toBe('Jenny Wang')
    // A month word with no day after it may be a name.
    expect(meta('By Jenny May')).toBe('Jenny May')
  })

  test('writer labels take a bar or a slash as editor labels do; 报道/报导 label the reporter, but not after a word', () => {
    expect(metaPairs('文字丨何雨萌')).toEqual({ author: '何雨萌' })
    expect(metaPairs('作者｜林夏'.normalize('NFKC'))).toEqual({ author: '林夏' })
    expect(metaPairs('报道：许嘉欣'.normalize('NFKC'))).toEqual({ author: '许嘉欣' })
    expect(metaPairs('05/03/2024 20:15 报道：林慧敏 摄影：陈志强'.normalize('NFKC')).author).toBe('林慧敏')
    expect(metaPairs('据当地媒体报道：伤者已无生命危险'.normalize('NFKC')).author).toBeUndefined()
    expect(metaPairs('文字/图片：网络').author).toBeUndefined()
    expect(metaPairs('发表于 2023-8-3 10:18 | 只看该作者 | 倒序浏览').author).toBeUndefined()
  })

  test('an institution\'s signature (unit, space, writers) closing the article names the author; a photo credit does not', () => {
    const signed = (last: string, kind: BlockKind = 'chrome'): Block[] =>
      page([['title', '我院成功救治一名急性心梗患者'], ['body', '术中造影显示，患者右冠状动脉完全闭塞。'], ['body', '医生提醒，出现持续胸痛应立即拨打120。'], [kind, last]])
    expect(extractMetadata(signed('（心血管内科 周琳）'), null).author).toBe('周琳')
    expect(extractMetadata(signed('（供稿：党委宣传部 王芳 李强）'), null).author).toBe('王芳 李强')
    expect(extractMetadata(signed('医生提醒，出现持续胸痛应立即拨打120。（宣传科 周琳）', 'body'), null).author).toBe('周琳')
    expect(extractMetadata(signed('（宣传部 王芳 供图）'), null).author).toBeNull()
    // Glued, the unit's end and the name's start are unknown.
    expect(extractMetadata(signed('（心血管内科周琳）'), null).author).toBeNull()
  })

  test('a bare bracketed signature of one to three surnamed names below the body, or closing its last paragraph, names the writers', () => {
    const signed = (last: string, kind: BlockKind = 'chrome'): Block[] =>
      page([['title', '醉酒驾车撞人后逃逸 一男子被判刑一年半'], ['body', '本网讯 近日，石澧县人民法院审结一起交通肇事案。'], ['body', '承办法官提醒广大驾驶人：饮酒后切勿驾车。'], [kind, last]])
    const author = (last: string, kind: BlockKind = 'chrome') => extractMetadata(signed(last, kind), null).author
    expect(author('（庞晓军 田野）')).toBe('庞晓军 田野')
    expect(author('（庞晓军 田野）', 'body')).toBe('庞晓军 田野')
    expect(author('（庞晓军）')).toBe('庞晓军')
    expect(author('（庞晓军、田野）')).toBe('庞晓军、田野')
    expect(author('(庞晓军 田野)')).toBe('庞晓军 田野')
    expect(author('（欧阳晓 田野 李明）')).toBe('欧阳晓 田野 李明')
    expect(author('承办法官提醒广大驾驶人：饮酒后切勿驾车。（庞晓军 田野）', 'body')).toBe('庞晓军 田野')
    // Notes, units and words are no names: no surname opens them, or what follows the surname is no given name.
    for (const note of ['（完）', '（待续）', '（未完待续）', '（全文完）', '（图文）', '（本院）', '（略）', '（综合）', '（原创）', '（王某）', '（李先生）', '（庞晓军 摄）', '（庞晓军 供图）', '（海外网）']) {
      expect(author(note), note).toBeNull()
    }
    // Inside a sentence, a bracketed name is the sentence's (`被告人（王小明）`), not a signature.
    expect(author('承办法官提醒广大驾驶人饮酒后切勿驾车（庞晓军）', 'body')).toBeNull()
  })

  test('an undecided line under the title opening with a bracketed outlet and a date is the date line; a byline above the body beats the editor', () => {
    const undecided = (rows: [BlockKind | 'undecided' | 'editor', string][]): Block[] =>
      page(rows.map(([kind, text]) => [kind === 'undecided' || kind === 'editor' ? 'chrome' : kind, text])).map((b, i) =>
        rows[i]![0] === 'undecided' ? { ...b, rule: 'CP502 before-body' } : rows[i]![0] === 'editor' ? { ...b, rule: 'CP203 editor-credit' } : b)
    const meta = (line: string) => extractMetadata(undecided([
      ['meta', '2008年12月18日 星期四'], ['title', '张国庆家的木箱子'], ['undecided', line],
      ['body', '在城北机械厂宿舍区住了三十多年的张国庆，家里有一个旧木箱。'], ['editor', '(责任编辑：马骏)'],
    ]), null)
    expect(meta('【北方都市报】 2008-11-20 08:30 本报记者 刘华')).toMatchObject({ publishedAt: '2008-11-20T08:30', author: '刘华', publisher: '北方都市报' })
    expect(meta('[北方都市报] 2008-11-20 08:30 本报记者 刘华')).toMatchObject({ publishedAt: '2008-11-20T08:30', author: '刘华', publisher: '北方都市报' })
    expect(meta('【北方都市报】 2008-11-20 08:30')).toMatchObject({ publishedAt: '2008-11-20T08:30', author: '马骏' })
    // No date after the brackets: a headline or a label, not a date line; but the byline still beats the editor.
    expect(meta('【北方都市报】 本报记者 刘华')).toMatchObject({ publishedAt: '2008-12-18', author: '刘华' })
    expect(meta('【独家】三十年前的今天')).toMatchObject({ publishedAt: '2008-12-18', author: '马骏' })
    // A date inside the line, not after the brackets, is some other item's.
    expect(meta('【回顾】 三十年前的 2008-11-20')).toMatchObject({ publishedAt: '2008-12-18' })
    // A box's paragraph closing with its own byline is another item's.
    expect(meta('由本报和展览中心联合举办的洽谈会将在军博召开，投资者可以免费加入，定期获得信息交流。(信报记者 蔡雪婧)')).toMatchObject({ author: '马骏' })
  })

  test('a date line between the title and the body beats an unlabelled one above the title (a crawler\'s `date …` line); a labelled one above still wins', () => {
    const meta = (top: string) => extractMetadata(page([['meta', top], ['chrome', '财经快讯网 首页 股市 基金'], ['title', 'A股三大指数集体收涨 沪指重回3300点'],
      ['meta', '2025-04-18 15:32 财经快讯网 记者 梁思远'], ['body', '4月18日，A股三大指数全天震荡走高。']]), null).publishedAt
    expect(meta('date 2025-04-19')).toBe('2025-04-18T15:32')
    expect(meta('2025-04-19 09:00')).toBe('2025-04-18T15:32')
    expect(meta('发布时间：2025-04-19 09:00')).toBe('2025-04-19T09:00')
  })

  test('a translator\'s credit (编译, 译者, 翻译, 译/) names the writer when no byline does; the role word is never the source', () => {
    const meta = (line: string, kind: BlockKind = 'meta') => extractMetadata(page([['title', '南韩去年总和生育率再创新低'], [kind, line.normalize('NFKC')],
      ['body', '南韩统计部门28日公布的资料显示，去年全国总和生育率降至0.72。']]).map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP502 before-body' } : b)), null)
    expect(meta('2024/02/29 14:20 编译 陈思妤')).toMatchObject({ author: '陈思妤', publisher: null })
    expect(meta('2024-02-29 14:20 来源：环球网 编译：陈思妤')).toMatchObject({ author: '陈思妤', publisher: '环球网' })
    expect(meta('编译：陈思妤', 'chrome').author).toBe('陈思妤')
    expect(meta('译者：陈思妤', 'chrome').author).toBe('陈思妤')
    expect(meta('译/陈思妤', 'chrome').author).toBe('陈思妤')
    // A writer's byline comes first.
    expect(meta('作者：John Smith 译者：陈思妤').author).toBe('John Smith')
    expect(meta('2024-02-29 记者 王磊 编译 陈思妤').author).toBe('王磊')
    // Where it was translated from, or words after the role without a label, credit nobody.
    expect(meta('2024/02/29 14:20 编译自《纽约时报》')).toMatchObject({ author: null, publisher: null })
    expect(meta('2024/02/29 14:20 编译自纽约时报').author).toBeNull()
    expect(meta('翻译 软件下载 免费试用', 'chrome').author).toBeNull()
  })

  test('a counter or a reading size after the source is no part of it', () => {
    const publisher = (line: string) => extractMetadata(page([['title', '女足联赛第三轮战罢'], ['meta', line],
      ['body', '省女子足球联赛第三轮比赛昨日在临州体育中心结束，主队以二比一取胜。']]), null).publisher
    expect(publisher('2024-04-15 08:12来源：临州日报阅读 2.3万')).toBe('临州日报')
    expect(publisher('2021年11月08日 约3200字')).toBeNull()
    expect(publisher('2025-03-18 来源：云栈技术 阅读约8分钟')).toBe('云栈技术')
    expect(publisher('2024-04-15 08:12 来源：临州日报')).toBe('临州日报')
  })

  test('和 joins two names only where both sides are names; in a given name it stays (顾清和, 张和平, 李和)', () => {
    const author = (line: string) => extractMetadata(page([['title', '一场关于宋画的展览'], ['meta', line],
      ['body', '展览以宋代绘画为线索，展出馆藏精品六十余件，观众可以看到许多难得一见的作品。']]), null).author
    expect(author('2021-05-08 文/顾清和')).toBe('顾清和')
    expect(author('2021-05-08 记者 张和平')).toBe('张和平')
    expect(author('2021-05-08 记者 李和')).toBe('李和')
    expect(author('2021-05-08 记者 张三和李四')).toBe('张三 李四')
  })

  test('a garbled headline gives way to the clean copy the page title holds; a clean one, or another headline, stays', () => {
    const title = (pageTitle: string, headline: string) =>
      extractMetadata(page([['chrome', pageTitle], ['title', headline], ['body', '清明节前，青溪县各茶区陆续开采明前茶。']]), null).title
    expect(title('青溪县春茶开采 茶农忙采“明前茶”_青溪在线', '青溪县春茶开采 枧┟Σ伞懊髑安琛?')).toBe('青溪县春茶开采 茶农忙采“明前茶”')
    expect(extractMetadata(page([['title', '青溪县春茶开采 枧┟Σ伞懊髑安琛?'], ['body', '正文第一段。']]), { title: '青溪县春茶开采 茶农忙采“明前茶”' } as HtmlMeta).title)
      .toBe('青溪县春茶开采 茶农忙采“明前茶”')
    // The page title garbled as well, a different headline, or marks the page title shares: the headline stays.
    expect(title('青溪县春茶开采 茶农忙?明前茶”_青溪在线', '青溪县春茶开采 枧┟Σ伞懊髑安琛?')).toBe('青溪县春茶开采 枧┟Σ伞懊髑安琛?')
    expect(title('全县春茶开采工作会召开_青溪在线', '青溪县春茶开采 枧┟Σ伞懊髑安琛?')).toBe('青溪县春茶开采 枧┟Σ伞懊髑安琛?')
    expect(title('Σ值大于1意味着什么?_科普中国', 'Σ值大于1意味着什么?')).toBe('Σ值大于1意味着什么?')
    expect(title('青溪县春茶开采_青溪在线', '青溪县春茶开采，茶农忙什么?')).toBe('青溪县春茶开采，茶农忙什么?')
  })

  test('a name before 发布于, or a bar-separated name field on a date line, is the author; counters are no source', () => {
    const meta = (line: string) => extractMetadata(page([['title', '用Python清洗数据的五个技巧'], ['meta', line], ['body', '正文第一段。']]), null)
    expect(meta('陈一鸣 发布于 2022-02-15 10:03 阅读 1.2k')).toMatchObject({ author: '陈一鸣', publisher: null })
    expect(meta('2021-09-12 18:05 | 何方 | 阅读 3468')).toMatchObject({ author: '何方', publisher: null })
    expect(meta('2021-09-12 18:05 | 新华网 | 阅读 3468').author).toBeNull()
    expect(meta('2021-09-12 18:05 | 北京 | 评论 12').author).toBeNull()
    // A channel's tag after the date reads as no name: no surname opens it.
    expect(meta('芯片前哨·2021-07-20 08:14·芯片').author).toBeNull()
    expect(meta('芯片前哨·2021-07-20 08:14·黄悦').author).toBe('黄悦')
  })

  test('a platform\'s account glued before the date, where it posted from after it, is the author; an outlet or a place there is not', () => {
    const meta = (line: string) => extractMetadata(page([['title', '清明前后吃青团'], ['meta', line.normalize('NFKC')], ['body', '正文第一段。']]), null).author
    expect(meta('江南老味道2023-03-28 18:06发布于浙江阅读 4.8万')).toBe('江南老味道')
    expect(meta('港湾财经观察2022-08-02 21:47发布于：广东省阅读 (3,412)')).toBe('港湾财经观察')
    expect(meta('港湾财经观察 2022-08-02 21:47 IP属地：广东')).toBe('港湾财经观察')
    expect(meta('新华网2023-03-28 18:06发布于北京')).toBeNull()
    expect(meta('浙江 2023-03-28 18:06 发布于杭州')).toBeNull()
    // Without where it posted from, a name before the date may be the outlet's.
    expect(meta('江南老味道 2023-03-28 18:06')).toBeNull()
  })

  test('a repost\'s provenance note names the writer when no byline does; the account on the date line posted it', () => {
    const reposted = (note: string, dateLine = '硬核前沿·2020-11-23 07:31'): Block[] =>
      page([['title', '国产EDA融资潮背后'], ['meta', dateLine], ['chrome', note.normalize('NFKC')], ['body', '正文第一段。']]).map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP201 copyright' } : b))
    expect(extractMetadata(reposted('编者按：本文来自微信公众号“硬核前沿”（ID：yinghe_qianyan），作者：陆川，极客视界经授权发布。'), null).author).toBe('陆川')
    expect(extractMetadata(reposted('本文转载自微信公众号“云栈技术团队”（ID：yunzhan_tech），作者陈一鸣，云栈科技联合创始人。'), null).author).toBe('陈一鸣')
    expect(extractMetadata(reposted('本文来自微信公众号“硬核前沿”，作者：陆川，经授权发布。', '硬核前沿2020-11-23 07:31发布于北京'), null).author).toBe('陆川')
    expect(extractMetadata(reposted('本文来自微信公众号“硬核前沿”，作者：陆川。', '作者：林夕 2020-11-23 07:31'), null).author).toBe('林夕')
    // A sentence naming a writer is no provenance note.
    expect(extractMetadata(reposted('作者：陆川，本文来自他的公众号。'), null).author).toBeNull()
  })

  test('of several labelled dates on a line the published one is the article\'s; an update\'s only when alone', () => {
    const meta = (line: string) => extractMetadata(page([['title', '秋冬季节皮肤干痒怎么办'], ['meta', line], ['body', '正文第一段。']]), null)
    expect(meta('更新时间：2023/11/03 10:20 发布时间：2023/11/02 08:15 作者：林晓雯').publishedAt).toBe('2023-11-02T08:15')
    expect(meta('修改日期：2023-11-03 日期：2023-11-02').publishedAt).toBe('2023-11-02')
    expect(meta('更新于 2023-11-03 作者：林晓雯').publishedAt).toBe('2023-11-03')
    // Labelled as published, the line outranks a bare date line above it.
    expect(extractMetadata(page([['title', '标题'], ['meta', '2023-11-05'], ['meta', '更新时间：2023-11-03 发布时间：2023-11-02'], ['body', '正文。']]), null).publishedAt).toBe('2023-11-02')
  })

  test('an author\'s bio with a reprint note below the body names the writer when no byline does', () => {
    const closing = (note: string, byline?: string) => extractMetadata(page([['title', '订单库迁移分布式数据库实践'], ...(byline ? [['meta', byline] as [BlockKind, string]] : []), ['meta', '2025年3月18日'],
      ['body', '正文第一段。'], ['chrome', note.normalize('NFKC')]]).map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP201 copyright' } : b)), null).author
    expect(closing('本文作者刘浩哲，云栈订单平台团队高级工程师。如需转载，请联系公众号“云栈技术”授权。')).toBe('刘浩哲')
    expect(closing('作者简介：刘浩哲，云栈订单平台团队高级工程师。转载请联系作者获得授权。')).toBe('刘浩哲')
    // A byline comes first; a bio whose first words are no name names nobody.
    expect(closing('本文作者刘浩哲，云栈订单平台团队高级工程师。如需转载，请联系公众号“云栈技术”授权。', '作者：陈一鸣')).toBe('陈一鸣')
    expect(closing('本文作者系资深工程师，如需转载，请联系公众号“云栈技术”授权。')).toBeNull()
    // A writer's label opening the rights line: the name before its comma.
    expect(closing('作者：许嘉宁，本文系山野漫游记原创，转载请注明出处。')).toBe('许嘉宁')
    expect(closing('作者：许嘉宁，本文系山野漫游记原创，转载请注明出处。', '作者：陈一鸣')).toBe('陈一鸣')
  })

  test('a footer\'s modification date ranks under the article\'s own date line and its time; the same day told to the minute wins', () => {
    const timed = (rows: [BlockKind, string][]): Block[] => page(rows).map((b) => (b.text.startsWith('香港时间') ? { ...b, rule: 'CP522 time-below-date' } : b))
    const release = (footer: string) => extractMetadata(timed([['title', '沙湾区议会拨款推广社区参与活动'], ['body', '正文第一段。'], ['body', '完'],
      ['meta', '2007年7月5日（星期四）'], ['meta', '香港时间18时30分'], ['meta', footer]]), null).publishedAt
    for (const footer of ['修订日期：2007年7月5日', '修改日期：2007年7月5日', '更新日期：2007年7月5日', '最后更新：2007年7月5日', '更新于 2007年7月5日']) {
      expect(release(footer)).toBe('2007-07-05T18:30')
    }
    // A later edit is still no publication date.
    expect(release('修订日期：2007年7月9日')).toBe('2007-07-05T18:30')
    // A labelled publication date above the body keeps its day, and takes the time a bare line of the same day tells.
    expect(extractMetadata(page([['title', '标题'], ['meta', '发布日期：2019-06-25'], ['body', '正文。'], ['meta', '2019-06-25 09:30']]), null).publishedAt).toBe('2019-06-25T09:30')
    expect(extractMetadata(page([['title', '标题'], ['meta', '发布日期：2019-06-25'], ['body', '正文。'], ['meta', '2019-06-27 09:30']]), null).publishedAt).toBe('2019-06-25')
    // An update's time on the same day is the edit's, not the publication's.
    expect(extractMetadata(page([['title', '标题'], ['meta', '发布日期：2019-06-25'], ['body', '正文。'], ['meta', '更新时间：2019-06-25 17:45']]), null).publishedAt).toBe('2019-06-25')
  })

  test('a CMS\'s post line (`由 NAME 于 DATE 提交`, `Submitted by NAME on DATE`) gives the date, and the poster when no line names the author', () => {
    const meta = (line: string, byline?: string) =>
      extractMetadata(page([['title', '2013年春季水鸟同步调查小记'], ...(byline ? [['meta', byline] as [BlockKind, string]] : []), ['meta', line], ['body', '正文第一段。']]), null)
    expect(meta('由 青苇 于 星期二, 2013-04-16 14:32 提交')).toMatchObject({ author: '青苇', publisher: null, publishedAt: '2013-04-16T14:32' })
    expect(meta('Submitted by John Smith on Tue, 04/16/2013 - 14:32').author).toBe('John Smith')
    expect(meta('由 青苇 于 星期二, 2013-04-16 14:32 提交', '作者：王芳').author).toBe('王芳')
  })

  test('below a comment section\'s header, dates are the comments\'', () => {
    const rows = page([['title', '水鸟同步调查小记'], ['body', '正文第一段。'], ['chrome', '评论'], ['chrome', '山雀'], ['meta', '星期二, 2013-04-16 20:05']])
      .map((b, i) => (i === 2 ? { ...b, rule: 'CP213 comments' } : b))
    expect(extractMetadata(rows, null).publishedAt).toBeNull()
    // Above the body, a comment link in the header is no comment section.
    const header = page([['chrome', '评论'], ['title', '水鸟同步调查小记'], ['body', '正文第一段。'], ['meta', '2013-04-16 20:05']])
      .map((b, i) => (i === 0 ? { ...b, rule: 'CP213 comments' } : b))
    expect(extractMetadata(header, null).publishedAt).toBe('2013-04-16T20:05')
  })

  test('an update line in brackets under the article (`最后更新 ( … )`) is meta, not body, and ranks under the published time', () => {
    const paragraphs = ['5月15日，县茶叶协会在协会会议室召开春茶收购座谈会，12家茶叶加工企业和28个合作社代表参加座谈，共同研究当前春茶收购中存在的问题。', '今年春季我县遭遇了倒春寒，名优茶开采时间比往年推迟了七到十天，头茶产量明显减少，鲜叶收购价格普遍上涨，特级芽茶鲜叶每斤达到80元至90元。', '协会会长刘建明在总结时说，全行业都要珍惜来之不易的市场口碑，协会将联合县质监局加强对茶叶加工企业的质量抽检。']
    const html = `<html><head><meta charset="utf-8"></head><body><div id="page"><div class="main"><table class="contentpaneopen"><tr><td class="contentheading">县茶叶协会召开春茶收购座谈会</td></tr><tr><td class="createdate">2010年05月18日 星期二 09:40</td></tr><tr><td>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</td></tr><tr><td class="modifydate">最后更新 ( 2010年05月19日 星期三 16:02 )</td></tr></table></div></div></body></html>`
    const page = cleanPage(html)
    expect(page.body.some((p) => p.includes('最后更新'))).toBe(false)
    expect(page.publishedAt).toBe('2010-05-18T09:40')
  })

  test('a date line amid a related list below the body is a card\'s, not the article\'s', () => {
    const rows = (card: BlockKind): Block[] => page([['title', '二手手机回收价格透明了吗'], ['body', '正文第一段。'], ['chrome', '相关推荐'], ['related', '手机以旧换新补贴来了'], ['meta', '科技观察 · 2024-05-18'], [card, '平板电脑回收行情调查']])
      .map((b, i) => (i === 2 ? { ...b, rule: 'CP205 related-heading' } : b))
    expect(extractMetadata(rows('related'), null).publishedAt).toBeNull()
    // Past the list's end, a date line may be the article's again.
    expect(extractMetadata(rows('chrome'), null).publishedAt).toBe('2024-05-18')
  })

  test('a meta row that gives only a relative time (`3小时前`) leaves dates below the body out', () => {
    const rows = (row: string): Block[] => page([['title', '二手手机回收价格透明了吗'], ['chrome', row], ['body', '正文第一段。'], ['meta', '2024-05-18 10:00']])
    expect(extractMetadata(rows('文 / Kevin Lau 3小时前 IP属地：广东'), null).publishedAt).toBeNull()
    expect(extractMetadata(rows('文 / Kevin Lau IP属地：广东'), null).publishedAt).toBe('2024-05-18T10:00')
  })

  test('a page that prints no date was filed under the day in its own labelled address, not in a bare link\'s', () => {
    const rows = (line: string, date?: string): Block[] => page([['title', '城区首条公交专用道试行一个月'], ...(date ? [['meta', date] as [BlockKind, string]] : []), ['body', '正文第一段。'], ['chrome', line]])
      .map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP223 permalink' } : b))
    expect(extractMetadata(rows('本文链接:http://www.example.cn/system/2014/06/12/012345678.shtml'), null).publishedAt).toBe('2014-06-12')
    expect(extractMetadata(rows('http://www.example.cn/system/2014/06/12/012345678.shtml'), null).publishedAt).toBeNull()
    expect(extractMetadata(rows('本文链接:http://www.example.cn/system/2014/06/12/012345678.shtml', '2014-06-11 18:20'), null).publishedAt).toBe('2014-06-11T18:20')
  })

  test('a declared UTC time is read at UTC+08:00 when the visible date agrees, with none visible only its day as written; another offset as written', () => {
    const html = (publishedAt: string) => ({ title: null, siteName: null, publishedAt, author: null, keywords: [], description: null })
    const rows = (shown?: string): Block[] => page([['title', '阳台种番茄的第二年'], ...(shown ? [['meta', shown] as [BlockKind, string]] : []), ['body', '正文第一段。']])
    expect(extractMetadata(rows('发表于 2021-08-22'), html('2021-08-22T12:14:05.000Z')).publishedAt).toBe('2021-08-22T20:14:05')
    // The visible time is the digits as written: the page wrote its own clock with a wrong offset.
    expect(extractMetadata(rows('发表于 2021-08-22 12:14'), html('2021-08-22T12:14:05.000Z')).publishedAt).toBe('2021-08-22T12:14:05')
    // Nothing visible: which clock is unknown, the day as written is what a page left at UTC shows.
    expect(extractMetadata(rows(), html('2015-10-03T22:18:05+00:00')).publishedAt).toBe('2015-10-03')
    expect(extractMetadata(rows(), html('2015-10-03T22:18:05+08:00')).publishedAt).toBe('2015-10-03T22:18:05')
    // A date near the title that is no meta line (what follows it kept it out) still shows the clock; one of another day does not.
    const near = (line: string): Block[] => page([['title', '阳台种番茄的第二年'], ['chrome', line], ['body', '正文第一段。']]).map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP502 before-body' } : b))
    expect(extractMetadata(near('2021年8月22日 20:14（北京时间）播客 专栏 订阅 收藏本文'), html('2021-08-22T12:14:05.000Z')).publishedAt).toBe('2021-08-22T20:14:05')
    expect(extractMetadata(near('2021年8月22日 12:14 播客 专栏 订阅 收藏本文'), html('2021-08-22T12:14:05.000Z')).publishedAt).toBe('2021-08-22T12:14:05')
    expect(extractMetadata(near('2021年9月30日 专题 播客 订阅 收藏本文'), html('2021-08-22T22:14:05.000Z')).publishedAt).toBe('2021-08-22')
    // Another offset is the page's own clock (Vancouver): its time stands, whatever the page shows.
    expect(extractMetadata(rows(), html('2024-03-05T10:42:00-08:00')).publishedAt).toBe('2024-03-05T10:42:00')
    expect(extractMetadata(rows('发表于 2024-03-05'), html('2024-03-05T10:42:00-08:00')).publishedAt).toBe('2024-03-05T10:42:00')
  })

  test('a name after a date and a word that says from it is the publisher', () => {
    expect(extractMetadata(page([['meta', '文|财新 周蔚然 2025年06月21日 18:47 来源于 财新网']]), null)).toMatchObject({ publisher: '财新网', publishedAt: '2025-06-21T18:47' })
    expect(extractMetadata(page([['meta', '2006年8月21日 08:36 新闻晨报 作者:吴佳']]), null)).toMatchObject({ publisher: '新闻晨报', author: '吴佳' })
    expect(extractMetadata(page([['meta', '2009年05月21日02:18 财经频道 经济日报']]), null).publisher).toBe('经济日报')
  })

  test('an e-paper\'s citation line (《paper》, the day, the page) names the source; a book\'s edition or a title in prose does not', () => {
    const body = '本报讯 6月17日，记者从省农业厅获悉，我省智慧农业综合服务平台已覆盖全省83.6%的种粮大户。'
    const cited = (line: string, kind: BlockKind = 'meta') => extractMetadata(page([['title', '我省智慧农业服务覆盖八成以上种粮大户'], ['body', body], [kind, line]]), null).publisher
    expect(cited('《东江日报》（2014年06月18日 第A03版）')).toBe('东江日报')
    expect(cited('《人民日报》（2014年06月18日 04 版）')).toBe('人民日报')
    expect(cited('《东江日报》2014-06-18 第A03版', 'chrome')).toBe('东江日报')
    expect(cited('《长安的荔枝》（2021年10月第1版）')).toBeNull()
    expect(cited('《长安的荔枝》，马伯庸著，湖南文艺出版社，2021年10月18日第1版', 'body')).toBeNull()
    expect(cited('《新闻联播》2014年06月18日播出')).toBeNull()
  })

  test('a compiler\'s credit alone right after the last paragraph is the author when no byline names one', () => {
    const body = '2009年9月，全市公路通车里程达到5680公里，其中高速公路186公里，农村公路4300余公里。'
    const author = (...rows: [BlockKind, string][]) => extractMetadata(page([['title', '清河交通发展大事记'], ...rows]), null).author
    expect(author(['body', body], ['meta', '（陈立 整理）'])).toBe('陈立')
    expect(author(['body', body], ['meta', '（整理：陈立）'])).toBe('陈立')
    expect(author(['meta', '本报记者 欧阳晓峰'], ['body', body], ['meta', '（陈立 整理）'])).toBe('欧阳晓峰')
    // A unit's credit names no writer; nor does a credit that is no line of its own, or one far below the body.
    expect(author(['body', body], ['meta', '（宣传部 供稿）'])).toBeNull()
    expect(author(['body', body + '（陈立 整理）'])).toBeNull()
    expect(author(['body', body], ['chrome', '相关文章'], ['meta', '（陈立 整理）'])).toBeNull()
  })

  test('a newsroom after a date is the publisher (新闻中心, 融媒体中心); another body ending 中心 is not', () => {
    expect(extractMetadata(page([['meta', '2024-02-06 09:00 港务集团新闻中心']]), null).publisher).toBe('港务集团新闻中心')
    expect(extractMetadata(page([['meta', '2023-08-01 10:20 青溪县融媒体中心']]), null).publisher).toBe('青溪县融媒体中心')
    expect(extractMetadata(page([['meta', '2024-02-06 09:00 市政务服务中心']]), null).publisher).toBeNull()
  })

  test('a name after a date is the publisher only when no line says 来源', () => {
    expect(extractMetadata(page([['meta', '2025-05-16 14:06:03  虎嗅网']]), null).publisher).toBe('虎嗅网')
    expect(extractMetadata(page([['meta', '2020年11月12日 星期四'], ['meta', '2020-11-12 08:30 来源:台南新闻网']]), null)).toMatchObject({
      publisher: '台南新闻网', publishedAt: '2020-11-12T08:30',
    })
  })

  test('the site header\'s "today" and an update time lose to the article\'s date, wherever it stands', () => {
    const below = extractMetadata(page([
      ['meta', '2005年12月9日 星期五'], ['title', '江城入冬第一场雪'], ['body', '正文第一段。'],
      ['meta', '发布时间：2005-12-08 17:20 来源：江城晚报 作者：韩雪'.normalize('NFKC')],
    ]), null)
    expect(below.publishedAt).toBe('2005-12-08T17:20')
    const updated = extractMetadata(page([
      ['meta', '更新时间:2007-03-03 09:15:22'], ['title', '两会今天开幕'], ['meta', '2007年03月02日 16:40:18 来源:新华网'], ['body', '正文第一段。'],
    ]), null)
    expect(updated.publishedAt).toBe('2007-03-02T16:40:18')
    expect(extractMetadata(page([['meta', '2005年12月9日 星期五'], ['body', '正文第一段。']]), null).publishedAt).toBe('2005-12-09')
    const written = extractMetadata(page([
      ['meta', '发布机构:市医疗保障局 成文日期:2024-12-25'], ['meta', '发布日期:2024-12-27 浏览量:3581'], ['meta', '来源:市医疗保障局 发布时间:2024-12-27 15:30'], ['body', '正文第一段。'],
    ]), null)
    expect(written.publishedAt).toBe('2024-12-27T15:30')
    expect(extractMetadata(page([['meta', 'posted on 2006-08-14 13:45 Jason Li'], ['body', '正文第一段。']]), null).publishedAt).toBe('2006-08-14T13:45')
  })

  test('a platform\'s post date line counts wherever the layout put it; a dated headline with text beside the date does not', () => {
    const below = (line: string) => extractMetadata(page([['title', '为什么老城区的菜市场越改越冷清'], ['body', '正文第一段。'], ['related', line.normalize('NFKC')],
      ['chrome', '晚风吹过巷口'], ['chrome', '2022-05-14 赞 48 回复']]), null).publishedAt
    expect(below('编辑于 2022-05-14 16:20・IP 属地上海')).toBe('2022-05-14T16:20')
    expect(below('发布于 2022-05-14 16:20 浙江')).toBe('2022-05-14T16:20')
    expect(below('编辑于 2022-05-14 16:20 城市更新的十个问题')).toBeNull()
  })

  test('a grid of fields without colons reads each label with the value after it, on the next line or in the same row', () => {
    const lines = extractMetadata(page([
      ['title', '受台风影响 全县农损逾2亿元'], ['meta', '发布日期'], ['meta', '2016/08/03'], ['chrome', '发布单位'], ['chrome', '农业处'],
      ['chrome', '资料来源'], ['chrome', '农业处'], ['chrome', '点阅数'], ['chrome', '1293'], ['body', '正文第一段。'],
    ]), null)
    expect(lines).toMatchObject({ publisher: '农业处', publishedAt: '2016-08-03' })
    const row = extractMetadata(page([['title', '受台风影响 全县农损逾2亿元'], ['meta', '发布日期 2016/08/03 发布单位 农业处'], ['chrome', '资料来源 农业处 点阅数 1293'], ['body', '正文第一段。']]), null)
    expect(row.publisher).toBe('农业处')
    expect(extractMetadata(page([['title', '标题'], ['chrome', '作者'], ['chrome', '林晓明'], ['body', '正文第一段。']]), null).author).toBe('林晓明')
    // A label with no value after it, a sentence after a label word, a label below the body: nothing read.
    expect(extractMetadata(page([['title', '标题'], ['chrome', '来源'], ['chrome', '作者'], ['body', '正文第一段。']]), null)).toMatchObject({ publisher: null, author: null })
    expect(extractMetadata(page([['title', '标题'], ['chrome', '来源 据本报记者了解，这次活动共有三百多名市民参加，现场气氛十分热烈'], ['body', '正文第一段。']]), null).publisher).toBeNull()
    expect(extractMetadata(page([['title', '标题'], ['body', '正文第一段。'], ['chrome', '资料来源'], ['chrome', '农业处']]), null).publisher).toBeNull()
  })

  test('a grid label alone on its line with its colon (a `<dl>`) reads with the value on the next line', () => {
    const dl = (rows: [string, string][]) => extractMetadata(page([['title', '本校团队荣获发明展金牌'], ...rows, ['body', '正文第一段。']]), null)
    expect(dl([['meta', '发布日期:'], ['meta', '2017/10/23'], ['chrome', '资料来源:'], ['chrome', '研发处'], ['chrome', '点阅次数:'], ['chrome', '1024']]))
      .toMatchObject({ publisher: '研发处', publishedAt: '2017-10-23' })
    expect(dl([['chrome', '作者:'], ['chrome', '林怡君']]).author).toBe('林怡君')
    // The unit that issued a release is its source, in a grid or on a meta line.
    expect(dl([['chrome', '发布单位:'], ['chrome', '研发处']]).publisher).toBe('研发处')
    expect(dl([['meta', '发布日期:2016-05-12 发布单位:议事组 浏览人次:1234']]).publisher).toBe('议事组')
    // A disclosure grid's issuing office, its value ending at the grid's next label on the line; a name holding such a word stays whole.
    expect(dl([['meta', '发布机构: 宿迁市农业农村局 发文日期: 2020-04-28']]).publisher).toBe('宿迁市农业农村局')
    expect(dl([['meta', '发布部门:市统计局 索引号:0141-2020-00087']]).publisher).toBe('市统计局')
    expect(dl([['meta', '来源:发文处理中心 2020-04-28']]).publisher).toBe('发文处理中心')
    // The issuing office gives way to a line that names the source.
    expect(dl([['meta', '发布机构:东州市市场监督管理局'], ['meta', '发布日期:2024-04-09 信息来源:食品安全抽检监测科']]).publisher).toBe('食品安全抽检监测科')
    // A value that is itself a label, a labelled line, a long line or a label the table does not know: nothing read.
    expect(dl([['chrome', '来源:'], ['chrome', '作者:'], ['chrome', '林怡君']])).toMatchObject({ publisher: null, author: '林怡君' })
    expect(dl([['chrome', '来源:'], ['chrome', '作者']]).publisher).toBeNull()
    expect(dl([['chrome', '来源:'], ['chrome', '点阅次数:1024']]).publisher).toBeNull()
    expect(dl([['chrome', '来源:'], ['chrome', '据本报记者了解，这次活动共有三百多名市民参加，现场气氛十分热烈']]).publisher).toBeNull()
    expect(dl([['chrome', '点阅次数:'], ['chrome', '研发处']]).publisher).toBeNull()
    // Below the body, nothing read.
    expect(extractMetadata(page([['title', '标题'], ['body', '正文第一段。'], ['chrome', '来源:'], ['chrome', '研发处']]), null).publisher).toBeNull()
  })

  test('an editor is not the author; garbage after a label is not a name', () => {
    const meta = extractMetadata(page([['meta', '作者: size="20" 来源: size="20"'], ['chrome', '(责任编辑:李华)']]), null)
    expect(meta.author).toBeNull()
  })

  test.each([
    ['2024-01-08 来源：东江日报 记者 张三 通讯员 李四', '张三', '东江日报'],
    ['2024-01-08 来源：东江日报 通讯员 李四', '李四', '东江日报'],
    ['2016-05-30 11:06来源：滨江日报记者 方圆', '方圆', '滨江日报'],
    ['■本报评论员 邓山', '邓山', null],
    ['作者：学生记者 韩雪 摄影：王磊', '韩雪', null],
    ['CBA星空体育记者 郑凯2018-11-20 22:47', '郑凯', null],
    ['发布时间：2023-05-22 17:08:11 作者：校团委', null, null],
    ['2019-03-02 编辑：郭晓审核：王磊', '郭晓', null],
    ['2010-03-02 09:15 作者：陈楠 我要评论(12)', '陈楠', null],
    ['（湖北日报全媒记者 韩雪 章可）', '韩雪 章可', null],
    ['2024-01-08 10:00:00 东江网 作者：东江网记者 张三', '张三', '东江网'],
    ['2024-01-08 东江晚报 首席记者 张三 实习生 王五', '张三', '东江晚报'],
    ['2024年01月08日 新华社记者 张三', '张三', '新华社'],
    ['2024-01-08 本报记者 张三', '张三', null],
    ['文丨张三 2024-01-08 10:00', '张三', null],
    ['日期:2024-01-08 来源:《瞭望》杂志 作者:张三', '张三', '瞭望'],
    // A closer that closes a bracket of the name stays; a periodical's issue is no part of its name.
    ['2012-05-22 来源：东江电视台《民生直通车》 点击：31', null, '东江电视台《民生直通车》'],
    ['2024-01-08 来源：[ 人民网 ]', null, '人民网'],
    ['2024-01-08 来源：《人民日报》', null, '人民日报'],
    ['作者：孟春生 来源：《东岳文学》2015年第6期 发布时间：2015-12-01', '孟春生', '东岳文学'],
    ['(摘自《东岳学术季刊》2000年第2期，原文约15，000字)', null, '东岳学术季刊'],
    ['发布于 2024-01-08 10:00 浙江', null, null],
    ['2024-04-01 06:35:12 来源：体坛快讯 文/李四', '李四', '体坛快讯'],
    ['文/安居房产网 林一', '林一', null],
    ['2024.04.22作者：企业文化部 杨帆浏览量：1580', '杨帆', null],
    ['来源：兴化市文化和旅游局作者：孟瑶浏览量：0', '孟瑶', '兴化市文化和旅游局'],
    ['2011-08-02 07:12 作者：邹新华 李阳我要评论(28)', '邹新华 李阳', null],
    ['记者 | 孙悦编辑 | 郭子涵2024-09-12 10:03', '孙悦', null],
    ['2022-06-08 来源：澄江日报 通讯员 黄丽 记者 杨帆', '黄丽 杨帆', '澄江日报'],
    ['2024-02-20 17:05:44 来源：云岭网 摄影:赵刚', '赵刚', '云岭网'],
    ['2022-12-18 23:47:05 来源：体坛晨报 分享', null, '体坛晨报'],
    ['2020-12-03 07:30　来源：城市观察网　我要纠错', null, '城市观察网'],
    // A portal's tool row after the source, in brackets or not; a tool word inside a name stays.
    ['2008年09月27日 10:35　来源：新华社　【字号 大 中 小】', null, '新华社'],
    ['2008-09-27 10:35 来源：新华社 【打印】 【关闭】', null, '新华社'],
    ['2008-09-27 10:35 来源：新华社 [关闭窗口]', null, '新华社'],
    ['2008-09-27 10:35 来源：新华社字体 大 中 小', null, '新华社'],
    ['2019-03-02 来源：新闻宣传司【字体:大 中 小】', null, '新闻宣传司'],
    ['2022-05-10 来源：耕地保护监督科阅读次数:0 【字体:大 中 小】', null, '耕地保护监督科'],
    ['2008-09-27 10:35 来源：江南晚报 打印 关闭', null, '江南晚报'],
    ['2019-04-02 来源：中国3D打印网', null, '中国3D打印网'],
    ['2019-04-02 来源：中华老字号网', null, '中华老字号网'],
    // The tool row glued to the name (adjacent elements without a gap): a bracket of size letters or tools, a tool word.
    ['2023-09-12 09:03:45 来源：东州日报【大 中 小】打印', null, '东州日报'],
    ['2023-09-12 来源：东州日报【大中小】【打印】【关闭】', null, '东州日报'],
    ['2023-09-12 来源：东州日报[打印][关闭]', null, '东州日报'],
    ['2023-09-12 来源：东州日报【我要纠错】', null, '东州日报'],
    ['2023-09-12 来源：东州日报我要纠错', null, '东州日报'],
    ['2012-05-22 来源：东江电视台《民生直通车》【大 中 小】', null, '东江电视台《民生直通车》'],
    // Size letters or a tool word inside a name, or a bracket holding other words, stay.
    ['2023-09-12 来源：大中小学生报', null, '大中小学生报'],
    ['2023-09-12 来源：【大众日报】', null, '大众日报'],
    ['2023-09-12 来源：大众日报 【大 中 小】', null, '大众日报'],
    ['2023-09-12 来源：东州纠错网', null, '东州纠错网'],
    // A counter after the source, however the space repair left the gap (`本文来源：玩家志　评论(214)`).
    ['2025-03-02 本文来源：玩家志 评论(214)', null, '玩家志'],
    // A reprint's source without a colon ends at the next label, a space or a comma; the words that say so are no name.
    ['2023-11-02 16:40转载自澎湃新闻作者：邵明远', '邵明远', '澎湃新闻'],
    ['2023-11-02 16:40 转载自澎湃新闻 作者：邵明远', '邵明远', '澎湃新闻'],
    ['2023-11-02 16:40 本文转载自澎湃新闻，有删节', null, '澎湃新闻'],
    ['2023-11-02 16:40 本文来源于 财新网', null, '财新网'],
    // Without a word that says source, only an outlet's name after the date is one: no place it was posted from, no forum poster.
    ['东州发布 2025年04月09日 18:30 东州', null, null],
    ['东州发布 2025年04月09日 18:30 美国', null, null],
    ['2003-5-29 09:07 高山流水', null, null],
    ['2021年12月05日 21:47 新浪体育', null, '新浪体育'],
    ['2021-04-19 11:06 城市通 记者 何静', '何静', '城市通'],
    ['2019-08-29 14:33 来自 青檬科技说', null, '青檬科技说'],
    ['原创 2022-04-18 09:30 · 日本', null, null],
    // An outlet alone before the date is the source; an account (`东州发布`) or a place there is none.
    ['香江时报 2015年6月4日（星期四）11:32', null, '香江时报'],
    ['东州发布 2025年04月09日 18:30', null, null],
    ['香港 2015年6月4日 11:32', null, null],
  ])('newsroom roles, outlets and places around names: %s', (line, author, publisher) => {
    const rows = page([['title', '市区新增三条公交线路'], ['meta', line], ['body', '正文第一段。']])
    expect(extractMetadata(rows, null)).toMatchObject({ author, publisher })
  })

  test('a name glued to the outlet the page names and its role (`林晓东海新闻记者`) is the author; the editor only when the outlet is unknown', () => {
    const author = (line: string, source: string) => extractMetadata(page([['title', '春节假期我市文旅消费火热'], ['chrome', line], ['meta', `2026-02-20 07:45 来源:${source}`],
      ['body', '记者从市文化广电旅游局获悉，春节8天假期，全市共接待游客412.6万人次。'], ['meta', '编辑:沈佳']]).map((b, i) => (i === 1 ? { ...b, rule: 'CP502 before-body' } : b)), null).author
    expect(author('林晓东海新闻记者', '东海新闻')).toBe('林晓')
    expect(author('欧阳明辉东海新闻首席记者', '东海新闻')).toBe('欧阳明辉')
    // Where the name ends is unknown without the outlet; what stands before it must be a name.
    expect(author('林晓东海新闻记者', '新华社')).toBe('沈佳')
    expect(author('本报东海新闻记者', '东海新闻')).toBe('沈佳')
  })

  test('words after 作者 or 记者 that are no name give no author; a labelled pen name and an employer\'s analyst do', () => {
    expect(extractMetadata(page([['meta', '作者其他文章'], ['body', '正文第一段。']]), null).author).toBeNull()
    expect(extractMetadata(page([['meta', '作者其他作品'], ['body', '正文第一段。']]), null).author).toBeNull()
    expect(extractMetadata(page([['meta', '作者 更多视频'], ['body', '正文第一段。']]), null).author).toBeNull()
    expect(extractMetadata(page([['meta', '记者提问'], ['body', '正文第一段。']]), null).author).toBeNull()
    expect(extractMetadata(page([['meta', '作者:厨房小白兔'], ['body', '正文第一段。']]), null).author).toBe('厨房小白兔')
    expect(extractMetadata(page([['meta', '作者:东方证券分析师 周立新'], ['body', '正文第一段。']]), null).author).toBe('周立新')
    expect(extractMetadata(page([['meta', '作者:东方证券 周立新'], ['body', '正文第一段。']]), null).author).toBe('周立新')
  })

  test('a photo-and-text credit, an English byline, a dateline in brackets, fields glued in brackets', () => {
    expect(extractMetadata(page([['meta', '文/图 张明华'], ['body', '正文第一段。']]), null).author).toBe('张明华')
    // The writer's unit before the name (`（文/图：心血管内科 黎慧敏）`), and 图文: as the same credit.
    expect(extractMetadata(page([['meta', '（文/图：心血管内科 黎慧敏）'], ['body', '正文第一段。']]), null).author).toBe('黎慧敏')
    expect(extractMetadata(page([['meta', '图文：心内科 王磊'], ['body', '正文第一段。']]), null).author).toBe('王磊')
    expect(extractMetadata(page([['meta', 'By John Smith'], ['body', '正文第一段。']]), null).author).toBe('John Smith')
    expect(extractMetadata(page([['body', '(中央社记者张明华台北21日电)市区首条有轨电车线路开始试运行。']]), null).author).toBe('张明华')
    expect(extractMetadata(page([['title', '市区首条有轨电车线路试运行'], ['body', '【2005年3月21日】市区首条有轨电车线路开始试运行。']]), null).publishedAt).toBe('2005-03-21')
    expect(metaPairs('【作者:张明华】【来源:江城晚报】【发布时间:2005-03-21 08:30】')).toMatchObject({ author: '张明华', source: '江城晚报' })
  })

  test('an outlet before 记者 is no part of the name; an outlet alone under the date is no author; the page\'s declared author beats the editor', () => {
    expect(extractMetadata(page([['meta', '澎湃新闻记者 周楠'], ['body', '正文第一段。']]), null).author).toBe('周楠')
    expect(extractMetadata(page([['meta', '文/体坛特约记者 孙川'], ['body', '正文第一段。']]), null).author).toBe('孙川')
    expect(extractMetadata(page([['title', '神舟五号成功返回'], ['meta', '2003年10月16日 08:45'], ['chrome', '新华社'], ['body', '正文第一段。']]).map((b, i) => (i === 2 ? { ...b, rule: 'CP502 before-body' } : b)), null).author).toBeNull()
    const declared = { title: null, siteName: null, publishedAt: null, author: '周楠', keywords: [], description: null }
    expect(extractMetadata(page([['body', '正文第一段。'], ['chrome', '(责任编辑:孙蕾)']]), declared).author).toBe('周楠')
  })

  test('a byline in the first paragraph gives the author', () => {
    expect(extractMetadata(page([['body', '据新华社拉萨电(记者 格桑边觉)记者近日从西藏自治区农业农村厅了解到。']]), null).author).toBe('格桑边觉')
    expect(extractMetadata(page([['body', '〔记者林怡君／台北报导〕台北捷运环状线北环段今天上午举行动工典礼。']]), null).author).toBe('林怡君')
    expect(extractMetadata(page([['body', '本报讯 记者 陈立 报道：昨天上午，市区首条快速公交线路正式开通运营。']]), null).author).toBe('陈立')
    expect(extractMetadata(page([['body', '本报记者陈立报道：昨天上午，市区首条快速公交线路正式开通运营。']]), null).author).toBe('陈立')
    expect(extractMetadata(page([['body', '本报北京5月20日讯 记者王晓东报道：商务部今天公布的数据显示，家电下乡产品销售额突破五百亿元。']]), null).author).toBe('王晓东')
    // A summary set above the lede: the byline is in the second paragraph.
    expect(extractMetadata(page([['body', '台北市政府18日宣布老旧公寓增设电梯补助加码。'], ['body', '(中央社记者陈怡君台北18日电)台北市政府今天宣布补助加码。']]), null).author).toBe('陈怡君')
  })

  test('a Big5 byline with the division slash (∕) reads like one with /', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><h1>北市老旧公寓增设电梯补助加码</h1><p>〔記者陳怡君∕台北報導〕台北市政府今天宣布，老旧公寓增设电梯的补助上限将再提高，预计明年起受理申请，估计有上千户受惠。</p><p>都发局表示，补助对象为五层楼以下、屋龄超过二十年的公寓，今年已有三百多件申请案。</p></body></html>'
    expect(cleanPage(html).author).toBe('陈怡君')
  })

  test('a reader\'s post header below the body names no author', () => {
    const rows = page([['title', '县城新开一家书店'], ['body', '本报讯 县城新开了一家书店，吸引了不少读者。'], ['meta', '老淮河 发表于 2009-3-2 10:18']])
    expect(extractMetadata(rows, null).author).toBeNull()
  })

  test('an e-paper article with no date of its own ran on the issue\'s date in the page header; a site header without issue navigation gives none', () => {
    const rows = (header: string): Block[] => page([['chrome', header], ['chrome', '第A03版：要闻 上一版 下一版'], ['title', '江南大桥全线贯通'], ['body', '正文第一段。']])
    expect(extractMetadata(rows('2016年08月12日 星期五 前一期 后一期 往期回顾'), null).publishedAt).toBe('2016-08-12')
    // A Hong Kong paper's header links to its past issues.
    expect(extractMetadata(rows('2007年6月14日 星期四 | 过去七日报章 | 新闻搜寻'), null).publishedAt).toBe('2007-06-14')
    expect(extractMetadata(page([['chrome', '2016年08月12日 星期五 欢迎访问'], ['title', '江南大桥全线贯通'], ['body', '正文第一段。']]), null).publishedAt).toBeNull()
  })

  test('a blog header names the owner as the author; tags printed one per line under an empty label are no names', () => {
    const rows = page([['chrome', '林子默的博客'], ['title', '回乡记：老屋、槐树和母亲的菜园'], ['meta', '(2008-06-14 21:35:12)'], ['meta', '标签：'], ['chrome', '回乡'], ['chrome', '老屋'], ['chrome', '分类：随笔'], ['body', '正文第一段。']])
      .map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP502 before-body' } : b))
    expect(extractMetadata(rows, null).author).toBe('林子默')
  })

  test('the values under an empty tag label are no names', () => {
    const rows = page([['title', '回乡过年记'], ['chrome', '标签：'], ['chrome', '回家 过年'], ['body', '正文第一段。']]).map((b, i) => (i === 1 || i === 2 ? { ...b, rule: 'CP502 before-body' } : b))
    expect(extractMetadata(rows, null).author).toBeNull()
  })

  test('a sentence about filming is no photo credit', () => {
    const rows = page([['title', '夏日回声发布会'], ['body', '导演透露，影片大部分场景都是在厦门拍摄，历时三个月。']])
    expect(extractMetadata(rows, null).author).toBeNull()
  })

  test('a photo credit counts where a caption or an undecided line has it, not in a tag cloud', () => {
    const rows = (rule: string): Block[] =>
      page([['title', '秋日的小镇'], ['chrome', '随笔 小镇 回忆 北京 摄影 读书笔记'], ['body', '正文第一段。']]).map((b, i) => (i === 1 ? { ...b, rule } : b))
    expect(extractMetadata(rows('CP207 nav-list'), null).author).toBeNull()
    const caption = page([['title', '秋日的小镇'], ['chrome', '小镇的清晨 蔡雪婧/摄'], ['body', '正文第一段。']]).map((b, i) => (i === 1 ? { ...b, rule: 'CP214 caption' } : b))
    expect(extractMetadata(caption, null).author).toBe('蔡雪婧')
  })

  test('a platform author card under the title names the author; a tag word (原创) names nobody', () => {
    const rows = (card: string): Block[] =>
      page([['title', '古代的驿站到底有多快'], ['chrome', card], ['chrome', '原创'], ['body', '正文第一段。']]).map((b, i) => ({ ...b, rule: i === 1 || i === 2 ? 'CP502 before-body' : b.rule }))
    expect(extractMetadata(rows('史海拾贝君 9.8万粉丝 关注'), null).author).toBe('史海拾贝君')
    expect(extractMetadata(rows('老张说车 1.2w粉丝 · 356获赞 +关注'), null).author).toBe('老张说车')
    expect(extractMetadata(rows('全国 9.8万家门店'), null).author).toBeNull()
  })

  test('a line of names under the title is the author; a UI word a rule took for chrome is not', () => {
    const rows = (line: BlockKind, rule: string): Block[] =>
      page([['title', '新生活与明白神的旨意'], [line, '返目录'], ['chrome', '茉莉'], ['body', '正文第一段。']]).map((b, i) =>
        ({ ...b, rule: i === 1 ? rule : i === 2 ? 'CP502 before-body' : b.rule }))
    expect(extractMetadata(rows('chrome', 'CP206 ui-words'), null).author).toBe('茉莉')
    expect(extractMetadata(rows('chrome', 'CP502 before-body'), null).author).toBe('返目录')
  })
})

describe('a writer\'s name and job title before the date', () => {
  const page = (line: string) => cleanPage(['飞帆云盘 3.0 发布：重写同步引擎', '', line, '',
    '今天，我们正式发布飞帆云盘 3.0。这是飞帆云盘上线五年来改动最大的一个版本，我们用了将近一年的时间重写了同步引擎。',
    '', '新引擎把文件切成分块，按内容计算指纹，只上传发生变化的分块，大文件上传的速度因此提升了一倍左右。',
    '', '桌面端 3.0 今天起分批推送，手机端将在本周内陆续上架各应用商店，欢迎大家升级体验并提出意见。'].join('\n'), { inputFormat: 'text' })

  test('is the author: a company blog\'s byline', () => {
    expect(page('周宁 产品经理 2024年3月12日 阅读约 5 分钟')).toMatchObject({ author: '周宁', publishedAt: '2024-03-12' })
  })
  test('a place or an event before the date is no writer', () => {
    expect(page('上海 浦东新区 2024年3月12日').author).toBeNull()
    expect(page('周宁 产品发布 2024年3月12日').author).toBeNull()
  })
})

describe('publisher and site: who the page credits, and where it was found', () => {
  const page = (rows: [BlockKind, string][]): Block[] =>
    rows.map(([kind, text], i) => ({ ...makeBlock(text, i + 1), key: text.normalize('NFKC'), kind }))
  const html = (siteName: string | null): HtmlMeta => ({ title: null, siteName, publishedAt: null, author: null, keywords: [], description: null })
  const article = (closing: string): Block[] => page([['title', '滨江新区启用智慧停车系统'], ['body', '正文第一段。'], ['chrome', closing]])

  test('an outlet claiming the piece, with reprint terms after, is its publisher', () => {
    expect(extractMetadata(article('版权声明：本文为江城日报原创稿件，未经授权不得转载'), null).publisher).toBe('江城日报')
    expect(extractMetadata(article('欧华在线原创，转载请注明出处。'), null).publisher).toBe('欧华在线')
    // The writer credited before the claim: the claim still names the outlet.
    expect(extractMetadata(article('作者：许嘉宁，本文系山野漫游记原创，转载请注明出处。'.normalize('NFKC')), null).publisher).toBe('山野漫游记')
    expect(extractMetadata(article('作者：许嘉宁，本文为作者原创，转载请注明出处。'.normalize('NFKC')), null).publisher).toBeNull()
    // The site's own claim names the site; the writer's, or prose about being original, name no publisher.
    expect(extractMetadata(article('本站原创，转载请注明出处'), html('滨江网')).publisher).toBe('滨江网')
    expect(extractMetadata(article('本文为作者原创，未经授权不得转载'), null).publisher).toBeNull()
    expect(extractMetadata(article('本文为原创文章，转载请注明出处'), null).publisher).toBeNull()
    expect(extractMetadata(article('他坚持原创，不跟风。'), null).publisher).toBeNull()
  })

  test('on a platform the account that posted the piece is its publisher, when no outlet is credited', () => {
    const card = (rows: [BlockKind, string][]) => extractMetadata(page([['meta', '数码前哨站·2019-07-12 08:36'], ['title', '千元机也能拍夜景了'], ['body', '正文第一段。'], ...rows]), null).publisher
    // The card: name, bio, the profile's counts, a follow button; the page names the account elsewhere too.
    expect(card([['chrome', '数码前哨站'], ['chrome', '关注数码产品的深度评测'], ['chrome', '1208 文章 5.6万 粉丝'], ['chrome', '+订阅']])).toBe('数码前哨站')
    expect(card([['chrome', '数码前哨站'], ['chrome', '+关注'], ['chrome', '粉丝：1.2万 文章：2356'.normalize('NFKC')]])).toBe('数码前哨站')
    // A name the page prints nowhere else, a headline with figures, no counts: none.
    expect(card([['chrome', '科技生活家'], ['chrome', '1208 文章 5.6万 粉丝']])).toBeNull()
    expect(card([['chrome', '数码前哨站'], ['related', '全国新开书店同比增长 3.9万个']])).toBeNull()
    expect(card([['chrome', '数码前哨站'], ['chrome', '+关注']])).toBeNull()
    // A WeChat header: the writer, then the account before the date; the writer alone is the author only.
    const wechat = (line: string) => extractMetadata(page([['title', '春日研学'], ['meta', line], ['body', '正文第一段。']]), null)
    expect(wechat('原创 沈佳怡 德清县城关小学 2024-05-10 17:45 浙江').publisher).toBe('德清县城关小学')
    expect(wechat('原创 码农小北 2021-03-15 10:22').publisher).toBeNull()
    // A platform's label before the account on the dated line under the title, whatever the layout made of it.
    const labelled = (line: string) => extractMetadata(page([['title', '吃一锅地道的酸汤鱼'], ['chrome', line], ['body', '正文第一段。']]), null).publisher
    expect(labelled('2016年09月12日 14:06凤凰号 山野漫游记')).toBe('山野漫游记')
    expect(labelled('凤凰号 山野漫游记')).toBeNull()
    expect(labelled('2016年09月12日 14:06 凤凰号 登录')).toBeNull()
    // In HTML, the element the platform marks the account with.
    expect(extractMetadata(page([['title', '春日研学'], ['body', '正文第一段。']]), { ...html(null), account: '青梧发布' }).publisher).toBe('青梧发布')
  })

  test('an outlet credited under the body wins over a header source that is only the account or the platform', () => {
    const repost = (header: string, closing: string) => extractMetadata(page([['title', '老旧小区加装电梯'], ['meta', header.normalize('NFKC')], ['body', '正文第一段。'],
      ['body', '正文第二段。'], ['meta', closing.normalize('NFKC')], ['chrome', '青岸观察'], ['chrome', '1208 文章 5.6万 粉丝']]), null).publisher
    expect(repost('2020-08-14 07:25:31 来源: 青岸观察', '本文来源：岭南商报 作者：杜衡')).toBe('岭南商报')
    expect(repost('2023-05-16 17:40 来源：澎湃新闻·澎湃号·政务', '来源 | 临江区融媒体中心')).toBe('临江区融媒体中心')
    // A header naming an outlet keeps it; a picture's credit is no outlet's.
    expect(repost('2020-08-14 07:25:31 来源: 南方日报', '本文来源：岭南商报 作者：杜衡')).toBe('南方日报')
    expect(repost('2020-08-14 07:25:31 来源: 青岸观察', '图片来源：视觉中国')).toBe('青岸观察')
  })

  test('a header crediting the account as author gives way to a person credited as writer under the body', () => {
    const writer = (header: string) => extractMetadata(page([['chrome', '财富号 > 港湾投研 > 正文'], ['title', '储能板块连续调整'], ['meta', header.normalize('NFKC')], ['body', '正文第一段。'],
      ['chrome', '撰文：周启航｜数据支持：Choice数据'.normalize('NFKC')], ['chrome', '港湾投研'], ['chrome', '+关注'], ['chrome', '粉丝：1.2万 文章：2356'.normalize('NFKC')]]), null)
    expect(writer('作者：港湾投研 2024-07-09 15:32:08 发布于 广东')).toMatchObject({ author: '周启航', publisher: '港湾投研' })
    // A header naming a person keeps them.
    expect(writer('作者：林一帆 2024-07-09 15:32:08 发布于 广东').author).toBe('林一帆')
  })

  test('the site an HTML page names is its site, not its publisher', () => {
    const meta = extractMetadata(article('正文之后'), html('滨江网'))
    expect(meta).toMatchObject({ publisher: null, site: '滨江网' })
    // No name: the headline itself, the forum software, a label; a tail still holding the headline's end gives the name after it.
    expect(extractMetadata(article('x'), html('滨江新区启用智慧停车系统')).site).toBeNull()
    expect(extractMetadata(article('x'), html('Powered by Discuz!')).site).toBeNull()
    expect(extractMetadata(article('x'), html('新闻稿：滨江新区')).site).toBeNull()
    expect(extractMetadata(article('x'), html('商业频道')).site).toBeNull()
    expect(extractMetadata(article('x'), html('潮新闻·城市频道')).site).toBe('潮新闻')
    expect(extractMetadata(article('x'), html('启用智慧停车系统-滨江区人民政府')).site).toBe('滨江区人民政府')
  })

  test('a text dump names its site after the headline on its first line, and nowhere else', () => {
    const titled = page([['title', '滨江新区启用智慧停车系统 - 滨江新闻网'], ['body', '正文第一段。']])
    expect(extractMetadata(titled, null)).toMatchObject({ title: '滨江新区启用智慧停车系统', publisher: null, site: '滨江新闻网' })
    const menu = page([['chrome', '新闻中心 | 图片中心'], ['title', '滨江新区启用智慧停车系统'], ['body', '正文第一段。']])
    expect(extractMetadata(menu, null).site).toBeNull()
  })
})

describe('related headlines', () => {
  const related = (lines: string[]): Block[] =>
    lines.map((text, i) => ({ ...makeBlock(text, i + 1), key: text.normalize('NFKC'), kind: 'related' as const }))

  test('a long headline and its short form glued to a timestamp become one item', () => {
    expect(extractRelated(related([
      '国足vs巴林:王钰栋谢文能先发 首发阵容公布',
      '国足vs巴林,王钰栋谢文能先发2025-06-10 18:14:43',
      '中小国家对枭龙战机兴趣高涨,印巴冲突大显身手',
      '专家:中小国家对枭龙战机兴趣高涨2025-06-10 17:08:24',
    ]))).toEqual([
      { title: '国足vs巴林:王钰栋谢文能先发 首发阵容公布', publishedAt: '2025-06-10T18:14:43' },
      { title: '中小国家对枭龙战机兴趣高涨,印巴冲突大显身手', publishedAt: '2025-06-10T17:08:24' },
    ])
  })

  test('exact repeats are dropped, page order kept', () => {
    const items = extractRelated(related(['标题甲的长形式在这里', '标题甲的长形式2025-06-10 18:28:11', '标题乙的长形式在这里', '标题乙的长形式2025-06-10 18:00:00', '标题甲的长形式在这里', '标题甲的长形式2025-06-10 18:28:11']))
    expect(items.map((i) => i.title)).toEqual(['标题甲的长形式在这里', '标题乙的长形式在这里'])
  })

  test('a date glued to the next line belongs to the truncated headline before it', () => {
    expect(extractRelated(related(['嘉兴南湖半马赛道升级 沿途串联...', '2025-09-08体育播报:浙江省运动会游泳比赛落幕...', '2025-09-07'])))
      .toEqual([
        { title: '嘉兴南湖半马赛道升级 沿途串联...', publishedAt: '2025-09-08' },
        { title: '体育播报:浙江省运动会游泳比赛落幕...', publishedAt: '2025-09-07' },
      ])
  })

  test('date-first and undated items', () => {
    expect(extractRelated(related(['- 2025-12-28一图看懂全市冬季供暖安排', '市民建议夜间公交增设站点 公交集团回应']))).toEqual([
      { title: '一图看懂全市冬季供暖安排', publishedAt: '2025-12-28' },
      { title: '市民建议夜间公交增设站点 公交集团回应', publishedAt: null },
    ])
  })

  test('short forms: cut, relabelled, re-punctuated', () => {
    expect(isShortFormOf('AI监考发现高考生作弊记0分,假的', 'AI监考发现高考生作弊记0分?假的 警惕诈骗短信')).toBe(true)
    expect(isShortFormOf('长安的荔枝口碑出圈成黑马喜剧', '《长安的荔枝》口碑出圈成黑马喜剧 全员狠人飙戏')).toBe(true)
    expect(isShortFormOf('完全不同的一条新闻', '国足vs巴林感受球迷热情')).toBe(false)
  })
})

describe('related headlines: a ranking’s numbers', () => {
  const related = (titles: string[]) =>
    extractRelated(titles.map((t, i) => ({ ...makeBlock(t, i + 1), key: t.normalize('NFKC'), kind: 'related' as const }))).map((r) => r.title)

  test('list numbers and circled numbers go; a headline’s own figures stay', () => {
    expect(related(['1. 秋冬进补，这些误区要避开', '2、失眠怎么办？', '③ 每天喝多少水才合适', '3.15晚会曝光多家企业', '10.新生活与明白神的旨意'])).toEqual([
      '秋冬进补，这些误区要避开', '失眠怎么办？', '每天喝多少水才合适', '3.15晚会曝光多家企业', '新生活与明白神的旨意',
    ])
  })
})

describe('related headlines: a date without its year', () => {
  const items = (titles: string[], articleDate: string | null) =>
    extractRelated(titles.map((t, i) => ({ ...makeBlock(t, i + 1), key: t.normalize('NFKC'), kind: 'related' as const })), articleDate)

  test('takes the article’s year, or the year before for a later day; a score is no date', () => {
    expect(items(['比亚迪2月销量公布 海外销量再创新高 03-02', '年终盘点 12-28', '国足客场 3-1', '清明假期出游 4月5日'], '2024-03-15T20:31')).toEqual([
      { title: '比亚迪2月销量公布 海外销量再创新高', publishedAt: '2024-03-02' },
      { title: '年终盘点', publishedAt: '2023-12-28' },
      { title: '国足客场 3-1', publishedAt: null },
      { title: '清明假期出游', publishedAt: '2023-04-05' },
    ])
  })

  test('without an article date the headline is left as it is', () => {
    expect(items(['比亚迪2月销量公布 03-02'], null)).toEqual([{ title: '比亚迪2月销量公布 03-02', publishedAt: null }])
  })

  test('a month and day glued on alone are the date in a list that prints two or more so; one alone is the headline\'s own', () => {
    expect(items(['秋季腹泻高发 宝宝家长注意这几点10-13', '韩东演绎“最难回的家”06-15', '国庆出游 这份健康提示请收好'], '2020-10-20')).toEqual([
      { title: '秋季腹泻高发 宝宝家长注意这几点', publishedAt: '2020-10-13' },
      { title: '韩东演绎“最难回的家”', publishedAt: '2020-06-15' },
      { title: '国庆出游 这份健康提示请收好', publishedAt: null },
    ])
    expect(items(['女排决胜局比分定格在10-12', '国庆出游 这份健康提示请收好'], '2020-10-20')).toEqual([
      { title: '女排决胜局比分定格在10-12', publishedAt: null },
      { title: '国庆出游 这份健康提示请收好', publishedAt: null },
    ])
  })

  test('a card\'s source line under its headline dates it and is no headline', () => {
    expect(items(['咖啡豆进入采摘季 预计产量同比增一成', '青岚融媒 · 09-06', '两条城乡客运公交线路开通', '青岚融媒 · 09-05'], '2023-09-07T19:42')).toEqual([
      { title: '咖啡豆进入采摘季 预计产量同比增一成', publishedAt: '2023-09-06' },
      { title: '两条城乡客运公交线路开通', publishedAt: '2023-09-05' },
    ])
  })

  test('a date alone dates the headline right above it, not one across other blocks (a comment box)', () => {
    const blocks = [
      { ...makeBlock('入围名单揭晓', 1), key: '入围名单揭晓', kind: 'related' as const },
      { ...makeBlock('网友评论', 2), key: '网友评论', kind: 'chrome' as const },
      { ...makeBlock('2017-06-21 15:22', 3), key: '2017-06-21 15:22', kind: 'related' as const },
    ]
    expect(extractRelated(blocks, '2017-06-22')).toEqual([{ title: '入围名单揭晓', publishedAt: null }])
    expect(extractRelated([blocks[0]!, blocks[2]!], '2017-06-22')).toEqual([{ title: '入围名单揭晓', publishedAt: '2017-06-21T15:22' }])
  })

  test('a month, day and time glued on are the date; a clock, a video\'s length or a comment count is no part of the headline', () => {
    expect(items([
      '多家电力设备企业一季报出炉 海外业务成亮点04-28 18:40', '23:05机管局：明早航班暂不受天气影响', 'C919完成高原机场验证飞行01:48',
      '地铁7号线三期最新进展：6座车站主体结构封顶都市快报跟帖 126', '国足客场2:1胜巴林',
    ], '2025-04-29T08:00')).toEqual([
      { title: '多家电力设备企业一季报出炉 海外业务成亮点', publishedAt: '2025-04-28T18:40' },
      { title: '机管局：明早航班暂不受天气影响', publishedAt: null },
      { title: 'C919完成高原机场验证飞行', publishedAt: null },
      { title: '地铁7号线三期最新进展：6座车站主体结构封顶', publishedAt: null },
      { title: '国足客场2:1胜巴林', publishedAt: null },
    ])
  })
})

describe('forum posts', () => {
  const page = (rows: [BlockKind, string][]): Block[] =>
    rows.map(([kind, text], i) => ({ ...makeBlock(text, i + 1), key: text.normalize('NFKC'), kind }))

  test('a floor label before the poster (楼主, 沙发, 12楼) is no part of the name; a UI link after the time is no source', () => {
    const meta = extractMetadata(page([['title', '我在县城开面馆的第三年'], ['meta', '楼主 阿强面馆 发表于 2021-11-03 22:41:18 只看该作者'], ['body', '正文第一段。']]), null)
    expect(meta).toMatchObject({ author: '阿强面馆', publisher: null, publishedAt: '2021-11-03T22:41:18' })
    expect(extractMetadata(page([['meta', '12楼 小城故事多 发表于 2021-11-03 23:05']]), null).author).toBe('小城故事多')
    expect(extractMetadata(page([['meta', '楼主 只看该作者 发表于 2006-4-12 21:35']]), null)).toMatchObject({ author: null, publishedAt: '2006-04-12T21:35' })
  })

  test('a handle on the line above a post header that names nobody is the author', () => {
    const rows = (above: string): Block[] => page([['chrome', '[攻略] 青龙山后山村老路穿越攻略'], ['chrome', above], ['meta', '发表于 2023-8-3 10:18 | 只看该作者 | 倒序浏览'], ['body', '正文第一段。']])
    expect(extractMetadata(rows('江畔垂钓翁'), null).author).toBe('江畔垂钓翁')
    expect(extractMetadata(rows('返回列表'), null).author).toBeNull()
    const floored = page([['chrome', '北山环线徒步记'], ['chrome', '山野闲人'], ['chrome', '楼主'], ['meta', '发表于 2012-5-3 10:18 | 只看该作者'], ['body', '正文第一段。']])
    expect(extractMetadata(floored, null).author).toBe('山野闲人')
  })

  test('a poster above profile fields printed a label and a value per line is the author; a date is no handle', () => {
    const rows = page([['chrome', '北山行者'], ['chrome', '主题'], ['chrome', '12'], ['chrome', '积分'], ['chrome', '512'], ['chrome', '注册时间'], ['meta', '2010-5-19'], ['chrome', '楼主'], ['meta', '发表于 2013-6-3 09:12 | 只看该作者'], ['body', '正文第一段。']])
      .map((b) => (b.kind === 'chrome' ? { ...b, rule: 'CP502 before-body' } : b))
    expect(extractMetadata(rows, null).author).toBe('北山行者')
  })

  test('a poster\'s name on the line above their profile fields is the author', () => {
    const rows = page([['title', '小区物业费突然涨价'], ['chrome', '青蛙王子2005'], ['chrome', 'UID 8812'], ['chrome', '积分 312'], ['meta', '楼主 只看该作者 发表于 2006-4-12 21:35'], ['body', '正文第一段。']])
      .map((b, i) => (i === 1 ? { ...b, rule: 'CP502 before-body' } : i === 2 || i === 3 ? { ...b, rule: 'CP204 counter' } : b))
    expect(extractMetadata(rows, null).author).toBe('青蛙王子2005')
    expect(extractMetadata(rows.map((b, i) => (i === 1 ? { ...b, rule: 'CP206 ui-words' } : b)), null).author).toBeNull()
  })
})

describe('a post header\'s source with a bar and the account\'s ID', () => {
  test('the source is the account\'s name, without its ID', () => {
    const page = cleanPage(['端侧大模型，离“好用”还有多远？', '作者 | 硅谷小灰', '来源 | 极客前哨（ID：geekfront）', '2024-06-18 20:31', '这是第一段正文，端侧大模型正在从演示走向日常使用，但功耗、内存和体验之间仍有不少取舍需要厂商权衡。', '这是第二段正文，多家手机厂商表示，今年下半年将有更多搭载端侧大模型的机型上市，价格也会更亲民。'].join('\n\n'))
    expect(page.publisher).toBe('极客前哨')
    expect(page.body).toHaveLength(2)
  })

  test('a source line with a bar below the body (`来源丨东州日报`) is the source, and no paragraph', () => {
    const page = cleanPage(['东州中小学将全面推行课间15分钟', '2025年04月09日 18:30', '文丨周晓岚',
      '记者从市教育局获悉，从4月14日起，全市中小学将全面推行课间15分钟制度，让学生有更充足的时间走出教室、放松身心。',
      '市教育局要求，各学校要科学规划课间活动场地，开放操场、走廊、楼顶平台等空间，鼓励学生开展传统游戏。', '来源丨东州日报'].join('\n\n'))
    expect(page.publisher).toBe('东州日报')
    expect(page.body).toHaveLength(2)
  })
})

describe('a site-first page title (`香江時報 - 標題`)', () => {
  test('the headline is the title, the outlet on the date line the source, and the date keeps its time', () => {
    const page = cleanPage(['香江時報 - 港鐵票價調整機制檢討完成 明年起加幅收窄', '港聞', '港鐵票價調整機制檢討完成 明年起加幅收窄', '香江時報　2015年6月4日（星期四）11:32',
      '政府與港鐵公司昨日公佈票價調整機制檢討結果，新機制將於明年實施，預計明年票價加幅將較現行機制收窄。',
      '運輸及房屋局局長表示，是次檢討在維持機制客觀透明的前提下，平衡了乘客負擔能力與港鐵的財務狀況。'].join('\n\n'))
    expect(page).toMatchObject({ title: '港铁票价调整机制检讨完成 明年起加幅收窄', publisher: '香江时报', publishedAt: '2015-06-04T11:32' })
  })
})

describe('a lede byline with the city filed from between the name and 报道', () => {
  const lede = (byline: string) => cleanPage(['巴黎地区就业形势明显好转', '2018-03-13 10:45', `${byline}记者从法国就业部门获悉，今年以来巴黎地区的就业形势明显好转，多个行业的招聘需求持续增长。`, '第二段正文，记者了解到，相关部门将继续推进稳就业的各项措施，确保就业形势总体稳定。'].join('\n\n')).author
  test.each([
    ['（欧洲时讯记者梁晨巴黎报道）', '梁晨'],
    ['（本报记者王晓东 北京报道）', '王晓东'],
    ['本报记者王晓东北京报道 ', '王晓东'],
    ['（记者欧阳明辉柏林报道）', '欧阳明辉'],
    ['（记者 钱程 陆雨 报道）', '钱程 陆雨'],
    ['本报记者陈立报道：', '陈立'],
  ])('%s → %s', (byline, author) => {
    expect(lede(byline)).toBe(author)
  })
})

describe('bylines and account names, through the whole pipeline', () => {
  const para = '据市农业部门统计，上周全市蔬菜批发均价为每公斤4.2元，环比下降3%。业内人士分析，天气转好后本地菜大量上市，价格还有小幅下行空间。'
  const clean = (...top: string[]) => cleanPage(['市区蔬菜价格连续两周回落', ...top, para, para.replace('上周', '本周')].join('\n\n'))

  test.each([
    ['文/俱乐部新闻官 韦嘉　图/梁晨', '韦嘉'],
    ['文 / Kevin Lau 3小时前 IP属地：广东', 'Kevin Lau'],
    ['□司徒嘉怡（媒体人）', '司徒嘉怡'],
    ['■张嘉怡', '张嘉怡'],
    ['■相关链接', null],
    ['■要闻', null],
    ['2016-03-08 09:12 作者：林晓雯分类：健康', '林晓雯'],
    // A credit line, however many roles: the writer after 文; with no person there, the editor after 编辑.
    ['（文/刘畅　图/化学与材料学院　编辑/王敏　审核/张建国）', '刘畅'],
    ['（文/化学与材料学院 图/陈浩 编辑/王敏 审核/张建国 终审/李强）', '王敏'],
    // Fields set apart by bars, as public accounts print their credits; 撰文 is the writer's role.
    ['撰文：周启航｜数据支持：Choice数据', '周启航'],
    ['数据支持：Choice数据｜设计：林木', null],
    // A link after the name holds an interface word: no second name.
    ['来源：财讯网 作者：许振国　进入股吧', '许振国'],
    ['作者：林夏　查看资料', '林夏'],
    // A photo credit names the photographer after the role: not `者林佳慧`.
    ['（记者林佳慧摄）', '林佳慧'],
    // A joint newsroom: the paper and its app's brand, joined by a dash, a middle dot or a bar, before the role.
    ['锦城晚报-锦观新闻记者 韦晓岚', '韦晓岚'],
    ['大河报·豫视频记者 王小明', '王小明'],
    ['扬子晚报｜紫牛新闻记者 王小明', '王小明'],
    // A dash or a bar after anything but an outlet's name opens no byline.
    ['春运-记者 观察', null],
    // A two-character name padded to three characters' width is one name; the correspondent is not read over it.
    ['记者　吴　敏　通讯员　王晓东', '吴敏'],
    ['来源：南州日报 记者 吴 敏', '吴敏'],
    ['记者 王晓东 李 强', '王晓东'],
    // A picture's credit ends the writers' list.
    ['记者 赵一鸣 摄影 钱程', '赵一鸣'],
    ['记者 赵一鸣 视频 钱程', '赵一鸣'],
    ['记者 赵一鸣 钱程', '赵一鸣 钱程'],
  ])('%s', (line, author) => {
    expect(clean('2016-03-08 09:12', line).author).toBe(author)
  })

  test('an editor credited with a bar is an editor, not the writer, when the writer is named', () => {
    const r = cleanPage(['市区蔬菜价格连续两周回落', '2016-03-08 09:12', '作者：林夏', para, '编辑丨周雨'].join('\n\n'), { explain: true })
    expect(r.author).toBe('林夏')
    expect(r.blocks!.find((b) => b.text === '编辑丨周雨')!.rule).toMatch(/^CP203/)
  })

  test('a reporter whose name cannot be read is not replaced by the editor', () => {
    const credited = (line: string) => cleanPage(['市区蔬菜价格连续两周回落', line, para, para.replace('上周', '本周'), '(责任编辑：马丽萍)'].join('\n\n')).author
    expect(credited('2009年03月16日 10:25 来源：河南商报 作者：记者 锝ㄆ? 通讯员 王丽')).toBeNull()
    expect(credited('2009年03月16日 10:25 来源：河南商报')).toBe('马丽萍')
  })

  test('a lede names its reporters without 报道, set off by spaces', () => {
    expect(cleanPage(['快递企业提前备战业务高峰', '2015-11-03 07:32', `华东商报讯 记者 钱程 陆雨 距离“双11”还有一周，${para}`, para].join('\n\n')).author).toBe('钱程 陆雨')
  })

  test('the rights line names the writer; a book record\'s 作者 beside the review is not the review\'s', () => {
    const review = (...tail: string[]) => cleanPage(['一座县城的半个世纪', '2016-09-03 21:47', para, para.replace('上周', '本周'), ...tail].join('\n\n')).author
    expect(review('© 本文版权归作者 南枝 所有，任何形式转载请联系作者。', '作者: 周启明', '出版社: 江南文艺出版社', '定价: 45.00元')).toBe('南枝')
    expect(review('作者: 周启明', '出版社: 江南文艺出版社', 'ISBN: 9787539912345')).toBeNull()
  })

  test('a platform account: before its follow button, above a button alone (past a bio), in a post header marked 原创', () => {
    const body = [para, para.replace('上周', '本周')]
    expect(cleanPage(['市区蔬菜价格连续两周回落', '半山听雨 关注', '2017.08.21 22:14:37 字数 1,086 阅读 3,417', ...body].join('\n\n')))
      .toMatchObject({ title: '市区蔬菜价格连续两周回落', author: '半山听雨' })
    expect(cleanPage(['市区蔬菜价格连续两周回落', '山间拾遗', '一个喜欢慢节奏游戏的普通玩家', '+ 关注', ...body].join('\n\n')).author).toBe('山间拾遗')
    expect(cleanPage(['市区蔬菜价格连续两周回落', '原创 2022-04-18 09:30 · 老杨说三农', ...body].join('\n\n')).author).toBe('老杨说三农')
    expect(cleanPage(['市区蔬菜价格连续两周回落', '原创 码农小北 最新推荐文章于 2023-08-01 11:20:33 发布', '于 2021-03-15 10:22:31 发布 阅读量2.3k', ...body].join('\n\n')))
      .toMatchObject({ author: '码农小北', publishedAt: '2021-03-15T10:22:31' })
    // The day of something else the page tells of (a film's release in its info box) is not the article's.
    expect(cleanPage(['影评：看完这部电影我坐了很久', '2024-01-14 23:41', ...body, '导演: 陈一舟', '上映日期: 2024-01-05(中国大陆)'].join('\n\n')).publishedAt).toBe('2024-01-14T23:41')
    expect(cleanPage(['影评：看完这部电影我坐了很久', ...body, '上映日期: 2024-01-05(中国大陆)'].join('\n\n')).publishedAt).toBeNull()
    // An outlet is no account; a reporter in the lede comes first.
    expect(cleanPage(['市区蔬菜价格连续两周回落', '原创 2024-03-18 09:42 · 荆楚网', ...body].join('\n\n')).author).toBeNull()
    // Since 2022 WeChat ends the header in where it was posted from: a place, not the account; the account stands before the date.
    expect(cleanPage(['市区蔬菜价格连续两周回落', '原创 省公安厅反诈中心 平安江川 2023-07-14 18:30 发表于江川', ...body].join('\n\n')).author).toBe('平安江川')
    expect(cleanPage(['市区蔬菜价格连续两周回落', '原创 2023-07-14 18:30 发表于浙江', ...body].join('\n\n')).author).toBeNull()
    expect(cleanPage(['市区蔬菜价格连续两周回落', '原创 2022-04-18 09:30 · 老杨说三农 IP属地：浙江', ...body].join('\n\n')).author).toBe('老杨说三农')
    expect(cleanPage(['市区蔬菜价格连续两周回落', '原创 2022-04-18 09:30 · 老杨说三农', `本报讯（记者 王磊）${para}`, para].join('\n\n')).author).toBe('王磊')
  })

  test('a platform account: glued to 原创 and the date, verified with a V, credited before the rights clause; a comment badge is none', () => {
    const body = [para, para.replace('上周', '本周')]
    expect(cleanPage(['市区蔬菜价格连续两周回落', '原创2021-06-08 17:45·鹭岛生活志', ...body].join('\n\n')).author).toBe('鹭岛生活志')
    expect(cleanPage(['市区蔬菜价格连续两周回落', '江北交警V', '3月5日 14:20 来自 iPhone客户端', ...body].join('\n\n')).author).toBe('江北交警')
    // A Latin word ending in V is no badge.
    expect(cleanPage(['市区蔬菜价格连续两周回落', 'CCTV', '3月5日 14:20 来自 iPhone客户端', ...body].join('\n\n')).author).toBeNull()
    expect(cleanPage(['市区蔬菜价格连续两周回落', '2017-03-05 14:20', ...body, '本文作者：江北交警 | 版权声明：转载请注明出处'].join('\n\n')).author).toBe('江北交警')
    expect(cleanPage(['市区蔬菜价格连续两周回落', '2017-03-05 14:20', ...body, '本文作者：江北交警，转载请注明出处'].join('\n\n')).author).toBeNull()
    for (const badge of ['作者赞过', '作者回复', '置顶']) {
      expect(cleanPage(['市区蔬菜价格连续两周回落', '2025-05-18 20:06', ...body, '共356条评论', '吃货小林', '去年买过，真的甜！', badge].join('\n\n')).author).toBeNull()
    }
  })

  test('a platform account between the page title and `…发布于北京` is the author, not the title', () => {
    const r = cleanPage(['猪价回升了，养殖户为何高兴不起来-快看资讯网', '首页 > 财经 > 正文', '猪价回升了，养殖户为何高兴不起来', '农产品观察室', '2022-06-18 11:05发布于北京', para, para].join('\n\n'))
    expect(r).toMatchObject({ title: '猪价回升了，养殖户为何高兴不起来', author: '农产品观察室' })
    // Without the page title above it, a short line over the date line is the headline.
    const plain = cleanPage(['首页 > 财经 > 正文', '猪价回升养殖户却高兴不起来', '2022-06-18 11:05发布于北京', para, para].join('\n\n'))
    expect(plain).toMatchObject({ title: '猪价回升养殖户却高兴不起来', author: null })
  })
})

describe('the author a page head declares', () => {
  const meta = (author: string, siteName: string | null) => ({ title: null, siteName, publishedAt: null, author, keywords: [], description: null })
  const body = [{ ...makeBlock('正文第一段。', 1), key: '正文第一段。', kind: 'body' as const }]
  test('is the site itself when it names the site: no author', () => {
    expect(extractMetadata(body, meta('网易', '网易新闻')).author).toBeNull()
    expect(extractMetadata(body, meta('周楠', '网易新闻')).author).toBe('周楠')
    // A person's site is named after them.
    expect(extractMetadata(body, meta('阿凯', '阿凯的旅行笔记')).author).toBe('阿凯')
  })
})

describe('related headlines numbered by a ranking', () => {
  const related = (...titles: string[]) =>
    extractRelated(titles.map((t, i) => ({ ...makeBlock(t, i + 1), key: t, kind: 'related' as const }))).map((r) => r.title)
  test('a run counting up loses its glued numbers; a headline\'s own figure stays', () => {
    expect(related('1多地高考成绩将于下周公布', '2“618”大促落幕', '3夏季吃西瓜的几个误区')).toEqual(['多地高考成绩将于下周公布', '“618”大促落幕', '夏季吃西瓜的几个误区'])
    expect(related('3名游客被困山顶获救', '2022年全市经济运行平稳', '5G基站建设提速')).toEqual(['3名游客被困山顶获救', '2022年全市经济运行平稳', '5G基站建设提速'])
  })
})

describe('a time of day on the line under the date line', () => {
  const release = (time: string) => [
    '食物安全中心公佈最新食物安全報告',
    '食物環境衞生署食物安全中心今日公佈四月份食物安全報告。檢測結果顯示，整體合格率為百分之九十九點九。',
    '發言人表示，中心在上月抽取約三千二百個樣本作化學測試，其餘樣本則作微生物及輻射測試。',
    '發言人說，中心已跟進所有不合格樣本，包括通知有關商戶不合格結果，並指示他們停售有關食物。',
    '完', '2017年5月12日（星期五）', time, '分享 打印 返回新聞公報',
  ].join('\n\n')
  test('is the date\'s time, not a related headline', () => {
    const result = cleanPage(release('香港時間15時30分'))
    expect(result.publishedAt).toBe('2017-05-12T15:30')
    expect(result.related).toEqual([])
  })
  test('a line that is not only a time stays what it was', () => {
    expect(cleanPage(release('香港時間15時30分起停止售票')).publishedAt).toBe('2017-05-12')
  })
})

describe('a date near the title when no meta line has one', () => {
  const rows = (lines: [BlockKind, string][]): Block[] => lines.map(([kind, text], i) => ({ ...makeBlock(text, i + 1), key: text, kind }))
  test('a line opening with the date may stand under a standfirst and a byline; a headline ending in one may not', () => {
    const top: [BlockKind, string][] = [['title', '秋入徽州：在古村里慢下来'], ['chrome', '没有售票处，也没有旅行团。'], ['chrome', '文 | 苏小禾 图 | 何明']]
    expect(extractMetadata(rows([...top, ['chrome', '2019.10.08 · 本文刊于《行远》2019年10月号'], ['body', '车子驶出高速。']]), null).publishedAt).toBe('2019-10-08')
    expect(extractMetadata(rows([...top, ['chrome', '走一段茶马古道，在雨崩等一场雪 2019-09-12'], ['body', '车子驶出高速。']]), null).publishedAt).toBeNull()
  })
})
