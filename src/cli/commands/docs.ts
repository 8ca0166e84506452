import { Command } from 'commander'
import { withStore } from '../context.js'
import { printJson, printTable } from '../print.js'
import { positiveInt, queryDate } from '../options.js'

export const docsCommand = new Command('docs')
  .description('List stored documents, newest publication first')
  .option('--outlet <name>', 'only documents from this outlet')
  .option('--from <date>', 'published on or after YYYY-MM-DD', queryDate)
  .option('--to <date>', 'published on or before YYYY-MM-DD', queryDate)
  .option('--limit <n>', 'at most this many', positiveInt, 100)
  .option('--json', 'print JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail docs\n  claimtrail docs --outlet "The Daily Ledger" --json')
  .action(async (opts, command: Command) => {
    const { listDocuments } = await import('../../ledger/documents.js')
    const docs = await withStore(command, (store) => listDocuments(store, opts))
    if (opts.json) return printJson(docs)
    if (docs.length === 0) return void process.stdout.write('No documents yet. Add some with: claimtrail ingest FILE\n')
    printTable(docs, [
      ['ID', (d) => d.id],
      ['PUBLISHED', (d) => d.published ?? 'unknown'],
      ['OUTLET', (d) => d.outlet],
      ['TITLE', (d) => d.title ?? d.origin],
    ])
  })
