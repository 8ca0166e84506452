/** Error codes users can see; each maps to one clear line in the CLI and one status in the API. */
export type ErrorCode =
  | 'not_found'
  | 'bad_input'
  | 'unsupported'
  | 'empty'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'config'
  | 'stage_failed'
  /** A page or feed could not be fetched (network, status, size, type). */
  | 'fetch_failed'
  /** An input over one of the limits (src/limits.ts). */
  | 'too_large'

/** Thrown at boundaries: the message is one line a user can act on. */
export class ClaimtrailError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'ClaimtrailError'
  }
}

export function isClaimtrailError(e: unknown): e is ClaimtrailError {
  return e instanceof ClaimtrailError
}
