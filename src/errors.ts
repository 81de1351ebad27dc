/** Machine-readable reasons an input could not be cleaned at all. */
export type ErrorCode =
  | 'BINARY_INPUT'
  | 'UNKNOWN_ENCODING'
  | 'BAD_OPTION'

/** A fatal problem with one input. The library throws it; the CLI prints `clean-page: <file>: <message>`. */
export class CleanPageError extends Error {
  readonly code: ErrorCode
  readonly hint: string | undefined
  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message)
    this.name = 'CleanPageError'
    this.code = code
    this.hint = hint
  }
}
