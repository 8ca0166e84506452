import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ticks } from './ticks.js'

const DAY = 86_400_000
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const labels = (from: string, to: string, pxPerDay: number) => ticks(at(from), at(to), pxPerDay / DAY).map((t) => t.label)

test('zoomed in, every day is labelled from the first midnight on', () => {
  assert.deepEqual(labels('2031-03-01', '2031-03-04', 200), ['1 Mar 2031', '2 Mar 2031', '3 Mar 2031', '4 Mar 2031'])
})

test('weekly ticks fall on Mondays', () => {
  const days = ticks(at('2031-03-01'), at('2031-03-31'), 20 / DAY).map((t) => new Date(t.at).getUTCDay())
  assert.ok(days.length >= 4)
  assert.ok(days.every((d) => d === 1), `weekdays ${days}`)
})

test('further out, months and then years, each on the first of its period', () => {
  assert.deepEqual(labels('2031-01-15', '2031-05-01', 4), ['Feb 2031', 'Mar 2031', 'Apr 2031', 'May 2031'])
  assert.deepEqual(labels('2029-06-01', '2032-02-01', 0.3), ['2030', '2031', '2032'])
})

test('ticks never come closer than the gap asked for', () => {
  for (const pxPerDay of [0.01, 0.2, 1, 3, 15, 90, 400]) {
    const ts = ticks(at('2000-01-01'), at('2040-01-01'), pxPerDay / DAY, 80)
    for (let i = 1; i < ts.length; i++) assert.ok((ts[i]!.at - ts[i - 1]!.at) * (pxPerDay / DAY) >= 80 * 0.9, `${pxPerDay} px/day`)
  }
})

test('a very long axis stops at a bounded number of ticks', () => {
  assert.ok(ticks(at('1000-01-01'), at('3000-01-01'), 1000 / DAY).length <= 2_000)
})
