import { test } from 'node:test'
import assert from 'node:assert/strict'
import { reversalsOf } from './reversals.js'
import { claimOf } from './testing.js'

const name = (id: string) => ({ 'gov-pe': 'the Government of Peru', 'p-ana-roe': 'Ana Roe' })[id] ?? id
const render = (cs: Parameters<typeof reversalsOf>[0]) => reversalsOf(cs, name).map((r) =>
  `${r.actor} ${r.rating}: ${r.earlier.map((c) => c.evidence.itemId).join(',')} → ${r.later.map((c) => c.evidence.itemId).join(',')}`)

test('a long denial reaching the day, then soldiers killed there that day, is a reversal', () => {
  assert.deepEqual(render([
    claimOf('s1', 'gov-pe', 'denies', { before: '2030-05-03' }),
    claimOf('s2', 'gov-pe', 'denies', { value: '2029-04' }, { speaker: 'p-ana-roe' }),
    claimOf('k1', 'gov-pe', 'asserts', { value: '2030-05-04' }, { rule: 'casualties-entail-presence', period: { value: '2030-05-03' } }),
  ]), ['gov-pe full-flop: s1,s2 → k1'])
})

test('a denial that stops before the later date is no reversal', () => {
  assert.deepEqual(render([
    claimOf('s1', 'gov-pe', 'denies', { value: '2029-04' }),
    claimOf('s2', 'gov-pe', 'asserts', { value: '2030-05-04' }),
  ]), [])
})

test('different actors never make a reversal', () => {
  assert.deepEqual(render([
    claimOf('s1', 'gov-pe', 'denies', { value: '2030-05-03' }),
    claimOf('s2', 'gov-cl', 'asserts', { value: '2030-05-03' }),
  ]), [])
})

test('the why cites both sides with their dates', () => {
  const [r] = reversalsOf([
    claimOf('s1', 'gov-pe', 'denies', { value: '2030-05-02' }, { evidence: { docId: 'd1', itemId: 's1', span: { start: 0, end: 9, text: 'no troops' }, published: null } }),
    claimOf('s2', 'gov-pe', 'asserts', { value: '2030-05-06' }, { period: { value: '2030-05-02' }, evidence: { docId: 'd2', itemId: 's2', span: { start: 0, end: 14, text: 'our troops are' }, published: null } }),
  ], name)
  assert.equal(r?.why, 'the Government of Peru denied that Peruvian military personnel are present in Chile (2030-05-02), then asserted “our troops are” (2030-05-06).')
  assert.equal(r?.rating, 'full-flop')
})
