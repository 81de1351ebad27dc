import { describe, expect, test } from 'vitest'
import { joinTableCells } from '../src/parse/cells.js'
import { parseText } from '../src/parse/text.js'
import { makeBlock } from '../src/options.js'

const texts = (dump: string): string[] => parseText(dump).map((b) => b.text)
const lines = (...cells: string[]): string => cells.join('\n\n')

describe('joinTableCells: a table printed one cell per line', () => {
  test('rows of a label and numbers are joined back, with the header row above them', () => {
    const dump = lines('上周各区成交情况', '区域', '套数', '均价（元/㎡）', '高新区', '312', '13420', '城东新区', '246', '10980', '合计', '558', '12330', '供应方面，上周共有4个项目取得预售许可证。')
    expect(texts(dump)).toEqual(['上周各区成交情况', '区域 套数 均价（元/㎡）', '高新区 312 13420', '城东新区 246 10980', '合计 558 12330', '供应方面，上周共有4个项目取得预售许可证。'])
    // A row keeps the line of its first cell.
    expect(parseText(dump)[2]!.line).toBe(9)
  })

  test('a number first (a rank), dashes for empty cells and shares are cells too', () => {
    expect(texts(lines('1', '张三', '98.5%', '—', '2', '李四', '97.0%', '12', '3', '王五', '95.5%', '8'))).toEqual(['1 张三 98.5% —', '2 李四 97.0% 12', '3 王五 95.5% 8'])
  })

  test('menus, pagers, counters and prose are left as they are', () => {
    const menu = lines('首页', '新闻', '体育', '财经', '科技', '汽车', '房产', '教育', '旅游')
    const pager = lines('上一页', '1', '2', '3', '4', '5', '6', '7', '8', '下一页')
    const counters = lines('阅读', '4219', '评论', '12', '点赞', '36', '收藏', '8')
    // Two rows only: not yet a table.
    const short = lines('高新区', '312', '13420', '城东新区', '246', '10980')
    for (const dump of [menu, pager, counters, short]) expect(texts(dump)).toEqual(dump.split('\n\n'))
  })

  test('a sentence is never a cell: the grid starts after it', () => {
    const dump = lines('高新区', '312', '13420', '城东新区成交。', '246', '10980', '经开区', '221', '9860', '城南区', '208', '11350', '城北区', '211', '10470')
    expect(texts(dump)).toEqual(['高新区', '312', '13420', '城东新区成交。', '246', '10980', '经开区 221 9860', '城南区 208 11350', '城北区 211 10470'])
  })

  test('blocks without lines (a caller\'s own) are joined as well', () => {
    const blocks = ['甲', '1', '2', '乙', '3', '4', '丙', '5', '6'].map((t) => makeBlock(t, null))
    expect(joinTableCells(blocks).map((b) => b.text)).toEqual(['甲 1 2', '乙 3 4', '丙 5 6'])
  })
})
