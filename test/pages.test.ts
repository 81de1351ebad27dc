import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { cleanPage } from '../src/pipeline.js'
import { renderText } from '../src/render/index.js'
import { fixturePath, listFixtures, readJson, readOptions, readSource } from './helpers.js'

// Golden pages: expected.json is written (or generated, then read line by line) by hand;
// expected.txt is the text rendering, regenerated with UPDATE=1 and reviewed as a diff.
describe.each(listFixtures())('%s', (slug) => {
  const result = cleanPage(readSource(slug), readOptions(slug))

  test('matches expected.json', () => {
    expect(result).toEqual(readJson(fixturePath(slug, 'expected.json')))
  })

  test('matches expected.txt', () => {
    const file = fixturePath(slug, 'expected.txt')
    if (process.env.UPDATE === '1' || !existsSync(file)) writeFileSync(file, renderText(result))
    expect(renderText(result)).toBe(readFileSync(file, 'utf8'))
  })
})

test('there are at least six page fixtures, the seed among them', () => {
  expect(listFixtures().length).toBeGreaterThanOrEqual(6)
  expect(listFixtures()).toContain('seed-huxiu-deepseek')
})
