import { slug, type Found } from './found.js'
import { nameAt } from './person-names.js'
import { hasClass, isClaimed, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** Index of the token ending at character `end`, or -1. */
function tokenEndingAt(scan: Scan, end: number): number {
  const k = scan.tokenAt(end - 1)
  return scan.tokens[k]?.end === end ? k : -1
}

/** Index of the token starting at character `start`, or -1. */
function tokenStartingAt(scan: Scan, start: number): number {
  const k = scan.tokenAt(start)
  return scan.tokens[k]?.start === start ? k : -1
}

interface Relation { readonly noun: string; readonly from: number; readonly to: number }

/** The relation word and the tokens [from, to) of "Ruiz's lawyer" or "el abogado de Ruiz" around a name on tokens [first, last]. */
function relationAround(scan: Scan, first: number, last: number): Relation | null {
  if (first < 0 || last < first) return null
  const nouns = scan.lang.names.relationNouns
  if (!scan.lang.headFirst) {
    const noun = nouns.get(scan.lower(last + 1))
    return scan.isPossessive(last) && noun ? { noun, from: first, to: last + 2 } : null
  }
  const noun = nouns.get(scan.lower(first - 2))
  if (first < 2 || !noun || !scan.lang.roles.ownerLinks.has(scan.lower(first - 1))) return null
  const from = scan.lang.articles.has(scan.lower(first - 3)) ? first - 3 : first - 2
  return { noun, from, to: last + 1 }
}

/** The relative as a person of their own: the id and name are English in any language. */
function relative(scan: Scan, owner: string, r: Relation): Found {
  const name = `${owner}'s ${r.noun}`
  return {
    id: `p-${slug(name)}`, type: 'person', name, role: r.noun,
    start: scan.tokens[r.from]!.start, end: scan.tokens[r.to - 1]!.end, kind: 'description', rule: 'relation-of-person',
  }
}

/**
 * relation-of-person: someone named by their tie to a named person — "Ruiz's stepmother", "Ruiz's lawyer",
 * "el abogado de Ruiz" — is a person of their own, never the one named (p-ana-ruiz-s-lawyer). A name that is
 * no known person ("Vela's father", one word, named nowhere else) still owns the relative: the relative is
 * someone, whoever Vela is.
 */
export function findRelatives(scan: Scan, people: readonly Found[]): Found[] {
  const out: Found[] = []
  for (const p of people) {
    const r = p.type === 'person' ? relationAround(scan, tokenStartingAt(scan, p.start), tokenEndingAt(scan, p.end)) : null
    if (r) out.push(relative(scan, p.name, r))
  }
  for (let i = 0; i < scan.size; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.capitalized)) continue
    const m = nameAt(scan, i)
    if (!m || isClaimed(scan, m.start, m.end)) continue
    const r = relationAround(scan, m.start, m.end - 1)
    if (r) out.push(relative(scan, m.name, r))
    i = m.end - 1
  }
  return out
}
