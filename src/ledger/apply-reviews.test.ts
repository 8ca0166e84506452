import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Extraction } from '../model/extraction.js'
import { spanAt } from '../model/span.js'
import { actorRenamer, actorRenames, applyReviews, renameActors, type ReviewRow } from './apply-reviews.js'

const text = 'The ministry said 12 sailors were missing. Ruiz denied it.'
const base: Extraction = {
  document: { published: '2030-01-02', language: 'en', text },
  actors: [
    { id: 'org-ministry', name: 'the ministry', type: 'organization', mentions: [{ ...spanAt(text, 0, 12), kind: 'description' }] },
    { id: 'p-ana-ruiz', name: 'Ruiz', type: 'person', mentions: [{ ...spanAt(text, 43, 47), kind: 'name' }] },
  ],
  statements: [
    { id: 's1', speakers: ['org-ministry'], cue: spanAt(text, 13, 17), content: spanAt(text, 18, 41), mode: 'indirect', polarity: 'asserts', time: {}, rule: 't' },
    { id: 's2', speakers: ['p-ana-ruiz'], cue: spanAt(text, 48, 54), content: spanAt(text, 55, 57), mode: 'indirect', polarity: 'denies', time: {}, rule: 't' },
  ],
  timex: [], events: [], contradictions: [], warnings: [],
  casualties: [{ id: 'k1', span: spanAt(text, 18, 41), count: 12, group: 'sailors', status: 'missing', reportedBy: 'org-ministry', rule: 't' }],
}

const row = (over: Partial<ReviewRow>): ReviewRow => ({
  at: '2030-01-03T00:00:00Z', reviewer: 'ed', docId: 'd1', kind: 'casualty', itemId: 'k1', spanStart: 18, spanEnd: 41, action: 'confirm', patch: null, ...over,
})

test('a correction patches the item and marks it corrected', () => {
  const out = applyReviews(base, [row({ action: 'correct', patch: { count: 14 } })])
  assert.equal(out.casualties[0]?.count, 14)
  assert.equal(out.casualties[0]?.review?.status, 'corrected')
})

test('a rejection removes the item; a later correction restores it with the patch', () => {
  assert.equal(applyReviews(base, [row({ action: 'reject' })]).casualties.length, 0)
  const restored = applyReviews(base, [row({ action: 'reject' }), row({ action: 'correct', patch: { status: 'killed' } })])
  assert.equal(restored.casualties[0]?.status, 'killed')
})

test('confirming a corrected item keeps the correction', () => {
  const out = applyReviews(base, [row({ action: 'correct', patch: { count: 14 } }), row({ action: 'confirm' })])
  assert.equal(out.casualties[0]?.count, 14)
  assert.equal(out.casualties[0]?.review?.status, 'corrected')
})

test('a review finds its item by evidence span when re-extraction renumbered it', () => {
  const renumbered: Extraction = { ...base, casualties: [{ ...base.casualties[0]!, id: 'k7' }] }
  assert.equal(applyReviews(renumbered, [row({ action: 'correct', patch: { count: 15 } })]).casualties[0]?.count, 15)
})

test('a review whose evidence is gone is left aside', () => {
  const moved: Extraction = { ...base, casualties: [{ ...base.casualties[0]!, id: 'k1', span: spanAt(text, 0, 12) }] }
  assert.equal(applyReviews(moved, [row({ action: 'reject' })]).casualties.length, 1)
})

test('merging actors renames them everywhere and pools their mentions', () => {
  const rows = [row({ kind: 'actor', docId: null, itemId: 'org-ministry', action: 'merge', patch: { into: 'p-ana-ruiz' }, spanStart: null, spanEnd: null })]
  const out = renameActors(base, actorRenames(rows, 'd1'))
  assert.deepEqual(out.actors.map((a) => `${a.id}×${a.mentions.length}`), ['p-ana-ruiz×2'])
  assert.deepEqual(out.statements.map((s) => s.speakers.join()), ['p-ana-ruiz', 'p-ana-ruiz'])
  assert.equal(out.casualties[0]?.reportedBy, 'p-ana-ruiz')
})

test('a split in one document undoes a merge there only', () => {
  const merge = row({ kind: 'actor', docId: null, itemId: 'org-ministry', action: 'merge', patch: { into: 'p-ana-ruiz' }, spanStart: null, spanEnd: null })
  const split = row({ kind: 'actor', docId: 'd1', itemId: 'org-ministry', action: 'split', patch: { id: 'org-defence-ministry' }, spanStart: null, spanEnd: null })
  assert.equal(actorRenames([merge, split], 'd1').get('org-ministry'), 'org-defence-ministry')
  assert.equal(actorRenames([merge, split], 'd2').get('org-ministry'), 'p-ana-ruiz')
})

test('renames asked of many documents at once are those asked one document at a time', () => {
  const actor = { kind: 'actor', spanStart: null, spanEnd: null } as const
  const rows = [
    row({ ...actor, docId: null, itemId: 'org-ministry', action: 'merge', patch: { into: 'p-ana-ruiz' } }),
    row({ ...actor, docId: 'd1', itemId: 'org-ministry', action: 'split', patch: { id: 'org-defence-ministry' } }),
    row({ ...actor, docId: null, itemId: 'p-ana-ruiz', action: 'merge', patch: { into: 'p-ana-ruiz-vidal' } }),
    row({ ...actor, docId: 'd2', itemId: 'gov-xa', action: 'merge', patch: { into: 'gov-xb' } }),
    row({ docId: 'd3', action: 'reject' }),
  ]
  const renames = actorRenamer(rows)
  for (const doc of ['d1', 'd2', 'd3', 'd4']) assert.deepEqual([...renames(doc)], [...actorRenames(rows, doc)], doc)
})
