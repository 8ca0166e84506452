import type { Found } from './found.js'
import { governmentOf } from '../../model/country-code.js'
import { isGovernmentOffice } from './roles.js'
import { isStateWord, stateCountry } from './salience.js'
import { hasClass, type CountryWord, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** Words after a country word that make it the state acting: its government, an office, a ministry (not its forces). */
const STATE_HEADS = W.governmentNoun | W.office | W.institution
/** A leading adverbial before the subject is short: "On Tuesday, ...", "A day later, ...". */
const MAX_OPENER = 7

/** "The Freedonian government", "Freedonia's defence ministry", "Freedonia denied": the state acting, not its troops. */
const actsAsState = (scan: Scan, w: CountryWord) => isStateWord(scan, w, STATE_HEADS)

/** Where a sentence's subject may start: its first word, or the word after a short opening adverbial and its comma. */
function subjectStarts(scan: Scan, sentence: number): number[] {
  const s = scan.sentences[sentence]
  if (!s) return []
  const starts = [s.firstToken]
  for (let i = s.firstToken; i < Math.min(s.endToken, s.firstToken + MAX_OPENER); i++) {
    if (scan.lower(i) === ',') { starts.push(i + 1); break }
  }
  return starts
}

/** The state a sentence is about as its subject ("The Freedonian government rejected ...", "El gobierno chileno anunció ..."), or null. */
function subjectState(scan: Scan, sentence: number, bodies: readonly Found[]): string | null {
  for (let at of subjectStarts(scan, sentence)) {
    if (scan.lang.articles.has(scan.lower(at))) at++
    const opening = new Set([scan.tokens[at - 1]?.start, scan.tokens[at]?.start])
    // "The US attack ..." names a state's act, not the state speaking.
    const body = bodies.find((b) => opening.has(b.start) && b.rule !== 'country-act')
    if (body?.country) return body.country
    const w = scan.countryAt.get(at)
    if (w && actsAsState(scan, w)) return w.code
  }
  return null
}

/** "In Kolvar, ...", "En Quito, ...": a sentence opening on a state's capital or name is set there. */
export function openingPlace(scan: Scan, sentence: number): string | null {
  const s = scan.sentences[sentence]
  if (!s || !scan.lang.openingPlace.has(scan.lower(s.firstToken))) return null
  const w = scan.countryAt.get(s.firstToken + 1)
  if (!w || (w.kind !== 'capital' && w.kind !== 'name') || w.possessive) return null
  return scan.lower(w.endToken) === ',' ? w.code : null
}

/** Words a role phrase before a name may hold: "defence ministry spokesman", "army chief". */
const ROLE_WORDS = W.office | W.institution | W.orgHead | W.governmentNoun
const MAX_ROLE = 5

/**
 * "a Kenyan defence ministry spokesman, Colonel Ana Ruiz": the country of a role phrase set before a titled
 * name, read leftwards from the comma through role words only, up to a country word.
 */
function apposedRoleCountry(scan: Scan, first: number): string | null {
  if (scan.lower(first - 1) !== ',' || !hasClass(scan, first - 2, W.office)) return null
  const qualifiers = scan.lang.roles.before
  for (let k = first - 2; k >= Math.max(0, first - 2 - MAX_ROLE) && scan.sentenceOf(k) === scan.sentenceOf(first); k--) {
    const w = scan.countryBefore.get(k)
    if (w && w.kind !== 'people') return w.code
    if (!hasClass(scan, k - 1, ROLE_WORDS) && !qualifiers.has(scan.lower(k - 1)) && !scan.countryBefore.has(k)) return null
  }
  return null
}

/** The first state body (a government or an institution with a country) named in sentence `s` before offset `before`. */
function firstBody(scan: Scan, bodies: readonly Found[], s: number, before: number): Found | undefined {
  const sentence = scan.sentences[s]
  if (!sentence) return undefined
  return bodies.find((b) => b.country && b.start >= sentence.start && b.start < before)
}

/**
 * official-of-speaking-state: a government official with no country stated ("Foreign Minister Ana Ruiz", "la
 * ministra de Defensa, Ana Ruiz") serves the state of a role phrase set before their title ("a Kenyan ministry
 * spokesman, Colonel Ana Ruiz"), else the state their sentence opens on ("In <capital>, ..."), else the state
 * that is the subject of their own sentence before them or of the sentence just before ("The Freedonian
 * government rejected the claim. Foreign Minister Ana Ruiz said ..."), else the first state body named
 * before them in their own sentence ("Tras la reunión con el gobierno peruano, el ministro ..."). A country named only on troops or a place ("the town
 * stormed by Sylvanian forces") decides nothing; with no such sign the affiliation stays unset.
 */
export function withSpeakingState(scan: Scan, p: Found, at: number, bodies: readonly Found[]): Found {
  if (p.country || p.type !== 'person' || !p.role) return p
  if (!p.role.toLowerCase().split(/\s+/).some((w) => isGovernmentOffice(scan, w))) return p
  let first = at
  while (first > 0 && scan.tokens[first - 1]!.start >= p.start) first--
  // "The Front's spokesman, Ruslan Odey", "Its spokesman, …": the role belongs to its owner, not to a state.
  if (scan.isPossessive(first - 1) || scan.lang.names.ownerPronouns.has(scan.lower(first - 1))) return p
  const sentence = scan.sentenceOf(at)
  const placed = apposedRoleCountry(scan, first) ?? openingPlace(scan, sentence)
  // The state around them speaks through them only when they are no object ("the seizure of president X").
  if (placed || scan.lang.agent.locatives.has(scan.lower(first - 1))) return placed ? serving(p, placed) : p
  const ownSubject = subjectState(scan, sentence, bodies)
  const subjectBefore = ownSubject && subjectStarts(scan, sentence).some((s) => s < at) ? ownSubject : null
  const before = sentence > 0 ? subjectState(scan, sentence - 1, bodies) : null
  const country = subjectBefore ?? before ?? firstBody(scan, bodies, sentence, p.start)?.country
  return country ? serving(p, country) : p
}

function serving(p: Found, country: string): Found {
  return { ...p, country, memberOf: governmentOf(country), rule: `${p.rule}+speaking-state` }
}

/**
 * institution-in-opening-place: a bare state institution ("the foreign ministry", "the army") in a sentence
 * that opens on a state's capital ("In Nairobi, the foreign ministry ...") is that state's; otherwise the
 * state the story last spoke of as such (see stateCountry).
 */
export function institutionState(scan: Scan, at: number): string | null {
  return openingPlace(scan, scan.sentenceOf(at)) ?? stateCountry(scan, at)
}
