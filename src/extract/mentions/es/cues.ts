import { AUXILIARIES_ES, PREPOSITIONS_ES, PREVERBAL_WORDS_ES, SOURCE_INTRODUCERS_ES } from '../../../lexicon/es/agent-verbs.js'
import { sameSentence, type Scan } from '../scan.js'
import { VERB_FORMS_ES } from './verb-forms.js'

const AUX = new Set<string>(AUXILIARIES_ES)
const PREVERBAL = new Set<string>(PREVERBAL_WORDS_ES)
const PREPOSITION = new Set<string>(PREPOSITIONS_ES)
const INTRODUCER = new Set<string>(SOURCE_INTRODUCERS_ES)
/** Words between subject and verb: "Cuba ya lo ha negado", "Quito volvió a denunciar". */
const MAX_BETWEEN = 4
/** A parenthetical between commas after the subject: "Quito, por su parte, negó". */
const MAX_PARENTHETICAL = 5

/** The token after a short parenthetical between commas starting at `i` (", por su parte,"), or -1. */
function afterParenthetical(scan: Scan, i: number): number {
  for (let k = i + 1; k <= i + MAX_PARENTHETICAL + 1 && k < scan.tokens.length && sameSentence(scan, i, k); k++) {
    if (scan.lower[k] === ',') return k + 1
  }
  return -1
}

/** Index of the agent verb the phrase ending before `end` is the subject of, or -1. */
function verbAfter(scan: Scan, end: number): number {
  let i = scan.lower[end] === ',' ? afterParenthetical(scan, end) : end
  if (i < 0) return -1
  let auxiliary = false
  for (let n = 0; n <= MAX_BETWEEN && i < scan.tokens.length && sameSentence(scan, end - 1, i); n++, i++) {
    const w = scan.lower[i]!
    const form = VERB_FORMS_ES.get(w)
    // A participle or infinitive needs its auxiliary: "ha negado", "volvió a negar"; "negado" alone is an adjective.
    if (form) return form.kind === 'finite' || auxiliary ? i : -1
    // "a"/"de" only inside a periphrasis after an auxiliary ("volvió a", "acaba de"), never right after the subject.
    if (AUX.has(w) && (auxiliary || (w !== 'a' && w !== 'de'))) auxiliary = true
    else if (!PREVERBAL.has(w) && !w.endsWith('mente')) return -1
  }
  return -1
}

/** True when the phrase ending before token `end` is the subject of an agent verb: "Quito anunció", "Cuba no ha negado". */
export function verbFollowsEs(scan: Scan, end: number): boolean {
  return verbAfter(scan, end) >= 0
}

/**
 * True when the phrase [start, end) is the agent of a cue before it: "según Quito", or the inverted subject
 * closing its clause after a reporting verb ("…, dijo Quito.", "afirmaron los analistas.").
 */
export function agentCueBeforeEs(scan: Scan, start: number, end: number): boolean {
  let prev = start - 1
  // "afirmó el Gobierno", "dijeron los analistas": the article belongs to the phrase.
  if (/^(?:el|la|los|las)$/.test(scan.lower[prev] ?? '')) prev--
  if (prev < 0 || !sameSentence(scan, prev, start)) return false
  const w = scan.lower[prev]!
  if (INTRODUCER.has(w)) return true
  const form = VERB_FORMS_ES.get(w)
  if (!form?.reporting || form.kind !== 'finite') return false
  const next = scan.tokens[end]
  return !next || next.kind === 'punct' || !sameSentence(scan, start, end)
}

/** True when a preposition stands right before `start`: "en Cuba", "de Quito". */
export function prepositionBeforeEs(scan: Scan, start: number): boolean {
  const prev = scan.lower[start - 1]
  return prev !== undefined && sameSentence(scan, start - 1, start) && PREPOSITION.has(prev)
}

/** The phrase at [start, end) acts as an agent of its clause. */
export function actsAsAgentEs(scan: Scan, start: number, end: number): boolean {
  return agentCueBeforeEs(scan, start, end) || (!prepositionBeforeEs(scan, start) && verbFollowsEs(scan, end))
}
