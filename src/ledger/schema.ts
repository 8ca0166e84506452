import type { Generated } from 'kysely'

/**
 * The tables, as the typed query layer sees them. One schema for both engines: JSON payloads are
 * stored as text so SQLite and PostgreSQL read and write them the same way.
 */
export interface Database {
  documents: DocumentsTable
  extractions: ExtractionsTable
  statements: StatementsTable
  reviews: ReviewsTable
  places: PlacesTable
  store_state: StoreStateTable
}

export interface DocumentsTable {
  /** `d` + the first 16 hex digits of `hash`: short enough to type, long enough not to collide. */
  id: string
  /** sha256 of the normalized text; re-ingesting the same text finds this row and changes nothing. */
  hash: string
  title: string | null
  outlet: string | null
  url: string | null
  published: string | null
  language: string
  format: string
  origin: string | null
  text: string
  /** JSON array of warnings (ingest and extraction). */
  warnings: string
  ingested_at: string
  /** Insertion order, so listings are stable across engines. */
  seq: Generated<number>
}

export interface ExtractionsTable {
  doc_id: string
  /** Version of the pipeline that produced it, so a newer pipeline can re-extract. */
  pipeline: string
  /** The extraction contract object without the text and without span texts (ledger/compact.ts). */
  data: string
  extracted_at: string
}

/**
 * What statement listings filter and sort on, one row per statement; the statement itself is in its
 * document's extraction (the one stored copy).
 */
export interface StatementsTable {
  doc_id: string
  id: string
  /** JSON array of the speakers' actor ids in this document. */
  speakers: string
  polarity: string
  time_value: string | null
  time_after: string | null
  time_before: string | null
}

/** Append-only: every review action with the item before and after it (the audit log). */
export interface ReviewsTable {
  seq: Generated<number>
  at: string
  reviewer: string
  /** Null for ledger-wide actions such as merging actors across documents. */
  doc_id: string | null
  kind: string
  item_id: string
  span_start: number | null
  span_end: number | null
  action: string
  patch: string | null
  before: string | null
  after: string | null
  note: string | null
}

/** The place memory: one row per country a document taught about itself (the learned place as JSON in `data`). */
export interface PlacesTable {
  doc_id: string
  code: string
  name: string
  data: string
}

/** One row (id 1): bumped by every write, so a reader tells whether the ledger is behind by one lookup. */
export interface StoreStateTable {
  id: number
  version: number
  changed_at: string
}
