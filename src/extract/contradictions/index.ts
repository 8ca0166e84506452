import type { Contradiction } from '../../model/annotations.js'
import type { DocWith } from '../../model/annotated-doc.js'
import type { Claim } from '../../model/ledger.js'
import type { Stage } from '../pipeline.js'
import { findDisagreements, findReversals } from '../../claims/opposition.js'
import { readClaims } from '../../claims/read-claims.js'
import type { ClaimDoc } from '../../claims/scope.js'
import { disagreementWhy, reversalWhy } from '../../claims/why.js'

type Needs = 'sentences' | 'actors' | 'timexes' | 'statements' | 'casualties' | 'events' | 'claims'

/** The ids a side cites: each claim's item, and for a casualty figure the statement that carries it too. */
function idsOf(statementOf: ReadonlyMap<string, string | undefined>, claims: readonly Claim[]): string[] {
  const ids = new Set<string>()
  for (const c of claims) {
    ids.add(c.evidence.itemId)
    const statement = statementOf.get(c.evidence.itemId)
    if (statement) ids.add(statement)
  }
  return [...ids]
}

/**
 * Contradictions within one document: statements and casualty figures read as claims on propositions
 * (presence, casualties, responsibility), figures entailing presence, then reversals (one body turning
 * on its earlier claim) and disagreements (different bodies, opposite sides, same time).
 */
export const contradictions: Stage<'contradictions', Needs> = {
  name: 'contradictions',
  needs: ['sentences', 'actors', 'timexes', 'statements', 'casualties', 'events', 'claims'],
  adds: 'contradictions',
  run(doc) {
    const source: ClaimDoc = { ...doc, docId: '' }
    const claims = readClaims(source)
    const names = new Map(doc.actors.map((a) => [a.id, a.name]))
    const name = (id: string) => names.get(id) ?? id
    const statementOf = new Map(doc.casualties.map((k) => [k.id, k.statement]))
    const out: Contradiction[] = []
    for (const r of findReversals(claims)) {
      out.push({
        id: `x${out.length + 1}`, kind: 'reversal', actor: r.actor, proposition: r.link[1].proposition.text,
        earlier: idsOf(statementOf, r.earlier), later: idsOf(statementOf, r.later), why: reversalWhy(r, name),
      })
    }
    for (const d of findDisagreements(claims)) {
      out.push({
        id: `x${out.length + 1}`, kind: 'disagreement', proposition: d.proposition.text,
        sides: [idsOf(statementOf, d.asserts), idsOf(statementOf, d.denies)], why: disagreementWhy(d, name),
      })
    }
    return out
  },
}
