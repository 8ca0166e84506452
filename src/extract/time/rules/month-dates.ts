import { MONTH_WORDS } from '../triggers.js'
import { formatDay, formatMonth, pad, parseDay } from '../calendar.js'
import { MONTH, WEEKDAY, isCapitalized, keyOf, modOf, monthNumber } from '../patterns.js'
import { fromPublication } from '../resolve.js'
import { draftOf, type Draft, type Rule, type RuleContext } from '../types.js'
import { TEMPORAL_PREPOSITIONS, looksLikeName, wordBefore } from './guards.js'


/** How far (in days) a tense cue may be contradicted before the date moves a year: cues are cheap and often wrong. */
const SLACK = 62

/**
 * The year of a month (and day) written without one: in past context the publication year unless that
 * lies over two months ahead (then the year before), in future context the mirror image, and with no
 * tense cue the occurrence nearest the publication date.
 */
function yearFor(ctx: RuleContext, month: number, day: number, position: number): number | null {
  const a = ctx.anchor
  if (!a) return null
  const ahead = (month - a.m) * 31 + (day - a.d)
  const tense = ctx.tense(position)
  if (tense === 'past') return ahead > SLACK ? a.y - 1 : a.y
  if (tense === 'future') return ahead < -SLACK ? a.y + 1 : a.y
  if (ahead > 183) return a.y - 1
  return ahead < -183 ? a.y + 1 : a.y
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function dayDraft(m: RegExpExecArray, ctx: RuleContext, rule: string, month: number | null, day: number, year?: string): Draft | null {
  // Months have their own lengths: "Feb. 30" is no date (29 February is let through, leap year or not).
  if (month === null || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null
  if (year) return draftOf(m, { type: 'DATE', value: `${year}-${pad(month)}-${pad(day)}`, rule })
  const y = yearFor(ctx, month, day, m.index)
  const resolved = fromPublication(ctx, () => `${pad(y!, 4)}-${pad(month)}-${pad(day)}`, `XXXX-${pad(month)}-${pad(day)}`)
  return draftOf(m, { type: 'DATE', rule, ...resolved })
}

/** "3 January 2026", "3rd of January", "3 Jan". */
export const dayMonthYear: Rule = {
  name: 'day-month-year',
  triggers: MONTH_WORDS,
  reach: 2,
  pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH})(?!\\w)(?:,?\\s+(\\d{4})(?!\\d))?`, 'gi'),
  make: (m, ctx) => (isCapitalized(m[2]!) ? dayDraft(m, ctx, 'day-month-year', monthNumber(m[2]!), Number(m[1]), m[3]) : null),
}

/** "January 3", "Jan. 3, 2026", "Monday, Oct. 26". */
export const monthDayYear: Rule = {
  name: 'month-day-year',
  triggers: MONTH_WORDS,
  reach: 2,
  pattern: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(${MONTH})(?!\\w)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'gi'),
  make: (m, ctx) => (isCapitalized(m[1]!) ? dayDraft(m, ctx, 'month-day-year', monthNumber(m[1]!), Number(m[2]), m[3]) : null),
}

/** "April 2019", "early December 1998": the month, keeping month granularity. */
export const monthYear: Rule = {
  name: 'month-year',
  triggers: MONTH_WORDS,
  reach: 1,
  pattern: new RegExp(`\\b(?:(early|late|mid)[- ]?)?(${MONTH})(?!\\w),?\\s+(?:of\\s+)?(\\d{4})(?!\\d)`, 'gi'),
  make(m) {
    const month = monthNumber(m[2]!)
    if (month === null || !isCapitalized(m[2]!)) return null
    return draftOf(m, { type: 'DATE', value: formatMonth(Number(m[3]), month), mod: modOf(m[1]), rule: 'month-year' })
  },
}

/** Months that are also common words; alone they count only after a temporal preposition. */
const AMBIGUOUS = new Set([3, 5])
const FULL_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])

/** A month named alone ("in April", "last March", "June last year"), placed by tense. */
export const monthAlone: Rule = {
  name: 'month',
  triggers: MONTH_WORDS,
  reach: 3,
  pattern: new RegExp(`\\b(?:(early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?)?(?:(last|this|next)\\s+)?(${MONTH})(?!\\w)(?:,?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`, 'gi'),
  make(m, ctx) {
    const [, early, rel, name, yearRel] = m
    const month = monthNumber(name!)
    if (month === null || !isCapitalized(name!) || !FULL_NAMES.has(keyOf(name!))) return null
    if (!early && !rel && looksLikeName(ctx.text, m.index, m.index + m[0].length)) return null
    if (AMBIGUOUS.has(month) && !early && !rel && !TEMPORAL_PREPOSITIONS.has(wordBefore(ctx.text, m.index).toLowerCase())) return null
    const which = (rel ?? yearRel ?? '').toLowerCase()
    const resolved = fromPublication(ctx, (a) => {
      if (yearRel) return formatMonth(a.y + (which === 'last' ? -1 : which === 'next' ? 1 : 0), month)
      if (which === 'this') return formatMonth(a.y, month)
      if (which === 'next') return formatMonth(month > a.m ? a.y : a.y + 1, month)
      if (which === 'last') return formatMonth(month < a.m ? a.y : a.y - 1, month)
      return formatMonth(yearFor(ctx, month, a.d, m.index)!, month)
    }, `XXXX-${pad(month)}`)
    return draftOf(m, { type: 'DATE', mod: modOf(early), rule: 'month', ...resolved })
  },
}

/** "2026-01-03" and US-style "1/3/2026". */
export const numericDate: Rule = {
  name: 'numeric-date',
  triggers: ['#year'],
  reach: 4,
  pattern: /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
  make(m) {
    const [y, mo, d] = m[1] ? [m[1], Number(m[2]), Number(m[3])] : [m[6]!, Number(m[4]), Number(m[5])]
    const [month, day] = mo > 12 ? [d, mo] : [mo, d]
    if (month < 1 || month > 12 || day < 1 || day > 31) return null
    return draftOf(m, { type: 'DATE', value: formatDay({ y: Number(y), m: month, d: day }), rule: 'numeric-date' })
  },
}

export const monthDateRules: readonly Rule[] = [dayMonthYear, monthDayYear, monthYear, monthAlone, numericDate]
