// The limit for bench.mjs: conversion alone over the corpus files, read from disk, on N worker threads
// (one converter per thread), with opencc-js's Converter({from:'tw',to:'cn'}) or, with `--engine phrase`,
// the engine clean-page runs the same tw2s config with (dist/phrase-converter.js).
// Usage: node bench/bench-opencc.mjs --threads N --list FILE [--engine opencc-js|phrase]   (FILE: one path a line)
import { readFileSync } from 'node:fs'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

if (isMainThread) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name)
    return i >= 0 ? process.argv[i + 1] : fallback
  }
  const threads = Number(arg('--threads', '1'))
  const engine = arg('--engine', 'opencc-js')
  const files = readFileSync(arg('--list'), 'utf8').split('\n').filter(Boolean)
  const start = performance.now()
  const shards = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t))
  const results = await Promise.all(
    shards.map(
      (shard) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { files: shard, engine } })
          worker.once('message', resolve)
          worker.once('error', reject)
        }),
    ),
  )
  const bytes = results.reduce((n, r) => n + r.bytes, 0)
  process.stdout.write(JSON.stringify({ threads, files: files.length, bytes, ms: performance.now() - start }) + '\n')
} else {
  const convert =
    workerData.engine === 'phrase'
      ? (await import('../dist/phrase-converter.js')).phraseConverter('tw2s')
      : (await import('opencc-js')).Converter({ from: 'tw', to: 'cn' })
  let bytes = 0
  let chars = 0
  for (const file of workerData.files) {
    const buf = readFileSync(file)
    bytes += buf.length
    chars += convert(buf.toString('utf8')).length
  }
  parentPort.postMessage({ bytes, chars })
}
