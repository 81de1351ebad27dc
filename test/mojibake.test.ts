import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { repairBlocks } from '../src/repair/index.js'
import { findMojibakeSpans, repairMojibake, rereadUtf8Page } from '../src/repair/mojibake.js'
import { cleanPage } from '../src/pipeline.js'
import iconv from 'iconv-lite'
import type { Block } from '../src/types.js'
import { DEV_DUMPS as DEV_DUMPS_DIR, SEED_FILE, readRepairCases, testRepairCases } from './helpers.js'

const CASES = readRepairCases<string>('mojibake.json')
const DEV_DUMPS = DEV_DUMPS_DIR + '/'
const SEED = SEED_FILE
const DAMAGED_DUMP = '33a95b71-b49b-42c1-9c0a-ab8e3feba3cf.txt'
const listDumps = (): string[] => {
  try {
    return readdirSync(DEV_DUMPS).filter((f) => f.endsWith('.txt'))
  } catch {
    return []
  }
}

describe('fixtures/repairs/mojibake.json', () => {
  testRepairCases(CASES, (text: string) => repairMojibake(text).text)
})

describe('repairMojibake', () => {
  test('reports what it changed, at the index of the input', () => {
    const text = '網絡拓?fù)浣Y(jié)構(gòu)'
    const { fixes, unresolved } = repairMojibake(text)
    expect(fixes).toEqual([{ index: 3, from: '?fù)浣Y(jié)構(gòu)', to: '撲結構' }])
    expect(text.slice(fixes[0]!.index).startsWith(fixes[0]!.from)).toBe(true)
    expect(unresolved).toEqual([])
  })

  test('a lost character the words leave open is the far most common candidate that makes a word', () => {
    // 对不赞/对不赦/对不赶/对不起: 不X is a known word for all four, and 起 is far more common than the others
    const { text, unresolved } = repairMojibake('瀵逛笉璧')
    expect(text).toBe('对不起')
    expect(unresolved).toEqual([])
    // 外厂/外冲/外出 are all known words (ranks 824, 823, 45): 出, never a printed U+FFFD
    expect(repairMojibake('大到暴雨Ｇ胧忻窦跎偻獬?,注意').text).toBe('大到暴雨。请市民减少外出,注意')
  })

  test('a lost character with no single candidate and none far more common is left out, never U+FFFD, and reported', () => {
    // 全国人民 + a UTF-8 character cut short after its first byte (E5): no candidate stands out
    const { text, unresolved } = repairMojibake('鍏ㄥ浗浜烘皯鍚')
    expect(text).toBe('全国人民')
    expect(unresolved).toEqual([expect.objectContaining({ index: 0, reason: expect.stringMatching(/left out/) })])
  })

  test('a lost lead byte the words cannot decide is the sentence\'s full stop, not U+FFFD', () => {
    // 啓動。本次活動由工業和 with the A1 of 。 lost: its A3 pairs with the next lead byte, `１` (A3 B1) and on.
    // (GBK's user-defined A3 xx codes decode to private-use characters: U+E63D here.)
    const { text, unresolved } = repairMojibake('在安徽合肥啓動?１敬位顒佑晒\ue63dI和信息化部、國家發(fā)展改革委等五部門聯合組織')
    expect(text).toBe('在安徽合肥啓動。本次活動由工業和信息化部、國家發(fā)展改革委等五部門聯合組織')
    expect(unresolved).toEqual([])
  })

  test('repairs several spans in one text and keeps the rest byte for byte', () => {
    const text = '大規(guī)??棺h,接著說拓?fù)浣Y(jié)構(gòu)。真的嗎?'
    expect(repairMojibake(text).text).toBe('大規(guī)模抗議,接著說拓撲結構。真的嗎?')
  })

  test('is idempotent', () => {
    const once = repairMojibake('原動力??梢灶A(yù)期').text
    expect(repairMojibake(once).text).toBe(once)
  })

  test('clean text and empty text come back unchanged', () => {
    for (const text of ['', '?', '??', '新华社北京电 今年前三个月全国经济运行总体平稳。', 'Hello? World?']) {
      expect(repairMojibake(text)).toEqual({ text, fixes: [], unresolved: [], unrepaired: [] })
    }
  })

  test.skipIf(listDumps().length === 0)('leaves every dev dump unchanged but for its one damaged span', () => {
    for (const f of listDumps()) {
      const text = readFileSync(DEV_DUMPS + f, 'utf8')
      const result = repairMojibake(text)
      expect(result.unrepaired, f).toEqual([])
      if (f !== DAMAGED_DUMP) {
        expect(result.text, f).toBe(text)
        continue
      }
      expect(result.fixes).toHaveLength(1)
      const [fix] = result.fixes
      expect(fix!.to).toBe('，没有经过接触与皮肤测试，他们不知道那位消费者是否是使用S')
      expect(text.slice(fix!.index, fix!.index + fix!.from.length)).toBe(fix!.from)
      expect(result.text).toBe(text.slice(0, fix!.index) + fix!.to + text.slice(fix!.index + fix!.from.length))
    }
  })

  test.skipIf(listDumps().length === 0)('flags the one real shifted span of the dev dumps', () => {
    const flagged = listDumps().filter((f) => findMojibakeSpans(readFileSync(DEV_DUMPS + f, 'utf8')).length > 0)
    expect(flagged).toEqual([DAMAGED_DUMP])
  })

  test.skipIf(listDumps().length === 0)('repairs exactly the two spans of the seed', () => {
    const text = readFileSync(SEED, 'utf8')
    const result = repairMojibake(text)
    expect(result.fixes.map((f) => f.to)).toEqual(['撲結構', '模抗議'])
    expect(result.text).toContain('拓撲結構')
    expect(result.text).toContain('大規(guī)模抗議')
    expect(result.text).toContain('作弊記0分?假的')
    expect(result.unresolved).toEqual([])
  })

  test('a shift with no ? marker: the lost byte was the lead of ，, the span runs to the ASCII byte', () => {
    const text = '裴逸群表示\ue0de挥芯\ue132\ue426哟ビ肫し舨馐裕\ue0e6\ue370遣恢\ue014滥俏幌\ue364颜呤欠袷鞘褂肧K-II产品'
    const { fixes, unresolved, unrepaired } = repairMojibake(text)
    expect(fixes).toEqual([{ index: 5, from: text.slice(5, text.indexOf('K')), to: '，没有经过接触与皮肤测试，他们不知道那位消费者是否是使用S' }])
    expect(unresolved).toEqual([])
    expect(unrepaired).toEqual([])
  })

  test('a long shift is read through its holes: each `?` is an undecodable pair (a trail byte, then a lead byte)', () => {
    // 。受春节过后需求减少影响，猪肉、鲜蛋等鲜活农产品价格持续走低，蔬菜价格则因前期低温天气有所上涨。 lost its first byte;
    // 诠? is 过 (B9 FD) and the lead BA of 后: FD BA is no character
    const text = '回落4.6个百分点Ｊ艽航诠?笮枨蠹跎儆跋欤?砣狻⑾实暗认驶钆┎?芳鄹癯中?叩停?卟思鄹裨蛞蚯捌诘臀绿炱?兴?险恰?'
    const { text: out, fixes, unresolved } = repairMojibake(text)
    expect(fixes).toHaveLength(1)
    expect(out).toContain('个百分点。受春节')
    expect(out).toContain('需求减少影响，猪肉、鲜蛋等鲜活农产品价格持续')
    expect(out).toContain('菜价格则因前期低温天')
    expect(out.endsWith('上涨。')).toBe(true)
    // a hole the words cannot fill is left out, never printed as ? or U+FFFD, and reported
    expect(out).not.toMatch(/[?\ufffd]/u)
    expect(unresolved).toHaveLength(1)
  })

  test('a `?` with only the run-ending character after it is the run\'s last byte, no hole', () => {
    // 。一家從事工 one byte off, then 業 (98 49: its trail byte is ASCII, so it ends the run and is no shifted character)
    expect(repairMojibake('簽訂了算力服務協議Ｒ患覐氖鹿?業檢測軟件開發的企業').text).toBe('簽訂了算力服務協議。一家從事工業檢測軟件開發的企業')
  })

  test('a real question mark between two sentences is no hole', () => {
    for (const text of ['他问：你明天去北京吗?我们一起走吧。', '这是真的?为什么没有人告诉我们', '价格还会上涨?专家认为不会。']) {
      expect(repairMojibake(text).text).toBe(text)
    }
  })

  test('a span after an ASCII mark, also through a pinyin note: most pages write `,` for `，`', () => {
    // 最終 = D7 EE BD 4B: D7 lost, EE BD reads 罱, 4B is `K`; 如果某條 = C8 E7 B9 FB C4 B3 97 6C (FB C4 is private-use)
    expect(repairMojibake('居民通勤規律,?罱K確定了首批線路').text).toBe('居民通勤規律,最終確定了首批線路')
    expect(repairMojibake('公交網(wǎng),?罱K確定了').text).toBe('公交網(wǎng),最終確定了')
    expect(repairMojibake('相關(guān)負責(zé)人表示,?绻\ue371硹l線路連續(xù)一個月').text).toBe('相關(guān)負責(zé)人表示,如果某條線路連續(xù)一個月')
    expect(repairMojibake('這是結果(完)?罱K確定了').text).toBe('這是結果(完)最終確定了')
  })

  test('a span that reads no word of its own is read back when its guessed first character makes one', () => {
    // only 終 is read back; of the characters with second byte EE, 最 alone makes a word with it
    const { text, fixes, unresolved } = repairMojibake('居民通勤規律，?罱K確定了首批線路')
    expect(text).toBe('居民通勤規律，最終確定了首批線路')
    expect(fixes).toEqual([{ index: 7, from: '?罱K', to: '最終' }])
    expect(unresolved).toEqual([])
  })

  test('a first character the words cannot single out leaves the span, with its warning', () => {
    // 同時 = CD AC 95 72: 乾時 and 鞋時 are known words too, so AC does not pick 同
    for (const text of ['常規公交重複,?瑫r做好成本控制。', '常規公交重複，?瑫r做好成本控制。']) {
      const result = repairMojibake(text)
      expect(result.text).toBe(text)
      expect(result.unrepaired).toEqual([{ index: 7, text: '?瑫r', reason: 'gbk-shift: no clearly better reading' }])
    }
  })

  test('a question mark after an ASCII mark, and one in a URL, stay as they are', () => {
    for (const text of [
      '你好,?', '是吗,?', '真的嗎!?你說呢', '是吗,?我的心____', '他說:?我們在A股', '价格3.?罱K', 'NVIDIA)?罱K確定',
      '详见http://www.example.com/news.php?id=3&t=中文A', '网址:http://a.cn/?罱K', '下載:http://a.cn/b.php?罱K',
    ]) {
      expect(repairMojibake(text), text).toEqual({ text, fixes: [], unresolved: [], unrepaired: [] })
    }
  })

  test('a span that ends in a `?` before an ASCII byte below 0x40: its last trail byte had no partner', () => {
    // 。烘乾 = A1 A3 BA E6 C7 AC: A1 lost, A3 BA reads ：, E6 C7 媲, AC met `(` and shows as `?`; 乾's note goes with it
    expect(repairMojibake('鎮上的烘乾(gān)中心?：媲?(gān)一批只要10多個小時').text).toBe('鎮上的烘乾(gān)中心。烘乾一批只要10多個小時')
    // “氣堵” = A1 B0 9A E2 B6 C2 A1 B1: the span opens “, so the last lead byte A1 closes it
    const { text, fixes, unresolved } = repairMojibake('暖气片里容易出現?皻舛隆?,需要逐戶排氣')
    expect(text).toBe('暖气片里容易出現“氣堵”,需要逐戶排氣')
    expect(fixes).toEqual([{ index: 8, from: '?皻舛隆?', to: '“氣堵”' }])
    expect(unresolved).toEqual([])
  })

  test('a stop lost just before a short run: the trail letter\'s character and the next one make the word', () => {
    // 。企業 with the A1 of 。 lost: A3 C6 = Ｆ, F3 98 = 髽, and 業 (98 49) ends in the ASCII `I`
    expect(repairMojibake('用戶憑取件碼取餐Ｆ髽I負責人介紹').text).toBe('用戶憑取件碼取餐。企業負責人介紹')
    // 。有門店: 門 (E9 54) ends in `T`, its note goes with it, and 門 makes 門店 with the character after the run
    expect(repairMojibake('擔心剛買完車就遇到更大幅度的降價Ｓ虚T(men)店銷售人員透露').text).toBe('擔心剛買完車就遇到更大幅度的降價。有門店銷售人員透露')
  })

  test('a full-width form glued after Han before a short run that makes no word stays', () => {
    for (const text of ['第３季T恤', '买入Ａ股B', '近５年?,我们', '近５年?(笑)', '他说Ａ股?(gǔ)大涨']) {
      expect(repairMojibake(text).text, text).toBe(text)
    }
  })

  test('a pinyin note after the `?` that ends a run spells the lost character: it picks the candidate and goes too', () => {
    // 。一位車企: 車 = DC 87, its trail byte 87 met the note's `(` and shows as `?`; of the DC xx characters only 車 reads che
    const { text, unresolved } = repairMojibake('電池成本下降爲整車降價騰出了空間Ｒ晃卉?(che)企銷售負責人坦言')
    expect(text).toBe('電池成本下降爲整車降價騰出了空間。一位車企銷售負責人坦言')
    expect(unresolved).toEqual([])
    // a note no candidate reads as still goes with the span; the character is left out and reported
    const other = repairMojibake('電池成本下降爲整車降價騰出了空間Ｒ晃卉?(ma)企銷售負責人坦言')
    expect(other.text).toBe('電池成本下降爲整車降價騰出了空間。一位企銷售負責人坦言')
    expect(other.unresolved).toHaveLength(1)
  })

  test('UTF-8 read as GBK with `€` (a lone byte 0x80, the last byte of 一 and 所) is read back from where it reads best', () => {
    // 雲南一所 = E9 9B B2 | E5 8D 97 | E4 B8 80 | E6 89 80, read as GBK: 闆 插 崡 涓 € 鎵 €
    const { text, fixes } = repairMojibake('她打算先到闆插崡涓€鎵€鄉村小學支教')
    expect(text).toBe('她打算先到雲南一所鄉村小學支教')
    expect(fixes).toEqual([{ index: 5, from: '闆插崡涓€鎵€', to: '雲南一所' }])
  })

  test('a `€` of a price, or after a common character, is no damage and no warning', () => {
    for (const text of ['售价为€100元', '价格100€起', '欧元符号€是', '门票20€/人']) {
      expect(repairMojibake(text), text).toEqual({ text, fixes: [], unresolved: [], unrepaired: [] })
    }
  })

  test('a rare run ending in `?` with no stop to restore (a headline) is read from its one rare start when two words show', () => {
    // 改革方案公佈 with 革's lead byte B8 lost: EF B7 = 锓, BD B0 = 桨, B8 B9 = 腹, AB B2 = 珌, and 佈's BC met the space
    const { text, unresolved } = repairMojibake('佛山中考改锓桨腹珌? 體育分值提高到70分')
    expect(text).toBe('佛山中考改革方案公佈 體育分值提高到70分')
    expect(unresolved).toEqual([])
    // rare names before a real question make no words
    for (const t of ['他见过饕餮狴犴狻猊?我们', '这是魑魅魍魉?', '你认识赑屃螭吻吗?']) expect(repairMojibake(t).text, t).toBe(t)
  })

  test('a stop lost before a quote mark leaves ！, which starts the run only where the next pair makes the quote', () => {
    // 。”也有家長 with the first A1 lost: A3 A1 = ！, B1 D2 = 币, B2 D3 = 灿, D0 BC = 屑, D2 E9 = 议, and 長 (E9 4C) ends in `L`
    expect(repairMojibake('打算每週帶她練三次！币灿屑议L擔心,部分學生').text).toBe('打算每週帶她練三次。”也有家長擔心,部分學生')
    // a real ！ before text that reads on, or before a letter
    for (const t of ['太好了！本次活动A', '他说：“太好了！保证B完成', '加油！币圈A股', '好！币灿屑议']) expect(repairMojibake(t).text, t).toBe(t)
  })

  test('on a Traditional text, a run of Simplified-only characters ending like a shift is read back', () => {
    // 首次使用了G: CA D7 | B4 CE | CA B9 | D3 C3 | C1 CB | 47 with CA lost: 状 问 褂 昧 薌 (CB 47), then PS
    const { text } = repairMojibake('保護區今年還状问褂昧薌PS衛星跟蹤技術，為15隻白鶴佩戴了跟蹤器')
    expect(text).toContain('次使用了GPS衛星')
    // a Simplified text, or Simplified characters that end like no shift, stay
    for (const t of ['我们今年状态很好A', '這個问题很难A', '這個問題很難说过PS衛星', '记者问道：状问褂昧薌PS']) expect(repairMojibake(t).text, t).toBe(t)
  })

  test('a real question mark before `,` `(` or in a URL is no span ending in `?`', () => {
    for (const text of ['你好?,', '是吗?(笑)', 'a.php?x=1', 'Hello, world. What?(yes)', '你是谁?你好?,我们', '真的吗?好啊?,走吧', '他說?我們?.']) {
      expect(repairMojibake(text), text).toEqual({ text, fixes: [], unresolved: [], unrepaired: [] })
    }
  })

  test('a flagged span with no clearly better reading is reported as unrepaired and kept', () => {
    const text = '龙生九子：赑屃、螭吻、蒲牢、狴犴、饕餮、蚣蝮、睚眦、狻猊、椒图'
    const result = repairMojibake(text)
    expect(result.text).toBe(text)
    expect(result.fixes).toEqual([])
    expect(result.unrepaired).toHaveLength(1)
    expect(result.unrepaired[0]!.reason).toMatch(/^rare-run/)
    expect(text.slice(result.unrepaired[0]!.index)).toContain(result.unrepaired[0]!.text)
  })

  test('pathological input completes: a long rare run with no ASCII byte to end a shift', () => {
    const text = '赑屃螭吻狴犴狻猊'.repeat(50_000)
    expect(repairMojibake(text).text).toBe(text)
  })

  test('pathological input completes: 100,000 question marks', () => {
    const text = '中'.concat('?'.repeat(100_000), '文')
    expect(repairMojibake(text).text).toBe(text)
  })

  test('pathological input completes: a 5 MB line of alternating Han and ?', () => {
    const text = '中?文'.repeat(600_000)
    expect(repairMojibake(text).text).toBe(text)
    expect(findMojibakeSpans('拓?fù)'.repeat(200_000)).length).toBeGreaterThan(0)
  })
})

