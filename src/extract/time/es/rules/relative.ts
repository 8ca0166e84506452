import { DAY_PARTS, DAY_WORDS, DIRECTIONS, MODIFIERS, WEEKDAYS } from '../../../../lexicon/es/time-words.js'
import type { UnitCode } from '../../../../lexicon/en/time-words.js'
import { addDays, formatDay, type Day } from '../../calendar.js'
import { UNKNOWN, durationValue, fromPublication, shiftedValue, weekdayNear } from '../../resolve.js'
import { draftOf, type Rule } from '../../types.js'
import { startsSentence, wordBefore, writtenAsName } from '../guards.js'
import { COUNT_MOD, E, EDGE, NUMBER, UNIT, VAGUE, WEEKDAY, countOf, modOf, phraseAlternation, phraseKey, triggerWords, unitOf, weekdayOf } from '../patterns.js'

const PART = `(?:\\s+(?:por|en|a)\\s+la\\s+(mañana|tarde|noche|madrugada))`
const partCode = (word: string | undefined) => (word ? DAY_PARTS[word.toLowerCase()] : undefined)

/** "mañana" after an article or "por la" is the morning, and "el mañana" the future: not tomorrow. */
const MORNING_BEFORE = new Set(['la', 'una', 'cada', 'toda', 'media', 'el', 'esa', 'aquella', 'misma'])
const DAY_WORD_PHRASES = phraseAlternation(Object.keys(DAY_WORDS))

/** "ayer", "hoy", "anteayer", "mañana", "anoche", "esta mañana", "ayer por la tarde", resolved against publication. */
export const dayWord: Rule = {
  name: 'day-word',
  // "antes de ayer" and "pasado mañana" are reached from their last word.
  triggers: triggerWords(Object.keys(DAY_WORDS)).filter((w) => !['de', 'esta', 'antes', 'pasado'].includes(w)),
  reach: 2,
  pattern: new RegExp(`(?<!\\p{L})(${DAY_WORD_PHRASES})${PART}?${E}`, 'giu'),
  make(m, ctx) {
    const word = phraseKey(m[1]!)
    if (word === 'mañana' && MORNING_BEFORE.has(wordBefore(ctx.text, m.index))) return null
    const [offset, own] = DAY_WORDS[word]!
    const part = partCode(m[2]) ?? own
    const resolved = fromPublication(ctx, (a) => formatDay(addDays(a, offset)) + (part ? `T${part}` : ''), `XXXX-XX-XX${part ? `T${part}` : ''}`)
    return draftOf(m, { type: part ? 'TIME' : 'DATE', rule: 'day-word', ...resolved })
  },
}

/**
 * "el domingo", "el pasado lunes", "el lunes próximo", "este martes", "la noche del sábado". A bare weekday
 * looks back in past or tenseless context and ahead in future context (news conventions, as in English).
 * The article is part of the expression; "del" and "al" hold a preposition, so they are left out.
 */
export const weekday: Rule = {
  name: 'weekday',
  triggers: Object.keys(WEEKDAYS),
  reach: 5,
  pattern: new RegExp(`(?:(?:la\\s+)?(mañana|tarde|noche|madrugada)\\s+del\\s+|(?:el|(este))\\s+)?(?:(pasado|próximo)\\s+)?(${WEEKDAY})(?:\\s+(pasado|próximo|que\\s+viene))?${PART}?${E}`, 'giu'),
  make(m, ctx) {
    const [, partBefore, este, relBefore, name, relAfter, partAfter] = m
    const target = weekdayOf(name!)
    const at = m.index + m[0].indexOf(name!)
    if (target === null || writtenAsName(ctx.text, at, name!)) return null
    const rel = relBefore ?? relAfter ?? este
    const direction = rel ? DIRECTIONS[phraseKey(rel)]! : null
    const code = partCode(partBefore ?? partAfter)
    const pick = (a: Day): Day => weekdayNear(a, target, direction, direction === null && ctx.tense(at) === 'future')
    const resolved = fromPublication(ctx, (a) => formatDay(pick(a)) + (code ? `T${code}` : ''), `XXXX-WXX-${target}${code ? `T${code}` : ''}`)
    return draftOf(m, { type: code ? 'TIME' : 'DATE', rule: 'weekday', ...resolved })
  },
}

