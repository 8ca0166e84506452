import { test } from 'node:test'
import assert from 'node:assert/strict'
import { afterDateline } from './dateline.js'

const rest = (text: string) => text.slice(afterDateline(text, 0))

test('skips a wire dateline with date and agency, or with a dash alone', () => {
  assert.equal(rest('PORT LIA, June 2 (Harbour Wire) - Freedonian forces shelled the port.'), 'Freedonian forces shelled the port.')
  assert.equal(rest('TIEL — The army of Morvane withdrew.'), 'The army of Morvane withdrew.')
})

test('a sentence without a dateline is left whole', () => {
  for (const text of ['Freedonian forces shelled the port - again.', 'NATO troops - and others - left.', 'The UN, in Geneva - said nothing.']) {
    assert.equal(rest(text), text)
  }
})
