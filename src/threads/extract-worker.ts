import type { Document, DocumentFormat, Warning } from '../model/document.js'
import type { Metadata } from '../ingest/draft.js'
import { readBytes, type IngestedDocument } from '../ingest/read.js'
import type { InputWarning } from '../ingest/errors.js'
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
  | { readonly kind: 'read'; readonly bytes: Uint8Array; readonly origin: string; readonly metadata: Metadata; readonly format?: DocumentFormat }

interface DocumentTask {
  readonly doc: Document
  readonly warnings: readonly Warning[]
  readonly known: readonly LearnedCountry[]
  readonly limits: Limits
}

/** A ReadResult across the thread boundary: its errors as the fields an InputError is rebuilt from. */
export interface ReadAnswer {
  readonly documents: IngestedDocument[]
  readonly errors: { readonly code: ErrorCode; readonly origin: string; readonly message: string; readonly line?: number }[]
  readonly warnings: InputWarning[]
}

export type ExtractAnswer =
  | { readonly places: Place[] }
  | { readonly rows: DocumentRows }
  | { readonly extraction: Extraction }
  | { readonly read: ReadAnswer }
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
    if (task.kind === 'read') return { read: readAnswer(task.bytes, task.origin, task.metadata, task.format) }
    if (task.kind === 'learn') return { places: isOverSize(task.text, task.limits) ? [] : learnPlaces(task.text) }
    const x = extractDocument(task.doc, task.warnings, undefined, task.known, task.limits)
    return task.kind === 'extraction' ? { extraction: x } : { rows: documentRows(task.docId, x, task.places) }
  } catch (e) {
    if (e instanceof ClaimtrailError) return { error: { code: e.code, message: e.message } }
    throw e
  }
}

function readAnswer(bytes: Uint8Array, origin: string, metadata: Metadata, format?: DocumentFormat): ReadAnswer {
  const { documents, errors, warnings } = readBytes(bytes, origin, metadata, format)
  const sent = errors.map((e) => ({ code: e.code, origin: e.origin, message: e.message, ...(e.line === undefined ? {} : { line: e.line }) }))
  return { documents, errors: sent, warnings }
}
