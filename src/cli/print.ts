/** Output for people (aligned columns) or for programs (`--json`), chosen once per command. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

export type Column<T> = readonly [header: string, cell: (row: T) => string | number | null | undefined]

/** Plain aligned table; long cells are cut so a row stays on one terminal line. */
export function printTable<T>(rows: readonly T[], columns: readonly Column<T>[], maxWidth = 60): void {
  const cells = rows.map((row) => columns.map(([, cell]) => clip(String(cell(row) ?? '—'), maxWidth)))
  const widths = columns.map(([header], i) => Math.max(header.length, ...cells.map((r) => r[i]!.length)))
  const line = (values: readonly string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd()
  process.stdout.write(`${line(columns.map(([h]) => h))}\n`)
  for (const r of cells) process.stdout.write(`${line(r)}\n`)
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Messages for people go to stderr so stdout stays clean for `--json` and pipes. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`)
}
