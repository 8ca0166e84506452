import { ARMED_FORCE_FORMS_ES, MINISTRY_FILLERS_ES, MINISTRY_NOUNS_ES, MINISTRY_PORTFOLIOS_ES, STATE_MEDIA_FORMS_ES } from '../../../lexicon/es/organizations.js'
import type { Found } from '../found.js'
import { orgFound, type OrgMatch } from '../organizations.js'
import { countryOfAnaphor } from '../salience.js'
import { claim, hasClass, isClaimed, type CountryWord, type Scan } from '../scan.js'
import { W } from '../word-classes.js'
import { placeAt } from './governments.js'

const PORTFOLIO = MINISTRY_PORTFOLIOS_ES
const FILLER = new Set<string>(MINISTRY_FILLERS_ES)
const DETERMINERS = new Set(['el', 'la', 'los', 'las', 'del', 'al', 'sus', 'su'])
/** Adjectives of an institution's own name before its country: "la Fuerza Armada Nacional venezolana". */
const INSTITUTION_ADJECTIVES = new Set(['nacional', 'nacionales', 'federal', 'federales', 'popular', 'populares', 'regular', 'regulares', 'revolucionaria', 'revolucionarias', 'revolucionario', 'revolucionarios'])
/** Longest institution form, in words ("agencia oficial de noticias"). */
const MAX_FORM = 4

/** The longest form of `forms` starting at token `i`, as [English name, words], or null. */
function formAt(scan: Scan, i: number, forms: Readonly<Record<string, string>>): [string, number] | null {
  for (let n = MAX_FORM; n >= 1; n--) {
    const name = forms[scan.lower.slice(i, i + n).join(' ')]
    if (name) return [name, n]
  }
  return null
}

/** "Ministerio de Defensa", "Ministerio del Poder Popular para Relaciones Exteriores": the portfolio and the token after it. */
function portfolioAfter(scan: Scan, i: number): [string, number] | null {
  for (let k = i + 1; k < i + 7; k++) {
    const found = formAt(scan, k, PORTFOLIO)
    if (found) return [found[0], k + found[1]]
    if (!FILLER.has(scan.lower[k] ?? '')) return null
  }
  return null
}

/** The country after an institution: "cubano", "de Venezuela", "de los Estados Unidos", "del país". */
function ownerAfter(scan: Scan, at: number): { end: number; country: string } | null {
  let k = at
  while (INSTITUTION_ADJECTIVES.has(scan.lower[k] ?? '')) k++
  const w: CountryWord | undefined = scan.countryAt.get(k)
  if (w?.kind === 'demonym') return { end: w.endToken, country: w.code }
  if (!/^(?:de|del)$/.test(scan.lower[k] ?? '')) return null
  const place = placeAt(scan, k + 1)
  if (place) return { end: place.endToken, country: place.code }
  const anaphor = scan.lower[k] === 'del' && /^(?:país|estado)$/.test(scan.lower[k + 1] ?? '') ? countryOfAnaphor(scan, k) : null
  return anaphor ? { end: k + 2, country: anaphor } : null
}

/** What an institution is: its English name, its English head (for membership) and the token after its own words. */
function kindAt(scan: Scan, i: number): { name: string; head: string; end: number; ministry: boolean } | null {
  const one = scan.lower[i]!
  if (one === 'ministerio') {
    const p = portfolioAfter(scan, i)
    return p ? { name: `${p[0][0]!.toUpperCase()}${p[0].slice(1)} Ministry`, head: 'ministry', end: p[1], ministry: true } : null
  }
  const noun = MINISTRY_NOUNS_ES[one]
  if (noun) return { name: `${noun[0]!.toUpperCase()}${noun.slice(1)} Ministry`, head: 'ministry', end: i + 1, ministry: true }
  const media = formAt(scan, i, STATE_MEDIA_FORMS_ES)
  if (media) return { name: media[0], head: 'agency', end: i + media[1], ministry: false }
  const force = formAt(scan, i, ARMED_FORCE_FORMS_ES)
  return force ? { name: force[0], head: 'forces', end: i + force[1], ministry: false } : null
}

/**
 * State institutions with their country, as Spanish writes them: "el Ministerio de Defensa de Venezuela",
 * "el ministerio de Exteriores cubano", "la Cancillería venezolana", "las Fuerzas Armadas cubanas", "el ejército
 * venezolano", "la televisión estatal"; each with the English rule's name and id (org-ve-defence-ministry).
 * A bare one ("el ejército", "la policía dijo") belongs to `stateOf(at)`, the state the story is about.
 */
export function findOrganizationsEs(scan: Scan, stateOf: (at: number) => string | null): Found[] {
  const found: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.institution)) continue
    const org = institutionAt(scan, i, stateOf)
    if (!org || isClaimed(scan, org.from, org.to)) continue
    found.push(org.found)
    claim(scan, org.from, org.to)
    i = org.to - 1
  }
  return found
}

function institutionAt(scan: Scan, i: number, stateOf: (at: number) => string | null): OrgMatch | null {
  const kind = kindAt(scan, i)
  // "un policía cubano" is an officer, not the force.
  if (!kind || /^(?:un|una)$/.test(scan.lower[i - 1] ?? '')) return null
  // "una banda armada colombiana": an institution is named with its determiner ("el ejército", "del Ejército") or a capital.
  if (!DETERMINERS.has(scan.lower[i - 1] ?? '') && !hasClass(scan, i, W.capitalized)) return null
  const owner = ownerAfter(scan, kind.end)
  const code = owner?.country ?? stateOf(i) ?? undefined
  const rule = owner ? 'org-institution-es' : 'org-institution-es+salience'
  return orgFound(scan, i, owner?.end ?? kind.end, kind.name, code, kind.head, rule)
}
