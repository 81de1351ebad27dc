import { existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type FastGlob from 'fast-glob'
import type { Format } from '../render/index.js'
import { describeError } from './job.js'

export const DEFAULT_GLOB = '**/*.{txt,text,htm,html}'

/**
 * One input file and the path its outputs mirror under `--out-dir`. A folder's files keep only their
 * path below it (the full path is made when asked): 100,000 of them are a batch's largest live data.
 */
export class InputFile {
  constructor(
    /** The folder it was found in, as given; '' for a file named outright or matched by a pattern. */
    private readonly root: string,
    /** Path relative to the folder it was found in (or to the working directory), `..` segments removed. */
    readonly relative: string,
    private readonly named?: string,
  ) {}

  /** The path as the user sees it (for messages and the ndjson `source` field). */
  get path(): string {
    return this.named ?? path.join(this.root, this.relative)
  }
}

export interface Expanded {
  files: InputFile[]
  /** Inputs that named nothing: a missing file, a pattern with no match. */
  missing: { input: string; message: string }[]
}

/** Is `child` strictly below `parent`? */
export const inside = (child: string, parent: string): boolean => child !== parent && (child + path.sep).startsWith(parent + path.sep)
// fast-glob costs ~60 ms to load: only folders and patterns need it, a plain file path does not.
let fastGlob: typeof FastGlob | undefined
const fg = (): typeof FastGlob => (fastGlob ??= createRequire(import.meta.url)('fast-glob') as typeof FastGlob)
export const isGlob = (s: string): boolean => fg().isDynamicPattern(s)
const insideCwd = (p: string): string => p.split(path.sep).filter((s) => s !== '..' && s !== '').join(path.sep) || path.basename(p)

/**
 * Files, folders (recursive, filtered by `pattern`) and glob patterns, deduplicated by real path,
 * in a stable order: inputs in the order given, files within a folder or pattern sorted.
 * Files under `ignoreDir` (an output folder strictly inside a searched folder) are not inputs.
 */
export function expandInputs(inputs: string[], cwd: string, pattern = DEFAULT_GLOB, ignoreDir?: string): Expanded {
  const files: InputFile[] = []
  const missing: Expanded['missing'] = []
  // One folder or pattern lists each file once: only several inputs can name a file twice.
  const seen = inputs.length > 1 ? new Set<string>() : null
  const isNew = (abs: string): boolean => {
    if (!seen) return true
    if (seen.has(abs)) return false
    seen.add(abs)
    return true
  }
  for (const input of inputs) {
    const abs = path.resolve(cwd, input)
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) {
        const found = globFolder(pattern, abs, input, missing).sort()
        if (found.length === 0) missing.push({ input, message: `folder has no files matching ${pattern}` })
        // Outputs written inside a searched folder are not inputs on the next run; a file named outright always is.
        const skipped = ignoreDir && inside(ignoreDir, abs) ? ignoreDir : null
        for (const f of found) {
          if (!skipped && !seen) {
            files.push(new InputFile(input, f))
            continue
          }
          const fileAbs = path.join(abs, f)
          if ((skipped && inside(fileAbs, skipped)) || !isNew(fileAbs)) continue
          files.push(new InputFile(input, f))
        }
      } else if (isNew(abs)) files.push(new InputFile('', insideCwd(path.relative(cwd, abs)), input))
    } else if (isGlob(input)) {
      const found = fg().sync(input, { cwd, onlyFiles: true, dot: false }).sort()
      if (found.length === 0) missing.push({ input, message: 'no files match this pattern' })
      const skipped = ignoreDir && inside(ignoreDir, cwd) ? ignoreDir : null
      for (const f of found) {
        const fileAbs = path.resolve(cwd, f)
        if ((skipped && inside(fileAbs, skipped)) || !isNew(fileAbs)) continue
        files.push(new InputFile('', insideCwd(f), f))
      }
    } else missing.push({ input, message: 'no such file or folder' })
  }
  return { files, missing }
}

/**
 * The files under one folder that match `pattern`. A subfolder that cannot be read is reported as a
 * failed input (in `problems`) and left out, and the search goes on: one locked folder must not stop
 * a batch of thousands. File names are matched case-insensitively (`A.TXT`, `b.Html`), and links to
 * files are files.
 */
function globFolder(pattern: string, abs: string, input: string, problems: Expanded['missing']): string[] {
  const ignore: string[] = []
  for (;;) {
    try {
      // Not onlyFiles: it drops symbolic links to files. Folders come back marked with a slash; a link is
      // not followed into a folder (no loops), and one that is broken or names a folder fails when read, by name.
      const entries = fg().sync(pattern, { cwd: abs, onlyFiles: false, markDirectories: true, dot: false, followSymbolicLinks: false, caseSensitiveMatch: false, ignore })
      return entries.filter((e) => !e.endsWith('/'))
    } catch (error) {
      const where = (error as NodeJS.ErrnoException).path
      // Each unreadable folder is left out once; a folder that fails again is not one we can step around.
      if (!where || !inside(where, abs) || ignore.length >= MAX_UNREADABLE) throw error
      const relative = path.relative(abs, where).split(path.sep).join('/')
      if (ignore.includes(`${relative}/**`)) throw error
      problems.push({ input: path.join(input, relative), message: `cannot read this folder (${describeError(error)}); its files are left out` })
      ignore.push(relative, `${relative}/**`)
    }
  }
}
// More unreadable folders than this in one input folder end the run with the error itself.
const MAX_UNREADABLE = 100

const EXTENSIONS: Record<Format, string> = { text: '.txt', json: '.json', markdown: '.md', ndjson: '.json' }

/** Where one input's outputs go: `DIR/a/b/x.txt` (+ `x.related.txt` for text), `x.json` or `x.md`. */
export function outputPathsFor(file: InputFile, outDir: string, format: Format): { main: string; related: string | null } {
  const parsed = path.parse(file.relative)
  const base = path.join(outDir, parsed.dir, parsed.name)
  return { main: base + EXTENSIONS[format], related: format === 'text' ? `${base}.related.txt` : null }
}
