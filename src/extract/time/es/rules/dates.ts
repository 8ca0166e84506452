import { MONTHS } from '../../../../lexicon/es/time-words.js'
import { formatDay, formatMonth, pad } from '../../calendar.js'
import { fromPublication, isDayOfMonth, numericDay, yearNear, yearOfMonth } from '../../resolve.js'
import { draftOf, type Rule, type RuleContext, type Tense } from '../../types.js'
import { capitalizedBefore, wordBefore, writtenAsName } from '../guards.js'
import { E, EDGE, MONTH, WEEKDAY, modOf, monthOf } from '../patterns.js'

const MONTH_WORDS = Object.keys(MONTHS)

/** Words before a bare month or year that show it is used as a time ("en mayo", "desde 2019"). */
export const TEMPORAL_PREPOSITIONS = new Set([
  'en', 'desde', 'hasta', 'de', 'del', 'para', 'a', 'entre', 'y', 'e', 'o', 'durante', 'antes', 'después', 'hacia',
  'tras', 'año', 'mes', 'el', 'pasado', 'próximo', 'este', 'fin', 'finales', 'principios', 'mediados', 'comienzos', 'inicios',
])

const TENSE_OF_WORD: Readonly<Record<string, Tense>> = { pasado: 'past', próximo: 'future' }

/** A day and month, in the year given, or in the year the tense (or "pasado"/"próximo") places it. */
function dayValue(ctx: RuleContext, position: number, month: number, day: number, year: string | undefined, rel: string | undefined) {
  if (year) return { value: `${year}-${pad(month)}-${pad(day)}` }
  const tense = TENSE_OF_WORD[rel?.toLowerCase() ?? ''] ?? ctx.tense(position)
  return fromPublication(ctx, (a) => formatDay({ y: yearNear(a, tense, month, day), m: month, d: day }), `XXXX-${pad(month)}-${pad(day)}`)
}

/**
 * A capital on a month makes it part of a name ("Plaza de Mayo", "Avenida 9 de Julio"), unless a year
 * shows a date some writers capitalize ("3 de Enero de 2026") and no name runs into it.
 */
function monthAsName(ctx: RuleContext, m: RegExpExecArray, name: string, year: string | undefined): boolean {
  if (!writtenAsName(ctx.text, m.index + m[0].indexOf(name), name)) return false
  return !year || capitalizedBefore(ctx.text, m.index)
}

/** "3 de enero de 2026", "el 3 de enero", "el pasado 4 de enero", "el martes 3 de enero", "1.º de mayo". */
export const dayMonth: Rule = {
  name: 'day-month-year',
  triggers: MONTH_WORDS,
  reach: 6,
  pattern: new RegExp(`(?:(?:el|este)\\s+)?(?:(${WEEKDAY}),?\\s+)?(?:(pasado|próximo)\\s+)?(\\d{1,2}|primero)(?:\\.?\\s?[º°])?\\s+de\\s+(${MONTH})(?:\\s+del?\\s+(\\d{4})(?!\\d))?${E}`, 'giu'),
  make(m, ctx) {
    const [, weekday, rel, dayWord, name, year] = m
    const month = monthOf(name!)
    const day = dayWord!.toLowerCase() === 'primero' ? 1 : Number(dayWord)
    if (!isDayOfMonth(month, day)) return null
    if (monthAsName(ctx, m, name!, year) || (weekday && writtenAsName(ctx.text, m.index + m[0].indexOf(weekday), weekday))) return null
    return draftOf(m, { type: 'DATE', rule: 'day-month-year', ...dayValue(ctx, m.index, month, day, year, rel) })
  },
}

/** "abril de 2019", "finales de diciembre de 2024": the month, keeping month granularity. */
export const monthYear: Rule = {
  name: 'month-year',
  triggers: MONTH_WORDS,
  reach: 2,
  pattern: new RegExp(`(?:(${EDGE})\\s+de\\s+)?(${MONTH})\\s+del?\\s+(\\d{4})(?!\\d)`, 'giu'),
  make(m, ctx) {
    const month = monthOf(m[2]!)
    if (month === null || monthAsName(ctx, m, m[2]!, m[3])) return null
    return draftOf(m, { type: 'DATE', value: formatMonth(Number(m[3]), month), mod: modOf(m[1]), rule: 'month-year' })
  },
}

const DAY_BEFORE = /\d[º°.]*\s+de\s+$/u

const YEAR_SHIFT: Readonly<Record<string, number>> = { este: 0, 'en curso': 0, pasado: -1, próximo: 1, 'que viene': 1 }

/**
 * A month alone ("en mayo", "el pasado mes de marzo", "marzo pasado", "a finales de junio", "mayo del año
 * pasado"): after a temporal preposition or with its own modifier, placed by tense like a bare day.
 */
export const monthAlone: Rule = {
  name: 'month',
  triggers: MONTH_WORDS,
  reach: 5,
  pattern: new RegExp(`(?:(${EDGE})\\s+(?:de|del(?=\\s+(?:pasado|próximo|mes)))\\s+)?(?:(?:el|(este))\\s+)?(?:(pasado|próximo)\\s+)?(mes\\s+de\\s+)?(${MONTH})(?:\\s+(pasado|próximo|que\\s+viene)|\\s+(?:de\\s+este|del\\s+(pasado|próximo))\\s+año|\\s+del\\s+año\\s+(pasado|próximo|que\\s+viene|en\\s+curso))?${E}`, 'giu'),
  make(m, ctx) {
    const [, edge, este, relBefore, mesDe, name, relAfter, yearBefore, yearAfter] = m
    const month = monthOf(name!)
    if (month === null || writtenAsName(ctx.text, m.index + m[0].indexOf(name!), name!)) return null
    const rel = (relBefore ?? relAfter ?? este)?.toLowerCase().replace(/\s+/g, ' ')
    const yearWord = (yearBefore ?? yearAfter)?.toLowerCase().replace(/\s+/g, ' ') ?? (/de\s+este\s+año$/i.test(m[0]) ? 'este' : undefined)
    if (!edge && !rel && !mesDe && !yearWord && !TEMPORAL_PREPOSITIONS.has(wordBefore(ctx.text, m.index))) return null
    // "30 de febrero": the day rule refused an impossible day; the month must not stand alone.
    if (DAY_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null
    const resolved = fromPublication(ctx, (a) => {
      if (yearWord) return formatMonth(a.y + YEAR_SHIFT[yearWord]!, month)
      if (rel) return formatMonth(yearOfMonth(a, month, YEAR_SHIFT[rel]! as -1 | 0 | 1), month)
      return formatMonth(yearNear(a, ctx.tense(m.index), month, a.d), month)
    }, `XXXX-${pad(month)}`)
    return draftOf(m, { type: 'DATE', mod: modOf(edge), rule: 'month', ...resolved })
  },
}

/** "03/01/2026" and "3-1-2026", day first as Spanish writes them, and ISO "2026-01-03". */
export const numericDate: Rule = {
  name: 'numeric-date',
  triggers: ['#year'],
  reach: 4,
  pattern: /(?<![\d/.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([/-])(\d{1,2})\5(\d{4}))(?![\d/-])/g,
  make(m) {
    const day = m[1] ? numericDay(Number(m[1]), Number(m[2]), Number(m[3]), false) : numericDay(Number(m[7]), Number(m[4]), Number(m[6]), true)
    return day && draftOf(m, { type: 'DATE', value: formatDay(day), rule: 'numeric-date' })
  },
}

export const dateRules: readonly Rule[] = [dayMonth, monthYear, monthAlone, numericDate]
