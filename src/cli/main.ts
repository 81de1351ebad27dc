import { existsSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { CONVERT_MODES, INPUT_FORMATS, type ConvertMode, type InputFormat, type Options, type UserRules } from '../options.js'
import { FORMATS, type Format } from '../render/index.js'
import { DEFAULT_GLOB, expandInputs, inside, isGlob, outputPathsFor } from './files.js'
import { outputClash, overwritesInput, prepareOutDir } from './plan.js'
import type { Io } from './io.js'
import { describeError, runJob, type Job } from './job.js'
import { knownEncoding } from '../decode.js'
import { writeAtomic } from './output.js'
import { fileError, loadColour, paint, usageError } from './report.js'
import { loadRules } from './rules-file.js'
import { renderExplain } from './explain.js'

export type ExitCode = 0 | 1 | 2 | 130

interface CliOptions {
  format: Format
  outDir?: string
  related?: string
  convert: ConvertMode
  inputFormat: InputFormat
  encoding?: string
  glob: string
  force: boolean
  jobs?: number
  quiet: boolean
  report?: string
  failFast: boolean
  ndjsonIn: boolean
  explain: boolean
  rules?: string
  cjkPunct: boolean
}

const JOBS_PER_CORE = 2

const version = (): string => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

const positiveInt = (value: string): number => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more')
  return n
}

const EXAMPLES = `
Examples:
  clean-page dump.txt                       print the cleaned article
  clean-page page.html --format json        title, date, source, author, body, related as JSON
  cat dump.txt | clean-page --format json | jq -r .title
  clean-page dump.txt --related related.tsv write the related headlines (date<TAB>title)
  clean-page dumps/ -o clean/               clean a whole folder, mirrored under clean/
  clean-page 'dumps/**/*.html' --format ndjson > out.ndjson
  clean-page dump.txt --explain             show what every line became, and why

Exit codes: 0 all inputs cleaned, 1 some input failed, 2 usage error, 130 interrupted.`

