import type { Token } from '../../model/annotations.js'
import { DAY_PARTS, FIXED_HOLIDAYS, MONTHS, REFERENCE_WORDS, SEASONS, UNITS, WEEKDAYS } from '../../lexicon/time-words.js'
import type { Rule } from './types.js'

/**
 * Trigger words: a rule is tried only at token starts just before a token holding one of its
 * triggers, so the text is walked once, token by token, instead of once per rule.
 */
const plural = (w: string) => (w.endsWith('y') && w !== 'day' ? `${w.slice(0, -1)}ies` : `${w}s`)
export const UNIT_WORDS = Object.keys(UNITS).flatMap((w) => [w, plural(w)])
export const MONTH_WORDS = Object.keys(MONTHS)
export const WEEKDAY_WORDS = Object.keys(WEEKDAYS)
export const SEASON_WORDS = Object.keys(SEASONS)
export const CLOCK_WORDS = ['a.m', 'p.m', 'am', 'pm', 'noon', 'midnight', 'midday']
const wordsOf = (phrases: readonly string[]) => [...new Set(phrases.flatMap((p) => p.replace(/['’]s\b/g, '').split(/[\s-]+/)))].filter((w) => w.length > 2)
export const HOLIDAY_WORDS = wordsOf([...Object.keys(FIXED_HOLIDAYS), 'thanksgiving day', 'election day'])
export const REFERENCE_TRIGGERS = wordsOf(Object.keys(REFERENCE_WORDS)).filter((w) => !['the', 'in', 'at'].includes(w))
export const DAY_PART_WORDS = Object.keys(DAY_PARTS)

const YEAR = /^(?:1\d|20)\d\d$/
const DECADE = /^(?:\d\d)?\d0s$/
const CLOCK = /^\d{1,2}(?:[:.]\d\d)?(?:am|pm|AM|PM)?$/

const NONE: readonly number[] = []

/**
 * The rules a token wakes. Words are looked up as written (the index holds lower-case, Capitalized
 * and UPPER forms, so no case folding per token); numbers by class; "two-year", "mid-1996" and
 * "Friday's" by their parts.
 */
export function rulesAt(text: string, token: Token, index: TriggerIndex): readonly number[] {
  const raw = text.slice(token.start, token.end)
  if (token.kind === 'number') {
    if (YEAR.test(raw)) return index.get('#year') ?? NONE
    if (DECADE.test(raw)) return index.get('#decade') ?? NONE
    return CLOCK.test(raw) && /[:.apAP]/.test(raw) ? index.get('#clock') ?? NONE : NONE
  }
  if (token.kind !== 'word') return NONE
  const direct = index.get(raw)
  if (direct) return direct
  if (!/[-'’]/.test(raw)) return NONE
  const word = raw.toLowerCase().replace(/['’]s$/, '')
  const found = new Set<number>(index.get(word) ?? NONE)
  for (const part of word.split('-')) {
    for (const r of index.get(YEAR.test(part) ? '#year' : DECADE.test(part) ? '#decade' : part) ?? NONE) found.add(r)
  }
  return [...found]
}

export type TriggerIndex = ReadonlyMap<string, readonly number[]>

const variants = (key: string) => (key.startsWith('#') ? [key] : [key, key[0]!.toUpperCase() + key.slice(1), key.toUpperCase()])

/** Which rules each trigger wakes, as indexes into the rule list, under each written form; built once per rule list. */
export function triggerIndex(rules: readonly Rule[]): TriggerIndex {
  const index = new Map<string, number[]>()
  rules.forEach((rule, i) => {
    for (const key of rule.triggers.flatMap(variants)) {
      const list = index.get(key) ?? []
      if (!list.includes(i)) list.push(i)
      index.set(key, list)
    }
  })
  return index
}
