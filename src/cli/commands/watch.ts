import { Command } from 'commander'
import { withStore } from '../context.js'
import { printJson, printTable, say } from '../print.js'

const addCommand = new Command('add')
  .description('Watch an RSS or Atom feed: each new item is ingested, its page fetched when the feed has only a summary')
  .argument('<feed-url>', 'http(s) address of the feed')
  .option('--every <interval>', 'how often to poll it: 90s, 15m, 2h, 1d', '15m')
  .option('--json', 'print the source as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail watch add https://news.example/world.rss --every 15m')
  .action(async (url: string, opts: { every: string; json?: boolean }, command: Command) => {
    const { parseEvery, showEvery } = await import('../../sources/every.js')
    const { checkFetchable } = await import('../../sources/fetch-page.js')
    const every = parseEvery(opts.every)
    checkFetchable(url)
    const { addSource } = await import('../../ledger/sources.js')
    const source = await withStore(command, (store) => addSource(store, url, every))
    if (opts.json) return printJson(source)
    process.stdout.write(`watching ${source.id}  ${source.url}  every ${showEvery(source.everySeconds)}\n`)
  })

const listCommand = new Command('list')
  .description('The watched feeds: how often, when next, and how the last poll went')
  .option('--json', 'print them as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail watch list\n  claimtrail watch list --json')
  .action(async (opts: { json?: boolean }, command: Command) => {
    const { listSources } = await import('../../ledger/sources.js')
    const { showEvery } = await import('../../sources/every.js')
    const sources = await withStore(command, (store) => listSources(store))
    if (opts.json) return printJson(sources)
    printTable(sources, [['id', (s) => s.id], ['every', (s) => showEvery(s.everySeconds)], ['next', (s) => s.nextAt.slice(0, 16)],
      ['last', (s) => s.lastStatus], ['failures', (s) => s.failures], ['url', (s) => s.url]])
  })

const removeCommand = new Command('remove')
  .description('Stop watching a feed (its documents and snapshots stay)')
  .argument('<source>', 'the source id or its URL')
  .addHelpText('after', '\nExamples:\n  claimtrail watch remove s147f05684501\n  claimtrail watch remove https://news.example/world.rss')
  .action(async (ref: string, _opts: unknown, command: Command) => {
    const { removeSource } = await import('../../ledger/sources.js')
    await withStore(command, (store) => removeSource(store, ref))
    process.stdout.write(`stopped watching ${ref}\n`)
  })

const runCommand = new Command('run')
  .description('Poll the watched feeds as they fall due, until stopped (--once: poll each one now, once)')
  .option('--once', 'one pass over every watched feed, then exit')
  .option('--json', 'with --once, print what each poll did as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail watch run\n  claimtrail watch run --once --json')
  .action(async (opts: { once?: boolean; json?: boolean }, command: Command) => {
    const { pollSources } = await import('../../sources/watch.js')
    const { fetchSettingsOf } = await import('../../sources/settings.js')
    const { settleWrites } = await import('../settle.js')
    const { watchLoop } = await import('../../sources/watch-loop.js')
    await withStore(command, async (store, config) => {
      const settings = fetchSettingsOf(config)
      if (opts.once) {
        const reports = await pollSources(store, settings, { all: true, limits: config.limits })
        await settleWrites(store, config)
        if (opts.json) return printJson(reports)
        for (const r of reports) {
          process.stdout.write(`${r.source}: ${r.status}\n`)
          for (const p of r.pages) process.stdout.write(`  ${p.status.padEnd(9)} ${p.docId ?? '-'}  ${p.url}${p.changes ? `  (${p.changes} change(s))` : ''}${p.message ? `  ${p.message}` : ''}\n`)
        }
        return
      }
      const stop = new AbortController()
      process.once('SIGINT', () => stop.abort())
      process.once('SIGTERM', () => stop.abort())
      say('watching; Ctrl-C stops')
      await watchLoop(store, settings, {
        signal: stop.signal, limits: config.limits,
        afterPoll: () => settleWrites(store, config),
        onReport: (r) => say(`${r.source}: ${r.status}, ${r.pages.filter((p) => p.status === 'added').length} new`),
      })
    })
  })

export const watchCommand = new Command('watch')
  .description('Watch feeds and ingest what they publish')
  .addHelpText('after', '\nExamples:\n  claimtrail watch add https://news.example/world.rss --every 15m\n  claimtrail watch run\n  claimtrail watch list')
  .addCommand(addCommand)
  .addCommand(listCommand)
  .addCommand(removeCommand)
  .addCommand(runCommand)
