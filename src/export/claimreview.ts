import type { Db } from '../ledger/db.js'
import type { LedgerDoc } from '../model/ledger.js'
import { streamLedgerDocs } from '../ledger/snapshot.js'
import type { Actor, Statement } from '../model/annotations.js'
import type { Claim, FlipRating, Reversal } from '../model/ledger.js'
import { getActor, streamLedger } from '../ledger/analyses.js'
import { webUrlOnly } from '../fields.js'

/**
 * schema.org ClaimReview (JSON-LD) for claims people have looked at:
 * - each statement a reviewer confirmed or corrected, rated on how it is attributed (the review action);
 * - each likely reversal's later claim, rated on the Flip-O-Meter scale (no flip / half flip / full flop);
 *   a `possible` one waits for a person's review.
 * itemReviewed is a Claim with its author, date and appearance (the article it was reported in).
 */
export interface ClaimReviewOptions {
  /** The organization publishing the reviews (the newsroom). */
  readonly publisher?: string
}

const REVIEW_RATING = {
  confirmed: { ratingValue: 2, alternateName: 'Attribution confirmed by a reviewer' },
  corrected: { ratingValue: 1, alternateName: 'Attribution corrected by a reviewer' },
} as const
const FLIP_RATING: Record<FlipRating, { ratingValue: number; alternateName: string }> = {
  'no-flip': { ratingValue: 1, alternateName: 'No Flip' },
  'half-flip': { ratingValue: 2, alternateName: 'Half Flip' },
  'full-flop': { ratingValue: 3, alternateName: 'Full Flop' },
}

const personOrOrg = (a: Pick<Actor, 'name' | 'type'> | undefined) =>
  a && { '@type': a.type === 'person' ? 'Person' : 'Organization', name: a.name }

const appearance = (d: { published: string | null; outlet?: string; title?: string; url?: string }) => ({
  '@type': 'NewsArticle',
  ...(webUrlOnly(d.url) ? { url: d.url } : {}), ...(d.title ? { headline: d.title } : {}),
  ...(d.published ? { datePublished: d.published } : {}),
  ...(d.outlet ? { publisher: { '@type': 'Organization', name: d.outlet } } : {}),
})

function statementReview(doc: LedgerDoc, s: Statement, publisher: object | undefined) {
  const status = s.review!.status
  const actors = new Map(doc.extraction.actors.map((a) => [a.id, a]))
  const speaker = personOrOrg(actors.get(s.speakers[0] ?? ''))
  return {
    '@context': 'https://schema.org', '@type': 'ClaimReview',
    datePublished: s.review!.at.slice(0, 10),
    claimReviewed: s.content.text,
    author: { '@type': 'Person', name: s.review!.by },
    ...(publisher ? { publisher } : {}),
    itemReviewed: {
      '@type': 'Claim', ...(speaker ? { author: speaker } : {}),
      ...(s.time.value ?? doc.published ? { datePublished: s.time.value ?? doc.published } : {}),
      appearance: appearance(doc),
    },
    reviewRating: { '@type': 'Rating', ...REVIEW_RATING[status], worstRating: 1, bestRating: 2 },
  }
}

function reversalReview(r: Reversal, names: Map<string, string>, publisher: object | undefined) {
  const later: Claim | undefined = r.later[r.later.length - 1]
  return {
    '@context': 'https://schema.org', '@type': 'ClaimReview',
    ...(later?.evidence.published ? { datePublished: later.evidence.published } : {}),
    claimReviewed: r.proposition.text,
    ...(publisher ? { author: publisher, publisher } : {}),
    reviewBody: r.ratingReason,
    itemReviewed: {
      '@type': 'Claim', author: { '@type': 'Organization', name: names.get(r.actor) ?? r.actor },
      ...(later?.time.value ? { datePublished: later.time.value } : {}),
      appearance: [...r.earlier, ...r.later].map((c) => appearance(c.evidence)),
    },
    reviewRating: { '@type': 'Rating', ...FLIP_RATING[r.rating], worstRating: 1, bestRating: 3 },
  }
}

/** The reviews, written as they are read: reviewed statements document by document, then reversals. */
export async function* claimReviews(store: Db, options: ClaimReviewOptions = {}): AsyncGenerator<object> {
  const publisher = options.publisher ? { '@type': 'Organization', name: options.publisher } : undefined
  for await (const d of streamLedgerDocs(store)) {
    for (const s of d.extraction.statements) if (s.review) yield statementReview(d, s, publisher)
  }
  for await (const r of streamLedger<Reversal>(store, 'ledger_reversals')) {
    // A ClaimReview is a published verdict: `possible` reversals wait for a person's review before they become one.
    if (r.status !== 'likely') continue
    const actor = await getActor(store, r.actor)
    yield reversalReview(r, new Map(actor ? [[actor.id, actor.name]] : []), publisher)
  }
}
