import type { Db } from '../ledger/db.js'
import { ClaimtrailError } from '../errors.js'
import { claimReviews } from './claimreview.js'
import { extractionsOf, jsonArray, jsonLines } from './json.js'
import { tableCsv } from './tables.js'
import { TABLES, type Format, type Table } from './formats.js'

export { FORMATS, type Format } from './formats.js'

export interface ExportStream {
  /** The file, in chunks as they are read from the store: memory holds one batch at any archive size. */
  readonly chunks: AsyncIterable<string>
  readonly contentType: string
  readonly filename: string
}

/** One export, as the CLI writes it and the API sends it. CSV is one table; JSON, JSON Lines and ClaimReview are whole. */
export function exportStream(store: Db, format: Format, table: Table = 'statements'): ExportStream {
  switch (format) {
    case 'json':
      return { chunks: jsonArray(extractionsOf(store)), contentType: 'application/json; charset=utf-8', filename: 'claimtrail-extractions.json' }
    case 'jsonl':
      return { chunks: jsonLines(extractionsOf(store)), contentType: 'application/x-ndjson; charset=utf-8', filename: 'claimtrail-extractions.jsonl' }
    case 'claimreview':
      return { chunks: jsonArray(claimReviews(store)), contentType: 'application/ld+json; charset=utf-8', filename: 'claimtrail-claimreview.jsonld' }
    case 'csv':
      if (!TABLES.includes(table)) throw new ClaimtrailError('bad_input', `unknown table "${table}"; one of ${TABLES.join(', ')}`)
      return { chunks: tableCsv(store, table), contentType: 'text/csv; charset=utf-8', filename: `claimtrail-${table}.csv` }
  }
}
