import { main } from './main.js'
import { anInputFailed, nodeIo } from './node-io.js'

/**
 * The process entry behind `bin/clean-page.js`: run the CLI on this process's arguments and set its exit code.
 * The build bundles this module and everything it loads up front into `dist/cli/clean-page.cjs`: one
 * CommonJS file loads in about half the time of the fifty ES modules it is made of.
 */
export function run(): void {
  // A closed pipe (`clean-page x | head -1`) ends the run quietly: 0, or 1 when an input had already failed.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' && !anInputFailed() ? 0 : 1))
  main(process.argv.slice(2), nodeIo())
    .then((code) => {
      process.exitCode = code
      // Interrupted with output a reader never took: once the summary is out, do not wait for the pipe to drain.
      if (code === 130 && process.stdout.writableLength > 0) process.stderr.write('', () => process.exit(130))
    })
    .catch((error: unknown) => {
      process.stderr.write(`clean-page: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
      process.exitCode = 2
    })
}
