import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before } from 'node:test'
import { chromium, type Browser, type Page } from 'playwright-core'
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

/**
 * Collects what must not happen on a page: script errors, console errors other than the 4xx answers a
 * screen handles, dialogs, and any request that would leave the machine.
 */
export function watchProblems(page: Page, server: TestServer): string[] {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`) })
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss() })
  page.on('request', (r) => { if (!/^(blob|data):/.test(r.url()) && !r.url().startsWith(server.url)) problems.push(`external request: ${r.url()}`) })
  return problems
}

/** Chromium with one laptop-sized page on the test server, and the list of what went wrong on it. */
export async function openPage(server: TestServer, { timeout = 15_000, acceptDownloads = false } = {}): Promise<{ browser: Browser; page: Page; problems: string[] }> {
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads })
  page.setDefaultTimeout(timeout)
  return { browser, page, problems: watchProblems(page, server) }
}

/** Opens a hash route of the UI and waits until its view has rendered. */
export async function openRoute(page: Page, base: string, route: string): Promise<void> {
  await page.goto(`${base}/#${route}`)
  await page.locator('main[aria-busy]').waitFor({ state: 'detached' })
}

/** Where the README screenshots go: CLAIMTRAIL_SCREENSHOTS=docs/screenshots node scripts/test.js browser (made on first use). */
export function screenshotDir(): string | undefined {
  const dir = process.env['CLAIMTRAIL_SCREENSHOTS']
  if (dir) mkdirSync(resolve(dir), { recursive: true })
  return dir ? resolve(dir) : undefined
}

/** Each browser step may wait on a ledger catching up under load. */
export const BROWSER_STEP = { timeout: 60_000 }

export interface BrowserSession {
  server: TestServer
  page: Page
  /** Uncaught page errors: a screen that threw is a failed test even when it looks right. */
  readonly problems: string[]
  go(route: string): Promise<void>
}

/**
 * For one describe block: before it, a test server seeded by `seed` and a headless Chromium page on it;
 * after it, both closed.
 */
export function browserSession(options: Parameters<typeof startTestServer>[0], seed: (server: TestServer) => Promise<void>): BrowserSession {
  let browser: Browser | undefined
  const s = { problems: [] as string[], go: (route: string) => openRoute(s.page, s.server.url, route) } as BrowserSession
  before(async () => {
    s.server = await startTestServer(options)
    await seed(s.server)
    browser = await launchChromium()
    s.page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    s.page.setDefaultTimeout(15_000)
    s.page.on('pageerror', (e) => s.problems.push(`page error: ${e.message}`))
  }, { timeout: 120_000 })
  after(async () => { await browser?.close(); await s.server?.close() }, { timeout: 30_000 })
  return s
}

/** Posts articles through the API as the holder of `token`. */
export async function postArticles(server: TestServer, token: string, articles: readonly object[]): Promise<void> {
  for (const a of articles) {
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(a) })
    if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`)
  }
}
