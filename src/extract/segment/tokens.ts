import type { Token } from '../../model/annotations.js'
import type { Stage } from '../pipeline.js'

// Words keep inner hyphens, apostrophes and dots ("Díaz-Canel", "U.S", "don't"); numbers keep
// their separators ("1,200", "3.5"); anything else that is not space is one punctuation token.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:[\p{L}]+)?|[^\s\p{L}\p{N}]/gu

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index
    const c = m[0].charCodeAt(0)
    const kind = c >= 48 && c <= 57 ? 'number' : /[\p{L}\p{M}\p{N}]/u.test(m[0][0]!) ? 'word' : 'punct'
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
