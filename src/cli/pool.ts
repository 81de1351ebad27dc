import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { runJob, type Job, type JobResult } from './job.js'
import { tempPrefix } from './output.js'

/** A job's result, or `abandoned` when the run stopped before the job started. */
export type PoolResult = JobResult | { source: string; status: 'abandoned'; warnings: []; bytes: 0 }

/** Runs jobs somewhere (this thread or worker threads); `run` never rejects. */
export interface JobRunner {
  readonly size: number
  run(job: Job): Promise<PoolResult>
  /** Start no more jobs: queued ones come back `abandoned`; running ones finish. */
  stop(): void
  /** Wait for running jobs, then let every worker exit. */
  close(): Promise<void>
  /** Stop at once: kill the workers and remove the temp files of the writes they were making. */
  abort(): Promise<void>
}

/** Main-thread messages to a worker. */
export type ToWorker = { type: 'job'; id: number; job: Job } | { type: 'stop' }
/** Worker messages to the main thread. */
export type FromWorker = { type: 'result'; id: number; result: PoolResult }

/** What the batch keeps of a result: the parsed result and the related list stay in the worker. */
export function slim(result: JobResult): JobResult {
  delete result.result
  delete result.related
  return result
}

export const abandoned = (job: Job): PoolResult => ({ source: job.source, status: 'abandoned', warnings: [], bytes: 0 })

/** How many workers, and whether they were asked for (`-j N`) or are only allowed (the default: one per core). */
export interface RunnerPlan {
  size: number
  /** Workers only if the run proves long: see GrowingRunner. */
  adaptive: boolean
  /** Inputs in the run; Infinity when unknown (a stream). */
  total: number
}

/** `-j 1`: this thread; `-j N`: N workers; the default: this thread first, workers if the run is long. */
export function createRunner(plan: RunnerPlan): JobRunner {
  if (plan.size <= 1) return new InlineRunner()
  return plan.adaptive ? new GrowingRunner(plan.size, plan.total) : new WorkerPool(plan.size)
}

/** `-j 1`: jobs run in this thread, one at a time, yielding to the event loop between jobs (signals, stdout). */
class InlineRunner implements JobRunner {
  readonly size = 1
  private stopped = false
  private chain: Promise<unknown> = Promise.resolve()

  run(job: Job): Promise<PoolResult> {
    const next = this.chain.then(
      () =>
        new Promise<PoolResult>((resolve) =>
          setImmediate(() => resolve(this.stopped ? abandoned(job) : slim(runJob(job)))),
        ),
    )
    this.chain = next
    return next
  }

  stop(): void {
    this.stopped = true
  }

  async close(): Promise<void> {
    this.stopped = true
    await this.chain
  }

  async abort(): Promise<void> {
    // Writes are synchronous in this thread: none can be cut off half-way by a signal handler.
    this.stopped = true
  }
}

// Starting a worker (loading, building tables, warming up the JIT) costs about a second of one core on
// a slow machine, and a second worker gains less than a core on a busy one. Measured here, a run of
// under ~2,000 small pages (3 s on one thread) finished no sooner with workers.
const GROW_WHEN_REMAINING_MS = 3000
// The first pages of a run are slow (the code is not compiled yet): the pace is taken after them.
const WARM_UP_JOBS = 16

/**
 * The default pool: jobs start in this thread; once the run's remaining work, estimated from the pace
 * of the jobs done so far, exceeds GROW_WHEN_REMAINING_MS, the rest goes to `size` worker threads.
 * Short runs never pay for a worker's start-up; long runs lose at most a few seconds of parallelism.
 */
export class GrowingRunner implements JobRunner {
  private readonly inline = new InlineRunner()
  private pool: JobRunner | null = null
  private readonly startedAt: number
  private warmAt = 0
  private submitted = 0
  private finished = 0
  private stopped = false

  constructor(
    readonly size: number,
    private readonly total: number,
    // Replaced in tests: a clock, and what starts the workers.
    private readonly clock: () => number = () => performance.now(),
    private readonly startWorkers: (size: number) => JobRunner = (n) => new WorkerPool(n),
  ) {
    this.startedAt = clock()
  }

