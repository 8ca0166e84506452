import type { Document, Warning } from '../model/document.js'
import type { Extraction } from '../model/extraction.js'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import { extractDocument } from '../extract/extract.js'
import { ClaimtrailError, type ErrorCode } from '../errors.js'
import type { Limits } from '../limits.js'

/** One document for the server's extraction thread (extract-thread.ts). */
export interface ExtractOneTask {
  readonly doc: Document
  readonly warnings: readonly Warning[]
  readonly known: readonly LearnedCountry[]
  readonly limits: Limits
}

export type ExtractOneAnswer =
  | { readonly extraction: Extraction }
  | { readonly error: { readonly code: ErrorCode; readonly message: string } }

/** Runs in the worker thread; a user-facing error travels back as its code and line (its class would not). */
export default function extractOne(task: ExtractOneTask): ExtractOneAnswer {
  try {
    return { extraction: extractDocument(task.doc, task.warnings, undefined, task.known, task.limits) }
  } catch (e) {
    if (e instanceof ClaimtrailError) return { error: { code: e.code, message: e.message } }
    throw e
  }
}
