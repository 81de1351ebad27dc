import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  rmdirSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Io } from '../src/cli/io.js'
import type { Job } from '../src/cli/job.js'
import { main } from '../src/cli/main.js'
import { GrowingRunner, mapBounded, type JobRunner, type PoolResult } from '../src/cli/pool.js'
import { formatDuration, progressLine } from '../src/cli/progress.js'
import { BIN, DEV_DUMPS, FIXTURES, ROOT, ensureBuilt } from './helpers.js'

const DUMPS = DEV_DUMPS
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

const cli = (args: string[], cwd: string, input?: string): Run => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Every file under a folder, relative, sorted. */
const walk = (dir: string, base = dir): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
        .sort()
    : []
const temps = (dir: string): string[] => walk(dir).filter((f) => f.endsWith('.tmp'))

const fixtureInputs = (): { name: string; file: string }[] =>
  readdirSync(FIXTURES)
    .filter((n) => existsSync(path.join(FIXTURES, n, 'input.txt')))
    .sort()
    .map((name) => ({ name, file: path.join(FIXTURES, name, 'input.txt') }))

let work: string

/** A tree: in/a/<fixture>.txt, in/b/<fixture>.html, in/<dump>.txt (a few), in/notes.md (not an input by default). */
function makeTree(root: string): string[] {
  const inputs: string[] = []
  mkdirSync(path.join(root, 'in', 'a'), { recursive: true })
  mkdirSync(path.join(root, 'in', 'b'), { recursive: true })
  for (const { name, file } of fixtureInputs()) {
    copyFileSync(file, path.join(root, 'in', 'a', `${name}.txt`))
    inputs.push(`a/${name}.txt`)
  }
  for (const { name, file } of fixtureInputs().slice(0, 3)) {
    const html = `<html><head><title>${name}</title></head><body>${readFileSync(file, 'utf8')
      .split(/\n\s*\n/u)
      .map((p) => `<p>${p}</p>`)
      .join('\n')}</body></html>`
    writeFileSync(path.join(root, 'in', 'b', `${name}.html`), html)
    inputs.push(`b/${name}.html`)
  }
  if (existsSync(DUMPS)) {
    for (const name of readdirSync(DUMPS).sort().slice(0, 4)) {
      copyFileSync(path.join(DUMPS, name), path.join(root, 'in', name))
      inputs.push(name)
    }
  }
  writeFileSync(path.join(root, 'in', 'notes.md'), '# not a dump\n')
  return inputs.sort()
}

beforeAll(() => {
  ensureBuilt()
  work = mkdtempSync(path.join(tmpdir(), 'clean-page-batch-'))
}, 180_000)

// Removing the trees the tests wrote (thousands of files) can outlast the default ten seconds on a busy machine.
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
}, 120_000)

describe('mapBounded', () => {
  test('hands results over in input order and never has more than the window in flight', async () => {
    let inFlight = 0
    let most = 0
    let pulled = 0
    const handed: number[] = []
    function* source(): Generator<number> {
      for (let i = 0; i < 200; i++) {
        pulled++
        yield i
      }
    }
    await mapBounded(
      source(),
      async (n) => {
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise((r) => setTimeout(r, (n * 7) % 5))
        inFlight--
        return n * 2
      },
      {
        window: 8,
        ordered: true,
        stopped: () => false,
        onResult: (r, i) => {
          expect(r).toBe(i * 2)
          expect(pulled - handed.length).toBeLessThanOrEqual(9)
          handed.push(i)
        },
      },
    )
    expect(handed).toEqual([...Array(200).keys()])
    expect(most).toBeLessThanOrEqual(8)
  })

  test('stops pulling input once stopped() is true and still hands over what was started', async () => {
    const seen: number[] = []
    let stop = false
    await mapBounded([...Array(100).keys()], async (n) => n, {
      window: 4,
      ordered: false,
      stopped: () => stop,
      onResult: (r) => {
        seen.push(r)
        if (r === 10) stop = true
      },
    })
    expect(seen.length).toBeLessThan(20)
    expect(seen).toContain(10)
  })
})

