import { Command } from 'commander'
import { withStore } from '../context.js'
import { printJson, printTable } from '../print.js'
import { positiveInt } from '../options.js'

export const searchCommand = new Command('search')
  .description('Full-text search over stored documents')
  .argument('<words...>', 'words to find (all must occur)')
  .option('--limit <n>', 'at most this many', positiveInt, 20)
  .option('--json', 'print JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail search ceasefire casualties\n  claimtrail search mourning --json')
  .action(async (words: string[], opts, command: Command) => {
    const { searchDocuments } = await import('../../ledger/search.js')
    const hits = await withStore(command, (store) => searchDocuments(store, words.join(' '), opts.limit))
    if (opts.json) return printJson(hits)
    if (hits.length === 0) return void process.stdout.write('No matches.\n')
    printTable(hits, [['ID', (h) => h.id], ['PUBLISHED', (h) => h.published], ['TITLE', (h) => h.title], ['MATCH', (h) => h.snippet]], 50)
  })
