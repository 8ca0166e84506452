import { fold } from '../../lexicon/es/countries.js'
import { countryName, type Found } from './found.js'
import { countryOfAnaphor } from './salience.js'
import { hasClass, phraseAt, sameSentence, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** A role phrase as written around a name: "Kenyan leader", "the country's interim president", "Gen.", "el ministro de Defensa cubano". */
export interface Role {
  /** First token of the phrase, including a leading article. */
  readonly start: number
  /** Exclusive: after the office word, its field, qualifiers and owner ("of Kenya", "del Ejército cubano"). */
  readonly end: number
  /** The role as written without its article, abbreviated ranks spelled out; empty for a bare honorific ("Mr"). */
  readonly text: string
  /** The office word itself ("president", "minister", "general", "ministra"). */
  readonly office: string
  readonly country?: string
}

/** Government and organization mentions by their start offset: a role may name its body ("el portavoz del Ejército cubano"). */
export type Bodies = ReadonlyMap<number, Found>

/** Words one field complement may hold: "del Poder Popular para las Relaciones Exteriores". */
const MAX_FIELD = 6
/** Steps after the office: qualifiers, field, owner ("presidenta encargada de Cuba"). */
const MAX_AFTER = 4

/** The office at token i: an office word, or (when `titles`) an abbreviated title with its rank spelled out. */
export function officeWord(scan: Scan, i: number, titles = true): string | null {
  const r = scan.lang.roles
  const w = scan.lower(i)
  return r.offices.has(w) ? w : titles && r.titles.has(w) ? r.ranks[w] ?? w : null
}

/** A government office held for a country makes its holder a member of that government. */
export function isGovernmentOffice(scan: Scan, office: string): boolean {
  return scan.lang.roles.governmentOffices.has(office)
}

/** Heads of government ("Kenyan leader", "presidenta encargada de Cuba"): "the Roe administration" is the government Roe leads. */
export function isHeadOffice(scan: Scan, role: string): boolean {
  const r = fold(role)
  const words = r.split(/\s+/)
  if (words.some((w) => scan.lang.roles.notHead.has(w))) return false
  return scan.lang.roles.headOffice.test(r)
}

/** A country word before an office that names whose office it is: "Kenyan", "Kenya's", "the country's". */
function countryBeforeOffice(scan: Scan, k: number): { start: number; country?: string; anaphor?: number } {
  const w = scan.countryBefore.get(k)
  if (w && (w.kind === 'demonym' || w.kind === 'code' || w.possessive)) return { start: w.startToken, country: w.code }
  if (scan.lang.roles.countryAnaphorsBefore.has(scan.lower(k - 1)) && scan.lang.articles.has(scan.lower(k - 2))) {
    return { start: k - 2, country: countryOfAnaphor(scan, k - 2) ?? undefined, anaphor: k - 1 }
  }
  return { start: k }
}

/** A name, capital or code at `at`, after an optional article: "Cuba", "the United States", "Quito". */
export function placeAt(scan: Scan, at: number) {
  const w = scan.countryAt.get(scan.lang.articles.has(scan.lower(at)) ? at + 1 : at)
  return w && w.kind !== 'demonym' && w.kind !== 'people' ? w : undefined
}

/** The token after a mention of `bodies` starting at `at` or after its article, with the mention. */
export function bodyAt(scan: Scan, at: number, bodies: Bodies): { body: Found; end: number } | null {
  for (const k of [at, at + 1]) {
    const body = bodies.get(scan.tokens[k]?.start ?? -1)
    if (!body) continue
    let end = k
    while (end < scan.size && scan.tokens[end]!.end <= body.end) end++
    return { body, end }
  }
  return null
}

/** The country after a noun: a nationality adjective where they follow ("cubano"), "of Kenya", "de los Estados Unidos", "del país". */
export function countryAfter(scan: Scan, k: number): { end: number; country: string } | null {
  const w = scan.countryAt.get(k)
  if (scan.lang.headFirst && w?.kind === 'demonym') return { end: w.endToken, country: w.code }
  if (!scan.lang.roles.ownerLinks.has(scan.lower(k))) return null
  const place = placeAt(scan, k + 1)
  if (place) return { end: place.endToken, country: place.code }
  for (const words of scan.lang.roles.countryAnaphorsAfter) {
    const end = phraseAt(scan, k, words)
    const anaphor = end > 0 ? countryOfAnaphor(scan, k) : null
    if (anaphor) return { end, country: anaphor }
  }
  return null
}

/** Whose office: its country after it, or a body ("del Ejército cubano", "of the Defence Ministry"). */
function ownerAt(scan: Scan, k: number, bodies: Bodies): { end: number; country?: string } | null {
  const country = countryAfter(scan, k)
  if (country || !scan.lang.roles.ownerLinks.has(scan.lower(k))) return country
  const body = bodyAt(scan, k + 1, bodies)
  return body ? { end: body.end, country: body.body.country } : null
}

/** "of State", "de Defensa", "del Poder Popular para la Defensa": the token after the field, or -1. */
function fieldEnd(scan: Scan, at: number): number {
  const r = scan.lang.roles
  const link = (w: string) => r.fieldLinks.has(w) || scan.lang.articles.has(w) || r.ownerLinks.has(w)
  let k = at
  let words = 0
  while (k < at + MAX_FIELD && (link(scan.lower(k)) || r.fields.has(scan.lower(k)))) {
    if (!link(scan.lower(k)) && r.fields.has(scan.lower(k))) words++
    k++
  }
  // Trailing function words belong to what follows: "ministro de Defensa de | Cuba".
  while (k > at && (link(scan.lower(k - 1)) || /^(?:y|e|and)$/.test(scan.lower(k - 1)))) k--
  return words > 0 ? k : -1
}

/** The role as written without its article; "the country's interim president" reads "interim president of Kenya". */
function roleText(scan: Scan, first: number, office: number, officeEnd: number, end: number, anaphor: number | undefined, country: string | undefined): string {
  const head = scan.lower(office)
  if (scan.lang.roles.honorifics.has(head) && first === office && officeEnd === end) return ''
  const from = anaphor !== undefined ? anaphor + 1 : first
  const rank = scan.lang.roles.ranks[head]
  const written = rank
    ? [scan.textOf(from, office), rank, scan.textOf(officeEnd, end)].filter(Boolean).join(' ')
    : scan.textOf(from, end)
  return anaphor !== undefined && country ? `${written} of ${countryName(country)}` : written
}

/**
 * The role phrase starting at token `i` (its article, a country word, qualifiers or the office word): "the
 * interior minister of Kenya", "Kenyan foreign minister", "el ministro de Defensa venezolano", "Gen.".
 * Titles ("Gen", "Dr") count only when `titles`, as a role written straight before a name.
 */
export function roleAt(scan: Scan, i: number, bodies: Bodies, titles = false): Role | null {
  const r = scan.lang.roles
  const article = scan.lang.articles.has(scan.lower(i))
  const start = article && scan.lang.contractions.has(scan.lower(i)) ? i + 1 : i
  const first = article ? i + 1 : i
  let k = first
  let country: string | undefined
  let anaphor: number | undefined
  const w = scan.countryAt.get(first)
  if (w && (w.kind === 'demonym' || w.kind === 'code' || w.possessive)) {
    country = w.code
    k = w.endToken
  } else if (r.countryAnaphorsBefore.has(scan.lower(first)) && article) {
    country = countryOfAnaphor(scan, first) ?? undefined
    anaphor = first
    k = first + 1
  }
  // Qualifiers stand before the office they qualify: "interim president", "prime minister", "primer ministro".
  const leadsOn = (w: string) => r.offices.has(w) || r.before.has(w) || (titles && r.titles.has(w))
  while (r.before.has(scan.lower(k)) && leadsOn(scan.lower(k + 1))) k++
  const office = officeWord(scan, k, titles)
  if (!office || !sameSentence(scan, i, k)) return null
  let officeEnd = k + 1
  if (r.titles.has(scan.lower(k)) && scan.lower(officeEnd) === '.') officeEnd++
  let end = officeEnd
  for (let steps = 0; steps < MAX_AFTER && end < scan.size && sameSentence(scan, k, end); steps++) {
    const two = `${scan.lower(end)} ${scan.lower(end + 1)}`
    if (r.after.has(two)) { end += 2; continue }
    if (r.after.has(scan.lower(end))) { end++; continue }
    const owner = country ? null : ownerAt(scan, end, bodies)
    if (owner) { country = owner.country; end = owner.end; continue }
    const field = r.fieldLinks.has(scan.lower(end)) ? fieldEnd(scan, end) : -1
    if (field > end) { end = field; continue }
    break
  }
  return { start, end, text: roleText(scan, first, k, officeEnd, end, anaphor, country), office, ...(country ? { country } : {}) }
}

/**
 * The role phrase ending exactly at token `end` (exclusive), read from an office word at most `reach` tokens
 * back: "Defence Minister | Ana Ruiz", "Gen. | Jon Berg", "la ministra de Defensa venezolana | Ana Ruiz".
 */
export function roleEndingAt(scan: Scan, end: number, bodies: Bodies, reach = 12): Role | null {
  const r = scan.lang.roles
  for (let j = end - 1; j >= Math.max(0, end - reach) && sameSentence(scan, j, end - 1); j--) {
    if (!hasClass(scan, j, W.office | W.title)) continue
    let k = j
    while (k > 0 && r.before.has(scan.lower(k - 1)) && sameSentence(scan, k - 1, j)) k--
    let start = countryBeforeOffice(scan, k).start
    if (scan.lang.articles.has(scan.lower(start - 1)) && sameSentence(scan, start - 1, j)) start--
    const role = roleAt(scan, start, bodies, true)
    if (role && role.end === end) return role
  }
  return null
}
