import { NUMBER, WEEKDAY, isCapitalized, unitOf, weekdayNumber } from '../patterns.js'
import { parseCount } from '../numbers.js'
import { durationValue } from '../resolve.js'
import { draftOf, type Rule } from '../types.js'
import { startsSentence } from './guards.js'

const ADVERBS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H',
}

/** "every week" (`P1W`), "every two months", "each Monday" (`XXXX-WXX-1`), "daily", "twice a year". */
export const setRule: Rule = {
  name: 'set',
  triggers: ['every', 'each', 'daily', 'nightly', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'once', 'twice', 'thrice', 'times'],
  reach: 2,
  pattern: new RegExp(String.raw`\b(?:every|each)\s+(?:(other|${NUMBER})\s+)?(${WEEKDAY}|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?)\b|\b(daily|nightly|weekly|monthly|annually|yearly|hourly)\b|\b(?:once|twice|thrice|${NUMBER}\s+times)\s+(?:a|an|per|each)\s+(day|week|month|year|hour|minute)\b`, 'gi'),
  make(m, ctx) {
    if (m[3]) {
      // A capital inside a sentence names a publication ("the Daily Planet"), not a frequency.
      if (isCapitalized(m[3]) && !startsSentence(ctx.text, m.index)) return null
      return draftOf(m, { type: 'SET', value: ADVERBS[m[3].toLowerCase()]!, rule: 'set' })
    }
    if (m[4]) return draftOf(m, { type: 'SET', value: durationValue(1, unitOf(m[4])!), rule: 'set' })
    const day = weekdayNumber(m[2]!)
    if (day !== null) return isCapitalized(m[2]!) ? draftOf(m, { type: 'SET', value: `XXXX-WXX-${day}`, rule: 'set' }) : null
    const every = m[1]?.toLowerCase() === 'other' ? 2 : m[1] ? parseCount(m[1]) : 1
    return draftOf(m, { type: 'SET', value: durationValue(every, unitOf(m[2]!)!), rule: 'set' })
  },
}

export const setRules: readonly Rule[] = [setRule]
