import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import type { Readable } from 'node:stream'
import { ClaimtrailError, isClaimtrailError } from '../errors.js'
import { checkLiteralHost, guardedLookup } from './address-guard.js'

export interface FetchOptions {
  readonly userAgent: string
  /** Whole request, connect to last byte. */
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
  /** Loopback and private addresses are refused unless the operator allows them. */
  readonly allowPrivate: boolean
  /** Media types accepted (without parameters); anything else is refused before its body is read. */
  readonly accept: readonly string[]
  /** Conditional request: a 304 answer comes back as `notModified`. */
  readonly etag?: string | null
  readonly lastModified?: string | null
}

export interface Fetched {
  readonly status: number
  readonly url: string
  readonly finalUrl: string
  readonly notModified: boolean
  readonly contentType: string
  readonly bytes: Buffer
  readonly etag: string | null
  readonly lastModified: string | null
  readonly fetchedAt: string
}

export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown']
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml', 'application/rdf+xml']

const failed = (url: string, why: string) => new ClaimtrailError('fetch_failed', `cannot fetch ${url}: ${why}`)

/**
 * GET over http(s) with every limit a fetcher of other people's pages needs: redirects followed by hand
 * (each hop checked again), one deadline for the whole fetch, the body cut at maxBytes (decompressed),
 * the media type checked before the body is read.
 */
export async function fetchPage(url: string, options: FetchOptions): Promise<Fetched> {
  const deadline = Date.now() + options.timeoutMs
  let current = url
  for (let hop = 0; ; hop++) {
    const target = parseUrl(current)
    checkLiteralHost(target.hostname, options.allowPrivate)
    const res = await get(target, options, deadline, hop === 0)
    const status = res.statusCode ?? 0
    if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
      res.resume()
      if (hop >= options.maxRedirects) throw failed(url, `more than ${options.maxRedirects} redirects`)
      current = new URL(res.headers.location, current).toString()
      continue
    }
    const meta = {
      status, url, finalUrl: current, fetchedAt: new Date().toISOString(),
      etag: header(res, 'etag'), lastModified: header(res, 'last-modified'),
      contentType: (header(res, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase(),
    }
    if (status === 304) {
      res.resume()
      return { ...meta, notModified: true, bytes: Buffer.alloc(0) }
    }
    if (status < 200 || status >= 300) {
      res.resume()
      throw failed(url, `the server answered ${status}`)
    }
    if (!options.accept.includes(meta.contentType)) {
      res.destroy()
      throw failed(url, `it is ${meta.contentType || 'of no stated type'}, not one of ${options.accept.join(', ')}`)
    }
    const bytes = await readBody(res, options.maxBytes, url)
    return { ...meta, notModified: false, bytes }
  }
}

/** Checks an address before it is stored to be fetched later: http(s), no credentials. */
export function checkFetchable(url: string): void {
  parseUrl(url)
}

function parseUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ClaimtrailError('bad_input', `"${url}" is not a URL`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ClaimtrailError('bad_input', `only http(s) addresses are fetched, not "${parsed.protocol}"`)
  if (parsed.username || parsed.password) throw new ClaimtrailError('bad_input', 'addresses with a user name or password are not fetched')
  return parsed
}

function get(target: URL, options: FetchOptions, deadline: number, first: boolean): Promise<IncomingMessage> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent, accept: `${options.accept.join(', ')};q=1, */*;q=0.1`, 'accept-encoding': 'gzip, deflate, br',
  }
  // Validators belong to the address asked for; a redirect target is asked afresh.
  if (first && options.etag) headers['if-none-match'] = options.etag
  if (first && options.lastModified) headers['if-modified-since'] = options.lastModified
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const left = Math.max(1, deadline - Date.now())
    // The signal bounds the whole fetch, body included; `timeout` only a silent socket.
    const req = send(target, { method: 'GET', headers, lookup: guardedLookup(options.allowPrivate), timeout: left, signal: AbortSignal.timeout(left) }, resolve)
    req.on('timeout', () => req.destroy(timedOut(target, options)))
    req.on('error', (e) => reject(isClaimtrailError(e) ? e : e.name === 'AbortError' || e.name === 'TimeoutError' ? timedOut(target, options) : failed(target.toString(), e.message)))
    req.end()
  })
}

const timedOut = (target: URL, options: FetchOptions) => failed(target.toString(), `no answer within ${options.timeoutMs} ms`)

function readBody(res: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const encoding = header(res, 'content-encoding')?.toLowerCase()
  const decoder = encoding === 'gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined
  const stream: Readable = decoder ? res.pipe(decoder) : res
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) return void chunks.push(chunk)
      res.destroy()
      reject(failed(url, `the page is larger than ${maxBytes} bytes`))
    })
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    const fail = (e: Error) => reject(e.name === 'AbortError' || e.name === 'TimeoutError' ? failed(url, 'the page took too long to arrive') : failed(url, e.message))
    stream.on('error', fail)
    res.on('error', fail)
  })
}

function header(res: IncomingMessage, name: string): string | null {
  const v = res.headers[name]
  return (Array.isArray(v) ? v[0] : v) ?? null
}
