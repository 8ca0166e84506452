import { createRequire } from 'node:module'
import { Command, CommanderError } from 'commander'
import { isClaimtrailError } from '../errors.js'
import { DEFAULT_LIMITS, LIMIT_SETTINGS, type LimitName } from '../limits.js'
import { docsCommand } from './commands/docs.js'
import { showCommand } from './commands/show.js'
import { ingestCommand } from './commands/ingest.js'
import { extractCommand } from './commands/extract.js'
import { searchCommand } from './commands/search.js'
import { demoCommand } from './commands/demo.js'
import { reviewCommand } from './commands/review.js'
import { auditCommand } from './commands/audit.js'
import { reextractCommand } from './commands/reextract.js'
import { serveCommand } from './commands/serve.js'
import { tokenCommand } from './commands/token.js'
import { exportCommand } from './commands/export.js'
import { reversalsCommand } from './commands/reversals.js'
import { disagreementsCommand } from './commands/disagreements.js'
import { casualtiesCommand } from './commands/casualties.js'
import { timelineCommand } from './commands/timeline.js'
import { actorsCommand } from './commands/actors.js'
import { eventsCommand } from './commands/events.js'
import { ledgerCommand } from './commands/ledger.js'
import { fetchCommand } from './commands/fetch.js'
import { watchCommand } from './commands/watch.js'
import { deleteCommand, editCommand } from './commands/fix.js'
import { alertsCommand } from './commands/alerts.js'
import { queueCommand } from './commands/queue.js'
import { workerCommand } from './commands/worker.js'
import { placesCommand } from './commands/places.js'

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version

export function buildProgram(): Command {
  const program = new Command('claimtrail')
    .description('Who said what, when: statements, dates, casualty figures and reversals from the news, in one ledger.')
    .version(VERSION, '-V, --version')
    .option('--data <dir>', 'folder of the embedded store (env CLAIMTRAIL_DATA, default ./.claimtrail)')
    .option('--db <url>', 'use a PostgreSQL server instead: postgres://… (env DATABASE_URL)')
    .option('--allow-private', 'let fetch and watch reach loopback and private addresses (env CLAIMTRAIL_ALLOW_PRIVATE_FETCH=1)')
  for (const [name, s] of Object.entries(LIMIT_SETTINGS)) {
    program.option(`${s.flag} <n>`, `limit ${name} (env ${s.env}, default ${DEFAULT_LIMITS[name as LimitName]})`)
  }
  for (const command of [ingestCommand, queueCommand, workerCommand, fetchCommand, watchCommand, alertsCommand, docsCommand, showCommand, extractCommand, searchCommand, editCommand, deleteCommand, demoCommand, reviewCommand, auditCommand, reextractCommand, serveCommand, tokenCommand, exportCommand, ledgerCommand,
    reversalsCommand, disagreementsCommand, casualtiesCommand, timelineCommand, actorsCommand, eventsCommand, placesCommand]) {
    program.addCommand(command)
  }
  oneLineErrors(program)
  return program
}

/** Every command and subcommand reports usage errors as one line and lets main() pick the exit code. */
function oneLineErrors(command: Command): void {
  command.exitOverride().configureOutput({ outputError: (message, write) => write(oneLineUsageError(message)) })
  for (const sub of command.commands) oneLineErrors(sub)
}

/** Commander's usage errors in our one-line form: "claimtrail: <what is wrong> (see --help)". */
function oneLineUsageError(message: string): string {
  return `claimtrail: ${message.replace(/^error:\s*/, '').split('\n')[0]} (see --help)\n`
}

/** Runs the CLI: users see one line per error, never a stack trace (CLAIMTRAIL_DEBUG=1 shows it). */
/** A reader that stops early (`claimtrail docs | head`) closes the pipe: stop quietly, as Unix tools do. */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`claimtrail: cannot write the output: ${e.message}\n`)
    process.exit(e.code === 'EPIPE' ? 0 : 1)
  })
}

export async function main(argv: readonly string[]): Promise<number> {
  quietOnClosedPipe()
  try {
    await buildProgram().parseAsync(argv as string[])
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    if (process.env['CLAIMTRAIL_DEBUG']) console.error(e)
    const message = isClaimtrailError(e) ? e.message : `unexpected error: ${(e as Error)?.message ?? String(e)}`
    process.stderr.write(`claimtrail: ${message.split('\n')[0]}\n`)
    return 1
  }
}
