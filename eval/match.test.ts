import { test } from 'node:test'
import assert from 'node:assert/strict'
import { match } from './match.js'

const text = 'Ana Roe said the mayor assured her the bridge would reopen soon.'
const range = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length })
const span = (part: string) => ({ ...range(part), text: part })
const outer = 'the mayor assured her the bridge would reopen soon'
const inner = 'the bridge would reopen soon'
const pair = (gold: { id: string; at: string; required?: boolean }[], system: string[]) => {
  const pairs = match(gold, system, (g) => [range(g.at)], (s) => [span(s)])
  return gold.map((g) => `${g.id}→${pairs.has(g) ? system.indexOf(pairs.get(g)!) : '∅'}`)
}

test('pairs nested statements with their closest system statements whatever the list order', () => {
  const gold = [{ id: 'inner', at: inner }, { id: 'outer', at: outer }]
  assert.deepEqual(pair(gold, [outer, inner]), ['inner→1', 'outer→0'])
  assert.deepEqual(pair(gold, [inner, outer]), ['inner→0', 'outer→1'])
})

test('gives up a close pair when that finds one more gold item', () => {
  // "Ana Roe said" overlaps only the first system statement, which the other gold item overlaps best.
  const gold = [{ id: 'a', at: 'the mayor assured her' }, { id: 'b', at: 'Ana Roe said' }]
  assert.deepEqual(pair(gold, ['Roe said the mayor assured her', 'assured her the bridge']), ['a→1', 'b→0'])
})

test('a required gold item takes the pair of an optional one rather than going unfound', () => {
  const gold = [{ id: 'optional', at: outer, required: false }, { id: 'required', at: 'the mayor assured' }]
  assert.deepEqual(pair(gold, [outer]), ['optional→∅', 'required→0'])
})
