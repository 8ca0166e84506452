import type { Document, Warning } from '../model/document.js'
import { contentHash } from '../ingest/identity.js'
import { placeTally } from '../extract/places/place-memory.js'
import { ClaimtrailError } from '../errors.js'
import { DEFAULT_LIMITS, type Limits } from '../limits.js'
import { extractPool } from '../threads/extract-pool.js'
import type { ExtractAnswer } from '../threads/extract-worker.js'
import type { Db } from './db.js'
import { documentsByHash } from './documents.js'
import { importDocument } from './import.js'
import { placesAsStored, storedPlaces } from './places.js'
import { addDocument, type AddResult } from './store-documents.js'

export interface ImportItem { readonly document: Document; readonly warnings: readonly Warning[] }

export type ImportOutcome = { readonly item: ImportItem } & ({ readonly result: AddResult } | { readonly error: ClaimtrailError })

/** Extractions asked ahead of the one being stored, per thread: keeps threads busy and memory bounded. */
const AHEAD_PER_THREAD = 4

/**
 * Imports documents in the order given and yields each outcome in that order. With `workers` above one,
 * the new texts are extracted in that many threads while this one stores them, and the outcomes equal
 * importDocument's one document after the other: each document is given the countries that the stored
 * documents and the earlier ones of the batch taught. (One difference: a document whose extraction fails
 * has still taught the later ones.) A text seen twice, or already stored, takes the one-by-one way.
 */
export async function* importAll(
  store: Db, items: readonly ImportItem[], { workers = 1, limits = DEFAULT_LIMITS }: { workers?: number; limits?: Limits } = {},
): AsyncGenerator<ImportOutcome> {
  const hashes = items.map((i) => contentHash(i.document.text))
  const stored = await documentsByHash(store, [...new Set(hashes)])
  const fresh = new Map<number, number>()
  const firsts = new Set<string>()
  hashes.forEach((h, k) => { if (!stored.has(h) && !firsts.has(h)) { firsts.add(h); fresh.set(k, fresh.size) } })
  const threads = Math.min(workers, fresh.size)
  if (threads < 2) {
    for (const item of items) yield await importOne(store, item, limits)
    return
  }
  const pool = extractPool(threads)
  try {
    const order = [...fresh.keys()]
    // Every new text's places first, so that each document can be given what the ones before it taught.
    const learned = await Promise.all(order.map((k) => pool.run({ kind: 'learn', text: items[k]!.document.text, limits }).then(placesOf)))
    const tally = placeTally()
    tally.add(await storedPlaces(store))
    const asked: Promise<ExtractAnswer>[] = []
    const ask = (upTo: number) => {
      for (let j = asked.length; j < Math.min(upTo, order.length); j++) {
        const { document: doc, warnings } = items[order[j]!]!
        const answer = pool.run({ kind: 'extract', doc, warnings, known: tally.union(), limits })
        answer.catch(() => {}) // awaited in turn below; until then a failure is not unhandled
        asked.push(answer)
        tally.add(placesAsStored(learned[j]!))
      }
    }
    for (const [k, item] of items.entries()) {
      const j = fresh.get(k)
      if (j === undefined) {
        yield await importOne(store, item, limits)
        continue
      }
      ask(j + 1 + threads * AHEAD_PER_THREAD)
      const answer = await asked[j]!
      if ('error' in answer) yield { item, error: new ClaimtrailError(answer.error.code, answer.error.message) }
      else if ('extraction' in answer) yield { item, result: await addDocument(store, { ...item.document, hash: hashes[k]! }, answer.extraction, learned[j]!) }
    }
  } finally {
    await pool.destroy()
  }
}

const placesOf = (a: ExtractAnswer) => ('places' in a ? a.places : [])

async function importOne(store: Db, item: ImportItem, limits: Limits): Promise<ImportOutcome> {
  try {
    return { item, result: await importDocument(store, item.document, item.warnings, limits) }
  } catch (e) {
    if (e instanceof ClaimtrailError) return { item, error: e }
    throw e
  }
}
