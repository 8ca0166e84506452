import { WEEKDAY_WORDS } from '../triggers.js'
import { DAY_PARTS, WEEKDAY_NAME_HEADS, type UnitCode } from '../../../lexicon/en/time-words.js'
import { addDays, formatDay, weekday, type Day } from '../calendar.js'
import { NUMBER, UNIT, WEEKDAY, isCapitalized, keyOf, modOf, unitOf, weekdayNumber } from '../patterns.js'
import { parseCount } from '../numbers.js'
import { UNKNOWN, fromPublication, shiftedValue, weekdayNear } from '../resolve.js'
import { draftAt, draftOf, type Rule } from '../types.js'
import { startsSentence, wordAfter } from './guards.js'

const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 }
const partCode = (word: string | undefined) => (word ? DAY_PARTS[word.toLowerCase()] : undefined)

/** "yesterday", "today", "tomorrow morning", "tonight", "this morning", "last night". */
export const dayWord: Rule = {
  name: 'day-word',
  triggers: ['yesterday', 'today', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night'],
  reach: 1,
  pattern: /\b(?:(early|late|earlier|later)\s+)?(?:(yesterday|today|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?|(this|last)\s+(morning|afternoon|evening|night))\b/gi,
  make(m, ctx) {
    const word = (m[2] ?? (m[4]!.toLowerCase() === 'last' ? 'yesterday' : 'today')).toLowerCase()
    const part = partCode(m[3] ?? m[5]) ?? (word === 'tonight' ? 'NI' : undefined)
    const resolved = fromPublication(ctx, (a) => formatDay(addDays(a, DAY_OFFSET[word]!)) + (part ? `T${part}` : ''), `XXXX-XX-XX${part ? `T${part}` : ''}`)
    return draftOf(m, { type: part ? 'TIME' : 'DATE', mod: modOf(m[1]), rule: 'day-word', ...resolved })
  },
}

const NAME_HEADS = new Set<string>(WEEKDAY_NAME_HEADS)

/**
 * "Sunday", "last Saturday", "next Monday", "Tuesday night". A bare weekday looks back in past or
 * tenseless context (news reports what happened) and ahead in future context; the publication day
 * itself counts, as in wire copy ("said Friday" in Friday's paper).
 */
export const weekdayRule: Rule = {
  name: 'weekday',
  triggers: WEEKDAY_WORDS,
  reach: 2,
  pattern: new RegExp(`\\b(?:(early|late|earlier|later)\\s+)?(?:(last|this|next|past|coming|on)\\s+)?(${WEEKDAY})(?![\\w-])(?:\\s+(morning|afternoon|evening|night))?`, 'gi'),
  make(m, ctx) {
    const [, edge, rel, name, part] = m
    const target = weekdayNumber(name!)
    if (target === null || !isCapitalized(name!)) return null
    const next = wordAfter(ctx.text, m.index + m[0].length)
    if (!part && isCapitalized(next) && NAME_HEADS.has(next.toLowerCase())) return null
    const which = rel?.toLowerCase()
    const start = which === 'on' && !edge ? m.index + m[0].indexOf(name!) : m.index
    const code = partCode(part)
    const direction = which === 'last' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : which === 'this' ? 0 : null
    const pick = (a: Day): Day => weekdayNear(a, target, direction, direction === null && ctx.tense(start) === 'future')
    const resolved = fromPublication(ctx, (a) => formatDay(pick(a)) + (code ? `T${code}` : ''), `XXXX-WXX-${target}${code ? `T${code}` : ''}`)
    return draftAt(start, m.index + m[0].length, { type: code ? 'TIME' : 'DATE', mod: modOf(edge), rule: 'weekday', ...resolved })
  },
}

const SHIFT: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 }

/** "last week" -> `2026-W01`, "this month" -> `2026-01`, "earlier this year", "last weekend". */
export const periodRule: Rule = {
  name: 'period',
  triggers: ['week', 'weekend', 'month', 'year', 'quarter'],
  reach: 5,
  pattern: /\b(?:(earlier|later|early|late|the end of|the beginning of|the start of|the middle of)\s+)?(?:the\s+)?(last|this|next|past|coming|current)\s+(week|weekend|month|year|quarter)\b/gi,
  make(m, ctx) {
    // "This Week" with both words capitalized mid-sentence is a title, not a period.
    if (isCapitalized(m[3]!) && isCapitalized(m[2]!) && !startsSentence(ctx.text, m.index)) return null
    const shift = SHIFT[m[2]!.toLowerCase()]!
    const unit = m[3]!.toLowerCase()
    const code: UnitCode = unit === 'weekend' ? 'W' : unitOf(unit)!
    const suffix = unit === 'weekend' ? '-WE' : ''
    // Written on a Sunday, "last week" is the week ending that day (weeks are told Sunday to Saturday).
    const back = (a: Day) => (unit === 'week' && shift < 0 && weekday(a) === 7 ? 0 : shift)
    const resolved = fromPublication(ctx, (a) => shiftedValue(a, code, back(a)) + suffix, UNKNOWN[code] + suffix)
    return draftOf(m, { type: 'DATE', mod: modOf(m[1]), rule: 'period', ...resolved })
  },
}

const QUARTER_VALUE = /^\d{4}-Q\d$/
const AGO_MODS: Record<string, string> = { about: 'APPROX', nearly: 'APPROX', almost: 'APPROX', roughly: 'APPROX', around: 'APPROX', some: 'APPROX', 'more than': 'BEFORE', over: 'BEFORE', 'less than': 'AFTER' }

/** "two weeks ago" -> the week two weeks before publication; "years ago" -> `PAST_REF`. */
export const agoRule: Rule = {
  name: 'ago',
  triggers: ['ago'],
  reach: 7,
  pattern: new RegExp(`\\b(?:(about|nearly|almost|roughly|around|some|more than|over|less than)\\s+)?(?:(${NUMBER}|several|a few|a couple of|many)\\s+)?(${UNIT})\\s+ago\\b`, 'gi'),
  make(m, ctx) {
    const unit = unitOf(m[3]!)
    if (unit === null) return null
    const count = m[2] ? parseCount(m[2].replace(/ of$/, '')) : null
    const mod = m[1] ? AGO_MODS[keyOf(m[1])] : undefined
    if (count === null) return draftOf(m, { type: 'DATE', value: 'PAST_REF', mod, rule: 'ago' })
    const resolved = fromPublication(ctx, (a) => shiftedValue(a, unit, -count), UNKNOWN[unit])
    // In a company report "a year ago" is the same quarter a year before the one just discussed.
    const report = unit === 'Y' ? { narrative: true, shift: { unit, n: -count }, anchorPattern: QUARTER_VALUE } : {}
    return draftOf(m, { type: 'DATE', mod, rule: 'ago', ...resolved, ...report })
  },
}



/**
 * "a year earlier", "two quarters before" at the end of a clause, and "year-earlier": the last date the
 * text anchored, moved back (or on, with "later"); the publication date stands in when there is none.
 */
export const offsetRule: Rule = {
  name: 'offset',
  triggers: ['earlier', 'before', 'ago'],
  reach: 4,
  pattern: new RegExp(`\\b(?:(${NUMBER})\\s+(year|quarter)s?\\s+(earlier|before)\\b(?!\\s+(?:the|a|an|his|her|its|their|this|that|it|he|she|they|than)\\b)|(year)-(earlier|ago)\\b)`, 'gi'),
  make(m, ctx) {
    const unit = unitOf(m[2] ?? m[4]!)!
    const n = -(m[1] ? parseCount(m[1]) ?? 1 : 1)
    const resolved = fromPublication(ctx, (a) => shiftedValue(a, unit, n), UNKNOWN[unit])
    return draftOf(m, { type: 'DATE', rule: 'offset', narrative: true, shift: { unit, n }, ...resolved })
  },
}

export const relativeRules: readonly Rule[] = [dayWord, weekdayRule, periodRule, agoRule, offsetRule]
