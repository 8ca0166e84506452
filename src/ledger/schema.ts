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
  sources: SourcesTable
  fetch_log: FetchLogTable
  snapshots: SnapshotsTable
  alerts: AlertsTable
  webhooks: WebhooksTable
  webhook_deliveries: WebhookDeliveriesTable
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
  /** sha1 of `data` (base64), so a ledger update finds changed extractions without reading them. Null before migration 017 filled it. */
  digest: string | null
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

/** A watched feed: when it is next due, the validators of its last answer, and its failures in a row (back-off). */
export interface SourcesTable {
  id: string
  url: string
  every_seconds: number
  added_at: string
  etag: string | null
  last_modified: string | null
  next_at: string
  failures: number
  last_polled_at: string | null
  last_status: string | null
}

/** Append-only: one row per fetch, with its HTTP status and what came of it. */
export interface FetchLogTable {
  seq: Generated<number>
  at: string
  url: string
  source_id: string | null
  status: number | null
  /** ingested | unchanged | not_modified | failed */
  outcome: string
  message: string | null
  bytes: number | null
}

/** What a page said when it was read; `previous` is the snapshot of the same address before it. */
export interface SnapshotsTable {
  seq: Generated<number>
  url: string
  final_url: string
  fetched_at: string
  content_type: string
  /** sha256 (hex) of the raw bytes as received. */
  sha256: string
  /** The document's content hash (sha256 of the normalized text). */
  text_hash: string | null
  /** The raw bytes, gzip-compressed. */
  raw: Buffer
  etag: string | null
  last_modified: string | null
  doc_id: string | null
  source_id: string | null
  previous: number | null
  /** JSON: figures and statements that changed since `previous`. */
  changes: string | null
}

/** Something in the ledger changed that someone may want to know at once. */
export interface AlertsTable {
  seq: Generated<number>
  at: string
  /** reversal | disagreement | figure | edit */
  kind: string
  /** created | changed | superseded | edited */
  action: string
  item_id: string
  summary: string
  data: string
  read_at: string | null
}

export interface WebhooksTable {
  id: string
  url: string
  secret: string
  /** JSON array of alert kinds sent to it. */
  kinds: string
  added_at: string
}

/** One row per alert and hook: the delivery log, with the attempts and the last answer. */
export interface WebhookDeliveriesTable {
  seq: Generated<number>
  hook_id: string
  alert_seq: number
  /** pending | delivered | failed */
  state: string
  attempts: number
  next_at: string
  last_status: number | null
  last_error: string | null
  updated_at: string
}
