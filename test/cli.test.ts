import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { BIN, fixturePath } from './helpers.js'

// These spawn the built binary (npm test builds first), as a user would run it.
const SEED = fixturePath('seed-huxiu-deepseek', 'input.txt')

function run(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'clean-page-cli-'))

describe('single input', () => {
  test('a file prints the article as text', () => {
    const r = run([SEED])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('R2来之前 DeepSeek又放了个烟雾弹 V3论文揭示降本增效秘籍')
    expect(r.stdout).toContain('2025-05-16 14:06:03 · 虎嗅网')
    expect(r.stdout).not.toContain('关闭')
    expect(r.stderr).toBe('')
  })

  test('stdin, both implicit and as -', () => {
    const input = readFileSync(SEED)
    expect(run([], { input }).stdout).toBe(run([SEED]).stdout)
    expect(run(['-'], { input }).stdout).toBe(run([SEED]).stdout)
  })

  test('--format json is the CleanResult', () => {
    const r = run([SEED, '--format', 'json'])
    const json = JSON.parse(r.stdout)
    expect(Object.keys(json)).toEqual(['title', 'author', 'publisher', 'site', 'publishedAt', 'keywords', 'body', 'related', 'warnings'])
    expect(json.related).toHaveLength(27)
    expect(json.body).toHaveLength(6)
  })

  test('--format markdown and ndjson', () => {
    expect(run([SEED, '-f', 'markdown']).stdout.startsWith('# R2来之前')).toBe(true)
    const lines = run([SEED, '-f', 'ndjson']).stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!).source).toBe(SEED)
  })

  test('--related writes publishedAt<TAB>title lines', () => {
    const dir = temp()
    const out = path.join(dir, 'related.tsv')
    expect(run([SEED, '--related', out]).code).toBe(0)
    const lines = readFileSync(out, 'utf8').trim().split('\n')
    expect(lines).toHaveLength(27)
    expect(lines[0]).toBe('2025-06-10T18:28:11\t国足vs巴林感受球迷热情 荣誉之战全力以赴')
  })

  test('--explain names a rule for every block', () => {
    const r = run([SEED, '--explain'])
    expect(r.stdout).toMatch(/ad\s+CP101 ad-banner/)
    expect(r.stdout).toMatch(/title\s+CP601 title/)
    const json = JSON.parse(run([SEED, '--explain', '-f', 'json']).stdout)
    expect(json.blocks.every((b: { rule: string | null }) => b.rule)).toBe(true)
    expect(json.repairs.some((r: { rule: string }) => r.rule.startsWith('R102'))).toBe(true)
  })

  test('--convert none keeps Traditional text', () => {
    expect(run([SEED, '--convert', 'none']).stdout).toContain('R2來之前')
  })

  test('-o writes <stem>.txt and <stem>.related.txt, atomically, never over the input', () => {
    const dir = temp()
    const out = path.join(dir, 'out')
    expect(run([SEED, '-o', out]).code).toBe(0)
    // The input's path below the working directory is mirrored under the out-dir.
    const mirrored = path.join(out, 'fixtures', 'seed-huxiu-deepseek')
    expect(readdirSync(mirrored).sort()).toEqual(['input.related.txt', 'input.txt'])
    expect(readFileSync(path.join(mirrored, 'input.txt'), 'utf8')).toBe(run([SEED]).stdout)
    // -o at the input's own folder: the output would be the input itself.
    const own = path.join(dir, 'own')
    mkdirSync(own)
    writeFileSync(path.join(own, 'page.txt'), readFileSync(SEED))
    const r = run(['page.txt', '-o', '.'], { cwd: own })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/page\.txt: output .* would overwrite the input/)
    expect(readFileSync(path.join(own, 'page.txt'))).toEqual(readFileSync(SEED))
  })
})

