import { NUMBER_WORDS } from '../../lexicon/time-words.js'

/**
 * Reads a count written in digits or words: "3", "1,200", "twenty-five", "two hundred", "a".
 * Returns null for anything else, so a caller can fall back to a vague `X` value.
 */
export function parseCount(words: string): number | null {
  const s = words.toLowerCase().trim()
  if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''))
  let total = 0
  let current = 0
  for (const part of s.split(/[\s-]+/)) {
    if (part === 'and' || part === 'of') continue
    const n = NUMBER_WORDS[part]
    if (n === undefined) return null
    if (n === 100 || n === 1000) current = (current || 1) * n
    else if (n === 12 && part === 'dozen') current = (current || 1) * 12
    else current += n
  }
  total += current
  return total > 0 ? total : null
}
