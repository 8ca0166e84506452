import { draftOf, type Rule } from '../../types.js'
import { capitalizedBefore, wordBefore } from '../guards.js'
import { E, EDGE, modOf } from '../patterns.js'
import { TEMPORAL_PREPOSITIONS } from './dates.js'

/** Words before a number that make it a quantity, not a year ("unos 2000", "el vuelo 2019"). */
const QUANTITY_BEFORE = new Set(['unos', 'unas', 'casi', 'aproximadamente', 'apenas', 'solo', 'sólo', 'número', 'vuelo', 'página', 'los', 'las', 'sus', 'estos', 'estas', 'esos', 'esas', 'otros', 'otras', 'ruta', 'modelo', 'habitación'])
const QUANTITY_PHRASE_BEFORE = /(?:más|menos|cerca|alrededor|total|un\s+máximo|un\s+mínimo)\s+de\s+$/iu
/** Words after a number that make it a count, a sum or a clock time ("2000 soldados", "2000 dólares", "1500 horas"). */
const QUANTITY_AFTER = /^\s*(?:%|por\s+ciento|millones|mil\b|horas|GMT|UTC|km|kilómetros|metros|toneladas|dólares|euros|pesos|bolívares)/iu
/** A lower-case plural right after ("2000 manifestantes") makes a count; function words ("2019 las tropas") do not. */
const PLURAL_AFTER = /^\s+([a-záéíóúüñ]+s)(?![\p{L}])/u
const NOT_NOUNS = new Set(['las', 'los', 'unos', 'unas', 'sus', 'mis', 'tus', 'nos', 'les', 'más', 'tras', 'pues', 'después', 'antes', 'además', 'mientras', 'entonces', 'apenas', 'ambos', 'ambas', 'estos', 'estas', 'esos', 'esas', 'nuestros', 'nuestras', 'varios', 'varias', 'todos', 'todas', 'muchos', 'muchas', 'otros', 'otras', 'es', 'has', 'fuimos', 'éramos'])

/** "2019", "en 2019", "a finales de 2019" (END), "mediados de 1990" (MID): a year, with its modifier. */
export const year: Rule = {
  name: 'year',
  triggers: ['#year'],
  reach: 3,
  pattern: new RegExp(`(?<![\\d$€£#.,:/-]|\\d[.,])(?:(${EDGE})\\s+(?:de|del)\\s+)?((?:1[0-9]|20)\\d\\d)(?![\\d%]|[.,:]\\d|-\\d)${E}`, 'giu'),
  make(m, ctx) {
    const n = Number(m[2])
    const start = m.index + m[0].length - m[2]!.length
    const before = wordBefore(ctx.text, start)
    if (!m[1] && !(n >= 1900 && n <= 2099) && !TEMPORAL_PREPOSITIONS.has(before)) return null
    if (!m[1] && capitalizedBefore(ctx.text, start)) return null
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20)
    if (QUANTITY_BEFORE.has(before) || QUANTITY_PHRASE_BEFORE.test(ctx.text.slice(Math.max(0, start - 24), start)) || QUANTITY_AFTER.test(after)) return null
    const plural = PLURAL_AFTER.exec(after)?.[1]
    if (plural && !NOT_NOUNS.has(plural)) return null
    return draftOf(m, { type: 'DATE', value: m[2]!, mod: modOf(m[1]), rule: 'year' })
  },
}

const DECADE_WORDS: Readonly<Record<string, string>> = { veinte: '192', treinta: '193', cuarenta: '194', cincuenta: '195', sesenta: '196', setenta: '197', ochenta: '198', noventa: '199' }

/** "la década de 1990", "los años noventa", "los años 80": a decade keeps decade granularity. */
export const decade: Rule = {
  name: 'decade',
  triggers: ['década', 'años'],
  reach: 3,
  pattern: new RegExp(`(?:(${EDGE})\\s+de\\s+)?(?:la\\s+década\\s+de(?:\\s+los)?\\s+((?:1[0-9]|20)\\d)0|los\\s+años\\s+(?:((?:19)?[2-9])0|(${Object.keys(DECADE_WORDS).join('|')})))${E}`, 'giu'),
  make(m) {
    const value = m[2] ?? (m[3] ? (m[3].length === 1 ? `19${m[3]}` : m[3]) : DECADE_WORDS[m[4]!.toLowerCase()]!)
    return draftOf(m, { type: 'DATE', value, mod: modOf(m[1]), rule: 'decade' })
  },
}

export const yearRules: readonly Rule[] = [year, decade]
