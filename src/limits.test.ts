import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_LIMITS, limitsFrom, overLimit } from './limits.js'

test('flags win over the environment, the environment over the defaults', () => {
  const limits = limitsFrom({ maxStatements: '50' }, { CLAIMTRAIL_MAX_STATEMENTS: '70', CLAIMTRAIL_MAX_DOCUMENT_BYTES: '4096' })
  assert.equal(limits.maxStatements, 50)
  assert.equal(limits.maxDocumentBytes, 4096)
  assert.equal(limits.extractionBudgetMs, DEFAULT_LIMITS.extractionBudgetMs)
})

test('a limit that is no positive whole number stops start-up, naming the flag and the variable', () => {
  for (const bad of ['0', '-3', '1.5', 'lots']) {
    assert.throws(() => limitsFrom({ maxDocumentBytes: bad }, {}), {
      message: `--max-document-bytes (CLAIMTRAIL_MAX_DOCUMENT_BYTES): expected a positive whole number, got "${bad}"`,
    })
  }
})

test('a limit exceeded is one line naming the limit and how to raise it', () => {
  const e = overLimit('maxStatements', 'the document holds 12 statements', 10)
  assert.equal(e.code, 'too_large')
  assert.equal(e.message, 'the document holds 12 statements: over the limit maxStatements = 10 (raise it with --max-statements or CLAIMTRAIL_MAX_STATEMENTS)')
})
