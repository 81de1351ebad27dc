// opencc-js's conversion (normalize → segment → chain of dictionary groups, greedy longest match), over
// the same dictionaries, with lookup tables instead of a trie of Maps and no object per match: 2–2.6×
// faster, same output (test/phrase-converter.test.ts compares the two on every fixture and dev page in
// Simplified, Taiwan and Hong Kong script, and on edge cases). The tables are generated from opencc-js's
// configs ahead of time (bench/gen-converter-tables.mjs): a run reads one file of code units and parses
// no dictionary.
import { readUnits } from './repair/table-files.js'

/**
 * One opencc dictionary group as a lookup table over its file's code units (bench/gen-converter-tables.mjs lays
 * it out): the longest key at a position wins. Only the two per-unit arrays are built; the rest is read in place.
 */
interface GroupTable {
  readonly units: Uint16Array
  /** Keys of one UTF-16 unit: `slots[unit]` is 1 + where its `[valueLength …value]` starts after `singlesAt`; 0 for none. */
  readonly slots: Uint16Array
  readonly singlesAt: number
  /** Per first UTF-16 unit: bit k set when some key of k units (2..15) starts with it. */
  readonly longer: Uint16Array
  /** The hash table of longer keys' first two units: `[first second entry + 1]` per slot, `2 ** headBits` slots. */
  readonly headsAt: number
  readonly headBits: number
  /** The longer keys' entries, `[keyLength valueLength …key …value]`, sorted by their first two units, longest first. */
  readonly entriesAt: number
  readonly entriesEnd: number
}

/** Slot of a key's first two units in a hash table of `2 ** bits` slots (as the generator's headSlot). */
const headSlot = (first: number, second: number, bits: number): number => Math.imul((first << 16) | second, 0x9e3779b1) >>> (32 - bits)

/** Read the group at `units[at]`; returns the table and where the next group starts. */
function readGroup(units: Uint16Array, at: number): { table: GroupTable; next: number } {
  const [singles, firsts, headBits, singlesLength, entriesLength] = units.subarray(at, at + 5)
  at += 5
  const slots = new Uint16Array(0x10000)
  for (let n = 0; n < singles!; n++, at += 2) slots[units[at]!] = units[at + 1]!
  const longer = new Uint16Array(0x10000)
  for (let n = 0; n < firsts!; n++, at += 2) longer[units[at]!] = units[at + 1]!
  const headsAt = at
  const singlesAt = headsAt + 3 * 2 ** headBits! - 1
  const entriesAt = singlesAt + 1 + singlesLength! - 1
  const entriesEnd = entriesAt + 1 + entriesLength!
  const table = { units, slots, singlesAt, longer, headsAt, headBits: headBits!, entriesAt, entriesEnd }
  return { table, next: entriesEnd }
}

/** Where a match's value lies in its table's units. */
interface Found {
  start: number
  length: number
}

/** Length in UTF-16 units of the longest key of `table` at `s[i..end)`, its value in `found`; 0 when none. */
function matchAt(table: GroupTable, s: string, i: number, end: number, found: Found): number {
  const first = s.charCodeAt(i)
  const { units } = table
  if (table.longer[first] !== 0 && i + 1 < end) {
    const second = s.charCodeAt(i + 1)
    const mask = (1 << table.headBits) - 1
    let entry = 0
    for (let slot = headSlot(first, second, table.headBits); ; slot = (slot + 1) & mask) {
      const at = table.headsAt + 3 * slot
      entry = units[at + 2]!
      if (entry === 0 || (units[at] === first && units[at + 1] === second)) break
    }
    // The keys of this head, longest first: the first that fits and matches is the longest match.
    for (let at = table.entriesAt + entry; entry !== 0 && at < table.entriesEnd && units[at + 2] === first && units[at + 3] === second; ) {
      const keyLength = units[at]!
      if (keyLength <= end - i) {
        let k = 2
        while (k < keyLength && units[at + 2 + k] === s.charCodeAt(i + k)) k++
        if (k === keyLength) {
          found.start = at + 2 + keyLength
          found.length = units[at + 1]!
          return keyLength
        }
      }
      at += 2 + keyLength + units[at + 1]!
    }
  }
  const slot = table.slots[first]!
  if (slot === 0) return 0
  const at = table.singlesAt + slot
  found.start = at + 1
  found.length = units[at]!
  return 1
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
/** Code units of the character at `i`: 2 for a surrogate pair, else 1. */
const unitsAt = (s: string, i: number, end: number): number =>
  isHighSurrogate(s.charCodeAt(i)) && i + 1 < end && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff ? 2 : 1

/** Operands of an ideographic description character (⿰ takes 2, ⿲ 3); 0 for any other character. */
function idsArity(unit: number): number {
  if (unit >= 0x2ff0 && unit <= 0x2ff1) return 2
  if (unit >= 0x2ff2 && unit <= 0x2ff3) return 3
  if (unit >= 0x2ff4 && unit <= 0x2fff) return 2
  return 0
}

/** End of an ideographic description sequence at `i` (kept whole, never converted part-way), or 0. */
function idsEnd(s: string, i: number, end: number): number {
  const arity = idsArity(s.charCodeAt(i))
  if (arity === 0) return 0
  let at = i + 1
  for (let n = 0; n < arity; n++) {
    if (at >= end) return 0
    at = idsEnd(s, at, end) || at + unitsAt(s, at, end)
  }
  return at
}

const unmatchedLength = (s: string, i: number, end: number): number => {
  const ids = idsEnd(s, i, end)
  return ids > i ? ids - i : unitsAt(s, i, end)
}

/** Text as it goes through the chain: each segment is converted on its own, so no match crosses `ends`. */
interface Segmented {
  text: string
  /** Segment ends in `text`, ascending; the last is `text.length`. */
  ends: number[]
}

/** A growable buffer of UTF-16 units: conversion output is written unit by unit, then decoded once. */
class UnitBuffer {
  units = new Uint16Array(1024)
  length = 0

  reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + extra))
    grown.set(this.units.subarray(0, this.length))
    this.units = grown
  }

  pushUnits(units: Uint16Array, from: number, length: number): void {
    this.reserve(length)
    if (length === 1) this.units[this.length++] = units[from]!
    else {
      this.units.set(units.subarray(from, from + length), this.length)
      this.length += length
    }
  }

  pushString(s: string, from: number, to: number): void {
    this.reserve(to - from)
    for (let i = from; i < to; i++) this.units[this.length++] = s.charCodeAt(i)
  }

  toString(): string {
    return decodeUnits(this.units.subarray(0, this.length))
  }
}

