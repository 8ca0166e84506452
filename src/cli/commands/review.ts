import { Command, InvalidArgumentError } from 'commander'
import { userInfo } from 'node:os'
import type { AuditEntry } from '../../ledger/audit.js'
import type { ReviewKind } from '../../ledger/reviews.js'
import { withStore } from '../context.js'
import { positiveInt } from '../options.js'
import { printJson, printTable } from '../print.js'

const KINDS = ['statement', 'casualty', 'event', 'actor', 'timex']

function kind(value: string): ReviewKind {
  if (!KINDS.includes(value)) throw new InvalidArgumentError(`expected one of ${KINDS.join(', ')}`)
  return value as ReviewKind
}

/** `--set count=14 --set status=killed`: values are JSON when they parse as JSON, else strings. */
function setting(value: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const at = value.indexOf('=')
  if (at <= 0) throw new InvalidArgumentError('expected field=value')
  const raw = value.slice(at + 1)
  let parsed: unknown = raw
  try { parsed = JSON.parse(raw) } catch { /* a plain string */ }
  return { ...previous, [value.slice(0, at)]: parsed }
}

export const reviewerOf = (opts: { reviewer?: string }) => opts.reviewer ?? process.env['CLAIMTRAIL_REVIEWER'] ?? userInfo().username

function report(entry: AuditEntry, json: boolean | undefined): void {
  if (json) return printJson(entry)
  process.stdout.write(`#${entry.id} ${entry.action} ${entry.kind} ${entry.itemId}${entry.docId ? ` in ${entry.docId}` : ''} by ${entry.reviewer}\n`)
}

const itemAction = (action: 'confirm' | 'correct' | 'reject', description: string) => {
  const command = new Command(action)
    .description(description)
    .argument('<doc>', 'document id (or a unique prefix)')
    .argument('<kind>', KINDS.join('|'), kind)
    .argument('<item>', 'item id as shown by `claimtrail show DOC --json` (s3, k1, ev2, t4, gov-fr…)')
    .option('--reviewer <name>', 'who reviews (env CLAIMTRAIL_REVIEWER, default: your user name)')
    .option('--note <text>', 'why')
    .option('--json', 'print the audit entry as JSON')
  if (action === 'correct') command.requiredOption('--set <field=value>', 'a corrected field; repeat for several', setting)
  const example = action === 'correct' ? ' --set count=19 --note "ministry update"' : ''
  command.addHelpText('after', `\nExamples:\n  claimtrail review ${action} d3f2a9 casualty k2${example}\n  claimtrail review ${action} d3f2a9 statement s4 --reviewer "J. Editor"`)
  return command.action(async (ref: string, k: ReviewKind, item: string, opts, cmd: Command) => {
    const { getDocument } = await import('../../ledger/documents.js')
    const { reviewItem } = await import('../../ledger/reviews.js')
    const { updateLedger } = await import('../../ledger/analyses.js')
    const entry = await withStore(cmd, async (store) => {
      const doc = await getDocument(store, ref)
      const e = await reviewItem(store, { docId: doc.id, kind: k, itemId: item, action, patch: opts.set, reviewer: reviewerOf(opts), note: opts.note })
      await updateLedger(store)
      return e
    })
    report(entry, opts.json)
  })
}

const queueCommand = new Command('queue')
  .description('The items most worth a look first: weak reversal and disagreement links, figures that disagree, possible duplicate actors')
  .option('--limit <n>', 'how many, highest priority first', positiveInt, 50)
  .option('--json', 'print the entries as JSON (with each one\'s target and merge)')
  .addHelpText('after', '\nExamples:\n  claimtrail review queue\n  claimtrail review queue --limit 10 --json')
  .action(async (opts: { limit: number; json?: boolean }, cmd: Command) => {
    const { reviewQueue } = await import('../../ledger/review-queue.js')
    const { ensureLedgerFresh } = await import('../../ledger/analyses.js')
    const items = await withStore(cmd, async (store) => { await ensureLedgerFresh(store); return reviewQueue(store, { limit: opts.limit }) })
    if (opts.json) return printJson(items)
    const act = (x: (typeof items)[number]) => x.merge ? `merge-actors ${x.merge.from} ${x.merge.into}` : x.target ? `${x.target.docId.slice(0, 8)} ${x.target.kind} ${x.target.itemId}` : ''
    printTable(items, [['score', (x) => x.score.toFixed(2)], ['kind', (x) => x.kind], ['title', (x) => x.title], ['reason', (x) => x.reason], ['review', act]], 80)
  })

export const reviewCommand = new Command('review')
  .description('Confirm, correct or reject an extracted item; merge or split actors (every change is audited)')
  .addHelpText('after', `
Examples:
  claimtrail review queue --limit 20
  claimtrail review confirm d3f2a9 statement s4
  claimtrail review correct d3f2a9 casualty k2 --set count=19 --set status=killed --note "ministry update"
  claimtrail review reject d3f2a9 event ev3 --reviewer "J. Editor"
  claimtrail review merge-actors p-j-olsen p-jon-olsen
  claimtrail review split-actor d3f2a9 p-jon-olsen p-jon-olsen-jr`)
  .addCommand(queueCommand)
  .addCommand(itemAction('confirm', 'Mark an item as checked and right'))
  .addCommand(itemAction('correct', 'Correct fields of an item (the evidence span stays)'))
  .addCommand(itemAction('reject', 'Remove a wrong item from the ledger'))
  .addCommand(new Command('merge-actors')
    .description('Treat one actor as another in every document')
    .argument('<from>', 'actor id to merge away').argument('<into>', 'actor id to keep')
    .addHelpText('after', '\nExamples:\n  claimtrail review merge-actors p-j-olsen p-jon-olsen --note "same minister"')
    .option('--reviewer <name>', 'who reviews').option('--note <text>', 'why').option('--json', 'print the audit entry as JSON')
    .action(async (from: string, into: string, opts, cmd: Command) => {
      const { mergeActors } = await import('../../ledger/reviews.js')
      const { updateLedger } = await import('../../ledger/analyses.js')
      report(await withStore(cmd, async (store) => {
        const e = await mergeActors(store, { from, into, reviewer: reviewerOf(opts), note: opts.note })
        await updateLedger(store)
        return e
      }), opts.json)
    }))
  .addCommand(new Command('split-actor')
    .description('Give one document’s actor an id of its own (undoes a merge there)')
    .argument('<doc>', 'document id').argument('<actor>', 'actor id as extracted').argument('<new-id>', 'the new actor id, e.g. p-jon-olsen-jr')
    .addHelpText('after', '\nExamples:\n  claimtrail review split-actor d3f2a9 p-jon-olsen p-jon-olsen-jr')
    .option('--reviewer <name>', 'who reviews').option('--note <text>', 'why').option('--json', 'print the audit entry as JSON')
    .action(async (ref: string, actor: string, newId: string, opts, cmd: Command) => {
      const { getDocument } = await import('../../ledger/documents.js')
      const { splitActor } = await import('../../ledger/reviews.js')
      const { updateLedger } = await import('../../ledger/analyses.js')
      report(await withStore(cmd, async (store) => {
        const doc = await getDocument(store, ref)
        const e = await splitActor(store, { docId: doc.id, actorId: actor, newId, reviewer: reviewerOf(opts), note: opts.note })
        await updateLedger(store)
        return e
      }), opts.json)
    }))
