import { GOVERNMENT_OFFICE_WORDS_ES, OFFICE_FIELD_WORDS_ES, OFFICE_PREFIXES_ES, OFFICE_QUALIFIERS_ES, OFFICE_WORDS_ES } from '../../../lexicon/es/offices.js'
import type { Found } from '../found.js'
import { countryOfAnaphor } from '../salience.js'
import { sameSentence, textOf, type Scan } from '../scan.js'
import { placeAt } from './governments.js'

const OFFICE = new Set<string>(OFFICE_WORDS_ES)
const GOVERNMENT_OFFICE = new Set<string>(GOVERNMENT_OFFICE_WORDS_ES)
const PREFIX = new Set<string>(OFFICE_PREFIXES_ES)
const QUALIFIER = new Set<string>(OFFICE_QUALIFIERS_ES)
const FIELD = new Set<string>(OFFICE_FIELD_WORDS_ES)
const ARTICLES = new Set(['el', 'la'])
const FIELD_PREPOSITIONS = new Set(['de', 'del', 'para'])
/** Words of one field complement: "del Poder Popular para las Relaciones Exteriores" stays within this. */
const MAX_FIELD = 6

/** A Spanish role phrase: "el ministro de Defensa venezolano", "la presidenta encargada de Cuba", "el portavoz del Ejército". */
export interface RoleEs {
  /** First token, including a leading article. */
  readonly start: number
  /** Exclusive. */
  readonly end: number
  /** The role as written, without its article. */
  readonly text: string
  /** The office word, lower case ("ministro", "presidenta"). */
  readonly office: string
  readonly country?: string
}

/** "de Defensa", "del Interior", "de Relaciones Exteriores", "del Poder Popular para la Defensa": the token after the field, or -1. */
function fieldEnd(scan: Scan, at: number): number {
  let k = at
  let words = 0
  while (k < at + MAX_FIELD && (FIELD_PREPOSITIONS.has(scan.lower[k] ?? '') || FIELD.has(scan.lower[k] ?? ''))) {
    if (!FIELD_PREPOSITIONS.has(scan.lower[k]!) && !ARTICLES.has(scan.lower[k]!) && !/^(?:los|las|y|e)$/.test(scan.lower[k]!)) words++
    k++
  }
  // Trailing function words belong to what follows: "ministro de Defensa de | Cuba".
  while (k > at && (FIELD_PREPOSITIONS.has(scan.lower[k - 1]!) || /^(?:el|la|los|las|y|e)$/.test(scan.lower[k - 1]!))) k--
  return words > 0 ? k : -1
}

/** Whose role: "venezolano", "de Cuba", "del país", or an organization mention after "de"/"del" ("del Ejército cubano"). */
function ownerAt(scan: Scan, k: number, orgs: ReadonlyMap<number, Found>): { end: number; country?: string } | null {
  const w = scan.countryAt.get(k)
  if (w?.kind === 'demonym') return { end: w.endToken, country: w.code }
  if (!/^(?:de|del)$/.test(scan.lower[k] ?? '')) return null
  const place = placeAt(scan, k + 1)
  if (place) return { end: place.endToken, country: place.code }
  if (scan.lower[k] === 'del' && scan.lower[k + 1] === 'país') return { end: k + 2, country: countryOfAnaphor(scan, k) ?? undefined }
  for (const at of [k + 1, k + 2]) {
    const org = orgs.get(scan.tokens[at]?.start ?? -1)
    if (!org) continue
    let end = at
    while (end < scan.tokens.length && scan.tokens[end]!.end <= org.end) end++
    return { end, country: org.country }
  }
  return null
}

/** The role phrase starting at token `i` (its article, a prefix such as "primer", or the office word), or null. */
export function roleAtEs(scan: Scan, i: number, orgs: ReadonlyMap<number, Found>): RoleEs | null {
  let k = ARTICLES.has(scan.lower[i] ?? '') ? i + 1 : i
  const first = k
  while (PREFIX.has(scan.lower[k] ?? '') && k < first + 2) k++
  if (!OFFICE.has(scan.lower[k] ?? '')) return null
  const office = scan.lower[k]!
  let end = k + 1
  let country: string | undefined
  for (let steps = 0; steps < 4 && end < scan.tokens.length && sameSentence(scan, k, end); steps++) {
    const two = `${scan.lower[end]} ${scan.lower[end + 1] ?? ''}`
    if (QUALIFIER.has(two)) { end += 2; continue }
    if (QUALIFIER.has(scan.lower[end]!)) { end++; continue }
    const owner = country ? null : ownerAt(scan, end, orgs)
    if (owner) { country = owner.country; end = owner.end; continue }
    const field = FIELD_PREPOSITIONS.has(scan.lower[end]!) ? fieldEnd(scan, end) : -1
    if (field > end) { end = field; continue }
    break
  }
  return { start: i, end, text: textOf(scan, first, end), office, ...(country ? { country } : {}) }
}

/** A government office held for a country makes its holder a member of that government. */
export function isGovernmentOfficeEs(office: string): boolean {
  return GOVERNMENT_OFFICE.has(office)
}

/** The role phrase ending exactly at token `end` (exclusive), read from an office word at most `reach` tokens back. */
export function roleEndingAtEs(scan: Scan, end: number, orgs: ReadonlyMap<number, Found>, reach = 12): RoleEs | null {
  for (let j = end - 1; j >= Math.max(0, end - reach) && sameSentence(scan, j, end - 1); j--) {
    if (!OFFICE.has(scan.lower[j]!)) continue
    let start = j
    while (start > 0 && PREFIX.has(scan.lower[start - 1]!)) start--
    if (ARTICLES.has(scan.lower[start - 1] ?? '')) start--
    const role = roleAtEs(scan, start, orgs)
    if (role && role.end === end) return role
  }
  return null
}
