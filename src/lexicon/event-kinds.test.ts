import { test } from 'node:test'
import assert from 'node:assert/strict'
import { categoryOf, closureOf, entails, EVENT_KINDS, isViolent, kindsAgree, modeOf, rootsOf } from './event-kinds.js'

test('a kind entails the kinds it is an instance of, transitively', () => {
  assert.deepEqual(closureOf('bombing'), ['bombing', 'attack', 'explosion'])
  assert.ok(entails('visit', 'talks'))
  assert.ok(entails('assassination', 'killing'))
  assert.ok(!entails('attack', 'bombing'))
})

test('two kinds agree when one entails the other, not when they only share a broader kind', () => {
  assert.ok(kindsAgree('attack', 'shoot-down'))
  assert.ok(kindsAgree('bombing', 'explosion'))
  assert.ok(!kindsAgree('bombing', 'shooting'))
  assert.ok(!kindsAgree('arrest', 'charge'))
})

test('roots are where agreeing kinds meet', () => {
  assert.deepEqual(rootsOf('bombing'), ['attack', 'explosion'])
  assert.deepEqual(rootsOf('attack'), ['attack'])
  assert.deepEqual(rootsOf('invasion'), ['attack', 'deployment'])
})

test('kinds carry their PLOVER category and mode; accidents have none', () => {
  assert.equal(categoryOf('bombing'), 'ASSAULT')
  assert.equal(modeOf('bombing'), 'explosives')
  assert.equal(categoryOf('arrest'), 'COERCE')
  assert.equal(categoryOf('protest'), 'PROTEST')
  assert.equal(categoryOf('crash'), undefined)
  assert.ok(isViolent('crash'))
  assert.ok(!isViolent('arrest'))
})

test('every entailed kind is itself a kind', () => {
  for (const [kind, info] of Object.entries(EVENT_KINDS)) {
    for (const next of ('entails' in info ? info.entails : [])) assert.ok(next in EVENT_KINDS, `${kind} entails unknown ${next}`)
  }
})
