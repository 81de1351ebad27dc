import type { Options } from '../options.js'
import { driveRun, interruptiblePool, poolPlan, RunTally, takeResult, writeOut } from './batch.js'
import type { Io } from './io.js'
import type { Job, JobResult } from './job.js'
import { mapBounded, type PoolResult } from './pool.js'
import { createProgress } from './progress.js'

export interface NdjsonInOptions {
  quiet: boolean
  failFast: boolean
  report?: string
  jobs?: number
}

/** A record bigger than this is refused (an error record) rather than held in memory. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024
const TOO_LONG = Symbol('too long')

/** Lines of a byte stream (LF or CRLF), read only as fast as they are asked for. */
export async function* readLines(stream: AsyncIterable<unknown>, maxBytes = MAX_RECORD_BYTES): AsyncGenerator<string | typeof TOO_LONG> {
  let parts: Buffer[] = []
  let length = 0
  let tooLong = false
  const take = (): string | typeof TOO_LONG => {
    const line = tooLong ? TOO_LONG : Buffer.concat(parts, length).toString('utf8').replace(/\r$/u, '')
    parts = []
    length = 0
    tooLong = false
    return line
  }
  const keep = (piece: Buffer): void => {
    if (tooLong) return
    length += piece.length
    if (length > maxBytes) {
      tooLong = true
      parts = []
      length = 0
    } else if (piece.length > 0) parts.push(piece)
  }
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    let start = 0
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      keep(buf.subarray(start, nl))
      yield take()
      start = nl + 1
    }
    if (start < buf.length) keep(buf.subarray(start))
  }
  if (length > 0 || tooLong) yield take()
}

/** One input line: a job to run, or the reason it cannot be one. */
export type Parsed = { id: unknown; label: string; job: Job } | { id: unknown; label: string; error: string }

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/u
const CONTENT_KEYS = ['text', 'html', 'base64'] as const

/** Turn one line into a job: `{"id", "text"}` (a dump), `{"id", "html"}` (parsed as HTML) or `{"id", "base64"}` (raw bytes). */
export function parseRecord(line: string | typeof TOO_LONG, lineNo: number, options: Partial<Options>): Parsed {
  const at = `stdin:${lineNo}`
  if (line === TOO_LONG) return { id: null, label: at, error: `record longer than ${MAX_RECORD_BYTES / 1024 / 1024} MB` }
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch {
    return { id: null, label: at, error: 'not JSON' }
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { id: null, label: at, error: 'not a JSON object' }
  const r = record as Record<string, unknown>
  const id = r.id ?? null
  if (id === null) return { id: null, label: at, error: 'record has no "id"' }
  const label = `${at} (id ${JSON.stringify(id)})`
  const given = CONTENT_KEYS.filter((key) => r[key] !== undefined)
  if (given.length === 0) return { id, label, error: 'record has no "text", "html" or "base64"' }
  if (given.length > 1) return { id, label, error: `record has both ${given.map((k) => `"${k}"`).join(' and ')}; give one` }
  const key = given[0]!
  const value = r[key]
  if (typeof value !== 'string') return { id, label, error: `"${key}" must be a string` }
  const base = { source: label, options, format: 'ndjson' as const, force: true, extra: { id } }
  if (key === 'text') return { id, label, job: { ...base, text: value } }
  if (key === 'html') return { id, label, job: { ...base, text: value, options: { ...options, inputFormat: 'html' } } }
  const compact = value.replace(/\s+/gu, '')
  if (!BASE64.test(compact)) return { id, label, error: '"base64" is not valid base64' }
  return { id, label, job: { ...base, bytes: new Uint8Array(Buffer.from(compact, 'base64')) } }
}

const errorRecord = (id: unknown, message: string): string => JSON.stringify({ id, error: message }) + '\n'

async function* records(io: Io, options: Partial<Options>): AsyncGenerator<Parsed> {
  let lineNo = 0
  for await (const read of readLines(io.stdin)) {
    lineNo++
    // A stream saved by a Windows editor opens with a byte-order mark; JSON.parse does not take one.
    const line = lineNo === 1 && typeof read === 'string' && read.startsWith('\ufeff') ? read.slice(1) : read
    if (typeof line === 'string' && line.trim() === '') continue
    yield parseRecord(line, lineNo, options)
  }
}

/**
 * `--ndjson-in`: a filter from stdin to stdout, one result line per record with the record's `id` first,
 * in input order (a re-order buffer within the in-flight window). Bad records become `{"id", "error"}` lines.
 * stdin is read only while fewer than the window of records are in flight, and stdout's drain is awaited.
 */
export async function runNdjsonIn(io: Io, options: Partial<Options>, cli: NdjsonInOptions): Promise<0 | 1 | 130> {
  io.manyPages?.()
  const pool = interruptiblePool(poolPlan(cli.jobs, Number.POSITIVE_INFINITY))
  const { runner } = pool
  const tally = new RunTally(Boolean(cli.report))
  const progress = createProgress(io, { quiet: cli.quiet, unit: 'records' })
  const run = (item: Parsed): Promise<{ item: Parsed; result: PoolResult }> => {
    if ('error' in item) {
      const result: JobResult = { source: item.label, status: 'failed', warnings: [], bytes: 0, error: item.error }
      return Promise.resolve({ item, result })
    }
    return runner.run(item.job).then((result) => ({ item, result }))
  }
  return driveRun(io, { pool, tally, progress, options: cli }, ({ window, stopped }) =>
    mapBounded(records(io, options), run, {
      window,
      ordered: true,
      stopped,
      onResult: ({ item, result }) => {
        const taken = takeResult(io, tally, progress, result, item.label)
        if (!taken) return
        if (taken.status === 'failed') {
          if (cli.failFast) runner.stop()
          return writeOut(io, errorRecord(item.id, taken.error ?? 'failed'), pool.abandoned)
        }
        return writeOut(io, taken.rendered ?? '', pool.abandoned)
      },
    }),
  )
}
