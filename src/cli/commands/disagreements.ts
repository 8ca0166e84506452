import { Command } from 'commander'
import { showTime } from '../../claims/time-span.js'
import { evidenceOf, printListing, readLedger, strengthOf, withPaging } from './listing.js'

export const disagreementsCommand = withPaging(new Command('disagreements'))
  .description('Different actors on opposite sides of the same proposition over the same time, scored (POSSIBLE: for review)')
  .option('--actor <id>', 'only disagreements this actor takes part in')
  .addHelpText('after', '\nExamples:\n  claimtrail disagreements\n  claimtrail disagreements --actor gov-cl --json')
  .action(async (opts, command: Command) => {
    const { listDisagreements } = await import('../../ledger/analyses.js')
    const rows = await readLedger(command, (store) => listDisagreements(store, opts))
    printListing(rows, opts, 'No disagreements found.', [
      ['WHEN', (d) => showTime(d.overlap)],
      ['STATUS', strengthOf],
      ['ASSERTS', (d) => `${d.sides[0]?.actors.join(', ')} · ${evidenceOf(d.sides[0]?.claims ?? [])}`],
      ['DENIES', (d) => `${d.sides[1]?.actors.join(', ')} · ${evidenceOf(d.sides[1]?.claims ?? [])}`],
      ['PROPOSITION', (d) => d.proposition.text],
      ['RULES', (d) => d.rules.join(', ')],
    ], 70)
  })
