import { governmentId, type Found } from '../found.js'
import type { Scan } from '../scan.js'
import { isGovernmentOfficeEs } from './roles.js'

/** The first state body (a government or an institution with a country) named in tokens' sentence `s`, before offset `before`. */
function firstBody(scan: Scan, bodies: readonly Found[], s: number, before: number): Found | undefined {
  const sentence = scan.sentences[s]
  if (!sentence) return undefined
  return bodies.find((b) => b.start >= sentence.start && b.start < Math.min(before, sentence.end))
}

/**
 * official-of-speaking-state (Spanish): an official whose role names no country ("la ministra de Defensa, Ana
 * Ruiz") serves the state whose government or institution opens the talk around them — the first one named
 * in their own sentence before them, else in the sentence before — as the English rule reads the subject
 * state of those sentences. With no state named there, the affiliation stays unset.
 */
export function withSpeakingBodyEs(scan: Scan, found: readonly Found[]): Found[] {
  const bodies = found.filter((f) => (f.type === 'government' || f.type === 'organization') && f.country).sort((a, b) => a.start - b.start)
  return found.map((p) => {
    if (p.type !== 'person' || p.country || p.memberOf || !p.role) return p
    const office = p.role.toLowerCase().split(/\s+/).find((w) => isGovernmentOfficeEs(w))
    if (!office) return p
    const at = scan.tokens.findIndex((t) => t.start >= p.start)
    const s = scan.sentenceOf[at] ?? 0
    const body = firstBody(scan, bodies, s, p.start) ?? firstBody(scan, bodies, s - 1, Infinity)
    return body ? { ...p, country: body.country, memberOf: governmentId(body.country!), rule: `${p.rule}+speaking-state` } : p
  })
}
