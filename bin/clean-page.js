#!/usr/bin/env node
'use strict'
// Start-up is most of the time of a run on one small page, so the CLI is loaded as one CommonJS bundle
// (dist/cli/clean-page.cjs, made by `npm run build` from dist/cli/run.js) with V8's code cache beside it
// (clean-page.cjs.cache, written by the build): compiled code is read back instead of compiled again.
// A missing or stale cache only costs that time; runs never write it. This launcher is CommonJS (bin/package.json)
// because an ES module entry costs Node a few milliseconds more to start; its name stays clean-page.js, since
// npx keeps a link to the bin file a package had when it first ran it.
const { readFileSync, renameSync, writeFileSync } = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

// Compile each regular expression straight to machine code: by default V8 first compiles it for its
// regexp interpreter, and the Unicode-property classes the rules use cost more to compile that way than
// a one-page run spends matching (~10 ms). Set before anything is compiled, so the code cache sees the
// same flags when the build writes it as when a run reads it.
require('node:v8').setFlagsFromString('--no-regexp-tier-up')

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'clean-page.cjs')
const cacheFile = `${bundle}.cache`
// The build stamps the bundle's SHA-1 on its last line, and the cache starts with the same stamp: V8 itself
// checks only the source's length, and hashing half a megabyte here would cost more than loading crypto saves.
const STAMP = '\n//# clean-page-bundle-sha1='
const STAMP_LENGTH = STAMP.length + 40

let bytes
try {
  bytes = readFileSync(bundle)
} catch (error) {
  process.stderr.write(`clean-page: cannot load ${bundle} (${error.code ?? error.message}); run \`npm run build\` in the package folder\n`)
  process.exit(2)
}
const writeCache = process.env.CLEAN_PAGE_WRITE_CODE_CACHE === '1'
if (writeCache) bytes = stampBundle(bytes)
const stamp = bytes.subarray(bytes.length - STAMP_LENGTH)

let cachedData
if (isStamped(bytes) && !writeCache) {
  try {
    const cache = readFileSync(cacheFile)
    if (cache.subarray(0, STAMP_LENGTH).equals(stamp)) cachedData = cache.subarray(STAMP_LENGTH)
  } catch {
    // No cache: compile as usual.
  }
}

const script = new vm.Script(Module.wrap(bytes.toString('utf8')), {
  filename: bundle,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
})
if (process.env.CLEAN_PAGE_DEBUG_CACHE) process.stderr.write(`code cache ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'absent'}\n`)
const cli = { exports: {} }
script.runInThisContext()(cli.exports, deferringRequire(Module.createRequire(bundle)), cli, bundle, path.dirname(bundle))

// `npm run build` runs the CLI once on the seed fixture with this set, so the cache holds the code a run compiles.
if (writeCache) {
  process.once('exit', () => {
    // V8 accepts a cache only under the flags it was made with: undo the one-page run's --no-turbofan
    // (src/cli/node-io.ts) so the cache carries the flags every run starts with.
    require('node:v8').setFlagsFromString('--turbofan')
    const temp = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(temp, Buffer.concat([stamp, script.createCachedData()]))
    renameSync(temp, cacheFile)
  })
}
cli.exports.run()

/**
 * `require` for the bundle, except that built-ins it rarely needs load on first use: the worker pool's
 * worker_threads, commander's child_process (executable subcommands, unused) and chalk's tty (colour
 * detection) cost about 10 ms together, a twentieth of a run on one page.
 */
function deferringRequire(load) {
  const deferred = new Set(['node:child_process', 'node:tty', 'node:worker_threads'])
  return function require(id) {
    if (!deferred.has(id)) return load(id)
    let real
    // No own keys: the bundle's ES-module interop copies none, and reads each export through `get`.
    return new Proxy({}, { get: (_, key) => (real ??= load(id))[key], ownKeys: () => [] })
  }
}

function isStamped(raw) {
  return raw.length >= STAMP_LENGTH && raw.toString('latin1', raw.length - STAMP_LENGTH, raw.length - 40) === STAMP
}

/** The bundle with its SHA-1 stamped on the last line (rewritten in place, atomically, when it changed). */
function stampBundle(raw) {
  const body = isStamped(raw) ? raw.subarray(0, raw.length - STAMP_LENGTH) : raw
  const digest = require('node:crypto').createHash('sha1').update(body).digest('hex')
  const next = Buffer.concat([body, Buffer.from(STAMP + digest, 'latin1')])
  if (!next.equals(raw)) {
    writeFileSync(`${bundle}.tmp`, next)
    renameSync(`${bundle}.tmp`, bundle)
  }
  return next
}
