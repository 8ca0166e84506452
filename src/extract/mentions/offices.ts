import type { Scan } from './scan.js'

/** Capitalizes each word: "prime minister" → "Prime Minister". */
const titled = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())

/**
 * The officeholder owning the noun at token `at`: "the prime minister's", "the Kenyan president's".
 * Returns the first token of the phrase (its "the" or country word), the office as a title, and the
 * country when a country word states it.
 */
export function officeOwnerBefore(scan: Scan, at: number): { start: number; office: string; country?: string } | null {
  const r = scan.lang.roles
  const head = at - 1
  if (!r.offices.has(scan.stem(head))) return null
  let k = head
  while (k > 0 && r.before.has(scan.lower(k - 1))) k--
  const words: string[] = []
  for (let j = k; j < head; j++) words.push(scan.lower(j))
  const office = titled([...words, scan.stem(head)].join(' '))
  const w = scan.countryBefore.get(k)
  const country = w && w.kind !== 'people' ? w.code : undefined
  const from = w && country ? w.startToken : k
  return { start: scan.lang.articles.has(scan.lower(from - 1)) ? from - 1 : from, office, ...(country ? { country } : {}) }
}
