import { test } from 'node:test'
import assert from 'node:assert/strict'
import { governmentOf, groupLanes, type LaneActor } from './lanes.js'

const actors = new Map<string, LaneActor>([
  ['gov-aa', { id: 'gov-aa', type: 'government' }],
  ['gov-bb', { id: 'gov-bb', type: 'government' }],
  ['org-aa-defence', { id: 'org-aa-defence', type: 'organization', memberOf: 'gov-aa' }],
  ['p-ines-varga', { id: 'p-ines-varga', type: 'person', memberOf: 'org-aa-defence' }],
  ['p-olek-dun', { id: 'p-olek-dun', type: 'person', memberOf: 'gov-bb' }],
  ['org-relief', { id: 'org-relief', type: 'organization' }],
  ['p-loop-a', { id: 'p-loop-a', type: 'person', memberOf: 'p-loop-b' }],
  ['p-loop-b', { id: 'p-loop-b', type: 'person', memberOf: 'p-loop-a' }],
])

test('a person speaks for the government their body belongs to', () => {
  assert.equal(governmentOf('p-ines-varga', actors), 'gov-aa')
  assert.equal(governmentOf('gov-bb', actors), 'gov-bb')
  assert.equal(governmentOf('org-relief', actors), undefined)
  assert.equal(governmentOf('p-loop-a', actors), undefined, 'a cycle of memberships ends')
})

test('lanes gather under governments, busiest first, with unattributed items last', () => {
  const items = [
    { id: 1, by: ['p-ines-varga'] }, { id: 2, by: ['gov-aa'] }, { id: 3, by: ['org-aa-defence', 'p-ines-varga'] },
    { id: 4, by: ['p-olek-dun'] }, { id: 5, by: [] }, { id: 6, by: ['org-relief'] }, { id: 7, by: ['org-relief'] },
  ]
  const groups = groupLanes(items, (i) => i.by, actors)
  assert.deepEqual(groups.map((g) => [g.head, g.items.map((i) => i.id)]), [
    ['gov-aa', [1, 2, 3]], ['org-relief', [6, 7]], ['gov-bb', [4]], ['', [5]],
  ])
  assert.deepEqual(groups[0]!.members.map((m) => [m.actor, m.items.map((i) => i.id)]), [['p-ines-varga', [1, 3]], ['org-aa-defence', [3]]])
  assert.deepEqual(groups[1]!.members, [], 'an actor standing alone has no member lanes')
})
