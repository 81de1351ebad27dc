import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseRecord, readLines } from '../src/cli/ndjson-in.js'
import { BIN, FIXTURES, ensureBuilt } from './helpers.js'


const fixtureTexts = (): string[] =>
  readdirSync(FIXTURES)
    .filter((n) => existsSync(path.join(FIXTURES, n, 'input.txt')))
    .sort()
    .map((n) => readFileSync(path.join(FIXTURES, n, 'input.txt'), 'utf8'))

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Spawn `clean-page --ndjson-in …` and feed it `lines` through a pipe, respecting the pipe's drain. */
function pipeThrough(lines: Iterable<string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--ndjson-in', ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr }))
    Readable.from((function* () {
      for (const line of lines) yield line + '\n'
    })()).pipe(child.stdin)
  })
}

const parseLines = (stdout: string): Record<string, unknown>[] =>
  stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)

beforeAll(() => ensureBuilt(), 180_000)

describe('readLines and parseRecord', () => {
  test('splits LF and CRLF lines across chunk borders, multi-byte characters intact', async () => {
    const bytes = Buffer.from('{"a":"新聞"}\r\n{"b":2}\n\nlast')
    const chunks = [bytes.subarray(0, 9), bytes.subarray(9, 10), bytes.subarray(10)]
    const lines: unknown[] = []
    for await (const line of readLines(Readable.from(chunks))) lines.push(line)
    expect(lines).toEqual(['{"a":"新聞"}', '{"b":2}', '', 'last'])
  })

  test('a line longer than the limit becomes one error, and the next line is read normally', async () => {
    const lines: unknown[] = []
    for await (const line of readLines(Readable.from([Buffer.from('x'.repeat(50)), Buffer.from('yy\nok\n')]), 10)) lines.push(line)
    expect(lines.length).toBe(2)
    expect(typeof lines[0]).toBe('symbol')
    expect(lines[1]).toBe('ok')
  })

  test('bad records become reasons, with the id when there is one', () => {
    const reason = (line: string): unknown => {
      const p = parseRecord(line, 3, {})
      return 'error' in p ? [p.id, p.error] : 'job'
    }
    expect(reason('not json')).toEqual([null, 'not JSON'])
    expect(reason('[1,2]')).toEqual([null, 'not a JSON object'])
    expect(reason('{"text":"x"}')).toEqual([null, 'record has no "id"'])
    expect(reason('{"id":7}')).toEqual([7, 'record has no "text", "html" or "base64"'])
    expect(reason('{"id":"a","text":1}')).toEqual(['a', '"text" must be a string'])
    expect(reason('{"id":"a","text":"x","html":"y"}')).toEqual(['a', 'record has both "text" and "html"; give one'])
    expect(reason('{"id":"a","base64":"@@@"}')).toEqual(['a', '"base64" is not valid base64'])
    expect(reason('{"id":"a","text":"新闻"}')).toBe('job')
  })
})

