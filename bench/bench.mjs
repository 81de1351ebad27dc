// `npm run bench`: throughput, memory and start-up of clean-page against its limits.
// Generates a corpus in a temp folder (default 20,000 dumps, 100 MB), then measures in one run:
//   1. clean-page over the folder, -j 1, -j <cores> and without -j (the real CLI: -o tmpout --quiet --force),
//      and over a small batch (--small N files, default 200) the same three ways
//   2. opencc-js conversion alone over the same files, 1 and <cores> threads (the limit), and for reading
//      the figures, the converter clean-page runs the same config with, alone over the same files
//   3. Debian's C++ opencc (-c t2s.json) over the same bytes, concatenated into chunks, 1 and <cores> processes
//   4. single-file latency: clean-page on the seed fixture against `node -e 0`, median of 20 runs
// and prints markdown tables with the ratios and whether each target is met.
// Options: --files N  --mb M  --runs R (latency runs, default 20)  --chunk-mb C (C++ chunk size, default 8)  --small N
//          --keep (keep the temp folder)  --only clean|opencc|cpp|latency (comma list)
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus, loadSources } from './bench-corpus.mjs'
import { installed, measure, median, wallMs } from './bench-proc.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BIN = path.join(ROOT, 'bin', 'clean-page.js')
const DUMPS = path.resolve(ROOT, '../shared/datasets/cwced-dev/dumps')
const SEED = path.join(ROOT, 'fixtures', 'seed-huxiu-deepseek', 'input.txt')

const argv = process.argv.slice(2)
const arg = (name, fallback) => {
  const i = argv.indexOf(name)
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
}
const FILES = Number(arg('--files', '20000'))
const MB = Number(arg('--mb', '100'))
const RUNS = Number(arg('--runs', '20'))
const CHUNK_MB = Number(arg('--chunk-mb', '8'))
const SMALL = Number(arg('--small', '200'))
const KEEP = argv.includes('--keep')
const ONLY = new Set(arg('--only', 'clean,opencc,cpp,latency').split(','))
const CORES = availableParallelism()
const THREADS = [...new Set([1, CORES])]

const log = (text) => process.stderr.write(`bench: ${text}\n`)
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')
const rows = []
const ratios = []
const failures = []

const work = mkdtempSync(path.join(tmpdir(), 'clean-page-bench-'))
const corpusDir = path.join(work, 'corpus')

