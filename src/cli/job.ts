import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { CleanPageError } from '../errors.js'
import type { Options } from '../options.js'
import { cleanPage } from '../pipeline.js'
import { render, renderNdjson, renderRelated, type Format } from '../render/index.js'
import type { CleanResult, Warning } from '../types.js'
import { writeAtomic } from './output.js'

/** One unit of work: clean one input and either write its outputs or hand back the rendering. */
export interface Job {
  /** The input's path as the user sees it (for messages and the ndjson `source` field). */
  source: string
  /** Absolute path to read; undefined when `bytes` are given (stdin). */
  file?: string
  bytes?: Uint8Array
  /** Already-decoded input (an `--ndjson-in` record's `text` or `html`). */
  text?: string
  /** Fields that lead the ndjson rendering instead of `source` (an `--ndjson-in` record's `id`). */
  extra?: Record<string, unknown>
  options: Partial<Options>
  format: Format
  /** Where to write; undefined = render for stdout. */
  outputs?: { main: string; related: string | null }
  force: boolean
}

export interface JobResult {
  source: string
  status: 'cleaned' | 'skipped' | 'failed'
  warnings: Warning[]
  error?: string
  bytes: number
  /** The rendering, when the job had no outputs to write. */
  rendered?: string
  related?: string
  /** The result itself, when the job had no outputs to write (for `--explain`). */
  result?: CleanResult
}

const FS_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a folder, not a file',
  EPERM: 'operation not permitted',
  EMFILE: 'too many open files',
}

/** A one-line reason for an error, without a stack. */
export function describeError(error: unknown): string {
  if (error instanceof CleanPageError) return error.hint ? `${error.message} (${error.hint})` : error.message
  const code = (error as NodeJS.ErrnoException)?.code
  if (code && FS_MESSAGES[code]) return FS_MESSAGES[code]!
  return error instanceof Error ? error.message : String(error)
}

/** Would writing `output` replace `input`? An output that does not exist yet cannot be the input. */
const sameFile = (output: string, input: string): boolean =>
  path.resolve(output) === path.resolve(input) || (existsSync(output) && realpathSync(output) === realpathSync(input))

/** Outputs newer than their input were written by an earlier run: skip them, so a cut-off run resumes. */
function upToDate(file: string, output: string): boolean {
  // A fresh run's outputs do not exist: asked without an exception (a thrown ENOENT per input costs more than the stat).
  const written = statSync(output, { throwIfNoEntry: false })
  if (!written) return false
  try {
    return written.mtimeMs >= statSync(file).mtimeMs
  } catch {
    return false
  }
}

/** The largest input cleaned, in bytes. */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024
const tooLarge = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB is more than a page (the limit is ${MAX_PAGE_BYTES / 1024 / 1024} MB)`

/** Run one job. Never throws: failures come back as `status: 'failed'` with a one-line reason. */
export function runJob(job: Job): JobResult {
  const base = { source: job.source, warnings: [] as Warning[], bytes: 0 }
  try {
    if (job.outputs && job.file) {
      for (const out of [job.outputs.main, job.outputs.related]) {
        if (out && sameFile(out, job.file)) return { ...base, status: 'failed', error: `output ${out} would overwrite the input; choose another --out-dir` }
      }
      if (!job.force && upToDate(job.file, job.outputs.main)) return { ...base, status: 'skipped' }
    }
    // A page this large is no news page (a log, a database dump): refused before it is read, since cleaning
    // one takes about twenty times its size in memory and would end the whole batch with it.
    // (A text's length in UTF-16 units is at most its size in UTF-8 bytes.)
    const atLeast = job.text !== undefined ? job.text.length : (job.bytes?.length ?? statSync(job.file!).size)
    if (atLeast > MAX_PAGE_BYTES) return { ...base, status: 'failed', error: tooLarge(atLeast) }
    const input = job.text ?? job.bytes ?? readFileSync(job.file!)
    const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length
    if (size > MAX_PAGE_BYTES) return { ...base, status: 'failed', error: tooLarge(size) }
    const result: CleanResult = cleanPage(input, job.options)
    const rendered = job.format === 'ndjson' ? renderNdjson(result, job.extra ?? { source: job.source }) : render(result, job.format)
    const related = renderRelated(result)
    if (job.outputs) {
      // Related first: the main output's presence then means both were written.
      if (job.outputs.related) writeAtomic(job.outputs.related, related)
      writeAtomic(job.outputs.main, rendered)
      return { ...base, status: 'cleaned', warnings: result.warnings, bytes: size }
    }
    return { ...base, status: 'cleaned', warnings: result.warnings, bytes: size, rendered, related, result }
  } catch (error) {
    return { ...base, status: 'failed', error: describeError(error) }
  }
}
