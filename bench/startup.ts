/**
 * npm run bench -- --startup: how long the built binary takes to print its help (`claimtrail --help` and
 * `claimtrail ingest --help`), whole process, wall clock, as a user waits for it. Goal: under 300 ms.
 * One warm-up run, then BENCH_STARTUP_RUNS (15) runs each; median (min–max). Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { spreadOf, type Spread } from './measure.js'

const RUNS = Number(process.env['BENCH_STARTUP_RUNS'] ?? 15)
const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url))
const BUILT = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
export const STARTUP_COMMANDS: readonly (readonly string[])[] = [['--help'], ['ingest', '--help']]

export interface StartupResult { readonly command: string; readonly ms: Spread }

function runMs(args: readonly string[]): number {
  const start = performance.now()
  const run = spawnSync(process.execPath, [BIN, ...args], { stdio: 'ignore' })
  if (run.status !== 0) throw new Error(`claimtrail ${args.join(' ')} exited with ${run.status}`)
  return performance.now() - start
}

export function benchStartup(): StartupResult[] {
  if (!existsSync(BUILT)) throw new Error('bench --startup times the built binary: run npm run build first')
  return STARTUP_COMMANDS.map((args) => {
    runMs(args)
    const ms = Array.from({ length: RUNS }, () => runMs(args))
    return { command: `claimtrail ${args.join(' ')}`, ms: spreadOf(ms) }
  })
}
