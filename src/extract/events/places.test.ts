import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'

import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)

const noop = { warn() {} }
const actors = [
  { id: 'gov-cl', country: 'CL', forms: ['Chilean', 'Chile'] },
  { id: 'gov-pe', country: 'PE', forms: ['Peruvian', 'Peru'] },
  { id: 'org-cl-army', type: 'organization' as const, country: 'CL', memberOf: 'gov-cl', forms: ['The Chilean army'] },
]
const run = (text: string) => events.run(handLayers(text, { actors }), noop).map(renderEvent)

test('a town the article places in a country places the event', () => {
  assert.deepEqual(run('Rebels held the Peruvian town of Vado. Chilean troops raided Vado at dawn.'), [
    'ev1 military operation in PE · gov-cl · "raided Vado at dawn"',
  ])
})

test('an attack on a state happened in that state', () => {
  assert.deepEqual(run('Chilean jets attacked Peru.'), ['ev1 military operation in PE · gov-cl → gov-pe · "attacked Peru"'])
})

test('a state striking a town it puts in no other country strikes at home', () => {
  assert.deepEqual(run('Chilean forces stormed the village of Tuma.'), ['ev1 military operation in CL · gov-cl · "stormed the village of Tuma"'])
})

test('"its assault" is the subject’s, and an army acts with its government', () => {
  assert.deepEqual(run('The Chilean army said its assault had ended.'), ['ev1 military operation · org-cl-army,gov-cl · "its assault"'])
})

test('"the town stormed by X in a raid": the agent is X, not the last actor before, and the raid is the storming', () => {
  assert.deepEqual(run('Peru mourned the village of Tuma, stormed by Chilean forces in a night raid.'), [
    'ev1 military operation · gov-cl · "stormed by Chilean forces in a night raid"',
  ])
})

/** The localities layer as the gazetteer stage leaves it: one town read in one country, by `rule`. */
const withTown = (text: string, name: string, country: string, rule: string, more = actors) => {
  const doc = handLayers(text, { actors: more })
  const start = text.indexOf(name)
  return events.run({ ...doc, localities: [{ start, end: start + name.length, text: name, name, country, kind: 'town', rule }] }, noop).map(renderEvent)
}

test('a town the gazetteer reads places the event', () => {
  assert.deepEqual(withTown('A Chilean bus crashed near Quillen on Monday.', 'Quillen', 'CL', 'place-one-country'), [
    'ev1 crash in CL · gov-cl · "crashed near Quillen on Monday"',
  ])
})

test('in an article about a state the country data lacks, a town read abroad is a namesake and places nothing', () => {
  const valdoria = { id: 'gov-x-valdoria', country: 'X-VALDORIA', forms: ['Valdorian'] }
  assert.deepEqual(withTown('Valdorian troops raided Quillen at dawn.', 'Quillen', 'BE', 'place-one-country', [valdoria]), [
    'ev1 military operation · gov-x-valdoria · "raided Quillen at dawn"',
  ])
  assert.deepEqual(withTown('Chilean troops raided Quillen at dawn.', 'Quillen', 'BE', 'place-one-country'), [
    'ev1 military operation in BE · gov-cl · "raided Quillen at dawn"',
  ])
})
