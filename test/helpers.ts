import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs'
import { expect, test } from 'vitest'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = path.join(ROOT, 'fixtures')
export const DEV_SET = path.resolve(ROOT, '../shared/datasets/cwced-dev')
export const DEV_DUMPS = path.join(DEV_SET, 'dumps')
export const DEV_HTML = path.join(DEV_SET, 'html')
/** The seed dump the product was designed from, as bundled in the fixtures. */
export const SEED_FILE = path.join(ROOT, 'fixtures', 'seed-huxiu-deepseek', 'input.txt')
export const BIN = path.join(ROOT, 'bin/clean-page.js')

/** Page fixtures: folders with an input.txt or input.html. */
export const listFixtures = (): string[] =>
  readdirSync(FIXTURES).filter((slug) => ['input.txt', 'input.html'].some((f) => existsSync(path.join(FIXTURES, slug, f)))).sort()

export const fixturePath = (slug: string, file: string): string => path.join(FIXTURES, slug, file)

export const readSource = (slug: string): Buffer =>
  readFileSync(fixturePath(slug, existsSync(fixturePath(slug, 'input.txt')) ? 'input.txt' : 'input.html'))

export const readOptions = (slug: string): Record<string, unknown> =>
  existsSync(fixturePath(slug, 'options.json')) ? JSON.parse(readFileSync(fixturePath(slug, 'options.json'), 'utf8')) : {}

export const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T

/** Build dist/ when a source file is newer than it; a lock folder keeps parallel test files from building twice. */
export function ensureBuilt(): void {
  const lock = path.join(ROOT, 'dist', '.build-lock')
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = path.join(dir, e.name)
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
    }, 0)
  const built = path.join(ROOT, 'dist', 'cli', 'main.js')
  if (existsSync(built) && statSync(built).mtimeMs >= newest(path.join(ROOT, 'src'))) return
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true })
  try {
    mkdirSync(lock)
  } catch {
    // Another test file is building: wait for it.
    const until = Date.now() + 120_000
    while (existsSync(lock) && Date.now() < until) spawnSync('sleep', ['0.2'])
    return
  }
  try {
    spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'ignore' })
  } finally {
    rmdirSync(lock)
  }
}

/** One repair case of `fixtures/repairs/*.json` (the format is in fixtures/README.md). */
export interface RepairCase<T> { label: string; comment?: string; original: T; fixed: T; expect?: 'pass' | 'fail' }

export const readRepairCases = <T>(file: string): RepairCase<T>[] => readJson<RepairCase<T>[]>(path.join(FIXTURES, 'repairs', file))

/**
 * A test per case: `repair(original)` must give `fixed`; known failures (`expect: "fail"`) run as test.fails.
 * With `stable`, one more test: repairing a passing case's `fixed` changes nothing.
 */
export function testRepairCases<T>(cases: readonly RepairCase<T>[], repair: (input: T) => T, options: { stable?: string } = {}): void {
  for (const c of cases) (c.expect === 'fail' ? test.fails : test)(c.label, () => expect(repair(c.original)).toEqual(c.fixed))
  if (options.stable) {
    test(options.stable, () => {
      for (const c of cases.filter((c) => c.expect !== 'fail')) expect(repair(c.fixed), c.label).toEqual(c.fixed)
    })
  }
}
