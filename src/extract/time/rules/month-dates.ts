import { MONTH_WORDS } from '../triggers.js'
import { formatDay, formatMonth, pad } from '../calendar.js'
import { MONTH, WEEKDAY, isCapitalized, keyOf, modOf, monthNumber } from '../patterns.js'
import { fromPublication, isDayOfMonth, numericDay, yearNear, yearOfMonth } from '../resolve.js'
import { draftOf, type Draft, type Rule, type RuleContext } from '../types.js'
import { TEMPORAL_PREPOSITIONS, looksLikeName, wordBefore } from './guards.js'

/** The year of a month (and day) written without one, by the tense around `position`. */
function yearFor(ctx: RuleContext, month: number, day: number, position: number): number | null {
  return ctx.anchor ? yearNear(ctx.anchor, ctx.tense(position), month, day) : null
}

function dayDraft(m: RegExpExecArray, ctx: RuleContext, rule: string, month: number | null, day: number, year?: string): Draft | null {
  // Months have their own lengths: "Feb. 30" is no date.
  if (!isDayOfMonth(month, day)) return null
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
      if (which) return formatMonth(yearOfMonth(a, month, which === 'last' ? -1 : which === 'next' ? 1 : 0), month)
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
    const day = m[1] ? numericDay(Number(m[1]), Number(m[2]), Number(m[3]), false) : numericDay(Number(m[6]), Number(m[4]), Number(m[5]), false)
    return day && draftOf(m, { type: 'DATE', value: formatDay(day), rule: 'numeric-date' })
  },
}

export const monthDateRules: readonly Rule[] = [dayMonthYear, monthDayYear, monthYear, monthAlone, numericDate]
