import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { LedgerEvent } from '../model/ledger.js'
import fc from 'fast-check'
import { daysOf } from '../claims/time-span.js'
import { eventByPlace } from './placed-figures.js'
import { placeNamesOf } from './resolve.js'

const mention = (text: string) => ({ docId: 'd1', itemId: 'ev1', span: { start: 0, end: text.length, text }, published: '2030-05-02' })
const event = (id: string, date: string | undefined, ...names: string[]): LedgerEvent => ({
  id, kind: 'military operation', summary: names[0]!, ...(date ? { date } : {}), actors: [], targets: [], mentions: names.map(mention), members: [],
})
const span = (text: string) => ({ text })

test('a figure tied to a place joins the one dated event named after that place', () => {
  const find = eventByPlace([event('ev-lia', '2030-05-01', 'the raid on Lia'), event('ev-port', '2030-05-01', 'the shelling of Port Oma')])
  assert.equal(find(span('six soldiers killed in the town of Lia'), '2030-05-06'), 'ev-lia')
})

test('no figure joins an event reported before it happened, long before, twice named, or undated', () => {
  const lia = event('ev-lia', '2030-05-01', 'the raid on Lia')
  assert.equal(eventByPlace([lia])(span('six soldiers killed in Lia'), '2030-04-20'), undefined)
  assert.equal(eventByPlace([lia])(span('six soldiers killed in Lia'), '2030-08-20'), undefined)
  assert.equal(eventByPlace([lia, event('ev-lia-2', '2030-05-03', 'the assault on Lia')])(span('six soldiers killed in Lia'), '2030-05-06'), undefined)
  assert.equal(eventByPlace([event('ev-u', undefined, 'the raid on Lia')])(span('six soldiers killed in Lia'), '2030-05-06'), undefined)
  assert.equal(eventByPlace([lia])(span('six soldiers killed last week'), '2030-05-06'), undefined)
})

test('through the place index a figure joins the event a scan over every dated event finds', () => {
  const scan = (events: readonly LedgerEvent[], text: string, published: string) => {
    const names = placeNamesOf([{ text }])
    const fits = events.filter((e) => {
      const start = e.date ? daysOf(e.date).start : undefined
      const own = new Set(placeNamesOf(e.mentions.map((m) => m.span)))
      return !!start && start <= published && (Date.parse(published) - Date.parse(start)) / 86_400_000 <= 31 && names.some((n) => own.has(n))
    })
    return fits.length === 1 ? fits[0]!.id : undefined
  }
  const day = (n: number) => new Date(Date.UTC(2030, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
  const town = fc.constantFrom('Lia', 'Oma', 'Brisk')
  const events = fc.array(fc.record({ date: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), month: fc.boolean(), towns: fc.array(town, { minLength: 1, maxLength: 2 }) }), { maxLength: 8 })
  const figures = fc.array(fc.record({ town, at: fc.integer({ min: 0, max: 80 }) }), { minLength: 1, maxLength: 5 })
  fc.assert(fc.property(events, figures, (es, fs) => {
    const made = es.map((e, i) => event(`ev${i}`, e.date === undefined ? undefined : e.month ? day(e.date).slice(0, 7) : day(e.date), ...e.towns.map((t) => `the raid on ${t}`)))
    const find = eventByPlace(made)
    for (const f of fs) assert.equal(find(span(`soldiers killed in ${f.town}`), day(f.at)), scan(made, `soldiers killed in ${f.town}`, day(f.at)))
  }), { numRuns: 300 })
})