  /** Whether the rest of the run goes to worker threads. */
  get grown(): boolean {
    return this.pool !== null
  }

  run(job: Job): Promise<PoolResult> {
    if (this.stopped) return Promise.resolve(abandoned(job))
    this.submitted++
    if (!this.pool && this.remainingMs() > GROW_WHEN_REMAINING_MS) this.pool = this.startWorkers(this.size)
    if (this.pool) return this.pool.run(job)
    return this.inline.run(job).then((result) => {
      if (++this.finished === WARM_UP_JOBS) this.warmAt = this.clock()
      return result
    })
  }

  /** Time the rest would take in this thread: the pace since warm-up × jobs left; a stream of unknown length, as long again. */
  private remainingMs(): number {
    const now = this.clock()
    if (!Number.isFinite(this.total)) return now - this.startedAt
    const paced = this.finished - WARM_UP_JOBS
    if (paced < WARM_UP_JOBS) return 0
    return ((now - this.warmAt) / paced) * (this.total - this.submitted)
  }

  stop(): void {
    this.stopped = true
    this.inline.stop()
    this.pool?.stop()
  }

  async close(): Promise<void> {
    await this.inline.close()
    await this.pool?.close()
  }

  async abort(): Promise<void> {
    this.stopped = true
    await this.inline.abort()
    await this.pool?.abort()
  }
}

interface Task {
  id: number
  job: Job
  resolve: (r: PoolResult) => void
}

interface Slot {
  worker: Worker
  /** Jobs posted to this worker and not yet answered, oldest first (the first one is running). */
  tasks: Task[]
  exited: Promise<void>
}

/**
 * Jobs posted ahead to each worker: with one queued behind the running one, a worker never waits
 * for the main thread to hand it the next job (which matters when the machine is busy).
 */
const DEPTH = 2

// Run from the bundled CLI (dist/cli/clean-page.cjs), workers load the bundled worker: CommonJS starts faster.
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.cjs') ? './worker.cjs' : './worker.js', import.meta.url)

// A page that needs more than this is broken input; the worker dies, the file fails, the batch goes on.
const WORKER_HEAP_MB = 1024
// A worker's default young generation is small: cleaning allocates many short-lived strings, and a
// larger nursery cut the workers' CPU time by about a tenth in a 3,450-file run here.
const WORKER_NURSERY_MB = 48

/**
 * A fixed set of long-lived worker threads (each builds its opencc converter once),
 * one job per worker at a time, and a queue in front that the caller keeps short.
 */
