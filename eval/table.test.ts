import { test } from 'node:test'
import assert from 'node:assert/strict'
import { emptyKind, type KindScore } from './score.js'
import { formatTable, sumScores } from './table.js'

const kind = (tally: Partial<KindScore['tally']>): KindScore => {
  const k = emptyKind()
  Object.assign(k.tally, tally)
  return k
}

test('sums and prints required items found with the right date only for kinds that count them', () => {
  const doc = () => ({ events: kind({ requiredGold: 2, requiredFound: 2, requiredDated: 1 }), actors: kind({ requiredGold: 1 }) })
  const total = sumScores([doc(), doc()])
  assert.equal(total.events!.tally.requiredDated, 2)
  assert.equal(total.actors!.tally.requiredDated, undefined)
  const [head, events, actors] = formatTable(total).split('\n').map((line) => line.split(/\s{2,}/))
  const col = head!.indexOf('dated')
  assert.equal(events![col], '2/4')
  assert.equal(actors![col], '-')
})
