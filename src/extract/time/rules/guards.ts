import { MONTHS } from '../../../lexicon/en/time-words.js'
import { isCapitalized, keyOf } from '../patterns.js'

/** Words before a bare month or year that show it is used as a time ("in May", "since 2019"). */
export const TEMPORAL_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'through', 'throughout', 'before', 'after',
  'to', 'and', 'or', 'between', 'early', 'late', 'mid', 'last', 'this', 'next', 'on', 'for', 'around', 'as',
  'at', 'into', 'than', 'within', 'fiscal', 'year', 'the', 'each', 'every', 'that', 'past',
])

const WORD_BEFORE = /([\p{L}-]+)[^\p{L}\d]*$/u
const WORD_AFTER = /^[^\p{L}\d]*([\p{L}\d]+)/u

/** The word just before `start`, within a short window (empty string at the start of the text). */
export function wordBefore(text: string, start: number): string {
  return WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? ''
}

export function wordAfter(text: string, end: number): string {
  return WORD_AFTER.exec(text.slice(end, end + 24))?.[1] ?? ''
}

/** True when only spaces separate `start` from the preceding word (no sentence or clause break). */
export function directlyAfterWord(text: string, start: number): boolean {
  return /[\p{L}\p{N}]\s+$/u.test(text.slice(Math.max(0, start - 3), start))
}

/** A capitalized word right before, inside the clause ("Theresa May", "Orion 1980"), marks a name. */
export function nameBefore(text: string, start: number): boolean {
  const before = wordBefore(text, start)
  if (before === '' || !directlyAfterWord(text, start) || !isCapitalized(before)) return false
  if (TEMPORAL_PREPOSITIONS.has(before.toLowerCase()) || MONTHS[keyOf(before)] !== undefined) return false
  // A capital that only starts the sentence ("A 1996 law") is no sign of a name.
  return !startsSentence(text, text.lastIndexOf(before, start))
}

const SENTENCE_START = /(?:^|[.!?"“‘'(\n]\s*)$/

/** True when the word at `position` opens a sentence, a quote or a line, where any word is capitalized. */
export function startsSentence(text: string, position: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, position - 3), position))
}

/** A capitalized word before or after that is not a month ("April Ryan") marks a name rather than a date. */
export function looksLikeName(text: string, start: number, end: number): boolean {
  if (nameBefore(text, start)) return true
  const after = wordAfter(text, end)
  return /^\s+\p{Lu}/u.test(text.slice(end, end + 2)) && isCapitalized(after) && MONTHS[keyOf(after)] === undefined
}
