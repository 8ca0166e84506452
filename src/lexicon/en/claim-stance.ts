import { DENIAL_VERBS } from './reporting-cues.js'

/**
 * How a speaker stands to what it reports, beyond the statement's polarity: cues that admit something
 * (a reversal's later side is most often an admission) and cues that deny it. The attribution stage
 * already sets polarity from DENIAL_VERBS and the content's negation; these lists only name the cue so
 * a link can say "admission" or "denial" among its rules. Source: issue 9's vocabulary and general
 * English news usage ("acknowledged", "took responsibility for", "ruled out"), written here.
 */

/** Word stems that open an admission cue (lower case): "admitted", "acknowledges", "took responsibility". */
export const ADMISSION_CUES = [
  'admit', 'acknowledg', 'conced', 'confirm', 'took responsibility', 'take responsibility', 'takes responsibility',
  'accepted responsibility', 'accept responsibility', 'claimed responsibility', 'apologis', 'apologiz',
] as const

/** Word stems that open a denial cue: the attribution stage's denial verbs, and "ruled out". */
export const DENIAL_CUES = [...DENIAL_VERBS.map((v) => (v.endsWith('y') ? v.slice(0, -1) : v.replace(/e$/, ''))), 'rule out', 'ruled out', 'rules out'] as const

/**
 * Cues of intention, wish and threat: what follows them is not said to have happened ("plans to deploy",
 * "threatened to strike"), so their contents are read into no frame.
 */
export const INTENTION_CUES = ['plan', 'intend', 'vow', 'promis', 'pledg', 'threaten', 'hope', 'want', 'aim', 'seek', 'sought', 'expect', 'wish', 'urg', 'call'] as const

/** Modals before a bare verb: "would strike", "will deploy" speak of what may come, not of what was done. */
export const FUTURE_MODALS = ['will', 'would', 'could', 'can', 'should', 'shall', 'might', 'may', 'must', "'ll", 'wo'] as const
