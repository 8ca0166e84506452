import { Command } from 'commander'
import { datesOf, evidenceOf, printListing, readLedger, strengthOf, withPaging } from './listing.js'

export const reversalsCommand = withPaging(new Command('reversals'))
  .description('Actors who later contradicted their own earlier claim, with a Flip-O-Meter rating, a score and the rules that link the sides (POSSIBLE: for review)')
  .option('--actor <id>', 'only reversals by this actor (e.g. gov-pe)')
  .addHelpText('after', '\nExamples:\n  claimtrail reversals\n  claimtrail reversals --actor gov-pe --json')
  .action(async (opts, command: Command) => {
    const { listReversals } = await import('../../ledger/analyses.js')
    const rows = await readLedger(command, (store) => listReversals(store, opts))
    printListing(rows, opts, 'No reversals found.', [
      ['ACTOR', (r) => r.actor],
      ['STATUS', strengthOf],
      ['RATING', (r) => r.rating],
      ['EARLIER', (r) => `${datesOf(r.earlier)} · ${evidenceOf(r.earlier)}`],
      ['LATER', (r) => `${datesOf(r.later)} · ${evidenceOf(r.later)}`],
      ['RULES', (r) => r.rules.join(', ')],
    ], 70)
  })
