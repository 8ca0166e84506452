import { Command } from 'commander'
import { configOf, withStore } from '../context.js'
import { say } from '../print.js'
import { positiveInt } from '../options.js'

export const workerCommand = new Command('worker')
  .description('Take document jobs from the PostgreSQL job queue, extract and store them, and keep the ledger up to date')
  .option('--until-empty', 'stop once no job is waiting, retrying or held and the ledger is up to date')
  .option('--ledger-every <seconds>', 'while jobs keep coming, update the ledger this often (default 30; at once when idle)', positiveInt)
  .addHelpText('after', `
Run as many as you like, on any machines that reach the database: each takes one job at a time
(start one per core). Ledger updates are taken in turn by one worker at a time, every
--ledger-every seconds while jobs keep coming and at once when the queue runs dry. A worker that dies
mid-job loses nothing: its job goes to another once its --timeout (see queue add) has passed.
Ctrl-C (or SIGTERM) stops after the job in hand.

Examples:
  claimtrail --db postgres://claimtrail@db/news worker
  claimtrail --db postgres://claimtrail@db/news worker --until-empty`)
  .action(async (opts: { untilEmpty?: boolean; ledgerEvery?: number }, command: Command) => {
    const { queueUrl, openQueue } = await import('../../queue/boss.js')
    const url = queueUrl(configOf(command))
    const { runWorker } = await import('../../queue/worker.js')
    const { settleWrites } = await import('../settle.js')
    const stop = new AbortController()
    const onSignal = () => stop.abort()
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
    await withStore(command, async (store, config) => {
      const boss = await openQueue(url)
      try {
        await runWorker(store, boss, {
          settle: () => settleWrites(store, config), limits: config.limits, untilEmpty: !!opts.untilEmpty, signal: stop.signal,
          ledgerEveryMs: (opts.ledgerEvery ?? 30) * 1000,
          onJob: (o) => {
            if ('error' in o) say(`failed    ${o.origin ?? o.id}: ${o.error}`)
            else process.stdout.write(`${o.result.status === 'added' ? 'added    ' : 'unchanged'} ${o.result.document.id}  ${o.origin ?? ''}\n`)
          },
          onError: (e) => say(`claimtrail: ledger update failed, to be tried again: ${(e as Error)?.message ?? e}`),
        })
      } finally {
        await boss.stop({ graceful: false, wait: true })
      }
    })
  })
