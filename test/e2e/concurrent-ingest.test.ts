import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'
import { runCliAsync } from '../helpers/cli.js'
import { countDocuments } from '../../src/ledger/documents.js'

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url))
const CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url))

describe(`two processes ingesting the same documents at once (${TEST_ENGINE})`, () => {
  let t: TestStore
  before(async () => { t = await freshStore() })
  after(async () => { await t.dispose() })

  test('both exit 0 and each document is stored once', async () => {
    const runs = await Promise.all([0, 1].map(() => runCliAsync(['ingest', SAMPLES, CORPUS, '--json'], t)))
    for (const r of runs) assert.equal(r.code, 0, r.stderr)
    const reports = runs.map((r) => JSON.parse(r.stdout) as { documents: { id: string; status: string }[] })
    const ids = new Set(reports.flatMap((r) => r.documents.map((d) => d.id)))
    assert.equal(await countDocuments(t.store), ids.size)
    // Every document was added by exactly one of the two processes.
    for (const id of ids) {
      const added = reports.filter((r) => r.documents.some((d) => d.id === id && d.status === 'added'))
      assert.equal(added.length, 1, id)
    }
  })
})
