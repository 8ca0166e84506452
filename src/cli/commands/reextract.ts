import { Command } from 'commander'
import { withStore } from '../context.js'

export const reextractCommand = new Command('reextract')
  .description('Run the current pipeline again over stored documents; human reviews are kept and re-applied')
  .argument('[docs...]', 'document ids (default: all)')
  .option('--outdated', 'only documents extracted by an older pipeline version')
  .addHelpText('after', '\nExamples:\n  claimtrail reextract\n  claimtrail reextract d3f2a9\n  claimtrail reextract --outdated')
  .action(async (refs: string[], opts, command: Command) => {
    const { getDocument } = await import('../../ledger/documents.js')
    const { reextract } = await import('../../ledger/reextract.js')
    const { updateLedger } = await import('../../ledger/analyses.js')
    const n = await withStore(command, async (store) => {
      const docIds = await Promise.all(refs.map(async (r) => (await getDocument(store, r)).id))
      const count = await reextract(store, { docIds, onlyOutdated: !!opts.outdated })
      await updateLedger(store)
      return count
    })
    process.stdout.write(`${n} document${n === 1 ? '' : 's'} re-extracted\n`)
  })
