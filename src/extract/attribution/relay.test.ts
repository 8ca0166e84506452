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
