import { Command, InvalidArgumentError } from 'commander'
import { writeFile } from 'node:fs/promises'
import { exportData, FORMATS, type Format } from '../../export/export.js'
import { TABLES, type Table } from '../../export/tables.js'
import { withStore } from '../context.js'
import { say } from '../print.js'

const oneOf = <T extends string>(values: readonly T[]) => (value: string): T => {
  if (!values.includes(value as T)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`)
  return value as T
}

export const exportCommand = new Command('export')
  .description('Export the ledger: JSON (extraction contract), CSV (one table), or schema.org ClaimReview JSON-LD')
  .requiredOption('--format <format>', FORMATS.join('|'), oneOf(FORMATS))
  .option('--table <table>', `with --format csv: ${TABLES.join('|')}`, oneOf(TABLES), 'statements')
  .option('--out <file>', 'write to this file instead of standard output')
  .addHelpText('after', `
Examples:
  claimtrail export --format json --out ledger.json
  claimtrail export --format csv --table casualties > casualties.csv
  claimtrail export --format claimreview --out reviews.jsonld`)
  .action(async (opts: { format: Format; table: Table; out?: string }, command: Command) => {
    const file = await withStore(command, (store) => exportData(store, opts.format, opts.table))
    if (!opts.out) return void process.stdout.write(file.body)
    await writeFile(opts.out, file.body)
    say(`wrote ${opts.out}`)
  })
