import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Actor } from '../../model/annotations.js'
import { ActorIndex } from './actors.js'
import { randomSpans, seeded } from '../../../test/helpers/seeded.js'

const actor = (id: string, spans: [number, number][], country?: string): Actor => ({
  id, name: id, type: 'government', ...(country ? { country } : {}),
  mentions: spans.map(([start, end]) => ({ start, end, text: '', kind: 'name' })),
})

test('answers who is named where, from mentions in text order', () => {
  // "The Ostrel council said the Valdorian army and Ostrel police ..." with invented offsets.
  const index = new ActorIndex([actor('org-council', [[4, 18], [60, 74]]), actor('gov-vd', [[28, 44]], 'VD'), actor('org-police', [[49, 62]])])
  assert.equal(index.within(20, 48)?.id, 'gov-vd')
  assert.equal(index.within(45, 80)?.id, 'org-police')
  assert.equal(index.within(19, 27), undefined)
  assert.equal(index.endingWithin(40, 45)?.id, 'gov-vd')
  assert.equal(index.startingAt(49)?.actor.id, 'org-police')
  assert.equal(index.startingAt(50), undefined)
  assert.equal(index.before(48, 0)?.id, 'gov-vd')
  assert.equal(index.before(48, 30), undefined)
  assert.equal(index.government('VD'), 'gov-vd')
  assert.equal(index.government('OS'), 'gov-os')
})

test('answers as a scan over every mention does, on many overlapping mentions', () => {
  const next = seeded(5)
  const actors = Array.from({ length: 10 }, (_, k) => actor(`a${k}`, randomSpans(next, 12, 300, 30)))
  const placed = actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a }))).sort((a, b) => a.start - b.start || b.end - a.end)
  const index = new ActorIndex(actors)
  for (let at = 0; at < 340; at++) {
    for (const width of [1, 6, 25]) {
      const [start, end] = [at, at + width]
      assert.equal(index.within(start, end)?.id, placed.find((p) => p.start >= start && p.end <= end)?.actor.id)
      assert.equal(index.endingWithin(start, end)?.id, placed.find((p) => p.end > start && p.end <= end)?.actor.id)
      let best: (typeof placed)[number] | undefined
      for (const p of placed) if (p.start < end && p.start >= start && p.end <= end && (!best || p.end >= best.end)) best = p
      assert.equal(index.mentionBefore(end, start)?.actor.id, best?.actor.id)
    }
    assert.equal(index.startingAt(at)?.actor.id, placed.find((p) => p.start === at)?.actor.id)
  }
})
