import type { Options } from '../options.js'
import type { Io } from './io.js'

/** Placeholder until the streaming filter lands (issue 3). */
export async function runNdjsonIn(io: Io, _options: Partial<Options>, _cli: unknown): Promise<2> {
  io.err('clean-page: --ndjson-in is not available yet\n')
  return 2
}
