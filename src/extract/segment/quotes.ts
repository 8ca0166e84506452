import type { Paragraph, Quote } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import type { Stage } from '../pipeline.js'

/**
 * Opening marks and the marks that may close them. Curly and angle marks say which side they are on,
 * but typists mix them ("“no evidence\""), so a curly opening also closes on a straight mark; straight
 * marks and doubled apostrophes ('' as in typeset or wire copy) pair up in order.
 */
const CLOSERS: Record<string, readonly string[]> = {
  '“': ['”', '"'], '«': ['»'], '„': ['“', '”'], '"': ['"', '”'], "''": ["''", '”', '"'],
}
/** A straight opening mark follows white space, an opening bracket, a colon or a dash. */
const OPENS_AFTER = /[\s(\[:—–-]|^$/
/** A straight closing mark is not followed by a letter ("don''t" is not a closing). */
const CLOSES_BEFORE = /[^\p{L}\p{N}]|^$/u

/** Character codes of every mark: " ' « » “ ” „. */
const MARK_CODES = new Set([0x22, 0x27, 0xab, 0xbb, 0x201c, 0x201d, 0x201e])

/** The quote mark at `i` ('' counts as one mark), or ''. */
function markAt(text: string, i: number): string {
  // Runs for every character: most are not marks, ruled out by code before any string is made.
  if (!MARK_CODES.has(text.charCodeAt(i))) return ''
  const ch = text[i]!
  if (ch === "'") return text[i + 1] === "'" && text[i + 2] !== "'" ? "''" : ''
  return ch in CLOSERS || ch === '”' || ch === '»' ? ch : ''
}

const straight = (mark: string) => mark === '"' || mark === "''"

/**
 * Finds double-quoted passages. A quote left open at the end of a paragraph is closed there
 * (the news convention for quotes that run over several paragraphs) and marked `open`.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = []
  for (const p of paragraphs) {
    let openAt = -1
    let openLength = 1
    let closers: readonly string[] = []
    for (let i = p.start; i < p.end; i++) {
      const mark = markAt(text, i)
      if (!mark) continue
      if (openAt < 0) {
        if (mark in CLOSERS && (!straight(mark) || OPENS_AFTER.test(text[i - 1] ?? ''))) { openAt = i; openLength = mark.length; closers = CLOSERS[mark]! }
      } else if (closers.includes(mark) && i > openAt + openLength && (!straight(mark) || CLOSES_BEFORE.test(text[i + mark.length] ?? ''))) {
        quotes.push({ span: spanAt(text, openAt, i + mark.length), inner: spanAt(text, openAt + openLength, i), open: false })
        openAt = -1
      }
      if (mark.length === 2) i++
    }
    if (openAt >= 0 && p.end - openAt > 2) {
      quotes.push({ span: spanAt(text, openAt, p.end), inner: spanAt(text, openAt + openLength, p.end), open: true })
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
