import { Command } from 'commander'
import { queryDate } from '../options.js'
import { printListing, readLedger, withPaging } from './listing.js'

export const eventsCommand = withPaging(new Command('events'))
  .description('Events across all documents, each told under all its names, newest first')
  .option('--kind <kind>', 'only this kind (e.g. "military operation")')
  .option('--from <date>', 'on or after YYYY-MM-DD', queryDate)
  .option('--to <date>', 'on or before YYYY-MM-DD', queryDate)
  .addHelpText('after', '\nExamples:\n  claimtrail events\n  claimtrail events --kind "military operation" --from 2030-05-01 --json')
  .action(async (opts, command: Command) => {
    const { listEvents } = await import('../../ledger/analyses.js')
    const rows = await readLedger(command, (store) => listEvents(store, opts))
    printListing(rows, opts, 'No events yet.', [
      ['ID', (e) => e.id],
      ['DATE', (e) => e.date],
      ['KIND', (e) => e.kind],
      ['WHERE', (e) => e.location],
      ['SUMMARY', (e) => e.summary],
      ['DOCS', (e) => e.documentCount],
    ])
  })
