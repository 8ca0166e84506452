import cliProgress from 'cli-progress'

/** How far a bulk ingest has got, drawn on a terminal; messages wait below it until it is done. */
export interface Progress {
  /** One more document read and stored, of `bytes` bytes of text. */
  tick(bytes: number): void
  /** A line for the user: printed at once without a bar, after the bar while one is drawn. */
  say(message: string): void
  stop(): void
}

export interface ProgressOptions {
  /** `--json`: output is for programs, so nothing is drawn. */
  readonly quiet?: boolean
  readonly stream?: NodeJS.WriteStream
}

/**
 * A bar with documents, MB/s and time left for an ingest of `total` documents, on stderr so stdout stays
 * clean. Drawn only on a terminal, never with --json or for a single document.
 */
export function ingestProgress(total: number, { quiet = false, stream = process.stderr }: ProgressOptions = {}): Progress {
  const write = (m: string) => void stream.write(`${m}\n`)
  if (quiet || !stream.isTTY || total < 2) return { tick: () => {}, say: write, stop: () => {} }
  const bar = new cliProgress.SingleBar({
    stream, format: '{bar} {value}/{total} documents | {mbps} MB/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: false,
  }, cliProgress.Presets.shades_classic)
  const started = performance.now()
  const held: string[] = []
  let bytes = 0
  bar.start(total, 0, { mbps: '0.00' })
  return {
    tick(n) {
      bytes += n
      bar.increment(1, { mbps: (bytes / 1e6 / Math.max(1e-3, (performance.now() - started) / 1000)).toFixed(2) })
    },
    say: (m) => void held.push(m),
    stop() {
      bar.stop()
      held.splice(0).forEach(write)
    },
  }
}
