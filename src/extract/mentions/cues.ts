import { AGENT_VERBS, AUXILIARIES, LOCATIVE_PREPOSITIONS } from '../../lexicon/agent-cues.js'
import { MONTH_AND_DAY_NAMES } from '../../lexicon/calendar-names.js'
import { VERB_CUES } from '../attribution/cue-lexicon.js'
import { sameSentence, type Scan } from './scan.js'

// The action verbs of the list, and every finite form of every reporting verb ("reiterated", "conceded"):
// whoever reports acts. A weak one ("repeated", "showed") only with "that" after it.
const finite = (weak: boolean) => [...VERB_CUES].filter(([, c]) => c.weak === weak && (c.form === 'past' || c.form === 'present')).map(([form]) => form)
const AGENT = new Set<string>([...AGENT_VERBS, ...finite(false)])
const WEAK_AGENT = new Set<string>(finite(true))
const isAgentVerb = (scan: Scan, i: number) => AGENT.has(scan.lower[i]!) || (WEAK_AGENT.has(scan.lower[i]!) && scan.lower[i + 1] === 'that')
const AUX = new Set<string>(AUXILIARIES)
const LOCATIVE = new Set<string>(LOCATIVE_PREPOSITIONS)
const INVERTED = new Set(['said', 'says', 'say', 'told', 'added', 'noted', 'wrote', 'argued', 'warned', 'according'])

/**
 * True when the phrase ending before token `end` is the subject of an agent verb:
 * "Nairobi said", "Nairobi has repeatedly denied", "analysts have long argued", "Nairobi on Monday denied".
 */
export function verbFollows(scan: Scan, end: number): boolean {
  const at = verbAfter(scan, end)
  // "soldiers sent by Nairobi": a participle with its own agent is not the phrase acting.
  return at >= 0 && scan.lower[at + 1] !== 'by'
}

const NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/

/** How many tokens from `i` spell a day: "Wednesday", "3 May", "May 3"; 0 when none. */
function dateAfterOn(scan: Scan, i: number): number {
  const day = NUMBER.test(scan.lower[i] ?? '') ? 1 : 0
  if (!MONTH_AND_DAY_NAMES.has(scan.lower[i + day] ?? '')) return 0
  return day + 1 + (!day && NUMBER.test(scan.lower[i + 1] ?? '') ? 1 : 0)
}

/** Index of the agent verb after `end`, or -1. */
function verbAfter(scan: Scan, end: number): number {
  let i = end
  // A comma-free adverb or auxiliary run of up to three words may stand between.
  for (let n = 0; n < 3 && i < scan.tokens.length && sameSentence(scan, end - 1, i); n++) {
    const w = scan.lower[i]!
    if (isAgentVerb(scan, i)) return i
    // "Nairobi on Wednesday rejected", "on 3 May", "on May 3": a date after "on" is one adverb.
    const date = w === 'on' ? dateAfterOn(scan, i + 1) : 0
    if (date) { i += date + 1; continue }
    if (!AUX.has(w) && !(w.length > 4 && w.endsWith('ly'))) return -1
    i++
  }
  return i < scan.tokens.length && sameSentence(scan, end - 1, i) && isAgentVerb(scan, i) ? i : -1
}

/** True when the phrase starting at `start` is the agent of an inverted or passive cue: "said Nairobi", "according to analysts", "sent by Nairobi". */
export function agentCueBefore(scan: Scan, start: number, end: number): boolean {
  const prev = scan.lower[start - 1]
  if (prev === undefined || !sameSentence(scan, start - 1, start)) return false
  if (prev === 'by') return true
  if (prev === 'to' && scan.lower[start - 2] === 'according') return true
  // "…,” said residents." inverts; "said troops had left" does not: the phrase must close the clause.
  const next = scan.tokens[end]
  return INVERTED.has(prev) && (!next || next.kind === 'punct' || !sameSentence(scan, start, end))
}

/** True when a locative preposition stands right before `start`: "in Nairobi", "to Nairobi". */
export function locativeBefore(scan: Scan, start: number): boolean {
  const prev = scan.lower[start - 1]
  return prev !== undefined && sameSentence(scan, start - 1, start) && LOCATIVE.has(prev)
}

/** The phrase at [start, end) acts as an agent of its clause. */
export function actsAsAgent(scan: Scan, start: number, end: number): boolean {
  return agentCueBefore(scan, start, end) || (!locativeBefore(scan, start) && verbFollows(scan, end))
}
