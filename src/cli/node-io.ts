import { setFlagsFromString } from 'node:v8'
import type { Io } from './io.js'

/** Inputs up to this size are one page: cleaned in milliseconds, mostly by code run only a few times. */
const ONE_PAGE_MAX_BYTES = 1 << 20

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/**
 * The real process as an Io. Standard input and error are looked at only when asked for: Node makes each
 * stream on first touch, and a stdin that is a file or /dev/null loads fs streams and promises (~4 ms).
 */
export const nodeIo = (): Io => ({
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readStdin: () => readAll(process.stdin),
  get stdin() {
    return process.stdin
  },
  get stdinIsTTY() {
    return Boolean(process.stdin.isTTY)
  },
  get stderrIsTTY() {
    return Boolean(process.stderr.isTTY)
  },
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
  // TurboFan's compiles (and the memory they touch) cost a one-page run ~15 ms and are never paid back;
  // the interpreter and the baseline compiler finish such a page sooner. Bigger inputs keep every tier.
  onePage: (inputBytes) => {
    if (inputBytes <= ONE_PAGE_MAX_BYTES) setFlagsFromString('--no-turbofan')
  },
  failed: () => {
    someInputFailed = true
  },
})

let someInputFailed = false
/** Did an input of this process fail? Read when a closed pipe ends the run before main() returns its code. */
export const anInputFailed = (): boolean => someInputFailed
