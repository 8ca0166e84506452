import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, type SqliteDialect } from 'kysely'
import { ClaimtrailError } from '../errors.js'
import type { Engine } from './engine.js'
import { migrationsFor } from './migrations/index.js'
import { sqliteDialect } from './sqlite-dialect.js'
import { postgresDialect } from './postgres-dialect.js'
import type { Database } from './schema.js'

export interface StoreOptions {
  /** A `postgres://` URL; when absent the embedded SQLite store in `dataDir` is used. */
  readonly databaseUrl?: string
  readonly dataDir: string
}

/** One typed query layer over either engine: every query is written once against `db`. */
export interface Db {
  readonly db: Kysely<Database>
  readonly engine: Engine
  close(): Promise<void>
}

/** How long a write waits for another process's write to finish (a ledger refresh can take a while). */
const BUSY_TIMEOUT_MS = 120_000

function openSqlite(dataDir: string): SqliteDialect {
  mkdirSync(dataDir, { recursive: true })
  const database = new SQLite(join(dataDir, 'claimtrail.sqlite'), { timeout: BUSY_TIMEOUT_MS })
  database.pragma('journal_mode = WAL')
  database.pragma('foreign_keys = ON')
  database.pragma('synchronous = NORMAL')
  return sqliteDialect(database)
}

/** Opens the store and brings its schema up to date; a bad setting fails here with one clear line. */
export async function openDb(options: StoreOptions): Promise<Db> {
  const engine: Engine = options.databaseUrl ? 'postgres' : 'sqlite'
  if (options.databaseUrl && !/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    throw new ClaimtrailError('config', `database URL must start with postgres:// (got "${options.databaseUrl}")`)
  }
  let db: Kysely<Database>
  try {
    db = new Kysely<Database>({
      dialect: options.databaseUrl ? postgresDialect(options.databaseUrl) : openSqlite(options.dataDir),
    })
  } catch (cause) {
    throw new ClaimtrailError('config', `cannot open the store in ${options.dataDir}: ${(cause as Error).message}`, { cause })
  }
  const { error } = await new Migrator({ db, provider: migrationsFor(engine), allowUnorderedMigrations: true }).migrateToLatest()
  if (error) {
    await db.destroy()
    const where = engine === 'postgres' ? 'the PostgreSQL server' : options.dataDir
    throw new ClaimtrailError('config', `cannot prepare the store at ${where}: ${(error as Error).message}`, { cause: error })
  }
  return { db, engine, close: () => db.destroy() }
}
