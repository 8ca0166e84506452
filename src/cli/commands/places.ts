import { Command } from 'commander'
import type { AuditEntry } from '../../ledger/audit.js'
import { withStore } from '../context.js'
import { printJson } from '../print.js'
import { printListing } from './listing.js'
import { reviewerOf } from './review.js'

function report(entry: AuditEntry, json: boolean | undefined): void {
  if (json) return printJson(entry)
  const to = (entry.after as { boundTo: string | null }).boundTo
  process.stdout.write(`#${entry.id} ${entry.action} ${entry.itemId}${to ? ` → ${to}` : ''} by ${entry.reviewer}\n`)
}

const listCommand = new Command('list')
  .description('Countries learned from the articles (X-… codes), each with the real code it is bound to')
  .option('--json', 'print JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail places list\n  claimtrail places list --json')
  .action(async (opts: { json?: boolean }, cmd: Command) => {
    const { listPlaces } = await import('../../ledger/place-bindings.js')
    const rows = await withStore(cmd, (store) => listPlaces(store))
    printListing(rows, opts, 'No learned countries: every country the articles name is in the country data.', [
      ['CODE', (p) => p.code],
      ['NAME', (p) => p.name],
      ['DEMONYM', (p) => p.demonym],
      ['CAPITALS', (p) => p.capitals.join(', ')],
      ['BOUND TO', (p) => p.boundTo],
    ])
  })

/** A write to the bindings, audited under the reviewer's name; the ledger is brought up to date after it. */
const bindingCommand = (name: string, description: string) => new Command(name)
  .description(description)
  .option('--reviewer <name>', 'who binds (env CLAIMTRAIL_REVIEWER, default: your user name)')
  .option('--note <text>', 'why')
  .option('--json', 'print the audit entry as JSON')

const bindCommand = bindingCommand('bind', 'Bind a learned country to a real code: the ledger reads it as that country from now on')
  .argument('<code>', 'the learned code, e.g. X-VALDORIA (see: claimtrail places)')
  .argument('<to>', 'a code the country data knows (XK), or a user-assigned one (AA, QM–QZ, XA–XZ, ZZ)')
  .option('--share', 'allow it when another learned code is bound to the same code: both are then one country')
  .addHelpText('after', '\nExamples:\n  claimtrail places bind X-VALDORIA XV --note "ISO-style code our desk uses"\n  claimtrail places bind X-VALDORA XV --share --note "misspelling of Valdoria"')
  .action(async (code: string, to: string, opts, cmd: Command) => {
    const { bindPlace } = await import('../../ledger/place-bindings.js')
    const { updateLedger } = await import('../../ledger/analyses.js')
    report(await withStore(cmd, async (store) => {
      const e = await bindPlace(store, { code, to, share: opts.share === true, reviewer: reviewerOf(opts), note: opts.note })
      await updateLedger(store)
      return e
    }), opts.json)
  })

const unbindCommand = bindingCommand('unbind', 'Undo a binding: the learned code is read as itself again')
  .argument('<code>', 'the learned code, e.g. X-VALDORIA')
  .addHelpText('after', '\nExamples:\n  claimtrail places unbind X-VALDORIA --note "bound by mistake"')
  .action(async (code: string, opts, cmd: Command) => {
    const { unbindPlace } = await import('../../ledger/place-bindings.js')
    const { updateLedger } = await import('../../ledger/analyses.js')
    report(await withStore(cmd, async (store) => {
      const e = await unbindPlace(store, { code, reviewer: reviewerOf(opts), note: opts.note })
      await updateLedger(store)
      return e
    }), opts.json)
  })

export const placesCommand = new Command('places')
  .description('Countries learned from the articles, and their binding to real codes (audited)')
  .addHelpText('after', '\nExamples:\n  claimtrail places list\n  claimtrail places bind X-VALDORIA XV\n  claimtrail places unbind X-VALDORIA')
  .addCommand(listCommand, { isDefault: true })
  .addCommand(bindCommand)
  .addCommand(unbindCommand)
