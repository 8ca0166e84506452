import type { Evidence } from './ledger.js'

/** What a queue entry asks a person to look at. */
export type QueueItemKind = 'reversal' | 'disagreement' | 'figures' | 'duplicate-actor'

/** The extracted item a confirm, correction or rejection of a queue entry acts on (through the review API). */
export interface ReviewTarget {
  readonly docId: string
  readonly kind: 'statement' | 'casualty' | 'event' | 'actor'
  readonly itemId: string
}

/** One entry of the review queue: why it wants a look, how much, and what the review actions act on. */
export interface QueueItem {
  /** Stable across listings: the entry's kind and the ledger ids it is about. */
  readonly id: string
  readonly kind: QueueItemKind
  /** Priority in [0, 1]; the queue lists the highest first. */
  readonly score: number
  readonly reason: string
  readonly title: string
  readonly target?: ReviewTarget
  /** For a possible duplicate: the merge that would join the two actors. */
  readonly merge?: { readonly from: string; readonly into: string }
  /** The words the entry rests on, each with its article. */
  readonly evidence: readonly Evidence[]
}
