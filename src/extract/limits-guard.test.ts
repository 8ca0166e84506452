import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_LIMITS, type Limits } from '../limits.js'
import { extractDocument } from './extract.js'
import { limitsBudget } from './limits-guard.js'
import { pipelineFor } from './extract.js'
import type { Budget } from './pipeline.js'
import { findStatements } from './attribution/index.js'
import { ENGLISH as ENGLISH_ATTRIBUTION } from './attribution/language.js'
import { ENGLISH } from './languages.js'
import { stageNamed } from './stages.js'
import { segmented } from '../../test/helpers/doc.js'

const STORY = '"The ships are back in port," the Freedonian navy said on Monday. "Nobody was hurt," a spokesman added.'
const limited = (l: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...l })
const extract = (text: string, l: Partial<Limits>) => () => extractDocument({ text, published: '2026-03-02', language: 'en', format: 'text' }, [], undefined, [], limited(l))

test('a document over maxDocumentBytes is refused before any stage reads it', () => {
  assert.throws(extract('Olá. '.repeat(30), { maxDocumentBytes: 100 }), {
    message: 'the document is 180 bytes: over the limit maxDocumentBytes = 100 (raise it with --max-document-bytes or CLAIMTRAIL_MAX_DOCUMENT_BYTES)',
  })
})

test('more statements than maxStatements stop the extraction', () => {
  assert.throws(extract(STORY, { maxStatements: 1 }), /^ClaimtrailError: the document holds more than 1 statements: over the limit maxStatements = 1 /)
  assert.equal(extract(STORY, { maxStatements: 2 })().statements.length, 2)
})

test('attribution stops at the first statement over maxStatements, before completing the others', () => {
  const text = Array.from({ length: 6 }, (_, i) => `"Ship ${i} left port," the navy said.`).join(' ')
  const doc = segmented(text, {}, [stageNamed('mentions', ENGLISH), stageNamed('time', ENGLISH)]) as Parameters<typeof findStatements>[0]
  let checks = 0
  const budget = { check: () => { checks++ }, statements: limitsBudget(limited({ maxStatements: 2 })).statements }
  assert.equal(findStatements(doc, ENGLISH_ATTRIBUTION).length, 6)
  assert.throws(() => findStatements(doc, ENGLISH_ATTRIBUTION, budget), /more than 2 statements/)
  assert.equal(checks, 3)
})

test('a statement longer than maxStatementChars stops the extraction', () => {
  assert.throws(extract(STORY, { maxStatementChars: 10 }), /a statement's content is \d+ characters: over the limit maxStatementChars = 10 /)
})

test('the time budget is checked on the clock it is given, naming where it ran out', () => {
  let clock = 0
  const budget = limitsBudget(limited({ extractionBudgetMs: 100 }), () => clock)
  clock = 100
  budget.check('stage "time"')
  clock = 101
  assert.throws(() => budget.check('stage "time"'), {
    message: 'extraction took 101 ms, in stage "time": over the limit extractionBudgetMs = 100 (raise it with --extraction-budget-ms or CLAIMTRAIL_EXTRACTION_BUDGET_MS)',
  })
})

test('the long stages check the budget inside their work, and a spent budget ends the run with its own line', () => {
  const run = (budget: Budget) => pipelineFor('en').run({ text: STORY, published: '2026-03-02', language: 'en', warnings: [] }, { budget })
  const where: string[] = []
  run({ check: (w) => { where.push(w) }, statements: () => {} })
  for (const stage of ['mentions', 'time', 'events', 'attribution']) assert.ok(where.includes(`stage "${stage}"`), stage)
  let clock = 0
  const spent = limitsBudget(limited({ extractionBudgetMs: 1 }), () => clock)
  clock = 2
  assert.throws(() => run({ ...spent, check: (w) => { if (w === 'stage "mentions"') spent.check(w) } }), {
    message: /^extraction took 2 ms, in stage "mentions": over the limit extractionBudgetMs = 1 /,
  })
})
