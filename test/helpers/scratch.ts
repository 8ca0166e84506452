import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A temporary folder removed when the test process exits, whether its tests passed or not. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claimtrail-${prefix}-`))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  return dir
}
