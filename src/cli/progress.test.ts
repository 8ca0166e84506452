import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { ingestProgress } from './progress.js'

/** A stream that says it is a terminal (or not) and keeps what is written to it. */
function terminal(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done() } }) as unknown as NodeJS.WriteStream
  Object.assign(stream, { isTTY, columns: 100 })
  return { stream, text: () => chunks.join('') }
}

test('draws documents, MB/s and ETA on a terminal, and prints held messages after the bar', () => {
  const t = terminal(true)
  const p = ingestProgress(2, { stream: t.stream })
  p.tick(1000)
  p.say('warning: no publication date')
  p.tick(1000)
  p.stop()
  assert.match(t.text(), /2\/2 documents \| \d+\.\d\d MB\/s \| ETA/)
  assert.ok(t.text().trimEnd().endsWith('warning: no publication date'))
})

test('draws nothing when not on a terminal or with --json, and passes messages straight through', () => {
  for (const [isTTY, quiet] of [[false, false], [true, true]] as const) {
    const t = terminal(isTTY)
    const p = ingestProgress(5, { stream: t.stream, quiet })
    p.tick(10)
    p.say('claimtrail: bad.txt: empty')
    p.stop()
    assert.equal(t.text(), 'claimtrail: bad.txt: empty\n')
  }
})
