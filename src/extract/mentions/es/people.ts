import { NAME_PARTICLES_ES } from '../../../lexicon/es/name-words.js'
import { fold } from '../../../lexicon/es/countries.js'
import type { MentionKind } from '../../../model/annotations.js'
import { governmentId, slug, type Found } from '../found.js'
import { looksLikePersonName, nameAt, type NameMatch } from '../person-names.js'
import { dominantCountry } from '../salience.js'
import { claim, hasClass, isClaimed, sameSentence, type Scan } from '../scan.js'
import { W } from '../word-classes.js'
import { actsAsAgentEs, verbFollowsEs } from './cues.js'
import { isHeadOfficeEs } from './government-refs.js'
import { isGovernmentOfficeEs, roleAtEs, roleEndingAtEs, type RoleEs } from './roles.js'

const PARTICLES = new Set<string>(NAME_PARTICLES_ES)
/** An office word without accents and its gender ending, so "la presidenta" finds the "presidente": presidente → president. */
const genderless = (w: string) => fold(w).replace(/[aeo]$/, '')

function personFound(scan: Scan, m: NameMatch, from: number, to: number, role: RoleEs | null, kind: MentionKind, rule: string): Found {
  const country = role?.country
  return {
    id: `p-${slug(m.name)}`, type: 'person', name: m.name, country,
    memberOf: country && role && isGovernmentOfficeEs(role.office) ? governmentId(country) : undefined,
    role: role?.text || undefined,
    start: scan.tokens[from]!.start, end: scan.tokens[to - 1]!.end, kind, rule,
  }
}

/** An apposition ends at punctuation or with its sentence: "Ana Ruiz, ministra de Defensa, dijo". */
function closesPhrase(scan: Scan, end: number): boolean {
  return !sameSentence(scan, end - 1, end) || scan.tokens[end]!.kind === 'punct'
}

/** The ways a Spanish name becomes a person, most explicit first; null when the name has no sign of being one. */
function readPerson(scan: Scan, m: NameMatch, orgs: ReadonlyMap<number, Found>): Found | null {
  // "el presidente Ana Ruiz", "la ministra de Defensa venezolana Ana Ruiz", "el canciller cubano, Ana Ruiz"
  const titled = roleEndingAtEs(scan, m.start, orgs) ?? (scan.lower[m.start - 1] === ',' ? roleEndingAtEs(scan, m.start - 1, orgs) : null)
  if (titled) return personFound(scan, m, titled.start, m.end, titled, 'title', 'person-title-es')
  // Spanish names take no article: "La Nueva Era", "El Heraldo Real" are titles of things.
  if (!looksLikePersonName(scan, m) || /^(?:el|la|los|las)$/.test(scan.lower[m.start - 1] ?? '')) return null
  // "Ana Ruiz, ministra de Exteriores de Cuba, dijo": the apposition belongs to the mention.
  const after = scan.lower[m.end] === ',' ? roleAtEs(scan, m.end + 1, orgs) : null
  if (after && closesPhrase(scan, after.end)) return personFound(scan, m, m.start, after.end, after, 'title', 'person-appositive-es')
  // "El presidente del club, Ana Ruiz, dijo": a name set off by commas is the subject of the verb after them.
  const apposed = scan.lower[m.start - 1] === ',' && scan.lower[m.end] === ',' && verbFollowsEs(scan, m.end + 1)
  return apposed || actsAsAgentEs(scan, m.start, m.end) ? personFound(scan, m, m.start, m.end, null, 'name', 'person-agent-es') : null
}

/** A head of state or government with no country stated holds office in the country the document is about. */
function withDocumentCountry(p: Found, country: string | null): Found {
  if (p.country || !country || !p.role || !isHeadOfficeEs(p.role)) return p
  return { ...p, country, memberOf: governmentId(country), rule: `${p.rule}+document-country` }
}

/** People named with a title, an apposition, or acting: `orgs` are organization mentions by start offset, for "el portavoz del Ejército". */
export function findPeopleEs(scan: Scan, orgs: ReadonlyMap<number, Found>): Found[] {
  const found: Found[] = []
  const country = dominantCountry(scan)
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.capitalized)) continue
    const m = nameAt(scan, i, PARTICLES)
    if (!m || isClaimed(scan, m.start, m.end)) continue
    const person = readPerson(scan, m, orgs)
    if (!person) continue
    found.push(withDocumentCountry(person, country))
    claim(scan, m.start, m.end)
    i = m.end - 1
  }
  return found
}

/**
 * "el presidente", "la ministra", "el mandatario venezolano": the most recently mentioned person whose role has
 * that office word, when the phrase ends there (punctuation or a verb follows).
 */
export function findPersonDescriptionsEs(scan: Scan, people: readonly Found[]): Found[] {
  const found: Found[] = []
  const ordered = [...people].sort((a, b) => a.start - b.start)
  for (let i = 1; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.office) || !/^(?:el|la|del|al)$/.test(scan.lower[i - 1]!)) continue
    const w = scan.countryAt.get(i + 1)
    const end = w?.kind === 'demonym' ? w.endToken : i + 1
    const next = scan.tokens[end]
    if (next && next.kind === 'word' && sameSentence(scan, i, end) && !verbFollowsEs(scan, end)) continue
    const from = /^(?:el|la)$/.test(scan.lower[i - 1]!) ? i - 1 : i
    const at = scan.tokens[from]!.start
    const office = genderless(scan.lower[i]!)
    let match: Found | undefined
    for (const p of ordered) if (p.start < at && p.role && p.role.split(/\s+/).some((r) => genderless(r) === office) && (!w || !p.country || p.country === w.code)) match = p
    if (!match) continue
    found.push({ ...match, start: at, end: scan.tokens[end - 1]!.end, kind: 'description', rule: 'person-description-es' })
    claim(scan, from, end)
  }
  return found
}
