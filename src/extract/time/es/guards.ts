/** Checks shared by the Spanish rules: where a sentence starts, and when a calendar word is part of a name. */

const SENTENCE_START = /(?:^|[.!?¿¡"“”‘'«(\n:—]\s*)$/u
const CAPITAL = /^\p{Lu}/u
const NEXT_CAPITAL = /^\s+\p{Lu}/u

/** True when the word at `position` opens a sentence, a quote or a line, where any word is capitalized. */
export function startsSentence(text: string, position: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, position - 3), position))
}

/**
 * Months and weekdays are common nouns in Spanish, written in lower case (RAE): a capital inside a
 * sentence makes one part of a name ("Plaza de Mayo", "Juan Domingo"), and so does a capitalized word
 * right after one that opens a sentence ("Domingo Ruiz dijo").
 */
export function writtenAsName(text: string, start: number, word: string): boolean {
  if (!CAPITAL.test(word)) return false
  return !startsSentence(text, start) || NEXT_CAPITAL.test(text.slice(start + word.length, start + word.length + 3))
}

const LETTER = /\p{L}/u
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && LETTER.test(c))

/** The lower-case word just before `start`, past any spaces and punctuation (empty at the start of the text). */
export function wordBefore(text: string, start: number): string {
  let end = start
  while (end > 0 && start - end < 8 && !isLetter(text[end - 1]!) && !/\d/.test(text[end - 1]!)) end--
  let from = end
  while (from > 0 && isLetter(text[from - 1]!)) from--
  return text.slice(from, end).toLowerCase()
}

const CAPITALIZED_BEFORE = /(\p{Lu}[\p{L}.]*)\s+$/u

/** A capitalized word right before `start`, with only spaces between, that does not open the sentence: a name runs on. */
export function capitalizedBefore(text: string, start: number): boolean {
  const m = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, start - 30), start))
  return !!m && !startsSentence(text, start - m[0].length)
}
