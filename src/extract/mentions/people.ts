import type { MentionKind } from '../../model/annotations.js'
import { actsAsAgent, verbFollows } from './cues.js'
import { countryName, slug, type Found } from './found.js'
import { governmentOf } from '../../model/country-code.js'
import { looksLikePersonName, nameAt, type NameMatch } from './person-names.js'
import { isGovernmentOffice, isHeadOffice, placeAt, roleAt, roleEndingAt, type Bodies, type Role } from './roles.js'
import { dominantCountry } from './salience.js'
import { claim, hasClass, isClaimed, sameSentence, type Scan } from './scan.js'
import { withSpeakingState } from './speaking-state.js'
import { W } from './word-classes.js'

/** What a rule knows of a person at one mention, spanning tokens [from, to): the name and any role written around it. */
function personFound(scan: Scan, m: NameMatch, from: number, role: Role | null, kind: MentionKind, rule: string, to = m.end): Found {
  const country = role?.country
  return {
    id: `p-${slug(m.name)}`, type: 'person', name: m.name, country,
    memberOf: country && role && isGovernmentOffice(scan, role.office) ? governmentOf(country) : undefined,
    role: role?.text || undefined,
    start: scan.tokens[from]!.start, end: scan.tokens[to - 1]!.end, kind, rule,
  }
}

/** "President Roe of Freedonia": a country after the name completes a title that had none. */
function withCountryAfter(scan: Scan, role: Role, m: NameMatch): Role {
  if (role.country || !scan.lang.roles.ownerLinks.has(scan.lower(m.end))) return role
  const w = placeAt(scan, m.end + 1)
  if (!w) return role
  return { ...role, country: w.code, text: `${role.text} of ${countryName(w.code)}` }
}

/** "as Freedonian president, ... Roe": a role stated earlier in the sentence for the next person named. */
function asRoleBefore(scan: Scan, at: number, bodies: Bodies): Role | null {
  for (let i = at - 1; i >= 0 && sameSentence(scan, i, at); i--) {
    if (!scan.lang.names.asWords.has(scan.lower(i))) continue
    const role = roleAt(scan, i + 1, bodies)
    if (role && role.end <= at && scan.lower(role.end) === ',') return role
  }
  return null
}

/**
 * An apposition ends at punctuation or with its sentence. A role followed by a word starts a clause of its
 * own: in "After meeting Ana Ruiz, the president left" the president is someone else.
 */
function closesPhrase(scan: Scan, end: number): boolean {
  return !sameSentence(scan, end - 1, end) || scan.isPunct(end)
}

/** "the country's interim president, Ana Ruiz", "Kenyan leader, Ana Ruiz", "its spokesman, Ana Ruiz": a role that can stand for the name after its comma. */
function standsForName(scan: Scan, role: Role): boolean {
  const owned = sameSentence(scan, role.start - 1, role.start)
    && (scan.lang.names.ownerPronouns.has(scan.lower(role.start - 1)) || scan.isPossessive(role.start - 1))
  return scan.lang.articles.has(scan.lower(role.start)) || role.country !== undefined || owned
}

/** Words an apposition after a name may run to before its closing comma; a relative clause may run longer. */
const MAX_APPOSITION = 10
const MAX_RELATIVE = 20

/**
 * "Ana Ruiz, a shipping analyst, said", "Jon Berg, Kenya's envoy for border affairs, told", "Ana Ruiz, who
 * lives on Elm Street, said": a description or relative clause set off by commas after the name, opening on
 * an article, a possessive, an office or a relative pronoun, then the name's verb.
 */
