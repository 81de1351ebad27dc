import { once } from 'node:events'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { Io } from './io.js'
import { describeError, type Job, type JobResult } from './job.js'
import { writeAtomic } from './output.js'
import { createRunner, mapBounded, type JobRunner, type PoolResult, type RunnerPlan } from './pool.js'
import { createProgress, type Progress } from './progress.js'
import { fileError, loadColour, summaryLine, type Summary } from './report.js'

export interface BatchOptions {
  quiet: boolean
  failFast: boolean
  report?: string
  jobs?: number
  format: string
}

/**
 * Jobs (or --ndjson-in records) in flight per worker: enough to keep every worker busy, few enough to
 * bound memory; input is read no faster than results leave.
 */
const WINDOW_PER_WORKER = 16

/** How a streamed run is paced: items in flight at most, and whether to start no more (Ctrl-C, --fail-fast). */
export interface Flow {
  window: number
  stopped: () => boolean
}

/** One warning or error of the run, as `--report` lists it. */
export interface ReportEntry {
  file: string
  line: number | null
  code?: string
  message: string
}

/** Counts, warnings and errors of a run, for the summary line and `--report`. */
export class RunTally {
  readonly summary: Summary = { cleaned: 0, withWarnings: 0, failed: 0, skipped: 0, inputBytes: 0, elapsedMs: 0 }
  readonly warnings: ReportEntry[] = []
  readonly errors: ReportEntry[] = []
  private readonly start = Date.now()

  constructor(private readonly keepDetails: boolean) {}

  /** Count one result; abandoned jobs (the run stopped first) are not counted. */
  add(result: PoolResult, file: string): void {
    this.summary.inputBytes += result.bytes
    if (result.status === 'abandoned') return
    if (result.status === 'failed') {
      this.summary.failed++
      if (this.keepDetails) this.errors.push({ file, line: null, message: result.error ?? 'failed' })
      return
    }
    if (result.status === 'skipped') this.summary.skipped++
    else this.summary.cleaned++
    if (result.warnings.length > 0) {
      this.summary.withWarnings++
      if (this.keepDetails) for (const w of result.warnings) this.warnings.push({ file, line: w.line, code: w.code, message: w.message })
    }
  }

  /** An input that failed before it could be a job: a missing file, an unreadable folder. */
  failBefore(file: string, message: string): void {
    this.summary.failed++
    if (this.keepDetails) this.errors.push({ file, line: null, message })
  }

  get done(): number {
    return this.summary.cleaned + this.summary.failed + this.summary.skipped
  }

  stopClock(): void {
    this.summary.elapsedMs = Date.now() - this.start
  }
}

/**
 * A worker pool that Ctrl-C steers: once, start nothing new and let running inputs finish; twice,
 * abandon them (their temp files removed). `release` stops listening.
 */
export function interruptiblePool(plan: RunnerPlan): {
  runner: JobRunner
  interrupted: () => boolean
  /** Resolves at the second Ctrl-C: whatever the run still waits for (a reader that stopped reading) is given up. */
  abandoned: Promise<void>
  release: () => void
} {
  const runner = createRunner(plan)
  let count = 0
  let abandon: () => void = () => undefined
  const abandoned = new Promise<void>((resolve) => (abandon = resolve))
  const handler = (): void => {
    if (count++ === 0) return runner.stop()
    abandon()
    void runner.abort()
  }
  process.on('SIGINT', handler)
  return { runner, interrupted: () => count > 0, abandoned, release: () => void process.off('SIGINT', handler) }
}

/**
 * Write to stdout; resolves when stdout can take more (its `drain`), so a slow reader slows the run, or when the
 * run is abandoned: a reader that stopped reading must not keep a twice-interrupted run from ending.
 */
export function writeOut(io: Io, text: string, abandoned?: Promise<void>): Promise<void> | undefined {
  io.out(text)
  // Io has no stream handle; nodeIo writes to process.stdout, so its buffer is the one to watch.
  if (!process.stdout.writableNeedDrain) return undefined
  const drained = once(process.stdout, 'drain').then(() => undefined)
  return abandoned ? Promise.race([drained, abandoned]) : drained
}

/** The summary on stderr (unless --quiet) and the `--report` file; returns false if the report could not be written. */
export function finishRun(io: Io, tally: RunTally, options: { quiet: boolean; report?: string }, interrupted: { total?: number } | null): boolean {
  tally.stopClock()
  const s = tally.summary
  if (!options.quiet) {
    io.err(summaryLine(io, s))
    if (interrupted) {
      const left = interrupted.total !== undefined ? `; ${(interrupted.total - tally.done).toLocaleString('en')} inputs not done` : ''
      io.err(`clean-page: interrupted${left}\n`)
    }
  }
  if (!options.report) return true
  const report = {
    summary: {
      ...s,
      inputMB: Number((s.inputBytes / 1e6).toFixed(3)),
      mbPerSecond: s.elapsedMs > 0 ? Number((s.inputBytes / 1e3 / s.elapsedMs).toFixed(3)) : 0,
      interrupted: interrupted !== null,
    },
    warnings: tally.warnings,
    errors: tally.errors,
  }
  try {
    writeAtomic(path.resolve(io.cwd, options.report), JSON.stringify(report, null, 2) + '\n')
    return true
  } catch (error) {
    fileError(io, options.report, `cannot write the report: ${describeError(error)}`)
    return false
  }
}

