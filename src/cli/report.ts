import type { ChalkInstance } from 'chalk'
import type { Io } from './io.js'

const colourWanted = (io: Io, tty: boolean): boolean => tty && !io.env.NO_COLOR && io.env.TERM !== 'dumb'

// chalk costs ~30 ms to import: only load it when a terminal will show colour.
let chalk: typeof import('chalk') | undefined

/** Load chalk if stdout or stderr is a colour terminal; call once before painting. */
export async function loadColour(io: Io): Promise<void> {
  if (!chalk && (colourWanted(io, io.stderrIsTTY) || colourWanted(io, io.stdoutIsTTY))) chalk = await import('chalk')
}

/** Paints nothing: any chain of styles (`c.bold.cyan`) returns the text as it is. */
const PLAIN: ChalkInstance = new Proxy((text: unknown) => String(text), { get: () => PLAIN }) as unknown as ChalkInstance

/** Colour only on a terminal, and never with NO_COLOR set (https://no-color.org). */
export const paint = (io: Io, tty = io.stderrIsTTY): ChalkInstance =>
  chalk && colourWanted(io, tty) ? new chalk.Chalk({ level: 1 }) : PLAIN

/** The one-line error for an input: `clean-page: <file>: <what is wrong>`. */
export const fileError = (io: Io, file: string, message: string): void => {
  io.failed?.()
  io.err(`${paint(io).red('clean-page')}: ${shownPath(file)}: ${message}\n`)
}

/** A path as an error line shows it: quoted and escaped when it holds a newline or another control character. */
const shownPath = (file: string): string => (/[\u0000-\u001f\u007f]/u.test(file) ? JSON.stringify(file) : file)

/** A usage error line. */
export const usageError = (io: Io, message: string): void => io.err(`clean-page: ${message}\n`)

export interface Summary {
  cleaned: number
  withWarnings: number
  failed: number
  skipped: number
  inputBytes: number
  elapsedMs: number
}

/** `12,034 cleaned (41 with warnings), 2 failed, 120 skipped · 96.1 MB in 31.2 s (3.1 MB/s)` */
export function summaryLine(io: Io, s: Summary): string {
  const c = paint(io)
  const mb = s.inputBytes / 1e6
  const secs = s.elapsedMs / 1000
  const rate = secs > 0 ? mb / secs : 0
  const parts = [
    c.green(`${s.cleaned.toLocaleString('en')} cleaned`) + (s.withWarnings ? c.yellow(` (${s.withWarnings} with warnings)`) : ''),
    s.failed ? c.red(`${s.failed} failed`) : '0 failed',
    `${s.skipped} skipped`,
  ]
  return `${parts.join(', ')} · ${mb.toFixed(1)} MB in ${secs.toFixed(1)} s (${rate.toFixed(1)} MB/s)\n`
}
