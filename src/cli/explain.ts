import type { ChalkInstance } from 'chalk'
import type { BlockKind, CleanResult } from '../types.js'

const COLOURS: Record<BlockKind, (c: ChalkInstance) => ChalkInstance> = {
  title: (c) => c.bold.cyan,
  meta: (c) => c.cyan,
  body: (c) => c.reset,
  related: (c) => c.blue,
  ad: (c) => c.red,
  chrome: (c) => c.gray,
  junk: (c) => c.magenta,
  empty: (c) => c.gray,
}

const clip = (s: string, n: number): string => ([...s].length > n ? [...s].slice(0, n - 1).join('') + '…' : s)

/** The dump line by line: `12  body     CP501 body-region   第一段…`, then the repairs made. */
export function renderExplain(result: CleanResult, c: ChalkInstance): string {
  const lines: string[] = []
  for (const b of result.blocks ?? []) {
    const paint = COLOURS[b.kind](c)
    lines.push(`${String(b.line ?? '').padStart(5)}  ${paint(b.kind.padEnd(7))}  ${c.dim((b.rule ?? '').padEnd(22))}  ${paint(clip(b.text, 60))}`)
  }
  if (result.repairs && result.repairs.length > 0) {
    lines.push('', c.bold('repairs:'))
    for (const r of result.repairs) lines.push(`${String(r.line ?? '').padStart(5)}  ${c.dim(r.rule.padEnd(24))}  ${clip(r.from, 30)} → ${clip(r.to, 30)}`)
  }
  return lines.join('\n') + '\n'
}
