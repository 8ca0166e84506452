import type { Db } from '../ledger/db.js'
import { loadLedgerDocs } from '../ledger/snapshot.js'
import type { Extraction } from '../model/extraction.js'

/** Every stored document as the extraction contract (schema/extraction.schema.json), as reviewed, with its id. */
export async function extractionsJson(store: Db): Promise<(Extraction & { id: string })[]> {
  return (await loadLedgerDocs(store)).map((d) => ({ id: d.id, ...d.extraction }))
}
