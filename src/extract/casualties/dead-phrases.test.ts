import { test } from 'node:test'
import assert from 'node:assert/strict'
import { figuresIn } from '../../../test/helpers/casualty-run.js'

test('"N deaths" and "N bodies were …" count the dead', () => {
  assert.deepEqual(figuresIn('Hospitals recorded 12 deaths.'), ['"12 deaths" · 12 people killed'])
  assert.deepEqual(figuresIn('Divers said 7 bodies were recovered.'), ['"7 bodies were recovered" · 7 people killed'])
  assert.deepEqual(figuresIn('Tags were found on 7 bodies near the road.'), [])
})

test('a status adjective before the group: "dozens of dead villagers"', () => {
  assert.deepEqual(figuresIn('Witnesses saw dozens of dead villagers.'), ['"dozens of dead villagers" · dozens villagers (civilian) killed'])
  assert.deepEqual(figuresIn('Three wounded police officers were flown out.'), ['"Three wounded police officers" · 3 police officers (police) wounded'])
})

test('"seven of the dead were X" and "among the wounded were N X"', () => {
  assert.deepEqual(figuresIn('Seven of the dead were Sylvanian nurses.'), ['"Seven of the dead were Sylvanian nurses" · 7 Sylvanian nurses (medical) killed'])
  assert.deepEqual(figuresIn('Among the wounded were two children.'), ['"Among the wounded were two children" · 2 children (civilian) wounded'])
})

test('an elided group is the one counted before it', () => {
  assert.deepEqual(figuresIn('Nine Sylvanian guards were killed and 30 wounded.'), [
    '"Nine Sylvanian guards were killed" · 9 Sylvanian guards (military) killed · ev1',
    '"30 wounded" · 30 Sylvanian guards (military) wounded · ev1',
  ])
  assert.deepEqual(figuresIn('“No porters died,” he said, adding that five had been hurt.'), [
    '"No porters died" · 0 porters killed',
    '"five had been hurt" · 5 porters wounded',
  ])
})

test('an aside between the group and its verb is skipped, with the status inside it', () => {
  assert.deepEqual(figuresIn('Two of the nurses, earlier reported missing, died in hospital.'), [
    '"Two of the nurses, earlier reported missing, died" · 2 nurses (medical) killed',
  ])
})

test('a group of "our" people belongs to the speaker; a later mention of the same people keeps their country', () => {
  const actors = [{ id: 'p-ana-ruiz', type: 'person' as const, country: 'FD', forms: ['Ana Ruiz'] }]
  assert.deepEqual(figuresIn('“None of our medics has been captured,” Ana Ruiz said.', { actors, statements: [['None of our medics has been captured', 'p-ana-ruiz']] }), [
    '"None of our medics has been captured" · 0 medics (FD/medical) captured · by p-ana-ruiz',
  ])
  const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonian'] }
  assert.deepEqual(figuresIn('Four Freedonian medics were killed. Two more medics were wounded.', { actors: [fd] }), [
    '"Four Freedonian medics were killed" · 4 Freedonian medics (FD/medical) killed · ev1',
    '"Two more medics were wounded" · 2 more medics (FD/medical) wounded · ev1',
  ])
})
