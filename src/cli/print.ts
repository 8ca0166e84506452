/** Output for people (aligned columns) or for programs (`--json`), chosen once per command. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

export type Column<T> = readonly [header: string, cell: (row: T) => string | number | null | undefined]

/** Plain aligned table; long cells are cut so a row stays on one terminal line. */
export function printTable<T>(rows: readonly T[], columns: readonly Column<T>[], maxWidth = 60): void {
  const full = rows.map((row) => columns.map(([, cell]) => clip(String(cell(row) ?? '—'), maxWidth)))
  const widths = fitWidths(columns.map(([header], i) => Math.max(header.length, ...full.map((r) => r[i]!.length))), terminalWidth())
  const cells = full.map((r) => r.map((v, i) => clip(v, widths[i]!)))
  const line = (values: readonly string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd()
  process.stdout.write(`${line(columns.map(([h], i) => clip(h, widths[i]!)))}\n`)
  for (const r of cells) process.stdout.write(`${line(r)}\n`)
}

/**
 * The terminal's width when output goes to one (COLUMNS, when set, wins as for other tools); none for a
 * pipe or a file, whose reader gets whole cells.
 */
export function terminalWidth(out: { isTTY?: boolean; columns?: number } = process.stdout, env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!out.isTTY) return undefined
  const columns = Number(env['COLUMNS'])
  return Number.isInteger(columns) && columns > 0 ? columns : out.columns || undefined
}

const NARROWEST = 8

/** Column widths that fit `total` characters with two spaces between columns: the widest give way first. */
export function fitWidths(widths: readonly number[], total: number | undefined): number[] {
  const out = [...widths]
  if (total === undefined) return out
  const room = total - 2 * (out.length - 1)
  for (let sum = out.reduce((a, b) => a + b, 0); sum > room; sum--) {
    const widest = out.indexOf(Math.max(...out))
    if (out[widest]! <= NARROWEST) break
    out[widest]!--
  }
  return out
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Messages for people go to stderr so stdout stays clean for `--json` and pipes. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`)
}