describe('repairBlocks: mojibake repairs and warnings', () => {
  const block = (text: string, line: number): Block => ({ text, line, linkChars: 0, key: text })

  test('a repaired span is recorded as a repair, with no warning', () => {
    const text = '裴逸群表示\ue0de挥芯\ue132\ue426哟ビ肫し舨馐裕\ue0e6\ue370遣恢\ue014滥俏幌\ue364颜呤欠袷鞘褂肧K-II产品'
    const { blocks, repairs, warnings } = repairBlocks([block(text, 7)])
    expect(blocks[0]!.text).toBe('裴逸群表示，没有经过接触与皮肤测试，他们不知道那位消费者是否是使用SK-II产品')
    expect(repairs.filter((r) => r.rule.startsWith('R101'))).toHaveLength(1)
    expect(repairs[0]!.line).toBe(7)
    expect(warnings).toEqual([])
  })

  test('a flagged span that is not repaired is a mojibake warning at the block line', () => {
    const text = '龙生九子：赑屃、螭吻、蒲牢、狴犴、饕餮、蚣蝮、睚眦、狻猊、椒图'
    const { blocks, repairs, warnings } = repairBlocks([block('正文。', 3), block(text, 12)])
    expect(blocks[1]!.text).toBe(text)
    expect(repairs).toEqual([])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ code: 'mojibake', line: 12 })
    expect(warnings[0]!.message).toContain('赑屃')
  })

  test('a lost stop\'s form and a short run cut by an ASCII comma, left unread, is warned about; a real form is not', () => {
    const { blocks, warnings } = repairBlocks([block('目前只有單量足夠密集的線路才能做到收支平衡４送?,噪音擾民', 6)])
    expect(blocks[0]!.text).toBe('目前只有單量足夠密集的線路才能做到收支平衡４送?,噪音擾民')
    expect(warnings).toEqual([expect.objectContaining({ code: 'mojibake', line: 6, message: expect.stringContaining('４送') })])
    expect(repairBlocks([block('新款第３季T恤上市', 2)]).warnings).toEqual([])
  })

  test('a full-width form before a real question mark is no warning', () => {
    const { blocks, repairs, warnings } = repairBlocks([block('工程耗时近５年? 据介绍,今天Ａ股大涨?', 4)])
    expect(blocks[0]!.text).toBe('工程耗时近５年? 据介绍,今天Ａ股大涨?')
    expect(repairs).toEqual([])
    expect(warnings).toEqual([])
  })

  test('a repair picked by frequency is recorded, prints no U+FFFD and is not warned about', () => {
    const { repairs, warnings } = repairBlocks([block('瀵逛笉璧', 5)])
    expect(repairs.map((r) => r.to)).toEqual(['对不起'])
    expect(warnings).toEqual([])
  })
})

