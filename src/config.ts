import { resolve } from 'node:path'
import { limitsFrom, type LimitName, type Limits } from './limits.js'

/** Everything the app reads from flags and the environment, resolved once and frozen. */
export interface Config {
  readonly dataDir: string
  readonly databaseUrl?: string
  /** Fetching from loopback and private addresses (a test server, an intranet) is the operator's choice. */
  readonly allowPrivateFetch: boolean
  /** What one input may cost (src/limits.ts). */
  readonly limits: Limits
}

export interface ConfigInput extends Partial<Record<LimitName, string | number>> {
  readonly data?: string
  readonly db?: string
  readonly allowPrivate?: boolean
}

/** Flags win over the environment; the environment wins over defaults. */
export function loadConfig(flags: ConfigInput = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = flags.db ?? env['DATABASE_URL'] ?? undefined
  return Object.freeze({
    dataDir: resolve(flags.data ?? env['CLAIMTRAIL_DATA'] ?? '.claimtrail'),
    ...(databaseUrl ? { databaseUrl } : {}),
    allowPrivateFetch: flags.allowPrivate ?? /^(1|true|yes)$/i.test(env['CLAIMTRAIL_ALLOW_PRIVATE_FETCH'] ?? ''),
    limits: limitsFrom(flags, env),
  })
}
