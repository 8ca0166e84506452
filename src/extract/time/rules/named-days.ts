import { HOLIDAY_WORDS } from '../triggers.js'
import { FIXED_HOLIDAYS } from '../../../lexicon/en/time-words.js'
import { addDays, formatDay, isoWeek, nearestWeekday, pad, type Day } from '../calendar.js'
import { fromPublication } from '../resolve.js'
import { draftOf, type Rule } from '../types.js'

/** The weekend as a TimeML week value (`2026-W01-WE`): the last one in past context, the coming one in future context. */
export const weekend: Rule = {
  name: 'weekend',
  triggers: ['weekend'],
  reach: 2,
  pattern: /\b(?<=\b(?:over|during|on|at|for|this|of)\s+)the\s+weekend\b|\b(?:this|last|next|the\s+past|the\s+coming)\s+weekend\b/gi,
  make(m, ctx) {
    const rel = /^(?:last|the\s+past)/i.test(m[0]) ? -1 : /^(?:next|the\s+coming)/i.test(m[0]) ? 1 : 0
    return draftOf(m, {
      type: 'DATE', rule: 'weekend',
      ...fromPublication(ctx, (a) => {
        const past = rel < 0 || (rel === 0 && !/^this/i.test(m[0]) && ctx.tense(m.index) !== 'future')
        const saturday = past ? nearestWeekday(addDays(a, 1), 6, -1) : rel > 0 ? nearestWeekday(nearestWeekday(a, 6, 1), 6, 1) : nearestWeekday(addDays(a, -1), 6, 1)
        return `${isoWeek(saturday)}-WE`
      }, 'XXXX-WXX-WE'),
    })
  },
}

/** "year-end", "the end of the year", "by year's end": the year (or month) with mod END. */
export const periodEnd: Rule = {
  name: 'period-end',
  triggers: ['end'],
  reach: 2,
  pattern: /\b(?:year[- ]end|year['’]s\s+end|the\s+end\s+of\s+the\s+(year|month))\b/gi,
  make(m, ctx) {
    const month = m[1]?.toLowerCase() === 'month'
    return draftOf(m, { type: 'DATE', mod: 'END', rule: 'period-end', ...fromPublication(ctx, (a) => (month ? `${pad(a.y, 4)}-${pad(a.m)}` : pad(a.y, 4)), month ? 'XXXX-XX' : 'XXXX') })
  },
}

/** Thanksgiving (US): the fourth Thursday of November. US Election Day: the Tuesday after the first Monday of November. */
const MOVABLE: Record<string, (y: number) => Day> = {
  thanksgiving: (y) => addDays(nearestWeekday({ y, m: 10, d: 31 }, 4, 1), 21),
  'thanksgiving day': (y) => MOVABLE['thanksgiving']!(y),
  'election day': (y) => addDays(nearestWeekday({ y, m: 10, d: 31 }, 1, 1), 1),
}

const HOLIDAY_NAMES = [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(MOVABLE)].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+').replace(/'/g, "['’]")

/** Named days ("Christmas Day", "Thanksgiving", "Election Day"), in the year nearest the publication date. */
export const holiday: Rule = {
  name: 'holiday',
  triggers: HOLIDAY_WORDS,
  reach: 3,
  pattern: new RegExp(`\\b(?:(last|this|next)\\s+)?(${HOLIDAY_NAMES})\\b`, 'gi'),
  make(m, ctx) {
    const name = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")
    if (!/^\p{Lu}/u.test(m[2]!)) return null
    const dayIn = (y: number): Day => {
      const fixed = FIXED_HOLIDAYS[name]
      return fixed ? { y, m: Number(fixed.slice(0, 2)), d: Number(fixed.slice(3)) } : MOVABLE[name]!(y)
    }
    const rel = m[1]?.toLowerCase()
    return draftOf(m, {
      type: 'DATE', rule: 'holiday',
      ...fromPublication(ctx, (a) => {
        const today = formatDay(a)
        const y = rel === 'last' ? (formatDay(dayIn(a.y)) < today ? a.y : a.y - 1)
          : rel === 'next' ? (formatDay(dayIn(a.y)) > today ? a.y : a.y + 1)
          : rel === 'this' || ctx.tense(m.index) !== 'past' ? a.y : formatDay(dayIn(a.y)) <= today ? a.y : a.y - 1
        return formatDay(dayIn(y))
      }, 'XXXX-XX-XX'),
    })
  },
}

export const namedDayRules: readonly Rule[] = [weekend, periodEnd, holiday]