describe('findMojibakeSpans', () => {
  test('finds a shifted span with its pinyin note', () => {
    expect(findMojibakeSpans('移民突襲引發大規??棺h')).toEqual([{ index: 8, text: '??棺h', reason: 'gbk-shift' }])
  })

  test('finds UTF-8 read as GBK as a run of rare characters', () => {
    expect(findMojibakeSpans('瀵逛笉璧')).toEqual([{ index: 0, text: '瀵逛笉璧', reason: 'rare-run' }])
  })

  test('finds the damaged tail of a run that clean text is glued to', () => {
    // 。中心使用的圖 one byte off; 系統已穩定運 in front dilutes the whole run's rare share
    const text = '系統已穩定運行Ｖ行氖褂玫膱D(tú)形處理器'
    expect(findMojibakeSpans(text)).toEqual([{ index: 6, text: '行Ｖ行氖褂玫膱', reason: 'rare-run' }])
    expect(repairMojibake(text).text).toBe('系統已穩定運行。中心使用的圖形處理器')
  })

  test('a run that only ends like a shift is tried by the repair, not reported', () => {
    const text = '这家工厂去年投产Ｄ壳耙丫?招聘了300名工人'
    expect(findMojibakeSpans(text)).toEqual([])
    expect(repairMojibake(text).text).toBe('这家工厂去年投产。目前已经招聘了300名工人')
  })

  test('ignores real question marks, a lost ·, and punctuation-only runs', () => {
    for (const text of ['作弊記0分?假的 警惕', '《莊子?庚桑楚》', '真的嗎?', '【打印】【关闭】', '你知道吗?Apple发布了']) {
      expect(findMojibakeSpans(text)).toEqual([])
    }
  })
})