describe('the default pool (GrowingRunner): this thread first, workers once the run proves long', () => {
  const job = (i: number): Job => ({ source: `page${i}`, text: `标题${i}\n\n这是第${i}篇文章的正文，长度足够让它被当作正文保留下来。\n`, options: {}, format: 'text', force: true })

  /** Runs `count` jobs one after another; the clock advances `msPerJob` per job; a fake pool stands in for the workers. */
  async function drive(count: number, total: number, msPerJob: number) {
    let now = 0
    const toWorkers: string[] = []
    const fakePool: JobRunner = {
      size: 2,
      run: async (j) => {
        toWorkers.push(j.source)
        return { source: j.source, status: 'cleaned', warnings: [], bytes: 0 } as PoolResult
      },
      stop: () => {},
      close: async () => {},
      abort: async () => {},
    }
    const runner = new GrowingRunner(2, total, () => now, () => fakePool)
    const results: PoolResult[] = []
    for (let i = 0; i < count; i++) {
      // The clock moves while the job runs: it runs on the next turn of the event loop.
      const result = runner.run(job(i))
      now += msPerJob
      results.push(await result)
    }
    await runner.close()
    return { runner, toWorkers, results }
  }

  test('a short run never starts workers: 1,000 pages at 1 ms a page is 1 s of work', async () => {
    const { runner, toWorkers, results } = await drive(60, 1000, 1)
    expect(runner.grown).toBe(false)
    expect(toWorkers).toEqual([])
    expect(results.every((r) => r.status === 'cleaned')).toBe(true)
  })

  test('a long run moves to workers once the pace after warm-up is known: 1,000 pages at 10 ms a page', async () => {
    const { runner, toWorkers } = await drive(60, 1000, 10)
    expect(runner.grown).toBe(true)
    // Sixteen warm-up pages, then sixteen to take the pace, all in this thread; the rest went to the workers.
    expect(toWorkers[0]).toBe('page32')
    expect(toWorkers.length).toBe(60 - 32)
  })

  test('slow first pages alone do not start workers (the code is still being compiled)', async () => {
    let now = 0
    const runner = new GrowingRunner(2, 1000, () => now, () => {
      throw new Error('workers started')
    })
    // Sixteen pages at half a second each, then a fast pace: 1 ms a page for the 960 left is not worth workers.
    for (let i = 0; i < 40; i++) {
      const result = runner.run(job(i))
      now += i < 16 ? 500 : 1
      await result
    }
    expect(runner.grown).toBe(false)
    await runner.close()
  })

  test('a stream of unknown length moves to workers after running for the threshold', async () => {
    const { runner, toWorkers } = await drive(40, Number.POSITIVE_INFINITY, 100)
    expect(runner.grown).toBe(true)
    expect(toWorkers[0]).toBe('page31')
  })

  test('stopped, it starts nothing: later jobs come back abandoned', async () => {
    const runner = new GrowingRunner(2, 10)
    runner.stop()
    expect((await runner.run(job(1))).status).toBe('abandoned')
    await runner.close()
  })
})

describe('the process is told what kind of run it is (it tunes the JIT: node-io.ts)', () => {
  const tuning = async (argv: string[]): Promise<string[]> => {
    const told: string[] = []
    const io: Io = {
      out: () => {},
      err: () => {},
      readStdin: async () => new Uint8Array(),
      stdin: process.stdin,
      stdinIsTTY: false,
      stderrIsTTY: false,
      stdoutIsTTY: false,
      env: {},
      cwd: ROOT,
      onePage: (bytes) => void told.push(`one page of ${bytes} bytes`),
      manyPages: () => void told.push('many pages'),
    }
    expect(await main(argv, io)).toBe(0)
    return told
  }
  const seed = path.join('fixtures', 'seed-huxiu-deepseek', 'input.txt')

  test('one input: a single page, with its size', async () => {
    expect(await tuning([seed])).toEqual([`one page of ${statSync(path.join(ROOT, seed)).size} bytes`])
  })

  test('several inputs: many pages, once, before any is cleaned', async () => {
    const other = path.join('fixtures', readdirSync(FIXTURES).find((d) => d !== 'seed-huxiu-deepseek' && existsSync(path.join(FIXTURES, d, 'input.txt')))!, 'input.txt')
    expect(await tuning([seed, other, '--format', 'ndjson', '-j', '1', '--quiet'])).toEqual(['many pages'])
  })
})

describe('progress', () => {
  test('a bar with done/total, rate and ETA; a count without a total', () => {
    const line = progressLine(250, 1000, 2_500_000, 5000)
    expect(line).toContain('250/1,000')
    expect(line).toContain('25%')
    expect(line).toContain('50 files/s')
    expect(line).toContain('0.5 MB/s')
    expect(line).toContain('ETA 15s')
    expect(progressLine(12, undefined, 0, 1000, 'records')).toBe('12 records · 12 records/s · 0.0 MB/s')
    expect(formatDuration(185)).toBe('3m 05s')
    expect(formatDuration(3720)).toBe('1h 02m')
  })
})

