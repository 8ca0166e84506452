import type { Database, Statement } from 'better-sqlite3'
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDialectConfig } from 'kysely'

/** Distinct SQL texts kept compiled; multi-row inserts of varying length make a few hundred. */
const CACHED_STATEMENTS = 1_000

/**
 * The embedded store's dialect, as Kysely's with two changes:
 * - each SQL text is compiled by SQLite once and the statement reused (Kysely prepares on every call);
 * - transactions begin IMMEDIATE, taking the write lock at once: a deferred one that read first could
 *   not wait for another process's write and would fail with SQLITE_BUSY instead.
 */
export function sqliteDialect(database: Database): SqliteDialect {
  const config: SqliteDialectConfig = { database: withStatementCache(database) }
  return new (class extends SqliteDialect {
    override createDriver() {
      return new (class extends SqliteDriver {
        override async beginTransaction(connection: DatabaseConnection): Promise<void> {
          await connection.executeQuery(CompiledQuery.raw('begin immediate'))
        }
      })(config)
    }
  })(config)
}

function withStatementCache(database: Database): Database {
  const cache = new Map<string, Statement>()
  const prepare = (sql: string): Statement => {
    const hit = cache.get(sql)
    if (hit) {
      // Most recently used last, so the first key is the one to drop.
      cache.delete(sql)
      cache.set(sql, hit)
      return hit
    }
    const made = database.prepare(sql)
    cache.set(sql, made)
    if (cache.size > CACHED_STATEMENTS) cache.delete(cache.keys().next().value!)
    return made
  }
  return new Proxy(database, { get: (target, key) => (key === 'prepare' ? prepare : Reflect.get(target, key, target)) })
}
