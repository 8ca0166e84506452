import type { Claim, FlipRating } from '../model/ledger.js'
import { opposes } from '../claims/match.js'

export interface FlipVerdict {
  readonly rating: FlipRating
  readonly reason: string
}

/**
 * A rating in the manner of PolitiFact's Flip-O-Meter, for an earlier and a later claim of one actor:
 * - no-flip: the two do not contradict (same stance, or they speak about times that do not overlap,
 *   so the position may have followed the facts);
 * - half-flip: they contradict, but one side is hedged ("probably", "cannot confirm"): a partial change
 *   of position;
 * - full-flop: the later claim states the opposite of the earlier one, unhedged, about an overlapping
 *   time, plainly or through a strict entailment rule (a government announcing its own soldiers killed
 *   in a country has reversed its denial that they were there as fully as if it had said so).
 */
export function rateFlip(earlier: Claim, later: Claim): FlipVerdict {
  if (!opposes(earlier, later)) {
    return earlier.polarity === later.polarity
      ? { rating: 'no-flip', reason: 'the later claim keeps the same stance' }
      : { rating: 'no-flip', reason: 'the claims speak about times that do not overlap; the position may have followed the facts' }
  }
  if (earlier.hedged || later.hedged) return { rating: 'half-flip', reason: 'one side is hedged' }
  const change = later.polarity === 'asserts' ? 'asserts what the earlier denied' : 'denies what the earlier asserted'
  const derived = [earlier, later].find((c) => c.rule !== 'direct')
  return { rating: 'full-flop', reason: derived ? `the later claim ${change}, through ${derived.rule}` : `the later claim plainly ${change}` }
}
