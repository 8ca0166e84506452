import { governmentFound, type Found } from './found.js'
import { isHeadOffice } from './roles.js'
import { salientCountry } from './salience.js'
import { claim, hasClass, stem, type Scan } from './scan.js'
import { W } from './word-classes.js'

const ANAPHORIC_HEADS = new Set(['government', 'regime', 'authorities', 'administration', 'leadership', 'junta'])
const FOLLOWED_BY_PEOPLE = /^(?:official|officials|spokesman|spokeswoman|spokesperson|minister|ministers|forces|troops|soldiers|critics|supporters|opponents)$/

/** "the Roe administration", "the Roe government": the government of the country Roe leads, known from Roe's role. */
export function findLeaderGovernments(scan: Scan, people: ReadonlyMap<string, Found>): Found[] {
  const found: Found[] = []
  for (let i = 1; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.governmentNoun)) continue
    const nameEnd = i
    let nameStart = i - 1
    while (nameStart > 0 && !people.has(scan.text.slice(scan.tokens[nameStart]!.start, scan.tokens[nameEnd - 1]!.end)) && nameEnd - nameStart < 3) nameStart--
    const person = people.get(scan.text.slice(scan.tokens[nameStart]!.start, scan.tokens[nameEnd - 1]!.end))
    if (!person?.country || !person.role || !isHeadOffice(person.role)) continue
    const from = scan.lower[nameStart - 1] === 'the' ? nameStart - 1 : nameStart
    found.push(governmentFound(scan, person.country, from, i + 1, 'metonym', 'gov-leader'))
    claim(scan, from, i + 1)
  }
  return found
}

/**
 * Bare "the government", "the regime's": the government of the country the paragraph is about.
 * Left out when the paragraph and the one before name no country.
 */
export function findGovernmentAnaphora(scan: Scan): Found[] {
  const found: Found[] = []
  for (let i = 1; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.governmentNoun) || scan.lower[i - 1] !== 'the' || !ANAPHORIC_HEADS.has(stem(scan, i))) continue
    const next = scan.lower[i + 1] ?? ''
    if (FOLLOWED_BY_PEOPLE.test(next) || next === 'of' || next === 'in') continue
    const code = salientCountry(scan, i)
    if (!code) continue
    found.push(governmentFound(scan, code, i - 1, i + 1, 'description', 'gov-anaphora'))
    claim(scan, i - 1, i + 1)
  }
  return found
}
