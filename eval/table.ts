import { emptyKind, type DocScore, type KindScore, type Tally } from './score.js'

export interface Prf { precision: number; recall: number; f1: number }

export function prf(t: Pick<Tally, 'gold' | 'system' | 'matchedGold' | 'matchedSystem'>): Prf {
  const precision = t.system ? t.matchedSystem / t.system : t.gold ? 0 : 1
  const recall = t.gold ? t.matchedGold / t.gold : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** Adds per-document scores into one, kind by kind. */
export function sumScores(scores: readonly DocScore[]): DocScore {
  const total: DocScore = {}
  for (const doc of scores) {
    for (const [kind, s] of Object.entries(doc)) {
      const t = (total[kind] ??= emptyKind())
      for (const key of Object.keys(s.tally) as (keyof Tally)[]) t.tally[key] = (t.tally[key] ?? 0) + (s.tally[key] ?? 0)
      for (const [name, a] of Object.entries(s.attributes)) {
        const into = (t.attributes[name] ??= { right: 0, total: 0 })
        into.right += a.right
        into.total += a.total
      }
      t.misses.push(...s.misses)
      t.wrong.push(...s.wrong)
    }
  }
  return total
}

const pct = (x: number) => x.toFixed(3)

/**
 * One row a kind: detection P/R/F1, required items found, found with the right date (where counted:
 * events), found fully right (every scored attribute right), then attribute accuracies.
 */
export function formatTable(score: DocScore): string {
  const rows = [['kind', 'gold', 'sys', 'P', 'R', 'F1', 'required', 'dated', 'right', 'attribute accuracy (matched items)']]
  for (const [kind, s] of Object.entries(score)) {
    const { precision, recall, f1 } = prf(s.tally)
    const attrs = Object.entries(s.attributes).map(([n, a]) => `${n} ${a.right}/${a.total}`).join(', ')
    const t = s.tally
    const dated = t.requiredDated === undefined ? '-' : `${t.requiredDated}/${t.requiredGold}`
    rows.push([kind, String(t.gold), String(t.system), pct(precision), pct(recall), pct(f1), `${t.requiredFound}/${t.requiredGold}`, dated, `${t.requiredRight}/${t.requiredGold}`, attrs])
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n')
}

/** Kinds pooled into one figure: what a reader of the ledger relies on (actors are scored on their own). */
export const POOLED_KINDS = ['statements', 'timex', 'casualties', 'events', 'contradictions'] as const

export interface Pooled { required: number; found: number; right: number }

export function pooled(score: DocScore): Pooled {
  const out = { required: 0, found: 0, right: 0 }
  for (const kind of POOLED_KINDS) {
    const t = score[kind]?.tally
    if (!t) continue
    out.required += t.requiredGold
    out.found += t.requiredFound
    out.right += t.requiredRight
  }
  return out
}

export function formatPooled(p: Pooled): string {
  const share = (n: number) => (p.required ? n / p.required : 1).toFixed(3)
  return `pooled required items (${POOLED_KINDS.join(', ')}): found ${p.found}/${p.required} ${share(p.found)}, fully right ${p.right}/${p.required} ${share(p.right)}`
}
