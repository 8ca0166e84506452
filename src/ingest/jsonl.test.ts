import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readJsonl } from './jsonl.js'

const line = (o: unknown) => JSON.stringify(o)

test('reads one document per line with its metadata', () => {
  const { drafts, errors } = readJsonl(`${line({ text: 'Freedonia voted.', published: '2025-01-02', url: 'u', outlet: 'o', title: 't', language: 'fr' })}\n`, 'b.jsonl')
  assert.deepEqual(errors, [])
  assert.deepEqual(drafts, [{ text: 'Freedonia voted.', format: 'jsonl', origin: 'b.jsonl:1', where: 'b.jsonl:1', line: 1, dateText: '2025-01-02', url: 'u', outlet: 'o', title: 't', language: 'fr' }])
})

test('a malformed line is an error naming its line; the other lines are still read', () => {
  const { drafts, errors } = readJsonl(`${line({ text: 'One.' })}\n{"text": "cut\n\n${line({ text: 'Three.' })}\n`, 'b.jsonl')
  assert.deepEqual(drafts.map((d) => d.origin), ['b.jsonl:1', 'b.jsonl:4'])
  assert.equal(errors.length, 1)
  assert.match(errors[0]!.message, /^b\.jsonl:2: not valid JSON \(/)
  assert.equal(errors[0]!.line, 2)
})

test('checks the fields of each record', () => {
  const { errors } = readJsonl([line([1]), line({ body: 'x' }), line({ text: 'x', published: '2025-02-30' }), line({ text: 'x', title: 3 })].join('\n'), 'b.jsonl')
  assert.deepEqual(errors.map((e) => e.message), [
    'b.jsonl:1: expected a JSON object with a "text" field',
    'b.jsonl:2: "text" must be a string',
    'b.jsonl:3: published: expected a real date YYYY-MM-DD between 1800 and 2199, got "2025-02-30"',
    'b.jsonl:4: "title" must be a string',
  ])
})
