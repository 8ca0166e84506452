import type { Db } from '../ledger/db.js'
import { ClaimtrailError } from '../errors.js'
import { getDocument } from '../ledger/documents.js'
import { loadExtraction } from '../ledger/extractions.js'
import { claimReviews } from './claimreview.js'
import { extractionsOf, jsonArray, jsonLines } from './json.js'
import { tableCsv } from './tables.js'
import { toTimeml } from './timeml.js'
import { eventReportHtml, readActorReport, readEventReport } from './report.js'
import { ucdpCsv } from './ucdp.js'
import { TABLES, type Format, type Table } from './formats.js'

export { FORMATS, type Format } from './formats.js'

export interface ExportStream {
  /** The file, in chunks as they are read from the store: memory holds one batch at any archive size. */
  readonly chunks: AsyncIterable<string>
  readonly contentType: string
  readonly filename: string
}

export interface ExportOptions {
  /** With `csv`: the ledger table. */
  readonly table?: Table
  /** With `timeml`: the document (id, id prefix or content hash). */
  readonly doc?: string
  /** With `report`: the ledger event, or else the actor. */
  readonly event?: string
  readonly actor?: string
}

const CSV = 'text/csv; charset=utf-8'

async function* once(read: () => Promise<string>): AsyncGenerator<string> {
  yield await read()
}

/** One document's time expressions; the document is looked up first, so a wrong id fails before any output. */
async function timemlStream(store: Db, ref: string | undefined): Promise<ExportStream> {
  if (!ref) throw new ClaimtrailError('bad_input', 'the timeml format exports one document: give its id (--doc DOC)')
  const doc = await getDocument(store, ref)
  const read = async () => toTimeml({ ...doc, timexes: (await loadExtraction(store, doc.id))?.timex ?? [] })
  return { chunks: once(read), contentType: 'application/xml; charset=utf-8', filename: `claimtrail-${doc.id}.tml` }
}

/** One event's or actor's printable report, read whole (one subject's items) after the subject is found. */
async function reportStream(store: Db, { event, actor }: ExportOptions): Promise<ExportStream> {
  if (!event && !actor) throw new ClaimtrailError('bad_input', 'the report format is about one event or actor: give --event ID or --actor ID')
  const report = event ? await readEventReport(store, event) : await readActorReport(store, actor!)
  return { chunks: once(async () => eventReportHtml(report)), contentType: 'text/html; charset=utf-8', filename: `claimtrail-report-${report.subject.id}.html` }
}

/**
 * One export, as the CLI writes it and the API sends it. CSV is one table; JSON, JSON Lines, ClaimReview and
 * the UCDP-style CSV are whole; TimeML is one document, the report one event.
 */
export async function exportStream(store: Db, format: Format, options: ExportOptions = {}): Promise<ExportStream> {
  const { table = 'statements' } = options
  switch (format) {
    case 'json':
      return { chunks: jsonArray(extractionsOf(store)), contentType: 'application/json; charset=utf-8', filename: 'claimtrail-extractions.json' }
    case 'jsonl':
      return { chunks: jsonLines(extractionsOf(store)), contentType: 'application/x-ndjson; charset=utf-8', filename: 'claimtrail-extractions.jsonl' }
    case 'claimreview':
      return { chunks: jsonArray(claimReviews(store)), contentType: 'application/ld+json; charset=utf-8', filename: 'claimtrail-claimreview.jsonld' }
    case 'csv':
      if (!TABLES.includes(table)) throw new ClaimtrailError('bad_input', `unknown table "${table}"; one of ${TABLES.join(', ')}`)
      return { chunks: tableCsv(store, table), contentType: CSV, filename: `claimtrail-${table}.csv` }
    case 'ucdp-csv':
      return { chunks: ucdpCsv(store), contentType: CSV, filename: 'claimtrail-ucdp-ged.csv' }
    case 'timeml':
      return timemlStream(store, options.doc)
    case 'report':
      return reportStream(store, options)
  }
}
