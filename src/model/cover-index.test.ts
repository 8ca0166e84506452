import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Actor } from './annotations.js'
import { coverIndex, coveringAll } from './cover-index.js'
import { randomSpans, seeded } from '../../test/helpers/seeded.js'

const actorIndex = (actors: readonly Actor[]) => coverIndex(actors, (a) => a.mentions)

const actor = (id: string, spans: [number, number][]): Actor => ({
  id, name: id, type: 'government', mentions: spans.map(([start, end]) => ({ start, end, text: '', kind: 'name' })),
})

/** The scan the index replaces: the first actor in order with a mention covering the span. */
const scan = (actors: readonly Actor[], start: number, end: number) =>
  actors.find((a) => a.mentions.some((m) => m.start <= start && m.end >= end))

test('finds the actor whose mention covers a word, the first in order when mentions nest', () => {
  const actors = [actor('gov-kestria', [[20, 27]]), actor('org-port', [[10, 30], [50, 54]])]
  const at = actorIndex(actors)
  assert.equal(at(20, 27)?.id, 'gov-kestria')
  assert.equal(at(12, 16)?.id, 'org-port')
  assert.equal(at(50, 54)?.id, 'org-port')
  assert.equal(at(31, 35), undefined)
  assert.equal(at(28, 33), undefined)
})

test('answers as the scan does on many overlapping mentions', () => {
  const next = seeded(7)
  const actors = Array.from({ length: 12 }, (_, k) => actor(`a${k}`, randomSpans(next, 15, 400, 25)))
  const at = actorIndex(actors)
  for (let start = 0; start < 430; start++) {
    for (const width of [1, 3, 8]) assert.equal(at(start, start + width)?.id, scan(actors, start, start + width)?.id, `${start}+${width}`)
  }
})

test('lists every item covering a span, in order and once, as a scan does', () => {
  const next = seeded(11)
  const actors = Array.from({ length: 10 }, (_, k) => actor(`a${k}`, randomSpans(next, 8, 300, 60)))
  const all = coveringAll(actors, (a) => a.mentions)
  const scanAll = (start: number, end: number) => actors.filter((a) => a.mentions.some((m) => m.start <= start && m.end >= end)).map((a) => a.id)
  for (let start = 0; start < 370; start++) {
    for (const width of [1, 5, 20]) assert.deepEqual(all(start, start + width).map((a) => a.id), scanAll(start, start + width), `${start}+${width}`)
  }
})
