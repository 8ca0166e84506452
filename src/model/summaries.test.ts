import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorSummary, eventSummary, foldRoles, type LedgerActor, type LedgerEvent } from './ledger.js'

const minister = (docId: string, day: string) => ({ role: 'Foreign Minister', memberOf: 'gov-pe', from: day, to: day, docId })

test('roles fold to one per post and body, from the earliest article to the latest', () => {
  const roles = [minister('d2', '2026-03-02'), minister('d1', '2026-01-05'), minister('d3', '2026-02-10'), { role: 'senator', from: '2025-06-01', to: '2025-06-01', docId: 'd0' }]
  assert.deepEqual(foldRoles(roles), [
    { role: 'Foreign Minister', memberOf: 'gov-pe', from: '2026-01-05', to: '2026-03-02', docId: 'd1' },
    { role: 'senator', from: '2025-06-01', to: '2025-06-01', docId: 'd0' },
  ])
})

test('the same post for another body, or an undated one, stays its own or keeps the dates it has', () => {
  const other = { role: 'Foreign Minister', memberOf: 'gov-ec', docId: 'd4' }
  const undated = { role: 'Foreign Minister', memberOf: 'gov-pe', docId: 'd5' }
  assert.deepEqual(foldRoles([minister('d1', '2026-01-05'), other, undated]), [minister('d1', '2026-01-05'), other])
})

test('a listing summary counts documents and folds roles; the actor keeps every role', () => {
  const actor: LedgerActor = {
    id: 'p-ana-roe', name: 'Ana Roe', type: 'person', aliases: ['Roe'], mentions: 3, documents: ['d1', 'd2', 'd3'],
    roles: [minister('d1', '2026-01-05'), minister('d2', '2026-01-06'), minister('d3', '2026-01-07')],
  }
  const summary = actorSummary(actor)
  assert.equal(summary.documentCount, 3)
  assert.deepEqual(summary.roles, [{ ...minister('d1', '2026-01-05'), to: '2026-01-07' }])
  assert.equal(actor.roles.length, 3)
})

test('an event summary counts mentions and the documents its members come from, not one per member', () => {
  const span = (docId: string, text: string) => ({ docId, itemId: 'e1', published: '2030-05-01', span: { start: 0, end: text.length, text } })
  const event: LedgerEvent = {
    id: 'ev-1', kind: 'attack', summary: 'shelling of the port', actors: ['gov-xx'], targets: [],
    mentions: [span('d1', 'the shelling'), span('d1', 'the attack'), span('d2', 'the shelling')],
    members: ['d1/e1', 'd1/e4', 'd2/e2'],
  }
  const summary = eventSummary(event)
  assert.deepEqual([summary.mentionCount, summary.documentCount], [3, 2])
  assert.equal('mentions' in summary || 'members' in summary, false)
  assert.equal(summary.summary, 'shelling of the port')
})
