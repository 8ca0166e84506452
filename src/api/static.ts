import { readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Context } from 'hono'

/** The built UI (`npm run build` → dist/web), found from this file in src/api or dist/api alike. */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url))

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
}

// Only plain names below the root: no "..", no dot-files, no encoded separators.
const SAFE_PATH = /^\/(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)+$/

/** Serves the UI's files; `/` and unknown paths without an extension get the app shell (hash router). */
export function serveWeb(root = WEB_ROOT) {
  return async (c: Context) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path
    if (!SAFE_PATH.test(path) || !TYPES[extname(path)]) return c.notFound()
    try {
      const body = await readFile(join(root, path))
      const cache = path === '/index.html' ? 'no-cache' : 'public, max-age=300'
      return c.body(body, 200, { 'content-type': TYPES[extname(path)]!, 'cache-control': cache })
    } catch {
      if (path === '/index.html') return c.text('The web UI is not built: run npm run build', 503)
      return c.notFound()
    }
  }
}
