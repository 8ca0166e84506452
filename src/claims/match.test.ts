import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Claim } from '../model/ledger.js'
import { keyOf } from './frame-propositions.js'
import { indexKeys, opposes } from './match.js'
import { candidatePairs, findReversals } from './opposition.js'
import { seeded } from '../../test/helpers/seeded.js'

/** A frame's claim by gov-bo, said on the given day, about some time up to it. */
function claim(polarity: Claim['polarity'], cls: string, args: Record<string, string>, day = '2031-03-04', more: Partial<Claim> = {}): Claim {
  const evidence = { docId: 'd1', itemId: 's1', span: { start: 0, end: 1, text: 'x' }, published: day }
  return {
    proposition: { key: keyOf(cls, args), kind: cls, args, text: '' }, polarity, actor: 'gov-bo', time: { value: day },
    period: { before: day }, evidence, source: 'd1/s1', rule: 'direct', ...more,
  }
}
const show = (a: Claim, b: Claim) => { const l = opposes(a, b); return l ? `${l.status} ${l.score}` : 'none' }

test('a denial and an assertion of the same act by the same agent on the same patient oppose each other', () => {
  const denial = claim('denies', 'shoot-down', { agent: 'gov-bo', patient: 'aircraft' })
  const admission = claim('asserts', 'shoot-down', { agent: 'gov-bo', patient: 'aircraft', of: 'PY' }, '2031-03-07')
  assert.equal(show(denial, admission), 'likely 0.73')
  assert.deepEqual(opposes(denial, admission)?.rules, ['same-predicate:shoot-down', 'same-agent', 'same-patient', 'open-of', 'denial-contradicts-assertion'])
})

test('a general denial is contradicted by a specific assertion, never the other way round', () => {
  const anyone = claim('denies', 'shoot-down', { agent: 'gov-bo', patient: 'aircraft' })
  const specific = claim('asserts', 'shoot-down', { agent: 'gov-bo', patient: 'aircraft', in: 'PY' }, '2031-03-07')
  assert.notEqual(opposes(anyone, specific), null)
  const named = claim('denies', 'shoot-down', { agent: 'gov-bo', patient: 'aircraft' })
  const agentless = claim('asserts', 'shoot-down', { patient: 'aircraft' }, '2031-03-07')
  assert.equal(opposes(named, agentless), null)
})

test('different patients, agents or classes never oppose', () => {
  const denial = claim('denies', 'detention', { agent: 'gov-bo', patient: 'journalist' })
  assert.equal(opposes(denial, claim('asserts', 'detention', { agent: 'gov-bo', patient: 'vessel' })), null)
  assert.equal(opposes(denial, claim('asserts', 'detention', { agent: 'gov-py', patient: 'journalist' })), null)
  assert.equal(opposes(denial, claim('asserts', 'killing', { agent: 'gov-bo', patient: 'journalist' })), null)
})

test('agreeing only on the agent is no link: something that happened must be shared', () => {
  assert.equal(opposes(claim('denies', 'weapon-use', { agent: 'gov-bo' }), claim('asserts', 'weapon-use', { agent: 'gov-bo' })), null)
})

test('a hedged side makes the link possible, for review', () => {
  const denial = claim('denies', 'weapon-use', { agent: 'gov-bo', theme: 'cluster munitions' })
  const hedged = claim('asserts', 'weapon-use', { agent: 'gov-bo', theme: 'cluster munitions' }, '2031-03-07', { hedged: true })
  assert.equal(opposes(denial, hedged)?.status, 'possible')
  assert.ok(opposes(denial, hedged)?.rules.includes('hedged-side'))
})

test('a denial naming no agent is contradicted by anyone doing it, at a cost that leaves it for review', () => {
  const nobody = claim('denies', 'strike', { patient: 'aircraft', of: 'UA' })
  const someone = claim('asserts', 'strike', { agent: 'gov-bo', patient: 'aircraft', of: 'UA' }, '2031-03-07')
  assert.equal(show(nobody, someone), 'possible 0.6')
  assert.ok(opposes(nobody, someone)?.rules.includes('open-agent'))
})

test('one claim repeated a thousand times makes no pair to compare, and no reversal', () => {
  const same = Array.from({ length: 1000 }, () => claim('denies', 'shoot-down', { agent: 'gov-bo', patient: 'aircraft' }))
  const stance = (c: Claim) => c.polarity
  assert.equal(candidatePairs(same, stance).length, 0)
  assert.deepEqual(findReversals(same), [])
  const turned = [...same, claim('asserts', 'shoot-down', { agent: 'gov-bo', patient: 'aircraft' }, '2031-03-07')]
  assert.equal(candidatePairs(turned, stance).length, 1000)
  const [reversal] = findReversals(turned)
  assert.deepEqual([reversal?.earlier.length, reversal?.later.length], [1000, 1])
})

test('pairs across sides come as a scan over every pair sharing a key finds them, in its order', () => {
  const next = seeded(9)
  const classes = ['shoot-down', 'detention']
  const claims = Array.from({ length: 60 }, () => claim(next(2) ? 'asserts' : 'denies', classes[next(2)]!, { agent: `gov-${next(3)}`, patient: 'aircraft' }, '2031-03-04', { actor: `gov-${next(3)}` }))
  const side = (c: Claim) => `${c.proposition.key}|${c.polarity}`
  const worth = (a: Claim, b: Claim) => a.actor !== b.actor
  const keys = new Map<string, number[]>()
  claims.forEach((c, i) => { for (const k of indexKeys(c)) keys.set(k, [...(keys.get(k) ?? []), i]) })
  const scan: string[] = []
  for (const list of keys.values()) {
    for (const [x, i] of list.entries()) {
      for (const j of list.slice(x + 1)) if (side(claims[i]!) !== side(claims[j]!) && worth(claims[i]!, claims[j]!) && !scan.includes(`${i}/${j}`)) scan.push(`${i}/${j}`)
    }
  }
  assert.deepEqual(candidatePairs(claims, side, worth).map(([i, j]) => `${i}/${j}`), scan)
})