describe('rereadUtf8Page: a whole page of UTF-8 read as GBK', () => {
  const page = [
    '冬季流感进入高发期 专家提醒做好防护',
    '2024-12-18 09:20 来源：新华网',
    '记者从市疾控中心获悉，近期本市流感病例明显增多，已进入冬季高发期。专家提醒，老人、儿童和慢性病患者是重点人群，应尽早接种流感疫苗。',
    '市疾控中心传染病防治所所长介绍，目前流行的毒株以甲型为主，症状主要包括发热、咳嗽和咽痛。大多数患者一周左右可以自愈。',
  ].join('\n')
  // What a scraper that decoded the UTF-8 bytes as GBK saved (a character whose last byte met a newline is lost).
  const misread = iconv.decode(Buffer.from(page, 'utf8'), 'gbk')

  test('reads the page again as UTF-8, with a decode warning that counts the lost characters', () => {
    const again = rereadUtf8Page(misread)
    expect(again).not.toBeNull()
    const kept = [...page].filter((c, i) => again!.text[i] === c).length
    expect(kept / page.length).toBeGreaterThan(0.95)
    const result = cleanPage(misread)
    // `期` met the space after it: its last byte is lost for good.
    expect(result.title).toBe('冬季流感进入高发\ufffd 专家提醒做好防护')
    expect(result.body[0]).toMatch(/^记者从市疾控中心获悉，近期本市流感病例明显增多/u)
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'decode', message: expect.stringContaining('UTF-8 read as GBK') })])
  })

  test('leaves Chinese pages alone, and text with a few rare characters', () => {
    expect(rereadUtf8Page(page)).toBeNull()
    expect(rereadUtf8Page('魑魅魍魉，赑屃驮碑。' + page)).toBeNull()
    expect(rereadUtf8Page('ひらがなとカタカナの文章です。'.repeat(10))).toBeNull()
  })
})

