import { Command } from 'commander'
import type { CasualtyFigure } from '../../model/ledger.js'
import { showTime } from '../../claims/time-span.js'
import { printListing, readLedger, withPaging } from './listing.js'

const figure = (f: CasualtyFigure) =>
  `${f.count ?? f.vague ?? (f.low !== undefined ? `≥${f.low}` : '?')} (${f.side ?? f.source ?? 'unattributed'}, ${showTime(f.reportedOn)})${f.supersededBy ? ' superseded' : ''}`

export const casualtiesCommand = withPaging(new Command('casualties'))
  .description('Casualty tallies per event and group: every source’s figure side by side, with low / best / high')
  .option('--event <id>', 'only tallies of this event (see: claimtrail events)')
  .addHelpText('after', '\nExamples:\n  claimtrail casualties\n  claimtrail casualties --event ev-2030-05-03-attack-cl --json')
  .action(async (opts, command: Command) => {
    const { listTallies } = await import('../../ledger/analyses.js')
    const rows = await readLedger(command, (store) => listTallies(store, opts))
    printListing(rows, opts, 'No casualty figures yet.', [
      ['EVENT', (t) => t.event],
      ['GROUP', (t) => `${t.group} ${t.status}`],
      ['LOW/BEST/HIGH', (t) => [t.low, t.best, t.high].map((n) => n ?? '?').join('/')],
      ['FIRST', (t) => t.firstReportedBy],
      ['FIGURES', (t) => t.figures.map(figure).join('; ')],
    ], 80)
  })