/**
 * Feed the pool with `work`, then close it (abort it if `work` threw), stop listening for Ctrl-C, end
 * the progress bar, and write the summary and report. The exit code: 130 interrupted; 1 an input
 * failed or the report could not be written; else 0.
 */
export async function driveRun(
  io: Io,
  run: { pool: ReturnType<typeof interruptiblePool>; tally: RunTally; progress: Progress; options: { quiet: boolean; report?: string; failFast: boolean }; total?: number },
  work: (flow: Flow) => Promise<void>,
): Promise<0 | 1 | 130> {
  const { pool, tally, progress } = run
  await loadColour(io)
  const flow: Flow = {
    window: pool.runner.size * WINDOW_PER_WORKER,
    stopped: () => pool.interrupted() || (run.options.failFast && tally.summary.failed > 0),
  }
  try {
    await work(flow)
    await pool.runner.close()
  } catch (error) {
    await pool.runner.abort()
    throw error
  } finally {
    pool.release()
    progress.end()
  }
  const interrupted = pool.interrupted()
  const reported = finishRun(io, tally, run.options, interrupted ? (run.total === undefined ? {} : { total: run.total }) : null)
  if (interrupted) return 130
  return tally.summary.failed > 0 || !reported ? 1 : 0
}

/** Count a result, move the progress bar, and print a failure on its own line; null when abandoned. */
export function takeResult(io: Io, tally: RunTally, progress: Progress, result: PoolResult, label: string): JobResult | null {
  tally.add(result, label)
  if (result.status === 'abandoned') return null
  progress.tick(result.bytes)
  if (result.status === 'failed') {
    progress.clear()
    fileError(io, label, result.error ?? 'failed')
  }
  return result
}

/** Workers: `-j N`, else up to one per core when the run proves long; never more than there are inputs. */
export const poolPlan = (jobs: number | undefined, inputs: number): RunnerPlan => ({
  size: Math.max(1, Math.min(jobs ?? availableParallelism(), inputs)),
  adaptive: jobs === undefined,
  total: inputs,
})

/** An input that failed before the run: already reported on stderr, counted in the summary and report. */
export interface FailedInput {
  input: string
  message: string
}

/**
 * A batch's inputs, made into jobs only as they are started: a job holds four paths, and 100,000
 * jobs made up front took 85 MB of the main thread's heap for the whole run.
 */
export interface JobSource {
  readonly count: number
  /** No out-dir: renderings go to stdout, in input order. */
  readonly toStdout: boolean
  job(index: number): Job
  /** The input as the user named it, for messages. */
  source(index: number): string
}

/**
 * Run many jobs through the pool, streaming: at most a window of jobs in flight, results dropped once counted.
 * Without an out-dir the renderings go to stdout in input order.
 */
export async function runBatch(jobs: JobSource, io: Io, cli: BatchOptions, failedBefore: readonly FailedInput[] = []): Promise<0 | 1 | 130> {
  const tally = new RunTally(Boolean(cli.report))
  for (const f of failedBefore) tally.failBefore(f.input, f.message)
  // Nothing to run, or --fail-fast and an input already failed: the summary and report still say so.
  if (jobs.count === 0 || (cli.failFast && failedBefore.length > 0)) {
    await loadColour(io)
    finishRun(io, tally, cli, null)
    return 1
  }
  io.manyPages?.()
  const pool = interruptiblePool(poolPlan(cli.jobs, jobs.count))
  const { runner } = pool
  const progress: Progress = createProgress(io, { quiet: cli.quiet, total: jobs.count })
  const started = function* (): Generator<Job> {
    for (let i = 0; i < jobs.count; i++) yield jobs.job(i)
  }
  return driveRun(io, { pool, tally, progress, options: cli, total: jobs.count }, ({ window, stopped }) =>
    mapBounded(started(), (job) => runner.run(job), {
      window,
      ordered: jobs.toStdout,
      stopped,
      onResult: (result, index) => {
        const taken = takeResult(io, tally, progress, result, jobs.source(index))
        if (taken?.status === 'failed') {
          if (cli.failFast) runner.stop()
        } else if (taken?.rendered !== undefined) return writeOut(io, taken.rendered, pool.abandoned)
      },
    }),
  )
}
