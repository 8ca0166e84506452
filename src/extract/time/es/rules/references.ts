import { NARRATIVE_WORDS, REFERENCE_WORDS } from '../../../../lexicon/es/time-words.js'
import type { UnitCode } from '../../../../lexicon/en/time-words.js'
import { UNKNOWN, fromPublication, shiftedValue } from '../../resolve.js'
import { draftAt, draftOf, type Rule } from '../../types.js'
import { startsSentence, wordBefore } from '../guards.js'
import { E, KEEP_OF_UNIT, phraseAlternation, phraseKey, triggerWords } from '../patterns.js'


/** Discourse uses that are no time: "ahora bien" (however), "tan pronto como" (as soon as), "lo más pronto posible". */
const NOT_AFTER: Readonly<Record<string, RegExp>> = { ahora: /^\s+bien(?!\p{L})/iu, pronto: /^\s+(?:como|posible)(?!\p{L})/iu }
const NOT_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = { pronto: new Set(['tan', 'más', 'muy']) }

/** "ahora", "actualmente", "en la actualidad", "hasta la fecha" -> `PRESENT_REF`; "recientemente" -> `PAST_REF`; "en el futuro" -> `FUTURE_REF`. */
export const reference: Rule = {
  name: 'reference',
  // Common words are left out: every phrase is reached from a rarer word in it ("a día de hoy" from "hoy").
  triggers: triggerWords(Object.keys(REFERENCE_WORDS)).filter((w) => !['el', 'la', 'a', 'de', 'en', 'este', 'estos', 'día', 'mismo', 'hasta'].includes(w)),
  reach: 3,
  pattern: new RegExp(`(?<!\\p{L})(?:${phraseAlternation(Object.keys(REFERENCE_WORDS))})${E}`, 'giu'),
  make(m, ctx) {
    const phrase = phraseKey(m[0])
    const value = REFERENCE_WORDS[phrase]
    const end = m.index + m[0].length
    if (!value || NOT_AFTER[phrase]?.test(ctx.text.slice(end, end + 12)) || NOT_BEFORE[phrase]?.has(wordBefore(ctx.text, m.index))) return null
    return draftOf(m, { type: 'DATE', value, rule: 'reference' })
  },
}

/** Before a bare "entonces", words that make it "so" or "the then-" rather than a time. */
const NOT_TIME_BEFORE = new Set(['y', 'e', 'pero', 'ni', 'o', 'pues', 'así', 'el', 'la', 'los', 'las', 'del', 'al'])
const TIME_BEFORE = new Set(['desde', 'hasta', 'para', 'por', 'de'])

/**
 * "en ese momento", "entonces", "desde entonces", "por aquel entonces", "ese día", "ese mismo año": the last
 * date the text anchored, kept at the phrase's granularity (filled in by the narrative refiner).
 * A bare "entonces" opening a clause ("Entonces, ...", "y entonces") or before a title ("el entonces
 * ministro") is a connective or an adjective, not a time.
 */
export const narrative: Rule = {
  name: 'narrative',
  triggers: triggerWords(Object.keys(NARRATIVE_WORDS)).filter((w) => ['entonces', 'momento', 'época', 'día', 'semana', 'mes', 'año'].includes(w)),
  reach: 3,
  pattern: new RegExp(`(?<!\\p{L})(?:${phraseAlternation(Object.keys(NARRATIVE_WORDS))})${E}`, 'giu'),
  make(m, ctx) {
    const phrase = phraseKey(m[0])
    const keep = NARRATIVE_WORDS[phrase]
    if (!keep) return null
    if (phrase === 'entonces') {
      const before = wordBefore(ctx.text, m.index)
      const opensClause = startsSentence(ctx.text, m.index) || /[,;]\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))
      if (!TIME_BEFORE.has(before) && (opensClause || NOT_TIME_BEFORE.has(before))) return null
    }
    return draftOf(m, { type: 'DATE', value: 'PAST_REF', rule: 'narrative', narrative: true, ...(keep === 'all' ? {} : { keep }) })
  },
}

const STEP_UNITS: Readonly<Record<string, UnitCode>> = { día: 'D', semana: 'W', mes: 'M', año: 'Y' }

/**
 * "al día siguiente", "la semana siguiente", "el año anterior", "la víspera": one unit on from (or back
 * from) the last date the text anchored; with none, from the publication date. "al" holds a preposition,
 * so the expression starts at the noun.
 */
export const narrativeStep: Rule = {
  name: 'narrative-step',
  triggers: ['siguiente', 'anterior', 'víspera'],
  reach: 3,
  pattern: new RegExp(`(?<!\\p{L})(?:(?:(al)|el|la)\\s+(día|semana|mes|año)\\s+(siguiente|anterior)|la\\s+víspera)${E}(?!\\s+(?:a|al|de|del)(?!\\p{L}))`, 'giu'),
  make(m, ctx) {
    const unit = STEP_UNITS[(m[2] ?? 'día').toLowerCase()]!
    const n = (m[3] ?? 'anterior').toLowerCase() === 'siguiente' ? 1 : -1
    const start = m[1] ? m.index + m[0].search(/\s/) + 1 : m.index
    const resolved = fromPublication(ctx, (a) => shiftedValue(a, unit, n), UNKNOWN[unit])
    return draftAt(start, m.index + m[0].length, { type: 'DATE', rule: 'narrative-step', narrative: true, shift: { unit, n }, keep: KEEP_OF_UNIT[unit as keyof typeof KEEP_OF_UNIT], ...resolved })
  },
}

export const referenceRules: readonly Rule[] = [reference, narrative, narrativeStep]
