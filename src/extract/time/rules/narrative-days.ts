import { UNKNOWN, fromPublication, shiftedValue } from '../resolve.js'
import { unitOf } from '../patterns.js'
import { draftOf, type Rule } from '../types.js'

const STEP: Record<string, number> = { next: 1, following: 1, previous: -1, preceding: -1, before: -1, after: 1 }

/**
 * "the next day", "the following week", "the previous month", "the day before": one unit on from
 * (or back from) the last date the text anchored; with none, from the publication date.
 */
export const narrativeStep: Rule = {
  name: 'narrative-step',
  triggers: ['next', 'following', 'previous', 'preceding', 'day'],
  reach: 1,
  pattern: /\bthe\s+(?:(next|following|previous|preceding)\s+(day|morning|week|month|year)\b(?!\s+(?:the|a|an|his|her|its|their|this|that)\b)|day\s+(before|after)(?=\s*[,.;:!?)]))/gi,
  make(m, ctx) {
    const word = (m[2] ?? 'day').toLowerCase()
    const unit = unitOf(word === 'morning' ? 'day' : word)!
    const n = STEP[(m[1] ?? m[3])!.toLowerCase()]!
    const resolved = fromPublication(ctx, (a) => shiftedValue(a, unit, n), UNKNOWN[unit])
    return draftOf(m, { type: 'DATE', rule: 'narrative-step', narrative: true, shift: { unit, n }, ...resolved })
  },
}

/** "the first half of 2013" -> `2013-H1`. */
export const halfYear: Rule = {
  name: 'half-year',
  triggers: ['half'],
  reach: 2,
  pattern: /\b(?:the\s+)?(first|second|latter|last)\s+half\s+of\s+(?:(\d{4})\b|(this|last|next)\s+year\b|the\s+year\b)/gi,
  make(m, ctx) {
    const half = m[1]!.toLowerCase() === 'first' ? 'H1' : 'H2'
    if (m[2]) return draftOf(m, { type: 'DATE', value: `${m[2]}-${half}`, rule: 'half-year' })
    const shift = m[3]?.toLowerCase() === 'last' ? -1 : m[3]?.toLowerCase() === 'next' ? 1 : 0
    return draftOf(m, { type: 'DATE', rule: 'half-year', ...fromPublication(ctx, (a) => `${a.y + shift}-${half}`, `XXXX-${half}`) })
  },
}

/** "the past decade", "the last century": spans of time reaching back from now, as durations. */
export const pastSpan: Rule = {
  name: 'past-span',
  triggers: ['decade', 'century'],
  reach: 2,
  pattern: /\bthe\s+(?:past|last|next|coming)\s+(decade|century)\b/gi,
  make: (m) => draftOf(m, { type: 'DURATION', value: m[1]!.toLowerCase() === 'decade' ? 'P10Y' : 'P100Y', rule: 'past-span' }),
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/

/**
 * "for the day", "ended the day": the day the story is about, i.e. the last dated day before it,
 * else the publication date.
 */
export const theDay: Rule = {
  name: 'the-day',
  triggers: ['day'],
  reach: 1,
  pattern: /(?<=\b(?:for|end|ended|ending|ends|finish|finished|finishing|close|closed|closing|during|throughout|later in|earlier in|late in|early in)\s+)the\s+day\b(?!\s+(?:of|when|that|in|to)\b|\s+(?:before|after)\s+(?:the|a|an|his|her|its|their|this|that)\b|-)/gi,
  make: (m, ctx) => draftOf(m, {
    type: 'DATE', rule: 'the-day', narrative: true, anchorPattern: DAY_VALUE,
    ...fromPublication(ctx, (a) => shiftedValue(a, 'D', 0), 'XXXX-XX-XX'),
  }),
}

export const narrativeDayRules: readonly Rule[] = [narrativeStep, theDay, halfYear, pastSpan]
