import { MODIFIERS, MONTHS, NUMBER_WORDS, SEASONS, UNITS, WEEKDAYS } from '../../lexicon/en/time-words.js'

/** Regex fragments built once from the lexicon; rules compose them into their own patterns. */
export const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

const FULL_MONTHS = Object.keys(MONTHS).slice(0, 12)
/** Month names and abbreviations; only an abbreviation may carry a full stop ("Jan."). */
export const MONTH = `(?:${alternation(FULL_MONTHS)}|(?:${alternation(Object.keys(MONTHS).slice(12))})\\.?)`
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`

const NUMBER_WORD = alternation(Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half'))
/** A count in digits or words: "3", "1,200", "twenty-five", "two hundred". */
export const NUMBER = `(?:\\d+(?:[.,]\\d+)*|(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))*|an?)`

/** A unit, singular or plural. */
export const UNIT = `(?:${alternation(Object.keys(UNITS))})(?:s|es)?|centuries`

/** Lower-cases and drops a trailing full stop, so "Sept." and "sept" look up the same entry. */
export const keyOf = (word: string) => word.toLowerCase().replace(/\.$/, '')

export const monthNumber = (word: string) => MONTHS[keyOf(word)] ?? null
export const weekdayNumber = (word: string) => WEEKDAYS[keyOf(word)] ?? null

/** The singular unit word of "days", "centuries", "weeks". */
export function unitOf(word: string) {
  const key = keyOf(word)
  return UNITS[key] ?? UNITS[key.replace(/s$/, '')] ?? UNITS[key.replace(/ies$/, 'y')] ?? null
}

/** Rules match case-insensitively but names of months and weekdays must be written with a capital. */
export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word)

/** The TimeML `mod` of a modifier written before an expression ("early" START, "the end of" END), if any. */
export const modOf = (word: string | undefined) => (word ? MODIFIERS[word.toLowerCase().replace(/\s+/g, ' ')] : undefined)
