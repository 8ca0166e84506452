import { ARMED_FORCE_FORMS, MINISTRY_PORTFOLIOS, ORG_HEAD_FIRST_WORDS, ORG_HEAD_WORDS, STATE_MEDIA_FORMS } from '../../lexicon/organizations.js'
import { NOT_NAME_WORDS } from '../../lexicon/name-words.js'
import { verbFollows } from './cues.js'
import { countryNameWithArticle, governmentId, slug, type Found } from './found.js'
import { actsAsAgent } from './cues.js'
import { countryOfAnaphor } from './salience.js'
import { institutionState } from './speaking-state.js'
import { claim, hasClass, isClaimed, isPossessive, isUpperStart, joined, stem, textOf, type Scan } from './scan.js'
import { officeOwnerBefore } from './offices.js'
import { W } from './word-classes.js'

const HEAD = new Set<string>(ORG_HEAD_WORDS)
const HEAD_FIRST = new Set<string>(ORG_HEAD_FIRST_WORDS)
const PORTFOLIO = new Set<string>(MINISTRY_PORTFOLIOS)
const FUNCTION_WORDS = new Set<string>(NOT_NAME_WORDS.slice(NOT_NAME_WORDS.indexOf('the')))
// Heads of state institutions: with a country they belong to its government.
const STATE_HEADS = new Set(['ministry', 'department', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'agency', 'command', 'service', 'services', 'office', 'bureau'])

function capitalized(scan: Scan, i: number): boolean {
  return isUpperStart(scan.text, scan.tokens[i]) && !FUNCTION_WORDS.has(scan.lower[i]!)
}

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
    id, type: 'organization', name: country && qualify ? `${name[0]!.toUpperCase()}${name.slice(1)} of ${countryNameWithArticle(country)}` : name, country,
    memberOf: country && STATE_HEADS.has(head) ? governmentId(country) : undefined,
    start: scan.tokens[from]!.start, end: scan.tokens[to - 1]!.end, kind: 'name', rule,
  }
  return { found, from, to }
}

/** A ministry named by its portfolio, however written, gets one name: "interior ministry", "Ministry of the Interior". */
function ministryName(scan: Scan, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const two = `${scan.lower[i]} ${scan.lower[i + 1] ?? ''}`
    const p = PORTFOLIO.has(two) && i + 1 < to ? two : PORTFOLIO.has(scan.lower[i]!) ? scan.lower[i]! : null
    if (p) return `${p[0]!.toUpperCase()}${p.slice(1)} Ministry`
  }
  return null
}

