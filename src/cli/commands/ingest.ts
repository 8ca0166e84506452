import { Command } from 'commander'
import { ClaimtrailError } from '../../errors.js'
import { configOf, withStore } from '../context.js'
import { printJson, say } from '../print.js'
import { metadataOptions, type MetadataFlags } from './metadata-options.js'
import { positiveInt } from '../options.js'

export const ingestCommand = metadataOptions(new Command('ingest'))
  .description('Read articles, extract what they say, and store both')
  .argument('<paths...>', 'files or folders (.txt .md .html .jsonl .xml/.rss/.atom), or - for standard input')
  .option('--json', 'print what happened to each document as JSON')
  .option('--workers <n>', 'threads that extract at once; one writer stores in order (default 1: see the README on when more pay off)', positiveInt)
  .addHelpText('after', `
Each document is stored with everything extracted from it in one transaction; the same text
ingested again changes nothing. Flags set the metadata of plain inputs (text, Markdown, HTML).
Extraction runs in --workers threads; the result is the same as with --workers 1.
On a terminal a bar shows documents, MB/s and the time left (not with --json).

Examples:
  claimtrail ingest story.txt --published 2026-01-08 --outlet "The Daily Ledger"
  claimtrail ingest feeds/ batch.jsonl
  cat story.md | claimtrail ingest - --published 2026-01-08`)
  .action(async (paths: string[], opts: MetadataFlags & { json?: boolean; workers?: number }, command: Command) => {
    const { readInputs } = await import('../../ingest/read.js')
    const { importAll } = await import('../../threads/import-parallel.js')
    const { ingestProgress } = await import('../progress.js')
    const { settleWrites } = await import('../settle.js')
    const { limits } = configOf(command)
    const { documents, errors: unread, warnings } = await readInputs(paths, { ...opts, maxInputBytes: limits.maxInputBytes })
    const errors: Error[] = [...unread]
    for (const e of unread) say(`claimtrail: ${e.message}`)
    // Files a folder held that are not read: named, so nothing is left out without a word.
    const skipped = warnings.filter((w) => w.code === 'skipped')
    for (const w of skipped) say(`warning: ${w.message}`)
    const results = await withStore(command, async (store, config) => {
      const out = []
      const progress = ingestProgress(documents.length, { quiet: !!opts.json })
      try {
        for await (const outcome of importAll(store, documents, { workers: opts.workers ?? 1, limits })) {
          const { document } = outcome.item
          if ('error' in outcome) {
            errors.push(outcome.error)
            progress.say(`claimtrail: ${document.origin ?? 'document'}: ${outcome.error.message}`)
          } else {
            const r = outcome.result
            out.push({ status: r.status, id: r.document.id, title: r.document.title, published: r.document.published, origin: document.origin, ...(r.differs?.length ? { differs: r.differs } : {}) })
            for (const w of r.status === 'added' ? r.document.warnings : []) progress.say(`warning: ${w.message}`)
            if (r.differs?.length) progress.say(`note: ${document.origin ?? r.document.id}: this text is already stored as ${r.document.id} with other metadata; to correct it: claimtrail edit ${r.document.id} ${r.differs.join(' ')}`)
          }
          progress.tick(Buffer.byteLength(document.text))
        }
      } finally {
        progress.stop()
      }
      if (out.some((r) => r.status === 'added')) await settleWrites(store, config)
      return out
    })
    if (opts.json) printJson({ documents: results, errors: errors.map((e) => e.message), skipped: skipped.map((w) => w.origin) })
    else {
      for (const r of results) process.stdout.write(`${r.status === 'added' ? 'added    ' : 'unchanged'} ${r.id}  ${r.published ?? 'undated   '}  ${r.title ?? r.origin ?? ''}\n`)
      const added = results.filter((r) => r.status === 'added').length
      process.stdout.write(`${added} added, ${results.length - added} already stored${errors.length ? `, ${errors.length} failed` : ''}\n`)
    }
    if (results.length === 0) throw new ClaimtrailError('bad_input', errors.length ? 'nothing was ingested' : 'no documents found in the given paths')
    if (errors.length) process.exitCode = 1
  })
