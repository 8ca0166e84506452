import type { Generated } from 'kysely'

/**
 * The tables, as the typed query layer sees them. One schema for both engines: JSON payloads are
 * stored as text so SQLite and PostgreSQL read and write them the same way.
 */
export interface Database {
  documents: DocumentsTable
  extractions: ExtractionsTable
  doc_actors: DocActorsTable
  statements: StatementsTable
  casualties: CasualtiesTable
  events: EventsTable
  timexes: TimexesTable
  reviews: ReviewsTable
  places: PlacesTable
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
  /** The whole extraction contract object (schema/extraction.schema.json) without the text. */
  data: string
  extracted_at: string
}

/** Items keep their key fields as columns for filtering and the whole item as JSON in `data`. */
interface ItemColumns {
  doc_id: string
  id: string
  data: string
}

export interface DocActorsTable extends ItemColumns {
  name: string
  type: string
  country: string | null
}

export interface StatementsTable extends ItemColumns {
  speakers: string
  polarity: string
  mode: string
  cue: string
  content: string
  time_value: string | null
  time_after: string | null
  time_before: string | null
}

export interface CasualtiesTable extends ItemColumns {
  count: number | null
  grp: string
  country: string | null
  status: string
  reported_by: string | null
  event_id: string | null
}

export interface EventsTable extends ItemColumns {
  kind: string
  date: string | null
  location: string | null
}

export interface TimexesTable extends ItemColumns {
  type: string
  value: string
  start: number
  end: number
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
