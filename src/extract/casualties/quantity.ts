import {
  APPROXIMATE_CUES, LOWER_BOUND_CUES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, UPPER_BOUND_CUES,
  VAGUE_QUANTITIES, ZERO_QUANTITIES,
} from '../../lexicon/en/numbers.js'
import { PhraseSet, type TokenText } from '../events/token-text.js'

export interface Quantity {
  readonly start: number
  /** Token after the quantity. */
  readonly end: number
  readonly count: number | null
  readonly vague?: string
  readonly low?: number
  readonly high?: number
}

const ZERO = PhraseSet.of(ZERO_QUANTITIES)
const VAGUE = PhraseSet.of(VAGUE_QUANTITIES)
const LOWER = PhraseSet.of(LOWER_BOUND_CUES)
const UPPER = PhraseSet.of(UPPER_BOUND_CUES)
const APPROX = PhraseSet.of(APPROXIMATE_CUES)
const CURRENCY = /[$€£¥]$/
const NOT_A_COUNT = new Set(['%', 'percent', 'per', '-', '–', 'years', 'year', 'days', 'day', 'hours', 'km', 'miles', 'am', 'pm', 'a.m', 'p.m'])

/**
 * A lexicon record read as a Map: indexing a plain object with every word of a sentence is slow, and
 * it would find names inherited from Object.prototype ("constructor") as if they were number words.
 */
function lookupIn(record: Readonly<Record<string, number>>): (word: string) => number | undefined {
  const map = new Map(Object.entries(record))
  return (word) => map.get(word)
}

const unitValue = lookupIn(UNIT_WORDS)
const tensValue = lookupIn(TENS_WORDS)
const scaleOf = lookupIn(SCALE_WORDS)

/** A number written in words: "seven", "twenty-four", "two hundred and five", "three dozen". */
function wordValue(tt: TokenText, i: number): readonly [number, number] | null {
  const word = tt.lower(i)
  // Most words hold no hyphen: no array is split off for them.
  const parts = word.includes('-') ? word.split('-') : [word]
  let value = 0
  for (const p of parts) {
    const v = unitValue(p) ?? tensValue(p)
    if (v === undefined) return null
    value += v
  }
  return [value, i + 1]
}

/** A number at token `i`, digits or words, with a following scale ("1.2 million", "two dozen"). */
export function readNumber(tt: TokenText, i: number): readonly [number, number] | null {
  const t = tt.tokens[i]
  if (!t) return null
  let first: readonly [number, number] | null
  if (t.kind === 'number') {
    const raw = tt.word(i)
    if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+$/.test(raw)) return null
    first = [Number(raw.replace(/,/g, '')), i + 1]
  } else {
    first = tt.lower(i) === 'a' && scaleOf(tt.lower(i + 1)) ? [1, i + 1] : wordValue(tt, i)
  }
  if (!first) return null
  let [value, end] = first
  for (let scale = scaleOf(tt.lower(end)); scale; scale = scaleOf(tt.lower(end))) {
    value *= scale
    end++
    // "two hundred and five"
    const rest = tt.lower(end) === 'and' && scale >= 100 ? wordValue(tt, end + 1) : null
    if (rest) [value, end] = [value + rest[0], rest[1]]
  }
  // "32-year-old", "a 12-member crew", "40%", "12 years": an age, a size, a share or a span, not a head count.
  const after = tt.lower(end)
  if ((after === '-' || after === '–') && tt.tokens[end + 1]?.kind === 'word') return null
  if (after !== '-' && after !== '–' && NOT_A_COUNT.has(after)) return null
  if (CURRENCY.test(tt.text.slice(Math.max(0, t.start - 1), t.start))) return null
  return [Number.isInteger(value) ? value : Math.round(value), end]
}

/** "between 10 and 15", "10 to 15", "10 or 12", "10 - 15". */
function readRange(tt: TokenText, i: number): Quantity | null {
  const between = tt.lower(i) === 'between'
  const a = readNumber(tt, between ? i + 1 : i)
  if (!a) return null
  const joiner = tt.lower(a[1])
  if (between ? joiner !== 'and' : !['to', 'or', '-', '–'].includes(joiner)) return null
  const b = readNumber(tt, a[1] + 1)
  if (!b || b[0] <= a[0]) return null
  return { start: i, end: b[1], count: null, low: a[0], high: b[0] }
}

/** A language's quantity words and number readers. */
export interface QuantityWords {
  readonly zero: PhraseSet
  readonly vague: PhraseSet
  readonly lower: PhraseSet
  readonly upper: PhraseSet
  readonly approx: PhraseSet
  readonly readNumber: (tt: TokenText, i: number) => readonly [number, number] | null
  readonly readRange: (tt: TokenText, i: number) => Quantity | null
  /** The partitive word a vague quantity drops when kept as written ("dozens of" → "dozens"). */
  readonly vagueTail: RegExp
}

/**
 * A quantity at token `i`: zero ("no", "none of the"), a vague word ("dozens of"), a range,
 * or a number with an optional floor, ceiling or hedge ("at least 12", "up to 40", "about 30").
 * A vague phrase may open with a hedge word ("unos pocos"), so it is tried at `i` itself.
 */
export function quantityReader(w: QuantityWords): (tt: TokenText, i: number) => Quantity | null {
  return (tt, i) => {
    const zero = w.zero.match(tt, i)
    if (zero) return { start: i, end: zero[0], count: 0 }
    const range = w.readRange(tt, i)
    if (range) return range
    const lower = w.lower.match(tt, i)
    const upper = lower ? null : w.upper.match(tt, i)
    const cue = lower ?? upper ?? w.approx.match(tt, i)
    const n = w.readNumber(tt, cue ? cue[0] : i)
    if (n) {
      const [count, end] = n
      return { start: i, end, count, ...(lower ? { low: count } : {}), ...(upper ? { high: count } : {}) }
    }
    const vague = w.vague.match(tt, i)
    if (vague) return { start: i, end: vague[0], count: null, vague: tt.text.slice(tt.tokens[i]!.start, tt.tokens[vague[0] - 1]!.end).toLowerCase().replace(w.vagueTail, '') }
    return null
  }
}

export const readQuantity = quantityReader({ zero: ZERO, vague: VAGUE, lower: LOWER, upper: UPPER, approx: APPROX, readNumber, readRange, vagueTail: /\s+of$/ })
