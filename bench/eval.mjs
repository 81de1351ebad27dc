#!/usr/bin/env node
// Evaluation on the cwced-dev set: `npm run eval` (builds, then runs this).
//
//   node bench/eval.mjs [--data DIR] [--pages] [--json FILE] [--only LIST]
//
// Systems, all scored in one process and printed in one table:
//   clean-page (html)  cleanPage(bytes of html/ID.html, { inputFormat: 'html' })
//   clean-page (text)  cleanPage(text of dumps/ID.txt, { inputFormat: 'text' })
//   readability        @mozilla/readability on the same HTML, decoded here
//
// Scoring (bench/score.mjs, defined by the dataset's README): 4-token shingle
// P/R/F1 of the body text per page, macro-averaged; date and author accuracy
// over the pages whose truth has a usable value.
//
// CLEAN_PAGE_DIST=/path/to/module.js replaces ../dist/index.js (for testing
// this script with a stub before the library builds).

import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import {
  authorMatches,
  cleanByline,
  dateMatches,
  fieldMatches,
  meanScores,
  parseOutputDate,
  parseTruthDate,
  prfFromBags,
  relatedScores,
  shingles,
  tokenize,
  truthAuthorKnown,
} from './score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');

const USAGE = `usage: node bench/eval.mjs [options]

  --data DIR     dataset directory (default: ../shared/datasets/cwced-dev from the repo root)
  --pages        also print the per-page F1 of each system
  --json FILE    write all numbers (summary and per page) to FILE
  --only LIST    comma-separated subset of systems: html,text,readability
  -h, --help     this help

env CLEAN_PAGE_DIST=FILE  load cleanPage from FILE instead of dist/index.js`;

// ------------------------------------------------------------------ options

