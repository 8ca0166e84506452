import type { Paragraph, Quote } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import type { Stage } from '../pipeline.js'

// Curly and angle marks say which side they are on; straight marks pair up in order.
const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“' }
const STRAIGHT = '"'

/**
 * Finds double-quoted passages. A quote left open at the end of a paragraph is closed there
 * (the news convention for quotes that run over several paragraphs) and marked `open`.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = []
  for (const p of paragraphs) {
    let openAt = -1
    let closer = ''
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!
      if (openAt < 0) {
        if (ch in OPENERS) { openAt = i; closer = OPENERS[ch]! }
        else if (ch === STRAIGHT && /[\s(\[:—–-]|^$/.test(text[i - 1] ?? '')) { openAt = i; closer = STRAIGHT }
        continue
      }
      if (ch === closer) {
        quotes.push({ span: spanAt(text, openAt, i + 1), inner: spanAt(text, openAt + 1, i), open: false })
        openAt = -1
      }
    }
    if (openAt >= 0 && p.end - openAt > 2) {
      quotes.push({ span: spanAt(text, openAt, p.end), inner: spanAt(text, openAt + 1, p.end), open: true })
    }
  }
  return quotes
}

export const quotes: Stage<'quotes', 'paragraphs'> = {
  name: 'quotes',
  needs: ['paragraphs'],
  adds: 'quotes',
  run: (doc) => findQuotes(doc.text, doc.paragraphs),
}
