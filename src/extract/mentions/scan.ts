import type { Sentence, Token } from '../../model/annotations.js'
import { matchCountryAt, mayStartCountry, type CountryFormKind, type CountryMatch } from '../../lexicon/countries.js'
import { classesOf, W } from './word-classes.js'

/** One place where a country word stands: a name, demonym, people, capital or code ("Freedonia", "Freedonian", "Freedonians", "Port Lia", "FD"). */
export interface CountryWord {
  readonly code: string
  readonly kind: CountryFormKind
  readonly startToken: number
  /** Exclusive. */
  readonly endToken: number
  /** Written with a possessive ending: "Freedonia's". */
  readonly possessive: boolean
}

/**
 * What every mention rule reads: the tokens with their lower-case forms, the sentence of each token,
 * and the country words of the document, computed once so rules only compare strings.
 */
export interface Scan {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  /** Lower-case form of each token. */
  readonly lower: readonly string[]
  /** Lower-case form without a possessive ending ("government’s" → "government"). */
  readonly stems: readonly string[]
  /** Word classes of each token (bits of `W`), so rules skip tokens that cannot start them. */
  readonly classes: Uint16Array
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array
  /** Country word starting at a token, by token index. */
  readonly countryAt: TokenIndex<CountryWord>
  /** Country word ending just before a token (its endToken), by that token index. */
  readonly countryBefore: TokenIndex<CountryWord>
  readonly countryWords: readonly CountryWord[]
  /** Tokens already taken by a mention; later rules leave them alone. */
  readonly claimed: Uint8Array
}


/** Items by token index; an array, since rules ask at nearly every token. */
export class TokenIndex<T> {
  private readonly items: (T | undefined)[]
  constructor(size: number) {
    this.items = new Array<T | undefined>(size + 1)
  }
  get(i: number): T | undefined {
    return this.items[i]
  }
  has(i: number): boolean {
    return this.items[i] !== undefined
  }
  set(i: number, item: T): void {
    this.items[i] = item
  }
}

export function isUpperStart(text: string, token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false
  const c = text.charCodeAt(token.start)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  const ch = text[token.start]!
  return ch !== ch.toLowerCase()
}

/** What a language gives the scan: the word classes of its lexicons and how its country words are found. */
export interface ScanLanguage {
  /** Word classes (bits of `W`) of a lower-case word without its possessive ending. */
  readonly classesOf: (stem: string) => number
  /** Cheap pre-check on a token (its stem, the token in `text`, whether it is capitalized): can a country word start here? */
  readonly mayStartCountry: (stem: string, text: string, token: Token, capitalized: boolean) => boolean
  readonly matchCountryAt: (text: string, tokens: readonly Token[], i: number) => CountryMatch | null
}

/** English: country words are capitalized ("Freedonian", "Port Lia") or codes. */
export const ENGLISH: ScanLanguage = {
  classesOf,
  mayStartCountry: (stem, text, token, capitalized) => capitalized && mayStartCountry(stem, text.slice(token.start, token.end)),
  matchCountryAt,
}

export function createScan(text: string, tokens: readonly Token[], sentences: readonly Sentence[], language: ScanLanguage = ENGLISH): Scan {
  const lower = new Array<string>(tokens.length)
  const stems = new Array<string>(tokens.length)
  const classes = new Uint16Array(tokens.length)
  // One lower-casing of the whole text, sliced per token, instead of one per token (same length in
  // nearly all text; a character that changes length when lower-cased falls back to per-token).
  const folded = text.toLowerCase()
  const sameLength = folded.length === text.length
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const w = sameLength ? folded.slice(token.start, token.end) : text.slice(token.start, token.end).toLowerCase()
    const n = w.length
    const possessive = n > 2 && w.charCodeAt(n - 1) === 115 && (w[n - 2] === '’' || w[n - 2] === "'")
    const stem = possessive ? w.slice(0, -2) : w
    lower[i] = w
    stems[i] = stem
    classes[i] = language.classesOf(stem) | (possessive ? W.possessive : 0) | (isUpperStart(text, token) ? W.capitalized : 0)
  }
  const sentenceOf = new Int32Array(tokens.length)
  for (const s of sentences) sentenceOf.fill(s.index, s.firstToken, s.endToken)
  const countryAt = new TokenIndex<CountryWord>(tokens.length)
  const countryBefore = new TokenIndex<CountryWord>(tokens.length)
  const countryWords: CountryWord[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!language.mayStartCountry(stems[i]!, text, tokens[i]!, (classes[i]! & W.capitalized) !== 0)) continue
    const m = language.matchCountryAt(text, tokens, i)
    if (!m) continue
    const form = m.forms[0]!
    const word: CountryWord = { code: form.code, kind: form.kind, startToken: i, endToken: m.endToken, possessive: (classes[m.endToken - 1]! & W.possessive) !== 0 }
    countryAt.set(i, word)
    countryBefore.set(m.endToken, word)
    countryWords.push(word)
    i = m.endToken - 1
  }
  return { text, tokens, sentences, lower, stems, classes, sentenceOf, countryAt, countryBefore, countryWords, claimed: new Uint8Array(tokens.length) }
}

/** The text of tokens [from, to). */
export function textOf(scan: Scan, from: number, to: number): string {
  return scan.text.slice(scan.tokens[from]!.start, scan.tokens[to - 1]!.end)
}

/** True when token i follows token i-1 on the same line with at most one space between, as words of a name are written. */
export function joined(scan: Scan, i: number): boolean {
  const a = scan.tokens[i - 1]
  const b = scan.tokens[i]
  if (!a || !b) return false
  const gap = b.start - a.end
  return gap === 0 || (gap === 1 && scan.text.charCodeAt(a.end) === 32)
}

export function sameSentence(scan: Scan, a: number, b: number): boolean {
  return a >= 0 && b < scan.tokens.length && scan.sentenceOf[a] === scan.sentenceOf[b]
}

export function isPossessive(scan: Scan, i: number): boolean {
  return ((scan.classes[i] ?? 0) & W.possessive) !== 0
}

/** True when token i has any of the word classes in `bits`. */
export function hasClass(scan: Scan, i: number, bits: number): boolean {
  return ((scan.classes[i] ?? 0) & bits) !== 0
}

/** A token's word without a possessive ending: "government’s" → "government". */
export function stem(scan: Scan, i: number): string {
  return scan.stems[i] ?? ''
}

export function claim(scan: Scan, from: number, to: number): void {
  scan.claimed.fill(1, from, to)
}

export function isClaimed(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (scan.claimed[i]) return true
  return false
}
