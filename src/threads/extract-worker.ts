import type { Document, Warning } from '../model/document.js'
import type { Extraction } from '../model/extraction.js'
import type { Place } from '../model/annotations.js'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import { extractDocument } from '../extract/extract.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import { ClaimtrailError, type ErrorCode } from '../errors.js'
import type { Limits } from '../limits.js'
import { isOverSize } from '../extract/limits-guard.js'

/** One task of the extraction pool (see src/ledger/import-parallel.ts): learn a text's places, or extract it. */
export type ExtractTask =
  | { readonly kind: 'learn'; readonly text: string; readonly limits: Limits }
  | { readonly kind: 'extract'; readonly doc: Document; readonly warnings: readonly Warning[]; readonly known: readonly LearnedCountry[]; readonly limits: Limits }

export type ExtractAnswer =
  | { readonly places: Place[] }
  | { readonly extraction: Extraction }
  | { readonly error: { readonly code: ErrorCode; readonly message: string } }

/**
 * Runs in a worker thread. A user-facing error travels back as its code and line, since an Error's
 * class does not survive the thread boundary; anything else is a bug and is thrown as it is.
 */
export default function extractTask(task: ExtractTask): ExtractAnswer {
  try {
    // A text over the size limit teaches nothing: its extraction is refused, naming the limit.
    if (task.kind === 'learn') return { places: isOverSize(task.text, task.limits) ? [] : learnPlaces(task.text) }
    return { extraction: extractDocument(task.doc, task.warnings, undefined, task.known, task.limits) }
  } catch (e) {
    if (e instanceof ClaimtrailError) return { error: { code: e.code, message: e.message } }
    throw e
  }
}
