import { Command } from 'commander'
import { withStore } from '../context.js'
import { positiveInt } from '../options.js'
import { printJson, printTable } from '../print.js'

export const auditCommand = new Command('audit')
  .description('The audit log of review actions: who changed what, when, before and after')
  .option('--doc <doc>', 'only this document')
  .option('--limit <n>', 'at most this many', positiveInt, 50)
  .option('--json', 'print JSON (with before and after)')
  .addHelpText('after', '\nExamples:\n  claimtrail audit\n  claimtrail audit --doc d3f2a9 --json')
  .action(async (opts, command: Command) => {
    const { getDocument } = await import('../../ledger/documents.js')
    const { listAudit } = await import('../../ledger/audit.js')
    const entries = await withStore(command, async (store) =>
      listAudit(store, { ...(opts.doc ? { docId: (await getDocument(store, opts.doc)).id } : {}), limit: opts.limit }))
    if (opts.json) return printJson(entries)
    if (entries.length === 0) return void process.stdout.write('No review actions yet.\n')
    printTable(entries, [
      ['#', (e) => e.id], ['AT', (e) => e.at.slice(0, 19).replace('T', ' ')], ['REVIEWER', (e) => e.reviewer],
      ['ACTION', (e) => e.action], ['ITEM', (e) => `${e.kind} ${e.itemId}`], ['DOC', (e) => e.docId], ['NOTE', (e) => e.note],
    ])
  })
