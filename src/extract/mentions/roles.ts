import { GOVERNMENT_OFFICE_WORDS, HEAD_OFFICES, HONORIFICS, NAME_TITLES, OFFICE_QUALIFIERS, OFFICE_WORDS, RANK_ABBREVIATIONS } from '../../lexicon/offices.js'
import { countryOfAnaphor } from './salience.js'
import { countryName } from './found.js'
import { sameSentence, textOf, type Scan } from './scan.js'

const OFFICE = new Set<string>(OFFICE_WORDS)
const TITLE = new Set<string>(NAME_TITLES)
const QUALIFIER = new Set<string>(OFFICE_QUALIFIERS)
const HONORIFIC = new Set<string>(HONORIFICS)
const GOVERNMENT_OFFICE = new Set<string>(GOVERNMENT_OFFICE_WORDS)
const HEAD = new Set<string>(HEAD_OFFICES)
const ANAPHORIC_COUNTRY = new Set(['country’s', "country's", 'nation’s', "nation's"])

/** A role phrase as written around a name: "Kenyan leader", "the country's interim president", "Gen". */
export interface Role {
  /** First token of the phrase, including a leading "the". */
  readonly start: number
  /** Exclusive: after the office word, or after "of <Country>". */
  readonly end: number
  /** The role as written, abbreviated ranks spelled out; empty for a bare honorific ("Mr"). */
  readonly text: string
  /** The office word itself ("president", "minister", "general"). */
  readonly office: string
  readonly country?: string
}

export function officeWord(scan: Scan, i: number): string | null {
  const w = scan.lower[i] ?? ''
  return OFFICE.has(w) ? w : TITLE.has(w) ? RANK_ABBREVIATIONS[w] ?? w : null
}

/** A government office held for a country makes its holder a member of that government. */
export function isGovernmentOffice(office: string): boolean {
  return GOVERNMENT_OFFICE.has(office)
}

/** Heads of government: "the Roe administration" is the government Roe leads. */
export function isHeadOffice(role: string): boolean {
  const r = role.toLowerCase()
  return [...HEAD].some((h) => r.endsWith(h) || r.includes(`${h} of`)) && !/\b(?:former|ex|vice|deputy)\b/.test(r)
}

/** The country of a role read leftwards from token `k` (exclusive): "Kenyan", "Kenya's", "the country's". */
function countryBefore(scan: Scan, k: number): { start: number; country?: string } {
  const w = scan.countryBefore.get(k)
  if (w && (w.kind === 'demonym' || w.kind === 'code' || w.possessive)) return { start: w.startToken, country: w.code }
  if (ANAPHORIC_COUNTRY.has(scan.lower[k - 1] ?? '') && scan.lower[k - 2] === 'the') {
    return { start: k - 2, country: countryOfAnaphor(scan, k - 2) ?? undefined }
  }
  return { start: k }
}

/** "of Kenya", "of the United States" after an office: the country it is held for. */
function ofCountry(scan: Scan, at: number): { end: number; country: string } | null {
  if (scan.lower[at] !== 'of') return null
  const w = scan.countryAt.get(scan.lower[at + 1] === 'the' ? at + 2 : at + 1)
  return w && w.kind !== 'demonym' && w.kind !== 'people' ? { end: w.endToken, country: w.code } : null
}

/** The role as written; "the country's interim president" is kept as its reading, "interim president of Kenya". */
function roleText(scan: Scan, from: number, office: number, country: string | undefined): string {
  const head = scan.lower[office]!
  if (HONORIFIC.has(head) && from === office) return ''
  let first = from
  if (ANAPHORIC_COUNTRY.has(scan.lower[from + 1] ?? '') && scan.lower[from] === 'the') first = from + 2
  const rank = RANK_ABBREVIATIONS[head]
  const written = rank ? `${first < office ? `${textOf(scan, first, office)} ` : ''}${rank}` : textOf(scan, first, office + 1)
  return first > from && country ? `${written} of ${countryName(country)}` : written
}

/** Skips qualifiers up to the office word they qualify: "interim" in "interim president", "prime" in "prime minister". */
function skipQualifiers(scan: Scan, k: number): number {
  while (QUALIFIER.has(scan.lower[k] ?? '') && (OFFICE.has(scan.lower[k + 1] ?? '') || QUALIFIER.has(scan.lower[k + 1] ?? ''))) k++
  return k
}

/** A role phrase whose last word is token `end - 1` (a trailing "." after an abbreviation is skipped). */
export function roleEndingAt(scan: Scan, end: number): Role | null {
  let j = end - 1
  if (scan.lower[j] === '.' && TITLE.has(scan.lower[j - 1] ?? '')) j--
  const office = officeWord(scan, j)
  if (!office || !sameSentence(scan, j, end - 1)) return null
  let k = j
  while (k > 0 && QUALIFIER.has(scan.lower[k - 1]!) && sameSentence(scan, k - 1, j)) k--
  const { start, country } = countryBefore(scan, k)
  return { start, end: j + 1, text: roleText(scan, start, j, country), office, country }
}

/** A role phrase starting at token `i`: "the interior minister of Kenya", "Kenyan foreign minister". */
export function roleStartingAt(scan: Scan, i: number): Role | null {
  let k = scan.lower[i] === 'the' ? i + 1 : i
  let country: string | undefined
  const w = scan.countryAt.get(k)
  if (w && (w.kind === 'demonym' || w.kind === 'code' || w.possessive)) {
    country = w.code
    k = w.endToken
  } else if (ANAPHORIC_COUNTRY.has(scan.lower[k] ?? '') && k > i) {
    country = countryOfAnaphor(scan, k) ?? undefined
    k++
  }
  k = skipQualifiers(scan, k)
  const office = OFFICE.has(scan.lower[k] ?? '') ? scan.lower[k]! : null
  if (!office) return null
  const of = ofCountry(scan, k + 1)
  const end = of ? of.end : k + 1
  const first = scan.lower[i] === 'the' && !ANAPHORIC_COUNTRY.has(scan.lower[i + 1] ?? '') ? i + 1 : i
  const text = first === i && scan.lower[i] === 'the' && country
    ? `${textOf(scan, i + 2, end)} of ${countryName(country)}`
    : textOf(scan, first, end)
  return { start: i, end, text, office, country: of?.country ?? country }
}
