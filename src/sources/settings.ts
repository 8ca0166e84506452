import { createRequire } from 'node:module'
import type { Config } from '../config.js'
import type { FetchSettings } from './fetch-and-ingest.js'

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version

/** How claimtrail fetches: it names itself, waits 20 s at most, reads 5 MB at most, follows 5 redirects. */
export function fetchSettingsOf(config: Pick<Config, 'allowPrivateFetch'>): FetchSettings {
  return {
    userAgent: `claimtrail/${VERSION} (news ledger; +https://www.npmjs.com/package/claimtrail)`,
    timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowPrivate: config.allowPrivateFetch,
  }
}
