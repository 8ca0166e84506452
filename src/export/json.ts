import type { Db } from '../ledger/db.js'
import { streamLedgerDocs } from '../ledger/snapshot.js'
import type { Extraction } from '../model/extraction.js'

/** Every stored document as the extraction contract (schema/extraction.schema.json), as reviewed, with its id. */
export async function* extractionsOf(store: Db): AsyncGenerator<Extraction & { id: string }> {
  for await (const d of streamLedgerDocs(store)) yield { id: d.id, ...d.extraction }
}

/** A JSON array written one element at a time, indented as JSON.stringify(list, null, 2) would. */
export async function* jsonArray(items: AsyncIterable<unknown>): AsyncGenerator<string> {
  let first = true
  for await (const item of items) {
    yield `${first ? '[\n' : ',\n'}  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`
    first = false
  }
  yield first ? '[]\n' : '\n]\n'
}

/** JSON Lines: one object a line. */
export async function* jsonLines(items: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`
}
