import type { Sentence } from '../../model/annotations.js'
import type { Ctx } from './draft.js'

/** Words that open a time or occasion phrase after a cue ("said on Friday", "wrote last week"). */
const OPENS = /^(on|in|at|during|after|last|this|earlier|late|early|late|yesterday|today|tonight|recently|later|again|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
/** Words that close such a phrase. */
const CLOSES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|recently|later|again|then|morning|afternoon|evening|night|week|weekend|month|year|statement|interview|email|e-mail|letter|speech|tweet|post|release|briefing|call|conference|rally|debate|meeting|talks|visit|session|hearing|television|radio|twitter|facebook|time|days|weeks|months|years|ago)$/
const MAX_TRIMMING = 5

/**
 * The end of a time or occasion phrase right after a cue ("said on Friday", "said in a statement"),
 * or `from` when there is none. Only a phrase that closes on a time or medium word counts.
 */
export function skipTrimming(ctx: Ctx, s: Sentence, from: number): number {
  if (!OPENS.test(ctx.lower(from))) return from
  for (let k = from; k < Math.min(s.endToken, from + MAX_TRIMMING); k++) {
    const w = ctx.lower(k)
    if (ctx.tokens[k]!.kind === 'punct') return from
    if (CLOSES.test(w) && !CLOSES.test(ctx.lower(k + 1))) return k + 1
  }
  return from
}

const PLACE_LEAD = /^(in|at)$/
const MAX_PLACE = 4

/**
 * The end of a place phrase after a cue that closes its clause ("told reporters in Nairobi.", "said at
 * Lund on Monday"), or `from`: a capitalized run followed by more words is the content ("said in Lund
 * troops had left" is no place phrase).
 */
function placeAfter(ctx: Ctx, s: Sentence, from: number): number {
  if (!PLACE_LEAD.test(ctx.lower(from))) return from
  let k = from + 1
  while (k < s.endToken && k <= from + MAX_PLACE && ctx.isCapitalized(k)) k++
  const closes = k >= s.endToken || ctx.tokens[k]!.kind === 'punct' || OPENS.test(ctx.lower(k))
  return k > from + 1 && closes ? k : from
}

/** Participles that hang an occasion phrase on the one before ("in a statement broadcast on Sunday"). */
const PARTICIPLE = /^(?:[a-z]+ed|broadcast|read|sent|written|made|given|shown|put|carried|issued)$/
const ATTACHES = /^(on|in|at|by|from|during|late|early|last|earlier)$/

/**
 * The end of every occasion phrase after a cue ("said late Tuesday", "said in a statement broadcast on
 * Sunday", "told reporters in Geneva"), or `from` when there is none.
 */
export function skipOccasions(ctx: Ctx, s: Sentence, from: number): number {
  let end = from
  for (;;) {
    let next = skipTrimming(ctx, s, end)
    if (next === end && end > from && PARTICIPLE.test(ctx.lower(end)) && ATTACHES.test(ctx.lower(end + 1))) {
      const after = skipTrimming(ctx, s, end + 1)
      next = after > end + 1 ? after : end
    }
    if (next === end) return end
    end = next
  }
}

/**
 * The end of the occasions and one place phrase closing a clause after a cue ("told reporters in Lund on
 * Monday"): where its content could start. The cue's own extent keeps to occasions.
 */
export function skipSetting(ctx: Ctx, s: Sentence, from: number): number {
  const before = skipOccasions(ctx, s, from)
  const place = placeAfter(ctx, s, before)
  return place > before ? skipOccasions(ctx, s, place) : before
}

/** A reported clause can start here: a word that is not the end of the sentence or a trailing aside. */
export function clauseStartsAt(ctx: Ctx, s: Sentence, k: number): boolean {
  if (k >= s.endToken - 1) return false
  const w = ctx.lower(k)
  if (w === ',' ) return false
  return ctx.tokens[k]!.kind !== 'punct' || w === ':' || ctx.isCapitalized(k)
}
