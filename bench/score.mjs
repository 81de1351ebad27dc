// The scoring used by `npm run eval`, as defined in
// ../shared/datasets/cwced-dev/README.md:
//
// - tokens: every Han character and every run of letters/digits, after Unicode
//   NFKC and folding to Simplified Chinese (OpenCC t -> cn); punctuation,
//   symbols and spaces are ignored;
// - shingles: runs of 4 consecutive tokens, counted as multisets; a text with
//   1..3 tokens is one shingle made of its whole token run;
// - P = shared / output shingles, R = shared / truth shingles, F1 per page,
//   then the mean over pages (macro average, done by the caller);
// - date: the output's date agrees with the truth on the day and, where the
//   truth has a time, on hours and minutes (an output without a time is then
//   wrong);
// - author: equal after NFKC, folding to Simplified and collapsing spaces
//   (a space between two Han characters counts as none: "赵  培" = "赵培").
//
// Plain JS (ESM) so that bench/eval.mjs can use it without a build step.

import * as OpenCC from 'opencc-js';

export const SHINGLE_SIZE = 4;

let converter;
/** Fold Traditional (any variant) to Simplified, as in mainland usage. */
export function toSimplified(text) {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}

/** NFKC, then fold to Simplified Chinese. */
export function normalizeText(text) {
  return toSimplified(String(text ?? '').normalize('NFKC'));
}

// A Han character, or a run of letters/digits (with combining marks) that are
// not Han. Underscore and other punctuation split runs and are dropped.
const TOKEN_RE = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

/** Tokens of a text: Han characters and letter/digit runs, normalised. */
export function tokenize(text) {
  return normalizeText(text).match(TOKEN_RE) ?? [];
}

/**
 * Shingles of a token list as a multiset: Map<key, count>. Keys join tokens
 * with U+0001 so that ["ab","c"] and ["a","bc"] differ.
 */
export function shingles(tokens, size = SHINGLE_SIZE) {
  const bag = new Map();
  if (tokens.length === 0) return bag;
  if (tokens.length < size) {
    bag.set(tokens.join('\u0001'), 1);
    return bag;
  }
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join('\u0001');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

function bagSize(bag) {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

/** Size of the multiset intersection of two shingle bags. */
export function sharedCount(a, b) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [key, c] of small) {
    const d = large.get(key);
    if (d) n += Math.min(c, d);
  }
  return n;
}

/**
 * Precision / recall / F1 of two shingle bags.
 * Both empty: P = R = F1 = 1. Exactly one empty: P = R = F1 = 0.
 */
export function prfFromBags(outBag, truthBag) {
  const output = bagSize(outBag);
  const truth = bagSize(truthBag);
  if (output === 0 && truth === 0) return { p: 1, r: 1, f1: 1, shared: 0, output, truth };
  if (output === 0 || truth === 0) return { p: 0, r: 0, f1: 0, shared: 0, output, truth };
  const shared = sharedCount(outBag, truthBag);
  const p = shared / output;
  const r = shared / truth;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, shared, output, truth };
}

/** Score an output text against a truth text. */
export function scoreText(outputText, truthText) {
  return prfFromBags(shingles(tokenize(outputText)), shingles(tokenize(truthText)));
}

/** Mean of per-page {p, r, f1}; zeros for an empty list. */
export function meanScores(scores) {
  if (scores.length === 0) return { p: 0, r: 0, f1: 0 };
  const sum = { p: 0, r: 0, f1: 0 };
  for (const s of scores) {
    sum.p += s.p;
    sum.r += s.r;
    sum.f1 += s.f1;
  }
  return { p: sum.p / scores.length, r: sum.r / scores.length, f1: sum.f1 / scores.length };
}

// ---------------------------------------------------------------- dates

/**
 * @typedef {{ year: number, month: number, day: number,
 *             hour?: number, minute?: number, second?: number }} DateParts
 */

function validParts(year, month, day, hour, minute, second) {
  if (!(year >= 1900 && year <= 2100)) return null;
  if (!(month >= 1 && month <= 12)) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!(day >= 1 && day <= daysInMonth)) return null;
  /** @type {DateParts} */
  const parts = { year, month, day };
  if (hour !== undefined && !Number.isNaN(hour)) {
    if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) return parts;
    parts.hour = hour;
    parts.minute = minute;
    if (second !== undefined && !Number.isNaN(second) && second >= 0 && second <= 60) {
      parts.second = second;
    }
  }
  return parts;
}

const num = (s) => (s === undefined ? undefined : Number(s));

const Y_M_D = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/;
const D_M_Y = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
const H_M_S = /(?<!\d)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?/;

/**
 * Parse a truth date such as `2005-03-21 11:21`, `2005-3-11 12:12`,
 * `2004-09-17 5:54:13`, `2005-08-16`; also `Y/M/D`, `Y.M.D`, `Y年M月D日`,
 * a time before the date, and day-first `D-M-Y` when unambiguous (day > 12).
 * Returns null when no day can be read (`UNKNOWN`, `UNKNWON`, `2018`, a name).
 * @returns {DateParts | null}
 */
