import { describe, expect, test } from 'vitest'
import { splitColumns } from '../src/parse/columns.js'
import { cleanPage } from '../src/pipeline.js'

// A layout table as w3m prints it: the sidebar's links on the left, the article on the right from one column on.
const W3M = [
  '滨海晚报',
  '本报栏目           2007年11月06日 星期二 第A03版：滨海新闻',
  '要闻                                 老旧小区今冬告别“冷屋子”',
  '社会                           2007年11月06日 07:52　来源：滨海晚报',
  '经济               本报记者 赵海涛 通讯员 孙莉',
  '体育',
  '文娱               　　昨天上午，随着锅炉房阀门缓缓打开，河西区桃园里小区居民刘',
  '副刊               大爷家的暖气片渐渐热了起来。“住了二十多年，冬天一直靠蜂窝煤炉',
  '本报热线           子取暖，今年终于用上集中供热了！”刘大爷摸着暖气片高兴地说。',
  '发行热线：96005678 　　记者从市供热办了解到，今年我市将老旧小区供热改造列为为民',
  '往期回顾           办实事项目之一，共投入资金1.6亿元，对全市47个老旧小区进行了管',
  '2007年11月05日     网铺设和户内设施改造，涉及居民2.3万户。目前，改造工程已全部完',
  '                   工并通过验收。',
  '滨海晚报社版权所有 未经书面授权 不得复制或建立镜像',
]

describe('a dump printed in columns', () => {
  test('the left column comes first, then the right one reads on unbroken', () => {
    const lines = splitColumns(W3M).filter((l) => l.trim() !== '').map((l) => l.trim())
    expect(lines.slice(0, 3)).toEqual(['滨海晚报', '本报栏目', '要闻'])
    expect(lines).toContain('发行热线：96005678')
    const article = lines.indexOf('　　昨天上午，随着锅炉房阀门缓缓打开，河西区桃园里小区居民刘'.trim())
    expect(lines.slice(article, article + 3)).toEqual([
      '昨天上午，随着锅炉房阀门缓缓打开，河西区桃园里小区居民刘',
      '大爷家的暖气片渐渐热了起来。“住了二十多年，冬天一直靠蜂窝煤炉',
      '子取暖，今年终于用上集中供热了！”刘大爷摸着暖气片高兴地说。',
    ])
    expect(lines.at(-1)).toBe('滨海晚报社版权所有 未经书面授权 不得复制或建立镜像')
  })

  test('through the pipeline: no sidebar word glued to the article', () => {
    const body = cleanPage(W3M.join('\n')).body.join('')
    expect(body).toContain('昨天上午，随着锅炉房阀门缓缓打开，河西区桃园里小区居民刘大爷家的暖气片渐渐热了起来。')
    expect(body).not.toMatch(/文娱|副刊|发行热线|往期回顾/u)
  })

  test('a table aligned by spaces, and a dump without columns, stay as they were', () => {
    const table = ['地区      成交套数      均价', '高新区      312      33580', '老城区      287      21440', '开发区      198      18760', '滨湖区      143      26310', '经开区      120      15980']
    expect(splitColumns(table)).toBe(table)
    const plain = ['标题', '', '第一段正文，记者从有关部门获悉。', '', '第二段正文。']
    expect(splitColumns(plain)).toBe(plain)
    // Code indented by spaces parts no columns, however long its lines.
    const code = ['示例代码如下：', ...Array.from({ length: 10 }, (_, i) => `${' '.repeat(i % 3 === 2 ? 8 : 4)}const value${i} = computeSomethingLong(input, options, ${i})`)]
    expect(splitColumns(code)).toBe(code)
  })
})
