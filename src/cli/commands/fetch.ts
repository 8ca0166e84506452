import { Command } from 'commander'
import { ClaimtrailError } from '../../errors.js'
import { withStore } from '../context.js'
import { printJson, say } from '../print.js'

export const fetchCommand = new Command('fetch')
  .description('Fetch article pages over HTTP(S), keep what each said as a snapshot, and ingest them')
  .argument('<urls...>', 'http(s) addresses of article pages')
  .option('--outlet <name>', 'the outlet, where the page does not name it')
  .option('--json', 'print what happened to each page as JSON')
  .addHelpText('after', `
Pages are fetched with a claimtrail User-Agent, 20 s and 5 MB at most, 5 redirects at most, HTML or
plain text only. Loopback and private addresses are refused unless --allow-private is given (or
CLAIMTRAIL_ALLOW_PRIVATE_FETCH=1). A page fetched again is compared with its last snapshot.

Examples:
  claimtrail fetch https://news.example/2026/01/08/strike.html
  claimtrail --allow-private fetch http://127.0.0.1:8080/story.html --json`)
  .action(async (urls: string[], opts: { outlet?: string; json?: boolean }, command: Command) => {
    const { fetchAndIngest } = await import('../../sources/fetch-and-ingest.js')
    const { fetchSettingsOf } = await import('../../sources/settings.js')
    const { settleWrites } = await import('../settle.js')
    const results = await withStore(command, async (store, config) => {
      const out = []
      for (const url of urls) {
        try {
          const r = await fetchAndIngest(store, url, fetchSettingsOf(config), opts.outlet ? { outlet: opts.outlet } : {}, { limits: config.limits })
          out.push({ url, status: r.status, id: r.document?.id ?? null, title: r.document?.title ?? null, snapshot: r.snapshot ?? null, changes: r.changes })
        } catch (e) {
          if (!(e instanceof ClaimtrailError)) throw e
          say(`claimtrail: ${e.message}`)
          out.push({ url, status: 'failed', error: e.message })
        }
      }
      if (out.some((r) => r.status === 'added')) await settleWrites(store, config)
      return out
    })
    if (opts.json) printJson({ pages: results })
    else for (const r of results) process.stdout.write(`${r.status.padEnd(9)} ${'id' in r && r.id ? r.id : '-'}  ${r.url}${'changes' in r && r.changes?.length ? `  (${r.changes.length} change(s) since the last version)` : ''}\n`)
    if (results.every((r) => r.status === 'failed')) throw new ClaimtrailError('fetch_failed', 'nothing was fetched')
    if (results.some((r) => r.status === 'failed')) process.exitCode = 1
  })
