import { test } from 'node:test'
import assert from 'node:assert/strict'
import { afterDateline, datelinePlaces } from './dateline.js'

const rest = (text: string) => text.slice(afterDateline(text, 0))

test('skips a wire dateline with date and agency, or with a dash alone', () => {
  assert.equal(rest('PORT LIA, June 2 (Harbour Wire) - Freedonian forces shelled the port.'), 'Freedonian forces shelled the port.')
  assert.equal(rest('TIEL — The army of Morvane withdrew.'), 'The army of Morvane withdrew.')
})

test('an agency in parentheses and an old wire underscore end a dateline too', () => {
  assert.equal(rest('OSTREL (Harbour Wire) _ The army withdrew.'), 'The army withdrew.')
  assert.equal(rest('SAN MARTÍN, Valdoria (Harbour Wire)_ Police seized a truck.'), 'Police seized a truck.')
  assert.equal(rest('NUEVA LIA (Agencia Sur) -- Ten people died.'), 'Ten people died.')
})

test('a dateline names its places, most specific first, without its date', () => {
  assert.deepEqual(datelinePlaces('SAN MARTÍN, Valdoria (Harbour Wire)_ Police seized a truck.'), ['San Martín', 'Valdoria'])
  assert.deepEqual(datelinePlaces('PORT LIA, June 2 (Harbour Wire) - Shelling resumed.'), ['Port Lia'])
  assert.deepEqual(datelinePlaces('Freedonian forces shelled the port - again.'), [])
})

test('a sentence without a dateline is left whole', () => {
  for (const text of ['Freedonian forces shelled the port - again.', 'NATO troops - and others - left.', 'The UN, in Geneva - said nothing.']) {
    assert.equal(rest(text), text)
  }
})
