/**
 * Placing gold items in the system's ledger: which ledger event or actor a per-document gold member landed in,
 * and which codes the system gave the invented countries (user-assigned codes are arbitrary on both sides).
 */
import type { CorpusCluster, CorpusCountry } from './corpus-gold.js'
import { touches, type Locate, type Located } from './corpus-match.js'

export interface EvidenceCandidate { readonly id: string; readonly evidence: readonly Located[] }
export interface AliasCandidate { readonly id: string; readonly type?: string; readonly country?: string; readonly aliases: readonly string[]; readonly files: readonly string[] }

/** Case, curly apostrophes, a leading article and spacing do not make two names different. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '')
}

/** The candidate with the most evidence overlapping the reference's, if any overlaps. */
export function placeByEvidence(ref: string, candidates: readonly EvidenceCandidate[], locate: Locate): string | undefined {
  let best: { id: string; n: number } | undefined
  for (const c of candidates) {
    const n = c.evidence.filter((e) => touches([ref], [e], locate)).length
    if (n > 0 && (!best || n > best.n)) best = { id: c.id, n }
  }
  return best?.id
}

/**
 * How well a system name fits a gold mention: the same name (2), or one ends the other at a word boundary (1),
 * since English names are head-final ("Foreign Minister Dana Veltri" and "Dana Veltri", but not "the Kasvan
 * administration" and "Kasvan").
 */
export function nameFit(gold: string, system: string): number {
  const [a, b] = [normalizeName(gold), normalizeName(system)]
  if (a === b) return 2
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return short && long.endsWith(short) && /[\s,]/.test(long[long.length - short.length - 1] ?? '') ? 1 : 0
}

/** The candidate seen in `file` whose names fit `mentions` best (ledger actors keep names, not spans). */
export function placeByAlias(mentions: readonly string[], file: string, candidates: readonly AliasCandidate[]): string | undefined {
  let best: { id: string; n: number } | undefined
  for (const c of candidates) {
    if (!c.files.includes(file)) continue
    const n = mentions.reduce((sum, m) => sum + Math.max(0, ...c.aliases.map((a) => nameFit(m, a))), 0)
    if (n > 0 && (!best || n > best.n)) best = { id: c.id, n }
  }
  return best?.id
}

/** Gold country code → the code the system gave the government named like it. */
export function alignCountries(countries: Readonly<Record<string, CorpusCountry>>, actors: readonly AliasCandidate[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const [code, c] of Object.entries(countries)) {
    const names = new Set([c.name, c.capital ?? ''].filter(Boolean).map(normalizeName))
    const gov = actors.find((a) => a.type === 'government' && a.country && a.aliases.some((x) => names.has(normalizeName(x))))
    if (gov?.country) out.set(code, gov.country)
  }
  return out
}

/** Gold actor id → the system actor most of its members were placed in. */
export function alignClusters(clusters: readonly CorpusCluster[], placed: ReadonlyMap<string, string | undefined>): Map<string, string> {
  const out = new Map<string, string>()
  for (const c of clusters) {
    const votes = new Map<string, number>()
    for (const m of c.members) {
      const id = placed.get(m)
      if (id !== undefined) votes.set(id, (votes.get(id) ?? 0) + 1)
    }
    const top = [...votes].sort((a, b) => b[1] - a[1])[0]
    if (top) out.set(c.id, top[0])
  }
  return out
}

/** Rewrites the gold country codes inside a proposition key into the system's. */
export function mapCodes(key: string, codes: ReadonlyMap<string, string>): string {
  return key.replace(/\b[A-Z]{2}\b/g, (code) => codes.get(code) ?? code)
}
