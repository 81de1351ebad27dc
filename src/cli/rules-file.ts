import { readFileSync } from 'node:fs'
import type { UserRules } from '../options.js'
import { describeError } from './job.js'

// JSON.parse quotes the text around the error: of a binary file, that is bytes across several lines.
const oneLine = (message: string): string => {
  const line = message.split('\n')[0]!.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/gu, '?')
  return line.length > 120 ? `${line.slice(0, 117)}...` : line
}

const KINDS = ['chrome', 'ad', 'junk', 'related', 'meta'] as const

/** Read and check a `--rules` JSON file; throws an Error whose message names the bad key. */
export function loadRules(file: string): UserRules {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(`${file}: ${code ? describeError(error) : `not valid JSON (${oneLine((error as Error).message)})`}`)
  }
  return validateRules(data, file)
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '')

/** Keys: `chrome` and `ad` (phrase lists), `patterns` ({chrome, ad, junk, related, meta}: regex lists). */
export function validateRules(data: unknown, file: string): UserRules {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: must be a JSON object`)
  const rules: UserRules = {}
  for (const [key, value] of Object.entries(data)) {
    if (key === 'chrome' || key === 'ad') {
      if (!isStringArray(value)) throw new Error(`${file}: "${key}" must be a list of phrases`)
      rules[key] = value
    } else if (key === 'patterns') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: "patterns" must be an object of kind → list of regexes`)
      rules.patterns = {}
      for (const [kind, list] of Object.entries(value)) {
        if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`${file}: "patterns.${kind}" is not a kind (use ${KINDS.join(', ')})`)
        if (!isStringArray(list)) throw new Error(`${file}: "patterns.${kind}" must be a list of regexes`)
        for (const source of list) {
          try {
            new RegExp(source, 'iu')
          } catch (error) {
            throw new Error(`${file}: "patterns.${kind}" has a bad regex ${JSON.stringify(source)}: ${(error as Error).message}`)
          }
        }
        rules.patterns[kind as (typeof KINDS)[number]] = list
      }
    } else throw new Error(`${file}: unknown key "${key}" (use chrome, ad, patterns)`)
  }
  return rules
}
