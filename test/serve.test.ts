import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { runCli } from './helpers/cli.js'
import { freshStore, TEST_ENGINE } from './helpers/store.js'

const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url))

// The built server as a user starts it: it must reach "serving" (its alert delivery loop once kept it from
// listening at all), extract a posted article in its thread, and stop on SIGTERM.
test(`claimtrail serve listens, stores a posted article and stops on SIGTERM (${TEST_ENGINE})`, { timeout: 90_000 }, async () => {
  const t = await freshStore()
  try {
    const store = t.databaseUrl ? ['--db', t.databaseUrl] : ['--data', t.dataDir]
    const secret = runCli(['token', 'create', '--role', 'editor', '--name', 'Ed'], t).stdout.trim().split('\n')[0]!
    const child = spawn(process.execPath, [BIN, ...store, 'serve', '--port', '0'], { env: { ...process.env, CLAIMTRAIL_DEBUG: '' } })
    let stderr = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d
        const m = /serving (http:\/\/\S+?)\//.exec(stderr)
        if (m) resolve(m[1]!)
      })
      child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)))
    })
    const auth = { authorization: `Bearer ${secret}` }
    const posted = await fetch(`${url}/api/documents`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'The harbour of Port Lia reopened on Tuesday, the Sylvanian transport office said.', published: '2030-03-02' }),
    })
    assert.equal(posted.status, 201)
    const listed = (await (await fetch(`${url}/api/documents`, { headers: auth })).json()) as { items: unknown[] }
    assert.equal(listed.items.length, 1)
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    assert.equal(code, 0, stderr)
    assert.match(stderr, /stopping/)
  } finally {
    await t.dispose()
  }
})
