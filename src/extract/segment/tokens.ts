import type { Token } from '../../model/annotations.js'
import type { Stage } from '../pipeline.js'

// Words keep inner hyphens, apostrophes and dots ("Ruiz-Peña", "U.S", "don’t"); numbers keep
// their separators ("1,200", "3.5"); the doubled marks wire copy types for quotes (`` and '', as
// in the Penn Treebank) are one token each; anything else that is not space is one punctuation token.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:[\p{L}]+)?|``|''|[^\s\p{L}\p{N}]/gu

const LETTER_OR_NUMBER = /[\p{L}\p{M}\p{N}]/u

/**
 * A token's kind from its first character: an ASCII digit starts a number, a letter, mark or other
 * numeral a word, anything else is punctuation. ASCII (most of news text) is answered by code; only
 * other characters ask the Unicode classes.
 */
function kindOf(c: number, token: string): Token['kind'] {
  if (c >= 48 && c <= 57) return 'number'
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word' : 'punct'
  return LETTER_OR_NUMBER.test(token[0]!) ? 'word' : 'punct'
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index
    const kind = kindOf(m[0].charCodeAt(0), m[0])
    tokens.push({ start, end: start + m[0].length, kind })
  }
  return tokens
}

export const tokens: Stage<'tokens'> = {
  name: 'tokens',
  needs: [],
  adds: 'tokens',
  run: (doc) => tokenize(doc.text),
}
