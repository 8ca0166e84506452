import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { languageFor } from '../languages.js'
import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const run = (text: string, timexes: [string, string][], language = 'en') =>
  eventsStage(languageFor(language).events).run({ ...handLayers(text, { timexes }, '2025-03-02'), language }, { warn() {} }).map(renderEvent)

test('a recent event told without a place happened where the story was filed', () => {
  assert.deepEqual(run('LIMA, Peru (Harbour Wire) _ A car bomb exploded outside a bank on Saturday.', [['Saturday', '2025-03-01']]),
    ['ev1 explosion @2025-03-01 in PE · ? · "exploded"'])
  assert.deepEqual(run('QUITO (Agencia Sur) -- Police arrested two men on Friday.', [['Friday', '2025-02-28']]),
    ['ev1 arrest @2025-02-28 in EC · ? · "arrested two men on Friday"'])
  assert.deepEqual(run('LIMA, 1 mar (Agencia Sur) - La policía detuvo a dos hombres el sábado.', [['el sábado', '2025-03-01']], 'es'),
    ['ev1 arrest @2025-03-01 in PE · ? · "detuvo a dos hombres"'])
})

test('a town the gazetteer knows places the story in its country', () => {
  assert.deepEqual(run('CUSCO (Harbour Wire) _ Police arrested two men on Friday.', [['Friday', '2025-02-28']]),
    ['ev1 arrest @2025-02-28 in PE · ? · "arrested two men on Friday"'])
})

test('background told from the dateline, an event with its own place or no dateline keep theirs', () => {
  assert.deepEqual(run('LIMA, Peru (Harbour Wire) _ Police arrested two men in 2019.', [['2019', '2019']]),
    ['ev1 arrest @2019 · ? · "arrested two men in 2019"'])
  assert.deepEqual(run('LIMA, Peru (Harbour Wire) _ A car bomb exploded in Bolivia on Saturday.', [['Saturday', '2025-03-01']]),
    ['ev1 explosion @2025-03-01 in BO · ? · "exploded in Bolivia on Saturday"'])
  assert.deepEqual(run('A car bomb exploded outside a bank on Saturday.', [['Saturday', '2025-03-01']]),
    ['ev1 explosion @2025-03-01 · ? · "exploded"'])
})

test('an undated event the story narrates is the dateline’s news; a bare reference to one told elsewhere is not', () => {
  assert.deepEqual(run('LIMA, Peru (Harbour Wire) _ Police arrested two men after a car bomb exploded outside a bank.', []),
    ['ev1 arrest in PE · ? · "arrested two men"', 'ev2 explosion in PE · ? · "exploded"'])
  assert.deepEqual(run('LIMA, Peru (Harbour Wire) _ The minister said the raid had shocked the country.', []),
    ['ev1 military operation · ? · "the raid"'])
  // Counted, the noun tells events of its own: "three shootings" are news from where the story was filed.
  assert.deepEqual(run('LIMA, Peru (Harbour Wire) _ The mayor spoke of three shootings.', []),
    ['ev1 shooting in PE · ? · "shootings"'])
})

test('a dateline town the gazetteer knows only abroad names nothing in a story about a state it lacks', () => {
  const valdoria = [{ id: 'gov-x-valdoria', country: 'X-VALDORIA', forms: ['Valdorian'] }]
  const story = (text: string) => eventsStage(languageFor('en').events)
    .run({ ...handLayers(text, { actors: valdoria, timexes: [['Friday', '2025-02-28']] }, '2025-03-02'), language: 'en' }, { warn() {} }).map(renderEvent)
  assert.deepEqual(story('CUSCO (Harbour Wire) _ Valdorian police arrested two men on Friday.'),
    ['ev1 arrest @2025-02-28 · gov-x-valdoria · "arrested two men on Friday"'])
})
