import type { Io } from './io.js'
import { runJob, type Job } from './job.js'
import { fileError, summaryLine } from './report.js'

export interface BatchOptions {
  quiet: boolean
  failFast: boolean
  report?: string
  jobs?: number
  format: string
}

/** Run many jobs; stdout gets ndjson lines in input order when there is no out-dir. */
export async function runBatch(jobs: Job[], io: Io, cli: BatchOptions): Promise<0 | 1 | 130> {
  const start = Date.now()
  const summary = { cleaned: 0, withWarnings: 0, failed: 0, skipped: 0, inputBytes: 0, elapsedMs: 0 }
  for (const job of jobs) {
    const result = runJob(job)
    summary.inputBytes += result.bytes
    if (result.status === 'failed') {
      summary.failed++
      fileError(io, job.source, result.error ?? 'failed')
      if (cli.failFast) break
      continue
    }
    if (result.status === 'skipped') summary.skipped++
    else {
      summary.cleaned++
      if (result.warnings.length > 0) summary.withWarnings++
    }
    if (result.rendered !== undefined) io.out(result.rendered)
  }
  summary.elapsedMs = Date.now() - start
  if (!cli.quiet && io.stderrIsTTY) io.err(summaryLine(io, summary))
  return summary.failed > 0 ? 1 : 0
}
