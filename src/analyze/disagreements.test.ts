import { test } from 'node:test'
import assert from 'node:assert/strict'
import { disagreementsOf } from './disagreements.js'
import { claimOf } from './testing.js'
import { showTime } from '../claims/time-span.js'

const render = (cs: Parameters<typeof disagreementsOf>[0]) => disagreementsOf(cs, (id) => id).map((d) =>
  `${d.sides.map((s) => `${s.actors.join('+')}:${s.claims.map((c) => c.evidence.itemId).join(',')}`).join(' vs ')} @ ${showTime(d.overlap)}`)

test('two governments on opposite sides in the same month disagree', () => {
  assert.deepEqual(render([
    claimOf('s1', 'gov-cl', 'asserts', { value: '2029-04' }, { speaker: 'p-tomas-vial' }),
    claimOf('s2', 'gov-pe', 'denies', { value: '2029-04' }, { speaker: 'p-ana-roe' }),
  ]), ['gov-cl:s1 vs gov-pe:s2 @ 2029-04-01…2029-04-30'])
})

test('a long-running denial joins the disagreement it overlaps', () => {
  assert.deepEqual(render([
    claimOf('s1', 'gov-cl', 'asserts', { value: '2029-04' }),
    claimOf('s2', 'gov-pe', 'denies', { value: '2029-04-12' }),
    claimOf('s3', 'gov-bo', 'denies', { before: '2030-05-03' }),
  ]), ['gov-cl:s1 vs gov-bo+gov-pe:s3,s2 @ 2029-04-12'])
})

test('a denial that had ended before the other side spoke is not a disagreement', () => {
  assert.deepEqual(render([
    claimOf('s1', 'gov-bo', 'denies', { before: '2030-05-03' }),
    claimOf('k1', 'gov-cl', 'asserts', { value: '2030-05-04' }, { rule: 'casualties-entail-presence', period: { value: '2030-05-03' } }),
  ]), [])
})

test('a charge one day and its denial the next are contemporaries; a week apart they are not', () => {
  const pair = (later: string) => render([
    claimOf('s1', 'gov-cl', 'asserts', { value: '2029-04-06' }, { period: { before: '2029-04-06' } }),
    claimOf('s2', 'gov-pe', 'denies', { value: later }, { period: { before: later } }),
  ])
  assert.deepEqual(pair('2029-04-07'), ['gov-cl:s1 vs gov-pe:s2 @ before 2029-04-06'])
  assert.deepEqual(pair('2029-04-14'), [])
})

test('one body on both sides is not a disagreement', () => {
  assert.deepEqual(render([
    claimOf('s1', 'gov-pe', 'asserts', { value: '2029-04' }),
    claimOf('s2', 'gov-pe', 'denies', { value: '2029-04' }),
  ]), [])
})
