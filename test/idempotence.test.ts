import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { cleanPage } from '../src/pipeline.js'
import { renderText } from '../src/render/index.js'
import { DEV_SET, listFixtures, readOptions, readSource } from './helpers.js'

// Cleaning a cleaned page changes nothing: no rule may eat article text once the chrome is gone.
const dumps = existsSync(path.join(DEV_SET, 'dumps')) ? readdirSync(path.join(DEV_SET, 'dumps')).sort() : []

describe.runIf(dumps.length > 0)('idempotence over the dev dumps', () => {
  test.each(dumps)('%s', (file) => {
    const once = cleanPage(readFileSync(path.join(DEV_SET, 'dumps', file)))
    const twice = cleanPage(renderText(once))
    expect(twice.body).toEqual(once.body)
    expect(twice.title).toEqual(once.title)
    expect(twice.publishedAt).toEqual(once.publishedAt)
  })
})

describe('idempotence over the fixtures, all fields that survive the text rendering', () => {
  test.each(listFixtures())('%s', (slug) => {
    const once = cleanPage(readSource(slug), readOptions(slug))
    const twice = cleanPage(renderText(once), readOptions(slug))
    expect({ title: twice.title, publishedAt: twice.publishedAt, body: twice.body }).toEqual({
      title: once.title, publishedAt: once.publishedAt, body: once.body,
    })
  })
})
