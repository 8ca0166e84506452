import { governmentFound, type Found } from './found.js'
import { isHeadOffice } from './roles.js'
import { salientCountry } from './salience.js'
import { claim, hasClass, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** A leader's name is at most this many words: "the Ana María Ruiz administration". */
const MAX_NAME = 3

/** A known head of government named by tokens [from, to), or undefined. */
function leaderAt(scan: Scan, people: ReadonlyMap<string, Found>, from: number, to: number): Found | undefined {
  if (from < 0 || to > scan.size || from >= to) return undefined
  const person = people.get(scan.textOf(from, to))
  return person?.country && person.role && isHeadOffice(scan, person.role) ? person : undefined
}

/**
 * "the Roe administration", "the Roe government", "la administración (de) Roe": the government of the country
 * Roe leads, known from Roe's role. The name stands before the noun or after it (through "of"/"de").
 */
export function findLeaderGovernments(scan: Scan, people: ReadonlyMap<string, Found>): Found[] {
  const found: Found[] = []
  const articles = scan.lang.articles
  for (let i = 0; i < scan.size; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.governmentNoun)) continue
    let span: [number, number] | undefined
    let person: Found | undefined
    for (let n = 1; n <= MAX_NAME && !person; n++) {
      person = leaderAt(scan, people, i - n, i)
      if (person) span = [articles.has(scan.lower(i - n - 1)) ? i - n - 1 : i - n, i + 1]
    }
    const first = scan.lang.roles.ownerLinks.has(scan.lower(i + 1)) ? i + 2 : i + 1
    for (let end = first + MAX_NAME; end > first && !person; end--) {
      if (!hasClass(scan, end - 1, W.capitalized)) continue
      person = leaderAt(scan, people, first, end)
      if (person) span = [articles.has(scan.lower(i - 1)) && !scan.lang.contractions.has(scan.lower(i - 1)) ? i - 1 : i, end]
    }
    if (!person || !span) continue
    found.push(governmentFound(scan, person.country!, span[0], span[1], 'metonym', 'gov-leader'))
    claim(scan, span[0], span[1])
  }
  return found
}

/**
 * Bare "the government", "the regime's", "las autoridades", "el Ejecutivo": the government of the country the
 * paragraph is about. Left out when the paragraph and the one before name no country, and when the noun
 * qualifies people or a place ("government officials", "the government of").
 */
export function findGovernmentAnaphora(scan: Scan): Found[] {
  const g = scan.lang.governments
  const found: Found[] = []
  for (let i = 1; i < scan.size; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.governmentNoun) || !g.anaphoricHeads.has(scan.stem(i))) continue
    if (!scan.lang.articles.has(scan.lower(i - 1))) continue
    // A noun that is an ordinary word too stands alone only capitalized ("el Ejecutivo").
    if (g.needsCountry.has(scan.lower(i)) && !hasClass(scan, i, W.capitalized)) continue
    if (g.notAnaphoricBefore.has(scan.lower(i + 1))) continue
    const code = salientCountry(scan, i)
    if (!code) continue
    const from = scan.lang.contractions.has(scan.lower(i - 1)) ? i : i - 1
    found.push(governmentFound(scan, code, from, i + 1, 'description', 'gov-anaphora'))
    claim(scan, from, i + 1)
  }
  return found
}
