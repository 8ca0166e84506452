import { Command, Option } from 'commander'
import { printListing, readLedger, withPaging } from './listing.js'

export const actorsCommand = withPaging(new Command('actors'))
  .description('Actors across all documents: governments, people (with dated roles), organizations, groups')
  .addOption(new Option('--type <type>', 'only this kind of actor').choices(['person', 'government', 'organization', 'group']))
  .option('-q, --query <words>', 'names or aliases containing these words (accents and case ignored)')
  .addHelpText('after', '\nExamples:\n  claimtrail actors\n  claimtrail actors --type person -q perez --json')
  .action(async (opts, command: Command) => {
    const { listActors } = await import('../../ledger/analyses.js')
    const rows = await readLedger(command, (store) => listActors(store, { ...opts, q: opts.query }))
    printListing(rows, opts, 'No actors yet. Add documents with: claimtrail ingest FILE', [
      ['ID', (a) => a.id],
      ['TYPE', (a) => a.type],
      ['NAME', (a) => a.name],
      ['FOR', (a) => a.memberOf],
      ['MENTIONS', (a) => a.mentions],
      ['DOCS', (a) => a.documentCount],
    ])
  })
