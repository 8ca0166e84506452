import { slug, type Found } from './found.js'
import { claim, isClaimed, joined, sameSentence, type Scan } from './scan.js'

/** Longest outlet name read beside its noun, in words. */
const MAX_NAME = 4

/** A word that may be part of an outlet's name: capitalized, no function word, no day or month, no country word. */
function nameWord(scan: Scan, i: number): boolean {
  const lower = scan.lower(i)
  return scan.isCapitalized(i) && !scan.lang.organizations.functionWords.has(lower)
    && !scan.lang.agent.calendarWords.has(lower) && !scan.countryAt.has(i) && !scan.countryBefore.has(i + 1)
}

/** The tokens [from, to) of a name read from `at` in direction `step` (−1 leftwards), or null. */
function nameFrom(scan: Scan, at: number, step: 1 | -1): { from: number; to: number } | null {
  let k = at
  for (let n = 0; n < MAX_NAME && sameSentence(scan, at, k) && nameWord(scan, k) && (k === at || joined(scan, step > 0 ? k : k + 1)); n++) k += step
  if (k === at) return null
  return step > 0 ? { from: at, to: k } : { from: k + 1, to: at + 1 }
}

/**
 * outlet-by-noun: a capitalized name set beside a lower-case outlet noun after an article names a newspaper
 * or broadcaster that has no head word of its own: "the Vardo newspaper said", "the daily Vardo reported",
 * "el diario Vardo". A country word is no name here ("the Kenyan newspaper" names no outlet).
 */
export function findOutletsByNoun(scan: Scan): Found[] {
  const nouns = scan.lang.organizations.outletNouns
  const found: Found[] = []
  for (let i = 1; i < scan.size; i++) {
    if (!nouns.has(scan.lower(i)) || scan.isCapitalized(i)) continue
    const before = scan.lang.headFirst ? null : nameFrom(scan, i - 1, -1)
    const after = before ? null : nameFrom(scan, i + 1, 1)
    const name = before ?? after
    const opener = before ? before.from - 1 : i - 1
    if (!name || !scan.lang.articles.has(scan.lower(opener)) || isClaimed(scan, name.from, name.to)) continue
    const from = Math.min(i, name.from)
    const to = Math.max(i + 1, name.to)
    const text = scan.textOf(name.from, name.to)
    found.push({
      // The noun is its role, so "the newspaper" later refers back to it.
      id: `org-${slug(text)}`, type: 'organization', name: text, role: scan.lower(i),
      start: scan.tokens[from]!.start, end: scan.tokens[to - 1]!.end, kind: 'name', rule: 'outlet-by-noun',
    })
    claim(scan, from, to)
  }
  return found
}
