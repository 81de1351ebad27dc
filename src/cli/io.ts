/** Everything the CLI touches of the outside world, so tests can pass fakes (STYLE: main(argv, io)). */
export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  /** Standard input as bytes; read only when an input is `-` or there are no inputs. */
  readStdin: () => Promise<Uint8Array>
  stdin: NodeJS.ReadableStream
  stdinIsTTY: boolean
  stderrIsTTY: boolean
  stdoutIsTTY: boolean
  env: Record<string, string | undefined>
  cwd: string
  /** Told the size of the one input of a single-page run before it is cleaned (the process may tune itself). */
  onePage?: (inputBytes: number) => void
  /** Told that a run over many pages (a batch, an `--ndjson-in` stream) starts, before its workers (the process may tune itself). */
  manyPages?: () => void
  /** Told that an input failed (its error is on stderr): a run cut short by a closed pipe still exits 1. */
  failed?: () => void
}
