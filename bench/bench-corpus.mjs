// Synthetic corpus for bench.mjs: N dumps, about M MB in all, sizes from 1 KB to 50 KB,
// cut and stitched from the fixtures and the cwced-dev dumps; half the sources are turned into
// Traditional script first, so the opencc stage of the pipeline runs on about half the files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import * as OpenCC from 'opencc-js'

const MIN = 1024
const MAX = 50 * 1024
const PER_DIR = 500

/** Deterministic PRNG (mulberry32), so every run measures the same corpus. */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The text sources: every fixtures/<case>/input.txt and every dataset dump. */
export function loadSources(root, datasetDumps) {
  const texts = []
  const fixtures = path.join(root, 'fixtures')
  for (const name of readdirSync(fixtures).sort()) {
    const file = path.join(fixtures, name, 'input.txt')
    if (existsSync(file)) texts.push(readFileSync(file, 'utf8'))
  }
  if (existsSync(datasetDumps)) for (const name of readdirSync(datasetDumps).sort()) texts.push(readFileSync(path.join(datasetDumps, name), 'utf8'))
  return texts.filter((t) => t.trim().length > 0)
}

// Sizes are MIN * (MAX/MIN)^(u^p): p > 1 skews towards small files; p is solved so the mean hits M MB / N.
function sizeExponent(mean) {
  const meanFor = (p) => {
    let sum = 0
    const steps = 2000
    for (let i = 0; i < steps; i++) sum += MIN * (MAX / MIN) ** (((i + 0.5) / steps) ** p)
    return sum / steps
  }
  let lo = 0.05
  let hi = 50
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(lo * hi)
    if (meanFor(mid) > mean) lo = mid
    else hi = mid
  }
  return Math.sqrt(lo * hi)
}

const paragraphsOf = (text) => text.split(/\n[ \t\u3000]*\n/u).map((p) => p.replace(/^\n+|\n+$/gu, '')).filter(Boolean)

/**
 * Write the corpus under `dir` (subfolders of 500 files) and return its file list and size.
 * Each file: the head (title, meta) of one source, then its paragraphs from a random point on,
 * running into further sources of the same script until the drawn size is reached.
 */
export function generateCorpus(dir, { files, mb, sources, seed = 42 }) {
  const random = prng(seed)
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
  const docs = []
  for (const text of sources) {
    docs.push({ traditional: false, paras: paragraphsOf(text) })
    docs.push({ traditional: true, paras: paragraphsOf(toTraditional(text)) })
  }
  const usable = docs.filter((d) => d.paras.length > 0)
  const p = sizeExponent(Math.min(MAX * 0.9, Math.max(MIN * 1.1, (mb * 1e6) / files)))
  const list = []
  let total = 0
  let traditional = 0
  const sizes = []
  for (let i = 0; i < files; i++) {
    const target = Math.round(MIN * (MAX / MIN) ** (random() ** p))
    let docIndex = Math.floor(random() * usable.length)
    let doc = usable[docIndex]
    if (doc.traditional) traditional++
    const head = doc.paras.slice(0, Math.min(3, doc.paras.length))
    const parts = [...head]
    let bytes = Buffer.byteLength(head.join('\n\n'))
    let at = Math.floor(random() * doc.paras.length)
    let guard = 0
    while (bytes < target && guard++ < 100000) {
      if (at >= doc.paras.length) {
        // Run into another source of the same script.
        do docIndex = (docIndex + 1 + Math.floor(random() * usable.length)) % usable.length
        while (usable[docIndex].traditional !== doc.traditional)
        doc = usable[docIndex]
        at = 0
      }
      const para = doc.paras[at++]
      parts.push(para)
      bytes += Buffer.byteLength(para) + 2
    }
    let text = parts.join('\n\n') + '\n'
    if (Buffer.byteLength(text) > MAX) text = Buffer.from(text).subarray(0, MAX).toString('utf8').replace(/\ufffd$/u, '') + '\n'
    const sub = path.join(dir, `d${String(Math.floor(i / PER_DIR)).padStart(3, '0')}`)
    if (i % PER_DIR === 0) mkdirSync(sub, { recursive: true })
    const file = path.join(sub, `dump${String(i).padStart(6, '0')}.txt`)
    writeFileSync(file, text)
    const size = Buffer.byteLength(text)
    sizes.push(size)
    total += size
    list.push(file)
  }
  sizes.sort((a, b) => a - b)
  return {
    files: list,
    bytes: total,
    traditionalShare: traditional / files,
    sizes: { min: sizes[0], median: sizes[Math.floor(sizes.length / 2)], max: sizes[sizes.length - 1] },
  }
}
