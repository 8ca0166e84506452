import { resolve } from 'node:path'

/** Everything the app reads from flags and the environment, resolved once and frozen. */
export interface Config {
  readonly dataDir: string
  readonly databaseUrl?: string
}

export interface ConfigInput {
  readonly data?: string
  readonly db?: string
}

/** Flags win over the environment; the environment wins over defaults. */
export function loadConfig(flags: ConfigInput = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = flags.db ?? env['DATABASE_URL'] ?? undefined
  return Object.freeze({
    dataDir: resolve(flags.data ?? env['CLAIMTRAIL_DATA'] ?? '.claimtrail'),
    ...(databaseUrl ? { databaseUrl } : {}),
  })
}
