import { governmentId, type Found } from './found.js'
import { isGovernmentOffice } from './roles.js'
import { isStateWord, stateCountry } from './salience.js'
import { hasClass, type CountryWord, type Scan } from './scan.js'
import { OFFICE_QUALIFIERS } from '../../lexicon/offices.js'
import { W } from './word-classes.js'

/** Words after a country word that make it the state acting: its government, an office, a ministry (not its forces). */
const STATE_HEADS = W.governmentNoun | W.office | W.institution
/** A leading adverbial before the subject is short: "On Tuesday, ...", "A day later, ...". */
const MAX_OPENER = 7
const QUALIFIER = new Set<string>(OFFICE_QUALIFIERS)

/** "The Freedonian government", "Freedonia's defence ministry", "Freedonia denied": the state acting, not its troops. */
const actsAsState = (scan: Scan, w: CountryWord) => isStateWord(scan, w, STATE_HEADS)

/** Where a sentence's subject may start: its first word, or the word after a short opening adverbial and its comma. */
function subjectStarts(scan: Scan, sentence: number): number[] {
  const s = scan.sentences[sentence]
  if (!s) return []
  const starts = [s.firstToken]
  for (let i = s.firstToken; i < Math.min(s.endToken, s.firstToken + MAX_OPENER); i++) {
    if (scan.lower[i] === ',') { starts.push(i + 1); break }
  }
  return starts
}

/** The state a sentence is about as its subject ("The Freedonian government rejected ..."), or null. */
export function subjectState(scan: Scan, sentence: number): string | null {
  for (let at of subjectStarts(scan, sentence)) {
    if (scan.lower[at] === 'the') at++
    const w = scan.countryAt.get(at)
    if (w && actsAsState(scan, w)) return w.code
  }
  return null
}

/** "In Kolvar, ...", "In Freedonia, ...": a sentence opening on a state's capital or name is set there. */
export function openingPlace(scan: Scan, sentence: number): string | null {
  const s = scan.sentences[sentence]
  if (!s || scan.lower[s.firstToken] !== 'in') return null
  const w = scan.countryAt.get(s.firstToken + 1)
  if (!w || (w.kind !== 'capital' && w.kind !== 'name') || w.possessive) return null
  return scan.lower[w.endToken] === ',' ? w.code : null
}

/** Words a role phrase before a name may hold: "defence ministry spokesman", "army chief". */
const ROLE_WORDS = W.office | W.institution | W.orgHead | W.governmentNoun
const MAX_ROLE = 5

/**
 * "a Kenyan defence ministry spokesman, Colonel Ana Ruiz": the country of a role phrase set before a titled
 * name, read leftwards from the comma through role words only, up to a country word.
 */
export function apposedRoleCountry(scan: Scan, first: number): string | null {
  if (scan.lower[first - 1] !== ',' || !hasClass(scan, first - 2, W.office)) return null
  for (let k = first - 2; k >= Math.max(0, first - 2 - MAX_ROLE) && scan.sentenceOf[k] === scan.sentenceOf[first]; k--) {
    const w = scan.countryBefore.get(k)
    if (w && w.kind !== 'people') return w.code
    if (!hasClass(scan, k - 1, ROLE_WORDS) && !QUALIFIER.has(scan.lower[k - 1] ?? '') && !scan.countryBefore.has(k)) return null
  }
  return null
}

/**
 * official-of-speaking-state: a government official with no country stated ("Foreign Minister Ana Ruiz")
 * serves the state of a role phrase set before their title ("a Kenyan ministry spokesman, Colonel Ana Ruiz"),
 * else the state their sentence opens on ("In <capital>, ..."), else the state that is the subject of their
 * own sentence before them or of the sentence just before ("The Freedonian government rejected the claim.
 * Foreign Minister Ana Ruiz said ..."). A state named elsewhere in those sentences ("the town stormed by
 * Sylvanian forces") is not their subject and decides nothing; with no such sign the affiliation stays unset.
 */
export function withSpeakingState(scan: Scan, p: Found, at: number): Found {
  if (p.country || p.type !== 'person' || !p.role) return p
  const office = p.role.toLowerCase().split(/\s+/).pop() ?? ''
  if (!isGovernmentOffice(office)) return p
  let first = at
  while (first > 0 && scan.tokens[first - 1]!.start >= p.start) first--
  const sentence = scan.sentenceOf[at] ?? 0
  const own = scan.sentences[sentence]
  const ownSubject = subjectState(scan, sentence)
  const subjectBefore = ownSubject && own && subjectStarts(scan, sentence).some((s) => s < at) ? ownSubject : null
  const before = sentence > 0 ? subjectState(scan, sentence - 1) : null
  const country = apposedRoleCountry(scan, first) ?? openingPlace(scan, sentence) ?? subjectBefore ?? before
  return country ? { ...p, country, memberOf: governmentId(country), rule: `${p.rule}+speaking-state` } : p
}

/**
 * institution-in-opening-place: a bare state institution ("the foreign ministry", "the army") in a sentence
 * that opens on a state's capital ("In Nairobi, the foreign ministry ...") is that state's; otherwise the
 * state the story last spoke of as such (see stateCountry).
 */
export function institutionState(scan: Scan, at: number): string | null {
  return openingPlace(scan, scan.sentenceOf[at] ?? 0) ?? stateCountry(scan, at)
}
