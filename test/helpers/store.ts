import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openDb, type Db } from '../../src/ledger/db.js'

/** The engine the store suite runs against: PostgreSQL when CLAIMTRAIL_TEST_DB names a server. */
export const TEST_DB_URL = process.env['CLAIMTRAIL_TEST_DB']
export const TEST_ENGINE = TEST_DB_URL ? 'postgres' : 'sqlite'

export interface TestStore {
  readonly store: Db
  readonly dataDir: string
  /** The URL of the fresh PostgreSQL database, when the engine is PostgreSQL. */
  readonly databaseUrl?: string
  dispose(): Promise<void>
}

/** A fresh, empty store: a temp folder for SQLite, a new database on the test server for PostgreSQL. */
export async function freshStore(): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-test-'))
  if (!TEST_DB_URL) {
    const store = await openDb({ dataDir })
    return { store, dataDir, dispose: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }) } }
  }
  const name = `ct_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const admin = new pg.Client({ connectionString: TEST_DB_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(TEST_DB_URL)
  url.pathname = `/${name}`
  const store = await openDb({ dataDir, databaseUrl: url.toString() })
  return {
    store, dataDir, databaseUrl: url.toString(),
    dispose: async () => {
      await store.close()
      const c = new pg.Client({ connectionString: TEST_DB_URL })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name}`)
      await c.end()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
