import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOf } from './testing.js'

test('"turkey" the bird, lower case, is no country and no actor', () => {
  assert.deepEqual(actorsOf('They ate turkey on Thursday.'), [])
})

test('"Jordan" and "Chad" as first names make a person, not a government', () => {
  assert.deepEqual(actorsOf('Jordan Peterson said the plan failed.'), ['p-jordan-peterson person "Jordan Peterson": Jordan Peterson/name'])
  assert.deepEqual(actorsOf('Chad Smith denied it.'), ['p-chad-smith person "Chad Smith": Chad Smith/name'])
})

test('"the Sunday Times" is an organization, not a date and not a person', () => {
  assert.deepEqual(actorsOf('The Sunday Times reported the deal.'), ['org-sunday-times organization "Sunday Times": Sunday Times/name'])
})

test('a city name acting is no person', () => {
  assert.deepEqual(actorsOf('New York said nothing. San Lorenzo announced a curfew.'), [])
})

test('a capital as a plain location is no government mention', () => {
  assert.deepEqual(actorsOf('A man in Nairobi said he was afraid.'), [])
  assert.deepEqual(actorsOf('They met in Nairobi on Monday.'), [])
})

test('months, weekdays and sentence-initial words are not names', () => {
  assert.deepEqual(actorsOf('Last Saturday the denials ended. On Monday March said nothing.'), [])
})

test('a demonym on a plain noun is no government', () => {
  assert.deepEqual(actorsOf('Kenyan coffee prices rose.'), [])
})

test('"government officials" is not the government speaking', () => {
  assert.deepEqual(actorsOf('He faced criticism from government officials in Kenya.'), [])
})
