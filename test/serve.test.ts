import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { runCli } from './helpers/cli.js'
import { freshStore, TEST_ENGINE, type TestStore } from './helpers/store.js'

const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url))

/** `claimtrail serve` on the test store, once it says where it serves; stop() sends SIGTERM and resolves with its exit. */
async function startServe(t: TestStore, args: readonly string[] = []): Promise<{ url: string; stderr: () => string; stop: () => Promise<number> }> {
  const store = t.databaseUrl ? ['--db', t.databaseUrl] : ['--data', t.dataDir]
  const child: ChildProcess = spawn(process.execPath, [BIN, ...store, 'serve', '--port', '0', ...args], { env: { ...process.env, CLAIMTRAIL_DEBUG: '' } })
  let stderr = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
      const m = /serving (http:\/\/\S+?)\//.exec(stderr)
      if (m) resolve(m[1]!)
    })
    child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)))
  })
  const stop = async () => {
    child.kill('SIGTERM')
    const [code] = (await once(child, 'exit')) as [number]
    return code
  }
  return { url, stderr: () => stderr, stop }
}

// The built server as a user starts it: it must reach "serving" (its alert delivery loop once kept it from
// listening at all), extract a posted article in its thread, and stop on SIGTERM.
test(`claimtrail serve listens, stores a posted article and stops on SIGTERM (${TEST_ENGINE})`, { timeout: 90_000 }, async () => {
  const t = await freshStore()
  try {
    const secret = runCli(['token', 'create', '--role', 'editor', '--name', 'Ed'], t).stdout.trim().split('\n')[0]!
    const server = await startServe(t)
    const auth = { authorization: `Bearer ${secret}` }
    const posted = await fetch(`${server.url}/api/documents`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'The harbour of Port Lia reopened on Tuesday, the Sylvanian transport office said.', published: '2030-03-02' }),
    })
    assert.equal(posted.status, 201)
    const listed = (await (await fetch(`${server.url}/api/documents`, { headers: auth })).json()) as { items: unknown[] }
    assert.equal(listed.items.length, 1)
    assert.equal(await server.stop(), 0, server.stderr())
    assert.match(server.stderr(), /stopping/)
  } finally {
    await t.dispose()
  }
})

// `npm start` is `serve --samples`: the invented articles must never join a user's own.
test(`serve --samples leaves a store that holds documents as it was, and says so (${TEST_ENGINE})`, { timeout: 90_000 }, async () => {
  const t = await freshStore()
  try {
    const ingested = runCli(['ingest', '-', '--published', '2030-03-02'], t, 'The Ostrelian border office said on Monday that the Brisk crossing had closed.')
    assert.equal(ingested.code, 0, ingested.stderr)
    const server = await startServe(t, ['--samples', '--allow-anonymous-read'])
    const listed = (await (await fetch(`${server.url}/api/documents`)).json()) as { items: unknown[] }
    assert.equal(await server.stop(), 0, server.stderr())
    assert.equal(listed.items.length, 1)
    assert.match(server.stderr(), /the store already holds documents; the sample articles are not added/)
  } finally {
    await t.dispose()
  }
})
