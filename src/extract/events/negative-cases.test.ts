import { test } from 'node:test'
import assert from 'node:assert/strict'
import { events } from './index.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const noop = { warn() {} }
const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonian'] }
const none = (text: string) => assert.deepEqual(events.run(handLayers(text, { actors: [fd] }), noop).map((e) => e.mentions[0]!.text), [], text)

test('negated and generic mentions are not events', () => {
  none('There are no military operations in the valley.')
  none('The army has long countered Freedonian intelligence operations.')
  none('Raids are a common tactic.')
})

test('unreal verbs are not events', () => {
  none('The Freedonian army threatened to attack the port.')
  none('Officials said troops would never invade.')
})

test('everyday senses of weak triggers are not events', () => {
  none('Dock workers went on strike.')
  none('The union called a general strike.')
  none('Her operation on the knee went well.')
  none('Shots were fired near the market.')
  none('The minister dismissed the criticism.')
})

test('a decree verb without a decreed object is not a decree', () => {
  none('The minister declared that talks had failed.')
})
