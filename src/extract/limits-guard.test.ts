import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_LIMITS, type Limits } from '../limits.js'
import { extractDocument } from './extract.js'
import { limitsGuard } from './limits-guard.js'
import { ENGLISH } from './languages.js'
import { stageNamed } from './stages.js'
import { docOf } from '../../test/helpers/doc.js'

const STORY = '"The ships are back in port," the Freedonian navy said on Monday. "Nobody was hurt," a spokesman added.'
const limited = (l: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...l })
const extract = (text: string, l: Partial<Limits>) => () => extractDocument({ text, published: '2026-03-02', language: 'en', format: 'text' }, [], undefined, [], limited(l))

test('a document over maxDocumentBytes is refused before any stage reads it', () => {
  assert.throws(extract('Olá. '.repeat(30), { maxDocumentBytes: 100 }), {
    message: 'the document is 180 bytes: over the limit maxDocumentBytes = 100 (raise it with --max-document-bytes or CLAIMTRAIL_MAX_DOCUMENT_BYTES)',
  })
})

test('more statements than maxStatements stop the extraction after attribution', () => {
  assert.throws(extract(STORY, { maxStatements: 1 }), /^ClaimtrailError: the document holds 2 statements: over the limit maxStatements = 1 /)
  assert.equal(extract(STORY, { maxStatements: 2 })().statements.length, 2)
})

test('a statement longer than maxStatementChars stops the extraction', () => {
  assert.throws(extract(STORY, { maxStatementChars: 10 }), /a statement's content is \d+ characters: over the limit maxStatementChars = 10 /)
})

test('the time budget is checked after each stage, on the clock it is given', () => {
  let clock = 0
  const guard = limitsGuard(limited({ extractionBudgetMs: 100 }), () => clock)
  const stage = stageNamed('time', ENGLISH)
  clock = 100
  guard(stage, docOf(STORY))
  clock = 101
  assert.throws(() => guard(stage, docOf(STORY)), {
    message: 'extraction took 101 ms by the end of stage "time": over the limit extractionBudgetMs = 100 (raise it with --extraction-budget-ms or CLAIMTRAIL_EXTRACTION_BUDGET_MS)',
  })
})
