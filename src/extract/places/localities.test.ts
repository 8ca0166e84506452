import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Actor } from '../../model/annotations.js'
import { ENGLISH, SPANISH } from './language.js'
import { findLocalities } from './localities.js'

const render = (l: ReturnType<typeof findLocalities>[number]) =>
  `${l.text} → ${l.id ?? l.country ?? `${l.candidates?.length} candidates`} (${l.rule})`
const places = (text: string, actors: Actor[] = []) => findLocalities(text, actors, ENGLISH).map(render)
const lugares = (text: string) => findLocalities(text, [], SPANISH).map(render)

const government = (country: string): Actor => ({ id: `gov-${country.toLowerCase()}`, name: country, type: 'government', country, mentions: [] })

test('a town after a preposition resolves to its one place, with its country', () => {
  assert.deepEqual(places('They met in Mombasa and later drove into Crimea.'), [
    'Mombasa → KE.37/Mombasa (place-one-country)', 'Crimea → UA.11 (place-one-country)',
  ])
})

test('a region noun picks the region over the town of the same name', () => {
  assert.deepEqual(places('Fighting spread across the Donetsk region.'), ['Donetsk → UA.05 (place-one-country)'])
})

test('a country written beside the name picks among namesakes', () => {
  assert.deepEqual(places('The mayor of Paris, France, spoke first.'), ['Paris → FR.11/Paris (place-country-named)'])
  assert.deepEqual(places('Yesterday Paris, France, was calm.'), ['Paris → FR.11/Paris (place-country-named)'])
})

test('the article\'s own country picks among namesakes; with none, every candidate is kept', () => {
  assert.deepEqual(places('A man was arrested in Alexandria, police said.', [government('EG')]), ['Alexandria → EG.06/Alexandria (place-article-country)'])
  assert.deepEqual(places('The envoy to Egypt was seen in Alexandria.'), ['Alexandria → EG.06/Alexandria (place-article-country)'])
  assert.deepEqual(places('The talks were held in Mombasa and then in Nairobi.'), ['Mombasa → KE.37/Mombasa (place-one-country)', 'Nairobi → KE.05/Nairobi (place-capital)'])
  // Two towns of that name in the article's country: the country is known, the town is not.
  assert.deepEqual(places('A man was arrested in Victoria, police said.', [government('CA')]), ['Victoria → CA (place-article-country)'])
  assert.match(places('A man was arrested in Alexandria.')[0]!, /^Alexandria → \d+ candidates \(place-ambiguous\)$/)
  assert.deepEqual(places('A man was arrested in Victoria.'), ['Victoria → SC.26/Victoria (place-capital)'])
})

test('a name the article gives to a person, a country or a month is no locality; a bare name is not read', () => {
  const person: Actor = { id: 'p-paris-roe', name: 'Paris Roe', type: 'person', mentions: [{ start: 13, end: 22, text: 'Paris Roe', kind: 'name' }] }
  assert.deepEqual(places('It was up to Paris Roe to decide.', [person]), [])
  assert.deepEqual(places('Troops stayed in Kenya in May.'), [])
  assert.deepEqual(places('Mombasa was calm.'), [])
})

test('una ciudad tras "en" o "la provincia de" se resuelve con su país', () => {
  assert.deepEqual(lugares('Los manifestantes marcharon en la ciudad de Mombasa.'), ['Mombasa → KE.37/Mombasa (place-one-country)'])
  assert.deepEqual(lugares('Hubo combates en Donetsk, Ucrania.'), ['Donetsk → UA.05/Donetsk (place-country-named)'])
})

test('a region written beside a town picks the town in that region, before any country its words name', () => {
  assert.deepEqual(places('Two doctors were shot in London, Ontario, last week.'), ['London → CA.08/London (place-region-named)'])
})
