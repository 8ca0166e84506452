/**
 * Keeps the stored ledger up to date without making anyone wait for it. A write asks for a refresh and
 * answers at once; refreshes never overlap, and asks that arrive during one are served by one more run
 * after it. Readers meanwhile read the ledger as it was (served as stale, with its age).
 */
export interface LedgerMaintainer {
  /** Asks for the ledger to be brought up to date soon; returns at once. */
  request(): void
  /** Resolves once no refresh is running or asked for. */
  idle(): Promise<void>
}

export function ledgerMaintainer(refresh: () => Promise<unknown>, onError: (e: unknown) => void = () => {}): LedgerMaintainer {
  let running: Promise<void> | undefined
  let again = false
  const loop = async () => {
    do {
      again = false
      try { await refresh() } catch (e) { onError(e) }
    } while (again)
    running = undefined
  }
  return {
    request() {
      if (running) again = true
      else running = loop()
    },
    async idle() {
      while (running) await running
    },
  }
}
