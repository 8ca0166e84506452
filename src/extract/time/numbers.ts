import { NUMBER_WORDS } from '../../lexicon/en/time-words.js'

/** How one language writes counts: its number words, the words that only join them, and its digit grouping. */
export interface CountWords {
  readonly words: Readonly<Record<string, number>>
  /** Words between number words that add nothing ("and", "of"; Spanish "y"). */
  readonly joiners: ReadonlySet<string>
  /** Words that multiply what came before ("hundred", "dozen"); other words add. */
  readonly multipliers: ReadonlySet<string>
  /** A count in digits, with its thousands separator; the separator is removed before reading. */
  readonly digits: RegExp
  readonly thousands: string
}

export const ENGLISH_COUNTS: CountWords = {
  words: NUMBER_WORDS,
  joiners: new Set(['and', 'of']),
  multipliers: new Set(['hundred', 'thousand', 'dozen']),
  digits: /^\d+(?:,\d{3})*(?:\.\d+)?$/,
  thousands: ',',
}

/**
 * Reads a count written in digits or in one language's words: "3", "1,200", "twenty-five",
 * "treinta y dos". Returns null for anything else, so a caller can fall back to a vague `X` value.
 */
export function readCount(words: string, counts: CountWords): number | null {
  const s = words.toLowerCase().trim()
  if (counts.digits.test(s)) return Number(s.split(counts.thousands).join('').replace(',', '.'))
  let current = 0
  for (const part of s.split(/[\s-]+/)) {
    if (counts.joiners.has(part)) continue
    const n = counts.words[part]
    if (n === undefined) return null
    current = counts.multipliers.has(part) ? (current || 1) * n : current + n
  }
  return current > 0 ? current : null
}

/** An English count: "3", "1,200", "twenty-five", "two hundred", "a". */
export const parseCount = (words: string): number | null => readCount(words, ENGLISH_COUNTS)
