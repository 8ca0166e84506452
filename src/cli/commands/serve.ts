import { Command, InvalidArgumentError } from 'commander'
import { createRequire } from 'node:module'
import { configOf } from '../context.js'
import { say } from '../print.js'
import { SAMPLES_DIR } from './demo.js'
import type { Config } from '../../config.js'
import type { Db } from '../../ledger/db.js'
import type { ExtractThread } from '../../threads/extract-thread.js'
import type { LedgerMaintainer } from '../../ledger/maintainer.js'

const VERSION = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/

function port(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535')
  return n
}

export const serveCommand = new Command('serve')
  .description('Start the HTTP API and the web UI on the store')
  .option('--host <address>', 'address to listen on (loopback by default; see the README before exposing it)', '127.0.0.1')
  .option('--port <n>', 'port to listen on (0 picks a free one)', port, 8686)
  .option('--allow-anonymous-read', 'let requests without a token read the ledger (writes always need a token)')
  .option('--samples', 'ingest the bundled sample articles before serving, only into an empty store')
  .option('--watch', 'also poll the watched feeds as they fall due (see: claimtrail watch)')
  .addHelpText('after', `
Writes (imports, reviews, merges) need a bearer token: claimtrail token create --role editor

Examples:
  claimtrail serve
  claimtrail serve --allow-anonymous-read --samples
  claimtrail --db postgres://user@db/claimtrail serve --host 0.0.0.0 --port 8080`)
  .action(async (opts: { host: string; port: number; allowAnonymousRead?: boolean; samples?: boolean; watch?: boolean }, command: Command) => {
    const { createApp } = await import('../../api/app.js')
    const { startServer } = await import('../../api/server.js')
    const { readInputs } = await import('../../ingest/read.js')
    const { openDb } = await import('../../ledger/db.js')
    const { importDocument } = await import('../../ledger/import.js')
    const { ledgerMaintainer } = await import('../../ledger/maintainer.js')
    const { refreshThread } = await import('../../threads/refresh-thread.js')
    const { extractThread } = await import('../../threads/extract-thread.js')
    const config = configOf(command)
    const store = await openDb(config)
    try {
      // The samples are invented news: they go only into an empty store, never among a user's own articles.
      const { countDocuments } = await import('../../ledger/documents.js')
      if (opts.samples && (await countDocuments(store)) > 0) say('the store already holds documents; the sample articles are not added (--samples fills only an empty store)')
      else if (opts.samples) {
        const { documents } = await readInputs([SAMPLES_DIR])
        for (const { document, warnings } of documents) await importDocument(store, document, warnings)
      }
      // The ledger is recomputed in a thread of its own, so requests never wait for it; documents
      // ingested while no server ran are taken in at once, and served as stale until then.
      const thread = refreshThread(config)
      const maintainer = ledgerMaintainer(() => thread.refresh(), (e) => say(`claimtrail: ledger refresh failed: ${(e as Error).message}`))
      maintainer.request()
      // Bodies posted and pages fetched are read, and documents extracted, in a thread of their own too, off the event loop.
      const extraction = extractThread()
      const app = createApp({
        store, allowAnonymousRead: Boolean(opts.allowAnonymousRead), version: VERSION, maintainer,
        allowPrivateFetch: config.allowPrivateFetch, limits: config.limits, extract: extraction.extract, read: extraction.read,
      })
      const stopWatching = new AbortController()
      // Each loop runs until the signal stops it: awaited at shutdown, never before the server starts.
      const watching = opts.watch ? startWatching(store, config, maintainer, extraction, stopWatching.signal) : undefined
      const delivering = startDelivering(store, config, stopWatching.signal)
      const server = await startServer(app, opts.host, opts.port)
      say(`claimtrail ${VERSION} serving ${server.url}/ (API ${server.url}/api, OpenAPI ${server.url}/openapi.json)`)
      say(opts.allowAnonymousRead ? 'anyone who can reach it may read; writes need a token' : 'every request needs a token (claimtrail token create), or pass --allow-anonymous-read')
      if (!LOOPBACK.test(opts.host)) say(`warning: listening on ${opts.host}, not loopback; put it behind a TLS reverse proxy (see README)`)
      await new Promise<void>((resolve) => {
        const stop = () => { say('stopping'); void server.close().then(resolve) }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      stopWatching.abort()
      await Promise.all([watching, delivering])
      await maintainer.idle()
      await thread.close()
      await extraction.close()
    } finally {
      await store.close()
    }
  })

/**
 * `serve --watch`: the feeds are polled in this process, their pages read and extracted in the server's
 * extraction thread; the ledger catches up in its thread as after any write.
 */
async function startWatching(store: Db, config: Config, maintainer: LedgerMaintainer, thread: Pick<ExtractThread, 'read' | 'extract'>, signal: AbortSignal): Promise<void> {
  const { watchLoop } = await import('../../sources/watch-loop.js')
  const { fetchSettingsOf } = await import('../../sources/settings.js')
  say('watching the feeds (claimtrail watch list)')
  return watchLoop(store, fetchSettingsOf(config), {
    signal, read: thread.read, extract: thread.extract, limits: config.limits,
    afterPoll: async () => maintainer.request(),
    onReport: (r) => say(`${r.source}: ${r.status}, ${r.pages.filter((p) => p.status === 'added').length} new`),
    onError: (e) => say(`claimtrail: polling failed: ${(e as Error).message}`),
  })
}

/** Alerts recorded by the ledger thread are sent to the webhooks within a few seconds. */
async function startDelivering(store: Db, config: Config, signal: AbortSignal): Promise<void> {
  const { deliverDue } = await import('../../alerts/deliver.js')
  const { fetchSettingsOf } = await import('../../sources/settings.js')
  const { setTimeout: sleep } = await import('node:timers/promises')
  const options = { allowPrivate: config.allowPrivateFetch, userAgent: fetchSettingsOf(config).userAgent }
  while (!signal.aborted) {
    await deliverDue(store, options).catch((e: Error) => say(`claimtrail: webhook delivery failed: ${e.message}`))
    await sleep(5_000, undefined, { signal }).catch(() => {})
  }
}
