import { execFileSync } from 'node:child_process'
import { existsSync, statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { createApp } from '../../src/api/app.js'
import { startServer, type RunningServer } from '../../src/api/server.js'
import { createToken } from '../../src/ledger/tokens.js'
import { freshStore, type TestStore } from './store.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, with its phoning-home switched off: never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 30_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

const newest = (dir: string): number => Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) =>
  e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs))

/** Builds the UI when dist/web is missing or older than src/web, so a test run never serves stale code. */
export function ensureWebBuild(): void {
  const built = join(ROOT, 'dist/web/main.js')
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(ROOT, 'src/web'))) return
  execFileSync(process.execPath, [join(ROOT, 'src/web/build.mjs')], { stdio: 'inherit', timeout: 120_000 })
}

export interface TestServer {
  readonly url: string
  readonly t: TestStore
  readonly editor: string
  readonly reader: string
  close(): Promise<void>
}

/** The app on a fresh store, listening on 127.0.0.1 with a free port, with an editor and a reader token. */
export async function startTestServer(options: { allowAnonymousRead?: boolean; allowPrivateFetch?: boolean } = {}): Promise<TestServer> {
  ensureWebBuild()
  const t = await freshStore()
  const editor = (await createToken(t.store, 'editor', 'Test Editor')).secret
  const reader = (await createToken(t.store, 'reader', 'Test Reader')).secret
  const server: RunningServer = await startServer(createApp({ store: t.store, allowAnonymousRead: options.allowAnonymousRead ?? true, allowPrivateFetch: options.allowPrivateFetch ?? false }), '127.0.0.1', 0)
  return { url: server.url, t, editor, reader, close: async () => { await server.close(); await t.dispose() } }
}

/** Opens a hash route of the UI and waits until its view has rendered. */
export async function openRoute(page: import('playwright-core').Page, base: string, route: string): Promise<void> {
  await page.goto(`${base}/#${route}`)
  await page.locator('main[aria-busy]').waitFor({ state: 'detached' })
}