/** The country an institution belongs to, from the words before it: "Kenyan", "Kenya's", "the country's". */
function ownerBefore(scan: Scan, from: number): { start: number; country?: string } {
  const w = scan.countryBefore.get(from)
  if (w && w.kind !== 'people' && w.kind !== 'capital') return { start: w.startToken, country: w.code }
  if (/^(?:country|nation)[’']s$/.test(scan.lower[from - 1] ?? '') && scan.lower[from - 2] === 'the') {
    return { start: from - 2, country: countryOfAnaphor(scan, from - 2) ?? undefined }
  }
  return { start: from }
}

/** Capitalized names ending in a head word ("Freedonian Defence Ministry") or opening with one ("Ministry of the Interior"). */
function namedOrganization(scan: Scan, i: number): OrgMatch | null {
  if (!capitalized(scan, i) && !HEAD.has(scan.lower[i]!)) return null
  let to = i + 1
  if (HEAD_FIRST.has(scan.lower[i]!) && scan.lower[i + 1] === 'of') {
    let j = scan.lower[i + 2] === 'the' ? i + 3 : i + 2
    while (j < scan.tokens.length && capitalized(scan, j) && joined(scan, j)) j++
    if (j > i + 2 && scan.lower[j - 1] !== 'the') to = j
  }
  let from = i
  // Calendar words are fine inside a name ("Sunday Times"); only function words end it.
  while (from > 0 && joined(scan, from) && capitalized(scan, from - 1)) from--
  if (to === i + 1 && (from === i || !HEAD.has(stem(scan, i)) || !capitalized(scan, i))) return null
  const country = scan.countryAt.get(from)
  const name = textOf(scan, from, to).replace(/[’']s$/, '')
  const ministry = stem(scan, i) === 'ministry' ? ministryName(scan, from, to) : null
  const code = country?.code ?? (ministry ? ownerBefore(scan, from).country : undefined)
  return orgFound(scan, from, to, ministry ?? name, code, stem(scan, i), 'org-name', ministry !== null)
}

/** Lower-case institutions with their country: "the interior ministry", "Kenyan state TV", "the Kenyan military". */
function institution(scan: Scan, i: number): OrgMatch | null {
  const one = scan.lower[i]!
  if (one === 'office') return officeOf(scan, i)
  if (!hasClass(scan, i, W.institution)) return null
  const two = `${one} ${scan.lower[i + 1] ?? ''}`
  const three = `${two} ${scan.lower[i + 2] ?? ''}`
  const media = STATE_MEDIA_FORMS[three] ? 3 : STATE_MEDIA_FORMS[two] ? 2 : 0
  if (media) {
    const owner = ownerBefore(scan, i)
    const code = owner.country ?? institutionState(scan, i) ?? undefined
    return orgFound(scan, owner.start, i + media, STATE_MEDIA_FORMS[media === 3 ? three : two]!, code, 'agency', 'org-state-media')
  }
  const force = ARMED_FORCE_FORMS[two] && !ARMED_FORCE_FORMS[one] ? 2 : ARMED_FORCE_FORMS[one] ? 1 : 0
  // "the Kenyan military intervention": a one-word force before a noun only qualifies it.
  const next = scan.lower[i + 1] ?? ''
  const modifies = force === 1 && scan.tokens[i + 1]?.kind === 'word' && !verbFollows(scan, i + 1) && !/[’']s$/.test(one) && !/ed$/.test(next)
  if (force && !modifies) {
    const owner = ownerBefore(scan, i)
    // "the army", "the coastguard", "Police said": the force of the state the story is about.
    const bare = !owner.country && (scan.lower[i - 1] === 'the' || actsAsAgent(scan, i, i + force))
    const code = owner.country ?? (bare ? institutionState(scan, i) : null)
    if (!code) return null
    return orgFound(scan, owner.start, i + force, ARMED_FORCE_FORMS[force === 2 ? two : one]!, code, 'forces', owner.country ? 'org-armed-forces' : 'org-armed-forces+salience')
  }
  if (one !== 'ministry') return null
  const of = scan.lower[i + 1] === 'of' ? (scan.lower[i + 2] === 'the' ? i + 3 : i + 2) : -1
  const from = of < 0 && PORTFOLIO.has(scan.lower[i - 1] ?? '') ? i - 1 : i
  const to = of >= 0 && PORTFOLIO.has(scan.lower[of] ?? '') ? of + 1 : i + 1
  const name = ministryName(scan, from, to)
  if (!name) return null
  const owner = ownerBefore(scan, from)
  const code = owner.country ?? institutionState(scan, i) ?? undefined
  return orgFound(scan, owner.start, to, name, code, 'ministry', owner.country ? 'org-ministry' : 'org-ministry+salience')
}

/** "the prime minister's office", "the Freedonian president's office": the office of an officeholder of a state. */
function officeOf(scan: Scan, i: number): OrgMatch | null {
  if (!isPossessive(scan, i - 1)) return null
  const holder = officeOwnerBefore(scan, i)
  if (!holder) return null
  const code = holder.country ?? institutionState(scan, i) ?? undefined
  return orgFound(scan, holder.start, i + 1, `Office of the ${holder.office}`, code, 'office', 'org-office')
}

export function findOrganizations(scan: Scan): Found[] {
  const found: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.orgHead | W.orgHeadFirst | W.institution)) continue
    const org = namedOrganization(scan, i) ?? institution(scan, i)
    if (!org || isClaimed(scan, org.from, org.to)) continue
    found.push(org.found)
    claim(scan, org.from, org.to)
    i = org.to - 1
  }
  return found
}
