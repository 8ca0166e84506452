import { durationValue } from '../../resolve.js'
import { draftOf, type Rule } from '../../types.js'
import { writtenAsName } from '../guards.js'
import { E, NUMBER, WEEKDAY, countOf, unitOf, weekdayOf } from '../patterns.js'

const ADVERBS: Readonly<Record<string, string>> = { diariamente: 'P1D', semanalmente: 'P1W', mensualmente: 'P1M', anualmente: 'P1Y' }
const SET_UNITS = 'segundos?|minutos?|horas?|días?|semanas?|meses|mes|trimestres?|años?|décadas?'

/**
 * "cada semana" (`P1W`), "cada dos meses" (`P2M`), "todos los días", "cada lunes" / "los domingos"
 * (`XXXX-WXX-7`), "diariamente", "dos veces al año" (`P1Y`): repeated times, TimeML SETs.
 */
export const setRule: Rule = {
  name: 'set',
  triggers: ['cada', 'todos', 'todas', 'sábados', 'domingos', 'veces', 'vez', ...Object.keys(ADVERBS)],
  reach: 3,
  pattern: new RegExp(`(?<!\\p{L})(?:cada\\s+(?:(${NUMBER})\\s+)?(${WEEKDAY}|${SET_UNITS})|tod[oa]s\\s+l[oa]s\\s+(${WEEKDAY}s?|días|semanas|meses|años)|los\\s+(sábados|domingos)|(diariamente|semanalmente|mensualmente|anualmente)|(?:(?:una|${NUMBER})\\s+vez|(?:${NUMBER})\\s+veces)\\s+(?:al|a\\s+la|por)\\s+(día|semana|mes|año|hora))${E}`, 'giu'),
  make(m, ctx) {
    const [, every, unitOrDay, allOf, weekendDays, adverb, perUnit] = m
    if (adverb) return draftOf(m, { type: 'SET', value: ADVERBS[adverb.toLowerCase()]!, rule: 'set' })
    const raw = unitOrDay ?? allOf ?? weekendDays
    const day = raw?.replace(/(?<=go|do)s$/i, '')
    const weekday = day ? weekdayOf(day) : null
    if (weekday !== null) {
      // "los Domingos" inside a sentence is a name (a newspaper, a club), not every Sunday.
      if (writtenAsName(ctx.text, m.index + m[0].lastIndexOf(raw!), raw!)) return null
      return draftOf(m, { type: 'SET', value: `XXXX-WXX-${weekday}`, rule: 'set' })
    }
    const word = (perUnit ?? day)!.toLowerCase()
    const unit = unitOf(word) ?? unitOf(word.replace(/e?s$/, ''))
    if (!unit) return null
    const n = perUnit ? 1 : every ? countOf(every) : 1
    return draftOf(m, { type: 'SET', value: durationValue(n === null ? null : n * unit[0], unit[1]), rule: 'set' })
  },
}

export const setRules: readonly Rule[] = [setRule]
