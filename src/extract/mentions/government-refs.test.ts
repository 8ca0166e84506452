import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind } from './testing.js'

const govs = (text: string) => actorsOfKind(text, 'gov-')

test('"the <Surname> administration" is the government its leader heads, known from the role', () => {
  assert.deepEqual(govs('US president Jane Roe spoke. No officers were killed, according to the Roe administration.'), [
    'gov-us government US "Government of the United States": the Roe administration/metonym',
  ])
  assert.deepEqual(govs('As French president, Jane Roe said no. The Roe government agreed.'), [
    'gov-fr government FR "Government of France": The Roe government/metonym',
  ])
})

test('without a known leader, "the <Name> administration" stays out', () => {
  assert.deepEqual(govs('The Roe administration agreed.'), [])
})

test('bare "the government" and "the regime\'s" resolve to the country the paragraph is about', () => {
  assert.deepEqual(govs('Protests spread across Kenya and Kenyans marched. Critics doubt the regime’s resolve.'), [
    'gov-ke government KE "Government of Kenya": the regime’s/description',
  ])
  assert.deepEqual(govs('Uganda held elections.\n\nExperts say the government will fall.'), [
    'gov-ug government UG "Government of Uganda": the government/description',
  ])
})

test('bare "the government" with no country in sight stays out', () => {
  assert.deepEqual(govs('Experts say the government will fall.'), [])
})
