import type { Found } from './found.js'
import { claim, hasClass, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** The last word of a mention as written, lower case, without a possessive: "Lenn People's Front" → "front". */
function headWord(scan: Scan, f: Found): string {
  const words = scan.text.slice(f.start, f.end).toLowerCase().replace(/[’']s$/, '').split(/\s+/)
  return words[words.length - 1] ?? ''
}

/**
 * "the Front", "the Party's": a capitalized head word alone after an article names the one organization
 * mentioned before with that head. Left out when two such organizations share the head.
 */
export function findOrganizationReferences(scan: Scan, found: readonly Found[]): Found[] {
  const byHead = new Map<string, Found | null>()
  for (const f of found) {
    if (f.type !== 'organization' || f.kind !== 'name') continue
    const head = headWord(scan, f)
    const seen = byHead.get(head)
    byHead.set(head, seen === undefined || seen?.id === f.id ? (seen ?? f) : null)
  }
  const out: Found[] = []
  for (let i = 1; i < scan.size; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.orgHead) || !hasClass(scan, i, W.capitalized) || !scan.lang.articles.has(scan.lower(i - 1))) continue
    if (hasClass(scan, i + 1, W.capitalized) || scan.lang.roles.ownerLinks.has(scan.lower(i + 1))) continue
    const org = byHead.get(scan.stem(i))
    if (!org || org.start >= scan.tokens[i]!.start) continue
    out.push({ ...org, start: scan.tokens[i - 1]!.start, end: scan.tokens[i]!.end, kind: 'description', rule: 'org-head-ref' })
    claim(scan, i - 1, i + 1)
  }
  return out
}
