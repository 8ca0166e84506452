import { toIsoDate } from './dates.js'
import type { Draft } from './draft.js'
import { InputError } from './errors.js'
import { DATE_PROBLEM, fieldMessage } from '../fields.js'

/** What a batch reader returns: one bad record is an error of its own and never stops the others. */
export interface Batch {
  readonly drafts: Draft[]
  readonly errors: InputError[]
}

const STRING_FIELDS = ['url', 'outlet', 'title', 'language'] as const

/** JSON Lines: one object a line with `text` and optional `published`, `url`, `outlet`, `title`, `language`. */
export function readJsonl(source: string, origin: string): Batch {
  const batch: Batch = { drafts: [], errors: [] }
  const lines = source.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const where = `${origin}:${i + 1}`
    try {
      batch.drafts.push(recordOf(line, origin, where, i + 1))
    } catch (e) {
      if (!(e instanceof InputError)) throw e
      batch.errors.push(e)
    }
  }
  return batch
}

function recordOf(line: string, origin: string, where: string, n: number): Draft {
  const fail = (why: string) => new InputError('bad_input', origin, `${where}: ${why}`, n)
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (e) {
    throw fail(`not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw fail('expected a JSON object with a "text" field')
  const record = value as Record<string, unknown>
  if (typeof record['text'] !== 'string') throw fail('"text" must be a string')
  const published = record['published']
  if (published !== undefined && published !== null && (typeof published !== 'string' || toIsoDate(published) === null)) {
    throw fail(fieldMessage('published', DATE_PROBLEM, published))
  }
  const meta: { [K in (typeof STRING_FIELDS)[number]]?: string } = {}
  for (const key of STRING_FIELDS) {
    const v = record[key]
    if (v === undefined || v === null) continue
    if (typeof v !== 'string') throw fail(`"${key}" must be a string`)
    meta[key] = v
  }
  const dateText = typeof published === 'string' ? { dateText: published } : {}
  return { text: record['text'], format: 'jsonl', origin: where, where, line: n, ...dateText, ...meta }
}
