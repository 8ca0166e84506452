import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ledgerMaintainer } from './maintainer.js'

test('asks during a refresh are served by one more run, never by overlapping ones', async () => {
  let running = 0
  let runs = 0
  let overlapped = false
  const m = ledgerMaintainer(async () => {
    running++
    overlapped ||= running > 1
    await new Promise((r) => setTimeout(r, 10))
    runs++
    running--
  })
  m.request()
  m.request()
  m.request()
  await m.idle()
  assert.equal(runs, 2)
  assert.equal(overlapped, false)
})

test('a failed refresh is reported and the next ask runs again', async () => {
  const errors: string[] = []
  let calls = 0
  const m = ledgerMaintainer(async () => { if (calls++ === 0) throw new Error('disk full') }, (e) => errors.push((e as Error).message))
  m.request()
  await m.idle()
  m.request()
  await m.idle()
  assert.deepEqual([errors, calls], [['disk full'], 2])
})
