import { REFERENCE_TRIGGERS } from '../triggers.js'
import { REFERENCE_WORDS } from '../../../lexicon/en/time-words.js'
import { draftAt, draftOf, type Rule } from '../types.js'
import { wordAfter, wordBefore } from './guards.js'

/** Phrases that look like references but are not times: "so far as", "up to date", "as soon as". */
const NOT_AFTER: Record<string, RegExp> = {
  'so far': /^\s+(?:as|from|away|beyond|ahead|behind|back|down|out|off|gone|into|removed|apart|north|south|east|west)\b/i,
  soon: /^(?:er|est)|^\s+(?:after|before|as)\b/i,
  current: /^\s+(?:account|affairs|events|flows?|of|and|in)\b/i,
  now: /^-/,
}
const NOT_BEFORE: Record<string, ReadonlySet<string>> = { 'to date': new Set(['up']), soon: new Set(['as', 'how']) }

const PHRASES = Object.keys(REFERENCE_WORDS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')

/** "now", "currently", "so far" -> `PRESENT_REF`; "recently", "the past" -> `PAST_REF`; "the future" -> `FUTURE_REF`. */
export const reference: Rule = {
  name: 'reference',
  triggers: REFERENCE_TRIGGERS,
  reach: 3,
  pattern: new RegExp(`\\b(?:${PHRASES})\\b`, 'gi'),
  make(m, ctx) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ')
    const value = REFERENCE_WORDS[phrase]
    if (!value) return null
    if (NOT_AFTER[phrase]?.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null
    if (NOT_BEFORE[phrase]?.has(wordBefore(ctx.text, m.index).toLowerCase())) return null
    // TimeML leaves the preposition out of the extent: "in the past" is tagged "the past".
    const start = /^in\s/i.test(m[0]) ? m.index + m[0].search(/\s\S/) + 1 : m.index
    return draftAt(start, m.index + m[0].length, { type: 'DATE', value, rule: 'reference' })
  },
}

/**
 * "until then", "since then", "at the time", "at that time", "that day", "that year": the value of
 * the last anchored date before them, filled in by the narrative refiner.
 */
export const narrativeReference: Rule = {
  name: 'narrative',
  triggers: ['then', 'time', 'day', 'week', 'month', 'year'],
  reach: 2,
  pattern: /(?<=\b(?:since|until|till|by|before|after|from|back|at|during|on|in)\s+)(?:then\b(?![-‑])|the\s+time\b|that\s+(?:time|day|week|month|year)\b|the\s+same\s+(?:day|week|month|year)\b)|\b(?:that|the\s+same)\s+(?:day|week|month|year)\b/gi,
  make(m, ctx) {
    if (/time$/i.test(m[0]) && ['of', 'when'].includes(wordAfter(ctx.text, m.index + m[0].length).toLowerCase())) return null
    return draftOf(m, { type: 'DATE', value: 'PAST_REF', rule: 'narrative', narrative: true })
  },
}

export const referenceRules: readonly Rule[] = [reference, narrativeReference]