describe('clean-page over a folder', { timeout: 90_000 }, () => {
  test('mirrors the input tree under -o, one output (and .related.txt) per input, no temp files', () => {
    const root = path.join(work, 'mirror')
    const inputs = makeTree(root)
    const r = cli(['in', '-o', 'out', '-j', '2'], root)
    expect(r.stderr).toContain(`${inputs.length} cleaned`)
    expect(r.code).toBe(0)
    const expected = inputs.flatMap((f) => {
      const base = f.replace(/\.(txt|html)$/u, '')
      return [`${base}.related.txt`, `${base}.txt`]
    })
    expect(walk(path.join(root, 'out'))).toEqual(expected.sort())
    expect(temps(root)).toEqual([])
    // The batch writes what a single run prints.
    const one = cli([path.join('in', inputs[0]!)], root)
    expect(readFileSync(path.join(root, 'out', inputs[0]!.replace(/\.html$/u, '.txt')), 'utf8')).toBe(one.stdout)
  })

  test('--format ndjson without -o: one line per input, in input order, with source', () => {
    const root = path.join(work, 'ndjson')
    const inputs = makeTree(root)
    for (const jobs of ['1', '2']) {
      const r = cli(['in', '--format', 'ndjson', '-j', jobs], root)
      expect(r.code).toBe(0)
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; body: string[] })
      expect(lines.map((l) => l.source)).toEqual(inputs.map((f) => path.join('in', f)))
      expect(Object.keys(lines[0]!)[0]).toBe('source')
      const single = JSON.parse(cli([path.join('in', inputs[1]!), '--format', 'json'], root).stdout) as { body: string[] }
      expect(lines[1]!.body).toEqual(single.body)
    }
  })

  test('a second run skips outputs newer than their input and leaves them untouched; --force rewrites', () => {
    const root = path.join(work, 'resume')
    const inputs = makeTree(root)
    expect(cli(['in', '-o', 'out'], root).code).toBe(0)
    const outputs = walk(path.join(root, 'out')).map((f) => path.join(root, 'out', f))
    // Pin the outputs' mtimes a little in the past (still newer than the inputs) to see whether they are rewritten.
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000)
    for (const f of inputs) utimesSync(path.join(root, 'in', f), new Date(past.getTime() - 60_000), new Date(past.getTime() - 60_000))
    for (const f of outputs) utimesSync(f, past, past)
    const again = cli(['in', '-o', 'out'], root)
    expect(again.code).toBe(0)
    expect(again.stderr).toContain(`${inputs.length} skipped`)
    for (const f of outputs) expect(Math.round(statSync(f).mtimeMs)).toBe(past.getTime())
    // An input touched since is cleaned again, the others still skipped.
    utimesSync(path.join(root, 'in', inputs[0]!), new Date(), new Date())
    const partial = cli(['in', '-o', 'out'], root)
    expect(partial.stderr).toContain('1 cleaned')
    expect(partial.stderr).toContain(`${inputs.length - 1} skipped`)
    const forced = cli(['in', '-o', 'out', '--force'], root)
    expect(forced.code).toBe(0)
    expect(forced.stderr).toContain(`${inputs.length} cleaned`)
    for (const f of outputs) expect(statSync(f).mtimeMs).toBeGreaterThan(past.getTime())
    expect(temps(root)).toEqual([])
  })

  test('a corrupt file in the middle fails alone: the others are cleaned, exit 1, the error names the file', () => {
    const root = path.join(work, 'corrupt')
    const inputs = makeTree(root)
    writeFileSync(path.join(root, 'in', 'a', 'm-corrupt.txt'), PNG)
    const r = cli(['in', '-o', 'out', '-j', '2'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/clean-page: in\/a\/m-corrupt\.txt: .+/u)
    expect(r.stderr).toContain(`${inputs.length} cleaned`)
    expect(r.stderr).toContain('1 failed')
    for (const f of inputs) expect(existsSync(path.join(root, 'out', f.replace(/\.html$/u, '.txt')))).toBe(true)
    expect(existsSync(path.join(root, 'out', 'a', 'm-corrupt.txt'))).toBe(false)
    expect(temps(root)).toEqual([])
  })

  test('-o inside the input tree: no input overwritten, outputs never read back as inputs', () => {
    const root = path.join(work, 'inside')
    const inputs = makeTree(root)
    const before = new Map(inputs.map((f) => [f, readFileSync(path.join(root, 'in', f))]))
    const first = cli(['in', '-o', 'in/clean', '-j', '2'], root)
    expect(first.code).toBe(0)
    expect(first.stderr).toContain(`${inputs.length} cleaned`)
    const second = cli(['in', '-o', 'in/clean', '-j', '2'], root)
    expect(second.code).toBe(0)
    expect(second.stderr).toContain(`${inputs.length} skipped`)
    expect(existsSync(path.join(root, 'in', 'clean', 'clean'))).toBe(false)
    // -o pointing at the input folder itself: a .txt input would be its own output; it is refused, not overwritten.
    const self = cli(['in/a', '-o', 'in/a', '--force'], root)
    expect(self.code).toBe(1)
    expect(self.stderr).toContain('would overwrite the input')
    for (const [f, bytes] of before) expect(readFileSync(path.join(root, 'in', f))).toEqual(bytes)
    expect(temps(root)).toEqual([])
  })

  test('a glob and a folder naming the same files give each file once', () => {
    const root = path.join(work, 'dedupe')
    const inputs = makeTree(root)
    const r = cli(['in/a/*.txt', 'in', 'in/a/no-related-list.txt', '--format', 'ndjson'], root)
    expect(r.code).toBe(0)
    const sources = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)
    expect(sources.length).toBe(inputs.length)
    expect(new Set(sources.map((s) => path.resolve(root, s))).size).toBe(inputs.length)
  })

  test('--report writes the summary, every warning and every error as JSON', () => {
    const root = path.join(work, 'report')
    const inputs = makeTree(root)
    writeFileSync(path.join(root, 'in', 'a', 'broken.txt'), PNG)
    writeFileSync(path.join(root, 'in', 'a', 'empty.txt'), '')
    const r = cli(['in', '-o', 'out', '--report', 'report.json', '--quiet'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).not.toContain('cleaned')
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8'))
    expect(report.summary).toMatchObject({ cleaned: inputs.length + 1, failed: 1, skipped: 0, interrupted: false })
    expect(report.summary.withWarnings).toBeGreaterThanOrEqual(1)
    expect(report.summary.inputBytes).toBeGreaterThan(0)
    expect(typeof report.summary.elapsedMs).toBe('number')
    expect(typeof report.summary.mbPerSecond).toBe('number')
    expect(report.errors).toEqual([{ file: 'in/a/broken.txt', line: null, message: expect.any(String) }])
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'in/a/empty.txt', line: null, code: 'empty', message: expect.any(String) }))
    for (const w of report.warnings) expect(Object.keys(w).sort()).toEqual(['code', 'file', 'line', 'message'])
    expect(temps(root)).toEqual([])
  })

  test('--fail-fast stops at the first failure: exit 1, no partial outputs', () => {
    const root = path.join(work, 'failfast')
    makeTree(root)
    writeFileSync(path.join(root, 'in', '0-broken.txt'), PNG)
    for (const jobs of ['1', '2']) {
      rmSync(path.join(root, 'out'), { recursive: true, force: true })
      const r = cli(['in', '-o', 'out', '--fail-fast', '-j', jobs], root)
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('in/0-broken.txt')
      expect(r.stderr).toContain('1 failed')
      const outs = walk(path.join(root, 'out')).filter((f) => !f.endsWith('.related.txt'))
      // The failing file is first: with one job at a time nothing after it runs; with two, at most what was in flight.
      if (jobs === '1') expect(outs).toEqual([])
      for (const f of outs) {
        const input = path.join(root, 'in', f)
        const source = existsSync(input) ? input : input.replace(/\.txt$/u, '.html')
        expect(readFileSync(path.join(root, 'out', f), 'utf8')).toBe(cli([source], root).stdout)
      }
      expect(temps(root)).toEqual([])
    }
  })

  test('an unknown input is reported and the rest still runs (exit 1)', () => {
    const root = path.join(work, 'missing')
    const inputs = makeTree(root)
    const r = cli(['in', 'nope/', '-o', 'out'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('nope/')
    expect(r.stderr).toContain(`${inputs.length} cleaned`)
    expect(r.stderr).toContain('1 failed')
    const report = cli(['nope/', 'gone.txt', '--report', 'r.json'], root)
    expect(report.code).toBe(1)
    const written = JSON.parse(readFileSync(path.join(root, 'r.json'), 'utf8')) as { summary: { failed: number }; errors: { file: string }[] }
    expect(written.summary.failed).toBe(2)
    expect(written.errors.map((e) => e.file)).toEqual(['nope/', 'gone.txt'])
    const fast = cli(['nope/', 'in', '-o', 'fast', '--fail-fast'], root)
    expect(fast.code).toBe(1)
    expect(walk(path.join(root, 'fast'))).toEqual([])
  })
})

