import { accessSync, constants, existsSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Format } from '../render/index.js'
import { describeError } from './job.js'
import { inside, outputPathsFor, type InputFile } from './files.js'
import { makeDirs } from './output.js'

// Checks made before a batch writes anything: each returns the usage error to print, or null.
// A batch must never write over an input or let two inputs write one output; saying so up front
// costs one pass over the file list, finding out half-way costs the user's data.

/** Written into an --out-dir inside an input folder: files under a marked folder are earlier outputs, not inputs. */
export const OUT_MARKER = '.clean-page-out'
const MARKER_TEXT = 'This folder holds outputs of clean-page. When it sits inside an input folder, its files are not read as inputs.\n'

/**
 * Make `outDir` ready: a folder we can write to. When it sits inside a folder being searched for
 * inputs (`nested`), it must be new, empty, or marked as ours: a folder of someone's files there
 * would be skipped as "old outputs" and then written over.
 */
export function prepareOutDir(outDir: string, given: string, nested: string | null): string | null {
  if (given.trim() === '') return '--out-dir needs a folder name'
  const stat = statSync(outDir, { throwIfNoEntry: false })
  if (stat && !stat.isDirectory()) return `--out-dir ${given}: is a file, not a folder`
  try {
    if (!stat) makeDirs(outDir)
    accessSync(outDir, constants.W_OK)
  } catch (error) {
    return `--out-dir ${given}: cannot write there (${describeError(error)})`
  }
  if (!nested) return null
  const marker = path.join(outDir, OUT_MARKER)
  if (existsSync(marker)) return null
  if (readdirSync(outDir).some((name) => !name.startsWith('.'))) {
    return `--out-dir ${given} is inside the input folder ${nested} and holds files clean-page did not write; choose a new or empty folder (if they are outputs of an earlier run, create ${path.join(given, OUT_MARKER)} to say so)`
  }
  try {
    writeFileSync(marker, MARKER_TEXT)
  } catch (error) {
    return `--out-dir ${given}: cannot write there (${describeError(error)})`
  }
  return null
}

/**
 * Two inputs that would write one output (`2023/news.txt` and `2024/news.txt` under one --out-dir,
 * `a.txt` and `a.html`, `x.related.txt` beside `x.txt`), or an output that is an input.
 * `inputsBelowOut` is true when some input can lie under the out-dir (it holds or is an input folder).
 */
export function outputClash(files: readonly InputFile[], outDir: string, format: Format, cwd: string, inputsBelowOut: boolean): string | null {
  // Each output's path relative to the out-dir, without the extension every output of this format shares.
  const owner = new Map<string, number>()
  const clash = (a: number, b: number): string => {
    const { main } = outputPathsFor(files[b]!, outDir, format)
    return `${files[a]!.path} and ${files[b]!.path} would both write ${path.relative(cwd, main) || main} (or its .related.txt); clean them in separate runs or into separate --out-dir folders`
  }
  for (let i = 0; i < files.length; i++) {
    const key = stemOf(files[i]!.relative)
    const other = owner.get(key)
    if (other !== undefined) return clash(other, i)
    owner.set(key, i)
  }
  // Text also writes `x.related.txt` beside `x.txt`: an input whose own stem is `x.related` collides with it.
  if (format === 'text') {
    for (const [key, i] of owner) {
      if (!key.endsWith(RELATED_STEM)) continue
      const other = owner.get(key.slice(0, -RELATED_STEM.length))
      if (other !== undefined) return clash(other, i)
    }
  }
  if (!inputsBelowOut) return null
  const inputs = new Set<string>()
  for (const f of files) {
    const abs = path.resolve(cwd, f.path)
    if (inside(abs, outDir)) inputs.add(abs)
  }
  if (inputs.size === 0) return null
  for (const f of files) {
    const { main, related } = outputPathsFor(f, outDir, format)
    for (const out of [main, related]) {
      if (out && inputs.has(out) && out !== path.resolve(cwd, f.path)) {
        return `${f.path}: its output ${path.relative(cwd, out)} is another input; choose an --out-dir outside the inputs`
      }
    }
  }
  return null
}

const RELATED_STEM = '.related'

/** `a/b/x.txt` → `a/b/x`: the path without its extension, made without path.parse (this runs once per input). */
function stemOf(relative: string): string {
  const dot = relative.lastIndexOf('.')
  return dot > relative.lastIndexOf(path.sep) + 1 ? relative.slice(0, dot) : relative
}

/** Would writing `target` (a --related or --report file) replace one of `inputs`? */
export function overwritesInput(target: string, inputs: readonly string[]): boolean {
  const real = existsSync(target) ? realpathSync(target) : null
  const base = path.basename(target)
  return inputs.some((input) => path.basename(input) === base && (input === target || (real !== null && existsSync(input) && realpathSync(input) === real)))
}
