import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../../bin/claimtrail.js', import.meta.url))

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the built `claimtrail` binary as a user would, with the given store. */
export function runCli(args: readonly string[], store: { dataDir: string; databaseUrl?: string }, input?: string | Buffer): CliRun {
  const storeArgs = store.databaseUrl ? ['--db', store.databaseUrl] : ['--data', store.dataDir]
  const r = spawnSync(process.execPath, [BIN, ...storeArgs, ...args], {
    input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CLAIMTRAIL_DEBUG: '' },
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** A user-facing failure: exactly one line on stderr, prefixed, with no stack trace. */
export function isOneLineError(stderr: string): boolean {
  const lines = stderr.trim().split('\n').filter((l) => l.startsWith('claimtrail:'))
  return lines.length >= 1 && !/\n\s+at /.test(stderr) && lines.every((l) => l.length < 300)
}

/** Like runCli, without blocking: for several processes at once. */
export function runCliAsync(args: readonly string[], store: { dataDir: string; databaseUrl?: string }): Promise<CliRun> {
  const storeArgs = store.databaseUrl ? ['--db', store.databaseUrl] : ['--data', store.dataDir]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...storeArgs, ...args], { env: { ...process.env, CLAIMTRAIL_DEBUG: '' }, timeout: 120_000 })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d })
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d })
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}
