import type { Block } from '../types.js'
import type { Features } from './features.js'

// A tech article's code sits between its paragraphs as lines with no sentence in them: to the prose
// search they look like menu or fragment lines and cut the article in two. Dumps print a code block
// as adjacent lines (no blank line between, unlike paragraphs); HTML keeps it in <pre>/<code>.

/** A command opening a line: `import glob`, `pip install jzdata`, `git clone …`. */
const CODE_COMMAND = /^\s*(?:import|from|package|using|#include|pip|npm|git|cd|sudo|docker|curl)\s/iu
/** A statement keyword opening a line (`for path in …:`, `return x`): code only with code marks in the line, since prose opens with these words too. */
const CODE_KEYWORD =
  /^\s*(?:def|class|return|print|for|while|if|elif|else|try|except|with|const|let|var|function|public|private|static|void|export|select|insert|update)\b/iu
/** What a statement holds somewhere: brackets, an assignment, a statement end, a block's colon at the end. */
const CODE_MARK = /[=(){}[\];]|:\s*$/u
/** A sentence's end after a word (`… he said.`): prose, not code. */
const SENTENCE_END = /\p{L}[.!?]["'”’)]?\s*$/u
/** Code syntax opening a line: an assignment or call (`df = …`, `frames.append(df)`), a bracket, a comment, a tag. */
const CODE_SYNTAX = /^\s*(?:[\w$.[\]"']+\s*(?:[-+*/]?=(?!=)|\(|\.\w+\()|[{}\])]|\/\/|#\s|<\/?[a-z][\w-]*[\s>])/iu
// Code is mostly ASCII: a line with more Han than this share is a sentence, even one opening with `for`.
const MAX_HAN_SHARE = 0.3
const CODE_TAGS = new Set(['pre', 'code'])

const codeShaped = (block: Block, f: Features): boolean =>
  CODE_TAGS.has(block.tag ?? '') ||
  (f.stops === 0 && f.han <= f.length * MAX_HAN_SHARE && !SENTENCE_END.test(block.key) &&
    (CODE_COMMAND.test(block.key) || CODE_SYNTAX.test(block.key) || (CODE_KEYWORD.test(block.key) && CODE_MARK.test(block.key))))

/** Lines of a code block: two or more code-shaped lines in a row, at most a blank line apart in the input. */
export function codeBlocks(blocks: readonly Block[], features: readonly Features[]): boolean[] {
  const shaped = blocks.map((b, i) => codeShaped(b, features[i]!))
  // Lines unknown (a caller's own blocks): the order alone says they follow each other.
  // At most one blank line between: a dump prints a code block's lines adjacent, a rendering a blank line apart.
  const near = (a: Block, b: Block): boolean => a.line === null || b.line === null || b.line - a.line <= 2
  const adjacent = (i: number): boolean => shaped[i]! && shaped[i + 1]! && near(blocks[i]!, blocks[i + 1]!)
  return shaped.map((_, i) => (i + 1 < blocks.length && adjacent(i)) || (i > 0 && adjacent(i - 1)))
}
