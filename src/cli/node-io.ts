import type { Io } from './io.js'

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
})
