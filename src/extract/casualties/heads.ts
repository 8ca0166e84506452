import { GROUP_NOUNS, type CasualtyRole } from '../../lexicon/en/casualty-terms.js'
import { CIVILIAN_NOUNS, HUMAN_SUFFIXES, IRREGULAR_SINGULARS, NOT_HUMAN_WORDS, PEOPLE_NOUNS, ROLE_NOUNS } from '../../lexicon/en/human-nouns.js'
import { PhraseSet, type TokenText } from '../events/token-text.js'

/** The head noun of a counted group. */
export interface Head {
  /** Token after the head. */
  readonly end: number
  readonly role: CasualtyRole | null
  /** "a soldier" is one; "soldiers" needs a number. */
  readonly plural: boolean
  /** Read from its shape only ("-men", "-ers"): trusted for deaths and wounds, not for things gone missing. */
  readonly guessed: boolean
  /** The plural form of the head, so "a fisherman" and "two fishermen" are the same kind of people. */
  readonly noun: string
}

interface Entry { readonly role: CasualtyRole | null; readonly plural: boolean; readonly noun: string }

/** "soldiers" → "soldier", "fishermen" → "fisherman", "deputies" → "deputy"; null when it has no regular singular. */
function singularOf(plural: string): string | null {
  if (plural.endsWith('men')) return `${plural.slice(0, -3)}man`
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`
  if (plural.endsWith('s') && !plural.endsWith('ss')) return plural.slice(0, -1)
  return null
}

function buildHeads(): PhraseSet<Entry> {
  const entries = new Map<string, Entry>()
  const add = (plural: string, role: CasualtyRole | null) => {
    if (entries.has(plural)) return
    entries.set(plural, { role, plural: true, noun: plural })
    const one = singularOf(plural)
    if (one && !entries.has(one)) entries.set(one, { role, plural: false, noun: plural })
  }
  // The casualty lexicon's own roles come first ("sailors" are military there).
  for (const [w, role] of Object.entries(GROUP_NOUNS)) {
    const plural = `${w}s` in GROUP_NOUNS ? `${w}s` : w.endsWith('man') ? `${w.slice(0, -3)}men` : null
    if (plural) entries.set(w, { role, plural: false, noun: plural })
    else add(w, role)
  }
  for (const [w, role] of Object.entries(ROLE_NOUNS)) add(w, role)
  for (const w of CIVILIAN_NOUNS) add(w, 'civilian')
  for (const w of PEOPLE_NOUNS) add(w, null)
  for (const [one, plural] of Object.entries(IRREGULAR_SINGULARS)) {
    const e = entries.get(plural)
    if (e) entries.set(one, { ...e, plural: false })
  }
  return new PhraseSet(entries)
}

const HEADS = buildHeads()
const NOT_HUMAN = new Set<string>(NOT_HUMAN_WORDS)
const SHAPE = new RegExp(`^[a-z]{3,}(?:${HUMAN_SUFFIXES.join('|')})$`)

/** A people noun at token k: listed ("pilgrims", "police officers", "a child") or shaped like one ("trawlermen"). */
export function headAt(tt: TokenText, k: number): Head | null {
  const listed = HEADS.match(tt, k)
  if (listed) return { end: listed[0], role: listed[1].role, plural: listed[1].plural, guessed: false, noun: listed[1].noun }
  const w = tt.lower(k)
  if (tt.isCapitalized(k) || !SHAPE.test(w) || NOT_HUMAN.has(w)) return null
  return { end: k + 1, role: null, plural: true, guessed: true, noun: w }
}
