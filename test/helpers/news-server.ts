import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Page {
  readonly type: string
  body: string
  /** Extra headers, such as a redirect's location. */
  readonly headers?: Record<string, string>
  readonly status?: number
}

export interface NewsServer {
  readonly url: string
  readonly pages: Map<string, Page>
  /** Every request: path and headers, in order. */
  readonly requests: { path: string; headers: IncomingHttpHeaders }[]
  close(): Promise<void>
}

/**
 * A small news site on loopback for tests: pages by path, each answered with an ETag and a
 * Last-Modified, and 304 to a conditional request that still matches. Nothing leaves the machine.
 */
export async function startNewsServer(pages: Record<string, Page> = {}): Promise<NewsServer> {
  const map = new Map(Object.entries(pages))
  const requests: NewsServer['requests'] = []
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push({ path, headers: req.headers })
    const page = map.get(path)
    if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
    const etag = `"${createHash('sha1').update(page.body).digest('hex').slice(0, 12)}"`
    const headers = { 'content-type': page.type, etag, 'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT', ...page.headers }
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end()
    res.writeHead(page.status ?? 200, headers).end(page.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, pages: map, requests, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** An HTML article page as a news site serves it. */
export const articlePage = (o: { title: string; published: string; outlet: string; paragraphs: readonly string[] }) => `<!doctype html>
<html><head><title>${o.title}</title><meta property="og:site_name" content="${o.outlet}">
<meta property="article:published_time" content="${o.published}T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${o.title}</h1>${o.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`

/** An RSS feed whose items carry only a summary. */
export const summaryFeed = (base: string, items: readonly { path: string; title: string; date: string }[]) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Port Lia Courier</title><link>${base}/</link><language>en</language>
${items.map((i) => `<item><title>${i.title}</title><link>${base}${i.path}</link><pubDate>${i.date}</pubDate><description>A short summary.</description></item>`).join('\n')}
</channel></rss>`

/** A report of dead civilians whose number a later edit changes, and a denial: the tests' two articles. */
export const SHELLING = (dead: number) => articlePage({
  title: 'Shelling hits Port Lia', published: '2026-03-03', outlet: 'Port Lia Courier',
  paragraphs: [
    `The Freedonian health ministry said on Tuesday that ${dead} civilians were killed when shells hit the market of Port Lia.`,
    '"The shells came from the hills held by Sylvanian troops," the ministry spokesman told reporters.',
  ],
})

export const DENIAL = articlePage({
  title: 'Sylvania denies shelling', published: '2026-03-04', outlet: 'Port Lia Courier',
  paragraphs: ['The Sylvanian army denied on Wednesday that its troops shelled Port Lia.', '"Our forces did not fire on the town," an army spokesman said.'],
})