class WorkerPool implements JobRunner {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  // Set on stop: workers answer the jobs already posted to them `abandoned` instead of running them.
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4))
  private nextId = 0
  private stopped = false
  private closing = false

  // Workers start as work arrives, so a run of two inputs never pays for a dozen start-ups.
  constructor(readonly size: number) {}

  private spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_NURSERY_MB },
      workerData: { stopFlag: this.stopFlag },
      stdout: false,
      stderr: false,
    })
    const slot: Slot = { worker, tasks: [], exited: new Promise((resolve) => worker.once('exit', () => resolve())) }
    worker.on('message', (message: FromWorker) => {
      const index = slot.tasks.findIndex((t) => t.id === message.id)
      if (index < 0) return
      const [task] = slot.tasks.splice(index, 1)
      task!.resolve(message.result)
      this.dispatch()
    })
    const crashed = (reason: string): void => {
      // The running job is the one that killed the worker; the ones queued behind it go back in the queue.
      const [task, ...queued] = slot.tasks.splice(0)
      this.queue.unshift(...queued)
      if (task) {
        removeTempsOf(task.job)
        task.resolve({ source: task.job.source, status: 'failed', warnings: [], bytes: 0, error: reason })
      }
      if (this.closing) return
      // Replace the dead worker so one bad input never stops the batch.
      const index = this.slots.indexOf(slot)
      if (index >= 0) this.slots[index] = this.spawn()
      this.dispatch()
    }
    worker.on('error', (error) => crashed(`worker crashed: ${error.message}`))
    worker.on('exit', (code) => {
      if (!this.closing || slot.tasks.length > 0) crashed(`worker exited with code ${code}`)
    })
    return slot
  }

  run(job: Job): Promise<PoolResult> {
    if (this.stopped) return Promise.resolve(abandoned(job))
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve })
      this.dispatch()
    })
  }

  private dispatch(): void {
    if (this.stopped) return
    // Idle workers first, then start another worker, then queue one more behind each running job.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return
        if (slot.tasks.length < depth) this.give(slot)
      }
      while (depth === 1 && this.queue.length > 0 && this.slots.length < this.size && !this.closing) {
        const slot = this.spawn()
        this.slots.push(slot)
        this.give(slot)
      }
    }
  }

  private give(slot: Slot): void {
    const task = this.queue.shift()!
    slot.tasks.push(task)
    slot.worker.postMessage({ type: 'job', id: task.id, job: task.job } satisfies ToWorker)
  }

  stop(): void {
    this.stopped = true
    Atomics.store(this.stopFlag, 0, 1)
    for (const task of this.queue.splice(0)) task.resolve(abandoned(task.job))
  }

  async close(): Promise<void> {
    this.stop()
    this.closing = true
    // A worker reads `stop` after the job it is running and exits.
    for (const slot of this.slots) slot.worker.postMessage({ type: 'stop' } satisfies ToWorker)
    await Promise.all(this.slots.map((s) => s.exited))
  }

  async abort(): Promise<void> {
    this.stop()
    this.closing = true
    const running = this.slots.flatMap((s) => s.tasks.splice(0))
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
    // A terminated worker cannot clean up after itself: remove the temp files its writes left.
    for (const task of running) {
      removeTempsOf(task.job)
      task.resolve(abandoned(task.job))
    }
  }
}

/** Remove the temp files writeAtomic (output.ts) makes for a job's outputs. */
function removeTempsOf(job: Job): void {
  if (!job.outputs) return
  for (const out of [job.outputs.main, job.outputs.related]) {
    if (!out) continue
    const dir = path.dirname(out)
    const prefix = tempPrefix(out)
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      continue
    }
    for (const name of names) if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(path.join(dir, name), { force: true })
  }
}

export interface MapOptions<R> {
  /** Most items started and not yet handed to `onResult` (bounds memory, however long the input). */
  window: number
  /** Hand results over in input order (a re-order buffer within the window), else as they finish. */
  ordered: boolean
  /** Called once per item, one call at a time; a returned promise (stdout drain) holds back the input. */
  onResult: (result: R, index: number) => void | Promise<void>
  /** Checked before each new item: true ends the input early (Ctrl-C, --fail-fast). */
  stopped: () => boolean
}

/**
 * Stream `source` through `run` with at most `window` items in flight: the input is pulled only
 * as results are handed over, so 100,000 files never become 100,000 promises.
 */
export async function mapBounded<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  run: (item: T, index: number) => Promise<R>,
  options: MapOptions<R>,
): Promise<void> {
  const done = new Map<number, R>()
  let started = 0
  let handed = 0
  let nextInOrder = 0
  let wake: (() => void) | null = null
  const settled = (): Promise<void> => new Promise((resolve) => (wake = resolve))

  const handOver = async (): Promise<void> => {
    if (options.ordered) {
      while (done.has(nextInOrder)) {
        const result = done.get(nextInOrder)!
        done.delete(nextInOrder)
        handed++
        await options.onResult(result, nextInOrder++)
      }
    } else {
      for (const [index, result] of done) {
        done.delete(index)
        handed++
        await options.onResult(result, index)
      }
    }
  }
  const waitForOne = async (): Promise<void> => {
    if (done.size === 0 || (options.ordered && !done.has(nextInOrder))) await settled()
    await handOver()
  }

  for await (const item of source) {
    if (options.stopped()) break
    while (started - handed >= options.window) await waitForOne()
    if (options.stopped()) break
    const index = started++
    void run(item, index).then((result) => {
      done.set(index, result)
      const w = wake
      wake = null
      w?.()
    })
    await handOver()
  }
  while (handed < started) await waitForOne()
}