describe('no input is written over, no output is lost to another', { timeout: 90_000 }, () => {
  const seed = (): string => fixtureInputs()[0]!.file
  const other = (): string => fixtureInputs()[1]!.file
  const put = (root: string, file: string, from: string): void => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    copyFileSync(from, path.join(root, file))
  }

  test('an --out-dir inside the inputs that holds files clean-page did not write is refused before anything is written', () => {
    const root = path.join(work, 'foreign-out')
    put(root, 'in/a.txt', seed())
    put(root, 'in/sub/a.txt', other())
    const r = cli(['in', '-o', 'in/sub', '--force'], root)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('holds files clean-page did not write')
    expect(readFileSync(path.join(root, 'in/sub/a.txt'))).toEqual(readFileSync(other()))
    expect(walk(path.join(root, 'in'))).toEqual(['a.txt', path.join('sub', 'a.txt')])
  })

  test('two inputs that would write one output are refused by name: same name in two folders, a.txt beside a.html, x.related.txt beside x.txt', () => {
    const root = path.join(work, 'clash')
    put(root, '2023/news.txt', seed())
    put(root, '2024/news.txt', other())
    put(root, 'pair/a.txt', seed())
    put(root, 'pair/a.html', other())
    put(root, 'rel/x.txt', seed())
    put(root, 'rel/x.related.txt', other())
    for (const [args, names] of [
      [['2023', '2024'], ['2023/news.txt', '2024/news.txt']],
      [['pair'], ['pair/a.html', 'pair/a.txt']],
      [['rel'], ['rel/x.related.txt', 'rel/x.txt']],
    ] as const) {
      const r = cli([...args, '-o', 'out'], root)
      expect(r.code).toBe(2)
      for (const name of names) expect(r.stderr).toContain(name)
      expect(walk(path.join(root, 'out'))).toEqual([])
    }
    // Each folder into its own out-dir is fine.
    expect(cli(['2023', '-o', 'out/2023'], root).code).toBe(0)
  })

  test('an --out-dir equal to the input folder is refused when one input’s output is another input', () => {
    const root = path.join(work, 'same-dir')
    put(root, 'in6/x.html', other())
    put(root, 'in6/x.txt', seed())
    const r = cli(['in6', '-o', 'in6'], root)
    expect(r.code).toBe(2)
    expect(readFileSync(path.join(root, 'in6/x.txt'))).toEqual(readFileSync(seed()))
  })

  test('--related and --report never name an input', () => {
    const root = path.join(work, 'named-outputs')
    put(root, 'victim.txt', seed())
    put(root, 'b.txt', other())
    const related = cli(['victim.txt', '--related', 'victim.txt'], root)
    expect(related.code).toBe(2)
    expect(related.stderr).toContain('--related victim.txt is one of the inputs')
    const report = cli(['victim.txt', 'b.txt', '-f', 'ndjson', '--report', './b.txt'], root)
    expect(report.code).toBe(2)
    expect(readFileSync(path.join(root, 'victim.txt'))).toEqual(readFileSync(seed()))
    expect(readFileSync(path.join(root, 'b.txt'))).toEqual(readFileSync(other()))
  })

  test('a bad --out-dir is one usage error up front: a file, an empty name', () => {
    const root = path.join(work, 'bad-out')
    put(root, 'in/a.txt', seed())
    writeFileSync(path.join(root, 'afile'), 'x')
    const file = cli(['in', '-o', 'afile'], root)
    expect(file.code).toBe(2)
    expect(file.stderr.trim().split('\n')).toEqual(['clean-page: --out-dir afile: is a file, not a folder'])
    expect(cli(['in', '-o', ''], root).code).toBe(2)
    // A folder that exists yet refuses children with ENOENT: Node's recursive mkdir never returned there.
    if (existsSync('/proc/self')) {
      const proc = cli(['in', '-o', '/proc/clean-page-out'], root)
      expect(proc.code).toBe(2)
      expect(proc.stderr).toContain('clean-page: --out-dir /proc/clean-page-out: cannot write there')
    }
  })

  test('file names are matched case-insensitively in folders; a page over the size limit fails alone', () => {
    const root = path.join(work, 'case')
    put(root, 'in/A.TXT', seed())
    put(root, 'in/b.Html', other())
    writeFileSync(path.join(root, 'in', 'huge.txt'), Buffer.alloc(33 * 1024 * 1024, 0x61))
    const r = cli(['in', '-o', 'out'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('huge.txt: 35 MB is more than a page')
    expect(walk(path.join(root, 'out'))).toEqual(['A.related.txt', 'A.txt', 'b.related.txt', 'b.txt'])
  })

  test('a link to a file in a folder is an input; a broken link fails by name; a link to a folder is not followed', () => {
    const root = path.join(work, 'links')
    put(root, 'in/real/a.txt', seed())
    symlinkSync('real/a.txt', path.join(root, 'in', 'link.txt'))
    symlinkSync('nowhere.txt', path.join(root, 'in', 'broken.txt'))
    symlinkSync('..', path.join(root, 'in', 'real', 'loop'))
    const r = cli(['in', '-f', 'ndjson'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${path.join('in', 'broken.txt')}: no such file`)
    const sources = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)
    expect(sources).toEqual([path.join('in', 'link.txt'), path.join('in', 'real', 'a.txt')])
  })
})

describe('Ctrl-C', () => {
  // -j 2: worker threads; no -j: the run is still in this thread when the signal comes.
  test.each([[['-j', '2']], [[]]])('SIGINT mid-batch (%j): exit 130, summary printed, no temp files, every output complete', async (jobs) => {
    const root = path.join(work, `sigint${jobs.join('')}`)
    const sources = fixtureInputs().map((f) => f.file)
    if (existsSync(DUMPS)) sources.push(...readdirSync(DUMPS).sort().map((n) => path.join(DUMPS, n)))
    mkdirSync(path.join(root, 'in'), { recursive: true })
    const origin = new Map<string, string>()
    for (let i = 0; i < 1500; i++) {
      const src = sources[i % sources.length]!
      const name = `f${String(i).padStart(4, '0')}.txt`
      copyFileSync(src, path.join(root, 'in', name))
      origin.set(name, src)
    }
    const child = spawn(process.execPath, [BIN, 'in', '-o', 'out', ...jobs], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    const outDir = path.join(root, 'out')
    const until = Date.now() + 60_000
    while (Date.now() < until && walk(outDir).filter((f) => !f.endsWith('.tmp')).length < 4) await new Promise((r) => setTimeout(r, 20))
    child.kill('SIGINT')
    const code = await exited
    expect(code).toBe(130)
    expect(stderr).toContain('interrupted')
    expect(stderr).toMatch(/\d+ cleaned/u)
    expect(temps(root)).toEqual([])
    const outputs = walk(outDir).filter((f) => !f.endsWith('.related.txt'))
    expect(outputs.length).toBeGreaterThan(0)
    expect(outputs.length).toBeLessThan(1500)
    // Every output there is a full rendering of its input.
    const expected = new Map<string, string>()
    for (const f of outputs) {
      const src = origin.get(f)!
      if (!expected.has(src)) expected.set(src, cli([src], root).stdout)
      expect(readFileSync(path.join(outDir, f), 'utf8')).toBe(expected.get(src))
    }
  }, 120_000)

  test('a reader that stops reading: a second SIGINT still ends the run (exit 130, summary printed)', async () => {
    const root = path.join(work, 'sigint-blocked')
    const sources = fixtureInputs().map((f) => f.file)
    mkdirSync(path.join(root, 'in'), { recursive: true })
    for (let i = 0; i < 600; i++) copyFileSync(sources[i % sources.length]!, path.join(root, 'in', `f${String(i).padStart(4, '0')}.txt`))
    const child = spawn(process.execPath, [BIN, 'in', '-f', 'ndjson', '-j', '1'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    // stdout is never read: the pipe fills and the run waits for it to drain.
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    await new Promise((r) => setTimeout(r, 2000))
    child.kill('SIGINT')
    await new Promise((r) => setTimeout(r, 300))
    child.kill('SIGINT')
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 20_000))])
    if (code === 'still running') child.kill('SIGKILL')
    expect(code).toBe(130)
    expect(stderr).toContain('interrupted')
  }, 60_000)
})
