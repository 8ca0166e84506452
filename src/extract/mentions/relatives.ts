import { slug, type Found } from './found.js'
import type { Scan } from './scan.js'

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

/** The relation word and the tokens [from, to) of "Ruiz's lawyer" or "el abogado de Ruiz" around a person's mention. */
function relationAround(scan: Scan, person: Found): { noun: string; from: number; to: number } | null {
  const nouns = scan.lang.names.relationNouns
  if (!scan.lang.headFirst) {
    const last = tokenEndingAt(scan, person.end)
    const noun = nouns.get(scan.lower(last + 1))
    return last >= 0 && scan.isPossessive(last) && noun ? { noun, from: tokenStartingAt(scan, person.start), to: last + 2 } : null
  }
  const first = tokenStartingAt(scan, person.start)
  const noun = nouns.get(scan.lower(first - 2))
  if (first < 2 || !noun || !scan.lang.roles.ownerLinks.has(scan.lower(first - 1))) return null
  const from = scan.lang.articles.has(scan.lower(first - 3)) ? first - 3 : first - 2
  return { noun, from, to: tokenEndingAt(scan, person.end) + 1 }
}

/**
 * relation-of-person: someone named by their tie to a named person — "Ruiz's stepmother", "Ruiz's lawyer",
 * "el abogado de Ruiz" — is a person of their own, never the one named (p-ana-ruiz-s-lawyer). The id and
 * name are English in any language.
 */
export function findRelatives(scan: Scan, people: readonly Found[]): Found[] {
  const out: Found[] = []
  for (const p of people) {
    const r = p.type === 'person' ? relationAround(scan, p) : null
    if (!r || r.from < 0 || r.to <= r.from) continue
    const name = `${p.name}'s ${r.noun}`
    out.push({
      id: `p-${slug(name)}`, type: 'person', name, role: r.noun,
      start: scan.tokens[r.from]!.start, end: scan.tokens[r.to - 1]!.end, kind: 'description', rule: 'relation-of-person',
    })
  }
  return out
}
