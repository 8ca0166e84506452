import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { Hono } from 'hono'
import { ClaimtrailError } from '../errors.js'

export interface RunningServer {
  readonly url: string
  close(): Promise<void>
}

/** Listens on host:port (port 0 picks a free one) and resolves once the socket is bound. */
export function startServer(app: Pick<Hono, 'fetch'>, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let server: ServerType
    const fail = (e: NodeJS.ErrnoException) =>
      reject(new ClaimtrailError('config', e.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use (try --port)` : `cannot listen on ${host}:${port}: ${e.message}`))
    server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      server.off('error', fail)
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done) => {
          server.close(() => done())
          // Keep-alive connections would hold close() open; they carry no state worth waiting for.
          if ('closeAllConnections' in server) server.closeAllConnections()
        }),
      })
    })
    server.once('error', fail)
  })
}
