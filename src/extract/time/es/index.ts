import type { EventRelation } from '../refiners/event-anchors.js'
import type { TimeLanguage } from '../language.js'
import { spanishTimeRules } from './rules/index.js'
import { tenseAroundEs } from './tense.js'

/** Accents and case folded away, so "votación" and "votaciones" share the stem "votacion". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** "dos días después del ataque", "una semana antes de la votación": the relation and the event noun. */
export const SPANISH_RELATION: EventRelation = {
  pattern: /^\s+(después|antes|luego)\s+(?:del|de\s+(?:la|los|las|su|sus|este|esta|ese|esa|aquel|aquella))\s+(\p{L}{3,})/iu,
  back: /^antes/i,
  mentions(noun) {
    const stem = fold(noun).replace(/(?:es|s)$/, '')
    const pattern = new RegExp(`(?<!\\p{L})${stem}\\p{L}{0,2}(?!\\p{L})`, 'u')
    return (sentence) => pattern.test(fold(sentence))
  },
}

/** The Spanish time stage: its own rules, tense cues and event relation over the shared resolution machinery. */
export const spanish: TimeLanguage = { rules: spanishTimeRules, tense: tenseAroundEs, events: SPANISH_RELATION }
