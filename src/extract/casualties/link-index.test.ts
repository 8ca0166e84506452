import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Event, Sentence, Statement } from '../../model/annotations.js'
import { contains, type Span } from '../../model/span.js'
import { carrierIndex, cuedIndex, eventOwners } from './link.js'
import { randomSpans, seeded } from '../../../test/helpers/seeded.js'

// Offsets only: these indexes read spans, never words.
const span = (start: number, end: number): Span => ({ start, end, text: '' })
const statement = (id: string, cue: [number, number], content: [number, number], speakers = ['gov-vd']): Statement => ({
  id, speakers, cue: span(...cue), content: span(...content), mode: 'indirect', polarity: 'asserts', time: {}, rule: 'test',
})
const sentence = (start: number, end: number): Sentence => ({ start, end, index: 0, paragraph: 0, firstToken: 0, endToken: 0 })
const event = (id: string, kind: string, mentions: [number, number][]): Event => ({
  id, kind, summary: id, actors: [], rule: 'test',
  mentions: mentions.map(([start, end]) => ({ ...span(start, end), trigger: span(start, end) })) as unknown as Event['mentions'],
})


test('a figure is carried by the innermost content holding it', () => {
  const at = carrierIndex([statement('s1', [0, 4], [5, 90]), statement('s2', [30, 34], [35, 60])])
  assert.equal(at(40, 45)?.id, 's2')
  assert.equal(at(10, 20)?.id, 's1')
  assert.equal(at(92, 95), undefined)
})

test('carrier, cue and owning event answer as scans over every item do', () => {
  const next = seeded(3)
  const statements = Array.from({ length: 40 }, (_, k) => {
    const cue = next(500)
    const start = next(500)
    return statement(`s${k}`, [cue, cue + 1 + next(6)], [start, start + next(80)], k % 7 === 0 ? [] : ['gov-vd'])
  })
  const kinds = ['military operation', 'decree', 'killing', 'military operation and killing']
  const events = Array.from({ length: 20 }, (_, k) => event(`e${k}`, kinds[k % 4]!, randomSpans(next, 3, 500, 10)))
  const carrier = carrierIndex(statements)
  const cued = cuedIndex(statements)
  const owner = eventOwners(events)
  const length = (st: Statement) => st.content.end - st.content.start
  const violent = events.filter((e) => e.kind !== 'decree')
  for (let start = 0; start < 520; start += 3) {
    const f = span(start, start + 4)
    const s = sentence(start, start + 40)
    const carrying = statements.filter((st) => contains(st.content, f)).sort((a, b) => length(a) - length(b))[0]
    assert.equal(carrier(f.start, f.end)?.id, carrying?.id)
    const inSentence = statements.find((x) => x.cue.start >= s.start && x.cue.end <= s.end && x.speakers.length > 0 && x.content.end > x.content.start)
    assert.equal(cued(s)?.id, inSentence?.id)
    let best: { e: Event; at: number } | undefined
    for (const e of violent) for (const m of e.mentions) if (m.end <= f.start && (!best || m.end > best.at)) best = { e, at: m.end }
    const named = violent.find((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end))
    assert.equal(owner(s, f)?.id, (named ?? best?.e)?.id, `${start}`)
  }
})
