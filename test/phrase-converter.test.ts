import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import * as OpenCC from 'opencc-js'
import { describe, expect, test } from 'vitest'
import { phraseConverter } from '../src/phrase-converter.js'
import { DEV_DUMPS, listFixtures, fixturePath } from './helpers.js'
// @ts-ignore: a plain ESM script without type declarations
import { basicPlaneSources, EXTRA_CHARACTERS } from '../bench/gen-converter-tables.mjs'

// clean-page runs opencc's configs with its own engine: it must give opencc-js's output, character for character,
// but for the few characters opencc lacks that the tables add (EXTRA_CHARACTERS, in no opencc phrase: taken after it)
// and the BMP characters it keeps where opencc gives a supplementary-plane form (one not in the input: `餸`, not U+29C0C).
const extra = new Map((EXTRA_CHARACTERS as string).split('|').map((pair) => pair.split(' ') as [string, string]))
const EXTRA = new RegExp(`[${[...extra.keys()].join('')}]`, 'gu')
const basicPlane = (await basicPlaneSources()) as Map<string, string>
const ASTRAL = /[\u{10000}-\u{10FFFF}]/gu
const withExtra =
  (convert: (text: string) => string) =>
  (text: string): string =>
    convert(text)
      .replace(EXTRA, (c) => extra.get(c)!)
      .replace(ASTRAL, (c) => (text.includes(c) ? c : (basicPlane.get(c) ?? c)))
const MODES = [
  ['tw2s', { from: 'tw', to: 'cn' }],
  ['tw2sp', { from: 'twp', to: 'cn' }],
  ['t2s', { from: 't', to: 'cn' }],
  ['hk2s', { from: 'hk', to: 'cn' }],
] as const

const toTraditional = { tw: OpenCC.Converter({ from: 'cn', to: 'tw' }), hk: OpenCC.Converter({ from: 'cn', to: 'hk' }) }

/** Every fixture input and dev dump, as it is and turned into Taiwan and Hong Kong script. */
function corpus(): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = []
  for (const slug of listFixtures()) {
    const file = fixturePath(slug, 'input.txt')
    if (existsSync(file)) texts.push({ name: slug, text: readFileSync(file, 'utf8') })
  }
  if (existsSync(DEV_DUMPS)) {
    for (const name of readdirSync(DEV_DUMPS).sort()) texts.push({ name, text: readFileSync(path.join(DEV_DUMPS, name), 'utf8') })
  }
  return texts.flatMap(({ name, text }) => [
    { name, text },
    { name: `${name} (tw)`, text: toTraditional.tw(text) },
    { name: `${name} (hk)`, text: toTraditional.hk(text) },
  ])
}

// Edge cases the pages may not hold: phrases at the ends, astral characters (𠮶 U+20BB6, 𡁻), lone
// surrogates, CJK compatibility ideographs (U+F900 豈, U+2F800 丽), ideographic description
// sequences (⿰ takes two parts, ⿲ three, nested), a BOM, empty text, and phrases whose conversion
// depends on the segmentation step (李澤鉅著 → 李泽钜着: 鉅著 is not one word here).
const EDGES = [
  '',
  '\ufeff乾乾淨淨',
  '乾乾淨淨',
  '一目瞭然。不瞭解',
  '著名的預示著',
  '𠮶𡁻𠮶的發展',
  '\ud842發展\udfb6',
  '豈丽說話',
  '⿰氵⿱艹臺灣',
  '⿲糸糸糸與⿰',
  '⿰',
  '發展\n\n與計劃',
  'ASCII only: 1+1=2',
  '李澤鉅著',
  '藉甚么',
  '買餸嗰陣',
  '二噁英超標',
]

describe.each(MODES)('%s gives opencc-js output', (mode, locale) => {
  const ours = phraseConverter(mode)
  const theirs = withExtra(OpenCC.Converter(locale))

  test('on every fixture and dev page, in Simplified, Taiwan and Hong Kong script', () => {
    const pages = corpus()
    expect(pages.length).toBeGreaterThan(40)
    const differing = pages.filter(({ text }) => ours(text) !== theirs(text)).map((p) => p.name)
    expect(differing).toEqual([])
  })

  test.each(EDGES.map((text) => [JSON.stringify(text), text]))('on %s', (_, text) => {
    expect(ours(text)).toBe(theirs(text))
  })
})

test('an unknown config name is an error', () => {
  expect(() => phraseConverter('x2y')).toThrow(/no opencc config named x2y/)
})
