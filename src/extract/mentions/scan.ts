import type { TokenView } from '../../model/token-view.js'
import type { CountryFormKind } from '../../lexicon/en/countries.js'
import type { MentionLanguage } from './language.js'
import { W } from './word-classes.js'

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
 * What every mention rule reads: the document's token view (lower case, stems, sentences, capitals), and
 * what only this stage needs, computed once: the language's word classes of each token and the country
 * words of the document, so rules only compare strings.
 */
export interface Scan extends TokenView {
  readonly lang: MentionLanguage
  /** Word classes of each token (bits of `W`), so rules skip tokens that cannot start them. */
  readonly classes: Uint16Array
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
    return i >= 0 ? this.items[i] : undefined
  }
  has(i: number): boolean {
    return this.get(i) !== undefined
  }
  set(i: number, item: T): void {
    this.items[i] = item
  }
}

export function createScan(view: TokenView, lang: MentionLanguage): Scan {
  const n = view.size
  const classes = new Uint16Array(n)
  for (let i = 0; i < n; i++) {
    classes[i] = lang.classesOf(view.stem(i)) | (view.isPossessive(i) ? W.possessive : 0) | (view.isCapitalized(i) ? W.capitalized : 0)
  }
  const capitalized = (i: number) => (classes[i]! & W.capitalized) !== 0
  const countryAt = new TokenIndex<CountryWord>(n)
  const countryBefore = new TokenIndex<CountryWord>(n)
  const countryWords: CountryWord[] = []
  for (let i = 0; i < n; i++) {
    if (!lang.mayStartCountry(view.stem(i), view.text, view.tokens[i]!, capitalized(i))) continue
    const m = lang.matchCountryAt(view.text, view.tokens, i)
    if (!m) continue
    const form = m.forms[0]!
    const word: CountryWord = { code: form.code, kind: form.kind, startToken: i, endToken: m.endToken, possessive: (classes[m.endToken - 1]! & W.possessive) !== 0 }
    countryAt.set(i, word)
    countryBefore.set(m.endToken, word)
    countryWords.push(word)
    i = m.endToken - 1
  }
  // Listed one by one rather than spread, so every scan has one fixed shape and rules read it fast.
  return {
    text: view.text, tokens: view.tokens, sentences: view.sentences, size: view.size,
    word: view.word, lower: view.lower, stem: view.stem, isCapitalized: view.isCapitalized, isPossessive: view.isPossessive,
    isWord: view.isWord, isNumber: view.isNumber, isPunct: view.isPunct, sentenceOf: view.sentenceOf, sentenceAt: view.sentenceAt,
    paragraphOf: view.paragraphOf, quoteOf: view.quoteOf, tokenAt: view.tokenAt, textOf: view.textOf,
    lang, classes, countryAt, countryBefore, countryWords, claimed: new Uint8Array(n),
  }
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
  return a >= 0 && b < scan.size && scan.sentenceOf(a) === scan.sentenceOf(b)
}

/** True when token i has any of the word classes in `bits`. */
export function hasClass(scan: Scan, i: number, bits: number): boolean {
  return ((scan.classes[i] ?? 0) & bits) !== 0
}

/** A word of the language's set at token i. */
export function isIn(scan: Scan, i: number, words: ReadonlySet<string>): boolean {
  return words.has(scan.lower(i))
}

export function claim(scan: Scan, from: number, to: number): void {
  scan.claimed.fill(1, Math.max(0, from), to)
}

export function isClaimed(scan: Scan, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (scan.claimed[i]) return true
  return false
}

/** Token index where the phrase of `words` (lower case) ends when it starts at `i`, or -1. */
export function phraseAt(scan: Scan, i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (scan.lower(i + k) !== words[k]) return -1
  return i + words.length
}
