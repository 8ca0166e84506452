import { readdir, realpath, stat } from 'node:fs/promises'
import { extname, join, relative, isAbsolute } from 'node:path'
import { InputError, type InputWarning } from './errors.js'
import { formatByName } from './sniff.js'

export interface Found {
  /** Files to read, in order: the given paths in order, each folder's files sorted by name. */
  readonly files: string[]
  readonly errors: InputError[]
  readonly warnings: InputWarning[]
}

/**
 * Paths → files. Folders are walked recursively, sorted, skipping hidden entries; inside a folder only
 * files with a known extension are taken (a named file of another kind is still read and sniffed), and
 * every other file is named as skipped. A symbolic link inside a folder is followed only when it stays
 * inside the folder given: a link to /etc/passwd in a folder of articles is refused, not ingested.
 */
export async function findFiles(paths: readonly string[]): Promise<Found> {
  const found: Found = { files: [], errors: [], warnings: [] }
  const seenDirs = new Set<string>()
  for (const path of paths) {
    if (path === '-') {
      found.files.push(path)
      continue
    }
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => e)
    if (info instanceof Error) found.errors.push(statError(path, info))
    else if (info.isDirectory()) await walk(path, found, seenDirs, await realpath(path))
    else found.files.push(path)
  }
  return found
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

async function walk(dir: string, found: Found, seenDirs: Set<string>, root: string): Promise<void> {
  // Symbolic links may loop back to a parent; each real folder is walked once.
  const real = await realpath(dir)
  if (seenDirs.has(real)) return
  seenDirs.add(real)
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort()
  for (const name of names) {
    const path = join(dir, name)
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => e)
    const target = info instanceof Error ? undefined : await realpath(path)
    if (info instanceof Error) found.errors.push(statError(path, info))
    else if (!inside(root, target!)) found.errors.push(new InputError('forbidden', path, `${path}: a link to ${target} outside the folder; not followed`))
    else if (info.isDirectory()) await walk(path, found, seenDirs, root)
    else if (formatByName(name)) found.files.push(path)
    else found.warnings.push({ code: 'skipped', origin: path, message: `${path}: skipped, ${kindOf(name)} is not a format claimtrail reads`, rule: 'ingest.walk' })
  }
}

const kindOf = (name: string) => (extname(name) ? `${extname(name).toLowerCase()}` : 'a file without an extension')

function statError(path: string, e: NodeJS.ErrnoException): InputError {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return new InputError('not_found', path, `${path}: no such file or folder`)
  if (e.code === 'EACCES' || e.code === 'EPERM') return new InputError('bad_input', path, `${path}: permission denied`)
  return new InputError('bad_input', path, `${path}: cannot be read (${e.code ?? e.message})`)
}
