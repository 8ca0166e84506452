import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf } from '../testing.js'

test('reads frequencies as SETs', () => {
  assert.deepEqual(timexesOf('Inspectors visit every week and report daily.'), [`'every week' SET P1W`, `'daily' SET P1D`])
  assert.deepEqual(timexesOf('The council meets twice a year.'), [`'twice a year' SET P1Y`])
  assert.deepEqual(timexesOf('The market opens every Monday.'), [`'every Monday' SET XXXX-WXX-1`])
  assert.deepEqual(timexesOf('Convoys leave every two months.'), [`'every two months' SET P2M`])
})
