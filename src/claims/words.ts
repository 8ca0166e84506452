import { lookupCountry, mayStartCountry, type CountryForm } from '../lexicon/en/countries.js'

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

/**
 * A list of lower-case phrases, indexed by first word once at module load, so finding the longest one
 * at a word costs one map lookup in the common case of no match.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, (readonly string[])[]>()

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const parts = p.split(' ')
      const list = this.byFirst.get(parts[0]!) ?? []
      list.push(parts)
      this.byFirst.set(parts[0]!, list)
    }
  }

  /** The number of words the longest phrase starting at word `i` takes, or 0. */
  longestAt(words: readonly Word[], i: number): number {
    const candidates = words[i] ? this.byFirst.get(words[i]!.lower) : undefined
    let best = 0
    for (const parts of candidates ?? []) {
      if (parts.length > best && parts.every((w, k) => words[i + k]?.lower === w)) best = parts.length
    }
    return best
  }
}

export interface CountryAt {
  readonly code: string
  readonly kind: CountryForm['kind']
  /** Words taken. */
  readonly size: number
}

type Lookup = (surface: string) => readonly { readonly code: string; readonly kind: CountryForm['kind'] }[]

/** The country forms of `lookup` starting at word `i`, longest first; a form shared by several countries ("Congo") is left alone rather than guessed. */
export function countryIn(text: string, words: readonly Word[], i: number, lookup: Lookup): CountryAt | null {
  for (let size = Math.min(3, words.length - i); size >= 1; size--) {
    const surface = text.slice(words[i]!.start, words[i + size - 1]!.end)
    const forms = lookup(surface)
    const codes = new Set(forms.map((f) => f.code))
    if (codes.size === 1) return { code: forms[0]!.code, kind: forms[0]!.kind, size }
  }
  return null
}

/** The country a name, demonym, capital or code starting at word `i` stands for (longest form first). */
export function countryAt(text: string, words: readonly Word[], i: number): CountryAt | null {
  const first = words[i]
  // Most words cannot start a country form: one set lookup rules them out before any slicing.
  if (!first || !mayStartCountry(first.lower.replace(/['’]s$/, ''), first.raw)) return null
  return countryIn(text, words, i, lookupCountry)
}
