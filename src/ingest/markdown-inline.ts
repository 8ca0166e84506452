import { decodeEntities } from './entities.js'

/** Inline Markdown → plain text: links, images, code spans, emphasis, inline HTML, escapes, entities. */

// Code spans and backslash escapes are parked in private-use placeholders first, so that the emphasis
// and link rules below never touch what the author wrote literally.
const PARK = '\uE000'
const PARKED = /\uE000(\d+)\uE001/g
const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g

const RULES: readonly (readonly [RegExp, string])[] = [
  [/!\[([^\]]*)\]\([^)]*\)/g, ''], // images are dropped, as in HTML pages
  [/!\[([^\]]*)\]\[[^\]]*\]/g, ''],
  [/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1'], // [text](url "title") → text
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // [text][ref] → text
  [/<((?:https?|mailto|ftp):[^>\s]+)>/g, '$1'], // autolink → the address
  [/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g, ''], // inline HTML tags
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'],
  [/~~(?=\S)([\s\S]*?\S)~~/g, '$1'],
  [/\*([^\s*](?:[^*]*[^\s*])?)\*/g, '$1'],
  // `_` emphasis only at word edges, so snake_case and URLs with underscores stay as they are.
  [/(^|[^\p{L}\p{N}_])_([^\s_](?:[^_]*[^\s_])?)_(?![\p{L}\p{N}_])/gu, '$1$2'],
]


export function stripInline(line: string): string {
  const parked: string[] = []
  const park = (text: string) => `${PARK}${parked.push(text) - 1}\uE001`
  let out = line.replace(CODE_SPAN, (_, _ticks: string, code: string) => park(code.trim() || code))
  out = out.replace(ESCAPE, (_, ch: string) => park(ch))
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement)
  out = decodeEntities(out)
  return out.replace(PARKED, (_, i: string) => parked[Number(i)]!)
}
