import { placeIn, type EventContext, type EventMention } from './context.js'
import { countryMentionAt } from './actors.js'
import { objectEnd } from './phrase.js'
import { readPrepositions } from './prepositions.js'

/** Adds a party to the talks once. */
export function addParty(m: EventMention, id: string | undefined): void {
  if (!id) return
  m.participants ??= []
  if (!m.participants.includes(id)) m.participants.push(id)
}

/** The actor named by tokens [from, to): a listed actor, else a country form's government; and its country. */
function partyIn(ctx: EventContext, from: number, to: number): { id?: string; country?: string } {
  const { tt, actors } = ctx
  const named = actors.within(tt.tokens[from]!.start, tt.tokens[to - 1]!.end)
  const code = countryMentionAt(tt, from, to, ctx.lang.countries)?.code ?? (named?.type === 'government' ? named.country : undefined)
  const id = named?.id ?? (code ? actors.government(code) : undefined)
  return { ...(id ? { id } : {}), ...(code ? { country: code } : {}) }
}

/** The end of an object phrase at `k`, stretched to the end of an actor mention starting there ("Freedonia's government"). */
function partyEnd(ctx: EventContext, k: number, limit: number): number {
  const oe = objectEnd(ctx.lang, ctx.tt, k, limit)
  if (oe < 0) return oe
  const whole = ctx.actors.startingAt(ctx.tt.tokens[k]!.start)
  const end = whole ? ctx.tt.tokenAt(whole.end) : oe
  return end > oe && end <= limit ? end : oe
}

/**
 * Reads what follows a talks word: "between X and Y", "with X" (parties), "hosted by X" (a party, and
 * the place the talks fall back on), and the place and date prepositions ("in Lia", "on Monday").
 * Returns the new end token.
 */
export function readParties(ctx: EventContext, m: EventMention, from: number, limit: number): number {
  const { tt, lang } = ctx
  const words = lang.talks
  let e = from
  for (let n = 0; n < 4 && e < limit; n++) {
    const w = tt.lower(e)
    if (words.between.has(w) || words.with.has(w)) {
      const oe = partyEnd(ctx, e + 1, limit)
      if (oe < 0) break
      addParty(m, partyIn(ctx, e + 1, oe).id)
      e = oe
      if (words.between.has(w) && lang.conjunctions.has(tt.lower(e))) {
        const second = partyEnd(ctx, e + 1, limit)
        if (second < 0) break
        addParty(m, partyIn(ctx, e + 1, second).id)
        e = second
      }
    } else if (words.hostedBy.has(w) && words.hostedByPrep.has(tt.lower(e + 1))) {
      const oe = partyEnd(ctx, e + 2, limit)
      if (oe < 0) break
      const host = partyIn(ctx, e + 2, oe)
      addParty(m, host.id)
      m.hostPlace ??= host.country
      e = oe
    } else if (m.kind === 'visit' && words.visitTo.has(w)) {
      // "Lind's visit to Paris": a visit happens where it goes.
      const oe = objectEnd(lang, tt, e + 1, limit)
      if (oe < 0) break
      m.location ??= placeIn(ctx, e + 1, oe)
      e = oe
    } else {
      const next = readPrepositions(ctx, m, e, limit)
      if (next === e) break
      e = next
    }
  }
  return e
}
