import type { Claim, FlipRating } from '../model/ledger.js'
import { contradicts } from '../extract/contradictions/entailment.js'

export interface FlipVerdict {
  readonly rating: FlipRating
  readonly reason: string
}

/**
 * A rating in the manner of PolitiFact's Flip-O-Meter, for an earlier and a later claim of one actor:
 * - no-flip: the two do not contradict (same stance, or they speak about times that do not overlap,
 *   so the position may have followed the facts);
 * - half-flip: they contradict, but the later side only implies the opposite (through an entailment
 *   rule), or one side is hedged: a partial change of position;
 * - full-flop: the later claim plainly states the opposite of the earlier one, unhedged, about an
 *   overlapping time.
 */
export function rateFlip(earlier: Claim, later: Claim): FlipVerdict {
  if (!contradicts(earlier, later)) {
    return earlier.polarity === later.polarity
      ? { rating: 'no-flip', reason: 'the later claim keeps the same stance' }
      : { rating: 'no-flip', reason: 'the claims speak about times that do not overlap; the position may have followed the facts' }
  }
  const derived = [earlier, later].find((c) => c.rule !== 'direct')
  if (derived) return { rating: 'half-flip', reason: `the change is implied, not stated: it follows from ${derived.rule}` }
  if (earlier.hedged || later.hedged) return { rating: 'half-flip', reason: 'one side is hedged' }
  return { rating: 'full-flop', reason: `the later claim plainly ${later.polarity === 'asserts' ? 'asserts what the earlier denied' : 'denies what the earlier asserted'}` }
}
