import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'

import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)

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

test('"talks" as a verb or a generic plural is not talks', () => {
  none('She talks with her brother every week.')
  none('Omondi talks with reporters after every match.')
  none('The minister talks on the radio every week.')
  none('Talks are rarely easy.')
  none('The radio station launched a talk show.')
})

test('mountain summits, applause and sessions of other bodies are not talks', () => {
  none('The climbers reached the summit of Mount Elgon.')
  none('The crowd gave the singer a round of applause.')
  none('Parliament opened its session on Monday.')
})

test('meetings that are denied, private or without a delegation-like subject are not talks', () => {
  none('The delegations would not meet in Nairobi.')
  none('The delegation refused to meet in Nairobi.')
  none('He met his wife in Nairobi.')
  none('Ministers met the deadline.')
  none('Both sides met resistance from their own parties.')
})

test('people and goods taken, civilians crossing, and denied crossings are no ground events', () => {
  // Goods seized are a seizure (narration.test.ts), not ground taken.
  none('Police captured two suspects on Friday.')
  none('The tourists crossed the border on foot.')
  none('Its soldiers never crossed the border.')
  none('The company took control of the brand.')
})

test('a passive whose subject is denied, and a noun that is a verb form, name no event', () => {
  none('No soldiers were killed.')
  none('The storm swept the coast, killing crops.')
})
