import { describe, expect, test } from 'vitest'
import { looksLikeMarkdown, parseMarkdown } from '../src/parse/markdown.js'
import { cleanPage } from '../src/pipeline.js'

const DUMP = [
  '* [首页](/)',
  '* [科技](/tech/)',
  '',
  '# 国产开源大模型推理框架发布2.0版本',
  '',
  '作者：孟凡 2024-04-17 09:30',
  '',
  '![发布会现场](https://img.example.com/a.jpg)',
  '',
  '4月16日，开源社区“星河”团队正式发布大模型推理框架[StarInfer',
  '2.0](https://github.com/example/starinfer)版本。官方测试数据显示，新版本吞吐量提升约2.8倍。',
  '',
  '**连续批处理与显存管理重构**',
  '',
  '据团队介绍，2.0版本重写了调度器，引入连续批处理（Continuous',
  'Batching）机制，请求可以在生成过程中动态加入或退出批次。',
  '',
  '* 支持INT4、INT8权重量化，量化后精度损失控制在1%以内；',
  '* 支持张量并行和流水线并行，可在8卡环境下部署',
  '  700亿参数模型；',
  '',
  '```',
  'pip install starinfer',
  '```',
].join('\n')

describe('Markdown dumps', () => {
  test('are told from plain dumps by two kinds of marks on three lines', () => {
    expect(looksLikeMarkdown(DUMP)).toBe(true)
    expect(looksLikeMarkdown('标题\n\n正文第一段，**重点**在这里。\n\n第二段。')).toBe(false)
    // A blog comment's `# re:` title and a single bold word make no Markdown page.
    expect(looksLikeMarkdown('# re: 文章标题 2006-08-14 小刀\n\n写得好。\n\n# re: 文章标题 2006-08-15 老王\n\n**赞**')).toBe(false)
  })

  test('a paragraph wrapped over lines is one block; headings, items and emphasis lose their marks; images go', () => {
    const texts = parseMarkdown(DUMP).map((b) => b.text)
    expect(texts).toEqual([
      '首页',
      '科技',
      '国产开源大模型推理框架发布2.0版本',
      '作者：孟凡 2024-04-17 09:30',
      '4月16日，开源社区“星河”团队正式发布大模型推理框架StarInfer 2.0版本。官方测试数据显示，新版本吞吐量提升约2.8倍。',
      '连续批处理与显存管理重构',
      '据团队介绍，2.0版本重写了调度器，引入连续批处理（Continuous Batching）机制，请求可以在生成过程中动态加入或退出批次。',
      '支持INT4、INT8权重量化，量化后精度损失控制在1%以内；',
      '支持张量并行和流水线并行，可在8卡环境下部署700亿参数模型；',
      'pip install starinfer',
    ])
  })

  test('link text counts as link text, so a menu of links reads as one', () => {
    const [home, , , , lede] = parseMarkdown(DUMP)
    expect(home).toMatchObject({ text: '首页', linkChars: 2 })
    expect(lede!.linkChars).toBe('StarInfer2.0'.length)
  })

  test('through the pipeline: the article without marks, the menu out', () => {
    const result = cleanPage(DUMP)
    expect(result.title).toBe('国产开源大模型推理框架发布2.0版本')
    expect(result.body[0]).toBe('4月16日，开源社区“星河”团队正式发布大模型推理框架StarInfer 2.0版本。官方测试数据显示，新版本吞吐量提升约2.8倍。')
    expect(result.body.join('\n')).not.toMatch(/[*#\]]|首页/u)
  })
})
