import { readFile, stat } from 'node:fs/promises'
import { DEFAULT_LIMITS, overLimit } from '../limits.js'
import type { Document, DocumentFormat } from '../model/document.js'
import { decodeBytes } from './decode.js'
import { finishDraft, type Draft, type Metadata } from './draft.js'
import { asInputError, InputError, type InputWarning } from './errors.js'
import { checkField, LanguageCode, PublishedDate, WebUrl } from '../fields.js'
import { readFeed } from './feed.js'
import { readHtml } from './html.js'
import { readJsonl, type Batch } from './jsonl.js'
import { readMarkdown } from './markdown.js'
import { formatByName, sniffFormat } from './sniff.js'
import { readText } from './text.js'
import { findFiles } from './walk.js'

export interface ReadOptions extends Metadata {
  /** What `-` reads; process.stdin by default. */
  readonly stdin?: AsyncIterable<Uint8Array | string>
  /** A file (or standard input) larger than this is refused without being read past it. */
  readonly maxInputBytes?: number
}

export interface IngestedDocument {
  readonly document: Document
  /** Warnings about this document (no date, invalid UTF-8), to be kept with it. */
  readonly warnings: InputWarning[]
}

export interface ReadResult {
  readonly documents: IngestedDocument[]
  /** One per input that produced nothing: a file, a JSONL line, a feed item. The rest still count. */
  readonly errors: InputError[]
  /** Every warning of the run, for the user: the documents' own and those about skipped files. */
  readonly warnings: InputWarning[]
}

const PLAIN: Partial<Record<DocumentFormat, (text: string, origin: string) => Draft>> = { text: readText, markdown: readMarkdown, html: readHtml }
const BATCH: Partial<Record<DocumentFormat, (text: string, origin: string) => Batch>> = { jsonl: readJsonl, feed: readFeed }

/**
 * Files, folders and `-` → documents. Metadata options describe plain inputs (text, Markdown, HTML) and
 * override what the file says: a user who types --published means it. Batch inputs (JSONL, feeds) carry
 * their own metadata per record; there --outlet and --language only fill in what a record lacks.
 */
export async function readInputs(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  checkOptions(options)
  const found = await findFiles(paths)
  const result: ReadResult = { documents: [], errors: [...found.errors], warnings: [...found.warnings] }
  const maxBytes = options.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes
  for (const path of found.files) {
    try {
      const bytes = path === '-' ? await readStream(options.stdin ?? process.stdin, maxBytes) : await readSmallFile(path, maxBytes)
      merge(result, readBytes(bytes, path, options))
    } catch (e) {
      result.errors.push(asInputError(e, path))
    }
  }
  return result
}

/** One input's bytes → documents; `origin` names it in messages and picks the format by extension. */
/** Reads one input's bytes: here (readHere), or in a server's extraction thread (src/threads/extract-thread.ts). */
export type Reader = (bytes: Uint8Array, origin: string, metadata: Metadata, format?: DocumentFormat) => Promise<ReadResult>

export const readHere: Reader = async (bytes, origin, metadata, format) => readBytes(bytes, origin, metadata, format)

export function readBytes(bytes: Uint8Array, origin: string, options: ReadOptions = {}, format?: DocumentFormat): ReadResult {
  const result: ReadResult = { documents: [], errors: [], warnings: [] }
  try {
    const { text, replaced } = decodeBytes(bytes, origin)
    const fileWarnings: InputWarning[] = replaced === 0 ? [] : [{
      code: 'invalid_utf8', origin, rule: 'ingest.decode',
      message: `${origin}: not valid UTF-8; ${replaced} byte${replaced === 1 ? '' : 's'} replaced with U+FFFD`,
    }]
    result.warnings.push(...fileWarnings)
    const kind = format ?? formatByName(origin) ?? sniffFormat(text)
    const { drafts, errors } = draftsOf(kind, text, origin)
    result.errors.push(...errors)
    for (const draft of drafts) {
      try {
        const { document, warnings } = PLAIN[kind] ? finishDraft(draft, options) : finishDraft(fillIn(draft, options))
        result.documents.push({ document, warnings: [...fileWarnings, ...warnings] })
        result.warnings.push(...warnings)
      } catch (e) {
        result.errors.push(asInputError(e, origin))
      }
    }
    if (drafts.length === 0 && errors.length === 0) result.errors.push(new InputError('empty', origin, `${origin}: no documents in the file`))
  } catch (e) {
    result.errors.push(asInputError(e, origin))
  }
  return result
}

function draftsOf(kind: DocumentFormat, text: string, origin: string): Batch {
  const plain = PLAIN[kind]
  if (plain) return { drafts: [plain(text, origin)], errors: [] }
  return BATCH[kind]!(text, origin)
}

function fillIn(draft: Draft, options: ReadOptions): Draft {
  return { ...draft, outlet: draft.outlet ?? options.outlet, language: draft.language ?? options.language }
}

/** Options are checked once, before any file is read, so a typo stops the run with one clear line. */
export function checkOptions(options: ReadOptions): void {
  if (options.published !== undefined) checkField('--published', PublishedDate, options.published)
  if (options.language !== undefined) checkField('--language', LanguageCode, options.language)
  if (options.url !== undefined) checkField('--url', WebUrl, options.url)
}

function merge(into: ReadResult, from: ReadResult): void {
  into.documents.push(...from.documents)
  into.errors.push(...from.errors)
  into.warnings.push(...from.warnings)
}

async function readSmallFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const { size } = await stat(path)
  if (size > maxBytes) throw overLimit('maxInputBytes', `${size} bytes`, maxBytes)
  return readFile(path)
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk))
    size += chunks[chunks.length - 1]!.length
    // Stop at the limit: what comes after it is never read.
    if (size > maxBytes) throw overLimit('maxInputBytes', `more than ${maxBytes} bytes`, maxBytes)
  }
  return Buffer.concat(chunks)
}
