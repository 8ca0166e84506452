import { ACTIVE_STATUS_VERBS, GROUP_ADJECTIVES, ROLE_MODIFIERS, STATUS_FILLERS, STATUS_PHRASES, type CasualtyRole } from '../../lexicon/en/casualty-terms.js'
import { lookupCountry } from '../../lexicon/en/countries.js'
import { countryAt, type ActorIndex } from '../events/actors.js'
import type { TokenText } from '../events/token-text.js'
import { headAt, type Head } from './heads.js'

export interface Group {
  readonly start: number
  readonly end: number
  readonly country?: string
  readonly role?: string
  /** The head noun in its plural form ("fishermen"), so later mentions of the same people can be found. */
  readonly noun: string
  readonly plural: boolean
  readonly guessed: boolean
  /** "our servicemen", "its soldiers": the group belongs to the speaker or the clause's subject. */
  readonly owner?: string
}

const ADJECTIVE = new Set<string>(GROUP_ADJECTIVES)
/** Words that end a group before its head: verbs of status, auxiliaries, function words. */
const NOT_MODIFIER = new Set<string>([...STATUS_FILLERS, ...Object.keys(STATUS_PHRASES), ...Object.keys(ACTIVE_STATUS_VERBS), 'of', 'and', 'or', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'a', 'an', 'that', 'which', 'than', 'it', 'they', 'he', 'she', 'we'])
/** At most this many words the lexicon does not know may stand before a listed head ("separatist fighters"). */
const FREE_MODIFIERS = 2
const PARTITIVE = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'those', 'these'])
const OWNERS = new Set(['their', 'its', 'his', 'her', 'our'])
/** Plural demonyms the country data may not hold ("Freedonians"): a capital and a people ending. */
const PEOPLE_SHAPE = /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is)$/u

/** A head at token k: a people noun ("soldiers", "police officers", "a fisherman") or a plural people ("Kenyans"). */
function groupHeadAt(tt: TokenText, k: number): Head | null {
  const noun = headAt(tt, k)
  if (noun) return noun
  const w = tt.word(k)
  const people = lookupCountry(w).some((f) => f.kind === 'people') || PEOPLE_SHAPE.test(w)
  return people ? { end: k + 1, role: null, plural: true, guessed: false, noun: w } : null
}

/** Modifiers then a head: "Freedonian soldiers", "young police officers", "US officers". */
function readConjunct(tt: TokenText, k: number): { head: Head; modifiers: string[] } | null {
  const modifiers: string[] = []
  let free = 0
  for (let n = 0; n <= 4; n++, k++) {
    let head = groupHeadAt(tt, k)
    // "separatist fighters", "civilian workers": a singular noun before another head qualifies it.
    for (let next = head && !head.plural ? groupHeadAt(tt, head.end) : null; head && next; next = !next.plural ? groupHeadAt(tt, next.end) : null) {
      modifiers.push(tt.lower(head.end - 1))
      head = next
    }
    // A word the lexicon does not know may qualify only a head it does know.
    if (head) return free > 0 && head.guessed ? null : { head, modifiers }
    const w = tt.lower(k)
    if (tt.word(k) === '.' && tt.isCapitalized(k - 1)) continue
    if (!ADJECTIVE.has(w) && !tt.isCapitalized(k)) {
      if (++free > FREE_MODIFIERS || NOT_MODIFIER.has(w) || tt.tokens[k]?.kind !== 'word' || !/^[a-z-]+$/.test(w)) return null
    }
    modifiers.push(w)
  }
  return null
}

/**
 * The counted group after a quantity, as written: "Freedonian soldiers", "of the civilians",
 * "Kenyan officers and soldiers", "of our servicemen". Its country comes from an actor named inside it
 * or from the country data; its role from the last head noun, unless a modifier says otherwise
 * ("police officers").
 */
export function readGroup(tt: TokenText, i: number, actors: ActorIndex): Group | null {
  let k = i
  if (tt.lower(k) === 'of' && PARTITIVE.has(tt.lower(k + 1))) k += 2
  // "none of our crew": the quantity took the "of".
  else if (tt.lower(k - 1) === 'of' && PARTITIVE.has(tt.lower(k))) k += 1
  const owner = OWNERS.has(tt.lower(k - 1)) ? tt.lower(k - 1) : undefined
  const first = readConjunct(tt, k)
  if (!first) return null
  let head = first.head
  const joined = tt.lower(head.end) === 'and' || tt.lower(head.end) === 'or' ? readConjunct(tt, head.end + 1) : null
  if (joined) head = { ...joined.head, role: joined.head.role ?? head.role, plural: true }
  const role: CasualtyRole | null = [...first.modifiers, ...(joined?.modifiers ?? [])].map((w) => ROLE_MODIFIERS[w]).find(Boolean) ?? head.role
  const named = actors.within(tt.tokens[k]!.start, tt.tokens[head.end - 1]!.end)
  const country = named?.country ?? countryAt(tt, k, head.end)
  return {
    start: k, end: head.end, noun: head.noun, plural: head.plural, guessed: head.guessed,
    ...(country ? { country } : {}), ...(role ? { role } : {}), ...(owner ? { owner } : {}),
  }
}
