import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorIn, rendered } from './testing.js'

const cast = (text: string) => [
  actorIn(text, 'p-ana-ruiz', 'person', ['Ana Ruiz', 'Ruiz']),
  actorIn(text, 'org-radio', 'organization', ['State Radio']),
]

test('"X quoted Y as saying" gives Y as speaker and X as the relay', () => {
  assert.deepEqual(rendered('State Radio quoted Ana Ruiz as saying the border would stay shut.', { actors: cast }), [
    'Ana Ruiz —as saying→ «the border would stay shut» · asserts · by p-ana-ruiz · via org-radio',
  ])
})

test('"according to Y, quoted by X" and "X said, citing Y" give Y through X', () => {
  assert.deepEqual(rendered('The plan failed, according to Ana Ruiz, quoted by State Radio.', { actors: cast }), [
    'Ana Ruiz, quoted by State Radio —according to→ «The plan failed» · asserts · by p-ana-ruiz · via org-radio',
  ])
  assert.deepEqual(rendered('The border would reopen, State Radio said, citing Ana Ruiz.', { actors: cast }), [
    'Ana Ruiz —said→ «The border would reopen» · asserts · by p-ana-ruiz · via org-radio',
  ])
})

test('a short name before the final stop is the speaker, not an abbreviation', () => {
  assert.deepEqual(rendered('The border would reopen, said Ruiz.', { actors: cast }), [
    'Ruiz —said→ «The border would reopen» · asserts · by p-ana-ruiz',
  ])
})

test('a relay citing words that name no actor speaks itself, quoted or not', () => {
  const withPaper = (text: string) => [...cast(text), actorIn(text, 'org-vardo', 'organization', ['Vardo newspaper'], { role: 'newspaper' })]
  assert.deepEqual(rendered('The Vardo newspaper said the port was shut. The newspaper, quoting ``senior sources,\'\' said the talks had failed.', { actors: withPaper }), [
    'The Vardo newspaper —said→ «the port was shut» · asserts · by org-vardo',
    'The newspaper, quoting ``senior sources,\'\' —said→ «the talks had failed» · asserts · by org-vardo',
  ])
  assert.deepEqual(rendered('State Radio, citing unnamed sources, said the talks had failed.', { actors: cast }), [
    'State Radio, citing unnamed sources —said→ «the talks had failed» · asserts · by org-radio',
  ])
})

test('a relay citing a description gives the actor it refers back to, through the relay', () => {
  assert.deepEqual(rendered('Ana Ruiz spoke first. State Radio, citing the minister, said the talks had failed.', { actors: cast }).at(-1),
    'State Radio, citing the minister —said→ «the talks had failed» · asserts · by p-ana-ruiz · via org-radio')
})
