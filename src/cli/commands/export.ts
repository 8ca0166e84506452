import { Command, InvalidArgumentError } from 'commander'
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { FORMATS, TABLES, type Format, type Table } from '../../export/formats.js'
import { withStore } from '../context.js'
import { say } from '../print.js'

const oneOf = <T extends string>(values: readonly T[]) => (value: string): T => {
  if (!values.includes(value as T)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`)
  return value as T
}

export const exportCommand = new Command('export')
  .description('Export the ledger: JSON or JSON Lines (extraction contract), CSV (one table), schema.org ClaimReview JSON-LD, '
    + 'a UCDP GED-style CSV of events with deaths, one document\'s time expressions as TimeML, or a printable report on one event or actor')
  .requiredOption('--format <format>', FORMATS.join('|'), oneOf(FORMATS))
  .option('--table <table>', `with --format csv: ${TABLES.join('|')}`, oneOf(TABLES), 'statements')
  .option('--doc <doc>', 'with --format timeml: the document (id, id prefix or content hash)')
  .option('--event <id>', 'with --format report: the event (see: claimtrail events)')
  .option('--actor <id>', 'with --format report: the actor instead (see: claimtrail actors)')
  .option('--out <file>', 'write to this file instead of standard output')
  .addHelpText('after', `
Exports are written as they are read, so memory stays small whatever the size of the archive.

Examples:
  claimtrail export --format json --out ledger.json
  claimtrail export --format jsonl | gzip > ledger.jsonl.gz
  claimtrail export --format csv --table casualties > casualties.csv
  claimtrail export --format csv --table tallies > tallies.csv
  claimtrail export --format ucdp-csv --out events-ged.csv
  claimtrail export --format timeml --doc d3f2 --out d3f2.tml
  claimtrail export --format report --event ev-1a2b --out report.html
  claimtrail export --format claimreview --out reviews.jsonld`)
  .action(async (opts: { format: Format; table: Table; doc?: string; event?: string; actor?: string; out?: string }, command: Command) => {
    const { exportStream } = await import('../../export/export.js')
    await withStore(command, async (store) => {
      const { chunks } = await exportStream(store, opts.format, { table: opts.table, doc: opts.doc, event: opts.event, actor: opts.actor })
      // pipeline() waits for the destination to drain: a slow pipe holds the reading back.
      await pipeline(Readable.from(chunks), opts.out ? createWriteStream(opts.out) : process.stdout)
    })
    if (opts.out) say(`wrote ${opts.out}`)
  })
