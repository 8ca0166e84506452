import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind } from './testing.js'

const orgs = (text: string) => actorsOfKind(text, 'org-')

test('a bare institution belongs to the state last named as such, not to a country named on a thing', () => {
  const text = 'The Kenyan government admitted that a patrol boat rammed the Ugandan ferry.\n\nIn a statement, the defence ministry said the crew was safe.'
  assert.deepEqual(orgs(text), ['org-ke-defence-ministry organization KE ∈gov-ke "Defence Ministry of Kenya": defence ministry/name'])
})

test('the coastguard, the army and "Police said" take the state of the story', () => {
  assert.deepEqual(orgs('Peru’s government ordered a search. The coastguard rescued the crew.'), [
    'org-pe-coast-guard organization PE ∈gov-pe "Coast guard of Peru": coastguard/name',
  ])
  assert.deepEqual(orgs('Chile declared an emergency.\n\nPolice said the roads were closed.'), [
    'org-cl-police organization CL ∈gov-cl "Police of Chile": Police/name',
  ])
  assert.deepEqual(orgs('The Swedish coastguard said two men were missing.'), [
    'org-se-coast-guard organization SE ∈gov-se "Coast guard of Sweden": Swedish coastguard/name',
  ])
})

test('with no state named before, the country the article names most', () => {
  assert.deepEqual(orgs('The interior ministry said the border with Chile was closed. Chile and Peru disagree; Chilean exports fell.'), [
    'org-cl-interior-ministry organization CL ∈gov-cl "Interior Ministry of Chile": interior ministry/name',
  ])
})

test('"the prime minister\'s office" is an office of the state of the story', () => {
  assert.deepEqual(orgs('The Peruvian government fell on Monday. The minister quit, the prime minister\'s office announced.'), [
    'org-pe-office-of-the-prime-minister organization PE ∈gov-pe "Office of the Prime Minister of Peru": the prime minister\'s office/name',
  ])
  assert.deepEqual(orgs('The Chilean president’s office denied it.'), [
    'org-cl-office-of-the-president organization CL ∈gov-cl "Office of the President of Chile": The Chilean president’s office/name',
  ])
})

test('an institution word with no state anywhere is no actor; "police officers" are people', () => {
  assert.deepEqual(orgs('The army said nothing.'), [])
  assert.deepEqual(orgs('Chile voted. Two police officers said it rained.'), [])
})
