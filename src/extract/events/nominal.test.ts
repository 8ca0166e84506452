import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'

import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)

const noop = { warn() {} }
const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonian', 'Freedonia'] }
const run = (text: string, layers = {}) => events.run(handLayers(text, { actors: [fd], ...layers }), noop).map(renderEvent)

test('reads an event noun phrase with its agent modifier and its target place', () => {
  assert.deepEqual(run('The Freedonian raid on Kenya drew protests.'), [
    'ev1 military operation in KE · gov-fd → gov-ke · "The Freedonian raid on Kenya"',
  ])
})

test('names the place of an intervention from "in <country>"', () => {
  assert.deepEqual(run('Officials discussed the Freedonian military intervention in Peru.'), [
    'ev1 military operation in PE · gov-fd · "the Freedonian military intervention in Peru"',
  ])
})

test('joins two event nouns sharing one object into one mention with a combined kind', () => {
  const text = 'Nobody expected the dismissal and arrest of Gen Ana Ruiz, who until Monday led the guard.'
  const layers = { actors: [fd, { id: 'p-ana-ruiz', type: 'person' as const, memberOf: 'gov-fd', forms: ['Gen Ana Ruiz'] }], timexes: [['Monday', '2025-02-24']] as const }
  assert.deepEqual(run(text, layers), [
    'ev1 dismissal and arrest @2025-02-24 · gov-fd → p-ana-ruiz · "the dismissal and arrest of Gen Ana Ruiz"',
  ])
})

test('takes the agent from "by" and the date from an adjacent "of <date>"', () => {
  const text = 'The attack of 3 May by Freedonian forces was the worst.'
  assert.deepEqual(run(text, { timexes: [['3 May', '2024-05-03']] }), [
    'ev1 military operation @2024-05-03 · gov-fd · "The attack of 3 May by Freedonian forces"',
  ])
})

test('a weak trigger with a military modifier is an event', () => {
  assert.deepEqual(run('They planned the air strike carefully.'), ['ev1 military operation · ? · "the air strike"'])
})

test('a place name before the event noun is its place, not its agent', () => {
  assert.deepEqual(run('Investigators studied the Nairobi bombing.'), ['ev1 military operation in KE · ? · "the Nairobi bombing"'])
})

const council = { id: 'org-council', type: 'organization' as const, forms: ['The council'] }
const withCouncil = (text: string) => run(text, { actors: [fd, council] })

test('an invasion of a state the actors layer does not list happened in that state', () => {
  assert.deepEqual(run('Freedonia condemned the invasion of copper-rich Peru.'), [
    'ev1 military operation in PE · ? → gov-pe · "the invasion of copper-rich Peru"',
  ])
})

test('"its invasion" is the country named after the last actor, else that actor’s', () => {
  assert.deepEqual(withCouncil('The council said sanctions on Peru stay until its invasion of Chile ends.'), [
    'ev1 military operation in CL · gov-pe → gov-cl · "its invasion of Chile"',
  ])
  assert.deepEqual(withCouncil('The council warned Freedonia over its offensive.'), ['ev1 military operation · gov-fd · "its offensive"'])
})

test('the subject of a performing verb is the agent of the act it performs', () => {
  assert.deepEqual(withCouncil('The council imposed a trade embargo on Chile.'), [
    'ev1 sanctions in CL · org-council → gov-cl · "a trade embargo on Chile"',
  ])
  assert.deepEqual(withCouncil('The council met after an embargo on Chile began.').map((e) => e.split(' · ')[1]), ['? → gov-cl'])
})

test('an agent whose mention runs past the phrase read after "by" is still the agent', () => {
  const police = { id: 'org-sb-police', type: 'organization' as const, forms: ['Serb police'] }
  assert.deepEqual(run('Protesters condemned the killings of ethnic Kurds by Serb police in the east.', { actors: [police] }), [
    'ev1 killing · org-sb-police · "the killings of ethnic Kurds by Serb"',
  ])
})

test('a perform participle after the event noun passes on its "by" agent; "by X and Y" names both', () => {
  assert.deepEqual(run('Officials praised the accord signed by Kenya and Uganda.'), [
    'ev1 agreement · gov-ke,gov-ug · "the accord signed by Kenya and Uganda"',
  ])
  assert.deepEqual(run('The offensive launched by Freedonian troops stalled.'), [
    'ev1 military operation · gov-fd · "The offensive launched by Freedonian troops"',
  ])
  // Another verb's "by" is not the event's agent, and a clause after "and" names no second agent.
  assert.deepEqual(run('The raid condemned by Kenya failed.'), ['ev1 military operation · ? · "The raid"'])
  assert.deepEqual(run('The port was shelled by Freedonian troops and Kenya protested.')[0], 'ev1 military operation · gov-fd · "shelled by Freedonian troops"')
})
