import type { Document, Warning } from '../model/document.js'
import type { Place } from '../model/annotations.js'
import type { Extraction } from '../model/extraction.js'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import { extractDocument } from '../extract/extract.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import { ClaimtrailError, type ErrorCode } from '../errors.js'
import type { Limits } from '../limits.js'
import { isOverSize } from '../extract/limits-guard.js'
import { documentRows, type DocumentRows } from '../ledger/document-rows.js'

/**
 * One task of an extraction thread. The pool of a batch import (import-parallel.ts) asks to learn a text's
 * places, or to extract it and build the rows it is stored as (`places`: what its learn task found),
 * under the id `docId`. A server's thread (extract-thread.ts) asks for one document's extraction.
 */
export type ExtractTask =
  | { readonly kind: 'learn'; readonly text: string; readonly limits: Limits }
  | ({ readonly kind: 'extract'; readonly docId: string; readonly places: readonly Place[] } & DocumentTask)
  | ({ readonly kind: 'extraction' } & DocumentTask)

interface DocumentTask {
  readonly doc: Document
  readonly warnings: readonly Warning[]
  readonly known: readonly LearnedCountry[]
  readonly limits: Limits
}

export type ExtractAnswer =
  | { readonly places: Place[] }
  | { readonly rows: DocumentRows }
  | { readonly extraction: Extraction }
  | { readonly error: { readonly code: ErrorCode; readonly message: string } }

/**
 * Runs in a worker thread (or in the calling one). A user-facing error travels back as its code and
 * line, since an Error's class does not survive the thread boundary; anything else is a bug and is
 * thrown as it is. The rows are strings, cheap to hand back, where an extraction is a large object graph:
 * a server asks for the extraction itself, one document at a time.
 */
export default function extractTask(task: ExtractTask): ExtractAnswer {
  try {
    // A text over the size limit teaches nothing: its extraction is refused, naming the limit.
    if (task.kind === 'learn') return { places: isOverSize(task.text, task.limits) ? [] : learnPlaces(task.text) }
    const x = extractDocument(task.doc, task.warnings, undefined, task.known, task.limits)
    return task.kind === 'extraction' ? { extraction: x } : { rows: documentRows(task.docId, x, task.places) }
  } catch (e) {
    if (e instanceof ClaimtrailError) return { error: { code: e.code, message: e.message } }
    throw e
  }
}
