import { setFlagsFromString } from 'node:v8'
import type { Io } from './io.js'

/** Inputs up to this size are one page: cleaned in milliseconds, mostly by code run only a few times. */
const ONE_PAGE_MAX_BYTES = 1 << 20
/**
 * Over many pages, functions longer than this (bytecode bytes) are never optimised: only the layout pass (classifyBlocks,
 * ~8 KB) is that long. It runs once per page and its own loops are light, but TurboFan inlines dozens of rules into it,
 * and each new shape one of them meets throws the whole away; its next compile takes ~0.2 s of a core. Measured over
 * 10,000 dumps: a fifth less CPU time and 10-15% less wall time in one thread and in two, 35 MB less memory a thread.
 */
const OPTIMISED_BYTECODE_MAX = 5000

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
  manyPages: () => setFlagsFromString(`--max-optimized-bytecode-size=${OPTIMISED_BYTECODE_MAX}`),
  failed: () => {
    someInputFailed = true
  },
})

let someInputFailed = false
/** Did an input of this process fail? Read when a closed pipe ends the run before main() returns its code. */
export const anInputFailed = (): boolean => someInputFailed