const PERIOD_UNITS: Readonly<Record<string, UnitCode>> = { semana: 'W', 'fin de semana': 'W', mes: 'M', año: 'Y', trimestre: 'Q' }

/**
 * "la semana pasada" -> `2026-W01`, "este mes" -> `2026-01`, "el año pasado" -> `2025`, "la próxima semana",
 * "este fin de semana" (`-WE`), "a finales del año pasado" (END): periods, not days.
 */
export const period: Rule = {
  name: 'period',
  triggers: ['semana', 'mes', 'año', 'trimestre'],
  reach: 6,
  pattern: new RegExp(`(?:(${EDGE})\\s+(?:de\\s+(?=est)|del\\s+))?(?:(?:el|la|(este|esta))\\s+)?(?:(pasad[oa]|próxim[oa])\\s+)?(semana|fin\\s+de\\s+semana|mes|año|trimestre)(?:\\s+(pasad[oa]|próxim[oa]|que\\s+viene|en\\s+curso))?${E}`, 'giu'),
  make(m, ctx) {
    const [, edge, este, relBefore, unitWord, relAfter] = m
    const rel = relBefore ?? relAfter ?? este
    // "el año" alone is no period; "esta semana" must not be "Esta Semana", a title inside a sentence.
    if (!rel || (/^\p{Lu}/u.test(unitWord!) && !startsSentence(ctx.text, m.index))) return null
    const shift = DIRECTIONS[phraseKey(rel)]!
    const unit = phraseKey(unitWord!)
    const code = PERIOD_UNITS[unit]!
    const suffix = unit === 'fin de semana' ? '-WE' : ''
    const resolved = fromPublication(ctx, (a) => shiftedValue(a, code, shift) + suffix, UNKNOWN[code] + suffix)
    return draftOf(m, { type: 'DATE', mod: modOf(edge), rule: 'period', ...resolved })
  },
}

const AGO_MODS: Readonly<Record<string, string>> = { 'más de': 'BEFORE', 'menos de': 'AFTER' }

/**
 * "hace dos días" -> the day two days before publication, "hace una semana" -> that week, "tres años atrás";
 * "hace unos días", "hace años" -> `PAST_REF`. After "desde", "hace dos años" is how long something has
 * lasted: a DURATION.
 */
export const ago: Rule = {
  name: 'ago',
  triggers: ['hace', 'atrás'],
  reach: 6,
  pattern: new RegExp(`(?<!\\p{L})(?:hace\\s+(?:(${COUNT_MOD})\\s+)?(?:(${NUMBER}|${VAGUE})\\s+)?(${UNIT})|(${NUMBER})\\s+(${UNIT})\\s+atrás${E})`, 'giu'),
  make(m, ctx) {
    const unit = unitOf(m[3] ?? m[5]!)
    if (unit === null) return null
    const amount = m[2] ?? m[4]
    const count = amount ? countOf(amount) : null
    const modWord = m[1] ? phraseKey(m[1]) : undefined
    const mod = modWord ? AGO_MODS[modWord] ?? MODIFIERS[modWord] : amount && /^un[oa]s$/i.test(amount) ? 'APPROX' : undefined
    if (wordBefore(ctx.text, m.index) === 'desde') {
      return draftOf(m, { type: 'DURATION', value: durationValue(count === null ? null : count * unit[0], unit[1]), mod, rule: 'ago' })
    }
    if (count === null) return draftOf(m, { type: 'DATE', value: 'PAST_REF', rule: 'ago' })
    const n = count * unit[0]
    const resolved = fromPublication(ctx, (a) => shiftedValue(a, unit[1], -n), UNKNOWN[unit[1]])
    return draftOf(m, { type: 'DATE', mod, rule: 'ago', ...resolved })
  },
}

export const relativeRules: readonly Rule[] = [dayWord, weekday, period, ago]
