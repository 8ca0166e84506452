import type { Claim, Reversal } from '../model/ledger.js'
import { DENIAL_CONTRADICTS_ASSERTION } from '../claims/match.js'
import { findReversals } from '../claims/opposition.js'
import { reversalWhy, type NameOf } from '../claims/why.js'
import { rateFlip } from './flip-o-meter.js'
import { stableId } from './ids.js'

/**
 * Reversals across the ledger: an actor (a person counts for the body of their role) later contradicts
 * its own earlier claim, directly or through an entailed proposition; rated on the Flip-O-Meter, scored,
 * and `possible` when the link is weak enough to want a person's review.
 */
export function reversalsOf(claims: readonly Claim[], name: NameOf): Reversal[] {
  return findReversals(claims).map((r) => {
    const [before, after] = r.link
    const verdict = rateFlip(before, after)
    const entailed = [before, after].find((c) => c.rule !== 'direct')
    return {
      id: stableId('rev', r.actor, after.proposition.key),
      actor: r.actor, proposition: after.proposition, earlier: r.earlier, later: r.later,
      rule: entailed ? `${entailed.rule} → ${DENIAL_CONTRADICTS_ASSERTION}` : DENIAL_CONTRADICTS_ASSERTION,
      ...r.strength, rating: verdict.rating, ratingReason: verdict.reason, why: reversalWhy(r, name),
    }
  })
}
