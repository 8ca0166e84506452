import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind } from './testing.js'

const person = (text: string) => actorsOfKind(text, 'p-')[0] ?? ''

test('an official with no country serves the state that is the subject of the sentence before', () => {
  assert.match(person('The Kenyan government rejected the report. Interior Minister Ana Ruiz said it was false.'), /^p-ana-ruiz person KE ∈gov-ke /)
  assert.match(person('Norway’s government admitted the loss on Monday. Defence Minister Jon Berg said two ships sank.'), /^p-jon-berg person NO ∈gov-no /)
})

test('a state subject after a short opening adverbial counts: "On Friday, the Kenyan government ..."', () => {
  assert.match(person('On Friday, the Kenyan government denied it. Foreign Minister Ana Ruiz called the claim absurd.'), /^p-ana-ruiz person KE ∈gov-ke /)
})

test('the subject of the official\'s own sentence, before the name, counts', () => {
  assert.match(person('Kenya’s chief envoy, Deputy Foreign Minister Ana Ruiz, said talks would go on.'), /^p-ana-ruiz person KE ∈gov-ke /)
})

test('a sentence opening on a state\'s capital places the official there: "In Nairobi, ..."', () => {
  assert.match(person('Talks stalled. In Nairobi, Foreign Minister Ana Ruiz said the offer stood.'), /^p-ana-ruiz person KE ∈gov-ke /)
})

test('a role phrase with a country set before a title gives the titled official that country', () => {
  assert.match(person('"We lost no one," a Kenyan defence ministry spokesman, Colonel Ana Ruiz, told reporters.'), /^p-ana-ruiz person KE ∈gov-ke /)
})

test('a bare ministry in a sentence opening on a capital is that capital\'s state, not the state last named', () => {
  const orgs = actorsOfKind('The Ugandan government sent troops to the border. In Nairobi, the foreign ministry condemned the move.', 'org-')
  assert.match(orgs[0] ?? '', /^org-ke-foreign-ministry organization KE ∈gov-ke /)
})

test('a head of state set in a capital by their sentence is not the document’s own country', () => {
  const text = 'Kenyan troops crossed into Somalia on Monday, the Kenyan army said. Kenyan officials said 12 soldiers were wounded.\n\nIn Washington, President Tom Hale said his country would send no troops.'
  assert.match(person(text), /^p-tom-hale person US ∈gov-us /)
})
