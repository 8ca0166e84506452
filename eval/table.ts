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
      for (const key of Object.keys(s.tally) as (keyof Tally)[]) t.tally[key] += s.tally[key]
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

/** One row a kind: detection P/R/F1, required recall, then attribute accuracies. */
export function formatTable(score: DocScore): string {
  const rows = [['kind', 'gold', 'sys', 'P', 'R', 'F1', 'required', 'attribute accuracy (matched items)']]
  for (const [kind, s] of Object.entries(score)) {
    const { precision, recall, f1 } = prf(s.tally)
    const attrs = Object.entries(s.attributes).map(([n, a]) => `${n} ${a.right}/${a.total}`).join(', ')
    rows.push([kind, String(s.tally.gold), String(s.tally.system), pct(precision), pct(recall), pct(f1), `${s.tally.requiredFound}/${s.tally.requiredGold}`, attrs])
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n')
}
