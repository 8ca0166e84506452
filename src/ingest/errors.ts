import { ClaimtrailError, type ErrorCode } from '../errors.js'
import type { Document, Warning } from '../model/document.js'

/**
 * A problem with one input (a file, a JSONL line, a feed item). It is a ClaimtrailError, so the CLI
 * prints its one-line message; `origin` and `line` let a caller group or sort the reports.
 */
export class InputError extends ClaimtrailError {
  constructor(
    code: ErrorCode,
    readonly origin: string,
    message: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(code, oneLine(message), options)
    this.name = 'InputError'
  }
}

/** A problem that did not stop an input; `doc` is the index of the document it concerns, when one was made. */
export interface InputWarning extends Warning {
  readonly origin: string
  readonly doc?: number
}

export interface ReadResult {
  readonly documents: Document[]
  readonly errors: InputError[]
  readonly warnings: InputWarning[]
}

/** Messages are shown on one terminal line: parser messages sometimes carry newlines or long excerpts. */
export function oneLine(message: string): string {
  const flat = message.replace(/\s*\n\s*/g, ' ').trim()
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat
}

/** The error as an InputError, so that one bad input never escapes as a stack trace. */
export function asInputError(e: unknown, origin: string): InputError {
  if (e instanceof InputError) return e
  if (e instanceof ClaimtrailError) {
    const named = e.message.startsWith(origin) ? e.message : `${origin}: ${e.message}`
    return new InputError(e.code, origin, named, undefined, { cause: e })
  }
  const reason = e instanceof Error ? e.message : String(e)
  return new InputError('bad_input', origin, `${origin}: could not be read (${reason})`, undefined, { cause: e })
}