let args;
try {
  args = parseArgs({
    options: {
      data: { type: 'string' },
      pages: { type: 'boolean', default: false },
      json: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (err) {
  console.error(`eval: ${err.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const dataDir = resolve(args.data ?? resolve(repoRoot, '../shared/datasets/cwced-dev'));
const distPath = resolve(process.env.CLEAN_PAGE_DIST || join(repoRoot, 'dist/index.js'));

const ALL_SYSTEMS = [
  { key: 'html', name: 'clean-page (html)' },
  { key: 'text', name: 'clean-page (text)' },
  { key: 'readability', name: 'readability' },
];
let systems = ALL_SYSTEMS;
if (args.only) {
  const wanted = args.only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((k) => !ALL_SYSTEMS.some((s) => s.key === k));
  if (unknown.length || wanted.length === 0) {
    console.error(`eval: --only takes a list of html,text,readability (got ${args.only})`);
    process.exit(2);
  }
  systems = ALL_SYSTEMS.filter((s) => wanted.includes(s.key));
}

// ------------------------------------------------------------------ dataset

function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const missing = ['truth', 'html', 'dumps'].filter((d) => !isDir(join(dataDir, d)));
if (missing.length) {
  console.error(
    `eval: dataset not found at ${dataDir}\n` +
      `  (missing ${missing.map((d) => d + '/').join(', ')}; expected truth/ID.json, html/ID.html, dumps/ID.txt)\n` +
      `  pass --data DIR to point at a copy of cwced-dev.`,
  );
  process.exit(2);
}

const ids = readdirSync(join(dataDir, 'truth'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
if (ids.length === 0) {
  console.error(`eval: no truth/*.json files in ${dataDir}`);
  process.exit(2);
}

// ------------------------------------------------------------------ charset

const GB_ALIASES = new Set(['gb2312', 'gbk', 'x-gbk', 'gb_2312-80', 'gb_2312', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'gb18030', 'chinese', 'iso-ir-58']);

/** Decode saved page bytes as a browser would, roughly: BOM, <meta> charset, else detect. */
function decodeHtml(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8 (bom)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes, 'utf-16le'), charset: 'utf-16le (bom)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes, 'utf-16be'), charset: 'utf-16be (bom)' };

  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head);
  if (m) {
    let label = m[1].toLowerCase();
    if (GB_ALIASES.has(label)) label = 'gb18030';
    if (label === 'big5' || label === 'big5-hkscs' || label === 'x-x-big5') label = 'big5hkscs';
    if (label === 'utf8') label = 'utf-8';
    // A page labelled iso-8859-1/ascii is, in practice here, a mislabelled Chinese page: detect instead.
    const weak = ['iso-8859-1', 'us-ascii', 'ascii', 'latin1', 'windows-1252'].includes(label);
    if (!weak && iconv.encodingExists(label)) {
      return { text: iconv.decode(Buffer.from(bytes), label), charset: `${label} (meta)` };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8 (detected)' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), charset: 'gb18030 (detected)' };
  }
}

// ------------------------------------------------------------------ systems

let cleanPage = null;
let loadError = null;
if (systems.some((s) => s.key !== 'readability')) {
  if (!existsSync(distPath)) {
    loadError = `${relative(process.cwd(), distPath) || distPath} does not exist (run \`npm run build\`)`;
  } else {
    try {
      const mod = await import(pathToFileURL(distPath).href);
      cleanPage = mod.cleanPage ?? mod.default?.cleanPage;
      if (typeof cleanPage !== 'function') {
        loadError = `${distPath} does not export a cleanPage function`;
        cleanPage = null;
      }
    } catch (err) {
      loadError = `cannot load ${distPath}: ${err?.stack?.split('\n')[0] ?? err}`;
    }
  }
}

let Readability = null;
let JSDOM = null;
let VirtualConsole = null;
let readabilityLoadError = null;
if (systems.some((s) => s.key === 'readability')) {
  try {
    ({ Readability } = await import('@mozilla/readability'));
    ({ JSDOM, VirtualConsole } = await import('jsdom'));
  } catch (err) {
    readabilityLoadError = `cannot load @mozilla/readability / jsdom: ${err?.message ?? err}`;
  }
}

function bodyText(result) {
  if (!result || typeof result !== 'object') throw new Error(`cleanPage returned ${result === null ? 'null' : typeof result}`);
  if (!Array.isArray(result.body)) throw new Error(`result.body is ${typeof result.body}, not string[]`);
  return result.body.map((b) => String(b ?? '')).join('\n');
}

/**
 * Run one system on one page. Returns { text, date, author, title, timeMs, error?, note?, extra }.
 * Only the extraction itself is timed (files are read beforehand).
 */
async function runSystem(key, page) {
  if (key === 'html' || key === 'text') {
    if (!cleanPage) return { error: loadError ?? 'cleanPage not loaded' };
    const input = key === 'html' ? page.htmlBytes : page.dumpText;
    if (input == null) return { error: `missing ${key === 'html' ? 'html' : 'dumps'}/${page.id}` };
    const t0 = performance.now();
    let result;
    try {
      result = await cleanPage(input, { inputFormat: key });
    } catch (err) {
      return { error: `threw: ${err?.message ?? err}`, timeMs: performance.now() - t0 };
    }
    const timeMs = performance.now() - t0;
    try {
      return {
        text: bodyText(result),
        date: result.publishedAt ?? null,
        author: result.author ?? null,
        title: result.title ?? null,
        source: result.publisher ?? null,
        related: Array.isArray(result.related) ? result.related.map((r) => String(r?.title ?? '')) : [],
        timeMs,
        extra: { warnings: Array.isArray(result.warnings) ? result.warnings.length : 0 },
      };
    } catch (err) {
      return { error: err.message, timeMs };
    }
  }

  // readability
  if (readabilityLoadError) return { error: readabilityLoadError };
  if (page.htmlBytes == null) return { error: `missing html/${page.id}.html` };
  const t0 = performance.now();
  let article;
  let charset;
  let dom;
  try {
    const decoded = decodeHtml(page.htmlBytes);
    charset = decoded.charset;
    dom = new JSDOM(decoded.text, { url: 'https://example.invalid/', virtualConsole: new VirtualConsole() });
    article = new Readability(dom.window.document).parse();
  } catch (err) {
    return { error: `threw: ${err?.message ?? err}`, timeMs: performance.now() - t0 };
  } finally {
    dom?.window.close();
  }
  const timeMs = performance.now() - t0;
  return {
    text: article?.textContent ?? '',
    date: article?.publishedTime ?? null,
    author: article?.byline ? cleanByline(article.byline) : null,
    rawAuthor: article?.byline ?? null,
    title: article?.title ?? null,
    timeMs,
    note: article ? undefined : 'parse() returned null (scored as empty output)',
    extra: { charset },
  };
}

// ------------------------------------------------------------------ run

function readOptional(path, fn) {
  try {
    return fn(readFileSync(path));
  } catch {
    return null;
  }
}

const startsWithTitle = (truthTokens, title) => {
  const t = tokenize(title ?? '');
  if (t.length < 2) return false;
  for (let off = 0; off <= 2; off++) {
    if (t.every((tok, i) => truthTokens[off + i] === tok)) return true;
  }
  return false;
};

const pages = [];
const perSystem = Object.fromEntries(
  systems.map((s) => [
    s.key,
    { scores: [], dateOk: 0, dateN: 0, authorOk: 0, authorN: 0, timeMs: 0, failures: [], notes: [], titleInTruth: 0, titled: 0, titleOk: 0, titleN: 0, sourceOk: 0, sourceN: 0, related: [] },
  ]),
);

for (const id of ids) {
  let truth;
  try {
    truth = JSON.parse(readFileSync(join(dataDir, 'truth', `${id}.json`), 'utf8'));
  } catch (err) {
    console.error(`eval: cannot read truth/${id}.json: ${err.message}; page skipped`);
    continue;
  }
  const truthTokens = tokenize(truth.body ?? '');
  const truthBag = shingles(truthTokens);
  const truthDate = parseTruthDate(truth.date);
  const authorKnown = truthAuthorKnown(truth.author);
  const page = {
    id,
    htmlBytes: readOptional(join(dataDir, 'html', `${id}.html`), (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)),
    dumpText: readOptional(join(dataDir, 'dumps', `${id}.txt`), (b) => new TextDecoder('utf-8').decode(b)),
  };
  const record = {
    id,
    truth: {
      date: truth.date ?? null,
      dateParsed: truthDate,
      author: truth.author ?? null,
      authorCounted: authorKnown,
      shingles: [...truthBag.values()].reduce((a, b) => a + b, 0),
    },
    results: {},
  };

  for (const sys of systems) {
    const acc = perSystem[sys.key];
    const out = await runSystem(sys.key, page);
    acc.timeMs += out.timeMs ?? 0;
    const r = { timeMs: out.timeMs ?? null };
    if (out.error) {
      acc.failures.push({ id, error: out.error });
      r.error = out.error;
      Object.assign(r, { p: 0, r: 0, f1: 0, shared: 0, output: 0, truth: record.truth.shingles });
    } else {
      Object.assign(r, prfFromBags(shingles(tokenize(out.text)), truthBag));
      if (out.note) acc.notes.push({ id, note: out.note });
      if (out.title) {
        acc.titled++;
        if (startsWithTitle(truthTokens, out.title)) {
          acc.titleInTruth++;
          r.truthStartsWithTitle = true;
        }
      }
      Object.assign(r, out.extra ?? {});
    }
    acc.scores.push(r);

    const outDate = out.error ? null : out.date;
    const parsed = parseOutputDate(outDate, { strict: sys.key !== 'readability' });
    r.date = { output: outDate, parsed, counted: !!truthDate, correct: truthDate ? dateMatches(parsed, truthDate) : null };
    if (truthDate) {
      acc.dateN++;
      if (r.date.correct) acc.dateOk++;
    }
    const outAuthor = out.error ? null : out.author;
    r.author = { output: outAuthor, counted: authorKnown, correct: authorKnown ? authorMatches(outAuthor, truth.author) : null };
    if (out.rawAuthor !== undefined) r.author.raw = out.rawAuthor;
    if (authorKnown) {
      acc.authorN++;
      if (r.author.correct) acc.authorOk++;
    }
    // Fields only audit pages give (readability has no related list and no source).
    if (typeof truth.title === 'string') {
      r.title = { output: out.error ? null : out.title, correct: !out.error && fieldMatches(out.title, truth.title) };
      acc.titleN++;
      if (r.title.correct) acc.titleOk++;
    }
    if (typeof truth.source === 'string' && sys.key !== 'readability') {
      // UNKNOWN: the page names no source, and none is right.
      const none = /^unk/i.test(truth.source);
      const correct = !out.error && (none ? !out.source : fieldMatches(out.source, truth.source));
      r.source = { output: out.error ? null : out.source, correct };
      acc.sourceN++;
      if (correct) acc.sourceOk++;
    }
    if (Array.isArray(truth.related) && sys.key !== 'readability') {
      r.related = relatedScores(out.error ? [] : out.related, truth.related);
      acc.related.push(r.related);
    }
    record.results[sys.key] = r;
  }
  pages.push(record);
}

// ------------------------------------------------------------------ report

const f3 = (x) => x.toFixed(3);
const acc = (ok, n) => (n === 0 ? '-' : `${f3(ok / n)} (${n})`);

const summary = systems.map((sys) => {
  const a = perSystem[sys.key];
  const mean = meanScores(a.scores);
  return {
    key: sys.key,
    system: sys.name,
    pages: a.scores.length,
    failed: a.failures.length,
    p: mean.p,
    r: mean.r,
    f1: mean.f1,
    date: { correct: a.dateOk, n: a.dateN, acc: a.dateN ? a.dateOk / a.dateN : null },
    author: { correct: a.authorOk, n: a.authorN, acc: a.authorN ? a.authorOk / a.authorN : null },
    timeMs: a.timeMs,
    truthStartsWithTitle: { pages: a.titleInTruth, ofTitled: a.titled },
    title: { correct: a.titleOk, n: a.titleN, acc: a.titleN ? a.titleOk / a.titleN : null },
    source: { correct: a.sourceOk, n: a.sourceN, acc: a.sourceN ? a.sourceOk / a.sourceN : null },
    related: a.related.length ? { n: a.related.length, ...meanScores(a.related) } : null,
  };
});

function table(headers, rows, alignRight) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (cells) =>
    '| ' + cells.map((c, i) => (alignRight[i] ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ') + ' |';
  const sep = '|' + widths.map((w, i) => (alignRight[i] ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [fmt(headers), sep, ...rows.map(fmt)].join('\n');
}

const dateExcluded = pages.filter((p) => !p.truth.dateParsed);
const authorExcluded = pages.filter((p) => !p.truth.authorCounted);

console.log(`${basename(resolve(dataDir))}: ${pages.length} pages from ${dataDir}`);
console.log(`clean-page: ${cleanPage ? distPath : `not loaded (${loadError})`}\n`);
console.log(
  table(
    ['system', 'pages', 'P', 'R', 'F1', 'date acc (n)', 'author acc (n)', 'time (ms total)'],
    summary.map((s) => [
      s.system,
      s.failed ? `${s.pages} (${s.failed} failed)` : s.pages,
      f3(s.p),
      f3(s.r),
      f3(s.f1),
      acc(s.date.correct, s.date.n),
      acc(s.author.correct, s.author.n),
      Math.round(s.timeMs),
    ]),
    [false, true, true, true, true, true, true, true],
  ),
);

if (summary.some((s) => s.title.n || s.source.n || s.related)) {
  console.log('\nfields only audit truth gives (pages that give them):\n');
  console.log(
    table(
      ['system', 'title acc (n)', 'source acc (n)', 'related P', 'related R', 'related F1 (n)'],
      summary.map((s) => [
        s.system,
        acc(s.title.correct, s.title.n),
        acc(s.source.correct, s.source.n),
        s.related ? f3(s.related.p) : '-',
        s.related ? f3(s.related.r) : '-',
        s.related ? `${f3(s.related.f1)} (${s.related.n})` : '-',
      ]),
      [false, true, true, true, true, true],
    ),
  );
}

const shortId = (id) => id.slice(0, 8);
console.log(
  `\nP, R, F1: 4-token shingles of the body only (clean-page: body.join('\\n'); readability: textContent), ` +
    `mean over all ${pages.length} pages; a failed page scores 0.`,
);
console.log(
  `date acc: over the ${pages.length - dateExcluded.length} pages whose truth date reads to at least a day; ` +
    `excluded ${dateExcluded.length}: ${dateExcluded.map((p) => `${shortId(p.id)}=${JSON.stringify(p.truth.date)}`).join(', ') || 'none'}.`,
);
console.log(
  `author acc: over the ${pages.length - authorExcluded.length} pages with a known truth author; ` +
    `excluded ${authorExcluded.length} (UNKNOWN).`,
);
console.log(`time: extraction calls only (decoding + jsdom + parse for readability), first call's start-up included.`);
for (const s of summary) {
  if (s.truthStartsWithTitle.pages) {
    console.log(
      `note: on ${s.truthStartsWithTitle.pages} page(s) the truth body starts with the title ${s.system} extracted; ` +
        `body-only scoring leaves that title out of P/R.`,
    );
  }
}

if (args.pages) {
  console.log('\nper-page F1:\n');
  const rows = pages.map((p) => [
    shortId(p.id),
    p.truth.shingles,
    ...systems.map((s) => {
      const r = p.results[s.key];
      if (!r) return '';
      const mark = (field, letter) => (field === undefined ? '' : field.correct ? letter : '.');
      const marks =
        (r.date.correct ? 'd' : r.date.counted ? '.' : ' ') +
        (r.author.correct ? 'a' : r.author.counted ? '.' : ' ') +
        mark(r.title, 't') +
        mark(r.source, 's') +
        (r.related ? ` r${f3(r.related.f1)}` : '');
      return (r.error ? 'ERR ' : '') + f3(r.f1) + ' ' + marks;
    }),
  ]);
  console.log(table(['page', 'truth shingles', ...systems.map((s) => s.name)], rows, [false, true, ...systems.map(() => true)]));
  console.log(
    `\n(after each F1: d = date right, a = author right, . = counted but wrong, blank = not counted; ` +
      `on pages whose truth gives them: t = title right, s = source right, r = related headlines' F1)`,
  );
}

const allFailures = systems.flatMap((s) => perSystem[s.key].failures.map((f) => ({ system: s.name, ...f })));
const allNotes = systems.flatMap((s) => perSystem[s.key].notes.map((n) => ({ system: s.name, ...n })));
if (allNotes.length) {
  console.log('\nnotes:');
  for (const n of allNotes) console.log(`  ${n.system} ${shortId(n.id)}: ${n.note}`);
}
if (allFailures.length) {
  console.log(`\nfailures (${allFailures.length}):`);
  // group identical messages (e.g. dist/index.js missing) so they print once per system
  const groups = new Map();
  for (const f of allFailures) {
    const key = `${f.system}\u0000${f.error}`;
    if (!groups.has(key)) groups.set(key, { system: f.system, error: f.error, ids: [] });
    groups.get(key).ids.push(f.id);
  }
  for (const g of groups.values()) {
    const which = g.ids.length === pages.length ? 'all pages' : g.ids.map(shortId).join(', ');
    console.log(`  ${g.system} [${which}]: ${g.error}`);
  }
}

if (args.json) {
  const out = {
    dataset: dataDir,
    dist: distPath,
    distLoaded: !!cleanPage,
    distError: loadError,
    generatedAt: new Date().toISOString(),
    metric: { shingleSize: 4, average: 'macro over pages', body: 'body only, title not included' },
    systems: summary,
    excluded: {
      date: dateExcluded.map((p) => ({ id: p.id, truth: p.truth.date })),
      author: authorExcluded.map((p) => ({ id: p.id, truth: p.truth.author })),
    },
    failures: allFailures,
    notes: allNotes,
    pages,
  };
  writeFileSync(resolve(args.json), JSON.stringify(out, null, 2) + '\n');
  console.log(`\nwrote ${resolve(args.json)}`);
}
