import type { Quote } from '../../model/annotations.js'
import type { Ctx, Draft } from './draft.js'

/** A language's words for telling a quoted clause or verb phrase from a quoted noun phrase. */
export interface QuotedClauseWords {
  /** Auxiliaries, modals and copulas. */
  readonly finite: ReadonlySet<string>
  /** A contracted auxiliary or negation inside one token ("haven't"), where the language writes them. */
  readonly contracted?: RegExp
  /** Subordinators and subject pronouns that open a clause. */
  readonly openers: ReadonlySet<string>
  readonly participle: RegExp
  readonly irregularVerbs: ReadonlySet<string>
  readonly adverb: RegExp
  /** Determiners, pronouns and particles that may follow a verb. */
  readonly verbFollowers: ReadonlySet<string>
  /** Words before a quotation that make its first word a bare verb ("to “turn …”"). */
  readonly infinitiveMarkers: ReadonlySet<string>
}

/**
 * Settles a mixed draft's mode: a report is mixed when a quotation in it is a clause or a verb phrase
 * ("the army had “lied to us for years”"), and indirect when every quotation is a noun, adjective or
 * prepositional phrase ("called it “a tragic mistake”"), which is paraphrase with a quoted label.
 */
export function settleMode(ctx: Ctx, d: Draft, words: QuotedClauseWords): Draft['mode'] {
  if (d.mode !== 'mixed') return d.mode
  const inside = ctx.quotes.filter((q) => q.inner.start < d.content.end && d.content.start < q.inner.end)
  if (inside.length === 0) return d.mode
  return inside.some((q) => quotesClause(ctx, q, words)) ? 'mixed' : 'indirect'
}

/** Whether a quotation holds a finite verb, opens a clause or opens with a verb. */
export function quotesClause(ctx: Ctx, q: Quote, words: QuotedClauseWords): boolean {
  const first = ctx.tokenAt(q.inner.start)
  let end = first
  while (end < ctx.size && ctx.tokens[end]!.start < q.inner.end) end++
  for (let k = first; k < end; k++) {
    const w = ctx.lower(k)
    if (words.finite.has(w) || words.contracted?.test(w)) return true
  }
  if (words.openers.has(ctx.lower(first))) return true
  return opensWithVerb(ctx, first, end, words)
}

/**
 * "“practically kidnapped”", "“striking a blow”", "“fell heroically”", "to “turn the gulf”": a verb
 * form, after manner adverbs, followed by its object, a particle or an adverb. A lone participle
 * ("“kidnapping”") or one before a noun ("“intercepted radio traffic”") is a noun phrase.
 */
function opensWithVerb(ctx: Ctx, first: number, end: number, words: QuotedClauseWords): boolean {
  let k = first
  while (k < end && words.adverb.test(ctx.lower(k))) k++
  if (k >= end) return false
  const w = ctx.lower(k)
  const verbForm = words.participle.test(w) || words.irregularVerbs.has(w)
  const next = k + 1 < end ? ctx.lower(k + 1) : ''
  const followed = words.verbFollowers.has(next) || words.adverb.test(next)
  if (verbForm && (k > first || followed)) return true
  return k === first && words.infinitiveMarkers.has(ctx.lower(first - 2)) && words.verbFollowers.has(next) && !words.verbFollowers.has(w)
}
