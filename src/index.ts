// Public API: re-exports only.
export { cleanPage } from './pipeline.js'
export { render, renderRelated, FORMATS, type Format } from './render/index.js'
export { DEFAULTS, resolveOptions, type Options, type ConvertMode, type InputFormat, type UserRules } from './options.js'
export { CleanPageError, type ErrorCode } from './errors.js'
export { RULES } from './classify/rules.js'
export { LAYOUT_RULES } from './classify/index.js'
export type { Block, BlockKind, CleanResult, RelatedItem, Repair, Warning } from './types.js'
