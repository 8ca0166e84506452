import type { Paragraph, Quote, Sentence, Token } from '../../model/annotations.js'
import type { TokenView } from '../../model/token-view.js'
import type { Stage } from '../pipeline.js'

const CAPITALIZED = 1
const POSSESSIVE = 2

/** Upper-case first letter: ASCII answered by code, other letters by their case mapping. */
function startsUpper(text: string, token: Token): boolean {
  if (token.kind !== 'word') return false
  const c = text.charCodeAt(token.start)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  const ch = text[token.start]!
  return ch !== ch.toLowerCase()
}

/** Fills `into[i]` with the index of the range holding token i, for ranges given by character offsets. */
function indexByOffsets(tokens: readonly Token[], ranges: readonly { start: number; end: number }[], into: Int32Array): void {
  let r = 0
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i]!.start
    while (r < ranges.length && ranges[r]!.end <= at) r++
    if (r < ranges.length && ranges[r]!.start <= at) into[i] = r
  }
}

export function buildTokenView(
  text: string, tokens: readonly Token[], sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[], quotes: readonly Quote[],
): TokenView {
  const n = tokens.length
  const lower = new Array<string>(n)
  const stems = new Array<string>(n)
  const flags = new Uint8Array(n)
  // One lower-casing of the whole text, sliced per token; a letter that changes length when
  // lower-cased ("İ") makes the offsets disagree, and then each token is lower-cased on its own.
  const folded = text.toLowerCase()
  const sameLength = folded.length === text.length
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!
    const w = sameLength ? folded.slice(t.start, t.end) : text.slice(t.start, t.end).toLowerCase()
    const k = w.length
    const possessive = k > 2 && w.charCodeAt(k - 1) === 115 && (w[k - 2] === '’' || w[k - 2] === "'")
    lower[i] = w
    stems[i] = possessive ? w.slice(0, -2) : w
    flags[i] = (startsUpper(text, t) ? CAPITALIZED : 0) | (possessive ? POSSESSIVE : 0)
  }
  const sentenceOf = new Int32Array(n).fill(-1)
  for (const s of sentences) sentenceOf.fill(s.index, s.firstToken, s.endToken)
  const paragraphOf = new Int32Array(n).fill(-1)
  indexByOffsets(tokens, paragraphs, paragraphOf)
  const quoteOf = new Int32Array(n).fill(-1)
  indexByOffsets(tokens, quotes.map((q) => q.inner), quoteOf)

  const inRange = (i: number) => i >= 0 && i < n
  return {
    text, tokens, sentences, size: n,
    word: (i) => (inRange(i) ? text.slice(tokens[i]!.start, tokens[i]!.end) : ''),
    lower: (i) => (inRange(i) ? lower[i]! : ''),
    stem: (i) => (inRange(i) ? stems[i]! : ''),
    isCapitalized: (i) => inRange(i) && (flags[i]! & CAPITALIZED) !== 0,
    isPossessive: (i) => inRange(i) && (flags[i]! & POSSESSIVE) !== 0,
    isWord: (i) => inRange(i) && tokens[i]!.kind === 'word',
    isNumber: (i) => inRange(i) && tokens[i]!.kind === 'number',
    isPunct: (i) => inRange(i) && tokens[i]!.kind === 'punct',
    sentenceOf: (i) => (inRange(i) ? sentenceOf[i]! : -1),
    sentenceAt: (i) => (inRange(i) ? sentences[sentenceOf[i]!] : undefined),
    paragraphOf: (i) => (inRange(i) ? paragraphOf[i]! : -1),
    quoteOf: (i) => (inRange(i) ? quoteOf[i]! : -1),
    tokenAt(offset) {
      let lo = 0
      let hi = n
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (tokens[mid]!.end <= offset) lo = mid + 1
        else hi = mid
      }
      return lo
    },
    textOf: (from, to) => (from < to && inRange(from) && inRange(to - 1) ? text.slice(tokens[from]!.start, tokens[to - 1]!.end) : ''),
  }
}

/** The shared token view: built once here so later stages only compare strings. */
export const view: Stage<'view', 'tokens' | 'sentences' | 'paragraphs' | 'quotes'> = {
  name: 'view',
  needs: ['tokens', 'sentences', 'paragraphs', 'quotes'],
  adds: 'view',
  run: (doc) => buildTokenView(doc.text, doc.tokens, doc.sentences, doc.paragraphs, doc.quotes),
}
