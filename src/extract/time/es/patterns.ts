import { ES_HUNDREDS_WORDS, ES_SCALE_WORDS, ES_TENS_WORDS, ES_UNIT_WORDS } from '../../../lexicon/es/numbers.js'
import { COUNT_NOUNS, MODIFIERS, MONTHS, MULTIPLE_UNITS, NUMBER_JOINERS, NUMBER_MULTIPLIERS, UNITS, VAGUE_QUANTITIES, WEEKDAYS } from '../../../lexicon/es/time-words.js'
import type { UnitCode } from '../../../lexicon/en/time-words.js'
import { readCount, type CountWords } from '../numbers.js'
import { alternation } from '../patterns.js'

/**
 * Regex fragments for Spanish, built once from the lexicon. JavaScript's `\b` knows only ASCII letters,
 * so Spanish words ("miércoles", "días") are bounded by the letter lookarounds `B` and `E`.
 */
export const B = '(?<![\\p{L}\\p{N}])'
export const E = '(?![\\p{L}\\p{N}])'

export const MONTH = `(?:${alternation(Object.keys(MONTHS))})`
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`

/** The RAE cardinals up to the thousands (durations count no millions), and "docena", "par". */
const NUMBER_WORDS: Readonly<Record<string, number>> = { ...ES_UNIT_WORDS, ...ES_TENS_WORDS, ...ES_HUNDREDS_WORDS, mil: ES_SCALE_WORDS['mil']!, ...COUNT_NOUNS }

const NUMBER_WORD = alternation(Object.keys(NUMBER_WORDS).filter((w) => !(w in COUNT_NOUNS)))
/** A count in digits or words: "3", "1.200", "treinta y dos", "dos mil", "una docena de", "un par de". */
export const NUMBER = `(?:\\d+(?:[.,]\\d+)*|(?:${NUMBER_WORD})(?:\\s+(?:y\\s+)?(?:${NUMBER_WORD}))*${E}|una\\s+docena\\s+de|un\\s+par\\s+de)`

/** A unit word, singular or plural, including the multiples ("quincena", "lustro"). */
export const UNIT = `(?:${alternation([...Object.keys(UNITS), ...Object.keys(MULTIPLE_UNITS)])})${E}`

export const VAGUE = `(?:${alternation(VAGUE_QUANTITIES)})`

/** Modifiers before a count ("más de", "casi", "unos") and before a date ("finales de"). */
const COUNT_MODS = Object.keys(MODIFIERS).filter((w) => !['START', 'MID', 'END'].includes(MODIFIERS[w]!))
export const COUNT_MOD = `(?:${alternation(COUNT_MODS)})`
export const EDGE = `(?:${alternation(Object.keys(MODIFIERS).filter((w) => ['START', 'MID', 'END'].includes(MODIFIERS[w]!)))})`

export const SPANISH_COUNTS: CountWords = {
  words: NUMBER_WORDS,
  joiners: new Set(NUMBER_JOINERS),
  multipliers: new Set(NUMBER_MULTIPLIERS),
  digits: /^\d+(?:\.\d{3})*(?:,\d+)?$/,
  thousands: '.',
}

/** A Spanish count: "3", "1.200", "treinta y dos", "una docena de"; null for anything else. */
export const countOf = (words: string) => readCount(words, SPANISH_COUNTS)

/** A unit word's code and how many of that unit it stands for ("lustro" is five years). */
export function unitOf(word: string): readonly [number, UnitCode] | null {
  const key = word.toLowerCase()
  const unit = UNITS[key]
  return unit ? [1, unit] : MULTIPLE_UNITS[key] ?? null
}

export const monthOf = (word: string) => MONTHS[word.toLowerCase()] ?? null
export const weekdayOf = (word: string) => WEEKDAYS[word.toLowerCase()] ?? null
export const modOf = (words: string | undefined) => (words ? MODIFIERS[words.toLowerCase().replace(/\s+/g, ' ')] : undefined)

/** Lower-case words of a list of phrases, for the trigger index. */
export const triggerWords = (phrases: readonly string[]) => [...new Set(phrases.flatMap((p) => p.toLowerCase().split(/\s+/)))]

/** One lookup key for a phrase however it is cased or spaced: "Hoy  en día" -> "hoy en día". */
export const phraseKey = (words: string) => words.toLowerCase().replace(/\s+/g, ' ')

/** An alternation of phrases, longest first, each space matching any run of spaces. */
export const phraseAlternation = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')

/** The part of an anchor a step of one unit keeps: "al día siguiente" keeps the day. */
export const KEEP_OF_UNIT = { D: 'day', W: 'week', M: 'month', Y: 'year' } as const
