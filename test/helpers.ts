import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = path.join(ROOT, 'fixtures')
export const DEV_SET = path.resolve(ROOT, '../shared/datasets/cwced-dev')
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
