import type { AnnotatedDoc } from '../model/annotated-doc.js'
import { overLimit, type Limits } from '../limits.js'
import type { StageGuard } from './pipeline.js'

/** Refuses a text over maxDocumentBytes before any stage reads it. */
export function checkDocumentSize(text: string, limits: Limits): void {
  if (isOverSize(text, limits)) throw overLimit('maxDocumentBytes', `the document is ${Buffer.byteLength(text)} bytes`, limits.maxDocumentBytes)
}

/** A UTF-16 unit is at most 3 UTF-8 bytes: most texts are decided without encoding them. */
export const isOverSize = (text: string, limits: Limits): boolean =>
  text.length > limits.maxDocumentBytes / 3 && Buffer.byteLength(text) > limits.maxDocumentBytes

/**
 * The limits checked while a document is extracted: the time spent after each stage, and the statements
 * once attribution has found them, so claims and contradictions never compare more than the cap.
 */
export function limitsGuard(limits: Limits, now: () => number = Date.now): StageGuard {
  const started = now()
  return (stage, doc) => {
    const spent = now() - started
    if (spent > limits.extractionBudgetMs) throw overLimit('extractionBudgetMs', `extraction took ${spent} ms by the end of stage "${stage.name}"`, limits.extractionBudgetMs)
    if (stage.adds === 'statements') checkStatements(doc, limits)
  }
}

function checkStatements(doc: AnnotatedDoc, limits: Limits): void {
  const statements = doc.statements ?? []
  if (statements.length > limits.maxStatements) throw overLimit('maxStatements', `the document holds ${statements.length} statements`, limits.maxStatements)
  const longest = statements.reduce((n, s) => Math.max(n, s.content.end - s.content.start), 0)
  if (longest > limits.maxStatementChars) throw overLimit('maxStatementChars', `a statement's content is ${longest} characters`, limits.maxStatementChars)
}
