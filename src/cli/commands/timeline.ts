import { Command } from 'commander'
import { showTime } from '../../claims/time-span.js'
import { queryDate } from '../options.js'
import { printListing, readLedger, withPaging } from './listing.js'

export const timelineCommand = withPaging(new Command('timeline'))
  .description('Who said what, when: ordered by the time of the statement, uncertain dates shown as intervals')
  .option('--actor <id>', 'only this actor (a government includes what its officials said)')
  .option('--event <id>', 'only what concerns this event')
  .option('--from <date>', 'on or after YYYY-MM-DD', queryDate)
  .option('--to <date>', 'on or before YYYY-MM-DD', queryDate)
  .addHelpText('after', '\nExamples:\n  claimtrail timeline\n  claimtrail timeline --actor gov-pe --from 2030-01-01 --json')
  .action(async (opts, command: Command) => {
    const { listTimeline } = await import('../../ledger/analyses.js')
    const rows = await readLedger(command, (store) => listTimeline(store, opts))
    printListing(rows, opts, 'Nothing on the timeline yet.', [
      ['WHEN', (e) => showTime(e.time)],
      ['KIND', (e) => e.kind],
      ['WHO', (e) => e.actors.join(', ')],
      ['WHAT', (e) => e.text],
      ['SOURCE', (e) => e.evidence.outlet ?? e.evidence.docId],
    ], 70)
  })
