import type { AnnotatedDoc } from '../model/annotated-doc.js'
import { overLimit, type Limits } from '../limits.js'
import type { Budget, StageGuard } from './pipeline.js'

/** Refuses a text over maxDocumentBytes before any stage reads it. */
export function checkDocumentSize(text: string, limits: Limits): void {
  if (isOverSize(text, limits)) throw overLimit('maxDocumentBytes', `the document is ${Buffer.byteLength(text)} bytes`, limits.maxDocumentBytes)
}

/** A UTF-16 unit is at most 3 UTF-8 bytes: most texts are decided without encoding them. */
export const isOverSize = (text: string, limits: Limits): boolean =>
  text.length > limits.maxDocumentBytes / 3 && Buffer.byteLength(text) > limits.maxDocumentBytes

/**
 * The limits checked while a document is extracted, where the work happens: stages check the time inside
 * their long loops and attribution counts statements as it finds them (see pipeline.ts).
 */
export function limitsBudget(limits: Limits, now: () => number = Date.now): Budget {
  const started = now()
  return {
    check(where) {
      const spent = now() - started
      if (spent > limits.extractionBudgetMs) throw overLimit('extractionBudgetMs', `extraction took ${spent} ms, in ${where}`, limits.extractionBudgetMs)
    },
    statements(found) {
      if (found > limits.maxStatements) throw overLimit('maxStatements', `the document holds more than ${limits.maxStatements} statements`, limits.maxStatements)
    },
  }
}

/**
 * After each stage: the budget once more (a stage without long loops), and the statements once
 * attribution has found them, so claims and contradictions never compare more than the caps.
 */
export function limitsGuard(limits: Limits, budget: Budget): StageGuard {
  return (stage, doc) => {
    budget.check(`the end of stage "${stage.name}"`)
    if (stage.adds === 'statements') checkStatements(doc, limits, budget)
  }
}

function checkStatements(doc: AnnotatedDoc, limits: Limits, budget: Budget): void {
  const statements = doc.statements ?? []
  budget.statements(statements.length)
  const longest = statements.reduce((n, s) => Math.max(n, s.content.end - s.content.start), 0)
  if (longest > limits.maxStatementChars) throw overLimit('maxStatementChars', `a statement's content is ${longest} characters`, limits.maxStatementChars)
}
