// opencc-js ships its dictionaries as plain ES modules without types: each default-exports
// a string of `source target|source target|…` pairs.
declare module 'opencc-js/dict/*' {
  const dict: string
  export default dict
}
