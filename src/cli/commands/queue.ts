import { Command } from 'commander'
import { configOf, withStore } from '../context.js'
import { printJson, say } from '../print.js'
import { positiveInt, wholeNumber } from '../options.js'
import { metadataOptions, type MetadataFlags } from './metadata-options.js'

interface AddFlags extends MetadataFlags { json?: boolean; retries?: number; retryDelay?: number; timeout?: number }

const addCommand = metadataOptions(new Command('add'))
  .description('Read articles and put one job per document on the PostgreSQL job queue, for `claimtrail worker` processes')
  .argument('<paths...>', 'files or folders (.txt .md .html .jsonl .xml/.rss/.atom), or - for standard input')
  .option('--json', 'print what was queued as JSON')
  .option('--retries <n>', 'tries after a failure before a job is parked with its error (default 3)', wholeNumber)
  .option('--retry-delay <seconds>', 'wait before the first retry; each later one about doubles (default 10)', wholeNumber)
  .option('--timeout <seconds>', 'how long a worker may hold a job before another takes it over (default 300)', positiveInt)
  .addHelpText('after', `
Jobs carry the text, so workers on other machines need only the database. Flags set the metadata of
plain inputs, as for ingest. The same text queued twice is stored once.

Examples:
  claimtrail --db postgres://claimtrail@db/news queue add archive/ feeds.jsonl
  claimtrail --db postgres://claimtrail@db/news worker`)
  .action(async (paths: string[], opts: AddFlags, command: Command) => {
    const { queueUrl, openQueue } = await import('../../queue/boss.js')
    const config = configOf(command)
    const url = queueUrl(config)
    const { readInputs } = await import('../../ingest/read.js')
    const { enqueueDocuments } = await import('../../queue/enqueue.js')
    const { documentJobs } = await import('../../queue/jobs.js')
    const { documents, errors, warnings } = await readInputs(paths, { ...opts, maxInputBytes: config.limits.maxInputBytes })
    for (const e of errors) say(`claimtrail: ${e.message}`)
    const skipped = warnings.filter((w) => w.code === 'skipped')
    for (const w of skipped) say(`warning: ${w.message}`)
    const jobs = await withStore(command, (store) => documentJobs(store, documents))
    const boss = await openQueue(url)
    try {
      const retry = { retries: opts.retries, retryDelay: opts.retryDelay, timeout: opts.timeout }
      const queued = await enqueueDocuments(boss, jobs, retry)
      if (opts.json) printJson({ queued, errors: errors.map((e) => e.message), skipped: skipped.map((w) => w.origin) })
      else process.stdout.write(`${queued} queued${errors.length ? `, ${errors.length} unreadable` : ''}\n`)
    } finally {
      await boss.stop({ graceful: false, wait: true })
    }
    if (errors.length) process.exitCode = 1
  })

const statusCommand = new Command('status')
  .description('Jobs waiting, retrying, held and done, documents per minute, and the parked jobs with their errors')
  .option('--json', 'print the status as JSON (as GET /api/queue gives it)')
  .addHelpText('after', '\nExamples:\n  claimtrail --db postgres://claimtrail@db/news queue status')
  .action(async (opts: { json?: boolean }, command: Command) => {
    const { queueUrl } = await import('../../queue/boss.js')
    const config = configOf(command)
    queueUrl(config)
    const { openDb } = await import('../../ledger/db.js')
    const { queueStatus } = await import('../../queue/status.js')
    const store = await openDb(config)
    const status = await queueStatus(store).finally(() => store.close())
    if (opts.json) return printJson(status)
    const { counts, rates, parked } = status
    process.stdout.write(`${counts.waiting} waiting, ${counts.retrying} retrying, ${counts.active} active, ${counts.done} done, ${counts.parked} parked\n`)
    process.stdout.write(`${rates.lastMinute} documents in the last minute, ${rates.lastHour} in the last hour\n`)
    for (const p of parked) process.stdout.write(`parked  ${p.at}  ${p.origin ?? p.id}: ${p.error}\n`)
  })

export const queueCommand = new Command('queue')
  .description('Share ingest out to worker processes on any number of machines (PostgreSQL store only)')
  .addHelpText('after', '\nExamples:\n  claimtrail --db postgres://… queue add articles/\n  claimtrail --db postgres://… queue status')
  .addCommand(addCommand)
  .addCommand(statusCommand)
