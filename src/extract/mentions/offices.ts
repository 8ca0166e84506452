import { OFFICE_QUALIFIERS, OFFICE_WORDS } from '../../lexicon/offices.js'
import { stem, type Scan } from './scan.js'

const OFFICE = new Set<string>(OFFICE_WORDS)
const QUALIFIER = new Set<string>(OFFICE_QUALIFIERS)

/** Capitalizes each word: "prime minister" → "Prime Minister". */
const titled = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())

/**
 * The officeholder owning the noun at token `at`: "the prime minister's", "the Kenyan president's".
 * Returns the first token of the phrase (its "the" or country word), the office as a title, and the
 * country when a country word states it.
 */
export function officeOwnerBefore(scan: Scan, at: number): { start: number; office: string; country?: string } | null {
  const head = at - 1
  if (!OFFICE.has(stem(scan, head))) return null
  let k = head
  while (k > 0 && QUALIFIER.has(scan.lower[k - 1]!)) k--
  const office = titled(`${scan.lower.slice(k, head).join(' ')} ${stem(scan, head)}`.trim())
  const w = scan.countryBefore.get(k)
  const country = w && w.kind !== 'people' ? w.code : undefined
  const from = w && country ? w.startToken : k
  return { start: scan.lower[from - 1] === 'the' ? from - 1 : from, office, ...(country ? { country } : {}) }
}
