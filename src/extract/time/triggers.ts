import type { Token } from '../../model/annotations.js'
import { FIXED_HOLIDAYS, MONTHS, REFERENCE_WORDS, SEASONS, UNITS, WEEKDAYS } from '../../lexicon/en/time-words.js'
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

const YEAR = /^(?:1\d|20)\d\d$/
const DECADE = /^(?:\d\d)?\d0s$/
const CLOCK = /^\d{1,2}(?:[:.]\d\d)?(?:am|pm|AM|PM)?$/

const NONE: readonly number[] = []

/** A number made of a word's length and first three letters, case-folded for ASCII: a cheap, allocation-free prefilter. */
function signature(text: string, start: number, length: number): number {
  // No inner closures here: this runs for every word token.
  const c0 = text.charCodeAt(start) | 32
  const c1 = length > 1 ? text.charCodeAt(start + 1) | 32 : 0
  const c2 = length > 2 ? text.charCodeAt(start + 2) | 32 : 0
  return ((Math.min(length, 31) * 128 + c0) * 128 + c1) * 128 + c2
}

export interface TriggerIndex {
  /** Rules woken by each lower-case trigger word or number class. */
  readonly rules: ReadonlyMap<string, readonly number[]>
  readonly signatures: ReadonlySet<number>
}

/** True when a word token holds a hyphen or an apostrophe ("two-year", "Friday's"): its parts are looked up too. */
function isCompound(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 45 || c === 39 || c === 0x2019) return true
  }
  return false
}

/** The rules a token wakes: words by their lower-case form (after the signature prefilter), numbers by class. */
export function rulesAt(text: string, token: Token, index: TriggerIndex): readonly number[] {
  if (token.kind === 'number') {
    const raw = text.slice(token.start, token.end)
    if (YEAR.test(raw)) return index.rules.get('#year') ?? NONE
    if (DECADE.test(raw)) return index.rules.get('#decade') ?? NONE
    return CLOCK.test(raw) && /[:.apAP]/.test(raw) ? index.rules.get('#clock') ?? NONE : NONE
  }
  if (token.kind !== 'word') return NONE
  const length = token.end - token.start
  if (index.signatures.has(signature(text, token.start, length))) {
    const direct = index.rules.get(text.slice(token.start, token.end).toLowerCase())
    if (direct) return direct
  }
  if (!isCompound(text, token.start, token.end)) return NONE
  const word = text.slice(token.start, token.end).toLowerCase().replace(/['’]s$/, '')
  const found = new Set<number>(index.rules.get(word) ?? NONE)
  for (const part of word.split('-')) {
    for (const r of index.rules.get(YEAR.test(part) ? '#year' : DECADE.test(part) ? '#decade' : part) ?? NONE) found.add(r)
  }
  return [...found]
}

/** Which rules each trigger wakes, as indexes into the rule list; built once per rule list. */
export function triggerIndex(rules: readonly Rule[]): TriggerIndex {
  const index = new Map<string, number[]>()
  rules.forEach((rule, i) => {
    for (const key of rule.triggers) {
      const list = index.get(key) ?? []
      if (!list.includes(i)) list.push(i)
      index.set(key, list)
    }
  })
  const signatures = new Set([...index.keys()].filter((k) => !k.startsWith('#')).map((k) => signature(k, 0, k.length)))
  return { rules: index, signatures }
}
