import { lookupCountry, type CountryForm } from '../../lexicon/countries.js'

/** A word of a short stretch of text (a statement's content): its offsets and lower-case form. */
export interface Word {
  readonly start: number
  readonly end: number
  readonly lower: string
  readonly raw: string
}

// Dotted abbreviations ("U.S.") first, then words with inner hyphens or apostrophes ("Sylvania’s"), then numbers.
const WORD = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*|\d+/gu

/** Words of `text` between `start` and `end`, with offsets into `text`. */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = []
  WORD.lastIndex = start
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    if (m.index + m[0].length > end) break
    out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase(), raw: m[0] })
  }
  return out
}

/** Does the phrase (lower-case words) start at word `i`? Returns the number of words it takes, or 0. */
export function phraseAt(words: readonly Word[], i: number, phrase: string): number {
  const parts = phrase.split(' ')
  for (let k = 0; k < parts.length; k++) if (words[i + k]?.lower !== parts[k]) return 0
  return parts.length
}

/** The longest of `phrases` starting at word `i`: its length in words, or 0. */
export function longestPhraseAt(words: readonly Word[], i: number, phrases: readonly string[]): number {
  let best = 0
  for (const p of phrases) best = Math.max(best, phraseAt(words, i, p))
  return best
}

export interface CountryAt {
  readonly code: string
  readonly kind: CountryForm['kind']
  /** Words taken. */
  readonly size: number
}

/** The country a name, demonym, capital or code starting at word `i` stands for (longest form first). */
export function countryAt(text: string, words: readonly Word[], i: number): CountryAt | null {
  for (let size = Math.min(3, words.length - i); size >= 1; size--) {
    const surface = text.slice(words[i]!.start, words[i + size - 1]!.end)
    const forms = lookupCountry(surface)
    // A form shared by several countries ("Congo") is left alone rather than guessed.
    const codes = new Set(forms.map((f) => f.code))
    if (codes.size === 1) return { code: forms[0]!.code, kind: forms[0]!.kind, size }
  }
  return null
}
