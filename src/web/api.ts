/** The UI talks to the API only, through here: same origin, bearer token from localStorage. */
const TOKEN_KEY = 'claimtrail.token'

export const getToken = () => localStorage.getItem(TOKEN_KEY) ?? ''
export function setToken(token: string): void {
  if (token.trim()) localStorage.setItem(TOKEN_KEY, token.trim())
  else localStorage.removeItem(TOKEN_KEY)
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

export interface Page<T> { items: T[]; limit: number; offset: number; next: number | null }

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = getToken()
  return { ...extra, ...(token ? { authorization: `Bearer ${token}` } : {}) }
}

async function check(res: Response): Promise<Response> {
  if (res.ok) return res
  const body = await res.json().catch(() => undefined) as { error?: { code: string; message: string } } | undefined
  throw new ApiError(res.status, body?.error?.code ?? 'http', body?.error?.message ?? `${res.status} ${res.statusText}`)
}

type Query = Record<string, string | number | undefined>
const qs = (q: Query = {}) => {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v))
  const s = p.toString()
  return s ? `?${s}` : ''
}

/** Fired when a response comes from a ledger still catching up with recent writes. */
export const STALE_EVENT = 'claimtrail:ledger-stale'

export async function get<T>(path: string, q?: Query): Promise<T> {
  const res = await check(await fetch(`/api${path}${qs(q)}`, { headers: headers() }))
  if (res.headers.get('x-ledger-stale') === 'true') window.dispatchEvent(new Event(STALE_EVENT))
  return res.json() as Promise<T>
}

async function send<T>(method: 'POST' | 'PATCH', path: string, body: BodyInit, contentType: string, q?: Query): Promise<T> {
  const res = await fetch(`/api${path}${qs(q)}`, { method, body, headers: headers({ 'content-type': contentType }) })
  return (await check(res)).json() as Promise<T>
}

export const post = <T>(path: string, body: BodyInit, contentType: string, q?: Query) => send<T>('POST', path, body, contentType, q)
export const postJson = <T>(path: string, value: unknown) => post<T>(path, JSON.stringify(value), 'application/json')
export const patchJson = <T>(path: string, value: unknown) => send<T>('PATCH', path, JSON.stringify(value), 'application/json')

/** Downloads an export: fetched with the token (a plain link could not send it), then saved by the browser. */
export async function download(path: string): Promise<void> {
  const res = await check(await fetch(`/api${path}`, { headers: headers() }))
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'claimtrail-export'
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
