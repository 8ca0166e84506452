import { phraseAt, sameSentence, type Scan } from './scan.js'

const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/
/** A parenthetical between commas after the subject: "Quito, por su parte, negó". */
const MAX_PARENTHETICAL = 5
/** A longer aside opening on a participle or relative pronoun: "Kenya, worried about the fighting on its border, urged". */
const MAX_ASIDE = 16
/** How far after its subject a coordinated verb may stand: "Kenya moved troops to the border and said". */
const MAX_COORDINATED = 16

/** How many tokens from `i` spell a day: "Wednesday", "3 May", "May 3"; 0 when none. */
function dayAt(scan: Scan, i: number): number {
  const calendar = scan.lang.agent.calendarWords
  const day = DAY_NUMBER.test(scan.lower(i)) ? 1 : 0
  if (!calendar.has(scan.lower(i + day))) return 0
  return day + 1 + (!day && DAY_NUMBER.test(scan.lower(i + 1)) ? 1 : 0)
}

/**
 * The token after a short parenthetical between commas starting at `i` (", por su parte,"), or -1; an aside
 * opening on a participle or a relative pronoun may run longer. One opening on a capital is a name set
 * beside the phrase ("a spokesman, Colonel Ana Ruiz, said"), whose verb it is.
 */
function afterParenthetical(scan: Scan, i: number): number {
  if (scan.isCapitalized(i + 1)) return -1
  const most = scan.lang.agent.asideOpener.test(scan.lower(i + 1)) ? MAX_ASIDE : MAX_PARENTHETICAL
  for (let k = i + 1; k <= i + most + 1 && k < scan.size && sameSentence(scan, i, k); k++) {
    if (scan.lower(k) === ',') return k + 1
  }
  return -1
}

/**
 * Index of the agent verb the phrase ending before `end` is the subject of, or -1: "Nairobi said",
 * "Nairobi has repeatedly denied", "Nairobi on Monday denied", "Cuba ya lo ha negado", "Quito volvió a
 * denunciar". A participle or infinitive needs its auxiliary ("ha negado"); alone it is an adjective.
 */
function verbAfter(scan: Scan, end: number): number {
  const a = scan.lang.agent
  let i = a.parenthetical && scan.lower(end) === ',' ? afterParenthetical(scan, end) : end
  if (i < 0) return -1
  let auxiliary = false
  for (let n = 0; n <= a.maxBetween && i < scan.size && sameSentence(scan, end - 1, i); n++, i++) {
    const w = scan.lower(i)
    const form = a.verbs.get(w)
    if (form && (!form.weak || scan.lower(i + 1) === a.complementizer)) return form.kind === 'finite' || auxiliary ? i : -1
    // "Nairobi on Wednesday rejected", "on 3 May", "on May 3": a date after "on" is one adverb.
    const day = a.dateIntroducers.has(w) ? dayAt(scan, i + 1) : 0
    if (day) { i += day; continue }
    if (a.auxiliaries.has(w) || (auxiliary && a.periphrasis.has(w))) auxiliary = true
    else if (!a.preverbal.has(w) && !a.adverbEnding.test(w)) return -1
  }
  return -1
}

/** How many capitalized words a place phrase after a subject may hold ("officials in Buenos Aires"). */
const MAX_PLACE = 3

/** "officials in Lima said": the token after a capitalized place phrase at `end`, or `end` when none is there. */
function pastPlace(scan: Scan, end: number): number {
  if (!scan.lang.agent.placeAfter.has(scan.lower(end))) return end
  let k = end + 1
  while (k <= end + MAX_PLACE && scan.isCapitalized(k) && sameSentence(scan, end, k)) k++
  return k > end + 1 ? k : end
}

/** True when the phrase ending before token `end` is the subject of an agent verb, past a place phrase. */
export function verbFollows(scan: Scan, end: number): boolean {
  const at = verbAfter(scan, pastPlace(scan, end))
  // "soldiers sent by Nairobi": a participle with its own agent is not the phrase acting.
  return at >= 0 && !scan.lang.agent.passiveBy.has(scan.lower(at + 1))
}

/** An introducer phrase ending right before token `at`: "by", "according to", "según". */
function introducerBefore(scan: Scan, at: number): boolean {
  return scan.lang.agent.introducers.some((words) => phraseAt(scan, at - words.length, words) === at)
}

/**
 * True when the phrase [start, end) is the agent of a cue before it: "sent by Nairobi", "according to analysts",
 * "según Quito", or an inverted subject closing its clause after a reporting verb ("…,” said residents.").
 */
export function agentCueBefore(scan: Scan, start: number, end: number): boolean {
  const a = scan.lang.agent
  let prev = start - 1
  // "dijeron los analistas": the article belongs to the phrase.
  if (a.invertedArticles.has(scan.lower(prev))) prev--
  // "informaron este lunes los bomberos": a time phrase may stand between the verb and its subject.
  if (a.calendarWords.has(scan.lower(prev)) && a.inverted.size > 0) {
    prev--
    if (a.timeLeads.has(scan.lower(prev))) prev--
  }
  if (prev < 0 || !sameSentence(scan, prev, start)) return false
  if (introducerBefore(scan, prev + 1)) return true
  if (!a.inverted.has(scan.lower(prev))) return false
  // "said troops had left" does not invert: the phrase must close the clause ("…, dijeron los bomberos mientras …").
  return end >= scan.size || scan.isPunct(end) || !sameSentence(scan, start, end) || a.clauseOpeners.has(scan.lower(end))
}

/** True when a locative word stands right before `start`: "in Nairobi", "to Nairobi", "en Cuba". */
export function locativeBefore(scan: Scan, start: number): boolean {
  return start > 0 && sameSentence(scan, start - 1, start) && scan.lang.agent.locatives.has(scan.lower(start - 1))
}

/** The phrase at [start, end) opens its sentence, after an article at most: the sentence's subject. */
function opensSentence(scan: Scan, start: number): boolean {
  const first = scan.sentenceAt(start)?.firstToken ?? -1
  return start === first || (start === first + 1 && scan.lang.articles.has(scan.lower(first)))
}

/**
 * coordinated-verb: the subject opening a sentence is the agent of an agent verb joined later to its clause,
 * "Kenya moved troops to the border and said …", "Investigators gave no details but said …". A word
 * opening another clause ("when", "who", "que") or a stop other than a comma ends the search: a verb
 * there has a subject of its own.
 */
function coordinatedVerbAfter(scan: Scan, start: number, end: number): boolean {
  const a = scan.lang.agent
  if (!opensSentence(scan, start)) return false
  for (let k = end + 1; k < Math.min(scan.size, end + MAX_COORDINATED) && sameSentence(scan, start, k); k++) {
    const w = scan.lower(k)
    if (a.clauseOpeners.has(w) || (scan.isPunct(k) && w !== ',')) return false
    const verb = a.verbs.get(scan.lower(k + 1))
    if (a.verbCoordinators.has(w) && verb?.kind === 'finite' && !verb.weak) return true
  }
  return false
}

/** The phrase at [start, end) acts as an agent of its clause. */
export function actsAsAgent(scan: Scan, start: number, end: number): boolean {
  return agentCueBefore(scan, start, end) || (!locativeBefore(scan, start) && (verbFollows(scan, end) || coordinatedVerbAfter(scan, start, end)))
}
