import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import { ClaimtrailError } from '../errors.js'
import { DEFAULT_LIMITS, overLimit, type Limits } from '../limits.js'
import type { Db } from '../ledger/db.js'
import { extractHere, type Extractor } from '../ledger/import.js'
import { readHere, type Reader } from '../ingest/read.js'
import { identify } from './auth.js'
import { ledgerFreshness } from './ledger.js'
import { ensureLedgerFresh } from '../ledger/refresh.js'
import { ledgerMaintainer, type LedgerMaintainer } from '../ledger/maintainer.js'
import type { AppEnv } from './env.js'
import { notFound, onError, validationHook } from './errors.js'
import { documentRoutes } from './routes/documents.js'
import { exportRoutes } from './routes/export.js'
import { ledgerRoutes } from './routes/ledger.js'
import { reviewRoutes } from './routes/reviews.js'
import { searchRoutes } from './routes/search.js'
import { sourceRoutes } from './routes/sources.js'
import { alertRoutes } from './routes/alerts.js'
import { queueRoutes } from './routes/queue.js'
import { placeRoutes } from './routes/places.js'
import { fetchSettingsOf } from '../sources/settings.js'
import { serveWeb, WEB_ROOT } from './static.js'

export interface AppOptions {
  readonly store: Db
  /** Requests without a token may read (never write). Off unless the operator turns it on. */
  readonly allowAnonymousRead?: boolean
  /** What one input may cost; the CLI's defaults unless given (src/limits.ts). */
  readonly limits?: Limits
  /** Largest accepted request body, in bytes; limits.maxInputBytes unless given. */
  readonly maxBodyBytes?: number
  /** Where the built UI lives; dist/web by default. */
  readonly webRoot?: string
  readonly version?: string
  /**
   * Brings the ledger up to date after writes, off the request path. By default it refreshes in this
   * process; `claimtrail serve` gives one that runs in a thread of its own.
   */
  readonly maintainer?: LedgerMaintainer
  /**
   * Extracts imported and edited documents; in this thread by default. `claimtrail serve` gives one that
   * runs in a worker thread, so a long document never holds other requests (src/threads/extract-thread.ts).
   */
  readonly extract?: Extractor
  /** Reads posted bodies and fetched pages; in this thread by default, in the extraction thread under `claimtrail serve`. */
  readonly read?: Reader
  /** Lets /api/fetch reach loopback and private addresses (tests, an intranet); off by default. */
  readonly allowPrivateFetch?: boolean
}

const CSP = {
  defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
  fontSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"],
}

/**
 * The whole HTTP app: JSON API under /api, its OpenAPI document at /openapi.json, and the UI at /.
 * Options are checked here, once, so a bad setting stops start-up (STYLE.md pattern 5).
 */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const maxBodyBytes = options.maxBodyBytes ?? limits.maxInputBytes
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0) throw new ClaimtrailError('config', 'maxBodyBytes must be a positive whole number')
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.onError(onError)
  app.notFound(notFound)
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false, referrerPolicy: 'no-referrer' }))
  const extract = options.extract ?? extractHere
  const read = options.read ?? readHere
  const maintainer = options.maintainer ?? ledgerMaintainer(() => ensureLedgerFresh(options.store))
  app.use('/api/*', async (c, next) => { c.set('store', options.store); c.set('maintainer', maintainer); c.set('limits', limits); c.set('extract', extract); c.set('read', read); await next() })
  app.use('/api/*', bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => c.json({ error: { code: 'too_large', message: overLimit('maxInputBytes', 'the request body is too large', maxBodyBytes).message } }, 413),
  }))
  app.use('/api/*', identify({ allowAnonymousRead: options.allowAnonymousRead ?? false }))
  app.use('/api/*', async (c, next) => { await next(); c.header('cache-control', 'no-store') })
  app.use('/api/*', ledgerFreshness())
  for (const routes of [documentRoutes(), ledgerRoutes(), searchRoutes(), reviewRoutes(), placeRoutes(), exportRoutes(), alertRoutes(), queueRoutes(), sourceRoutes(fetchSettingsOf({ allowPrivateFetch: options.allowPrivateFetch ?? false }))]) app.route('/api', routes)
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.doc('/openapi.json', {
    openapi: '3.0.3',
    info: { title: 'claimtrail', version: options.version ?? '0', description: 'Who said what, when: the ledger of statements, casualty figures, reversals and disagreements.' },
    security: [{ bearer: [] }],
  })
  app.get('*', serveWeb(options.webRoot ?? WEB_ROOT))
  return app
}
