import { z } from 'zod'
import { ClaimtrailError } from '../errors.js'
import { fieldMessage, QueryDate } from '../fields.js'
import type { ReviewKind } from './apply-reviews.js'

/**
 * What a correction may set, typed per kind: a count is a whole number, a status one of four words, an
 * actor reference an actor id. The CLI (`--set`), the API and the web form all pass through here, so a
 * tally never shows "abc" or -5 dead.
 */

const count = z.number({ error: 'expected a whole number, 0 or more' }).int('expected a whole number, 0 or more').min(0, 'expected a whole number, 0 or more')
const text = (max: number) => z.string({ error: 'expected text' }).trim().min(1, 'expected text').max(max, `expected at most ${max} characters`)
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `expected one of ${values.join(', ')}` })
/** `gov-fr`, `p-jane-doe`, `org-red-cross`: what the extraction names actors by. */
const actorId = z.string({ error: 'expected an actor id such as p-jane-doe' }).regex(/^[a-z]+-[\p{Ll}\p{N}-]+$/u, 'expected an actor id such as p-jane-doe').max(200)
const actorIds = z.array(actorId, { error: 'expected a list of actor ids' }).max(50)
/** ISO 3166-1 alpha-2, or a code the place memory gave a country the data lacks (X-…). */
export const countryCode = z.string({ error: 'expected a country code such as FR' }).regex(/^(?:[A-Z]{2}|X-[A-Z0-9]+(?:-[A-Z0-9]+)*)$/, 'expected a country code such as FR').max(60)
/** TimeML values: `2019-04`, `2026-01-03T10:00`, `P2D`, `PRESENT_REF`, `XXXX-XX-XX`. */
const timemlValue = z.string({ error: 'expected a TimeML value such as 2026-01-03' }).regex(/^[0-9A-Z:._-]{1,40}$/, 'expected a TimeML value such as 2026-01-03')
const timeRef = z.strictObject({ value: timemlValue.optional(), after: timemlValue.optional(), before: timemlValue.optional() }, { error: 'expected {value, after, before}' })

const PATCHES = {
  statement: z.strictObject({
    speakers: actorIds.min(1, 'expected at least one actor id'), polarity: oneOf(['asserts', 'denies']), mode: oneOf(['direct', 'indirect', 'mixed']),
    time: timeRef, hedged: z.boolean({ error: 'expected true or false' }),
    sourceType: oneOf(['government-official', 'spokesperson', 'state-media', 'independent-media', 'ngo', 'analyst', 'anonymous', 'group', 'person']),
    via: actorIds,
  }).partial(),
  casualty: z.strictObject({
    count: count.nullable(), vague: text(200), low: count, high: count, group: text(200), country: countryCode, role: text(200),
    status: oneOf(['killed', 'wounded', 'missing', 'captured']), reportedBy: actorId, reportedOn: timeRef, event: text(100),
  }).partial().refine((p) => p.low === undefined || p.high === undefined || p.low <= p.high, { error: 'expected low to be at most high', path: ['low'] }),
  event: z.strictObject({
    kind: z.string({ error: 'expected an event kind' }).regex(/^[a-z][a-z-]{0,59}$/, 'expected an event kind such as bombing'),
    summary: text(500), date: QueryDate, location: countryCode, actors: actorIds, targets: actorIds,
  }).partial(),
  actor: z.strictObject({
    name: text(200), type: oneOf(['person', 'government', 'organization', 'group']), country: countryCode, memberOf: actorId, role: text(200),
  }).partial(),
  timex: z.strictObject({ type: oneOf(['DATE', 'TIME', 'DURATION', 'SET']), value: timemlValue, mod: z.string().regex(/^[A-Z_]{1,20}$/, 'expected a TimeML mod such as APPROX') }).partial(),
} satisfies Record<ReviewKind, z.ZodType>

/** The patch, checked for its kind: the first bad field is a one-line error naming it and its value. */
export function checkPatchValues(kind: ReviewKind, patch: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const parsed = PATCHES[kind].safeParse(patch)
  if (parsed.success) return parsed.data as Record<string, unknown>
  const issue = parsed.error.issues[0]!
  const field = String(issue.path[0] ?? 'patch')
  throw new ClaimtrailError('bad_input', fieldMessage(field, issue.message, patch[field]))
}