describe('errors and exit codes', () => {
  test('missing file: one line naming it, exit 1', () => {
    const r = run(['no-such-file.txt'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('clean-page: no-such-file.txt: no such file or folder\n')
    expect(r.stdout).toBe('')
  })

  test('binary file is refused with a clear reason, no output file', () => {
    const dir = temp()
    const png = path.join(dir, 'image.txt')
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    const r = run([png, '-o', path.join(dir, 'out')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/image\.txt: binary file \(PNG/)
    expect(existsSync(path.join(dir, 'out', 'image.txt'))).toBe(false)
  })

  test('empty input: empty result with a warning, exit 0', () => {
    const r = run(['-f', 'json'], { input: '' })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ title: null, body: [], warnings: [{ code: 'empty' }] })
  })

  test('usage errors exit 2', () => {
    expect(run([SEED, '--format', 'pdf']).code).toBe(2)
    expect(run([SEED, '--no-such-option']).code).toBe(2)
    const many = run([SEED, SEED.replace('seed-huxiu-deepseek', 'simplified-plain')])
    expect(many.code).toBe(2)
    expect(many.stderr).toMatch(/--out-dir DIR .* --format ndjson/)
  })

  test('- for --related, --report or --out-dir is a usage error, and no file named - is written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clean-page-dash-'))
    for (const option of ['--related', '--report', '--out-dir']) {
      const r = run([SEED, option, '-'], { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`${option} -: standard output carries the articles`)
      expect(r.stdout).toBe('')
    }
    expect(readdirSync(dir)).toEqual([])
  })
  test('an unknown --encoding is a usage error, said once', () => {
    const r = run([SEED, '--encoding', 'nope'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^clean-page: --encoding: unknown encoding "nope"/)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  test('a bad rules file is a usage error naming the key', () => {
    const dir = temp()
    const rules = path.join(dir, 'rules.json')
    writeFileSync(rules, JSON.stringify({ patterns: { chrome: ['(unclosed'] } }))
    const r = run([SEED, '--rules', rules])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/patterns\.chrome/)
    writeFileSync(rules, JSON.stringify({ chrom: [] }))
    expect(run([SEED, '--rules', rules]).stderr).toMatch(/unknown key "chrom"/)
  })

  test('a rules file that is not JSON at all (an image) is one short line', () => {
    const dir = temp()
    const rules = path.join(dir, 'img.png')
    writeFileSync(rules, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0x0a, 0x0a]))
    const r = run([SEED, '--rules', rules])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/not valid JSON/)
  })

  test('a file name with a newline in it is quoted, so its error stays on one line', () => {
    const dir = temp()
    const name = path.join(dir, 'bad\nname.txt')
    writeFileSync(name, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))
    const r = run([name])
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('bad\\nname.txt')
  })

  test('-j above two per core is lowered, with a note', () => {
    const r = run([SEED, SEED.replace('input.txt', 'expected.txt'), '-f', 'ndjson', '-j', '100000'])
    expect(r.stderr).toMatch(/^clean-page: -j 100000 is more than 2 per core here; using \d+$/mu)
  })

  // Only root can make a folder unreadable to a process it runs as another user; elsewhere this is skipped.
  const canDropRoot = process.getuid?.() === 0 && spawnSync('setpriv', ['--help']).status === 0
  test.runIf(canDropRoot)('an unreadable subfolder is reported as one failed input and the rest of the folder is cleaned', () => {
    const dir = temp()
    mkdirSync(path.join(dir, 'in', 'locked'), { recursive: true })
    writeFileSync(path.join(dir, 'in', 'a.txt'), readFileSync(SEED))
    writeFileSync(path.join(dir, 'in', 'locked', 'b.txt'), readFileSync(SEED))
    mkdirSync(path.join(dir, 'out'))
    spawnSync('chmod', ['-R', 'a+rX', dir])
    spawnSync('chmod', ['777', path.join(dir, 'out')])
    spawnSync('chmod', ['000', path.join(dir, 'in', 'locked')])
    const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, 'in', '-o', 'out'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`clean-page: ${path.join('in', 'locked')}: cannot read this folder (permission denied)`)
    expect(r.stderr).toContain('1 cleaned, 1 failed')
    expect(existsSync(path.join(dir, 'out', 'a.txt'))).toBe(true)
  })

  test('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(BIN), '..', 'package.json'), 'utf8'))
    expect(run(['--version']).stdout.trim()).toBe(pkg.version)
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Examples:/)
    expect(help.stdout).toMatch(/Exit codes/)
  })

  test('a closed stdout pipe ends quietly', () => {
    const r = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} ${JSON.stringify(SEED)} --format json | head -c 10 >/dev/null; echo "status:$?"`], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout.trim()).toBe('status:0')
  })

  test('a closed pipe after a failed input still exits 1', () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'a-bad.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))
    const seed = readFileSync(SEED)
    for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, `b${String(i).padStart(2, '0')}.txt`), seed)
    const script = `node ${JSON.stringify(BIN)} ${JSON.stringify(dir)} -f ndjson -j 1 2>/dev/null | head -c 10 >/dev/null; echo "status:\${PIPESTATUS[0]}"`
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' })
    expect(r.stdout.trim()).toBe('status:1')
  })

  test('colour only on a TTY: piped output has no escape codes', () => {
    const r = run([SEED, '--explain'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })
    expect(r.stdout).not.toMatch(/\x1b\[/)
  })
})

describe('the launcher (bin/clean-page.js over the bundled CLI and its code cache)', () => {
  /** A copy of the installed layout in a temp folder: bin/, dist/ (and package.json for --version). */
  function copyInstall(): string {
    const root = temp()
    const dist = path.join(path.dirname(BIN), '..', 'dist')
    mkdirSync(path.join(root, 'bin'))
    mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true })
    writeFileSync(path.join(root, 'bin', 'clean-page.js'), readFileSync(BIN))
    writeFileSync(path.join(root, 'bin', 'package.json'), readFileSync(path.join(path.dirname(BIN), 'package.json')))
    writeFileSync(path.join(root, 'dist', 'cli', 'clean-page.cjs'), readFileSync(path.join(dist, 'cli', 'clean-page.cjs')))
    writeFileSync(path.join(root, 'package.json'), readFileSync(path.join(path.dirname(BIN), '..', 'package.json')))
    return root
  }
  const runAt = (root: string, args: string[], input = '', env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(root, 'bin', 'clean-page.js'), ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } })
  const STAMP = '\n//# clean-page-bundle-sha1='

  test('the build stamps the bundle with its SHA-1, and writes a code cache with the same stamp that runs use', () => {
    const dist = path.join(path.dirname(BIN), '..', 'dist', 'cli')
    const bundle = readFileSync(path.join(dist, 'clean-page.cjs'))
    const at = bundle.lastIndexOf(STAMP)
    expect(at).toBe(bundle.length - STAMP.length - 40)
    const stamp = bundle.subarray(at)
    expect(stamp.toString('latin1')).toBe(STAMP + createHash('sha1').update(bundle.subarray(0, at)).digest('hex'))
    const cache = readFileSync(path.join(dist, 'clean-page.cjs.cache'))
    expect(cache.subarray(0, stamp.length)).toEqual(stamp)
    expect(cache.length).toBeGreaterThan(10_000)
    // V8 rejects a cache made under other flags: the launcher sets its flags before the build writes one
    const r = spawnSync(process.execPath, [BIN, SEED], { encoding: 'utf8', env: { ...process.env, CLEAN_PAGE_DEBUG_CACHE: '1' } })
    expect(r.status).toBe(0)
    expect(r.stderr).toContain('code cache used')
  })

  test('a cache stamped for another bundle is not read', () => {
    const root = copyInstall()
    const cacheFile = path.join(root, 'dist', 'cli', 'clean-page.cjs.cache')
    const cache = readFileSync(path.join(path.dirname(BIN), '..', 'dist', 'cli', 'clean-page.cjs.cache'))
    expect(runAt(root, ['--version'], '', { CLEAN_PAGE_DEBUG_CACHE: '1' }).stderr).toContain('code cache absent')
    writeFileSync(cacheFile, cache)
    expect(runAt(root, ['--version'], '', { CLEAN_PAGE_DEBUG_CACHE: '1' }).stderr).toContain('code cache used')
    const other = Buffer.from(cache)
    other[STAMP.length] = other[STAMP.length] === 0x30 ? 0x31 : 0x30 // the first hex digit of the SHA-1
    writeFileSync(cacheFile, other)
    const r = runAt(root, ['--version'], '', { CLEAN_PAGE_DEBUG_CACHE: '1' })
    expect(r.stderr).toContain('code cache absent')
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  test('a missing, foreign or corrupt cache is ignored, and a run never writes one', () => {
    const root = copyInstall()
    const cache = path.join(root, 'dist', 'cli', 'clean-page.cjs.cache')
    const page = '示例标题\n\n这是第一段正文，内容足够长，用来确认启动器在没有缓存时也能正常工作。\n'
    const expected = runAt(root, [], page)
    expect(expected.status).toBe(0)
    expect(expected.stdout).toContain('这是第一段正文')
    expect(existsSync(cache)).toBe(false)
    for (const junk of [Buffer.alloc(0), Buffer.from('not a cache at all'), Buffer.alloc(5000, 7)]) {
      writeFileSync(cache, junk)
      const r = runAt(root, [], page)
      expect(r.status).toBe(0)
      expect(r.stdout).toBe(expected.stdout)
      expect(readFileSync(cache)).toEqual(junk)
    }
    expect(runAt(root, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  test('without the bundle (never built), one line says what to do; exit 2', () => {
    const root = copyInstall()
    rmSync(path.join(root, 'dist', 'cli', 'clean-page.cjs'))
    const r = runAt(root, ['x.txt'])
    expect(r.status).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/clean-page: cannot load .*clean-page\.cjs \(ENOENT\); run `npm run build`/)
  })
})
