// Process measurement for bench.mjs: wall time and peak RSS of a whole process tree,
// sampled from /proc/<pid>/status (VmRSS) of the process and its descendants every 50 ms.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

const SAMPLE_MS = 50

function rssKb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) : 0
  } catch {
    return 0
  }
}

function childrenOf(pid) {
  const out = []
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim()
      if (text) out.push(...text.split(/\s+/u).map(Number))
    }
  } catch {
    // The process is gone.
  }
  return out
}

/** RSS of a process and all its descendants (threads share their process's RSS). */
export function treeRssKb(pid) {
  let total = 0
  const stack = [pid]
  const seen = new Set()
  while (stack.length > 0) {
    const p = stack.pop()
    if (seen.has(p)) continue
    seen.add(p)
    total += rssKb(p)
    stack.push(...childrenOf(p))
  }
  return total
}

/** Run a command to its end; resolves with { code, ms, peakRssMB, stdout, stderr }. */
export function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let peak = 0
    const stdout = []
    const stderr = []
    child.stdout.on('data', (d) => stdout.push(d))
    child.stderr.on('data', (d) => stderr.push(d))
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid))
    }
    const timer = setInterval(sample, SAMPLE_MS)
    setImmediate(sample)
    child.once('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.once('close', (code, signal) => {
      clearInterval(timer)
      resolve({
        code: code ?? signal,
        ms: performance.now() - start,
        peakRssMB: peak / 1024,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      })
    })
  })
}

/** Wall time of a short command, in ms, with spawnSync (no sampling overhead). */
export function wallMs(command, args, options = {}) {
  const start = performance.now()
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options })
  const ms = performance.now() - start
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}: ${r.stderr}`)
  return ms
}

/** Is a program on PATH? */
export const installed = (program) => spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
