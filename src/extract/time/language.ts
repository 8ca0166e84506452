import { ENGLISH_RELATION, type EventRelation } from './refiners/event-anchors.js'
import { timeRules } from './rules/index.js'
import { tenseAround } from './tense.js'
import type { Rule, Tense } from './types.js'

/**
 * What the time stage needs to know about one language: its rules, how to read the tense of a clause,
 * and how a duration is tied to an event ("two days after the strike"). The resolution machinery
 * (publication anchor, narrative anchors, overlaps, clock dates) is shared by every language.
 */
export interface TimeLanguage {
  readonly rules: readonly Rule[]
  readonly tense: (sentence: string, at: number) => Tense
  readonly events: EventRelation
}

export const english: TimeLanguage = { rules: timeRules, tense: tenseAround, events: ENGLISH_RELATION }
