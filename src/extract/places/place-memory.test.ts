import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { LearnedCountry } from '../../lexicon/en/countries.js'
import { learnPlaces } from './learn-places.js'
import { unionPlaces, withKnownPlaces } from './place-memory.js'

const shown = (ps: readonly LearnedCountry[]) => ps.map((p) => `${p.code} ${p.name} ${p.demonym ?? '-'} ${p.capitals.join('/') || '-'}`)
const place = (name: string, code: string, capitals: string[] = [], demonym?: string): LearnedCountry => ({ code, name, capitals, ...(demonym ? { demonym } : {}) })

test('one entry per name, capitals joined, whatever the order of the documents', () => {
  const a = [place('Morvane', 'XM', ['Tiel'])]
  const b = [place('Morvane', 'XM', [], 'Morvanese'), place('Karskia', 'XR', ['Vel'])]
  assert.deepEqual(shown(unionPlaces([a, b])), ['XR Karskia - Vel', 'XM Morvane Morvanese Tiel'])
  assert.deepEqual(unionPlaces([b, a]), unionPlaces([a, b]))
})

test('a capital taught by another article resolves in one that never says what it is', () => {
  const known = learnPlaces('Tiel, the capital of Morvane, was calm. Morvanese officials and the army of Morvane met.')
  const text = 'Morvanese troops crossed the river. The government in Tiel denied it.'
  assert.deepEqual(shown(withKnownPlaces(text, learnPlaces(text), known)), ['X-MORVANE Morvane Morvanese Tiel'])
})

test('a name guessed from a demonym yields to the name other articles write for it', () => {
  const known = [place('Kasvaria', 'X-KASVARIA', ['Brisk'], 'Kasvan')]
  const text = 'Kasvan troops crossed the river. Kasvan officials denied it.'
  assert.deepEqual(shown(learnPlaces(text)), ['X-KASVA Kasva Kasvan -'])
  assert.deepEqual(shown(withKnownPlaces(text, learnPlaces(text), known)), ['X-KASVARIA Kasvaria Kasvan -'])
})

test('a known country the text names only by name joins the document’s own places', () => {
  const known = [place('Morvane', 'XM', ['Tiel'], 'Morvanese')]
  assert.deepEqual(shown(withKnownPlaces('The talks in Tiel went on.', [], known)), ['XM Morvane Morvanese Tiel'])
  assert.deepEqual(shown(withKnownPlaces('Morvane announced talks.', [], known)), ['XM Morvane Morvanese -'])
})

test('own learning wins: a known place is left out when the text does not name it, or its code is taken here', () => {
  const known = [place('Morvane', 'XM', ['Tiel'], 'Morvanese')]
  assert.deepEqual(withKnownPlaces('The harbour reopened.', [], known), [])
  assert.deepEqual(shown(withKnownPlaces('Tiel said so.', [place('Marvia', 'XM')], known)), ['XM Marvia - -'])
})

test('a capital the text writes as a person’s name is not taken from memory', () => {
  const known = [place('Morvane', 'XM', ['Tiel'], 'Morvanese')]
  assert.deepEqual(shown(withKnownPlaces('Morvane said Anna Tiel had resigned.', [], known)), ['XM Morvane Morvanese -'])
})
