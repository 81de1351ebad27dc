import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// Temp files of writes under way, removed if the process is interrupted before the rename.
const pending = new Set<string>()

// Folders this process has made or seen: one mkdir per folder, not one per file.
const madeDirs = new Set<string>()

/** Write a file atomically: a temp file in the same folder, then a rename, so no reader sees half a file. */
export function writeAtomic(file: string, content: string): void {
  const dir = path.dirname(file)
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true })
    madeDirs.add(dir)
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`)
  pending.add(temp)
  try {
    writeFileSync(temp, content)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  } finally {
    pending.delete(temp)
  }
}

/** Remove the temp files of writes that were cut off (on Ctrl-C). */
export function removePendingTemps(): void {
  for (const temp of pending) rmSync(temp, { force: true })
  pending.clear()
}
