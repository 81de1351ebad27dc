import { parentPort, workerData } from 'node:worker_threads'
import { runJob } from './job.js'
import { abandoned, slim, type FromWorker, type ToWorker } from './pool.js'

// Worker entry (pool.ts): one job at a time, results posted back, never prints.
// The pipeline's caches (the opencc converter, tables) live as long as the worker, so they are built once.
const port = parentPort
if (!port) throw new Error('worker.js runs inside a worker thread')

// Set by the pool on Ctrl-C or --fail-fast: jobs posted ahead are answered `abandoned`, not run.
const stopFlag = (workerData as { stopFlag: Int32Array }).stopFlag

port.on('message', (message: ToWorker) => {
  if (message.type === 'stop') {
    // Told to stop (after the job it was running: writes are synchronous, none is left half-done).
    port.close()
    return
  }
  const { id, job } = message
  const result = Atomics.load(stopFlag, 0) === 1 ? abandoned(job) : slim(runJob(job))
  port.postMessage({ type: 'result', id, result } satisfies FromWorker)
})
