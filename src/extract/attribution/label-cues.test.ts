import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('a transcript speaker label in capitals speaks the rest of its line', () => {
  assert.deepEqual(rendered('MODERATOR: Will the troops stay in the valley?\nRUIZ: No, they will all be home before the winter.\n'), [
    'MODERATOR —:→ «Will the troops stay in the valley» · asserts · direct',
    'RUIZ —:→ «No, they will all be home before the winter» · denies · direct',
  ])
})

test('a label inside a quoted transcript line ends with the quotation', () => {
  assert.deepEqual(rendered('“OKORO: We sent doctors across that river, not soldiers.”\nThe transcript ends there.').slice(0, 1), [
    'OKORO —:→ «We sent doctors across that river, not soldiers» · asserts · direct',
  ])
})

test('a headline name label counts when the name recurs capitalised in the text', () => {
  assert.deepEqual(rendered('Okoro: the border crossings will reopen in June\n\nThe minister, Lina Okoro, made the promise on a visit to Tarn.')[0],
    'Okoro —:→ «the border crossings will reopen in June» · asserts · direct')
  assert.deepEqual(rendered('Lina Okoro: the border crossings will reopen in June\n\nShe spoke in Tarn.')[0],
    'Lina Okoro —:→ «the border crossings will reopen in June» · asserts · direct')
})

test('a dash and a name after a quotation credit it', () => {
  assert.deepEqual(rendered('“The border is calm and the roads are open.” — Ana Ruiz\n\nThe mayor agreed.'), [
    'Ana Ruiz ——→ «“The border is calm and the roads are open.”» · asserts · direct',
  ])
  assert.deepEqual(rendered('“The roads are open again.” ― Ana Ruiz, mayor of Tarn “We are ready.” ― Lev Orlov'), [
    'Ana Ruiz, mayor of Tarn —―→ «“The roads are open again.”» · asserts · direct',
    'Lev Orlov —―→ «“We are ready.”» · asserts · direct',
  ])
})

test('editorial labels, common nouns, clock times and short tails are no speakers', () => {
  assert.deepEqual(rendered('UPDATE: The ministry has since withdrawn the statement about the border.'), [])
  assert.deepEqual(rendered("Editor's note: This story was corrected to fix the name of the town."), [])
  assert.deepEqual(rendered('Casualties: twelve killed and thirty wounded in the shelling of the market.'), [])
  assert.deepEqual(rendered('The road was closed at 10:30 on Monday, and the bridge: it fell.'), [])
  assert.deepEqual(rendered('RUIZ: Yes.\nThe hearing ended.'), [])
  assert.deepEqual(rendered('“The roads are open again.” — and then the lights went out in the hall.'), [])
})
