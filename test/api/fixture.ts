import { createApp } from '../../src/api/app.js'
import { ledgerMaintainer } from '../../src/ledger/maintainer.js'
import { ensureLedgerFresh } from '../../src/ledger/refresh.js'
import { createToken, type Role } from '../../src/ledger/tokens.js'
import { freshStore, type TestStore } from '../helpers/store.js'

/** Articles we wrote about invented places, for the API tests. */
export const ARTICLES = {
  denial: 'The Freedonian ministry denied on Monday that its troops were in Sylvania. "We have no soldiers there," the spokesman said.',
  admission: 'On Friday the Freedonian ministry announced that 12 Freedonian soldiers were killed in Sylvania during the attack of 3 March.',
  harbour: 'The harbour of Port Lia reopened on Tuesday, the Sylvanian transport office said.',
}

export interface ApiFixture {
  readonly t: TestStore
  readonly app: ReturnType<typeof createApp>
  readonly tokens: Record<Role, string>
  /** A request with the given token role (or none), JSON in and out. */
  call(path: string, init?: { method?: string; role?: Role; json?: unknown; body?: BodyInit; type?: string }): Promise<Response>
  dispose(): Promise<void>
}

export async function apiFixture(options: { allowAnonymousRead?: boolean } = {}): Promise<ApiFixture> {
  const t = await freshStore()
  // The ledger catches up after each write in the background; each call waits for it, as a person would.
  const maintainer = ledgerMaintainer(() => ensureLedgerFresh(t.store))
  const app = createApp({ store: t.store, allowAnonymousRead: options.allowAnonymousRead ?? false, maintainer })
  const tokens = {
    reader: (await createToken(t.store, 'reader', 'Rita Reader')).secret,
    editor: (await createToken(t.store, 'editor', 'Ed Editor')).secret,
    admin: (await createToken(t.store, 'admin', 'Ada Admin')).secret,
  }
  const call: ApiFixture['call'] = async (path, init = {}) => {
    await maintainer.idle()
    const headers: Record<string, string> = {}
    if (init.role) headers['authorization'] = `Bearer ${tokens[init.role]}`
    if (init.json !== undefined) headers['content-type'] = 'application/json'
    else if (init.type) headers['content-type'] = init.type
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body
    return app.request(path, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, ...(body !== undefined ? { body } : {}) })
  }
  return { t, app, tokens, call, dispose: async () => { await maintainer.idle(); await t.dispose() } }
}

/** The error body every failure carries: `{ error: { code, message } }`. */
export async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } }
  return { status: res.status, code: body.error.code, message: body.error.message }
}
