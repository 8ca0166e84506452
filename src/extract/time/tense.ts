import type { Tense } from './types.js'

// Cheap tense cues: auxiliaries and set phrases that point ahead, and past forms (regular "-ed"
// and the irregular verbs news uses most). The cue nearest the time expression wins.
const FUTURE = /\b(?:will|shall|would|won['’]t|going to|plans?|planned|planning|scheduled|slated|set to|expected|is to|are to|upcoming|intends? to|aims? to|as soon as|(?:is|are)\s+due\s+to)\b|\b\w+['’]ll\b/gi
const PAST = /\b(?:was|were|had|did|said|told|met|took|came|went|made|left|began|fell|held|gave|saw|won|lost|got|sent|led|fled|flew|shot|hit|struck|spoke|wrote|broke|brought|bought|thought|found|became|ran|rose|chose|paid|put|set|cut|knew|stood|sat|wore|drove|sought|fought|caught|taught|ago|yesterday|last|earlier|\w{3,}ed)\b/gi

/** Cues that look like past forms but are not verbs in the past ("need", "red", "speed"). */
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'feed', 'seed', 'breed', 'proceed', 'succeed', 'exceed', 'hundred', 'united', 'limited', 'naked', 'sacred', 'wicked', 'bed', 'shed'])

/** A participle after a future auxiliary ("will be held", "to be signed") is no sign of the past. */
const FUTURE_AUXILIARY = /\b(?:will|would|shall|to|['’]ll)\s+(?:be|have(?:\s+been)?)\s+$/i

/** Where the cues of one kind sit in a sentence, skipping the matches that are no sign. */
function cuePositions(pattern: RegExp, sentence: string, skip?: (m: RegExpExecArray) => boolean): number[] {
  const at: number[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    if (!skip?.(m)) at.push(m.index)
  }
  return at
}

function nearest(positions: readonly number[], at: number): number {
  let best = Infinity
  for (const p of positions) best = Math.min(best, Math.abs(p - at))
  return best
}

/** The cues of one language: global patterns of future and past signs, and cue matches that are no sign. */
export interface TenseCues {
  readonly future: RegExp
  readonly past: RegExp
  /** A past-looking match that is not a past form here ("need", a participle after "will be"). */
  readonly notPast?: (sentence: string) => (m: RegExpExecArray) => boolean
  readonly notFuture?: (sentence: string) => (m: RegExpExecArray) => boolean
}

/**
 * A tense reader over one language's cues: the kind of the cue nearest `at` (an offset into
 * `sentence`), future on a tie, or 'none' when the sentence has no cue at all.
 */
export function tenseReader(cues: TenseCues): (sentence: string, at: number) => Tense {
  // The cues of the last sentence read are kept: rules ask about several expressions of one sentence in turn.
  let last: { sentence: string; future: number[]; past: number[] } | undefined
  return (sentence, at) => {
    if (last?.sentence !== sentence) {
      last = { sentence, future: cuePositions(cues.future, sentence, cues.notFuture?.(sentence)), past: cuePositions(cues.past, sentence, cues.notPast?.(sentence)) }
    }
    const future = nearest(last.future, at)
    const past = nearest(last.past, at)
    if (future === Infinity && past === Infinity) return 'none'
    return future <= past ? 'future' : 'past'
  }
}

const notPast = (sentence: string) => (m: RegExpExecArray) =>
  NOT_PAST.has(m[0].toLowerCase()) || FUTURE_AUXILIARY.test(sentence.slice(Math.max(0, m.index - 24), m.index))

/** Tense of the English clause around `at`. */
export const tenseAround = tenseReader({ future: FUTURE, past: PAST, notPast })
