import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createApp } from '../../src/api/app.js'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { TEST_ENGINE } from '../helpers/store.js'
import { apiFixture, errorOf, type ApiFixture } from './fixture.js'

describe(`HTTP surface (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  before(async () => { f = await apiFixture() })
  after(async () => { await f.dispose() })

  test('serves an OpenAPI document generated from the validating schemas', async () => {
    const doc = (await (await f.call('/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>>; components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> } }
    assert.equal(doc.openapi, '3.0.3')
    for (const path of ['/api/documents', '/api/statements', '/api/reversals', '/api/disagreements', '/api/casualties', '/api/timeline', '/api/search', '/api/reviews', '/api/audit', '/api/export/csv/{table}']) {
      assert.ok(doc.paths[path], path)
    }
    assert.deepEqual(doc.paths['/api/statements']!['get']!.parameters!.map((p) => p.name).sort(), ['actor', 'event', 'from', 'limit', 'offset', 'outlet', 'polarity', 'to'])
    assert.ok(doc.components.schemas['NewDocument'])
    assert.ok(doc.components.securitySchemes['bearer'])
  })

  test('every response carries a strict content security policy and no-sniff', async () => {
    for (const path of ['/', '/api/documents']) {
      const res = await f.call(path, { role: 'reader' })
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'; script-src 'self'/, path)
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
    }
    assert.equal((await f.call('/api/documents', { role: 'reader' })).headers.get('cache-control'), 'no-store')
  })

  test('unknown routes and files are JSON 404s; paths cannot climb out of the UI folder', async () => {
    assert.equal((await errorOf(await f.call('/api/nothing', { role: 'reader' }))).status, 404)
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/.env', '/views/../../package.json']) {
      assert.equal((await f.call(path)).status, 404, path)
    }
  })

  test('a body over the limit is refused with 413 before it is read', async () => {
    const small = createApp({ store: f.t.store, maxBodyBytes: 64 })
    const res = await small.request('/api/documents', { method: 'POST', headers: { authorization: `Bearer ${f.tokens.editor}`, 'content-type': 'text/plain' }, body: 'x'.repeat(200) })
    assert.deepEqual(await errorOf(res), { status: 413, code: 'too_large', message: 'the request body is too large: over the limit maxInputBytes = 64 (raise it with --max-input-bytes or CLAIMTRAIL_MAX_INPUT_BYTES)' })
  })

  test('a JSON article four times the document limit is a 413 naming maxDocumentBytes, not a schema 400', async () => {
    const text = 'The port of Lia reopened on Monday, officials said. '.repeat(Math.ceil(4 * DEFAULT_LIMITS.maxDocumentBytes / 52))
    const res = await f.call('/api/documents', { role: 'editor', json: { text, published: '2030-03-02' } })
    const { status, code, message } = await errorOf(res)
    assert.deepEqual([status, code], [413, 'too_large'])
    assert.match(message, /^the document is \d+ bytes: over the limit maxDocumentBytes = 1048576 \(raise it with --max-document-bytes or CLAIMTRAIL_MAX_DOCUMENT_BYTES\)$/)
  })

  test('a streamed body over the limit is refused with 413, read no further than one chunk past the limit', async () => {
    const small = createApp({ store: f.t.store, maxBodyBytes: 4096 })
    const chunk = new TextEncoder().encode('x'.repeat(1024))
    let sent = 0
    // No content-length: the size is known only by reading, and the stream would never end.
    const body = new ReadableStream<Uint8Array>({ pull(controller) { sent += chunk.length; controller.enqueue(chunk) } }, { highWaterMark: 0 })
    const res = await small.request('/api/documents', {
      method: 'POST', headers: { authorization: `Bearer ${f.tokens.editor}`, 'content-type': 'text/plain' }, body, duplex: 'half',
    } as RequestInit)
    assert.deepEqual(await errorOf(res), { status: 413, code: 'too_large', message: 'the request body is too large: over the limit maxInputBytes = 4096 (raise it with --max-input-bytes or CLAIMTRAIL_MAX_INPUT_BYTES)' })
    assert.ok(sent <= 4096 + 2 * chunk.length, `read ${sent} bytes`)
  })

  test('a bad setting stops start-up with a clear message', () => {
    assert.throws(() => createApp({ store: f.t.store, maxBodyBytes: -1 }), /maxBodyBytes must be a positive whole number/)
  })
})
