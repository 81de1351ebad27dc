import type { CleanResult } from '../types.js'

// Stable key order, so outputs diff cleanly across versions.
const KEYS: readonly (keyof CleanResult)[] = [
  'title', 'author', 'publisher', 'site', 'publishedAt', 'keywords', 'body', 'related', 'warnings', 'blocks', 'repairs',
]

function ordered(result: CleanResult, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...extra }
  for (const key of KEYS) if (result[key] !== undefined) out[key] = result[key]
  return out
}

/** Pretty JSON, one document. */
export const renderJson = (result: CleanResult): string => JSON.stringify(ordered(result, {}), null, 2) + '\n'

/** One line of JSON; `extra` fields (such as `source` or `id`) come first. */
export const renderNdjson = (result: CleanResult, extra: Record<string, unknown> = {}): string =>
  JSON.stringify(ordered(result, extra)) + '\n'
