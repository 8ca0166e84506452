import type { MentionKind } from '../../model/annotations.js'
import { actsAsAgent } from './cues.js'
import { countryName, governmentId, slug, type Found } from './found.js'
import { looksLikePersonName, nameAt, type NameMatch } from './person-names.js'
import { isGovernmentOffice, isHeadOffice, roleEndingAt, roleStartingAt, type Role } from './roles.js'
import { dominantCountry } from './salience.js'
import { claim, hasClass, isClaimed, isPossessive, sameSentence, type Scan } from './scan.js'
import { withSpeakingState } from './speaking-state.js'
import { W } from './word-classes.js'

/** What a rule knows of a person at one mention, spanning tokens [from, to): the name and any role written around it. */
function personFound(scan: Scan, m: NameMatch, from: number, role: Role | null, kind: MentionKind, rule: string, to = m.end): Found {
  const country = role?.country
  const office = role?.office ?? ''
  return {
    id: `p-${slug(m.name)}`, type: 'person', name: m.name, country,
    memberOf: country && isGovernmentOffice(office) ? governmentId(country) : undefined,
    role: role?.text || undefined,
    start: scan.tokens[from]!.start, end: scan.tokens[to - 1]!.end, kind, rule,
  }
}

/** "President Roe of Freedonia": a country after the name completes a title that had none. */
function withCountryAfter(scan: Scan, role: Role, m: NameMatch): Role {
  if (role.country || scan.lower[m.end] !== 'of') return role
  const w = scan.countryAt.get(scan.lower[m.end + 1] === 'the' ? m.end + 2 : m.end + 1)
  if (!w || w.kind === 'demonym' || w.kind === 'people') return role
  return { ...role, country: w.code, text: `${role.text} of ${countryName(w.code)}` }
}

/** "as Freedonian president, ... Roe": a role stated earlier in the sentence for the next person named. */
function asRoleBefore(scan: Scan, at: number): Role | null {
  for (let i = at - 1; i >= 0 && sameSentence(scan, i, at); i--) {
    if (scan.lower[i] !== 'as') continue
    const role = roleStartingAt(scan, i + 1)
    if (role && role.end <= at && scan.lower[role.end] === ',') return role
  }
  return null
}

/**
 * An apposition ends at punctuation or with its sentence. A role followed by a word starts a clause of its
 * own: in "After meeting Ana Ruiz, the president left" the president is someone else.
 */
function closesPhrase(scan: Scan, end: number): boolean {
  return !sameSentence(scan, end - 1, end) || scan.tokens[end]!.kind === 'punct'
}

const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our'])

/** "Its spokesman, Ana Ruiz", "the party’s spokesman, Ana Ruiz": a role someone owns names the person after it. */
function ownedRole(scan: Scan, start: number): boolean {
  return sameSentence(scan, start - 1, start) && (OWNER_PRONOUNS.has(scan.lower[start - 1] ?? '') || isPossessive(scan, start - 1))
}

/** The ways a name becomes a person, most explicit first; null when the name has no sign of being one. */
function readPerson(scan: Scan, m: NameMatch): Found | null {
  const titled = roleEndingAt(scan, m.start)
  if (titled) return personFound(scan, m, titled.start, withCountryAfter(scan, titled, m), 'title', 'person-title')
  // "the country's interim president, Ana Ruiz", "its spokesman, Ana Ruiz"
  const before = scan.lower[m.start - 1] === ',' ? roleEndingAt(scan, m.start - 1) : null
  if (before && (scan.lower[before.start] === 'the' || before.country || ownedRole(scan, before.start))) {
    return personFound(scan, m, before.start, before, 'title', 'person-role-comma')
  }
  if (!looksLikePersonName(scan, m)) return null
  // "Ana Ruiz, the interior minister of Freedonia,": the apposition belongs to the mention, as a role
  // written before the name does, so both orders name the person with the same words.
  const after = scan.lower[m.end] === ',' ? roleStartingAt(scan, m.end + 1) : null
  if (after && closesPhrase(scan, after.end)) return personFound(scan, m, m.start, after, 'title', 'person-appositive', after.end)
  if (m.possessive || actsAsAgent(scan, m.start, m.end)) {
    return personFound(scan, m, m.start, asRoleBefore(scan, m.start), 'name', m.possessive ? 'person-possessive' : 'person-agent')
  }
  return null
}

/** A head of state or government with no country stated holds office in the country the document is about. */
function withDocumentCountry(p: Found, country: string | null): Found {
  if (p.country || !country || !p.role || !isHeadOffice(p.role)) return p
  return { ...p, country, memberOf: governmentId(country), rule: `${p.rule}+document-country` }
}

export function findPeople(scan: Scan): Found[] {
  const found: Found[] = []
  const country = dominantCountry(scan)
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.capitalized)) continue
    const m = nameAt(scan, i)
    if (!m || isClaimed(scan, m.start, m.end)) continue
    const person = readPerson(scan, m)
    if (!person) continue
    found.push(withDocumentCountry(withSpeakingState(scan, person, m.start), country))
    claim(scan, m.start, m.end)
    i = m.end - 1
  }
  return found
}