const decoder = new TextDecoder('utf-16le', { ignoreBOM: true })
/** The string of these units; TextDecoder would replace lone surrogates, so such text is built in JS. */
function decodeUnits(units: Uint16Array): string {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!
    if (u >= 0xd800 && u <= 0xdfff) {
      const pairs = u <= 0xdbff && i + 1 < units.length && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff
      if (!pairs) return fromUnits(units)
      i++
    }
  }
  return decoder.decode(units)
}
function fromUnits(units: Uint16Array): string {
  let out = ''
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.subarray(i, i + 4096))
  return out
}

/** Convert each segment with one group: greedy longest match; unmatched text is copied only once something changed. */
function convertSegments(table: GroupTable, input: Segmented, out: UnitBuffer): Segmented {
  const { text: s, ends } = input
  const found: Found = { start: 0, length: 0 }
  const outEnds: number[] = []
  out.length = 0
  // s[copied..i) is unmatched text not yet in `out`.
  let copied = 0
  let start = 0
  for (const end of ends) {
    for (let i = start; i < end; ) {
      const unit = s.charCodeAt(i)
      const length = matchAt(table, s, i, end, found)
      if (length > 0) {
        out.pushString(s, copied, i)
        out.pushUnits(table.units, found.start, found.length)
        i += length
        copied = i
      } else {
        // Most characters are one unit and start no description sequence.
        i += unit < 0x2ff0 || (unit > 0x2fff && unit < 0xd800) || unit > 0xdbff ? 1 : unmatchedLength(s, i, end)
      }
    }
    outEnds.push(out.length + (end - copied))
    start = end
  }
  if (copied === 0 && out.length === 0) return input
  out.pushString(s, copied, s.length)
  return { text: out.toString(), ends: outEnds }
}

/** Segment ends: each match of the segmentation group is a segment, and so is each run between. */
function segmentEnds(table: GroupTable, s: string): number[] {
  const found: Found = { start: 0, length: 0 }
  const ends: number[] = []
  let inRun = false
  for (let i = 0; i < s.length; ) {
    const length = matchAt(table, s, i, s.length, found)
    if (length > 0) {
      if (inRun) ends.push(i)
      inRun = false
      i += length
      ends.push(i)
    } else {
      inRun = true
      i += unmatchedLength(s, i, s.length)
    }
  }
  if (inRun) ends.push(s.length)
  return ends
}

/** The modes there are tables for (bench/gen-converter-tables.mjs MODES). */
const MODES: ReadonlySet<string> = new Set(['tw2s', 'tw2sp', 't2s', 'hk2s'])

/** A converter for one of opencc's configs (`tw2s`, `tw2sp`, `t2s`, `hk2s`), same output as opencc-js's `OpenCC.Converter`. */
export function phraseConverter(name: string): (text: string) => string {
  if (!MODES.has(name)) throw new Error(`no opencc config named ${name}`)
  // [groups normalization segmentation], then the groups in order
  const units = readUnits(name, 'opencc')
  const groups: GroupTable[] = []
  for (let g = 0, at = 3; g < units[0]!; g++) {
    const { table, next } = readGroup(units, at)
    groups.push(table)
    at = next
  }
  const normalize = groups.slice(0, units[1]!)
  const segmentation = units[2] === 1 ? groups[units[1]!]! : null
  const chain = groups.slice(units[1]! + units[2]!)
  const buffer = new UnitBuffer()
  return (text) => {
    let current: Segmented = { text, ends: [text.length] }
    for (const table of normalize) current = convertSegments(table, current, buffer)
    // Each segment goes through the chain on its own: no match crosses a segment boundary.
    if (segmentation) current = { text: current.text, ends: segmentEnds(segmentation, current.text) }
    for (const table of chain) current = convertSegments(table, current, buffer)
    return current.text
  }
}
