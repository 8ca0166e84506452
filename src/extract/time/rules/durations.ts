import { UNIT_WORDS } from '../triggers.js'
import { MODIFIERS } from '../../../lexicon/en/time-words.js'
import { NUMBER, UNIT, keyOf, unitOf } from '../patterns.js'
import { parseCount } from '../numbers.js'
import { durationValue } from '../resolve.js'
import { draftAt, draftOf, type Rule } from '../types.js'
import { wordAfter } from './guards.js'

const DURATION_MODS = ['more than', 'longer than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'no more than', 'no less than', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some']
const VAGUE = 'several|a few|a couple of|few|many|some|recent|the coming|coming'

/** After "a second", words that show "second" is the ordinal, not a unit, are anything but these. */
const AFTER_SECOND_UNIT = new Set(['', 'later', 'earlier', 'ago', 'before', 'after', 'or', 'and', 'of', 'to', 'in', 'for'])

/** A number or a counted noun right before "a week" makes it a rate, which TimeML does not tag. */
const RATE_BEFORE = /(?:\d|\b(?:million|billion|thousand|cents|dollars|percent|shares|seats|flights|units|times))\s+$/i

/** "twice a week" is a frequency, left to the set rules. */
const SET_BEFORE = /\b(?:once|twice|times)\s+$/i

/**
 * "two days", "more than two decades" (`P20Y`, MORE_THAN), "the past three months", "a five-year plan",
 * "several weeks" (`PXW`).
 */
export const duration: Rule = {
  name: 'duration',
  triggers: UNIT_WORDS,
  reach: 7,
  pattern: new RegExp(`\\b(?:(${DURATION_MODS.join('|')})\\s+)?(the\\s+(?:(?:past|last|next|first|coming|previous|following|final)\\s+)?)?(?:${NUMBER}\\s+(?:to|or)\\s+)?(${NUMBER}|${VAGUE})(?:\\s+and\\s+a\\s+half)?[-\\s]+(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+)?(${UNIT})(-long|-old|\\s+old)?\\b(\\s+and\\s+a\\s+half\\b)?`, 'gi'),
  make(m, ctx) {
    const [, modWord, the, amount, unitWord, suffix] = m
    const unit = unitOf(unitWord!)
    // "a 6-year-old", "52 years old" are ages, not durations.
    if (unit === null || /old$/i.test(suffix ?? '')) return null
    const after = wordAfter(ctx.text, m.index + m[0].length).toLowerCase()
    // "three-quarters of its food" is a fraction; "$2 million a year", "700 seats a week" are rates.
    if (unit === 'Q' && after === 'of') return null
    if (/^an?$/i.test(amount!) && !modWord && !the && RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 16), m.index))) return null
    const quantity = amount!.toLowerCase()
    if (unit === 'S' && /^(?:a|an|one)$/.test(quantity) && !AFTER_SECOND_UNIT.has(wordAfter(ctx.text, m.index + m[0].length).toLowerCase())) return null
    if (/^an?$/.test(quantity) && SET_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null
    // "the 1988 quarter" names a period of that year; it is no count of 1,988 quarters.
    if (/^(?:1[89]|20)\d\d$/.test(quantity) && (unit === 'Q' || unit === 'Y')) return null
    let count = parseCount(quantity.replace(/ of$/, ''))
    if (count !== null && /and\s+a\s+half/i.test(m[0])) count += 0.5
    const mod = modWord ? MODIFIERS[keyOf(modWord)] : undefined
    // TimeML leaves the article out of an adjective: "the eight-year plan" is tagged "eight-year".
    const start = the && !modWord && /^\S+-\S+$/.test(m[0].slice(the.length)) ? m.index + the.length : m.index
    return draftAt(start, m.index + m[0].length, { type: 'DURATION', value: durationValue(count, unit), mod, rule: 'duration' })
  },
}

/** "for years", "in decades", "for months": a bare plural unit after a preposition is a vague duration. */
export const vagueDuration: Rule = {
  name: 'vague-duration',
  triggers: UNIT_WORDS,
  reach: 0,
  pattern: /(?<=\b(?:for|in|over|within|after|take|takes|took|last|lasted)\s+)(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s+(?:of\s+age|old|ago|later|earlier|before|after))/gi,
  make: (m) => draftOf(m, { type: 'DURATION', value: durationValue(null, unitOf(m[1]!)!), rule: 'vague-duration' }),
}

export const durationRules: readonly Rule[] = [duration, vagueDuration]
