import type { Command } from 'commander'
import { loadConfig, type Config, type ConfigInput } from '../config.js'
import type { Db } from '../ledger/db.js'

export function configOf(command: Command): Config {
  return loadConfig(command.optsWithGlobals<ConfigInput>())
}

/** Opens the store for one command and always closes it, so the process can exit cleanly. */
export async function withStore<T>(command: Command, work: (store: Db, config: Config) => Promise<T>): Promise<T> {
  const config = configOf(command)
  // Loaded here, not above: `claimtrail --help` should not load the database drivers.
  const { openDb } = await import('../ledger/db.js')
  const store = await openDb(config)
  try {
    return await work(store, config)
  } finally {
    await store.close()
  }
}
