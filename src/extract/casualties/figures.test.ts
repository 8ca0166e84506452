import { test } from 'node:test'
import assert from 'node:assert/strict'
import { figuresIn } from '../../../test/helpers/casualty-run.js'

const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonian'] }

test('takes the country of the group from an actor named in it', () => {
  assert.deepEqual(figuresIn('The army said 32 Freedonian soldiers had been killed.', { actors: [fd] }), [
    '"32 Freedonian soldiers had been killed" · 32 Freedonian soldiers (FD/military) killed · ev1',
  ])
})

test('reads a people as the group and "among those killed" as the status', () => {
  assert.deepEqual(figuresIn('Officials reported that many Sylvanians were among those killed.'), [
    '"many Sylvanians were among those killed" · many Sylvanians killed',
  ])
})

test('reads a figure after "a figure of" and a participle after the group', () => {
  assert.deepEqual(figuresIn('The ministry gave a figure of 24 Peruvian soldiers killed.'), [
    '"24 Peruvian soldiers killed" · 24 Peruvian soldiers (PE/military) killed',
  ])
})

test('reads coordinated heads as one group', () => {
  assert.deepEqual(figuresIn('Photos showed the 12 Freedonian officers and soldiers killed during the raid.', { actors: [fd] }), [
    '"12 Freedonian officers and soldiers killed" · 12 Freedonian officers and soldiers (FD/military) killed · ev1',
  ])
})

test('a "US officers" group is military and from the US', () => {
  assert.deepEqual(figuresIn('No US officers were wounded.'), ['"No US officers were wounded" · 0 US officers (US/military) wounded'])
})

test('reads an active verb with the figure as object', () => {
  assert.deepEqual(figuresIn('The shelling killed at least 30 civilians.'), [
    '"killed at least 30 civilians" · 30 [30..] civilians (civilian) killed · ev1',
  ])
})

test('"others" after a figure in the same sentence are more of its people: its country and role', () => {
  assert.deepEqual(figuresIn('Gunmen killed three Peruvian soldiers and seriously wounded five others.').map((l) => l.split(' · ')[1]), [
    '3 Peruvian soldiers (PE/military) killed',
    '5 others (PE/military) wounded',
  ])
  assert.deepEqual(figuresIn('The blast killed two Chilean police officers and injured nine other people.').map((l) => l.split(' · ')[1]), [
    '2 Chilean police officers (CL/police) killed',
    '9 other people (CL) wounded',
  ])
})

test('"others" in a later sentence, or after a figure without a country, take no country', () => {
  assert.deepEqual(figuresIn('Three Peruvian soldiers were killed. Later, a mine wounded five others.').map((l) => l.split(' · ')[1]), [
    '3 Peruvian soldiers (PE/military) killed',
    '5 others wounded',
  ])
})
