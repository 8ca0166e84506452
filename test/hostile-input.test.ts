import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { TEST_ENGINE } from './helpers/store.js'
import { isOneLineError, runCli } from './helpers/cli.js'
import { apiFixture, ARTICLES, errorOf, type ApiFixture } from './api/fixture.js'
import { listActors } from '../src/ledger/analyses.js'
import { updateLedger } from '../src/ledger/refresh.js'
import { splitActor } from '../src/ledger/reviews.js'
import { addDocument, documentIdOf } from '../src/ledger/store-documents.js'
import { extractDocument } from '../src/extract/extract.js'
import { contentHash } from '../src/ingest/identity.js'
import type { Document } from '../src/model/document.js'
import { DEFAULT_LIMITS } from '../src/limits.js'

// Hostile input at every entry point with a store: the API and the CLI refuse each bad value with one
// line naming the field (4xx, non-zero exit), and mistakes can be corrected or removed, audited.
const ENVOY = 'The French foreign ministry said on Monday that Germany had recalled its ambassador from Paris, a move Berlin described as routine.'

describe(`hostile input through the API and the CLI (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  const cli = (...args: string[]) => runCli(args, f.t)
  const file = (name: string, content: string) => { const p = join(f.t.dataDir, name); writeFileSync(p, content); return p }
  let docId = ''
  before(async () => {
    f = await apiFixture()
    const res = await f.call('/api/documents', { role: 'editor', json: { text: ARTICLES.admission, published: '2030-03-08', outlet: 'Wire' } })
    docId = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id
    await f.call('/api/documents', { role: 'editor', json: { text: ENVOY, published: '2030-03-08' } })
    await updateLedger(f.t.store)
  })
  after(async () => { await f.dispose() })

  const refused = async (res: Response, status: number, message: RegExp) => {
    const e = await errorOf(res)
    assert.equal(e.status, status, e.message)
    assert.match(e.message, message)
    assert.ok(!e.message.includes('\n'))
  }

  test('the API refuses impossible dates, unsupported languages and non-web URLs, naming the field', async () => {
    const post = (json: unknown) => f.call('/api/documents', { role: 'editor', json })
    await refused(await post({ text: ARTICLES.harbour, published: '2026-02-30' }), 400, /^published: expected a real date YYYY-MM-DD between 1800 and 2199, got "2026-02-30"$/)
    await refused(await post({ text: ARTICLES.harbour, published: '9999-99-99' }), 400, /^published: /)
    await refused(await post({ text: ARTICLES.harbour, language: 'xx' }), 400, /^language: expected a supported language code \(en, es\)/)
    for (const url of ['javascript:alert(1)', 'ftp://files.example/a', 'data:text/html,x']) {
      await refused(await post({ text: ARTICLES.harbour, url }), 400, /^url: expected an http\(s\) address/)
    }
    await refused(await f.call('/api/documents?published=2026-02-30', { role: 'editor', type: 'text/plain', body: ARTICLES.harbour }), 400, /^published: /)
    await refused(await f.call('/api/documents?url=ftp://a.example/', { role: 'editor', type: 'text/plain', body: ARTICLES.harbour }), 400, /^url: /)
  })

  test('query dates must be real', async () => {
    for (const path of ['/api/documents', '/api/events', '/api/timeline', '/api/statements']) {
      await refused(await f.call(`${path}?from=2020-13-45`, { role: 'reader' }), 400, /^from: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2020-13-45"$/)
    }
    assert.equal((await f.call('/api/documents?from=2030-03&to=2030', { role: 'reader' })).status, 200)
  })

  test('review values are typed per kind: a count is a whole number, 0 or more', async () => {
    const doc = (await (await f.call(`/api/documents/${docId}`, { role: 'reader' })).json()) as { extraction: { casualties: { id: string }[] } }
    const k = doc.extraction.casualties[0]!.id
    const correct = (patch: unknown) => f.call('/api/reviews', { role: 'editor', json: { docId, kind: 'casualty', itemId: k, action: 'correct', patch } })
    await refused(await correct({ count: 'abc' }), 400, /^count: expected a whole number, 0 or more, got "abc"$/)
    await refused(await correct({ count: -5 }), 400, /^count: expected a whole number, 0 or more, got -5$/)
    await refused(await correct({ count: 2.5 }), 400, /^count: /)
    await refused(await correct({ status: 'vanished' }), 400, /^status: expected one of killed, wounded, missing, captured/)
    await refused(await correct({ low: 9, high: 3 }), 400, /^low: expected low to be at most high/)
    assert.equal((await correct({ count: 13 })).status, 201)
    const cliRun = cli('review', 'correct', docId, 'casualty', k, '--set', 'count=-5')
    assert.equal(cliRun.code, 1)
    assert.equal(cliRun.stderr, 'claimtrail: count: expected a whole number, 0 or more, got -5\n')
  })

  test('a merge needs two actors that exist; it never renames one into a stranger', async () => {
    const known = 'gov-de'
    await refused(await f.call('/api/actors/merge', { role: 'admin', json: { from: known, into: 'gov-nowhere' } }), 404, /^into: no actor "gov-nowhere" in the ledger/)
    await refused(await f.call('/api/actors/merge', { role: 'admin', json: { from: 'p-nobody', into: known } }), 404, /^from: no actor "p-nobody"/)
    const r = cli('review', 'merge-actors', known, 'gov-nowhere')
    assert.equal(r.code, 1)
    assert.ok(isOneLineError(r.stderr), r.stderr)
  })

  test('the CLI refuses bad metadata flags and query dates with one line', () => {
    const story = file('story.txt', ARTICLES.harbour)
    for (const args of [
      ['ingest', story, '--published', '2026-02-30'], ['ingest', story, '--published', '9999-99-99'],
      ['ingest', story, '--language', 'xx'], ['ingest', story, '--url', 'javascript:alert(1)'], ['ingest', story, '--url', 'ftp://a.example/x'],
      ['docs', '--from', '2020-13-45'], ['timeline', '--from', '2020-13-45'], ['events', '--to', '2020-02-30'],
    ]) {
      const r = cli(...args)
      assert.notEqual(r.code, 0, args.join(' '))
      assert.ok(isOneLineError(r.stderr), r.stderr)
      assert.equal(r.stdout, '')
    }
  })

  test('an ambiguous id prefix lists the candidates', () => {
    cli('ingest', file('two.txt', ARTICLES.denial), '--published', '2030-03-06')
    const r = cli('show', 'd')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /^claimtrail: "d" is ambiguous: it starts d[0-9a-f]{16}, d[0-9a-f]{16}.*; give more of the id\n$/)
  })

  test('the same text with other metadata says how to correct the stored copy', () => {
    const again = file('again.txt', ARTICLES.admission)
    const r = cli('ingest', again, '--published', '2030-03-09', '--outlet', 'Other Wire')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^unchanged /m)
    assert.ok(r.stderr.includes(`to correct it: claimtrail edit ${docId} --published 2030-03-09 --outlet 'Other Wire'`), r.stderr)
  })

  test('edit corrects metadata, extracts again against the new date, and is audited', async () => {
    const before = (await (await f.call(`/api/documents/${docId}`, { role: 'reader' })).json()) as { extraction: { timex: { value: string }[] } }
    assert.ok(before.extraction.timex.some((x) => x.value === '2030-03-08'), JSON.stringify(before.extraction.timex))
    const r = cli('edit', docId, '--published', '2030-03-15', '--outlet', 'Corrected Wire', '--note', 'wrong day', '--json')
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual((JSON.parse(r.stdout) as { before: unknown }).before, { published: '2030-03-08', outlet: 'Wire' })
    const after = (await (await f.call(`/api/documents/${docId}`, { role: 'reader' })).json()) as { published: string; outlet: string; extraction: { timex: { value: string }[] } }
    assert.deepEqual([after.published, after.outlet], ['2030-03-15', 'Corrected Wire'])
    // "On Friday" now resolves against the corrected publication date.
    assert.ok(after.extraction.timex.some((x) => x.value === '2030-03-15'), JSON.stringify(after.extraction.timex))
    const patched = await f.call(`/api/documents/${docId}`, { method: 'PATCH', role: 'editor', json: { title: 'Twelve soldiers killed', url: null } })
    assert.equal(patched.status, 200, await patched.clone().text())
    await refused(await f.call(`/api/documents/${docId}`, { method: 'PATCH', role: 'editor', json: { published: '2026-02-30' } }), 400, /^published: /)
    await refused(await f.call(`/api/documents/${docId}`, { method: 'PATCH', role: 'editor', json: {} }), 400, /^nothing to change/)
    await refused(await f.call(`/api/documents/${docId}`, { method: 'PATCH', role: 'reader', json: { title: 'x' } }), 403, /editor/)
    const bad = cli('edit', docId, '--published', '9999-99-99')
    assert.notEqual(bad.code, 0)
    assert.ok(isOneLineError(bad.stderr), bad.stderr)
    const audit = (await (await f.call(`/api/audit?doc=${docId}`, { role: 'reader' })).json()) as { items: { kind: string; action: string }[] }
    assert.deepEqual(audit.items.filter((e) => e.kind === 'document').map((e) => e.action), ['edit', 'edit'])
  })

  test('delete removes a document and what was extracted from it, audited, and the ledger follows', async () => {
    const res = await f.call('/api/documents', { role: 'editor', json: { text: 'The Ostrelian border office said on Monday that the Brisk crossing had closed.', published: '2030-04-01' } })
    const id = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id
    await refused(await f.call(`/api/documents/${id}`, { method: 'DELETE', role: 'editor' }), 403, /admin/)
    const gone = await f.call(`/api/documents/${id}`, { method: 'DELETE', role: 'admin' })
    assert.equal(gone.status, 200)
    assert.equal((await f.call(`/api/documents/${id}`, { role: 'reader' })).status, 404)
    const left = await f.t.store.db.selectFrom('statements').select('doc_id').where('doc_id', '=', id).execute()
    assert.deepEqual(left, [])
    assert.equal((await f.call(`/api/search?q=Brisk`, { role: 'reader' }).then((r) => r.json()) as { documents: unknown[] }).documents.length, 0)
    const r = cli('delete', docId, '--note', 'test')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, new RegExp(`deleted ${docId}`))
    const events = (await (await f.call('/api/events', { role: 'reader' })).json()) as { items: { id: string }[] }
    for (const { id: eventId } of events.items) {
      const whole = await (await f.call(`/api/events/${eventId}`, { role: 'reader' })).json()
      assert.ok(!JSON.stringify(whole).includes(docId))
    }
    assert.equal(cli('delete', docId).code, 1)
  })

  test('search words with LIKE wildcards match themselves', async () => {
    await updateLedger(f.t.store)
    assert.deepEqual(await listActors(f.t.store, { q: '%' }), [])
    assert.deepEqual(await listActors(f.t.store, { q: '_' }), [])
    assert.deepEqual((await listActors(f.t.store, { q: 'germ' })).map((a) => a.id), ['gov-de'])
  })

  test('a non-web URL already in an older store never reaches the exports', async () => {
    await f.t.store.db.updateTable('documents').set({ url: 'javascript:alert(1)' }).execute()
    for (const path of ['/api/export/csv/statements', '/api/export/claimreview']) {
      const res = await f.call(path, { role: 'reader' })
      assert.equal(res.status, 200, path)
      assert.ok(!(await res.text()).includes('javascript:'), path)
    }
  })

  test('a text another writer stores at the same moment is unchanged, never a UNIQUE error', async () => {
    const doc: Document = { text: 'The Chilean navy said on Monday that the port of Arica had reopened.', published: '2030-05-01', language: 'en', format: 'text' }
    const x = extractDocument(doc)
    // Both writers passed the lookup before either stored: only the insert can tell them apart.
    const runs = await Promise.all([0, 1, 2].map(() => addDocument(f.t.store, { ...doc, hash: contentHash(doc.text) }, x)))
    assert.deepEqual(runs.map((r) => r.status).sort(), ['added', 'unchanged', 'unchanged'])
    assert.equal(new Set(runs.map((r) => r.document.id)).size, 1)
  })

  test('a split names an actor the document has', async () => {
    const docId = documentIdOf(contentHash(ENVOY))
    await assert.rejects(splitActor(f.t.store, { docId, actorId: 'p-nobody', newId: 'p-somebody', reviewer: 'test' }), /^ClaimtrailError: actor: no actor "p-nobody" in document d/)
    assert.equal((await splitActor(f.t.store, { docId, actorId: 'gov-de', newId: 'gov-de-east', reviewer: 'test' })).action, 'split')
  })

  test('a document over a limit is refused in one line naming it, stores nothing, and the others go on', async () => {
    const before = (await (await f.call('/api/documents?limit=500', { role: 'reader' })).json() as { items: unknown[] }).items.length
    const big = `${ENVOY} `.repeat(Math.ceil(DEFAULT_LIMITS.maxDocumentBytes / ENVOY.length))
    await refused(await f.call('/api/documents', { role: 'editor', json: { text: big } }), 413, /^the document is \d+ bytes: over the limit maxDocumentBytes = \d+ \(raise it with --max-document-bytes or CLAIMTRAIL_MAX_DOCUMENT_BYTES\)$/)
    const batch = [JSON.stringify({ text: big }), JSON.stringify({ text: `${ENVOY} Once more.` })].join('\n')
    const res = await f.call('/api/documents', { role: 'editor', type: 'application/x-ndjson', body: batch })
    assert.equal(res.status, 201)
    const out = await res.json() as { documents: unknown[]; errors: { code: string; message: string }[] }
    assert.equal(out.documents.length, 1)
    assert.deepEqual(out.errors.map((e) => e.code), ['too_large'])
    const after = (await (await f.call('/api/documents?limit=500', { role: 'reader' })).json() as { items: unknown[] }).items.length
    assert.equal(after, before + 1)

    const folder = join(f.t.dataDir, 'limits')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a-big.txt'), big.slice(0, 5000))
    writeFileSync(join(folder, 'b-small.txt'), `${ENVOY} A third time.`)
    const r = cli('--max-input-bytes', '4000', 'ingest', folder, '--published', '2030-03-09')
    assert.equal(r.code, 1)
    assert.ok(isOneLineError(r.stderr), r.stderr)
    assert.match(r.stderr, /a-big\.txt: 5000 bytes: over the limit maxInputBytes = 4000 \(raise it with --max-input-bytes or CLAIMTRAIL_MAX_INPUT_BYTES\)\n/)
    assert.match(r.stdout, /^added .*\n1 added, 0 already stored, 1 failed\n$/m)
    const statements = cli('--max-statements', '1', 'ingest', file('quotes.txt', '"We are ready," the minister said. "We are calm," she added.'))
    assert.equal(statements.code, 1)
    assert.match(statements.stderr, /quotes\.txt: the document holds more than 1 statements: over the limit maxStatements = 1 /)
  })
})
