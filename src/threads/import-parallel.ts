import type { Document, Warning } from '../model/document.js'
import type { Place } from '../model/annotations.js'
import { contentHash } from '../ingest/identity.js'
import { placeTally } from '../extract/places/place-memory.js'
import { ClaimtrailError } from '../errors.js'
import { DEFAULT_LIMITS, type Limits } from '../limits.js'
import { extractPool } from './extract-pool.js'
import type { ExtractAnswer } from './extract-worker.js'
import type { Db } from '../ledger/db.js'
import { documentsByHash } from '../ledger/documents.js'
import { differences } from '../ledger/differences.js'
import { placesAsStored, storedPlaces } from '../ledger/places.js'
import { documentIdOf, storePrepared, type AddResult, type PreparedDocument } from '../ledger/store-documents.js'

export interface ImportItem { readonly document: Document; readonly warnings: readonly Warning[] }

export type ImportOutcome = { readonly item: ImportItem } & ({ readonly result: AddResult } | { readonly error: ClaimtrailError })

/** Extractions asked ahead of the one being stored, per thread: keeps threads busy while the writer stores. */
const AHEAD_PER_THREAD = 4
/**
 * Documents stored per transaction, and their text at most: a commit (and SQLite's full-text index
 * flush) per batch instead of per document, with memory bounded.
 */
const BATCH_DOCUMENTS = 32
const BATCH_BYTES = 4_000_000

interface Extracted { readonly item: ImportItem; readonly hash: string; readonly answer: ExtractAnswer }

/**
 * Imports documents in the order given and yields each outcome in that order, as importDocument one
 * document after the other would: each document is given the countries that the stored documents and
 * the earlier ones of the batch taught. With `workers` above one the texts are extracted, and their rows
 * built, in that many threads while this one only stores them, a batch of documents per transaction.
 * Differences from one-by-one: a document whose extraction fails has still taught the later ones, and
 * a text seen twice is extracted once (a later copy is `unchanged`, or fails as the first did).
 */
export async function* importAll(
  store: Db, items: readonly ImportItem[], { workers = 1, limits = DEFAULT_LIMITS }: { workers?: number; limits?: Limits } = {},
): AsyncGenerator<ImportOutcome> {
  const hashes = items.map((i) => contentHash(i.document.text))
  const stored = await documentsByHash(store, [...new Set(hashes)])
  // The texts to extract, by position in `items`: the first copy of each text not stored yet.
  const order: number[] = []
  const turn = new Map<string, number>()
  hashes.forEach((h, k) => { if (!stored.has(h) && !turn.has(h)) { turn.set(h, order.length); order.push(k) } })
  const threads = Math.min(workers, order.length)
  const extractor = await extractPool(threads)
  const failed = new Map<string, ClaimtrailError>()
  try {
    // Every new text's places first, so that each document can be given what the ones before it taught.
    const learned = await Promise.all(order.map((k) => extractor.run({ kind: 'learn', text: items[k]!.document.text, limits }).then(placesOf)))
    const tally = placeTally()
    tally.add(await storedPlaces(store))
    const asked: Promise<ExtractAnswer>[] = []
    const ask = (upTo: number) => {
      for (let j = asked.length; j < Math.min(upTo, order.length); j++) {
        const k = order[j]!
        const { document: doc, warnings } = items[k]!
        const task = { kind: 'extract', doc, docId: documentIdOf(hashes[k]!), warnings, known: tally.union(), places: learned[j]!, limits } as const
        const answer = extractor.run(task)
        answer.catch(() => {}) // awaited in turn below; until then a failure is not unhandled
        asked.push(answer)
        tally.add(placesAsStored(learned[j]!))
      }
    }
    let batch: Extracted[] = []
    let bytes = 0
    const flush = async function* () {
      yield* storeBatch(store, batch, failed)
      batch = []
      bytes = 0
    }
    for (const [k, item] of items.entries()) {
      const hash = hashes[k]!
      const j = turn.get(hash)
      if (order[j ?? -1] !== k) {
        // A copy of a text stored before or earlier in this batch: the earlier copy must be stored first.
        yield* flush()
        yield await unchanged(store, item, hash, failed)
        continue
      }
      ask(j! + 1 + threads * AHEAD_PER_THREAD + BATCH_DOCUMENTS)
      batch.push({ item, hash, answer: await asked[j!]! })
      bytes += item.document.text.length
      if (batch.length >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES) yield* flush()
    }
    yield* flush()
  } finally {
    await extractor.close()
  }
}

const placesOf = (a: ExtractAnswer): Place[] => ('places' in a ? a.places : [])

/** Stores a batch's extracted documents in one transaction and yields every outcome in order. */
async function* storeBatch(store: Db, batch: readonly Extracted[], failed: Map<string, ClaimtrailError>): AsyncGenerator<ImportOutcome> {
  const ready = batch.flatMap(({ item, hash, answer }) => ('rows' in answer ? [{ doc: item.document, hash, rows: answer.rows }] : []))
  const stored = await storeAll(store, ready)
  let i = 0
  for (const { item, hash, answer } of batch) {
    const outcome = 'rows' in answer ? stored[i++]! : { error: failure(answer) }
    if ('error' in outcome) failed.set(hash, outcome.error)
    yield { item, ...outcome }
  }
}

/** One transaction; if it is refused (a hash colliding with a stored one), one per document, so only that one fails. */
async function storeAll(store: Db, ready: readonly PreparedDocument[]): Promise<({ result: AddResult } | { error: ClaimtrailError })[]> {
  try {
    return (await storePrepared(store, ready)).map((result) => ({ result }))
  } catch (e) {
    if (!(e instanceof ClaimtrailError)) throw e
    if (ready.length === 1) return [{ error: e }]
    const outcomes = []
    for (const d of ready) outcomes.push(...(await storeAll(store, [d])))
    return outcomes
  }
}

/** A later copy of a text: the stored document it matches, or the first copy's failure. */
async function unchanged(store: Db, item: ImportItem, hash: string, failed: ReadonlyMap<string, ClaimtrailError>): Promise<ImportOutcome> {
  const document = (await documentsByHash(store, [hash])).get(hash)
  if (document) return { item, result: { status: 'unchanged', document, differs: differences(document, item.document) } }
  return { item, error: failed.get(hash) ?? new ClaimtrailError('conflict', 'the stored copy of this text was deleted during the ingest') }
}

function failure(answer: ExtractAnswer): ClaimtrailError {
  if ('error' in answer) return new ClaimtrailError(answer.error.code, answer.error.message)
  throw new Error('an extract task answered without rows') // a bug: only extract tasks give rows
}