try {
  log(`generating ${FILES.toLocaleString('en')} dumps, ~${MB} MB in ${corpusDir}`)
  let t = performance.now()
  const corpus = generateCorpus(corpusDir, { files: FILES, mb: MB, sources: loadSources(ROOT, DUMPS) })
  const corpusMB = corpus.bytes / 1e6
  log(`corpus: ${corpus.files.length} files, ${fmt(corpusMB)} MB in ${fmt((performance.now() - t) / 1000)} s`)
  const listFile = path.join(work, 'files.txt')
  writeFileSync(listFile, corpus.files.join('\n') + '\n')

  const row = (name, threads, r, files = corpus.files.length, mb = corpusMB) => {
    const secs = r.ms / 1000
    const out = { name, threads, files, mb, secs, filesPerSec: files / secs, mbPerSec: mb / secs, rssMB: r.peakRssMB, ok: r.code === 0 }
    rows.push(out)
    return out
  }

  // 1. clean-page over the folder. Each run writes into a fresh folder and nothing is deleted until the
  // end: ext4 skips recently deleted inodes when it allocates new ones, so deleting one run's 40,000
  // outputs made the next run spend up to a third of its time in the kernel (measured with perf).
  const clean = {}
  const smallRuns = {}
  if (ONLY.has('clean')) {
    mkdirSync(path.join(work, 'small'))
    for (const jobs of THREADS) {
      log(`clean-page -j ${jobs} …`)
      const out = path.join(work, `out-j${jobs}`)
      const r = await measure(process.execPath, [BIN, corpusDir, '-o', out, '--quiet', '--force', '-j', String(jobs)])
      if (r.code !== 0) failures.push(`clean-page -j ${jobs} exited with ${r.code}: ${r.stderr.split('\n').slice(0, 5).join(' | ')}`)
      clean[jobs] = row('clean-page (full cleaning, -o)', jobs, r)
    }
    // Without -j: one thread first, workers once the run proves long (the default a user gets).
    log('clean-page without -j …')
    const r = await measure(process.execPath, [BIN, corpusDir, '-o', path.join(work, 'out-default'), '--quiet', '--force'])
    if (r.code !== 0) failures.push(`clean-page (no -j) exited with ${r.code}`)
    clean.default = row('clean-page (full cleaning, -o, no -j)', `default (≤ ${CORES})`, r)
    // A small batch, where a worker's start-up is most of the run.
    const small = corpus.files.slice(0, SMALL)
    const smallDir = path.join(work, 'small')
    for (const file of small) copyFileSync(file, path.join(smallDir, path.basename(path.dirname(file)) + '-' + path.basename(file)))
    const smallMB = small.reduce((n, f) => n + statSync(f).size, 0) / 1e6
    for (const jobs of [...THREADS, 'default']) {
      log(`clean-page on ${SMALL} files, ${jobs === 'default' ? 'no -j' : `-j ${jobs}`} …`)
      const args = [BIN, smallDir, '-o', path.join(work, `out-small-${jobs}`), '--quiet', '--force', ...(jobs === 'default' ? [] : ['-j', String(jobs)])]
      const rs = await measure(process.execPath, args)
      smallRuns[jobs] = row(`clean-page, small batch of ${SMALL} files`, jobs === 'default' ? `default (≤ ${CORES})` : jobs, rs, SMALL, smallMB)
    }
  }

  // 2. opencc-js alone over the same files.
  const bare = {}
  const engine = {}
  if (ONLY.has('opencc')) {
    for (const threads of THREADS) {
      log(`opencc-js alone, ${threads} thread(s) …`)
      const r = await measure(process.execPath, [path.join(ROOT, 'bench', 'bench-opencc.mjs'), '--threads', String(threads), '--list', listFile])
      if (r.code !== 0) failures.push(`opencc-js bench exited with ${r.code}: ${r.stderr.slice(0, 300)}`)
      bare[threads] = row('opencc-js alone (tw→cn)', threads, r)
      // For comparison, not a target: the engine clean-page converts with, over the same files.
      log(`clean-page's converter alone, ${threads} thread(s) …`)
      const own = await measure(process.execPath, [path.join(ROOT, 'bench', 'bench-opencc.mjs'), '--threads', String(threads), '--list', listFile, '--engine', 'phrase'])
      if (own.code !== 0) failures.push(`converter bench exited with ${own.code}: ${own.stderr.slice(0, 300)}`)
      engine[threads] = row("clean-page's converter alone (tw2s)", threads, own)
    }
  }

  // 3. C++ opencc over the same bytes: the corpus concatenated into chunks, one process per chunk.
  const cpp = {}
  if (ONLY.has('cpp')) {
    if (!installed('opencc')) {
      for (const threads of THREADS) rows.push({ name: 'C++ opencc -c t2s.json', threads, missing: true })
    } else {
      const chunks = []
      let current = null
      let size = 0
      for (const file of corpus.files) {
        if (!current || size >= CHUNK_MB * 1e6) {
          if (current) current.end()
          const name = path.join(work, `chunk${chunks.length}.txt`)
          chunks.push(name)
          current = createWriteStream(name)
          size = 0
        }
        const buf = readFileSync(file)
        current.write(buf)
        size += buf.length
      }
      await new Promise((resolve) => current.end(resolve))
      const script = path.join(work, 'opencc-chunks.sh')
      // xargs -P runs the chunks on N processes; each process converts one chunk file.
      writeFileSync(script, `#!/bin/sh\nls ${work}/chunk*.txt | xargs -P "$1" -I{} opencc -c t2s.json -i {} -o {}.out\n`)
      for (const threads of THREADS) {
        log(`C++ opencc, ${chunks.length} chunks of ${CHUNK_MB} MB, ${threads} process(es) at a time …`)
        const r = await measure('sh', [script, String(threads)])
        if (r.code !== 0) failures.push(`C++ opencc exited with ${r.code}: ${r.stderr.slice(0, 300)}`)
        cpp[threads] = row(`C++ opencc -c t2s.json (${CHUNK_MB} MB chunks)`, threads, r)
      }
      const sample = corpus.files.slice(0, 200)
      const perFile = path.join(work, 'opencc-files.sh')
      writeFileSync(perFile, `#!/bin/sh\nwhile read f; do opencc -c t2s.json -i "$f" -o /dev/null; done < ${path.join(work, 'sample.txt')}\n`)
      writeFileSync(path.join(work, 'sample.txt'), sample.join('\n') + '\n')
      const sampleMB = sample.reduce((n, f) => n + readFileSync(f).length, 0) / 1e6
      log('C++ opencc, one process per file, 200-file sample …')
      const r = await measure('sh', [perFile])
      row('C++ opencc -c t2s.json (a process per file, sample)', 1, r, sample.length, sampleMB)
    }
  }

  // 4. Single-file latency.
  let latency = null
  if (ONLY.has('latency')) {
    log(`single-file latency, ${RUNS} runs each …`)
    const seed = []
    const bare0 = []
    for (let i = 0; i < RUNS; i++) {
      bare0.push(wallMs(process.execPath, ['-e', '0']))
      seed.push(wallMs(process.execPath, [BIN, SEED]))
    }
    latency = { seed: median(seed), node: median(bare0), seedMin: Math.min(...seed), nodeMin: Math.min(...bare0) }
  }

  // Report.
  const cpus = CORES
  console.log(`\n## clean-page bench\n`)
  console.log(`Node ${process.version}, ${cpus} cores (availableParallelism). Corpus: ${corpus.files.length.toLocaleString('en')} dumps, ` +
    `${fmt(corpusMB)} MB, sizes ${(corpus.sizes.min / 1024).toFixed(1)}–${(corpus.sizes.max / 1024).toFixed(1)} KB ` +
    `(median ${(corpus.sizes.median / 1024).toFixed(1)} KB), ${Math.round(corpus.traditionalShare * 100)}% Traditional.\n`)
  console.log('| run | threads | files | MB | wall s | files/s | MB/s | peak RSS MB |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    if (r.missing) console.log(`| ${r.name} | ${r.threads} | not installed | | | | | |`)
    else console.log(`| ${r.name}${r.ok ? '' : ' **(failed)**'} | ${r.threads} | ${r.files.toLocaleString('en')} | ${fmt(r.mb)} | ${fmt(r.secs, 2)} | ${fmt(r.filesPerSec, 0)} | ${fmt(r.mbPerSec, 2)} | ${fmt(r.rssMB, 0)} |`)
  }
  if (latency) {
    console.log('\n| single file | median ms | min ms |')
    console.log('|---|---:|---:|')
    console.log(`| node bin/clean-page.js ${path.relative(ROOT, SEED)} | ${fmt(latency.seed, 0)} | ${fmt(latency.seedMin, 0)} |`)
    console.log(`| node -e 0 | ${fmt(latency.node, 0)} | ${fmt(latency.nodeMin, 0)} |`)
  }

  const ratio = (name, value, target, higherIsBetter = true) => {
    if (target === null) return ratios.push({ name, value, target: 'none (for reading the others)', met: null })
    const met = Number.isFinite(value) ? (higherIsBetter ? value >= target : value <= target) : null
    ratios.push({ name, value, target: `${higherIsBetter ? '>=' : '<='} ${target}`, met })
  }
  for (const n of THREADS) if (clean[n] && bare[n]) ratio(`clean-page vs opencc-js alone, ${n} thread(s) (MB/s)`, clean[n].mbPerSec / bare[n].mbPerSec, 0.7)
  for (const n of THREADS) if (clean[n] && engine[n]) ratio(`clean-page vs its own converter alone, ${n} thread(s) (MB/s)`, clean[n].mbPerSec / engine[n].mbPerSec, null)
  for (const n of THREADS) if (clean[n] && cpp[n]) ratio(`clean-page vs C++ opencc, ${n} thread(s)/process(es) (MB/s)`, clean[n].mbPerSec / cpp[n].mbPerSec, 3)
  // What a second thread gains on this machine for conversion alone, to read the next line against.
  if (CORES >= 2 && bare[1] && bare[CORES]) ratio(`opencc-js alone, ${CORES} vs 1 threads (MB/s)`, bare[CORES].mbPerSec / bare[1].mbPerSec, null)
  if (CORES >= 2 && clean[1] && clean[CORES]) ratio(`clean-page -j ${CORES} vs -j 1 (files/s)`, clean[CORES].filesPerSec / clean[1].filesPerSec, CORES === 2 ? 1.7 : 0.85 * CORES)
  if (smallRuns.default && smallRuns[1]) ratio(`small batch (${SMALL} files): no -j vs -j 1 (files/s)`, smallRuns.default.filesPerSec / smallRuns[1].filesPerSec, null)
  if (clean.default && clean[CORES]) ratio(`full corpus: no -j vs -j ${CORES} (files/s)`, clean.default.filesPerSec / clean[CORES].filesPerSec, null)
  if (clean[CORES]) ratio(`clean-page peak RSS, -j ${CORES}, ${corpus.files.length.toLocaleString('en')} files (MB)`, clean[CORES].rssMB, 300, false)
  if (latency) ratio('seed fixture wall time vs node -e 0 (median)', latency.seed / latency.node, 2, false)
  console.log('\n| ratio | value | target | met |')
  console.log('|---|---:|---|---|')
  for (const r of ratios) console.log(`| ${r.name} | ${fmt(r.value, 2)} | ${r.target} | ${r.met === null ? 'n/a' : r.met ? 'yes' : '**NO**'} |`)
  if (failures.length > 0) {
    console.log('\nFailures:')
    for (const f of failures) console.log(`- ${f}`)
  }
  const missed = ratios.filter((r) => r.met === false).length
  console.log(`\n${missed === 0 ? 'All targets met.' : `${missed} of ${ratios.length} targets missed (figures above are as measured).`}`)
} finally {
  if (KEEP) log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
