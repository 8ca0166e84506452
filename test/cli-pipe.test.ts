import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url))
const SAMPLE = fileURLToPath(new URL('../samples/2031-03-05-ilm-raid.md', import.meta.url))

test('output piped to a reader that stops early ends quietly, without a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-pipe-'))
  try {
    // Far more output than a pipe buffers, so the writer meets the closed pipe.
    const article = join(dir, 'long.md')
    writeFileSync(article, readFileSync(SAMPLE, 'utf8').repeat(20))
    const err = join(dir, 'stderr')
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" extract "${article}" --json 2>"${err}" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 60_000 })
    assert.equal(r.stdout.trim(), '0')
    assert.equal(readFileSync(err, 'utf8'), '')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
