import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import { ClaimtrailError } from '../errors.js'
import type { Engine } from './engine.js'
import { migrationsFor } from './migrations/index.js'
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

function sqliteDialect(dataDir: string): SqliteDialect {
  mkdirSync(dataDir, { recursive: true })
  const database = new SQLite(join(dataDir, 'claimtrail.sqlite'))
  database.pragma('journal_mode = WAL')
  database.pragma('foreign_keys = ON')
  database.pragma('synchronous = NORMAL')
  return new SqliteDialect({ database })
}

function postgresDialect(url: string): PostgresDialect {
  // Read pg's int8 as numbers: our counts and sequence numbers stay far below 2^53.
  pg.types.setTypeParser(20, (v) => Number(v))
  return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) })
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
      dialect: options.databaseUrl ? postgresDialect(options.databaseUrl) : sqliteDialect(options.dataDir),
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
