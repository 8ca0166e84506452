import type { Kysely } from 'kysely'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import type { Place } from '../model/annotations.js'
import { unionPlaces } from '../extract/places/place-memory.js'
import type { Db } from './db.js'
import type { Database, PlacesTable } from './schema.js'

/** Replaces what one document taught about countries (its own learned places, without their evidence). */
export async function savePlaces(trx: Kysely<Database>, docId: string, places: readonly Place[]): Promise<void> {
  await trx.deleteFrom('places').where('doc_id', '=', docId).execute()
  if (places.length) await trx.insertInto('places').values(placeRows(docId, places)).execute()
}

/** A document's rows of the places table: what it taught, without the evidence. */
export const placeRows = (docId: string, places: readonly Place[]): PlacesTable[] =>
  placesAsStored(places).map((p) => ({ doc_id: docId, code: p.code, name: p.name, data: JSON.stringify(p) }))

/** Everything the stored documents taught about countries, one entry per name (see unionPlaces). */
export async function knownPlaces(store: Db): Promise<LearnedCountry[]> {
  return unionPlaces([await storedPlaces(store)])
}

/** What each stored document taught, one entry per document and name, as savePlaces wrote it. */
export async function storedPlaces(store: Db): Promise<LearnedCountry[]> {
  const rows = await store.db.selectFrom('places').select('data').execute()
  return rows.map((r) => JSON.parse(r.data) as LearnedCountry)
}

/** A document's learned places as the store keeps them, without their evidence (see savePlaces). */
export const placesAsStored = (places: readonly Place[]): LearnedCountry[] =>
  places.map(({ evidence: _e, ...p }) => p as LearnedCountry)