/** The commander program; parsing only, no work. */
function buildProgram(io: Io): Command {
  return new Command('clean-page')
    .description('Turn raw dumps of scraped Chinese news pages (text or HTML) into clean articles.')
    .argument('[inputs...]', 'files, folders or glob patterns; - or nothing reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --out-dir <dir>', 'write one output per input under DIR, mirroring the input tree')
    .option('--related <file>', 'write the related headlines of a single input to FILE')
    .addOption(new Option('--convert <mode>', 'Traditional → Simplified conversion').choices(CONVERT_MODES).default('tw2s'))
    .addOption(new Option('--input-format <kind>', 'read inputs as text dumps (plain or Markdown) or HTML (default: by content)').choices(INPUT_FORMATS).default('auto'))
    .option('--encoding <name>', 'character encoding of the inputs (default: detect)')
    .option('--glob <pattern>', 'files to take from folders', DEFAULT_GLOB)
    .option('--force', 'rewrite outputs that are newer than their input', false)
    .option('-j, --jobs <n>', 'worker threads (default: up to one per core, started once a run proves long)', positiveInt)
    .option('-q, --quiet', 'no progress or summary on stderr', false)
    .option('--report <file>', 'write a JSON report of the run (summary, warnings, errors)')
    .option('--fail-fast', 'stop at the first input that fails', false)
    .option('--ndjson-in', 'read {"id", "text"|"html"|"base64"} records from stdin, one per line', false)
    .option('--explain', 'show every block with its kind and the rule that decided it', false)
    .option('--rules <file>', 'JSON file of extra chrome phrases, ad vocabulary and patterns')
    .option('--cjk-punct', 'make ASCII punctuation between Han characters full-width', false)
    .version(version(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
}

/** `clean-page …` as a function: argv in, exit code out; all output through `io`. */
export async function main(argv: string[], io: Io): Promise<ExitCode> {
  const program = buildProgram(io)
  try {
    program.parse(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    throw error
  }
  const cli = program.opts<CliOptions>()
  const inputs = program.args
  // Threads beyond the cores only add memory (each holds its own converter and heap): -j 1000 took 4 GB.
  const maxJobs = JOBS_PER_CORE * availableParallelism()
  if (cli.jobs !== undefined && cli.jobs > maxJobs) {
    if (!cli.quiet) io.err(`clean-page: -j ${cli.jobs} is more than ${JOBS_PER_CORE} per core here; using ${maxJobs}\n`)
    cli.jobs = maxJobs
  }
  let rules: UserRules | undefined
  if (cli.rules) {
    try {
      rules = loadRules(cli.rules)
    } catch (error) {
      usageError(io, `--rules ${(error as Error).message}`)
      return 2
    }
  }
  if (cli.encoding) {
    // A wrong --encoding is the user's mistake once, not a failure of every input.
    try {
      knownEncoding(cli.encoding)
    } catch (error) {
      return usage(io, `--encoding: ${describeError(error)}`)
    }
  }
  const options: Partial<Options> = {
    convert: cli.convert,
    inputFormat: cli.inputFormat,
    encoding: cli.encoding,
    explain: cli.explain,
    cjkPunct: cli.cjkPunct,
    rules,
  }
  // Elsewhere `-` names standard output; here stdout carries the articles, so a file or folder is needed.
  for (const [option, target, instead] of [
    ['--related', cli.related, 'a file name (or --format json: its related field is the list)'],
    ['--report', cli.report, 'a file name'],
    ['--out-dir', cli.outDir, 'a folder (or --format ndjson for one JSON line per input on stdout)'],
  ] as const) {
    if (target === '-') return usage(io, `${option} -: standard output carries the articles; give ${instead}`)
  }
  if (cli.ndjsonIn) {
    if (inputs.length > 0) return usage(io, '--ndjson-in reads standard input; give no input files')
    // It writes one JSON line per record to stdout: options that would write elsewhere or otherwise do not apply.
    const unused = [
      cli.outDir !== undefined && '--out-dir',
      cli.related !== undefined && '--related',
      cli.explain && '--explain',
      program.getOptionValueSource('format') === 'cli' && cli.format !== 'ndjson' && `--format ${cli.format}`,
    ].filter(Boolean)
    if (unused.length > 0) return usage(io, `--ndjson-in writes one JSON line per record to standard output; ${unused.join(', ')} does not apply`)
    const { runNdjsonIn } = await import('./ndjson-in.js')
    return runNdjsonIn(io, options, cli)
  }
  if (inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-')) {
    if (inputs.length === 0 && io.stdinIsTTY) {
      io.err(program.helpInformation())
      return 2
    }
    if (cli.outDir !== undefined) return usage(io, '--out-dir needs input files; standard input goes to standard output')
    const bytes = await io.readStdin()
    return single(io, { source: '-', bytes, options, format: cli.format, force: true }, cli)
  }
  if (inputs.includes('-')) return usage(io, '- (standard input) cannot be mixed with files')
  if (cli.glob.trim() === '') return usage(io, '--glob needs a pattern, such as "**/*.txt"')
  const outDir = cli.outDir !== undefined ? path.resolve(io.cwd, cli.outDir) : undefined
  const roots = searchRoots(inputs, io.cwd)
  if (outDir !== undefined) {
    const nested = roots.find((r) => inside(outDir, r.abs))
    const problem = prepareOutDir(outDir, cli.outDir!, nested ? nested.input : null)
    if (problem) return usage(io, problem)
  }
  const { files, missing } = expandInputs(inputs, io.cwd, cli.glob, outDir)
  // chalk loads only where something is painted: not on a plain single-file run.
  if (missing.length > 0) await loadColour(io)
  for (const m of missing) fileError(io, m.input, m.message)
  if (files.length === 0 && !cli.report) return 1
  if (!outDir && files.length > 1 && cli.format !== 'ndjson') {
    return usage(io, `${files.length} inputs: give --out-dir DIR to write one output per input, or --format ndjson for one JSON line per input on stdout`)
  }
  if (cli.related && (outDir || files.length > 1)) return usage(io, '--related takes a single input; with --out-dir each input gets its own .related.txt')
  if (outDir !== undefined) {
    const below = roots.some((r) => r.abs === outDir || inside(r.abs, outDir) || inside(outDir, r.abs))
    const clash = outputClash(files, outDir, cli.format, io.cwd, below)
    if (clash) return usage(io, clash)
  }
  for (const [option, target] of [['--related', cli.related], ['--report', cli.report]] as const) {
    if (!target) continue
    const abs = path.resolve(io.cwd, target)
    const named = files.filter((f) => path.basename(f.relative) === path.basename(abs)).map((f) => path.resolve(io.cwd, f.path))
    if (overwritesInput(abs, named)) return usage(io, `${option} ${target} is one of the inputs; write it somewhere else`)
  }
  const jobOf = (f: (typeof files)[number]): Job => ({
    source: f.path,
    file: path.resolve(io.cwd, f.path),
    options,
    format: cli.format,
    force: cli.force,
    ...(outDir ? { outputs: outputPathsFor(f, outDir, cli.format) } : {}),
  })
  if (!outDir && files.length === 1 && missing.length === 0) return single(io, jobOf(files[0]!), cli)
  const { runBatch } = await import('./batch.js')
  const failedBefore = missing.map((m) => ({ input: m.input, message: m.message }))
  return runBatch({ count: files.length, toStdout: !outDir, job: (i) => jobOf(files[i]!), source: (i) => files[i]!.path }, io, cli, failedBefore)
}

/** Where inputs are looked for: named folders and files as given, and the working directory for patterns. */
function searchRoots(inputs: readonly string[], cwd: string): { input: string; abs: string }[] {
  return inputs.flatMap((input) => {
    const abs = path.resolve(cwd, input)
    if (existsSync(abs)) return [{ input, abs }]
    return isGlob(input) ? [{ input: '.', abs: cwd }] : []
  })
}

const usage = (io: Io, message: string): 2 => {
  usageError(io, message)
  return 2
}

/** A file's size, or undefined when it cannot be read (runJob reports why). */
function sizeOf(file: string | undefined): number | undefined {
  try {
    return file === undefined ? undefined : statSync(file).size
  } catch {
    return undefined
  }
}

/** One input to stdout (and `--related FILE`). */
async function single(io: Io, job: Job, cli: CliOptions): Promise<ExitCode> {
  const size = job.bytes?.length ?? sizeOf(job.file)
  if (size !== undefined) io.onePage?.(size)
  const result = runJob(job)
  if (result.status === 'failed') {
    await loadColour(io)
    fileError(io, job.source, result.error ?? 'failed')
    return 1
  }
  if (cli.explain && cli.format === 'text' && result.result) {
    await loadColour(io)
    io.out(renderExplain(result.result, paint(io, io.stdoutIsTTY)))
  } else io.out(result.rendered ?? '')
  if (!cli.quiet && result.warnings.length > 0 && io.stderrIsTTY) for (const w of result.warnings) io.err(`clean-page: ${job.source}${w.line ? `:${w.line}` : ''}: warning: ${w.message}\n`)
  if (cli.related) {
    try {
      writeAtomic(path.resolve(io.cwd, cli.related), result.related ?? '')
    } catch (error) {
      await loadColour(io)
      fileError(io, cli.related, `cannot write the related list: ${describeError(error)}`)
      return 1
    }
  }
  return 0
}
