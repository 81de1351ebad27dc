import type { Io } from './io.js'

/** Redraw at most this often: a terminal cannot show more, and writes cost time. */
const REDRAW_MS = 100
const BAR_WIDTH = 24

/** A progress line on stderr; silent unless stderr is a terminal (and not `--quiet`). */
export interface Progress {
  /** One more input done (cleaned, skipped or failed), with its size in bytes. */
  tick(bytes: number): void
  /** Take the bar off the line before something else is printed (an error); the next tick redraws it. */
  clear(): void
  /** Remove the bar for good. */
  end(): void
}

const SILENT: Progress = { tick: () => {}, clear: () => {}, end: () => {} }

/** `3m 05s`, `42s`, `1h 02m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}

/**
 * `[██████░░░░] 12,034/100,000  12% · 412 files/s · 3.1 MB/s · ETA 3m 35s`
 * `total` undefined (a stream of records): a count and a rate, no bar.
 */
export function progressLine(done: number, total: number | undefined, bytes: number, elapsedMs: number, unit = 'files'): string {
  const secs = elapsedMs / 1000
  const rate = secs > 0 ? done / secs : 0
  const mbs = secs > 0 ? bytes / 1e6 / secs : 0
  const speed = `${rate.toFixed(rate < 10 ? 1 : 0)} ${unit}/s · ${mbs.toFixed(1)} MB/s`
  if (total === undefined) return `${done.toLocaleString('en')} ${unit} · ${speed}`
  const share = total > 0 ? Math.min(1, done / total) : 1
  const filled = Math.round(share * BAR_WIDTH)
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled)
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?'
  const count = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`
  return `[${bar}] ${count} ${String(Math.floor(share * 100)).padStart(3)}% · ${speed} · ETA ${eta}`
}

/** A progress bar for `total` inputs (or a running count when the total is unknown). */
export function createProgress(io: Io, options: { quiet: boolean; total?: number; unit?: string }): Progress {
  if (options.quiet || !io.stderrIsTTY) return SILENT
  const start = Date.now()
  let done = 0
  let bytes = 0
  let lastDraw = 0
  let shown = false
  const columns = (): number => process.stderr.columns || 80
  const clear = (): void => {
    if (shown) io.err('\r\x1b[K')
    shown = false
  }
  const draw = (): void => {
    lastDraw = Date.now()
    const line = progressLine(done, options.total, bytes, lastDraw - start, options.unit)
    io.err(`\r\x1b[K${line.slice(0, columns() - 1)}`)
    shown = true
  }
  // Keeps the rate and ETA moving while one slow input holds everything up.
  const timer = setInterval(draw, 1000)
  timer.unref()
  return {
    tick(size) {
      done++
      bytes += size
      if (Date.now() - lastDraw >= REDRAW_MS) draw()
    },
    clear,
    end() {
      clearInterval(timer)
      clear()
    },
  }
}
