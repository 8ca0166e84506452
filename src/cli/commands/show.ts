import { Command } from 'commander'
import { withStore } from '../context.js'
import { printJson } from '../print.js'
import { describeExtraction } from '../summary.js'

export const showCommand = new Command('show')
  .description('Show one document: its metadata, text and what was extracted from it')
  .argument('<doc>', 'document id (or a unique prefix of it)')
  .option('--json', 'print the extraction contract as JSON')
  .option('--no-text', 'leave the article text out')
  .addHelpText('after', '\nExamples:\n  claimtrail show d3f2a9\n  claimtrail show d3f2a9 --json > article.json')
  .action(async (ref: string, opts, command: Command) => {
    const { getDocument } = await import('../../ledger/documents.js')
    const { loadExtraction } = await import('../../ledger/extractions.js')
    await withStore(command, async (store) => {
      const doc = await getDocument(store, ref)
      const extraction = await loadExtraction(store, doc.id)
      if (opts.json) return printJson({ ...doc, extraction })
      const out = process.stdout
      out.write(`${doc.title ?? '(untitled)'}\n`)
      out.write(`id ${doc.id} · published ${doc.published ?? 'unknown'} · ${doc.outlet ?? 'unknown outlet'}${doc.url ? ` · ${doc.url}` : ''}\n`)
      for (const w of doc.warnings) out.write(`warning: ${w.message}\n`)
      if (opts.text) out.write(`\n${doc.text}\n`)
      if (extraction) out.write(`\n${describeExtraction(extraction)}\n`)
    })
  })
