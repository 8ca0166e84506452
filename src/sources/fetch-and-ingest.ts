import { isClaimtrailError } from '../errors.js'
import type { Db } from '../ledger/db.js'
import type { ExtractOptions } from '../ledger/import.js'
import { logFetch } from '../ledger/fetch-log.js'
import { latestSnapshot } from '../ledger/snapshots.js'
import { fetchPage, PAGE_TYPES, type FetchOptions } from './fetch-page.js'
import { ingestFetched, type IngestedPage, type PageHints } from './ingest-fetched.js'

export type FetchSettings = Omit<FetchOptions, 'accept' | 'etag' | 'lastModified'>

/**
 * Fetches one article page (conditionally, against its last snapshot) and ingests it; the fetch is
 * logged whatever happens, and a failure is rethrown for the caller to report. `how` extracts the page.
 */
export async function fetchAndIngest(
  store: Db, url: string, settings: FetchSettings, hints: PageHints = {}, how: ExtractOptions = {},
): Promise<IngestedPage> {
  const last = await latestSnapshot(store, url)
  const log = { url, ...(hints.sourceId ? { sourceId: hints.sourceId } : {}) }
  try {
    const fetched = await fetchPage(url, { ...settings, accept: PAGE_TYPES, etag: last?.etag, lastModified: last?.lastModified })
    if (fetched.notModified) {
      await logFetch(store, { ...log, status: fetched.status, outcome: 'not_modified' })
      return { status: 'unchanged', changes: [] }
    }
    const result = await ingestFetched(store, fetched, hints, how)
    await logFetch(store, {
      ...log, status: fetched.status, bytes: fetched.bytes.length, outcome: result.snapshot ? 'ingested' : 'unchanged',
      ...(result.changes.length ? { message: `${result.changes.length} change(s) since the last version` } : {}),
    })
    return result
  } catch (e) {
    await logFetch(store, { ...log, status: statusOf(e), outcome: 'failed', message: (e as Error).message })
    throw e
  }
}

const statusOf = (e: unknown) => {
  const m = isClaimtrailError(e) ? /answered (\d{3})/.exec(e.message) : null
  return m ? Number(m[1]) : null
}