describe('repairBlocks: paragraphs lost to question marks', () => {
  const block = (text: string, line: number): Block => ({ text, line, linkChars: 0, key: text })
  const prose = '5月8日下午,“经典里的中国”系列讲座第十二讲在市图书馆报告厅举行,数百名市民到场聆听。'

  test('a paragraph of nothing but question marks among readable ones is dropped, with a warning at its line', () => {
    const { blocks, warnings } = repairBlocks([block(prose, 3), block('?'.repeat(40), 5), block('????????,??????。', 6), block(prose, 7)])
    expect(blocks.map((b) => b.line)).toEqual([3, 7])
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['lost-text', 5], ['lost-text', 6]])
  })
  test('a short run, a question in text and a page that is mostly lost stay', () => {
    const lost = '????????????,????????。??????????????????????。'
    for (const kept of [
      [block(prose, 1), block('???', 2)],
      [block(prose, 1), block('真的吗????????', 2)],
      [block('标题', 1), block(lost, 2), block(lost, 3)],
    ]) {
      const { blocks, warnings } = repairBlocks(kept)
      expect(blocks.map((b) => b.line)).toEqual(kept.map((b) => b.line))
      expect(warnings).toEqual([])
    }
  })
})

describe('repairBlocks: notes in displaced places', () => {
  const block = (text: string, line: number) => ({ text, line }) as unknown as Parameters<typeof repairBlocks>[0][number]
  test('on a page with toned notes, a note at a block start reads the last character of the block before', () => {
    const blocks = ['網(wǎng)站報道,被告辯', '(biàn)稱,公司(sī)已經變更,轉讓,(ràng)新的經營者', '圍棋的訓(x', 'ùn)練方式']
    expect(repairBlocks(blocks.map(block)).blocks.map((b) => b.text)).toEqual(['網站報道,被告辯', '稱,公司已經變更,轉讓,新的經營者', '圍棋的訓', '練方式'])
  })
  test('on a page without toned notes nothing moves', () => {
    const blocks = ['被告辯', '(bian)稱,轉讓,(rang)新的']
    expect(repairBlocks(blocks.map(block)).blocks.map((b) => b.text)).toEqual(blocks)
  })
})
