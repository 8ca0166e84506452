import { actsAsAgent, verbFollows } from './cues.js'
import { countryNameWithArticle, slug, type Found } from './found.js'
import { governmentOf } from '../../model/country-code.js'
import { officeOwnerBefore } from './offices.js'
import { countryAfter } from './roles.js'
import { countryOfAnaphor } from './salience.js'
import { claim, hasClass, isClaimed, joined, type Scan } from './scan.js'
import { institutionState } from './speaking-state.js'
import { W } from './word-classes.js'

/** Longest institution form, in words ("agencia oficial de noticias"). */
const MAX_FORM = 4
/** Words between a ministry and its portfolio: "Ministerio del Poder Popular para la Defensa". */
const MAX_FILLERS = 6

function capitalized(scan: Scan, i: number): boolean {
  return scan.isCapitalized(i) && !scan.lang.organizations.functionWords.has(scan.lower(i))
}

const upperFirst = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`

/** An organization mention over tokens [from, to). */
export interface OrgMatch {
  readonly found: Found
  readonly from: number
  readonly to: number
}

/** `name` is qualified with its country ("State TV of Kenya") unless it already holds it ("Kenya Tourist Office"). */
export function orgFound(scan: Scan, from: number, to: number, name: string, country: string | undefined, head: string, rule: string, qualify = true): OrgMatch {
  const id = country ? `org-${country.toLowerCase()}-${slug(name)}` : `org-${slug(name)}`
  const found: Found = {
    id, type: 'organization', name: country && qualify ? `${upperFirst(name)} of ${countryNameWithArticle(country)}` : name, country,
    memberOf: country && scan.lang.organizations.stateHeads.has(head) ? governmentOf(country) : undefined,
    start: scan.tokens[from]!.start, end: scan.tokens[to - 1]!.end, kind: 'name', rule,
  }
  return { found, from, to }
}

/** The longest portfolio at token `k` ("foreign affairs", "relaciones exteriores") as [English word, token after], or null. */
function portfolioAt(scan: Scan, k: number): [string, number] | null {
  for (let n = MAX_FORM; n >= 1; n--) {
    const english = scan.lang.organizations.portfolios.get(scan.textOf(k, k + n).toLowerCase().replace(/\s+/g, ' '))
    if (english && k + n <= scan.size) return [english, k + n]
  }
  return null
}

/** "Ministry of the Interior", "Ministerio del Poder Popular para Relaciones Exteriores": the portfolio after the ministry, or null. */
function portfolioAfter(scan: Scan, i: number, to = scan.size): [string, number] | null {
  for (let k = i + 1; k < Math.min(to, i + 1 + MAX_FILLERS); k++) {
    const p = portfolioAt(scan, k)
    if (p && p[1] <= to) return p
    if (!scan.lang.organizations.portfolioFillers.has(scan.lower(k))) return null
  }
  return null
}

/** A ministry named by its portfolio, however written, gets one name: "interior ministry", "Ministry of the Interior". */
function ministryName(scan: Scan, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const p = portfolioAt(scan, i)
    if (p && p[1] <= to) return `${upperFirst(p[0])} Ministry`
  }
  return null
}

/** The country an institution belongs to, from the words before it: "Kenyan", "Kenya's", "the country's". */
function ownerBefore(scan: Scan, from: number): { start: number; country?: string } {
  const w = scan.countryBefore.get(from)
  if (w && w.kind !== 'people' && w.kind !== 'capital') return { start: w.startToken, country: w.code }
  if (scan.lang.roles.countryAnaphorsBefore.has(scan.lower(from - 1)) && scan.lang.articles.has(scan.lower(from - 2))) {
    return { start: from - 2, country: countryOfAnaphor(scan, from - 2) ?? undefined }
  }
  return { start: from }
}

/** The country after an institution, past adjectives of its own name: "la Fuerza Armada Nacional venezolana", "the army of Kenya". */
function ownerAfter(scan: Scan, at: number): { end: number; country: string } | null {
  let k = at
  while (scan.lang.organizations.ownAdjectives.has(scan.lower(k))) k++
  return countryAfter(scan, k)
}

/** Capitalized names ending in a head word ("Freedonian Defence Ministry") or opening with one ("Ministry of the Interior"). */
function namedOrganization(scan: Scan, i: number): OrgMatch | null {
  const o = scan.lang.organizations
  if (!capitalized(scan, i) && !o.heads.has(scan.lower(i))) return null
  let to = i + 1
  if (o.headsFirst.has(scan.lower(i)) && scan.lang.roles.ownerLinks.has(scan.lower(i + 1))) {
    let j = scan.lang.articles.has(scan.lower(i + 2)) ? i + 3 : i + 2
    while (j < scan.size && capitalized(scan, j) && joined(scan, j)) j++
    if (j > i + 2 && !scan.lang.articles.has(scan.lower(j - 1))) to = j
  }
  let from = i
  // Calendar words are fine inside a name ("Sunday Times"); only function words end it.
  while (from > 0 && joined(scan, from) && capitalized(scan, from - 1)) from--
  if (to === i + 1 && (from === i || !o.heads.has(scan.stem(i)) || !capitalized(scan, i))) return null
  const country = scan.countryAt.get(from)
  // "Soviet Union": a country's own name ending in a head word is the country, no organization.
  if (country?.kind === 'name' && country.endToken === to) return null
  const name = scan.textOf(from, to).replace(/[’']s$/, '')
  const ministry = scan.stem(i) === o.ministry ? ministryName(scan, from, to) : null
  const code = country?.code ?? (ministry ? ownerBefore(scan, from).country : undefined)
  return orgFound(scan, from, to, ministry ?? name, code, scan.stem(i), 'org-name', ministry !== null)
}

/** What an institution is at token i: its English name, the head deciding membership, and the token after its words. */
function institutionKind(scan: Scan, i: number): { name: string; head: string; from: number; end: number } | null {
  const o = scan.lang.organizations
  const one = scan.lower(i)
  if (one === o.ministry) {
    const after = portfolioAfter(scan, i)
    if (after) return { name: `${upperFirst(after[0])} Ministry`, head: 'ministry', from: i, end: after[1] }
    // "the interior ministry", "the foreign affairs ministry": the portfolio before it.
    for (const from of [i - 2, i - 1]) {
      const p = from >= 0 ? portfolioAt(scan, from) : null
      if (p && p[1] === i) return { name: `${upperFirst(p[0])} Ministry`, head: 'ministry', from, end: i + 1 }
    }
    return null
  }
  const noun = o.ministryNouns.get(one)
  if (noun) return { name: `${upperFirst(noun)} Ministry`, head: 'ministry', from: i, end: i + 1 }
  for (let n = MAX_FORM; n >= 2; n--) {
    const form = o.institutions.get(scan.textOf(i, i + n).toLowerCase().replace(/\s+/g, ' '))
    if (form && i + n <= scan.size) return { name: form.name, head: form.head, from: i, end: i + n }
  }
  const form = o.institutions.get(scan.lower(i))
  return form ? { name: form.name, head: form.head, from: i, end: i + 1 } : null
}

/**
 * Lower-case institutions with their country: "the interior ministry", "Kenyan state TV", "the Kenyan military",
 * "el Ministerio de Defensa de Venezuela", "la Cancillería venezolana", "las Fuerzas Armadas cubanas". Each gets
 * the English name (org-ve-defence-ministry). A bare one ("the army", "Police said", "el ejército") belongs to the
 * state the story is about; a force or outlet with no state anywhere is no actor.
 */
function institution(scan: Scan, i: number): OrgMatch | null {
  if (scan.lang.organizations.officeNouns.has(scan.lower(i))) return officeOf(scan, i)
  if (!hasClass(scan, i, W.institution)) return null
  const kind = institutionKind(scan, i)
  // "un policía cubano", "a police officer": one member, not the force.
  if (!kind || scan.lang.unnamed.indefinites.has(scan.lower(kind.from - 1))) return null
  const force = kind.head === 'forces'
  // "the Kenyan military intervention": a one-word force before a noun only qualifies it.
  const next = scan.lower(kind.end)
  if (force && !scan.lang.headFirst && kind.end === i + 1 && scan.isWord(kind.end) && !verbFollows(scan, kind.end) && !scan.isPossessive(i) && !/ed$/.test(next)) return null
  const before = ownerBefore(scan, kind.from)
  const after = before.country ? null : ownerAfter(scan, kind.end)
  const owner = before.country ?? after?.country
  const prev = scan.lower(before.start - 1)
  const determiner = scan.lang.articles.has(prev) || scan.lang.names.ownerPronouns.has(prev)
  // "una banda armada colombiana": where the country follows, an institution is named with its determiner or a capital.
  if (scan.lang.headFirst && !determiner && !scan.isCapitalized(kind.from)) return null
  // "the army", "the coastguard", "Police said": the force of the state the story is about; a force
  // merely mentioned ("army barracks") is none.
  const bare = determiner || actsAsAgent(scan, kind.from, kind.end)
  const code = owner ?? (!force || bare ? institutionState(scan, i) ?? undefined : undefined)
  if (!code && force) return null
  const rule = owner ? `org-${kind.head === 'forces' ? 'armed-forces' : kind.head === 'ministry' ? 'ministry' : 'state-media'}` : 'org-institution+salience'
  return orgFound(scan, before.start, after?.end ?? kind.end, kind.name, code, kind.head, rule)
}

/** "the prime minister's office", "the Freedonian president's office": the office of an officeholder of a state. */
function officeOf(scan: Scan, i: number): OrgMatch | null {
  if (!scan.isPossessive(i - 1)) return null
  const holder = officeOwnerBefore(scan, i)
  if (!holder) return null
  const code = holder.country ?? institutionState(scan, i) ?? undefined
  return orgFound(scan, holder.start, i + 1, `Office of the ${holder.office}`, code, 'office', 'org-office')
}

export function findOrganizations(scan: Scan): Found[] {
  const found: Found[] = []
  for (let i = 0; i < scan.size; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.orgHead | W.orgHeadFirst | W.institution)) continue
    const org = namedOrganization(scan, i) ?? institution(scan, i)
    if (!org || isClaimed(scan, org.from, org.to)) continue
    found.push(org.found)
    claim(scan, org.from, org.to)
    i = org.to - 1
  }
  return found
}
