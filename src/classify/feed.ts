import type { Block } from '../types.js'
import { proseWeight, type Features } from './features.js'
import type { Rule } from './rules.js'

// A news flash's page (`电报`) prints the other flashes below its own: each a time of day on a line,
// then a paragraph that opens with its headline in 【】 and its wire dateline. Those are other stories.

/** The flashes after the page's own: not the article. Decided by the layout, so it never tests a single block. */
export const FEED_ITEM: Rule = {
  id: 'CP519', name: 'feed-item', kind: 'chrome',
  description: 'On a news flash\'s page, the other flashes below it: a time of day alone on a line, then a paragraph opening with its own headline in 【】 (two or more of them, with the page\'s own paragraph above the first).',
  test: () => false,
}

const CLOCK_LINE = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/u
const FLASH_HEAD = /^\s*【[^】]{4,40}】/u
// The fewest flashes that make a feed, and the shortest paragraph that is the page's own.
const FEED_MIN = 2
const OWN_MIN = 30

/** The other flashes of a flash page and their time lines, or none when the page is not one. */
export function feedItems(blocks: readonly Block[], features: readonly Features[]): number[] {
  const items: number[] = []
  for (let i = 1; i < blocks.length; i++) {
    if (FLASH_HEAD.test(blocks[i]!.key) && CLOCK_LINE.test(blocks[i - 1]!.key) && proseWeight(features[i]!) >= 1) items.push(i)
  }
  if (items.length < FEED_MIN) return []
  // The page's own flash stands above the first of the others; a page of flashes only is left alone.
  const first = items[0]! - 1
  let own = false
  for (let j = 0; j < first && !own; j++) own = proseWeight(features[j]!) >= 1 && features[j]!.length >= OWN_MIN
  return own ? items.flatMap((i) => [i - 1, i]) : []
}
