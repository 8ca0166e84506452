import { Command } from 'commander'
import { fileURLToPath } from 'node:url'
import { withStore } from '../context.js'
import { describeExtraction } from '../summary.js'

/** The bundled sample articles: invented events, written for claimtrail. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url))

export const demoCommand = new Command('demo')
  .description('Ingest the bundled sample articles into the store and print what was found')
  .addHelpText('after', '\nExamples:\n  claimtrail demo\n  claimtrail --data /tmp/ct demo')
  .action(async (_opts, command: Command) => {
    const { readInputs } = await import('../../ingest/read.js')
    const { importDocument } = await import('../../ledger/import.js')
    const { loadExtraction } = await import('../../ledger/extractions.js')
    const { updateLedger } = await import('../../ledger/analyses.js')
    const { documents, errors } = await readInputs([SAMPLES_DIR], {})
    for (const e of errors) process.stderr.write(`claimtrail: ${e.message}\n`)
    await withStore(command, async (store, config) => {
      for (const { document, warnings } of documents) {
        const r = await importDocument(store, document, warnings)
        const x = await loadExtraction(store, r.document.id)
        process.stdout.write(`\n━━ ${r.document.title ?? r.document.id} · ${r.document.outlet ?? ''} · ${r.document.published ?? 'undated'} (${r.status})\n`)
        if (x) process.stdout.write(`${describeExtraction(x)}\n`)
      }
      await updateLedger(store)
      process.stdout.write(`\n${documents.length} sample documents in the store at ${config.databaseUrl ? 'PostgreSQL' : config.dataDir}.\nTry: claimtrail docs · claimtrail show <id> · claimtrail search <words>\n`)
    })
  })
