import { HAN_BY_FREQUENCY } from './repair/han-frequency.js'

// Many rule patterns can only match a line holding one of a few characters (COMMENTER: 匿 友 属 游). Read from the
// pattern's own source, that set becomes a trigger bit of the line's one measuring pass (classify/features.ts), and
// lines without it skip the pattern. Derived, never written by hand: a rule edited or added keeps its set right.

/** Code units one of which every match holds (a character past the BMP by its high half), or null: none can be named. */
type Units = Set<number> | null

/**
 * The UTF-16 code units one of which every match of each pattern holds: a text without any matches none of them.
 * Null when some pattern has no such set (an alternative made only of wide classes such as `\S+`, a letter under `i`).
 */
export function requiredUnits(...patterns: RegExp[]): number[] | null {
  const all = new Set<number>()
  for (const re of patterns) {
    const units = re.flags.includes('v') ? null : new Reader(re.source, re.flags).pattern()
    if (units === null) return null
    for (const u of units) all.add(u)
  }
  return [...all].sort((a, b) => a - b)
}

// How often a character stands in a line, roughly: ASCII most, then Han by rank in news text, other marks least.
let rank: Uint16Array | undefined
function commonness(units: ReadonlySet<number>): number {
  if (!rank) {
    rank = new Uint16Array(0x10000)
    for (let r = 0; r < HAN_BY_FREQUENCY.length; r++) rank[HAN_BY_FREQUENCY.charCodeAt(r)] = HAN_BY_FREQUENCY.length - r
  }
  let sum = 0
  for (const u of units) sum += u < 0x80 ? 0x10000 : rank[u]!
  return sum
}

/** A range's end: one BMP character below the surrogates (a wider end is not read). */
const single = (units: Units): number | null => {
  if (units === null || units.size !== 1) return null
  const [u] = units
  return u! < 0xd800 ? u! : null
}

// Classes wider than this are not listed (`[\u4e00-\u9fff]` requires nothing useful).
const CLASS_MAX = 256

/** A recursive descent over a pattern's source, which is valid (the RegExp compiled). */
class Reader {
  private i = 0
  private readonly unicode: boolean
  private readonly ignoreCase: boolean
  constructor(private readonly src: string, flags: string) {
    this.unicode = flags.includes('u')
    this.ignoreCase = flags.includes('i')
  }

  pattern(): Units {
    const units = this.alternation()
    return this.i === this.src.length ? units : null
  }

  // Every alternative must name a set: the pattern's is their union.
  private alternation(): Units {
    let all: Units = this.sequence()
    while (this.src[this.i] === '|') {
      this.i++
      const next = this.sequence()
      all = all === null || next === null ? null : new Set([...all, ...next])
    }
    return all
  }

  // Any one term of a sequence that must match names a set for it: the rarest (`网站标识码` is looked for by 识).
  private sequence(): Units {
    let best: Units = null
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom()
      const min = this.quantifierMin()
      if (atom !== null && min >= 1 && (best === null || commonness(atom) < commonness(best))) best = atom
    }
    return best
  }

  /** The fewest times the quantifier after an atom lets it match (1 without one). */
  private quantifierMin(): number {
    const c = this.src[this.i]
    let min = 1
    if (c === '*' || c === '?') {
      min = 0
      this.i++
    } else if (c === '+') this.i++
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i))
      if (!m) return 1
      min = Number(m[1])
      this.i += m[0].length
    } else return 1
    if (this.src[this.i] === '?') this.i++
    return min
  }

  private atom(): Units {
    const c = this.src[this.i]!
    if (c === '(') return this.group()
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape(false)
    this.i++
    if (c === '.' || c === '^' || c === '$') return null
    return this.literal(this.codeAt(this.i - 1))
  }

  private group(): Units {
    const rest = this.src.slice(this.i, this.i + 4)
    // Lookarounds match no characters of their own; a lookahead's might lie past the match, so none are counted.
    const look = /^\(\?(?:=|!|<=|<!)/.exec(rest)
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.i))
    this.i += look ? look[0].length : named ? named[0].length : rest.startsWith('(?:') ? 3 : 1
    const inner = this.alternation()
    this.i++ // ')'
    return look ? null : inner
  }

  private charClass(): Units {
    this.i++ // '['
    const negated = this.src[this.i] === '^'
    if (negated) this.i++
    let units: Units = new Set()
    while (this.src[this.i] !== ']') {
      const from = this.classMember()
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++
        const lo = single(from)
        const hi = single(this.classMember())
        if (lo === null || hi === null || hi - lo > CLASS_MAX) units = null
        else for (let u = lo; u <= hi && units !== null; u++) if (!this.add(units, u)) units = null
        continue
      }
      if (from === null) units = null
      else if (units !== null) for (const u of from) units.add(u)
    }
    this.i++ // ']'
    return negated || units === null || units.size === 0 || units.size > CLASS_MAX ? null : units
  }

  /** One member of a class: a character, or what an escape stands for (null for `\s`, `\p{…}` …). */
  private classMember(): Units {
    if (this.src[this.i] === '\\') return this.escape(true)
    this.i++
    return this.literal(this.codeAt(this.i - 1))
  }

  // Escapes naming one character give it; classes, boundaries and back-references give none.
  private escape(inClass: boolean): Units {
    const c = this.src[this.i + 1]!
    this.i += 2
    // `\d` is the ASCII digits, whatever the flags.
    if (c === 'd') return new Set([0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39])
    if ('DwWsS'.includes(c)) return null
    if (c === 'b') return inClass ? new Set([8]) : null
    if (c === 'B') return null
    if (c === 'p' || c === 'P') {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1
      return null
    }
    if (c === 'k' && this.src[this.i] === '<') {
      this.i = this.src.indexOf('>', this.i) + 1
      return null
    }
    if (c >= '1' && c <= '9') {
      while (/\d/.test(this.src[this.i] ?? '')) this.i++
      return null
    }
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 }
    if (c in simple) return this.literal(simple[c]!)
    if (c === 'c') return this.literal(this.src.charCodeAt(this.i++) % 32)
    if (c === 'x') {
      this.i += 2
      return this.literal(parseInt(this.src.slice(this.i - 2, this.i), 16))
    }
    if (c === 'u') {
      if (this.src[this.i] === '{') {
        const end = this.src.indexOf('}', this.i)
        const code = parseInt(this.src.slice(this.i + 1, end), 16)
        this.i = end + 1
        return this.literal(code)
      }
      this.i += 4
      return this.literal(parseInt(this.src.slice(this.i - 4, this.i), 16))
    }
    return this.literal(this.codeAt(this.i - 1))
  }

  /** The code point at `at`, stepping past a surrogate pair's low half in unicode mode. */
  private codeAt(at: number): number {
    const code = this.unicode ? this.src.codePointAt(at)! : this.src.charCodeAt(at)
    if (code > 0xffff) this.i = at + 2
    return code
  }

  private literal(code: number): Units {
    const units = new Set<number>()
    return this.add(units, code) ? units : null
  }

  /**
   * Add a character by its code unit (past the BMP, its high half); false for a letter under `i`, which matches its
   * other cases too (with `u`, folds such as k and the Kelvin sign): no set is named for it.
   */
  private add(units: Set<number>, code: number): boolean {
    const s = String.fromCodePoint(code)
    if (this.ignoreCase && s.toLowerCase() !== s.toUpperCase()) return false
    units.add(code > 0xffff ? 0xd800 + ((code - 0x10000) >> 10) : code)
    return true
  }
}
