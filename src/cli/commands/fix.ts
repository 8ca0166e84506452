import { Command, InvalidArgumentError } from 'commander'
import type { AuditEntry } from '../../ledger/audit.js'
import { withStore } from '../context.js'
import { isoDate, languageCode, webUrl } from '../options.js'
import { printJson } from '../print.js'
import { reviewerOf } from './review.js'

/** `none` clears a field; anything else goes through the field's own check. */
const orNone = (check: (value: string) => string) => (value: string): string | null => (value === 'none' ? null : check(value))
const text = (value: string): string => {
  const v = value.replace(/\s+/g, ' ').trim()
  if (!v) throw new InvalidArgumentError('expected some text (or none to clear it)')
  return v
}

function report(entry: AuditEntry, json: boolean | undefined, what: string): void {
  if (json) return printJson(entry)
  process.stdout.write(`#${entry.id} ${what} ${entry.docId} by ${entry.reviewer}\n`)
}

export const editCommand = new Command('edit')
  .description('Correct a document’s metadata and extract it again (audited)')
  .argument('<doc>', 'document id (or a unique prefix)')
  .option('--published <date>', 'publication date YYYY-MM-DD (relative dates resolve against it), or none', orNone(isoDate))
  .option('--outlet <name>', 'the outlet, or none', orNone(text))
  .option('--title <title>', 'the headline, or none', orNone(text))
  .option('--url <url>', 'an http(s) address, or none', orNone(webUrl))
  .option('--language <code>', 'en or es', languageCode)
  .option('--reviewer <name>', 'who edits (env CLAIMTRAIL_REVIEWER, default: your user name)')
  .option('--note <text>', 'why')
  .option('--json', 'print the audit entry as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail edit d3f2a9 --published 2026-01-08\n  claimtrail edit d3f2a9 --outlet "The Daily Ledger" --url none --note "wrong feed"')
  .action(async (ref: string, opts, command: Command) => {
    const { editDocument } = await import('../../ledger/fix-documents.js')
    const { updateLedger } = await import('../../ledger/analyses.js')
    const { published, outlet, title, url, language } = opts
    const changes = Object.fromEntries(Object.entries({ published, outlet, title, url, language }).filter(([, v]) => v !== undefined))
    report(await withStore(command, async (store) => {
      const entry = await editDocument(store, ref, changes, { reviewer: reviewerOf(opts), note: opts.note })
      await updateLedger(store)
      return entry
    }), opts.json, 'edited')
  })

export const deleteCommand = new Command('delete')
  .description('Remove a document and everything extracted from it (audited)')
  .argument('<doc>', 'document id (or a unique prefix)')
  .option('--reviewer <name>', 'who deletes (env CLAIMTRAIL_REVIEWER, default: your user name)')
  .option('--note <text>', 'why')
  .option('--json', 'print the audit entry as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail delete d3f2a9 --note "duplicate wire copy"')
  .action(async (ref: string, opts, command: Command) => {
    const { deleteDocument } = await import('../../ledger/fix-documents.js')
    const { updateLedger } = await import('../../ledger/analyses.js')
    report(await withStore(command, async (store) => {
      const entry = await deleteDocument(store, ref, { reviewer: reviewerOf(opts), note: opts.note })
      await updateLedger(store)
      return entry
    }), opts.json, 'deleted')
  })
