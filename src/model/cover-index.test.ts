import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Actor } from './annotations.js'
import { coverIndex } from './cover-index.js'

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
  let seed = 7
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n }
  const actors = Array.from({ length: 12 }, (_, k) => actor(`a${k}`, Array.from({ length: 15 }, () => {
    const start = next(400)
    return [start, start + 1 + next(25)] as [number, number]
  })))
  const at = actorIndex(actors)
  for (let start = 0; start < 430; start++) {
    for (const width of [1, 3, 8]) assert.equal(at(start, start + width)?.id, scan(actors, start, start + width)?.id, `${start}+${width}`)
  }
})
