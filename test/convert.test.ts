import { expect, test } from 'vitest'
import { cleanPage } from '../src/pipeline.js'
import { convertBlocks, foldKey, isTraditional, traditionalRatio } from '../src/convert.js'
import { makeBlock } from '../src/options.js'

const body = (text: string, convert?: 'tw2s' | 'tw2sp' | 't2s' | 'hk2s' | 'none') =>
  cleanPage(`${text}\n`, convert ? { convert } : {}).body

const PARA_TW = '這篇論文預示著未來的發展,意味著著名的研究團隊將繼續投入記憶體與軟體的優化工作。'

test('tw2s (default) converts Taiwan phrases: 預示著 → 预示着, 意味著 → 意味着, 著名 stays', () => {
  expect(body(PARA_TW)).toEqual(['这篇论文预示着未来的发展,意味着著名的研究团队将继续投入记忆体与软体的优化工作。'])
})

test('tw2sp folds Taiwan\'s words back to the mainland\'s, which tw2s keeps: 軟體 → 软件, 釋出 → 发布', () => {
  const page = '這家公司今天釋出新版軟體，並在官網上傳了一段介紹影片，說明新功能的使用方法與注意事項，用戶可以免費下載。'
  expect(body(page, 'tw2sp')[0]).toContain('发布新版软件')
  expect(body(page)[0]).toContain('释出新版软体')
})

test('t2s keeps 著 where tw2s would not', () => {
  expect(body(PARA_TW, 't2s')[0]).toContain('预示著')
})

test('tw2s (default) also takes the Hong Kong variant forms opencc\'s tw2s leaves; t2s stays opencc\'s', () => {
  const hongKong = '衞生署今日宣佈，綫上服務將於下月推出，衹要在網上登記，市民便可透過手機查閱記錄。'
  expect(body(hongKong)).toEqual(['卫生署今日宣布，线上服务将于下月推出，只要在网上登记，市民便可透过手机查阅记录。'])
  expect(body(hongKong, 'hk2s')).toEqual(body(hongKong))
  expect(body(hongKong, 't2s')[0]).toMatch(/^衞生署.*衹要/)
})

test('every mode takes 暱, the Traditional form of 昵 that opencc lacks (an added pair); a Simplified 昵 stays', () => {
  const page = '這款遊戲讓玩家自訂暱稱，系統會在暱稱旁邊顯示玩家的等級與所屬公會的名稱。'
  for (const mode of ['tw2s', 't2s', 'hk2s'] as const) expect(body(page, mode)[0]).toContain('自订昵称，系统会在昵称旁边')
  expect(body('这款游戏让玩家自订昵称，系统会在昵称旁边显示玩家的等级与所属公会的名称。')[0]).toContain('昵称')
  expect(body(page, 'none')[0]).toContain('暱稱')
})

test('a BMP character opencc would give a supplementary-plane form stays (餸, 嗰, 噁 of 二噁英); its neighbours convert', () => {
  const page = '佢哋嗰陣去街市買餸，順便問咗檔主有關二噁英檢測嘅結果，檔主話數據全部合格，大家可以放心食用。'
  for (const mode of ['tw2s', 't2s', 'hk2s'] as const) {
    const [text] = body(page, mode)
    expect(text).toContain('嗰阵去街市买餸')
    expect(text).toContain('二噁英检测')
    expect(text).not.toMatch(/[\u{10000}-\u{10FFFF}]/u)
  }
})

test('none keeps the script', () => {
  expect(body(PARA_TW, 'none')).toEqual([PARA_TW])
})

test('Simplified input passes through unchanged (著 in a Simplified page is not touched)', () => {
  const text = '长期过著从家门到校门的机械生活,一下子置身于翠绿欲滴的森林,看不完的奇山异峰。'
  expect(isTraditional(text)).toBe(false)
  expect(body(text)).toEqual([text])
})

test('script is decided by ratio, not by one character', () => {
  expect(traditionalRatio('简体中文里偶尔出现一个個字。')).toBeLessThan(0.1)
  expect(isTraditional(PARA_TW)).toBe(true)
})

test('every block gets a Simplified, NFKC key even with convert none', () => {
  const [b] = convertBlocks([makeBlock('關閉：ＡＢＣ', 1)], 'none', true)
  expect(b).toMatchObject({ text: '關閉：ＡＢＣ', key: '关闭:ABC' })
})

test('foldKey is NFKC: every BMP character, and mixes of fast-path and combining characters', () => {
  const differing: string[] = []
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    const s = String.fromCharCode(c)
    if (foldKey(s) !== s.normalize('NFKC')) differing.push(c.toString(16))
  }
  expect(differing).toEqual([])
  // Full-width letters, ideographic spaces and marks that combine with what comes before them.
  const parts = ['中', '，', 'Ａ', '\u0301', 'e', '。', '（', '\u3000', '…', '①', '「', 'ｶ', '\u3099', 'か', '·', '—', '豈', '\u1100', '\u1161', '１']
  let seed = 7
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648)
  for (let k = 0; k < 20_000; k++) {
    let s = ''
    for (let j = 0, n = 1 + (next() % 6); j < n; j++) s += parts[next() % parts.length]
    expect(foldKey(s), JSON.stringify(s)).toBe(s.normalize('NFKC'))
  }
})
