import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from '../src/api/app.js'
import { openDb } from '../src/ledger/db.js'
import { openQueue } from '../src/queue/boss.js'
import { enqueueDocuments } from '../src/queue/enqueue.js'
import { queueStatus } from '../src/queue/status.js'
import type { Db } from '../src/ledger/db.js'
import { isOneLineError, runCli } from './helpers/cli.js'
import { ledgerSnapshot } from './helpers/ledger-snapshot.js'
import { freshStore, TEST_DB_URL } from './helpers/store.js'

const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url))
const fixtures = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
/** The queue is tested here, not the limits: on a busy machine the first article (loading the gazetteer) can pass 10 s. */
const NO_BUDGET = ['--extraction-budget-ms', '600000']

test('queue commands and GET /api/queue on the embedded store say, in one line, that they need PostgreSQL', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-queue-'))
  try {
    for (const args of [['queue', 'add', fixtures('corpus')], ['queue', 'status'], ['worker']]) {
      const r = runCli(args, { dataDir })
      assert.equal(r.code, 1, args.join(' '))
      assert.ok(isOneLineError(r.stderr) && /needs a PostgreSQL store: pass --db/.test(r.stderr), r.stderr)
    }
    const store = await openDb({ dataDir })
    const res = await createApp({ store, allowAnonymousRead: true }).request('/api/queue')
    await store.close()
    assert.equal(res.status, 415)
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'unsupported')
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

/** A `claimtrail worker --until-empty` process; resolves with its exit code and what it printed. */
function startWorker(url: string): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string }> } {
  const child = spawn(process.execPath, [BIN, '--db', url, ...NO_BUDGET, 'worker', '--until-empty', '--ledger-every', '1'], { env: { ...process.env, CLAIMTRAIL_DEBUG: '' } })
  let stdout = ''
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { stdout += d })
  child.stderr!.resume()
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout })))
  return { child, done }
}

const firstLine = (child: ChildProcess) => new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()))

async function documentIds(store: Db): Promise<string[]> {
  return (await store.db.selectFrom('documents').select('id').orderBy('id').execute()).map((r) => r.id)
}

describe('ingest workers on the PostgreSQL job queue', { skip: TEST_DB_URL ? false : 'needs CLAIMTRAIL_TEST_DB (a PostgreSQL server)' }, () => {
  test('three workers, one killed mid-run, store what one ingest stores; a duplicate once, a bad document parked', async () => {
    const queued = await freshStore()
    const single = await freshStore()
    const extra = mkdtempSync(join(tmpdir(), 'claimtrail-queue-'))
    const workers: ReturnType<typeof startWorker>[] = []
    try {
      // The same text under another name: a second job, one stored document.
      copyFileSync(join(fixtures('corpus'), '2027-05-06-valdoria-admits-losses.md'), join(extra, 'copy-of-losses.md'))
      const inputs = [fixtures('corpus'), fixtures('stories'), extra]
      const add = runCli(['queue', 'add', ...inputs, '--retries', '2', '--retry-delay', '1', '--timeout', '10', '--json'], queued)
      assert.equal(add.code, 0, add.stderr)
      // A job no reader would make (another client's, say): the worker refuses it, retries, then parks it.
      const boss = await openQueue(queued.databaseUrl!)
      const bad = { text: 'Officials said nothing.', published: '2027-02-30', language: 'en', format: 'text' as const, origin: 'bad.txt' }
      await enqueueDocuments(boss, [{ document: bad, warnings: [] }], { retries: 1, retryDelay: 1 })
      await boss.stop({ graceful: false, wait: true })
      const total = (JSON.parse(add.stdout) as { queued: number }).queued + 1

      workers.push(startWorker(queued.databaseUrl!), startWorker(queued.databaseUrl!), startWorker(queued.databaseUrl!))
      await firstLine(workers[0]!.child)
      workers[0]!.child.kill('SIGKILL')
      const [killed, ...rest] = await Promise.all(workers.map((w) => w.done))
      assert.equal(killed!.code, null)
      for (const r of rest) assert.equal(r.code, 0, r.stdout)

      const ingest = runCli([...NO_BUDGET, 'ingest', ...inputs], single)
      assert.equal(ingest.code, 0, ingest.stderr)
      assert.deepEqual(await documentIds(queued.store), await documentIds(single.store))
      assert.deepEqual(await ledgerSnapshot(queued.store), await ledgerSnapshot(single.store))

      const status = await queueStatus(queued.store)
      const api = await createApp({ store: queued.store, allowAnonymousRead: true }).request('/api/queue')
      assert.deepEqual(await api.json(), status)
      assert.deepEqual(status.counts, { waiting: 0, retrying: 0, active: 0, done: total - 1, parked: 1 })
      assert.equal(status.parked[0]!.origin, 'bad.txt')
      assert.match(status.parked[0]!.error, /^bad\.txt: document\.published: expected a real date/)
    } finally {
      for (const w of workers) w.child.kill('SIGKILL')
      await queued.dispose()
      await single.dispose()
      rmSync(extra, { recursive: true, force: true })
    }
  })
})
