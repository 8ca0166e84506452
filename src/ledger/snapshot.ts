import { createHash } from 'node:crypto'
import type { LedgerDoc } from '../model/ledger.js'
import type { Db } from './db.js'
import { reviewedWith, reviewRowsFor } from './review-rows.js'
import { actorRenamer } from './apply-reviews.js'
import type { ReviewRow } from './apply-reviews.js'
import { digestOf, expandExtraction } from './compact.js'
import { bindExtraction, relevantBindings, type PlaceBindings } from './apply-bindings.js'
import { loadBindings } from './place-bindings.js'
import { pushTo } from '../analyze/group.js'

const META = ['documents.seq', 'documents.id', 'documents.published', 'documents.outlet', 'documents.title', 'documents.url', 'extractions.digest'] as const
const COLUMNS = [...META, 'documents.text', 'extractions.data'] as const

type Meta = { seq: number; id: string; published: string | null; outlet: string | null; title: string | null; url: string | null; digest: string | null }
type Row = Meta & { text: string; data: string }

/** What a document's reviewed extraction is read with besides its own row: the reviews and the place bindings. */
export interface ReadWith {
  /** The reviews of each document: a document's own rows, found without scanning all of them. */
  readonly own: ReadonlyMap<string | null, readonly ReviewRow[]>
  /** Each document's actor renames (actorRenamer): what merges and its splits make of its actors. */
  readonly renames: (docId: string) => ReadonlyMap<string, string>
  readonly bindings: PlaceBindings
}

export async function readWith(store: Db): Promise<ReadWith> {
  const [reviews, bindings] = await Promise.all([reviewRowsFor(store), loadBindings(store)])
  const own = new Map<string | null, ReviewRow[]>()
  for (const r of reviews) pushTo(own, r.docId, r)
  return { own, renames: actorRenamer(reviews), bindings }
}

function ledgerDocOf(r: Row, w: ReadWith): LedgerDoc {
  return {
    id: r.id, published: r.published,
    ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.title ? { title: r.title } : {}), ...(r.url ? { url: r.url } : {}),
    extraction: bindExtraction(reviewedWith(expandExtraction(r.data, r.text), w.own.get(r.id) ?? [], w.renames(r.id)), relevantBindings(w.bindings, r.data)),
  }
}

/**
 * A hash of everything a document's reviewed extraction is made from: its metadata, its reviews, every
 * place binding, and its stored extraction's digest (the text is the document's identity). Equal stamps
 * give equal documents, so a kept copy stands in for reading it. Null when the digest is not stored.
 */
function stampOf(r: Meta, w: ReadWith, digest = r.digest): string | null {
  if (digest === null) return null
  const own = w.own.get(r.id) ?? []
  return createHash('sha1').update(JSON.stringify([r.published, r.outlet, r.title, r.url, own, [...w.renames(r.id)], [...w.bindings]]))
    .update('\u0000').update(digest).digest('base64')
}

/** Every stored document's id and stamp, in publication order: the metadata alone, no text or extraction. */
export async function loadLedgerStamps(store: Db, w: ReadWith): Promise<{ id: string; stamp: string | null }[]> {
  const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
    .select(META).orderBy('documents.published').orderBy('documents.seq').execute()
  return rows.map((r) => ({ id: r.id, stamp: stampOf(r, w) }))
}

/** These documents with their extractions as reviewed (text included), and their stamps; a deleted one is missing. */
export async function loadLedgerDocsById(store: Db, ids: readonly string[], w: ReadWith): Promise<Map<string, { doc: LedgerDoc; stamp: string }>> {
  const out = new Map<string, { doc: LedgerDoc; stamp: string }>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
      .select(COLUMNS).where('documents.id', 'in', ids.slice(i, i + 500)).execute()
    for (const r of rows) out.set(r.id, { doc: ledgerDocOf(r, w), stamp: stampOf(r, w, r.digest ?? digestOf(`${r.data}\u0000${r.text}`))! })
  }
  return out
}

/**
 * The same documents one batch at a time, in the order they were stored: memory holds one batch
 * whatever the size of the archive (exports). Pages by `seq`, the primary key, never by offset.
 */
export async function* streamLedgerDocs(store: Db, batch = 100): AsyncGenerator<LedgerDoc> {
  const w = await readWith(store)
  for (let after = -1; ;) {
    const rows = await store.db.selectFrom('extractions').innerJoin('documents', 'documents.id', 'extractions.doc_id')
      .select(COLUMNS).where('documents.seq', '>', after).orderBy('documents.seq').limit(batch).execute()
    for (const r of rows) yield ledgerDocOf(r, w)
    if (rows.length < batch) return
    after = rows[rows.length - 1]!.seq
  }
}
