import { createHash } from 'node:crypto'
import { decodeBytes } from '../ingest/decode.js'
import { readBytes } from '../ingest/read.js'
import { toIsoDate } from '../ingest/dates.js'
import { readFeed } from '../ingest/feed.js'
import type { Db } from '../ledger/db.js'
import type { ExtractOptions } from '../ledger/import.js'
import { logFetch } from '../ledger/fetch-log.js'
import { latestSnapshot, saveSnapshot, snapshotBytes } from '../ledger/snapshots.js'
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

export interface PollOptions extends ExtractOptions {
  /** Every source, due or not. */
  readonly all?: boolean
  readonly now?: Date
}

/** Polls the sources that are due (all of them with `all`), one after another; `extract` extracts their pages. */
export async function pollSources(store: Db, settings: FetchSettings, options: PollOptions = {}): Promise<PollReport[]> {
  const now = (options.now ?? new Date()).toISOString()
  const due = (await listSources(store)).filter((s) => options.all || s.nextAt <= now)
  const how = { read: options.read, extract: options.extract, limits: options.limits }
  const out: PollReport[] = []
  for (const source of due) out.push(await pollSource(store, source, settings, how))
  return out
}

/**
 * One poll: the feed is asked for conditionally (ETag, Last-Modified); each item is read from the feed
 * when the feed carries its full text, else its page is fetched (conditionally too, so an unchanged
 * page costs a 304). A failed feed backs off; a failed page is logged and the others go on.
 */
export async function pollSource(store: Db, source: WatchedSource, settings: FetchSettings, how: ExtractOptions = {}): Promise<PollReport> {
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
  await logFetch(store, { url: source.url, sourceId: source.id, status: fetched.status, outcome: fetched.notModified ? 'not_modified' : 'ingested', bytes: fetched.bytes.length })
  // An unchanged feed still lists pages that may have been edited (stealth edits leave feeds alone):
  // they are asked again, from the feed as last kept.
  const feed = fetched.notModified ? await lastFeed(store, source.url) : await keepFeed(store, source, fetched)
  let pages: PollReport['pages'] = []
  try {
    if (feed) pages = await readItems(store, source, feed, settings, how)
  } catch (e) {
    await recordPoll(store, source, { ok: false, status: (e as Error).message })
    return { source: source.url, status: `failed: ${(e as Error).message}`, pages: [] }
  }
  const status = fetched.notModified ? 'not modified' : `${fetched.status}`
  await recordPoll(store, source, { ok: true, status, ...validators })
  return { source: source.url, status, pages }
}

/** The feed as received is a snapshot too (once per distinct version): what it listed, and when. */
async function keepFeed(store: Db, source: WatchedSource, fetched: Fetched): Promise<{ bytes: Buffer; url: string }> {
  const sha256 = createHash('sha256').update(fetched.bytes).digest('hex')
  const last = await latestSnapshot(store, source.url)
  if (last?.sha256 !== sha256) {
    await saveSnapshot(store, {
      url: source.url, finalUrl: fetched.finalUrl, fetchedAt: fetched.fetchedAt, contentType: fetched.contentType, sha256, textHash: null,
      raw: fetched.bytes, etag: fetched.etag, lastModified: fetched.lastModified, docId: null, sourceId: source.id, previous: last?.seq ?? null, changes: [],
    })
  }
  return { bytes: fetched.bytes, url: fetched.finalUrl }
}

async function lastFeed(store: Db, url: string): Promise<{ bytes: Buffer; url: string } | undefined> {
  const last = await latestSnapshot(store, url)
  const kept = last && (await snapshotBytes(store, last.seq))
  return kept && last ? { bytes: kept.bytes, url: last.finalUrl } : undefined
}

async function readItems(
  store: Db, source: WatchedSource, { bytes, url }: { bytes: Buffer; url: string }, settings: FetchSettings, how: ExtractOptions,
): Promise<PollReport['pages']> {
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
      const r = document
        ? await ingestFeedItem(store, feedItemFetch(item.url, item.text), document, source.id, how)
        : await fetchAndIngest(store, item.url, settings, hints, how)
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
