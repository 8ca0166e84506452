import type { Paragraph, Sentence, Token } from '../../model/annotations.js'
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.js'
import type { Stage } from '../pipeline.js'

const ABBREVIATIONS = new Set<string>([...TITLE_ABBREVIATIONS, ...OTHER_ABBREVIATIONS])
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»'])

/** A full stop after an abbreviation or a lone initial ("J. Smith") does not end a sentence. */
function isAbbreviation(text: string, token: Token): boolean {
  const word = text.slice(token.start, token.end).toLowerCase()
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text.slice(token.start, token.end))
}

/** Splits each paragraph at terminal punctuation followed by a capital, digit or quote. */
export function findSentences(text: string, paragraphs: readonly Paragraph[], tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = []
  let t = 0
  for (const p of paragraphs) {
    while (t < tokens.length && tokens[t]!.end <= p.start) t++
    let first = t
    const close = (endToken: number) => {
      if (endToken <= first) return
      sentences.push({
        start: tokens[first]!.start,
        end: tokens[endToken - 1]!.end,
        index: sentences.length,
        paragraph: p.index,
        firstToken: first,
        endToken,
      })
      first = endToken
    }
    for (; t < tokens.length && tokens[t]!.start < p.end; t++) {
      const tok = tokens[t]!
      const ch = text[tok.start]!
      if (tok.kind !== 'punct' || !'.!?'.includes(ch)) continue
      if (ch === '.' && t > first && isAbbreviation(text, tokens[t - 1]!) && tokens[t - 1]!.end === tok.start) continue
      let end = t + 1
      // Closing marks stay with the sentence they end; a straight quote after a space opens the next one.
      while (end < tokens.length && tokens[end]!.start < p.end && tokens[end]!.start === tokens[end - 1]!.end &&
        (CLOSERS.has(text[tokens[end]!.start]!) || '.!?'.includes(text[tokens[end]!.start]!))) end++
      const next = tokens[end]
      if (next && next.start < p.end && !/^[\p{Lu}\p{N}"“‘'(«¿¡–—-]/u.test(text[next.start]!)) continue
      close(end)
      t = end - 1
    }
    close(t)
  }
  return sentences
}

export const sentences: Stage<'sentences', 'paragraphs' | 'tokens'> = {
  name: 'sentences',
  needs: ['paragraphs', 'tokens'],
  adds: 'sentences',
  run: (doc) => findSentences(doc.text, doc.paragraphs, doc.tokens),
}
