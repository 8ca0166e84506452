import type { EventContext } from './context.js'
import { countryAt } from './actors.js'

/** What moves and can be struck or crash anywhere: aircraft, vessels, convoys. */
const MOVING = new Set(['aircraft', 'vessel', 'convoy'])

/** A language's craft nouns to their class, from its theme nouns (src/lexicon/<lang>/predicates.ts), one word each. */
export function craftNouns(themes: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(themes).filter(([word, cls]) => MOVING.has(cls) && !word.includes(' ')))
}

/** A craft named in the text: its class ("aircraft"), the token of its noun, and the country it belongs to. */
export interface Craft {
  readonly cls: string
  readonly token: number
  readonly owner?: string
}

/** How far before its noun a craft's country may stand: "two Freedonian military transport helicopters". */
const OWNER_BEFORE = 3

/**
 * The craft nearest the end of tokens [from, to), with the country form beside its noun as owner:
 * "the Freedonian airliner", "el avión freedonio". A country form there names whose craft it is, not
 * where it was: a craft moves.
 */
export function craftIn(ctx: EventContext, from: number, to: number): Craft | undefined {
  for (let k = to - 1; k >= from; k--) {
    const cls = ctx.lang.craft.get(ctx.tt.lower(k))
    if (!cls) continue
    const owner = countryAt(ctx.tt, Math.max(from, k - OWNER_BEFORE), Math.min(to, k + 2), ctx.lang.countries)
    return { cls, token: k, ...(owner ? { owner } : {}) }
  }
  return undefined
}
