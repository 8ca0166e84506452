import { learnPlaces } from '../extract/places/learn-places.js'
import { placeTally } from '../extract/places/place-memory.js'
import { contentHash } from '../ingest/identity.js'
import type { IngestedDocument } from '../ingest/read.js'
import type { Db } from '../ledger/db.js'
import { documentsByHash } from '../ledger/documents.js'
import { placesAsStored, storedPlaces } from '../ledger/places.js'
import type { DocumentJob } from './job.js'

/**
 * One job per document, each with the countries that the stored documents and the earlier new ones of
 * the batch taught, as `claimtrail ingest` gives them one after the other (threads/import-parallel.ts): workers
 * take jobs in any order, and the store they fill is the one ingest would have filled.
 */
export async function documentJobs(store: Db, items: readonly IngestedDocument[]): Promise<DocumentJob[]> {
  const hashes = items.map((i) => contentHash(i.document.text))
  const seen = new Set((await documentsByHash(store, [...new Set(hashes)])).keys())
  const tally = placeTally()
  tally.add(await storedPlaces(store))
  return items.map(({ document, warnings }, k) => {
    const job = { document, warnings, known: tally.union() }
    if (!seen.has(hashes[k]!)) tally.add(placesAsStored(learnPlaces(document.text)))
    seen.add(hashes[k]!)
    return job
  })
}
