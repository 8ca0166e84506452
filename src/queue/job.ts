import { z } from 'zod'
import { ClaimtrailError } from '../errors.js'
import { LanguageCode, PublishedDate } from '../fields.js'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import type { Document, Warning } from '../model/document.js'

/** What one job carries: the document as read, so a worker on any machine needs no access to the files. */
export interface DocumentJob {
  readonly document: Document
  readonly warnings: readonly Warning[]
  /** Countries the store and the batch's earlier documents taught when it was queued (see jobs.ts). */
  readonly known?: readonly LearnedCountry[]
}

const Text = z.string().max(200_000_000)
const JobData = z.object({
  document: z.object({
    text: z.string().min(1, 'the text is empty').max(200_000_000),
    published: PublishedDate.nullable(),
    language: LanguageCode,
    format: z.enum(['text', 'markdown', 'html', 'jsonl', 'feed']),
    outlet: Text.optional(), title: Text.optional(), url: Text.optional(), origin: Text.optional(),
  }),
  warnings: z.array(z.object({
    code: z.string(), message: z.string(), start: z.number().optional(), end: z.number().optional(), rule: z.string().optional(),
  })),
  known: z.array(z.object({
    code: z.string(), name: z.string(), capitals: z.array(z.string()),
    official: z.string().optional(), demonym: z.string().optional(), people: z.string().optional(),
  })).optional(),
})

/**
 * The job's document, checked: jobs come from the database, where any client (another version of
 * claimtrail, a script) may have put them, so a worker trusts none of it.
 */
export function documentJobOf(data: unknown): DocumentJob {
  const r = JobData.safeParse(data)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  const origin = (data as { document?: { origin?: unknown } } | null)?.document?.origin
  const where = typeof origin === 'string' ? `${origin}: ` : ''
  throw new ClaimtrailError('bad_input', `${where}${issue?.path.join('.') ?? 'job'}: ${issue?.message ?? 'not a document job'}`)
}
