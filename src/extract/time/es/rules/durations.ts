import { AGED_NOUNS, MULTIPLE_UNITS, UNITS } from '../../../../lexicon/es/time-words.js'
import { UNKNOWN, durationValue, fromPublication, shiftedValue } from '../../resolve.js'
import { draftOf, type Rule } from '../../types.js'
import { wordBefore } from '../guards.js'
import { COUNT_MOD, E, KEEP_OF_UNIT, NUMBER, UNIT, VAGUE, countOf, modOf, unitOf } from '../patterns.js'

const UNIT_WORDS = [...Object.keys(UNITS), ...Object.keys(MULTIPLE_UNITS)]

/** Verbs and phrases before "N años" that make it an age: "tenía 52 años", "cumplió 80 años", "a los 19 años". */
const AGE_BEFORE = new RegExp(`(?:(?<!\\p{L})(?:tiene|tienen|tenía|tenían|tuvo|cumple|cumplió|cumplía|cumplirá|cumplir|edad\\s+de|a\\s+(?:los|las)|(?:${AGED_NOUNS.join('|')}),?\\s+de)|,\\s*de)\\s+$`, 'iu')
const AGE_AFTER = /^\s+de\s+edad(?!\p{L})/iu
/** After "un segundo", words that show "segundo" is the ordinal ("un segundo ataque") are anything but these. */
const AFTER_SECOND_UNIT = new Set(['', 'después', 'antes', 'más', 'y', 'o', 'de', 'en', 'para', 'tarde'])
const NEXT_WORD = /^[^\p{L}\p{N}]*([\p{L}]*)/u

/**
 * "dos días", "siete días", "treinta y dos años", "más de dos décadas" (`P20Y`, MORE_THAN), "los últimos tres
 * meses", "un año y medio" (`P1.5Y`), "varias semanas" (`PXW`). "durante" stays outside: TimeML leaves out
 * prepositions.
 */
export const duration: Rule = {
  name: 'duration',
  triggers: UNIT_WORDS,
  reach: 6,
  pattern: new RegExp(`(?<!\\p{L})(?:(${COUNT_MOD})\\s+)?((?:los|las)\\s+(?:últimos|últimas|próximos|próximas|primeros|primeras)\\s+)?(${NUMBER}|${VAGUE})\\s+(${UNIT})(\\s+y\\s+medi[oa]${E})?`, 'giu'),
  make(m, ctx) {
    const [, modWord, , amount, unitWord, half] = m
    const unit = unitOf(unitWord!)
    if (unit === null) return null
    const end = m.index + m[0].length
    if (unit[1] === 'Y' && (AGE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index)) || AGE_AFTER.test(ctx.text.slice(end, end + 12)))) return null
    const quantity = amount!.toLowerCase()
    if (unit[1] === 'S' && /^un[oa]?$/.test(quantity) && !AFTER_SECOND_UNIT.has(NEXT_WORD.exec(ctx.text.slice(end, end + 20))![1]!.toLowerCase())) return null
    let count = countOf(quantity)
    if (count !== null && half) count += 0.5
    return draftOf(m, { type: 'DURATION', value: durationValue(count === null ? null : count * unit[0], unit[1]), mod: modOf(modWord), rule: 'duration' })
  },
}

/** "durante años", "desde hacía meses", "en décadas": a bare plural unit after a preposition is a vague duration. */
export const vagueDuration: Rule = {
  name: 'vague-duration',
  triggers: ['segundos', 'minutos', 'horas', 'días', 'semanas', 'meses', 'años', 'décadas', 'siglos'],
  reach: 0,
  pattern: new RegExp(`(segundos|minutos|horas|días|semanas|meses|años|décadas|siglos)${E}(?!\\s+(?:de\\s+edad|atrás|después|antes)(?!\\p{L}))`, 'giu'),
  make(m, ctx) {
    if (!['durante', 'en', 'tras', 'por', 'lleva', 'llevan', 'llevaba', 'llevaban', 'hacía'].includes(wordBefore(ctx.text, m.index))) return null
    return draftOf(m, { type: 'DURATION', value: durationValue(null, unitOf(m[1]!)![1]), rule: 'vague-duration' })
  },
}

/**
 * "dos días después", "un año antes", "tres meses más tarde" closing a clause: the last date the text
 * anchored, moved on or back ("dos días después del ataque" is left to the event anchors).
 */
export const offset: Rule = {
  name: 'offset',
  triggers: ['después', 'antes', 'tarde'],
  reach: 6,
  pattern: new RegExp(`(?<!\\p{L})(${NUMBER})\\s+(${UNIT})\\s+(después|antes|más\\s+tarde)${E}(?!\\s+(?:de|del|que)(?!\\p{L}))`, 'giu'),
  make(m, ctx) {
    const unit = unitOf(m[2]!)
    const count = countOf(m[1]!)
    if (unit === null || count === null || !(unit[1] in KEEP_OF_UNIT)) return null
    const code = unit[1] as keyof typeof KEEP_OF_UNIT
    const n = (m[3]!.toLowerCase() === 'antes' ? -1 : 1) * count * unit[0]
    const resolved = fromPublication(ctx, (a) => shiftedValue(a, code, n), UNKNOWN[code])
    return draftOf(m, { type: 'DATE', rule: 'offset', narrative: true, shift: { unit: code, n }, keep: KEEP_OF_UNIT[code], ...resolved })
  },
}

export const durationRules: readonly Rule[] = [duration, vagueDuration, offset]
