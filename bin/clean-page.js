#!/usr/bin/env node
// Start-up is most of the time of a run on one small page, so the CLI is loaded as one CommonJS bundle
// (dist/cli/clean-page.cjs, made by `npm run build` from dist/cli/run.js) with V8's code cache beside it
// (clean-page.cjs.cache, written by the build): compiled code is read back instead of compiled again.
// A missing cache, or one for another bundle or Node version, only costs that time; runs never write it.
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'

const bundle = fileURLToPath(new URL('../dist/cli/clean-page.cjs', import.meta.url))
const cacheFile = `${bundle}.cache`
let bytes
try {
  bytes = readFileSync(bundle)
} catch (error) {
  process.stderr.write(`clean-page: cannot load ${bundle} (${error.code ?? error.message}); run \`npm run build\` in the package folder\n`)
  process.exit(2)
}
const source = bytes.toString('utf8')
// The cache starts with the bundle's digest: V8 itself checks only the source's length.
const digest = createHash('sha1').update(bytes).digest()

let cachedData
try {
  const cache = readFileSync(cacheFile)
  if (cache.subarray(0, digest.length).equals(digest)) cachedData = cache.subarray(digest.length)
} catch {
  // No cache: compile as usual.
}

const script = new vm.Script(Module.wrap(source), {
  filename: bundle,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
})
const module = { exports: {} }
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle))

// `npm run build` runs the CLI once on the seed fixture with this set, so the cache holds the code a run compiles.
if (process.env.CLEAN_PAGE_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => {
    const temp = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(temp, Buffer.concat([digest, script.createCachedData()]))
    renameSync(temp, cacheFile)
  })
}
module.exports.run()