export function parseTruthDate(value) {
  if (typeof value !== 'string') return null;
  const s = value.normalize('NFKC').trim();
  if (!s || /^unk/i.test(s)) return null;
  let year, month, day, rest;
  let m = Y_M_D.exec(s);
  if (m) {
    [year, month, day] = [num(m[1]), num(m[2]), num(m[3])];
  } else if ((m = D_M_Y.exec(s))) {
    const a = num(m[1]);
    const b = num(m[2]);
    year = num(m[3]);
    if (a > 12 && b <= 12) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [month, day] = [a, b];
    else return null; // ambiguous order
  } else {
    return null;
  }
  rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  const t = H_M_S.exec(rest);
  return validParts(year, month, day, num(t?.[1]), num(t?.[2]), num(t?.[3]));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Shift wall-clock parts with an explicit UTC offset to China time (UTC+8). */
function toChinaTime(parts, zone) {
  if (!zone || parts.hour === undefined) return parts;
  let offsetMin = 0;
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second ?? 0);
  const d = new Date(utc - offsetMin * 60_000 + 8 * 60 * 60_000);
  const out = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
  if (parts.second !== undefined) out.second = d.getUTCSeconds();
  return out;
}

/**
 * Parse a system's date output.
 * strict (clean-page's contract): ISO `YYYY-MM-DD[(T| )HH:MM[:SS]]`, optionally
 * with a zone (`Z`, `+08:00`), which is converted to China time (UTC+8).
 * lenient (for other systems, e.g. Readability's publishedTime): the strict
 * form first, else whatever parseTruthDate can read.
 * @returns {DateParts | null}
 */
export function parseOutputDate(value, { strict = true } = {}) {
  if (value instanceof Date && !Number.isNaN(value.getTime())) value = value.toISOString();
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const m = ISO.exec(s);
  if (m) {
    const parts = validParts(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]));
    return parts && toChinaTime(parts, m[7]);
  }
  return strict ? null : parseTruthDate(s);
}

/**
 * Does an output date agree with a parsed truth date? Same day; and when the
 * truth has a time, the output must have one with the same hour and minute.
 */
export function dateMatches(outputParts, truthParts) {
  if (!truthParts || !outputParts) return false;
  if (
    outputParts.year !== truthParts.year ||
    outputParts.month !== truthParts.month ||
    outputParts.day !== truthParts.day
  ) {
    return false;
  }
  if (truthParts.hour === undefined) return true;
  return outputParts.hour === truthParts.hour && outputParts.minute === truthParts.minute;
}

// ---------------------------------------------------------------- authors

/**
 * NFKC, fold to Simplified, collapse whitespace runs to one space and trim.
 * A space between two Han characters is dropped as well: pages pad two-character
 * names for alignment ("赵  培" is 赵培), and Chinese names carry no spaces.
 */
export function normalizeAuthor(value) {
  if (typeof value !== 'string') return '';
  return toSimplified(value.normalize('NFKC'))
    .replace(/[\s\u200b\ufeff]+/gu, ' ')
    .trim()
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

/** A truth author that counts: not empty and not UNKNOWN (or a misspelling). */
export function truthAuthorKnown(value) {
  const a = normalizeAuthor(value);
  return a !== '' && !/^unk/i.test(a);
}

/** Author equality after normalisation; an empty output never matches. */
export function authorMatches(output, truth) {
  const a = normalizeAuthor(output);
  return a !== '' && a === normalizeAuthor(truth);
}

/**
 * Best effort to turn a free-form byline (e.g. Readability's `byline`) into a
 * name: drops labels such as 作者： 记者 文/ By, and anything after a
 * separator that starts another field (来源, 日期, 时间, 发布, 编辑).
 */
export function cleanByline(value) {
  if (typeof value !== 'string') return '';
  let s = value.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  s = s.replace(/\s*(?:来源|來源|出处|日期|时间|時間|发布|發布|发表|發表|编辑|編輯|责任编辑|責任編輯)\s*[:：].*$/u, '');
  s = s.replace(/^(?:by\s+|作者\s*[:：]?\s*|记者\s*[:：]?\s*|記者\s*[:：]?\s*|撰文\s*[:：]?\s*|文\s*[/／:：]\s*)/iu, '');
  s = s.replace(/^[\s(（【\[]+|[\s)）】\]]+$/gu, '');
  return s.trim();
}

// ---------------------------------------------------------------- title, source, related
// Audit pages may carry more truth than the dataset's (`title`, `source`, `related`: a list of
// headlines); each is scored only on the pages that give it.

/** NFKC, Simplified, no whitespace, no punctuation or symbols: a headline's words only. */
export function normalizeHeadline(value) {
  if (typeof value !== 'string') return '';
  return toSimplified(value.normalize('NFKC')).replace(/[\s\p{P}\p{S}\u200b\ufeff]+/gu, '').toLowerCase();
}

/** Title or source equality after normalizeHeadline; an empty output never matches. */
export function fieldMatches(output, truth) {
  const a = normalizeHeadline(output);
  return a !== '' && a === normalizeHeadline(truth);
}

/**
 * Related headlines: precision and recall of the output's headlines against the truth's, each
 * matched once after normalizeHeadline. Both empty is a perfect score (a page with no list).
 */
export function relatedScores(output, truth) {
  const want = new Map();
  for (const t of truth) {
    const k = normalizeHeadline(t);
    if (k) want.set(k, (want.get(k) ?? 0) + 1);
  }
  const got = output.map(normalizeHeadline).filter(Boolean);
  const wantN = [...want.values()].reduce((a, b) => a + b, 0);
  if (got.length === 0 && wantN === 0) return { p: 1, r: 1, f1: 1, output: 0, truth: 0, shared: 0 };
  let shared = 0;
  for (const k of got) {
    const n = want.get(k) ?? 0;
    if (n > 0) {
      shared++;
      want.set(k, n - 1);
    }
  }
  const p = got.length ? shared / got.length : 0;
  const r = wantN ? shared / wantN : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, output: got.length, truth: wantN, shared };
}
