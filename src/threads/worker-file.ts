import { fileURLToPath } from 'node:url'

/**
 * The file of a worker module beside `from` (an import.meta.url): `.js` when running the built code,
 * `.ts` when running the sources under tsx (tests, bench), whose loader the worker inherits.
 */
export function workerFile(name: string, from: string): string {
  const ext = from.endsWith('.ts') ? '.ts' : '.js'
  return fileURLToPath(new URL(`./${name}${ext}`, from))
}
