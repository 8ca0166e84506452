import type { Paragraph, Sentence, Token } from '../../model/annotations.js'
import * as en from '../../lexicon/en/abbreviations.js'
import * as es from '../../lexicon/es/abbreviations.js'
import type { Stage } from '../pipeline.js'

/** A language's abbreviations, by how a full stop after them behaves. */
export interface SentenceLanguage {
  /** "Mr.", "Gral.": the full stop never ends the sentence (a name follows). */
  readonly titles: ReadonlySet<string>
  /** "No.", "núm.": an abbreviation only before a number. */
  readonly beforeNumber: ReadonlySet<string>
  /** "U.S.", "Inc.": an abbreviation unless a word that opens sentences follows. */
  readonly others: ReadonlySet<string>
  readonly openers: ReadonlySet<string>
}

const language = (words: typeof en | typeof es): SentenceLanguage => ({
  titles: new Set<string>(words.TITLE_ABBREVIATIONS),
  beforeNumber: new Set<string>(words.NUMBER_ABBREVIATIONS),
  others: new Set<string>(words.OTHER_ABBREVIATIONS),
  openers: new Set<string>(words.SENTENCE_OPENERS),
})

export const ENGLISH_SENTENCES = language(en)
export const SPANISH_SENTENCES = language(es)

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»'])
const TERMINAL = '.!?'
/** What may open the next sentence: a capital, a digit, an opening mark, bracket or dash. */
const OPENS_SENTENCE = /^[\p{Lu}\p{N}"“‘'`(«¿¡–—-]/u
/** Where an overlong sentence is best cut: after a comma, semicolon or colon. */
const SOFT_BREAK = ',;:'

/**
 * The most tokens one sentence holds. The longest of ten thousand news sentences (our fixtures, realdev,
 * MEANTIME, TempEval) has 164; a longer run without a full stop (a scraped table, a list, hostile text) is
 * cut, after its last comma in the second half if it has one. Stages scan back and forth within a sentence,
 * so this bound keeps each scan short and extraction linear in the text.
 */
export const MAX_SENTENCE_TOKENS = 300

const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u

/**
 * Whether the full stop at token `t` belongs to the word before it: a title, a lone initial ("J.
 * Smith"), an abbreviation before a number, or dotted initials ("G.K.") or any other abbreviation unless
 * a sentence opener follows.
 */
function endsAbbreviation(text: string, tokens: readonly Token[], t: number, lang: SentenceLanguage): boolean {
  const word = tokens[t - 1]!
  if (word.end !== tokens[t]!.start) return false
  const raw = text.slice(word.start, word.end)
  const lower = raw.toLowerCase()
  if (lang.titles.has(lower) || /^\p{Lu}$/u.test(raw)) return true
  const next = tokens[t + 1]
  if (lang.beforeNumber.has(lower)) return next?.kind === 'number'
  if (!lang.others.has(lower) && !DOTTED_INITIALS.test(raw)) return false
  return !next || !lang.openers.has(text.slice(next.start, next.end).toLowerCase())
}

/** Splits each paragraph at terminal punctuation followed by a capital, digit or quote. */
export function findSentences(text: string, paragraphs: readonly Paragraph[], tokens: readonly Token[], lang = ENGLISH_SENTENCES): Sentence[] {
  const sentences: Sentence[] = []
  let t = 0
  for (const p of paragraphs) {
    while (t < tokens.length && tokens[t]!.end <= p.start) t++
    let first = t
    let soft = t
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
      if (t - first >= MAX_SENTENCE_TOKENS) close(soft > first + MAX_SENTENCE_TOKENS / 2 ? soft : t)
      if (tok.kind === 'punct' && SOFT_BREAK.includes(ch)) soft = t + 1
      if (tok.kind !== 'punct' || !TERMINAL.includes(ch)) continue
      if (ch === '.' && t > first && endsAbbreviation(text, tokens, t, lang)) continue
      let end = t + 1
      // Closing marks stay with the sentence they end; a straight quote after a space opens the next one.
      while (end < tokens.length && tokens[end]!.start < p.end && tokens[end]!.start === tokens[end - 1]!.end &&
        (CLOSERS.has(text[tokens[end]!.start]!) || TERMINAL.includes(text[tokens[end]!.start]!))) end++
      const next = tokens[end]
      if (next && next.start < p.end && !OPENS_SENTENCE.test(text[next.start]!)) continue
      close(end)
      t = end - 1
    }
    close(t)
  }
  return sentences
}

/** The sentence stage of a language: its abbreviations decide which full stops end a sentence. */
export const sentencesStage = (lang: SentenceLanguage): Stage<'sentences', 'paragraphs' | 'tokens'> => ({
  name: 'sentences',
  needs: ['paragraphs', 'tokens'],
  adds: 'sentences',
  run: (doc) => findSentences(doc.text, doc.paragraphs, doc.tokens, lang),
})

/** English sentences (tests that segment by hand). */
export const sentences = sentencesStage(ENGLISH_SENTENCES)
