import { learnPlaces } from '../extract/places/learn-places.js'
import { unionPlaces, withKnownPlaces } from '../extract/places/place-memory.js'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import type { LedgerDoc, ResolvableDoc } from '../model/ledger.js'
import type { Db } from './db.js'
import { knownKeyOf, type StoredParts } from './parts.js'
import { loadLedgerDocsById, loadLedgerStamps, readWith } from './snapshot.js'
import type { PlaceBindings } from './apply-bindings.js'

export type Kept = ReadonlyMap<string, { readonly fingerprint: string; readonly stored: StoredParts }>

/** What an update reads: every document, most of them as kept, with the places each is read with. */
export interface LedgerInputs {
  /** In publication order. */
  readonly docs: readonly ResolvableDoc[]
  readonly stamps: readonly string[]
  readonly learned: readonly (readonly LearnedCountry[])[]
  /** Unbound (a binding changes without any document changing). */
  readonly places: readonly (readonly LearnedCountry[])[]
  readonly knownKey: string
  readonly bindings: PlaceBindings
  /** These documents whole; undefined when one was deleted since the stamps were read. */
  whole(ids: readonly string[]): Promise<ReadonlyMap<string, LedgerDoc> | undefined>
}

/**
 * Reads every document's stamp (metadata only), and whole only the documents whose stamp differs from
 * the kept one, and those whose places must be read from their text again (what all documents taught
 * changed). Undefined when a document was deleted meanwhile: the caller reads again.
 */
export async function readLedgerInputs(store: Db, kept: Kept): Promise<LedgerInputs | undefined> {
  const w = await readWith(store)
  const listed = await loadLedgerStamps(store, w)
  const full = new Map<string, { doc: LedgerDoc; stamp: string }>()
  const readWhole = async (ids: readonly string[]): Promise<boolean> => {
    const missing = ids.filter((id) => !full.has(id))
    const read = await loadLedgerDocsById(store, missing, w)
    for (const [id, x] of read) full.set(id, x)
    return missing.every((id) => read.has(id))
  }
  const keptOf = (s: { id: string; stamp: string | null }) => {
    const k = kept.get(s.id)?.stored
    return k?.doc && s.stamp !== null && k.stamp === s.stamp ? k : undefined
  }
  if (!(await readWhole(listed.filter((s) => !keptOf(s)).map((s) => s.id)))) return undefined
  const learned = listed.map((s) => kept.get(s.id)?.stored.learned ?? learnPlaces(full.get(s.id)!.doc.extraction.document.text))
  const known = unionPlaces(learned)
  const knownKey = knownKeyOf(known)
  // Places are read from the text again only when what all documents taught changed (then stored again).
  const placed = listed.map((s) => kept.get(s.id)?.stored)
  if (!(await readWhole(listed.filter((s, i) => placed[i]?.known !== knownKey).map((s) => s.id)))) return undefined
  const places = listed.map((s, i) => (placed[i]?.known === knownKey && placed[i]!.places) || withKnownPlaces(full.get(s.id)!.doc.extraction.document.text, learned[i]!, known))
  return {
    docs: listed.map((s) => full.get(s.id)?.doc ?? keptOf(s)!.doc!),
    stamps: listed.map((s) => full.get(s.id)?.stamp ?? s.stamp!),
    learned, places, knownKey, bindings: w.bindings,
    whole: async (ids) => ((await readWhole(ids)) ? new Map(ids.map((id) => [id, full.get(id)!.doc])) : undefined),
  }
}
