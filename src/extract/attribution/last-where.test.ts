import { test } from 'node:test'
import assert from 'node:assert/strict'
import { lastWhere } from './last-where.js'

const even = (n: number) => n % 2 === 0

test('finds the latest item that passes, as the list grows', () => {
  const list: number[] = []
  assert.equal(lastWhere(list, even), undefined)
  list.push(2, 3)
  assert.equal(lastWhere(list, even), 2)
  list.push(5, 7)
  assert.equal(lastWhere(list, even), 2)
  list.push(8, 9)
  assert.equal(lastWhere(list, even), 8)
})

test('a list read as it grows is read once in all, even when nothing passes', () => {
  let reads = 0
  const never = (_: number) => { reads++; return false }
  const list: number[] = []
  for (let i = 0; i < 1000; i++) {
    list.push(i)
    assert.equal(lastWhere(list, never), undefined)
  }
  assert.equal(reads, 1000)
})

test('another list, or a shorter one, is read on its own', () => {
  assert.equal(lastWhere([4, 1], even), 4)
  const list = [1, 2, 3]
  assert.equal(lastWhere(list, even), 2)
  list.length = 1
  assert.equal(lastWhere(list, even), undefined)
})
