import { readFileSync } from 'node:fs'

// The large generated tables (bench/gen-repair-tables.mjs, bench/gen-converter-tables.mjs) are files of UTF-16LE
// code units: reading one is a copy, where JSON would cost a UTF-8 decode and a parse (~12 ms for the known
// words, on a one-page run).
// `../<folder>/` names the same folder from dist/repair/ and from dist/cli/clean-page.cjs, the bundled CLI.
const fileOf = (name: string, folder: string): URL => new URL(`../${folder}/${name}.utf16`, import.meta.url)

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** A generated table as code units, viewed in place where the machine's byte order allows. */
export function readUnits(name: string, folder = 'repair'): Uint16Array {
  const bytes = readFileSync(fileOf(name, folder))
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1)
  const units = new Uint16Array(bytes.length >> 1)
  for (let i = 0; i < units.length; i++) units[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8)
  return units
}

/** A generated table as a string. */
export const readText = (name: string): string => readFileSync(fileOf(name, 'repair')).toString('utf16le')
