import { Command } from 'commander'
import { withStore } from '../context.js'
import { printJson } from '../print.js'

const rebuildCommand = new Command('rebuild')
  .description('Recompute the whole ledger from every stored document and review (writes update it one document at a time)')
  .option('--json', 'print the counts as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail ledger rebuild\n  claimtrail ledger rebuild --json')
  .action(async (opts: { json?: boolean }, command: Command) => {
    const { refreshLedger } = await import('../../ledger/analyses.js')
    const counts = await withStore(command, (store) => refreshLedger(store))
    if (opts.json) return printJson(counts)
    process.stdout.write(`${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}\n`)
  })

export const ledgerCommand = new Command('ledger')
  .description('Maintain the ledger across documents')
  .addHelpText('after', '\nExamples:\n  claimtrail ledger rebuild')
  .addCommand(rebuildCommand)
