import { describe, expect, it } from 'vitest';
// @ts-ignore -- plain JS module without type declarations
import * as score from '../bench/score.mjs';

const {
  authorMatches,
  cleanByline,
  dateMatches,
  fieldMatches,
  meanScores,
  normalizeAuthor,
  parseOutputDate,
  parseTruthDate,
  prfFromBags,
  relatedScores,
  scoreText,
  sharedCount,
  shingles,
  tokenize,
  truthAuthorKnown,
} = score as any;

const bagOf = (tokens: string[]) => Object.fromEntries(shingles(tokens) as Map<string, number>);

describe('tokenize', () => {
  it('splits Han text into single characters', () => {
    expect(tokenize('今天天气')).toEqual(['今', '天', '天', '气']);
  });

  it('keeps runs of Latin letters and digits whole, between Han characters', () => {
    expect(tokenize('新专辑《FunnyGirl》共12首歌')).toEqual(['新', '专', '辑', 'FunnyGirl', '共', '12', '首', '歌']);
    expect(tokenize('iPhone15发布')).toEqual(['iPhone15', '发', '布']);
  });

  it('drops punctuation, symbols and spaces, which also split runs', () => {
    expect(tokenize('“你好”， 世界！ abc-def_ghi 4.66万 ……')).toEqual([
      '你', '好', '世', '界', 'abc', 'def', 'ghi', '4', '66', '万',
    ]);
    expect(tokenize(' \n\t，。！？、')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('applies NFKC: full-width digits and letters become ASCII', () => {
    expect(tokenize('２００５年３月')).toEqual(['2005', '年', '3', '月']);
    expect(tokenize('ＡＢＣ１２３')).toEqual(['ABC123']);
    // full-width and ideographic spaces are spaces
    expect(tokenize('中\u3000国')).toEqual(['中', '国']);
  });

  it('does not fold case (the metric does not say to)', () => {
    expect(tokenize('ABC abc')).toEqual(['ABC', 'abc']);
  });

  it('folds Traditional Chinese to Simplified', () => {
    expect(tokenize('中華人民共和國')).toEqual(tokenize('中华人民共和国'));
    expect(tokenize('經濟發展與環境')).toEqual(['经', '济', '发', '展', '与', '环', '境']);
    expect(scoreText('這個問題很複雜', '这个问题很复杂').f1).toBe(1);
  });
});

describe('shingles', () => {
  it('makes overlapping runs of 4 tokens', () => {
    const bag = shingles(['a', 'b', 'c', 'd', 'e']);
    expect(bag.size).toBe(2);
    expect([...bag.values()]).toEqual([1, 1]);
  });

  it('counts repeated shingles as a multiset', () => {
    // 一二三四一二三四 -> 一二三四 x2, 二三四一, 三四一二, 四一二三
    const bag = bagOf([...'一二三四一二三四']);
    expect(Object.values(bag).sort()).toEqual([1, 1, 1, 2]);
  });

  it('uses the whole token run as one shingle when there are fewer than 4 tokens', () => {
    expect(bagOf(['a', 'b', 'c'])).toEqual({ 'a\u0001b\u0001c': 1 });
    expect(bagOf(['x'])).toEqual({ x: 1 });
    expect(shingles([]).size).toBe(0);
  });

  it('keeps token boundaries in the key', () => {
    const a = shingles(['ab', 'c', 'd', 'e']);
    const b = shingles(['a', 'bc', 'd', 'e']);
    expect(sharedCount(a, b)).toBe(0);
  });

  it('intersects multisets with min counts', () => {
    const a = shingles([...'一二三四一二三四']); // 一二三四 x2
    const b = shingles([...'一二三四']); // 一二三四 x1
    expect(sharedCount(a, b)).toBe(1);
    expect(sharedCount(b, a)).toBe(1);
    expect(sharedCount(a, a)).toBe(5);
  });
});

describe('precision / recall / F1', () => {
  it('is 1 for identical texts, whatever the punctuation and spacing', () => {
    expect(scoreText('今天，天气很好。我们去公园。', '今天天气很好 我们去公园')).toMatchObject({ p: 1, r: 1, f1: 1 });
  });

  it('computes P and R from shared shingles', () => {
    // truth: 一二三四五六 -> 3 shingles; output: 一二三四五 -> 2 shingles, both shared
    const s = scoreText('一二三四五', '一二三四五六');
    expect(s).toMatchObject({ shared: 2, output: 2, truth: 3, p: 1 });
    expect(s.r).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(0.8);
  });

  it('penalises extra text in the output (precision)', () => {
    const s = scoreText('一二三四五六七八', '一二三四五');
    expect(s.r).toBe(1);
    expect(s.p).toBeCloseTo(2 / 5);
  });

  it('counts repeated output only as often as the truth has it', () => {
    const s = scoreText('一二三四。一二三四。', '一二三四');
    // output 5 shingles (一二三四 x2, ...), shared 1
    expect(s).toMatchObject({ shared: 1, output: 5, truth: 1 });
  });

  it('scores 0 when nothing is shared', () => {
    expect(scoreText('甲乙丙丁戊', '一二三四五')).toMatchObject({ p: 0, r: 0, f1: 0 });
  });

  it('edge cases: both empty = 1, one empty = 0', () => {
    expect(scoreText('', '')).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(scoreText('，。 ', '')).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(scoreText('', '一二三四五')).toMatchObject({ p: 0, r: 0, f1: 0 });
    expect(scoreText('一二三四五', '')).toMatchObject({ p: 0, r: 0, f1: 0 });
    expect(prfFromBags(new Map(), new Map())).toMatchObject({ f1: 1 });
  });

  it('handles texts shorter than 4 tokens as one shingle', () => {
    expect(scoreText('你好', '你好').f1).toBe(1);
    expect(scoreText('你好', '你好吗').f1).toBe(0);
    expect(scoreText('你好吗', '你好吗？').f1).toBe(1);
  });

  it('averages per page (macro)', () => {
    expect(meanScores([{ p: 1, r: 0.5, f1: 1 }, { p: 0, r: 0.5, f1: 0 }])).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(meanScores([])).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

describe('truth dates', () => {
  it('reads the forms used in the truth files', () => {
    expect(parseTruthDate('2005-03-21 11:21')).toEqual({ year: 2005, month: 3, day: 21, hour: 11, minute: 21 });
    expect(parseTruthDate('2005-3-11 12:12')).toEqual({ year: 2005, month: 3, day: 11, hour: 12, minute: 12 });
    expect(parseTruthDate('2004-09-17 5:54:13')).toEqual({ year: 2004, month: 9, day: 17, hour: 5, minute: 54, second: 13 });
    expect(parseTruthDate('2005-08-16')).toEqual({ year: 2005, month: 8, day: 16 });
    expect(parseTruthDate(' 2022-02-13 07:00:00 ')).toEqual({ year: 2022, month: 2, day: 13, hour: 7, minute: 0, second: 0 });
  });

  it('reads other orders and separators', () => {
    expect(parseTruthDate('2005/3/21')).toEqual({ year: 2005, month: 3, day: 21 });
    expect(parseTruthDate('2005年3月21日 11:21')).toMatchObject({ year: 2005, month: 3, day: 21, hour: 11, minute: 21 });
    expect(parseTruthDate('11:21 2005-03-21')).toMatchObject({ day: 21, hour: 11, minute: 21 });
    expect(parseTruthDate('21-03-2005')).toEqual({ year: 2005, month: 3, day: 21 });
    expect(parseTruthDate('03-21-2005')).toEqual({ year: 2005, month: 3, day: 21 });
    expect(parseTruthDate('03-04-2005')).toBeNull(); // ambiguous day/month
  });

  it('rejects values that do not give a day', () => {
    for (const v of ['UNKNOWN', 'UNKNWON', 'unknown', '', '2018', '刘涛', '2005-13-01', '2005-02-30', null, undefined, 2005]) {
      expect(parseTruthDate(v as any)).toBeNull();
    }
  });
});

describe('output dates', () => {
  it('reads ISO dates with and without a time', () => {
    expect(parseOutputDate('2005-03-21')).toEqual({ year: 2005, month: 3, day: 21 });
    expect(parseOutputDate('2005-03-21T11:21')).toEqual({ year: 2005, month: 3, day: 21, hour: 11, minute: 21 });
    expect(parseOutputDate('2005-03-21T11:21:05')).toMatchObject({ hour: 11, minute: 21, second: 5 });
    expect(parseOutputDate('2005-03-21 11:21')).toMatchObject({ hour: 11, minute: 21 });
  });

  it('converts an explicit zone to China time', () => {
    expect(parseOutputDate('2022-02-11T01:52:00Z')).toMatchObject({ year: 2022, month: 2, day: 11, hour: 9, minute: 52 });
    expect(parseOutputDate('2022-02-10T20:00:00-05:00')).toMatchObject({ day: 11, hour: 9, minute: 0 });
    expect(parseOutputDate('2022-02-11T09:52:00+08:00')).toMatchObject({ day: 11, hour: 9, minute: 52 });
  });

  it('is strict about non-ISO output unless told otherwise', () => {
    expect(parseOutputDate('2005-3-21 11:21')).toBeNull();
    expect(parseOutputDate('2005年3月21日')).toBeNull();
    expect(parseOutputDate('2005年3月21日', { strict: false })).toEqual({ year: 2005, month: 3, day: 21 });
    expect(parseOutputDate(null)).toBeNull();
    expect(parseOutputDate('')).toBeNull();
    expect(parseOutputDate('2005-02-30')).toBeNull();
  });
});

describe('dateMatches', () => {
  const t = (s: string) => parseTruthDate(s);
  const o = (s: string) => parseOutputDate(s);

  it('needs the same day', () => {
    expect(dateMatches(o('2005-08-16'), t('2005-08-16'))).toBe(true);
    expect(dateMatches(o('2005-08-16T10:00'), t('2005-08-16'))).toBe(true);
    expect(dateMatches(o('2005-08-17'), t('2005-08-16'))).toBe(false);
    expect(dateMatches(o('2004-08-16'), t('2005-08-16'))).toBe(false);
  });

  it('needs hours and minutes when the truth has a time; seconds are ignored', () => {
    expect(dateMatches(o('2005-03-11T12:12'), t('2005-3-11 12:12'))).toBe(true);
    expect(dateMatches(o('2004-09-17T05:54'), t('2004-09-17 5:54:13'))).toBe(true);
    expect(dateMatches(o('2004-09-17T05:54:59'), t('2004-09-17 5:54:13'))).toBe(true);
    expect(dateMatches(o('2005-03-11T12:13'), t('2005-3-11 12:12'))).toBe(false);
    expect(dateMatches(o('2005-03-11T00:12'), t('2005-3-11 12:12'))).toBe(false);
  });

  it('counts a missing time as wrong when the truth has one', () => {
    expect(dateMatches(o('2005-03-11'), t('2005-3-11 12:12'))).toBe(false);
  });

  it('is false without an output or a truth', () => {
    expect(dateMatches(null, t('2005-08-16'))).toBe(false);
    expect(dateMatches(o('2005-08-16'), null)).toBe(false);
  });
});

describe('authors', () => {
  it('folds to Simplified and collapses spaces', () => {
    expect(authorMatches('劉濤', '刘涛')).toBe(true);
    expect(authorMatches(' 伊琳 李清芬 ', '伊琳  李清芬')).toBe(true);
    expect(authorMatches('伊琳\u3000李清芬', '伊琳  李清芬')).toBe(true);
    expect(authorMatches('John  Smith', 'John Smith')).toBe(true);
    expect(normalizeAuthor('  趙延東、風笑天 ')).toBe('赵延东、风笑天');
  });

  it('treats spaces between Han characters as padding', () => {
    expect(authorMatches('赵  培', '赵培')).toBe(true);
    expect(authorMatches('JohnSmith', 'John Smith')).toBe(false);
  });

  it('otherwise needs equality', () => {
    expect(authorMatches('刘涛 记者', '刘涛')).toBe(false);
    expect(authorMatches('', '刘涛')).toBe(false);
    expect(authorMatches(null, '刘涛')).toBe(false);
    expect(authorMatches('ggjjzhzz', 'ggjjzhzz')).toBe(true);
  });

  it('excludes UNKNOWN truth authors', () => {
    expect(truthAuthorKnown('UNKNOWN')).toBe(false);
    expect(truthAuthorKnown('UNKNWON')).toBe(false);
    expect(truthAuthorKnown('')).toBe(false);
    expect(truthAuthorKnown(undefined)).toBe(false);
    expect(truthAuthorKnown('苏亮')).toBe(true);
  });

  it('cleans free-form bylines', () => {
    expect(cleanByline('作者：刘涛')).toBe('刘涛');
    expect(cleanByline('记者 格桑边觉')).toBe('格桑边觉');
    expect(cleanByline('文/李楠')).toBe('李楠');
    expect(cleanByline('By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('作者：魏喆 来源：新华网')).toBe('魏喆');
    expect(cleanByline(null)).toBe('');
  });
});

describe('title, source and related (audit truth)', () => {
  it('matches a title or source after folding script, width, spaces and punctuation', () => {
    expect(fieldMatches('「深圳」地鐵 14 號線開通！', '“深圳”地铁14号线开通')).toBe(true);
    expect(fieldMatches('深圳地铁14号线开通运营', '深圳地铁14号线开通')).toBe(false);
    expect(fieldMatches(null, '新华社')).toBe(false);
    expect(fieldMatches('', '')).toBe(false);
  });

  it('scores related headlines as a multiset: each truth headline matched once', () => {
    const r = relatedScores(['甲乙丙丁', '甲乙丙丁', '戊己庚辛'], ['甲乙丙丁', '壬癸子丑']);
    expect(r).toMatchObject({ shared: 1, output: 3, truth: 2 });
    expect(r.p).toBeCloseTo(1 / 3);
    expect(r.r).toBeCloseTo(1 / 2);
    expect(r.f1).toBeCloseTo(0.4);
  });

  it('gives a page with no list, rightly found empty, a perfect score, and a wrongly empty one zero', () => {
    expect(relatedScores([], [])).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(relatedScores([], ['甲乙丙丁'])).toMatchObject({ p: 0, r: 0, f1: 0 });
    expect(relatedScores(['甲乙丙丁'], [])).toMatchObject({ p: 0, r: 0, f1: 0 });
  });
});
