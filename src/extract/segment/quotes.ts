import type { Paragraph, Quote } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import type { Stage } from '../pipeline.js'

/**
 * Opening marks and the marks that may close them. Curly and angle marks say which side they are on,
 * but typists mix them ("“no evidence\""), so a curly opening also closes on a straight mark; straight
 * marks pair up in order. Wire copy in the Penn Treebank style opens with `` and closes with ''; a
 * text without `` uses doubled apostrophes on both sides, paired in order.
 */
const CLOSERS: Record<string, readonly string[]> = {
  '“': ['”', '"'], '«': ['»'], '„': ['“', '”'], '"': ['"', '”'], "''": ["''", '”', '"'], '``': ["''", '”', '"'],
}
/** A straight opening mark follows white space, an opening bracket, a colon or a dash. */
const OPENS_AFTER = /[\s(\[:—–-]|^$/
/** A straight closing mark is not followed by a letter ("don''t" is not a closing). */
const CLOSES_BEFORE = /[^\p{L}\p{N}]|^$/u

/** Character codes of every mark: " ' ` « » “ ” „. */
const MARK_CODES = new Set([0x22, 0x27, 0x60, 0xab, 0xbb, 0x201c, 0x201d, 0x201e])

/** The quote mark at `i` ('' and `` count as one mark), or ''. */
function markAt(text: string, i: number): string {
  // Runs for every character: most are not marks, ruled out by code before any string is made.
  if (!MARK_CODES.has(text.charCodeAt(i))) return ''
  const ch = text[i]!
  if (ch === "'") return text[i + 1] === "'" && text[i + 2] !== "'" ? "''" : ''
  if (ch === '`') return text[i + 1] === '`' ? '``' : ''
  return ch in CLOSERS || ch === '”' || ch === '»' ? ch : ''
}

const straight = (mark: string) => mark === '"' || mark === "''"

/**
 * Finds double-quoted passages. A quote left open at the end of a paragraph is closed there
 * (the news convention for quotes that run over several paragraphs) and marked `open`.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = []
  // With `` in the text, '' only ever closes.
  const treebank = text.includes('``')
  const opens = (mark: string, i: number) =>
    mark in CLOSERS && !(treebank && mark === "''") && (!straight(mark) || OPENS_AFTER.test(text[i - 1] ?? ''))
  for (const p of paragraphs) {
    let openAt = -1
    let openLength = 1
    let closers: readonly string[] = []
    for (let i = p.start; i < p.end; i++) {
      const mark = markAt(text, i)
      if (!mark) continue
      if (openAt >= 0 && mark === '``' && i > openAt + openLength) {
        // A second `` before any closing: the first quotation ran on over a lost paragraph break,
        // as news quotes of several paragraphs do; it ends open where the next one opens.
        const end = trimEnd(text, openAt, i)
        if (end - openAt > 2) quotes.push({ span: spanAt(text, openAt, end), inner: spanAt(text, openAt + openLength, end), open: true })
        openAt = -1
      }
      if (openAt < 0) {
        if (opens(mark, i)) { openAt = i; openLength = mark.length; closers = CLOSERS[mark]! }
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

/** The end of the text before `end` without its trailing white space (never before `from`). */
function trimEnd(text: string, from: number, end: number): number {
  while (end > from && /\s/.test(text[end - 1]!)) end--
  return end
}

export const quotes: Stage<'quotes', 'paragraphs'> = {
  name: 'quotes',
  needs: ['paragraphs'],
  adds: 'quotes',
  run: (doc) => findQuotes(doc.text, doc.paragraphs),
}
