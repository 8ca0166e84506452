import { decodeBytes } from '../ingest/decode.js'
import { readBytes } from '../ingest/read.js'
import { toIsoDate } from '../ingest/dates.js'
import { readFeed } from '../ingest/feed.js'
import type { Db } from '../ledger/db.js'
import { logFetch } from '../ledger/fetch-log.js'
import { listSources, recordPoll, type WatchedSource } from '../ledger/sources.js'
import { FEED_TYPES, fetchPage, type Fetched } from './fetch-page.js'
import { fetchAndIngest, type FetchSettings } from './fetch-and-ingest.js'
import { ingestFeedItem, type IngestedPage } from './ingest-fetched.js'

/** Items read per poll: a feed that lists thousands is read from its top. */
const MAX_ITEMS = 50

export interface PollReport {
  readonly source: string
  readonly status: string
  readonly pages: readonly { url: string; status: IngestedPage['status'] | 'failed'; docId?: string; changes: number; message?: string }[]
}

/** Polls the sources that are due (all of them with `all`), one after another. */
export async function pollSources(store: Db, settings: FetchSettings, options: { all?: boolean; now?: Date } = {}): Promise<PollReport[]> {
  const now = (options.now ?? new Date()).toISOString()
  const due = (await listSources(store)).filter((s) => options.all || s.nextAt <= now)
  const out: PollReport[] = []
  for (const source of due) out.push(await pollSource(store, source, settings))
  return out
}

/**
 * One poll: the feed is asked for conditionally (ETag, Last-Modified); each item is read from the feed
 * when the feed carries its full text, else its page is fetched (conditionally too, so an unchanged
 * page costs a 304). A failed feed backs off; a failed page is logged and the others go on.
 */
export async function pollSource(store: Db, source: WatchedSource, settings: FetchSettings): Promise<PollReport> {
  let fetched
  try {
    fetched = await fetchPage(source.url, { ...settings, accept: FEED_TYPES, etag: source.etag, lastModified: source.lastModified })
  } catch (e) {
    const message = (e as Error).message
    await logFetch(store, { url: source.url, sourceId: source.id, status: null, outcome: 'failed', message })
    await recordPoll(store, source, { ok: false, status: message })
    return { source: source.url, status: `failed: ${message}`, pages: [] }
  }
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified }
  if (fetched.notModified) {
    await logFetch(store, { url: source.url, sourceId: source.id, status: 304, outcome: 'not_modified' })
    await recordPoll(store, source, { ok: true, status: '304 not modified', ...validators })
    return { source: source.url, status: 'not modified', pages: [] }
  }
  await logFetch(store, { url: source.url, sourceId: source.id, status: fetched.status, outcome: 'ingested', bytes: fetched.bytes.length })
  let pages: PollReport['pages']
  try {
    pages = await readItems(store, source, fetched.bytes, fetched.finalUrl, settings)
  } catch (e) {
    await recordPoll(store, source, { ok: false, status: (e as Error).message })
    return { source: source.url, status: `failed: ${(e as Error).message}`, pages: [] }
  }
  await recordPoll(store, source, { ok: true, status: `${fetched.status}`, ...validators })
  return { source: source.url, status: `${fetched.status}`, pages }
}

async function readItems(store: Db, source: WatchedSource, bytes: Buffer, url: string, settings: FetchSettings): Promise<PollReport['pages']> {
  const xml = decodeBytes(bytes, url).text
  const items = readFeed(xml, url).drafts.slice(0, MAX_ITEMS)
  // With the full text in the feed, its items are read as `claimtrail ingest` reads a feed file.
  const inFeed = carriesFullText(xml) ? new Map(readBytes(bytes, url, {}, 'feed').documents.map((d) => [d.document.url, d.document])) : undefined
  const out: PollReport['pages'][number][] = []
  for (const item of items) {
    if (!item.url) continue
    try {
      const document = inFeed?.get(item.url)
      const hints = { sourceId: source.id, published: toIsoDate(item.dateText?.trim()), ...(item.outlet ? { outlet: item.outlet } : {}), ...(item.title ? { title: item.title } : {}) }
      const r = document ? await ingestFeedItem(store, feedItemFetch(item.url, item.text), document, source.id) : await fetchAndIngest(store, item.url, settings, hints)
      out.push({ url: item.url, status: r.status, changes: r.changes.length, ...(r.document ? { docId: r.document.id } : {}) })
    } catch (e) {
      out.push({ url: item.url, status: 'failed', changes: 0, message: (e as Error).message })
    }
  }
  return out
}

/** Feeds carry whole articles for all their items or for none: content:encoded in RSS, content in Atom. */
const carriesFullText = (xml: string) => /<(content:encoded|content)[\s>]/.test(xml)

/** A feed item's text stands for its page: its snapshot holds that text, as the feed gave it. */
const feedItemFetch = (url: string, text: string): Fetched => ({
  status: 200, url, finalUrl: url, notModified: false, contentType: 'text/plain', bytes: Buffer.from(text, 'utf8'),
  etag: null, lastModified: null, fetchedAt: new Date().toISOString(),
})