function actsAfterApposition(scan: Scan, end: number): boolean {
  const open = end + 1
  if (scan.lower(end) !== ',' || !sameSentence(scan, end, open)) return false
  const relative = scan.lang.unnamed.relatives.has(scan.lower(open))
  const opens = relative || scan.lang.articles.has(scan.lower(open)) || hasClass(scan, open, W.indefinite | W.office) || scan.isPossessive(open)
  if (!opens) return false
  for (let k = open + 1; k <= open + (relative ? MAX_RELATIVE : MAX_APPOSITION) && sameSentence(scan, open, k); k++) {
    if (scan.lower(k) === ',') return verbFollows(scan, k + 1)
    // Inside the sentence a full stop ends an abbreviation ("Elm Ave."), and a clause may hold a possessive.
    if (scan.isPunct(k) && !(relative && /^[.'’]$/.test(scan.lower(k)))) return false
  }
  return false
}

/** Names a list of speakers may hold after the first, and lower-case title words before each. */
const MAX_LISTED = 5
const MAX_TITLE_WORDS = 3

/** The token after lower-case title words at `k` ("defense secretary", "secretario de Defensa"), or `k`. */
function pastTitle(scan: Scan, k: number): number {
  const roles = scan.lang.roles
  let t = k
  while (t - k < MAX_TITLE_WORDS && !scan.isCapitalized(t) && (hasClass(scan, t, W.office) || roles.before.has(scan.lower(t)) || roles.fieldLinks.has(scan.lower(t)))) t++
  return hasClass(scan, t - 1, W.office) || (t > k && scan.isCapitalized(t) && roles.fieldLinks.has(scan.lower(t - 1))) ? t : k
}

/**
 * listed-agent: "Ana Ruiz and Tom Berg said", "Ana Ruiz, Berg and defense secretary Tom Lund announced": a
 * name in a list joined by "and" whose last name is the subject of an agent verb acts with it.
 */
function actsInList(scan: Scan, end: number): boolean {
  const coordinators = scan.lang.governments.coordinators
  let k = end
  let joined = false
  for (let n = 0; n < MAX_LISTED && sameSentence(scan, end - 1, k); n++) {
    if (scan.lower(k) !== ',' && !coordinators.has(scan.lower(k))) return false
    // Every comma and coordinator is stepped over (`joined ||= …(k++)` would stop stepping once joined).
    for (; scan.lower(k) === ',' || coordinators.has(scan.lower(k)); k++) joined = joined || coordinators.has(scan.lower(k))
    k = pastTitle(scan, k)
    if (!scan.isCapitalized(k) || !sameSentence(scan, end - 1, k)) return false
    while (sameSentence(scan, end - 1, k) && (scan.isCapitalized(k) || (scan.lower(k) === '.' && scan.isCapitalized(k - 1)))) k++
    if (joined) return verbFollows(scan, k)
  }
  return false
}

/**
 * "Lima Police Superintendent Ana Ruiz": a title may start inside a body already found ("Lima Police");
 * the person's mention starts after it, so the two mentions do not overlap and both are kept. A title
 * wholly inside the body ("la agencia oficial Pacífico") is the body's name, and stays as it was.
 */
function unclaimedFrom(scan: Scan, from: number, name: number): number {
  let k = from
  while (k < name && scan.claimed[k]) k++
  return k < name ? k : from
}

/** The ways a name becomes a person, most explicit first; null when the name has no sign of being one. */
function readPerson(scan: Scan, m: NameMatch, bodies: Bodies): Found | null {
  const titled = roleEndingAt(scan, m.start, bodies)
  if (titled) return personFound(scan, m, unclaimedFrom(scan, titled.start, m.start), withCountryAfter(scan, titled, m), 'title', 'person-title')
  // "the country's interim president, Ana Ruiz", "its spokesman, Ana Ruiz", "el canciller cubano, Luis Gómez"
  const before = scan.lower(m.start - 1) === ',' ? roleEndingAt(scan, m.start - 1, bodies) : null
  if (before && standsForName(scan, before)) return personFound(scan, m, before.start, before, 'title', 'person-role-comma')
  // "Iraq's Saddam", "Kestria's Roe": one name after a possessive country is that country's person.
  const owner = scan.countryBefore.get(m.start)
  if (m.end - m.start === 1 && owner?.possessive && owner.kind === 'name') {
    return { ...personFound(scan, m, m.start, null, 'name', 'person-of-country'), country: owner.code }
  }
  if (!looksLikePersonName(scan, m)) return null
  // "Ana Ruiz, the interior minister of Kenya,": the apposition belongs to the mention, as a role
  // written before the name does, so both orders name the person with the same words.
  const after = scan.lower(m.end) === ',' ? roleAt(scan, m.end + 1, bodies) : null
  if (after && closesPhrase(scan, after.end)) return personFound(scan, m, m.start, after, 'title', 'person-appositive', after.end)
  // "El presidente del club, Ana Ruiz, dijo": a name set off by commas is the subject of the verb after them.
  const apposed = scan.lower(m.start - 1) === ',' && scan.lower(m.end) === ',' && verbFollows(scan, m.end + 1)
  if (m.possessive || apposed || actsAsAgent(scan, m.start, m.end) || actsAfterApposition(scan, m.end) || actsInList(scan, m.end)) {
    return personFound(scan, m, m.start, asRoleBefore(scan, m.start, bodies), 'name', m.possessive ? 'person-possessive' : 'person-agent')
  }
  return null
}

/** A head of state or government with no country stated holds office in the country the document is about. */
function withDocumentCountry(scan: Scan, p: Found, country: string | null): Found {
  if (p.country || !country || !p.role || !isHeadOffice(scan, p.role)) return p
  return { ...p, country, memberOf: governmentOf(country), rule: `${p.rule}+document-country` }
}

/** People named with a title, an apposition, or acting; `found` are the governments and organizations found so far. */
export function findPeople(scan: Scan, found: readonly Found[]): Found[] {
  const people: Found[] = []
  const country = dominantCountry(scan)
  const stateBodies = found.filter((f) => f.type === 'government' || f.type === 'organization').sort((a, b) => a.start - b.start)
  const bodies: Bodies = new Map(stateBodies.map((b) => [b.start, b]))
  for (let i = 0; i < scan.size; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.capitalized)) continue
    const m = nameAt(scan, i)
    if (!m || isClaimed(scan, m.start, m.end)) continue
    const person = readPerson(scan, m, bodies)
    if (!person) continue
    people.push(withDocumentCountry(scan, withSpeakingState(scan, person, m.start, stateBodies), country))
    claim(scan, m.start, m.end)
    i = m.end - 1
  }
  return people
}
