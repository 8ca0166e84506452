import type { Db } from '../ledger/db.js'
import { ClaimtrailError } from '../errors.js'
import { claimReviews } from './claimreview.js'
import { extractionsJson } from './json.js'
import { tableCsv, TABLES, type Table } from './tables.js'

export const FORMATS = ['json', 'csv', 'claimreview'] as const
export type Format = (typeof FORMATS)[number]

export interface ExportFile {
  readonly body: string
  readonly contentType: string
  readonly filename: string
}

/** One export, as the CLI writes it and the API sends it. CSV is one table; JSON and ClaimReview are whole. */
export async function exportData(store: Db, format: Format, table: Table = 'statements'): Promise<ExportFile> {
  switch (format) {
    case 'json':
      return { body: `${JSON.stringify(await extractionsJson(store), null, 2)}\n`, contentType: 'application/json; charset=utf-8', filename: 'claimtrail-extractions.json' }
    case 'claimreview':
      return { body: `${JSON.stringify(await claimReviews(store), null, 2)}\n`, contentType: 'application/ld+json; charset=utf-8', filename: 'claimtrail-claimreview.jsonld' }
    case 'csv':
      if (!TABLES.includes(table)) throw new ClaimtrailError('bad_input', `unknown table "${table}"; one of ${TABLES.join(', ')}`)
      return { body: await tableCsv(store, table), contentType: 'text/csv; charset=utf-8', filename: `claimtrail-${table}.csv` }
  }
}
