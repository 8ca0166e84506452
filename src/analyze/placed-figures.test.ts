import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { LedgerEvent } from '../model/ledger.js'
import { eventByPlace } from './placed-figures.js'

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
