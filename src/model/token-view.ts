import type { Sentence, Token } from './annotations.js'

/**
 * One read-only view of a document's tokens, built once in segmentation and read by every later stage
 * (as spaCy's `Doc` computes `lower_`, `is_title` and `sent` once). Every accessor is safe: out of range
 * it answers an empty word, `false` or -1, never `undefined`.
 */
export interface TokenView {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  /** Number of tokens. */
  readonly size: number
  /** The token's text as written. */
  word(i: number): string
  /** Lower-case form. */
  lower(i: number): string
  /** Lower-case form without a possessive ending: "government’s" → "government". */
  stem(i: number): string
  /** A word starting with a capital letter ("Freedonia", "The"). */
  isCapitalized(i: number): boolean
  /** Written with a possessive ending ("Freedonia's"). */
  isPossessive(i: number): boolean
  isWord(i: number): boolean
  isNumber(i: number): boolean
  isPunct(i: number): boolean
  /** Sentence index of the token, -1 out of range. */
  sentenceOf(i: number): number
  /** The token's sentence, or undefined out of range. */
  sentenceAt(i: number): Sentence | undefined
  /** Paragraph index of the token, -1 out of range. */
  paragraphOf(i: number): number
  /** Index into `doc.quotes` of the quotation whose inner text holds the token, -1 when none. */
  quoteOf(i: number): number
  /** Index of the first token ending after character `offset` (`size` when none). */
  tokenAt(offset: number): number
  /** The text from the start of token `from` to the end of token `to - 1` ('' when empty). */
  textOf(from: number, to: number): string
}