describe('clean-page --ndjson-in', { timeout: 180_000 }, () => {
  test('10,000 records through a pipe: every id back exactly once, in input order', async () => {
    const texts = fixtureTexts()
    // Short records (a paragraph or two) keep the test quick; a few whole pages and some HTML and base64 among them.
    const record = (i: number): string => {
      const page = texts[i % texts.length]!
      if (i % 500 === 0) return JSON.stringify({ id: `p${i}`, text: page })
      const paras = page.split(/\n\s*\n/u)
      const snippet = paras.slice(i % paras.length, (i % paras.length) + 2).join('\n\n')
      if (i % 7 === 0) return JSON.stringify({ id: i, html: `<html><body><p>${snippet}</p></body></html>` })
      if (i % 11 === 0) return JSON.stringify({ id: i, base64: Buffer.from(snippet).toString('base64') })
      return JSON.stringify({ id: i % 500 === 0 ? `p${i}` : i, text: snippet })
    }
    const ids = Array.from({ length: 10_000 }, (_, i) => (i % 500 === 0 ? `p${i}` : i))
    const r = await pipeThrough(
      (function* () {
        for (let i = 0; i < 10_000; i++) yield record(i)
      })(),
      ['-j', '2'],
    )
    expect(r.code).toBe(0)
    const out = parseLines(r.stdout)
    expect(out.length).toBe(10_000)
    expect(out.map((o) => o.id)).toEqual(ids)
    for (const o of out.slice(0, 50)) expect(Object.keys(o)[0]).toBe('id')
    expect(out.every((o) => Array.isArray(o.body) && !('error' in o))).toBe(true)
    expect(r.stderr).toContain('10,000 cleaned')
  })

  test('bad records get {"id", "error"} lines in their place; good ones are still cleaned; exit 1', async () => {
    const page = fixtureTexts()[0]!
    const lines = [
      JSON.stringify({ id: 'a', text: page }),
      'this is not json',
      JSON.stringify({ text: page }),
      JSON.stringify({ id: 'no-content' }),
      '',
      JSON.stringify({ id: 'png', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64') }),
      JSON.stringify({ id: 'b', text: page }),
      '[1]',
    ]
    const r = await pipeThrough(lines, ['-j', '1'])
    expect(r.code).toBe(1)
    const out = parseLines(r.stdout)
    expect(out.map((o) => o.id)).toEqual(['a', null, null, 'no-content', 'png', 'b', null])
    expect(out[1]).toEqual({ id: null, error: 'not JSON' })
    expect(out[2]).toEqual({ id: null, error: 'record has no "id"' })
    expect(out[3]).toEqual({ id: 'no-content', error: 'record has no "text", "html" or "base64"' })
    expect(Object.keys(out[4]!)).toEqual(['id', 'error'])
    expect(out[0]!.body).toEqual(out[5]!.body)
    expect(r.stderr).toContain('stdin:2: not JSON')
    expect(r.stderr).toContain('2 cleaned')
  })

  test('base64 carries raw bytes in any encoding; html records are parsed as HTML', async () => {
    const title = '國際新聞：美國總統大選結果揭曉'
    const body = '臺灣中央氣象署今天表示，受到東北季風影響，北部地區氣溫明顯下降，民眾外出時請注意保暖。專家指出，這波冷空氣將持續到週末。'
    const gbk = iconv.encode(`${title}\n\n${body}\n`, 'big5')
    const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`
    const r = await pipeThrough([JSON.stringify({ id: 1, base64: gbk.toString('base64') }), JSON.stringify({ id: 2, html })])
    expect(r.code).toBe(0)
    const [bytes, page] = parseLines(r.stdout)
    expect(String((bytes!.body as string[]).join(''))).toContain('台湾中央气象署')
    expect(page!.title).toBe('国际新闻：美国总统大选结果揭晓')
  })

  test('--ndjson-in with input files is a usage error', () => {
    const r = spawnSync(process.execPath, [BIN, '--ndjson-in', 'x.txt'], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--ndjson-in reads standard input')
  })

  test('options that write elsewhere or in another shape are usage errors, not silently ignored', () => {
    for (const args of [['-o', 'out'], ['--related', 'r.tsv'], ['--explain'], ['-f', 'markdown'], ['-f', 'text']]) {
      const r = spawnSync(process.execPath, [BIN, '--ndjson-in', ...args], { encoding: 'utf8', input: '' })
      expect(r.status).toBe(2)
      expect(r.stderr).toMatch(/does not apply/)
    }
    expect(spawnSync(process.execPath, [BIN, '--ndjson-in', '-f', 'ndjson'], { encoding: 'utf8', input: '' }).status).toBe(0)
  })

  test('a byte-order mark at the head of the stream is not part of the first record', async () => {
    const r = await pipeThrough(['\ufeff{"id": 1, "text": "新闻"}', '{"id": 2, "text": "新闻"}'])
    expect(r.code).toBe(0)
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: number; error?: string }).error)).toEqual([undefined, undefined])
  })
})
