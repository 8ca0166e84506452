/** What ingest produces: the stored text, exactly as extracted, plus what we know of where it came from. */
export interface DocumentMeta {
  /** Publication date as `YYYY-MM-DD`, or null when unknown (relative dates then stay unresolved). */
  readonly published: string | null
  readonly language: string
  readonly outlet?: string
  readonly title?: string
  readonly url?: string
}

export interface Document extends DocumentMeta {
  readonly text: string
  /** Where it was read from: a path, `-`, or a feed item's link. */
  readonly origin?: string
  /** The reader that produced it: text, markdown, html, jsonl, feed. */
  readonly format: DocumentFormat
}

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'jsonl' | 'feed'

/** A problem that did not stop the work; kept with the document and shown to the user. */
export interface Warning {
  readonly code: string
  readonly message: string
  readonly start?: number
  readonly end?: number
  /** The rule or stage that raised it. */
  readonly rule?: string
}
