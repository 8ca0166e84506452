import { GROUP_ADJECTIVES, GROUP_NOUNS, ROLE_MODIFIERS, type CasualtyRole } from '../../lexicon/casualty-terms.js'
import { lookupCountry } from '../../lexicon/countries.js'
import { countryAt, type ActorIndex } from '../events/actors.js'
import { PhraseSet, type TokenText } from '../events/token-text.js'

export interface Group {
  readonly start: number
  readonly end: number
  readonly country?: string
  readonly role?: string
}

const HEAD = PhraseSet.from(GROUP_NOUNS)
const ADJECTIVE = new Set<string>(GROUP_ADJECTIVES)
const PARTITIVE = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'those', 'these'])
/** Plural demonyms the country data may not hold ("Freedonians"): a capital and a people ending. */
const PEOPLE_SHAPE = /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is)$/u

/** A head at token k: a group noun ("soldiers", "police officers") or a plural people ("Kenyans"). */
function headAt(tt: TokenText, k: number): readonly [number, CasualtyRole | null] | null {
  const noun = HEAD.match(tt, k)
  if (noun) return noun
  const w = tt.word(k)
  const people = lookupCountry(w).some((f) => f.kind === 'people') || PEOPLE_SHAPE.test(w)
  return people ? [k + 1, null] : null
}

/** Modifiers then a head: "Freedonian soldiers", "young police officers", "US officers". */
function readConjunct(tt: TokenText, k: number): { end: number; role: CasualtyRole | null; modifiers: string[] } | null {
  const modifiers: string[] = []
  for (let n = 0; n <= 4; n++, k++) {
    const head = headAt(tt, k)
    if (head) return { end: head[0], role: head[1], modifiers }
    const w = tt.lower(k)
    if (tt.word(k) === '.' && tt.isCapitalized(k - 1)) continue
    if (!ADJECTIVE.has(w) && !tt.isCapitalized(k)) return null
    modifiers.push(w)
  }
  return null
}

/**
 * The counted group after a quantity, as written: "Freedonian soldiers", "of the civilians",
 * "Kenyan officers and soldiers". Its country comes from an actor named inside it or from the
 * country data; its role from the last head noun, unless a modifier says otherwise ("police officers").
 */
export function readGroup(tt: TokenText, i: number, actors: ActorIndex): Group | null {
  let k = i
  if (tt.lower(k) === 'of' && PARTITIVE.has(tt.lower(k + 1))) k += 2
  const first = readConjunct(tt, k)
  if (!first) return null
  let { end, role, modifiers } = first
  const joined = tt.lower(end) === 'and' || tt.lower(end) === 'or' ? readConjunct(tt, end + 1) : null
  if (joined) ({ end, role } = { end: joined.end, role: joined.role ?? role })
  const override = [...modifiers, ...(joined?.modifiers ?? [])].map((w) => ROLE_MODIFIERS[w]).find(Boolean)
  const start = tt.tokens[k]!.start
  const named = actors.within(start, tt.tokens[end - 1]!.end)
  const country = named?.country ?? countryAt(tt, k, end)
  const finalRole = override ?? role
  return { start: k, end, ...(country ? { country } : {}), ...(finalRole ? { role: finalRole } : {}) }
}
