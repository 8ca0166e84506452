import type { Command } from 'commander'
import type { Claim, LinkStrength } from '../../model/ledger.js'
import { showTime } from '../../claims/time-span.js'
import { withStore } from '../context.js'
import { printJson, printTable, type Column } from '../print.js'
import { positiveInt } from '../options.js'

/** The dates of one side of a reversal or disagreement: "2029-04; before 2030-05-03". */
export const datesOf = (claims: readonly Claim[]) => [...new Set(claims.map((c) => showTime(c.time)))].join('; ')

/** A side's first words as evidence, with its outlet: "Andes Wire: “its forces shot down …”". */
export const evidenceOf = (claims: readonly Claim[]) => {
  const c = claims[0]
  return c ? `${c.evidence.outlet ?? c.evidence.docId}: “${c.evidence.span.text.replace(/\s+/g, ' ')}”` : ''
}

/** "likely 0.85" or "POSSIBLE 0.6": a link a person should review stands out. */
export const strengthOf = (l: LinkStrength) => `${l.status === 'possible' ? 'POSSIBLE' : 'likely'} ${l.score.toFixed(2)}`

/** `--limit`, `--offset` and `--json`, shared by every ledger listing. */
export function withPaging(command: Command): Command {
  return command
    .option('--limit <n>', 'at most this many', positiveInt, 100)
    .option('--offset <n>', 'skip this many first', (v) => (v === '0' ? 0 : positiveInt(v)), 0)
    .option('--json', 'print JSON')
}

/** Prints a listing: JSON with `--json`, a table otherwise, or one line saying why it is empty. */
export function printListing<T>(rows: readonly T[], opts: { json?: boolean }, empty: string, columns: readonly Column<T>[], width?: number): void {
  if (opts.json) return printJson(rows)
  if (rows.length === 0) return void process.stdout.write(`${empty}\n`)
  printTable(rows, columns, width)
}

/** Runs a ledger listing on a ledger brought up to date with the stored documents first. */
export function readLedger<T>(command: Command, work: Parameters<typeof withStore<T>>[1]): Promise<T> {
  return withStore(command, async (store, config) => {
    const { ensureLedgerFresh } = await import('../../ledger/analyses.js')
    await ensureLedgerFresh(store)
    return work(store, config)
  })
}
