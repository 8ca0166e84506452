import { Command, InvalidArgumentError } from 'commander'
import { createToken, listTokens, revokeToken, ROLES, type Role } from '../../ledger/tokens.js'
import { withStore } from '../context.js'
import { printJson, printTable, say } from '../print.js'

function role(value: string): Role {
  if (!ROLES.includes(value as Role)) throw new InvalidArgumentError(`expected one of ${ROLES.join(', ')}`)
  return value as Role
}

const create = new Command('create')
  .description('Create an API token; its secret is printed once and only its hash is stored')
  .requiredOption('--role <role>', `${ROLES.join('|')}: readers read, editors import and review, admins also merge`, role)
  .option('--name <name>', 'who holds it (recorded as the reviewer of their review actions)')
  .option('--json', 'print JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail token create --role editor --name "J. Editor"\n  claimtrail token create --role reader --json')
  .action(async (opts: { role: Role; name?: string; json?: boolean }, command: Command) => {
    const { token, secret } = await withStore(command, (store) => createToken(store, opts.role, opts.name))
    if (opts.json) return printJson({ ...token, secret })
    process.stdout.write(`${secret}\n`)
    say(`token ${token.id} (${token.role}, "${token.name}") created; the secret above is shown only now`)
  })

const list = new Command('list')
  .description('List tokens (never their secrets)')
  .option('--json', 'print JSON')
  .addHelpText('after', '\nExamples:\n  claimtrail token list')
  .action(async (opts: { json?: boolean }, command: Command) => {
    const tokens = await withStore(command, (store) => listTokens(store))
    if (opts.json) return printJson(tokens)
    if (tokens.length === 0) return void process.stdout.write('No tokens. Create one with: claimtrail token create --role editor\n')
    printTable(tokens, [['ID', (t) => t.id], ['ROLE', (t) => t.role], ['NAME', (t) => t.name], ['CREATED', (t) => t.createdAt.slice(0, 10)], ['REVOKED', (t) => t.revokedAt?.slice(0, 10) ?? '']])
  })

const revoke = new Command('revoke')
  .description('Revoke a token at once; requests carrying it get 401')
  .argument('<id>', 'the token id shown by token list (t…)')
  .addHelpText('after', '\nExamples:\n  claimtrail token revoke t1a2b3c4d')
  .action(async (id: string, _opts, command: Command) => {
    const t = await withStore(command, (store) => revokeToken(store, id))
    say(`token ${t.id} (${t.name}) revoked`)
  })

export const tokenCommand = new Command('token')
  .addHelpText('after', '\nExamples:\n  claimtrail token create --role editor --name "J. Editor"\n  claimtrail token list\n  claimtrail token revoke t1a2b3c4d')
  .description('Manage API tokens for claimtrail serve')
  .addCommand(create).addCommand(list).addCommand(revoke)
