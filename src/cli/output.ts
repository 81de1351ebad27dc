import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// Folders this process has made or seen: one mkdir per folder, not one per file.
const madeDirs = new Set<string>()

/**
 * Write a file atomically: a temp file in the same folder, then a rename, so no reader sees half a file.
 * Synchronous, so no signal handler runs half-way through; a worker killed mid-write leaves a temp file
 * that the pool removes (pool.ts, removeTempsOf).
 */
export function writeAtomic(file: string, content: string): void {
  const dir = path.dirname(file)
  if (!madeDirs.has(dir)) {
    makeDirs(dir)
    madeDirs.add(dir)
  }
  const temp = path.join(dir, `${tempPrefix(file)}${Math.random().toString(36).slice(2, 8)}.tmp`)
  try {
    writeFileSync(temp, content)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir never returns where a folder exists but
 * refuses children with ENOENT (`/proc`); here that is an error like any other. A folder another
 * worker made at the same moment is fine.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = []
  for (let at = path.resolve(dir); !existsSync(at); at = path.dirname(at)) {
    missing.push(at)
    if (path.dirname(at) === at) break
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error
    }
  }
}

/** The start of the name of this process's temp files for `file` (pool.ts removes a killed worker's by it). */
export const tempPrefix = (file: string): string => `.${path.basename(file)}.${process.pid}.`
