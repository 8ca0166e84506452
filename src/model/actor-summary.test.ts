import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorSummary, foldRoles, type LedgerActor } from './ledger.js'

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
