import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rateFlip } from './flip-o-meter.js'
import { claimOf } from './testing.js'

const rate = (...args: Parameters<typeof rateFlip>) => { const v = rateFlip(...args); return `${v.rating}: ${v.reason}` }
const denial = claimOf('s1', 'gov-pe', 'denies', { value: '2030-05-03' })

test('a plain later assertion of what was denied is a full flop', () => {
  assert.equal(rate(denial, claimOf('s2', 'gov-pe', 'asserts', { value: '2030-05-03' })), 'full-flop: the later claim plainly asserts what the earlier denied')
})

test('a change through a strict entailment rule is a full flop that names the rule', () => {
  const later = claimOf('k1', 'gov-pe', 'asserts', { value: '2030-05-04' }, { rule: 'casualties-entail-presence', period: { value: '2030-05-03' } })
  assert.equal(rate(denial, later), 'full-flop: the later claim asserts what the earlier denied, through casualties-entail-presence')
  assert.equal(rate(denial, { ...later, hedged: true }), 'half-flip: one side is hedged')
})

test('a hedged later claim is a half flip', () => {
  assert.equal(rate(denial, claimOf('s2', 'gov-pe', 'asserts', { value: '2030-05-03' }, { hedged: true })), 'half-flip: one side is hedged')
})

test('claims about times that do not overlap are no flip', () => {
  assert.equal(rate(claimOf('s1', 'gov-pe', 'denies', { value: '2029-04' }), claimOf('s2', 'gov-pe', 'asserts', { value: '2030-05-03' })),
    'no-flip: the claims speak about times that do not overlap; the position may have followed the facts')
})

test('the same stance again is no flip', () => {
  assert.equal(rate(denial, claimOf('s2', 'gov-pe', 'denies', { value: '2030-05-03' })), 'no-flip: the later claim keeps the same stance')
})
