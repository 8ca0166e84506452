import { ClaimtrailError } from './errors.js'

/**
 * How much one input may cost. Every reader and stage runs in time linear in its input; these caps bound
 * that input, so one hostile or broken document is refused with one line naming the limit and the rest
 * of a batch goes on. The defaults are the same for the CLI and the API.
 */
export interface Limits {
  /** Largest file or request body read, in bytes; a larger one is refused before it is read. */
  readonly maxInputBytes: number
  /** Largest document text extracted, in UTF-8 bytes (a long news article is about 100 kB). */
  readonly maxDocumentBytes: number
  /** Most attributed statements one document may hold (a long interview transcript has a few hundred). */
  readonly maxStatements: number
  /** Longest content of one statement, in characters (a long quoted passage is a few thousand). */
  readonly maxStatementChars: number
  /** Wall time one document's extraction may take, in milliseconds; checked inside the long stages' loops. */
  readonly extractionBudgetMs: number
}

export type LimitName = keyof Limits

export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxInputBytes: 20 * 1024 * 1024,
  maxDocumentBytes: 1024 * 1024,
  maxStatements: 2000,
  maxStatementChars: 20_000,
  // A backstop for hostile input, not a speed goal: the first document of a process also loads the
  // gazetteer (4 s for a short article on a busy 2-core machine), and a 1 MB article took 5 s there. The
  // server extracts in a worker thread, so this bounds the thread's time, never another request's wait.
  extractionBudgetMs: 30_000,
})

/** Each limit's flag and environment variable, so an error tells the user how to raise it. */
export const LIMIT_SETTINGS: Record<LimitName, { readonly flag: string; readonly env: string }> = {
  maxInputBytes: { flag: '--max-input-bytes', env: 'CLAIMTRAIL_MAX_INPUT_BYTES' },
  maxDocumentBytes: { flag: '--max-document-bytes', env: 'CLAIMTRAIL_MAX_DOCUMENT_BYTES' },
  maxStatements: { flag: '--max-statements', env: 'CLAIMTRAIL_MAX_STATEMENTS' },
  maxStatementChars: { flag: '--max-statement-chars', env: 'CLAIMTRAIL_MAX_STATEMENT_CHARS' },
  extractionBudgetMs: { flag: '--extraction-budget-ms', env: 'CLAIMTRAIL_EXTRACTION_BUDGET_MS' },
}

/** Flags win over the environment, the environment over the defaults; a value that is no positive whole number stops start-up. */
export function limitsFrom(flags: Partial<Record<LimitName, string | number>>, env: NodeJS.ProcessEnv): Limits {
  const entries = Object.entries(LIMIT_SETTINGS).map(([name, s]) => {
    const raw = flags[name as LimitName] ?? env[s.env]
    if (raw === undefined || raw === '') return [name, DEFAULT_LIMITS[name as LimitName]]
    const n = Number(raw)
    if (!Number.isSafeInteger(n) || n <= 0) throw new ClaimtrailError('config', `${s.flag} (${s.env}): expected a positive whole number, got "${raw}"`)
    return [name, n]
  })
  return Object.freeze(Object.fromEntries(entries) as unknown as Limits)
}

/** The one-line error of a limit exceeded: what was found, the limit, and the setting that raises it. */
export function overLimit(name: LimitName, found: string, limit: number): ClaimtrailError {
  const s = LIMIT_SETTINGS[name]
  return new ClaimtrailError('too_large', `${found}: over the limit ${name} = ${limit} (raise it with ${s.flag} or ${s.env})`)
}
