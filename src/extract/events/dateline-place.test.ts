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
