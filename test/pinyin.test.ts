import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  hasPinyinNotes,
  judgeSpelling,
  readSpelling,
  showsConverterNotes,
  showsReadingNotes,
  showsToneLessNotes,
  readsAs,
  stripDisplacedNotes,
  stripPinyinNotes,
  toneVowelIndex,
} from '../src/repair/pinyin.js'
import { repairBlocks } from '../src/repair/index.js'
import type { Block } from '../src/types.js'
import { PINYIN_SYLLABLES } from '../src/repair/pinyin-syllables.js'
import { DEV_DUMPS, SEED_FILE, readRepairCases, testRepairCases } from './helpers.js'

const CASES = readRepairCases<string>('pinyin.json')
const SEED = readFileSync(SEED_FILE, 'utf8')

/** How the pipeline calls the repair: tone-less notes only when the document shows the pattern. */
const repair = (text: string): string => stripPinyinNotes(text, { toneless: hasPinyinNotes(text) })

/** A note glued after a Han character or after a closing parenthesis: `字(abc)`, `字(abc`. */
const LEFTOVER_NOTE = /(?<=[\p{Script=Han})])[(（][a-zü:\u0300-\u030Cāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+(?:[)）]|$)/mu

/** Put the tone mark where the orthography wants it. */
const withTone = (syllable: string, mark: string): string => {
  const letters = [...syllable]
  const at = toneVowelIndex(letters)
  letters[at] = letters[at] + mark
  return letters.join('').normalize('NFC')
}

describe('fixtures/repairs/pinyin.json', () => {
  testRepairCases(CASES, repair)

  test('every case is idempotent', () => {
    for (const c of CASES) expect(repair(repair(c.original)), c.label).toBe(repair(c.original))
  })
})

describe('stripPinyinNotes options', () => {
  test('tone-less notes go only with toneless: true', () => {
    expect(stripPinyinNotes('1月(yue)8日(ri)')).toBe('1月(yue)8日(ri)')
    expect(stripPinyinNotes('1月(yue)8日(ri)', { toneless: true })).toBe('1月8日')
    expect(stripPinyinNotes('的(de)(de)(de)', { toneless: true })).toBe('的')
  })

  test('a cut-off tone-less fragment goes only with toneless: true', () => {
    expect(stripPinyinNotes('技術(sh')).toBe('技術(sh')
    expect(stripPinyinNotes('技術(sh', { toneless: true })).toBe('技術')
    expect(stripPinyinNotes('技術(sh\r\n下', { toneless: true })).toBe('技術\r\n下')
  })

  test('a chain stops at the first parenthesis that is not a note', () => {
    expect(stripPinyinNotes('字(zì)(GPU)(zì)')).toBe('字(GPU)(zì)')
    expect(stripPinyinNotes('字(an)(zì)')).toBe('字(an)(zì)')
  })

  test('text without parentheses comes back as the same string', () => {
    const text = '中華網 china.com 當前位置'
    expect(stripPinyinNotes(text, { toneless: true })).toBe(text)
  })
})

describe('hasPinyinNotes', () => {
  test.each([
    ['中華網(wǎng)', true],
    ['中(zhōng )國', true],
    ['中國（guó）', true],
    ['1月(yue)8日(ri)', false],
    ['技術(shù', false],
    ['Y(jié)', false],
    ['模型(MoE)', false],
    ['北京(Běijīng)', false],
    ['', false],
  ])('%j → %s', (text, expected) => expect(hasPinyinNotes(text)).toBe(expected))
})

describe('showsConverterNotes: notes a converter made, not an author\'s gloss', () => {
  test.each([
    [['中華網(wǎng)站'], true],
    [['首頁', '當(dāng)前位置'], true],
    [['网友称之为“囧(jiǒng)”字'], false],
    [['“囧(jiǒng)”', '“槑(méi)”'], false],
    [['“囧(jiǒng)”', '“槑(méi)”', '“嫑(biáo)”'], true],
    [['1月(yue)8日(ri)'], false],
    [['模型(MoE)'], false],
  ])('%j → %s', (texts, expected) => expect(showsConverterNotes(texts)).toBe(expected))

  const block = (text: string, line: number): Block => ({ text, line, linkChars: 0, key: text })
  const repaired = (...texts: string[]): string[] => repairBlocks(texts.map(block)).blocks.map((b) => b.text)

  test('a lone gloss on a Simplified page stays', () => {
    const page = ['座谈会在市政府举行', '有嘉宾说，心情可以用一个“囧(jiǒng)”字来形容。', '会议持续了两个小时(完)']
    expect(repaired(...page)).toEqual(page)
  })

  test('a lone note after a character the converter changed goes, and so do several after shared ones', () => {
    expect(repaired('當(dāng)前位置：首頁', '正文')).toEqual(['當前位置：首頁', '正文'])
    expect(repaired('中(zhōng)心', '工(gōng)作', '人(rén)员')).toEqual(['中心', '工作', '人员'])
  })
})

describe('showsToneLessNotes: a page that could not print tone marks (Big5)', () => {
  const big5 = ['景區(qu)負責人介紹', '開通了無(wu)人機配送航線', '設置起飛(fei)點', '比人工送餐節(jie)省一個多小時(shi)', '節假日訂(ding)單量']
  test.each([
    [big5, true],
    // four notes are not several
    [big5.slice(0, 3), false],
    // five notes but the same two syllables
    [['區(qu)', '區(qu)域', '無(wu)', '無(wu)人', '區(qu)間'], false],
    // notes after characters both scripts share, or on a Simplified page: an author's words, not a converter's
    [['网络延迟(ping)过高', '手册(man)页', '目录(bin)下', '时间(long)型', '密码(pin)码', '文件(a)中'], false],
    [['1月(yue)8日(ri)電', '的(de)(de)(de)', '中(zhong)心', '工(gong)作', '人(ren)员'], false],
    // acronyms, capitals, words that are no syllable, a cut-off note
    [['經濟(GDP)增長', '網絡(Ping)', '遊戲(game)', '語言(Java)', '電腦(PC)', '技術(sh'], false],
  ])('%j → %s', (texts, expected) => expect(showsToneLessNotes(texts)).toBe(expected))

  const block = (text: string, line: number): Block => ({ text, line, linkChars: 0, key: text })
  const repaired = (...texts: string[]): string[] => repairBlocks(texts.map(block)).blocks.map((b) => b.text)

  test('the notes go, real parentheses stay', () => {
    const page = [
      '無人機送外賣 遊客山頂(ding)掃碼',
      '據景區(qu)負責人介紹,開通了無(wu)人機航線,在山下設置起飛(fei)點(注:即取餐櫃)。',
      '比人工送餐節(jie)省一個多小時(shi),網絡延遲(ping)不高,帶動了經濟(GDP)增長。',
    ]
    expect(repaired(...page)).toEqual([
      '無人機送外賣 遊客山頂掃碼',
      '據景區負責人介紹,開通了無人機航線,在山下設置起飛點(注:即取餐櫃)。',
      '比人工送餐節省一個多小時,網絡延遲不高,帶動了經濟(GDP)增長。',
    ])
  })

  test('a page with a few tone-less parentheticals keeps them', () => {
    const page = ['網絡延遲(ping)過高時,遊戲會卡頓。', '測試時(shi)間為三天,結果見表(a)。', '1月(yue)8日(ri)電']
    expect(repaired(...page)).toEqual(page)
  })
})

describe('showsReadingNotes: tone-less notes that spell the reading of the character they follow', () => {
  test.each([
    [['河南麥(mai)收進度', '記(ji)者:張建設', '6月(yue)11日', '今年（nian）畝產', '進(jin)度'], true],
    // three are a few
    [['6月(yue)11日', '今年（nian）', '麥收(shou )'], false],
    // the same character noted again and again: one gloss
    [['囧(jiong)', '囧(jiong)字', '真囧(jiong)', '囧(jiong)了'], false],
    // spellings that are no reading of the character before them, real parentheses
    [['网络延迟(ping)过高', '手册(man)页', '目录(bin)下', '时间(long)型', '文件(a)中', '表(b)'], false],
    [['經濟(GDP)增長', '晶片(NPU)', '《規劃(2024)》', '（注：見附表）', '圖（左）', '（一）總則', '技術(sh'], false],
    // a space before the parenthesis: not glued
    [['麥 (mai)', '記 (ji)', '月 (yue)', '年 (nian)', '進 (jin)'], false],
  ])('%j → %s', (texts, expected) => expect(showsReadingNotes(texts)).toBe(expected))

  test('readsAs reads the character, whole or cut off', () => {
    expect(readsAs('年', 'nian', true)).toBe(true)
    expect(readsAs('行', 'hang', true)).toBe(true)
    expect(readsAs('月', 'nian', true)).toBe(false)
    expect(readsAs('術', 'sh', false)).toBe(true)
    expect(readsAs('術', 'zh', false)).toBe(false)
  })

  const block = (text: string, line: number): Block => ({ text, line, linkChars: 0, key: text })
  const repaired = (...texts: string[]): string[] => repairBlocks(texts.map(block)).blocks.map((b) => b.text)

  test('on a Big5 page the matching notes go, every other parenthesis stays', () => {
    const page = [
      '河南麥(mai)收進度過七成',
      '記(ji)者:張建設',
      '6月(yue)11日,今年（nian）麥收(shou )順利,網絡延遲(ping)不高,經濟(GDP)增長,見表(a)（左）（一）《意見》(2016年版)。',
      '加快收穫進(jin)度',
    ]
    expect(repaired(...page)).toEqual([
      '河南麥收進度過七成',
      '記者:張建設',
      '6月11日,今年麥收順利,網絡延遲(ping)不高,經濟(GDP)增長,見表(a)（左）（一）《意見》(2016年版)。',
      '加快收穫進度',
    ])
  })
})

describe('syllable inventory', () => {
  test('holds the ~410 Mandarin syllables once each', () => {
    expect(new Set(PINYIN_SYLLABLES).size).toBe(PINYIN_SYLLABLES.length)
    expect(PINYIN_SYLLABLES.length).toBeGreaterThan(400)
    expect(PINYIN_SYLLABLES.length).toBeLessThan(420)
  })

  test('every syllable in all four tones is a note, with the mark on the right vowel', () => {
    for (const s of PINYIN_SYLLABLES) {
      for (const mark of ['\u0304', '\u0301', '\u030C', '\u0300']) {
        const toned = withTone(s, mark)
        expect(stripPinyinNotes(`字(${toned})`), toned).toBe('字')
        expect(judgeSpelling(toned[0]!.toUpperCase() + toned.slice(1), true), toned).toBe('toned')
      }
    }
  })

  test('reads ü spellings and the tone position', () => {
    expect(readSpelling('lǜ')).toEqual({ letters: ['l', 'ü'], toneAt: 1, broken: false })
    expect(readSpelling('lv').letters.join('')).toBe('lü')
    expect(readSpelling('nu:e').letters.join('')).toBe('nüe')
    expect(toneVowelIndex([...'gui'])).toBe(2)
    expect(toneVowelIndex([...'liu'])).toBe(2)
    expect(toneVowelIndex([...'dou'])).toBe(1)
    expect(toneVowelIndex([...'hng'])).toBe(1)
  })

  test('rejects misplaced or doubled tone marks', () => {
    expect(judgeSpelling('gúi', true)).toBe('none')
    expect(judgeSpelling('zhōngguó', true)).toBe('none')
    expect(judgeSpelling('ǎ́', true)).toBe('none')
  })
})

describe('the seed dump', () => {
  const out = repair(SEED)

  test('shows the pattern', () => {
    expect(hasPinyinNotes(SEED)).toBe(true)
    expect(SEED).toMatch(LEFTOVER_NOTE)
  })

  test('keeps no note after a Han character', () => {
    expect(out).not.toMatch(LEFTOVER_NOTE)
    expect(out.match(/[(（][^)）\n]*[)）]/g)).toEqual(['(MLA)', '(MoE)', '(jié)'])
  })

  test('keeps real parentheses and the mojibake-glued note', () => {
    expect(out).toContain('”(MLA)')
    expect(out).toContain('”(MoE)')
    expect(out).toContain('Y(jié)')
    expect(out).toContain('中華網 china.com')
    expect(out).toContain('關鍵詞:')
  })

  test('removes the glued notes and nothing else', () => {
    // The seed's notes are all one lower-case toned syllable in ASCII parentheses.
    expect(out).toBe(SEED.replace(/(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/gu, ''))
    expect(out.length).toBeLessThan(SEED.length - 500)
  })

  test('is idempotent', () => expect(repair(out)).toBe(out))
})

describe('cwced-dev dumps', () => {
  const files = readdirSync(DEV_DUMPS).filter((f) => f.endsWith('.txt'))

  test('there are dumps to check', () => expect(files.length).toBeGreaterThan(0))

  // These 2000s pages have no pinyin notes but plenty of real parentheses: (KIAS), (d), (图), (2004/10/10 17:06).
  test.each(files)('%s comes through unchanged, even with toneless forced', (file) => {
    const text = readFileSync(`${DEV_DUMPS}/${file}`, 'utf8')
    expect(repair(text)).toBe(text)
    expect(stripPinyinNotes(text, { toneless: true })).toBe(text)
  })
})

describe('pathological input completes and is correct', () => {
  test('a 5 MB line of opening parentheses', () => {
    const text = '中' + '('.repeat(5_000_000)
    expect(stripPinyinNotes(text, { toneless: true })).toBe(text)
    expect(hasPinyinNotes(text)).toBe(false)
  })

  test('5 MB of full-width opening parentheses and letters', () => {
    const text = '中（zhōng'.repeat(700_000)
    expect(stripPinyinNotes(text)).toBe('中（zhōng'.repeat(699_999) + '中')
  })

  test('100,000 (a) without a Han character stay', () => {
    const text = '(a)'.repeat(100_000)
    expect(stripPinyinNotes(text, { toneless: true })).toBe(text)
  })

  test('100,000 (a) after one Han character all go', () => {
    expect(stripPinyinNotes('中' + '(a)'.repeat(100_000), { toneless: true })).toBe('中')
  })

  test('100,000 glued notes', () => {
    const text = '網(wǎng)'.repeat(100_000)
    expect(hasPinyinNotes(text)).toBe(true)
    expect(stripPinyinNotes(text)).toBe('網'.repeat(100_000))
  })
})

describe('stripDisplacedNotes', () => {
  test('a note after punctuation, at a line start, and the rest of a note a wrap cut (q21c02, 06, 11)', () => {
    expect(stripDisplacedNotes('該健身房被轉讓,(ràng)新的經營者', '')).toBe('該健身房被轉讓,新的經營者')
    expect(stripDisplacedNotes('答案藏在過渡區里。”(lǐ)衛星首席科學家', '')).toBe('答案藏在過渡區里。”衛星首席科學家')
    expect(stripDisplacedNotes('由國內團隊自主研制，(zhì)讀出噪聲', '')).toBe('由國內團隊自主研制，讀出噪聲')
    expect(stripDisplacedNotes('(biàn)稱,公司股東', '庭審中,被告辯')).toBe('稱,公司股東')
    expect(stripDisplacedNotes('ùn)練方式已經完全改變了。”', '圍棋的訓(x')).toBe('練方式已經完全改變了。”')
    expect(stripDisplacedNotes('圍棋的訓(x\nùn)練方式', '')).toBe('圍棋的訓(x\n練方式')
  })
  test('real parentheses stay: not toned, not a reading of the character noted, no note cut before', () => {
    for (const [text, previous] of [
      ['衛星“天樞一號”(Tianshu)送入預定軌道', ''], ['美國國家航空航天局(NASA)', ''], ['合作者王大衛,(David Wang)表示', ''],
      ['判決書,(2015)甬海民初字第1號', ''], ['他說,(zhì)是', '轉讓'], ['被告說,(ràng)', ''], ['(biàn)稱', '庭審中,被告說'],
      ['(biàn)稱', ''], ['ùn)練方式', '圍棋的訓'], ['ab)練方式', '圍棋的訓(x'], ['x)', '中(x'],
    ] as const) expect(stripDisplacedNotes(text, previous), text).toBe(text)
  })
})
