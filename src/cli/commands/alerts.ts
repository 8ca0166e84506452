import { Command } from 'commander'
import { withStore } from '../context.js'
import { printJson, printTable } from '../print.js'

const webhookAdd = new Command('add')
  .description('Send alerts of these kinds to a URL as signed JSON (HMAC-SHA256 of the body, header x-claimtrail-signature)')
  .argument('<url>', 'http(s) address that receives a POST per alert')
  .option('--on <kinds>', 'comma-separated: reversal, disagreement, figure, edit', 'reversal,disagreement,figure')
  .option('--secret <secret>', 'the signing secret (default: a random one, printed once)')
  .option('--json', 'print the hook, with its secret, as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail alerts webhook add https://hooks.example/claimtrail --on reversal,figure')
  .action(async (url: string, opts: { on: string; secret?: string; json?: boolean }, command: Command) => {
    const { addWebhook, parseKinds } = await import('../../ledger/webhooks.js')
    const { checkFetchable } = await import('../../sources/fetch-page.js')
    const kinds = parseKinds(opts.on)
    checkFetchable(url)
    const hook = await withStore(command, (store) => addWebhook(store, url, kinds, opts.secret))
    if (opts.json) return printJson(hook)
    process.stdout.write(`webhook ${hook.id}  ${hook.url}  on ${hook.kinds.join(',')}\nsecret (shown once): ${hook.secret}\n`)
  })

const webhookList = new Command('list').description('The webhooks and the alert kinds each receives').option('--json', 'as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail alerts webhook list')
  .action(async (opts: { json?: boolean }, command: Command) => {
    const { listWebhooks } = await import('../../ledger/webhooks.js')
    const hooks = await withStore(command, (store) => listWebhooks(store))
    if (opts.json) return printJson(hooks)
    printTable(hooks, [['id', (h) => h.id], ['on', (h) => h.kinds.join(',')], ['url', (h) => h.url]])
  })

const webhookRemove = new Command('remove').description('Remove a webhook (its pending deliveries go with it)').argument('<id>')
  .addHelpText('after', '\nExamples:\n  claimtrail alerts webhook remove h2e22afc25798')
  .action(async (id: string, _opts: unknown, command: Command) => {
    const { removeWebhook } = await import('../../ledger/webhooks.js')
    await withStore(command, (store) => removeWebhook(store, id))
    process.stdout.write(`removed ${id}\n`)
  })

const deliveries = new Command('deliveries').description('The webhook delivery log: each alert and hook, attempts and last answer')
  .option('--json', 'as JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail alerts deliveries\n  claimtrail alerts deliveries --json')
  .action(async (opts: { json?: boolean }, command: Command) => {
    const { listDeliveries } = await import('../../ledger/webhooks.js')
    const rows = await withStore(command, (store) => listDeliveries(store))
    if (opts.json) return printJson(rows)
    printTable(rows, [['#', (d) => d.seq], ['hook', (d) => d.hookId], ['alert', (d) => d.alertSeq], ['state', (d) => d.state],
      ['attempts', (d) => d.attempts], ['status', (d) => d.lastStatus], ['next', (d) => (d.state === 'pending' ? d.nextAt.slice(0, 19) : '')], ['error', (d) => d.lastError]])
  })

const deliver = new Command('deliver').description('Send the webhook deliveries that are due now (watch run and serve do it on their own)')
  .addHelpText('after', '\nExamples:\n  claimtrail alerts deliver')
  .action(async (_opts: unknown, command: Command) => {
    const { deliverDue } = await import('../../alerts/deliver.js')
    const { fetchSettingsOf } = await import('../../sources/settings.js')
    const r = await withStore(command, (store, config) => deliverDue(store, { allowPrivate: config.allowPrivateFetch, userAgent: fetchSettingsOf(config).userAgent }))
    process.stdout.write(`${r.delivered} delivered, ${r.retrying} to retry, ${r.failed} given up\n`)
  })

const readCommand = new Command('read').description('Mark alerts as read (all, or up to one number)').argument('[seq]', 'the newest alert to mark')
  .addHelpText('after', '\nExamples:\n  claimtrail alerts read\n  claimtrail alerts read 42')
  .action(async (seq: string | undefined, _opts: unknown, command: Command) => {
    const { markAlertsRead } = await import('../../ledger/alerts.js')
    await withStore(command, (store) => markAlertsRead(store, seq === undefined ? undefined : Number(seq)))
  })

const listCommand = new Command('list')
  .description('Alerts, newest first (the default: claimtrail alerts --json)')
  .option('--json', 'print them as JSON')
  .option('--unread', 'only alerts not yet marked read')
  .option('--kind <kind>', 'only one kind: reversal, disagreement, figure, edit')
  .option('--limit <n>', 'how many, newest first', (v) => Number(v), 50)
  .addHelpText('after', '\nExamples:\n  claimtrail alerts --unread\n  claimtrail alerts list --kind figure --json')
  .action(async (opts: { json?: boolean; unread?: boolean; kind?: string; limit: number }, command: Command) => {
    const { listAlerts } = await import('../../ledger/alerts.js')
    const alerts = await withStore(command, (store) => listAlerts(store, { limit: opts.limit, ...(opts.unread ? { unread: true } : {}), ...(opts.kind ? { kind: opts.kind } : {}) }))
    if (opts.json) return printJson(alerts)
    printTable(alerts, [['#', (a) => a.seq], ['at', (a) => a.at.slice(0, 16)], ['kind', (a) => a.kind], ['action', (a) => a.action], ['', (a) => (a.readAt ? '' : 'new')], ['summary', (a) => a.summary]], 100)
  })

// The listing is a default subcommand, not options of `alerts` itself: commander would give a parent's
// --json to the parent even when a subcommand also has one.
export const alertsCommand = new Command('alerts')
  .description('What changed in the ledger: new or changed reversals and disagreements, superseded figures, edited pages')
  .addHelpText('after', `
Examples:
  claimtrail alerts --unread
  claimtrail alerts webhook add https://hooks.example/claimtrail --on reversal,disagreement,figure
  claimtrail alerts deliveries`)
  .addCommand(listCommand, { isDefault: true })
  .addCommand(new Command('webhook').description('Webhooks that receive alerts')
    .addHelpText('after', '\nExamples:\n  claimtrail alerts webhook add https://hooks.example/claimtrail --on reversal,disagreement,figure\n  claimtrail alerts webhook list').addCommand(webhookAdd).addCommand(webhookList).addCommand(webhookRemove))
  .addCommand(deliveries)
  .addCommand(deliver)
  .addCommand(readCommand)
