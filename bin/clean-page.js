#!/usr/bin/env node
import { main } from '../dist/cli/main.js'
import { nodeIo } from '../dist/cli/node-io.js'

// A closed pipe (`clean-page x | head -1`) ends the run quietly.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1))
main(process.argv.slice(2), nodeIo())
  .then((code) => { process.exitCode = code })
  .catch((error) => { process.stderr.write(`clean-page: internal error: ${error?.stack ?? error}\n`); process.exitCode = 2 })
