import type { Tense } from './types.js'

// Cheap tense cues: auxiliaries and set phrases that point ahead, and past forms (regular "-ed"
// and the irregular verbs news uses most). The cue nearest the time expression wins.
const FUTURE = /\b(?:will|shall|would|won['’]t|going to|plans?|planned|planning|scheduled|slated|set to|expected|is to|are to|upcoming|intends? to|aims? to|as soon as|(?:is|are)\s+due\s+to)\b|\b\w+['’]ll\b/gi
const PAST = /\b(?:was|were|had|did|said|told|met|took|came|went|made|left|began|fell|held|gave|saw|won|lost|got|sent|led|fled|flew|shot|hit|struck|spoke|wrote|broke|brought|bought|thought|found|became|ran|rose|chose|paid|put|set|cut|knew|stood|sat|wore|drove|sought|fought|caught|taught|ago|yesterday|last|earlier|\w{3,}ed)\b/gi

/** Cues that look like past forms but are not verbs in the past ("need", "red", "speed"). */
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'feed', 'seed', 'breed', 'proceed', 'succeed', 'exceed', 'hundred', 'united', 'limited', 'naked', 'sacred', 'wicked', 'bed', 'shed'])

/** A participle after a future auxiliary ("will be held", "to be signed") is no sign of the past. */
const FUTURE_AUXILIARY = /\b(?:will|would|shall|to|['’]ll)\s+(?:be|have(?:\s+been)?)\s+$/i

function nearest(pattern: RegExp, sentence: string, at: number, skip?: (m: RegExpExecArray) => boolean): number {
  let best = Infinity
  pattern.lastIndex = 0
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    if (skip?.(m)) continue
    best = Math.min(best, Math.abs(m.index - at))
  }
  return best
}

const notPast = (sentence: string) => (m: RegExpExecArray) =>
  NOT_PAST.has(m[0].toLowerCase()) || FUTURE_AUXILIARY.test(sentence.slice(Math.max(0, m.index - 24), m.index))

/**
 * Tense of the clause around `at` (an offset into `sentence`): the kind of the nearest cue,
 * future on a tie, or 'none' when the sentence has no cue at all.
 */
export function tenseAround(sentence: string, at: number): Tense {
  const future = nearest(FUTURE, sentence, at)
  const past = nearest(PAST, sentence, at, notPast(sentence))
  if (future === Infinity && past === Infinity) return 'none'
  return future <= past ? 'future' : 'past'
}
