import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timeOf } from '../testing.js'

test('a Spanish document gets ids in text order, exact spans and the rule and resolution of each timex', () => {
  const text = 'El pasado sábado, tres años después del acuerdo de 2023, el ejército de Sylvania se retiró.'
  const { timexes } = timeOf(text, '2026-01-08', 'es')
  assert.deepEqual(timexes.map((t) => [t.id, t.span.text, t.value, t.rule, t.resolved]), [
    ['t1', 'El pasado sábado', '2026-01-03', 'weekday', 'publication'],
    ['t2', 'tres años', 'P3Y', 'duration', 'absolute'],
    ['t3', '2023', '2023', 'year', 'absolute'],
  ])
  for (const t of timexes) assert.equal(text.slice(t.span.start, t.span.end), t.span.text)
})

test('without a publication date, Spanish relative expressions stay unresolved and warn', () => {
  const { timexes, warnings } = timeOf('El domingo habló el ministerio; el pacto de 2019 sigue vigente.', null, 'es')
  assert.deepEqual(timexes.map((t) => `${t.span.text} ${t.value}`), ['El domingo XXXX-WXX-7', '2019 2019'])
  assert.deepEqual(warnings.map((w) => `${w.code} ${w.start}-${w.end} ${w.rule}`), ['unresolved_date 0-10 weekday'])
})
