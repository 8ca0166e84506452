import { ES_DENYING_OPENERS, ES_HEDGING_OPENERS, ES_NEGATIVE_OPENERS, ES_VERB_NEGATIONS } from '../../../lexicon/es/cues.js'

const CLAUSE_HEAD = 160
/** Quote marks, dashes and the complementizer before the clause itself ("que no hay …"). */
const LEAD = /^(?:["“”«»'‘\s—–-]|que\s)+/iu
const OPENERS = new RegExp(`^(?:${ES_NEGATIVE_OPENERS.join('|')})(?![\\p{L}])`, 'u')
/** "no hay", "nunca hubo": an existential or any verb negated within the clause's first words, before any comma or relative "que". */
const NEGATED_VERB = new RegExp(`^(?:[\\p{L}\\p{N}’'-]+\\s+){0,6}?(?:${ES_VERB_NEGATIONS.join('|')})\\s+(?!sólo\\b|solo\\b|obstante\\b|únicamente\\b)\\p{L}`, 'u')
const BEFORE_COMMA = /^[^,;:]*/
const DENYING = new RegExp(`^(?:${ES_DENYING_OPENERS.join('|')})\\s`, 'u')
const HEDGING = new RegExp(`^(?:${ES_HEDGING_OPENERS.join('|')})\\s+`, 'u')

/** Whether a Spanish reported clause, read alone, denies its core proposition ("no hay tropas", "ningún soldado murió"). */
export function negatedContentEs(content: string): boolean {
  // "Puede que no baste": a hedge in front leaves the clause it opens to be read as it stands.
  const c = content.slice(0, CLAUSE_HEAD).replace(LEAD, '').toLowerCase().replace(HEDGING, '')
  if (OPENERS.test(c) || DENYING.test(c)) return true
  const head = BEFORE_COMMA.exec(c)![0]
  // A negation inside a relative clause ("el soldado que no volvió murió") is not the clause's own.
  const own = head.split(/\s+que\s+/u)[0]!
  return NEGATED_VERB.test(own)
}
