import type { Claim, Disagreement } from '../model/ledger.js'
import { findDisagreements } from '../claims/opposition.js'
import { disagreementWhy, type NameOf } from '../claims/why.js'
import { showTime } from '../claims/time-span.js'
import { stableId } from './ids.js'

const actorsOf = (cs: readonly Claim[]) => [...new Set(cs.map((c) => c.actor))]

/** Disagreements across the ledger: different bodies on opposite sides of one proposition at the same time, scored. */
export function disagreementsOf(claims: readonly Claim[], name: NameOf): Disagreement[] {
  return findDisagreements(claims).map((d) => ({
    id: stableId('dis', d.proposition.key, showTime(d.overlap), ...actorsOf([...d.asserts, ...d.denies]).sort()),
    proposition: d.proposition,
    sides: [
      { polarity: 'asserts' as const, actors: actorsOf(d.asserts), claims: d.asserts },
      { polarity: 'denies' as const, actors: actorsOf(d.denies), claims: d.denies },
    ],
    overlap: d.overlap,
    ...d.strength,
    why: disagreementWhy(d, name),
  }))
}
