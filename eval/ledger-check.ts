/**
 * Ledger check on many real articles: `npx tsx eval/ledger-check.ts [--data DIR] [--split train]`.
 * Ingests PolNeAR's articles with the CLI into a fresh store (or reads the store at DIR) and checks
 * three things of the ledger, independently of the code that builds it:
 * - one actor per person: no other person actor whose name is a part of one of the ten most mentioned
 *   people's names ("Trump" beside "Donald Trump"), and no alias naming someone else with that surname;
 * - no named person whose name starts with a function word, judged by Universal Dependencies EWT (the
 *   word's most frequent tag there is a preposition, conjunction, determiner, pronoun, particle or
 *   adverb) or an office word (an unnamed source's label is its description, and is not checked);
 * - no casualty tally whose figures come from different articles without one event to join them.
 * The texts are copyrighted: they are read from the data folder, written to a temporary folder only.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CasualtyTally, LedgerActor } from '../src/model/ledger.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DATA = resolve(ROOT, '../shared/data')
const CLI = join(ROOT, 'bin/claimtrail.js')
// Not AUX: "Will" and "May" are first names too.
const FUNCTION_TAGS = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART', 'ADV'])
// Office and title words a name can follow but never start with (titles such as "Mr." are stripped by the check).
const OFFICE_WORDS = new Set(['state', 'secretary', 'senator', 'sen', 'president', 'governor', 'gov', 'rep', 'former',
  'candidate', 'nominee', 'chairman', 'speaker', 'minister', 'justice', 'judge', 'general', 'gen', 'attorney'])
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'president', 'senator', 'governor', 'secretary',
  'candidate', 'nominee', 'former', 'first', 'lady', 'vice', 'the', 'gen', 'judge', 'speaker', 'attorney', 'general', 'pres',
  'u', 's', 'us', 'democratic', 'republican', 'gop'])

const cli = (data: string, ...args: string[]) =>
  execFileSync('node', [CLI, ...args, '--data', data], { encoding: 'utf8', maxBuffer: 1 << 30 })

/** Writes the split's articles as JSON Lines (publication date and outlet from the file name) and ingests them. */
function ingest(split: string): string {
  const dir = join(DATA, 'polnear', split, 'text')
  const tmp = mkdtempSync(join(tmpdir(), 'claimtrail-check-'))
  const lines = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => {
    const text = readFileSync(join(dir, f), 'utf8')
    const [, outlet, published] = /^([a-z-]+)_(\d{4}-\d\d-\d\d)_/.exec(f) ?? []
    return JSON.stringify({ text, published, outlet, title: text.split('\n')[0], url: `polnear:${f}` })
  })
  writeFileSync(join(tmp, 'articles.jsonl'), lines.join('\n') + '\n')
  cli(join(tmp, 'store'), 'ingest', join(tmp, 'articles.jsonl'))
  return join(tmp, 'store')
}

/** Lower-case words whose most frequent tag in UD English EWT train is a function-word tag. */
function functionWords(): Set<string> {
  const counts = new Map<string, Map<string, number>>()
  const conllu = readFileSync(join(DATA, 'ud/en-ewt/en_ewt-ud-train.conllu'), 'utf8')
  for (const line of conllu.split('\n')) {
    const cols = line.split('\t')
    if (cols.length < 4 || !/^\d+$/.test(cols[0]!)) continue
    const word = cols[1]!.toLowerCase()
    const tags = counts.get(word) ?? new Map<string, number>()
    tags.set(cols[3]!, (tags.get(cols[3]!) ?? 0) + 1)
    counts.set(word, tags)
  }
  const out = new Set<string>()
  for (const [word, tags] of counts) {
    const top = [...tags.entries()].sort((a, b) => b[1] - a[1])[0]![0]
    if (FUNCTION_TAGS.has(top)) out.add(word)
  }
  return out
}

const wordsOf = (name: string) => name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean)
const bare = (name: string) => { const w = wordsOf(name); let i = 0; while (i < w.length - 1 && TITLES.has(w[i]!)) i++; return w.slice(i) }
const isPartOf = (part: string[], whole: string[]) => part.length < whole.length ? part.every((w) => whole.includes(w)) : part.join(' ') === whole.join(' ')

function checkPeople(people: LedgerActor[]): number {
  const top = [...people].sort((a, b) => b.mentions - a.mentions).slice(0, 10)
  let failures = 0
  console.log('Ten most mentioned people (mentions, documents): other actors that are the same person; aliases naming someone else')
  for (const p of top) {
    const own = bare(p.name)
    const split = people.filter((q) => q !== p && isPartOf(bare(q.name), own))
    const surname = own[own.length - 1]!
    const strangers = p.aliases.filter((a) => /^\p{Lu}/u.test(a)).map(bare)
      .filter((w) => w.length > 1 && w[w.length - 1] === surname && !w.includes(own[0]!) && !TITLES.has(w[w.length - 2]!))
    failures += split.length + strangers.length
    const list = (xs: string[]) => (xs.length ? xs.join('; ') : 'none')
    console.log(`  ${p.name} (${p.mentions}, ${p.documents.length}): split ${list(split.map((q) => `${q.name} (${q.mentions})`))}; strangers ${list([...new Set(strangers.map((w) => w.join(' ')))])}`)
  }
  return failures
}

/** Named people only: an unnamed source is labelled by its description ("State Department official (unnamed)"). */
function checkFunctionWords(actors: LedgerActor[], fn: Set<string>): number {
  const bad = actors.filter((a) => a.type === 'person' && !a.name.endsWith('(unnamed)')).filter((a) => {
    const first = a.name.toLowerCase().split(/\s+/)[0]!.replace(/[.,]$/, '')
    return fn.has(first) || OFFICE_WORDS.has(first)
  })
  console.log(`People whose name starts with a function or office word: ${bad.length}`)
  for (const a of bad.slice(0, 30)) console.log(`  ${a.id} "${a.name}" (${a.mentions})`)
  return bad.length
}

function checkTallies(tallies: CasualtyTally[]): number {
  const pooled = tallies.map((t) => ({ t, docs: new Set(t.figures.map((f) => f.evidence.docId)) })).filter((x) => x.docs.size > 1)
  const unjoined = pooled.filter((x) => !x.t.event)
  console.log(`Tallies: ${tallies.length}; with figures from several articles: ${pooled.length}, of which with no event: ${unjoined.length}`)
  for (const { t, docs } of pooled) {
    console.log(`  ${t.event ?? '(no event)'} ${t.group} ${t.status}: ${docs.size} articles`)
    for (const f of t.figures) console.log(`    ${f.evidence.published} ${f.evidence.url ?? f.evidence.docId}: "${f.evidence.span.text}"`)
  }
  return unjoined.length
}

function main(argv: string[]): void {
  const at = argv.indexOf('--data')
  const split = argv[argv.indexOf('--split') + 1] ?? 'train'
  const data = at >= 0 ? argv[at + 1]! : ingest(argv.includes('--split') ? split : 'train')
  const actors = JSON.parse(cli(data, 'actors', '--json', '--limit', '1000000')) as LedgerActor[]
  const tallies = JSON.parse(cli(data, 'casualties', '--json', '--limit', '1000000')) as CasualtyTally[]
  const docs = cli(data, 'docs', '--json', '--limit', '1000000')
  console.log(`Store ${data}: ${(JSON.parse(docs) as unknown[]).length} documents, ${actors.length} actors`)
  const failures = {
    people: checkPeople(actors.filter((a) => a.type === 'person')),
    functionWords: checkFunctionWords(actors, functionWords()),
    tallies: checkTallies(tallies),
  }
  console.log(`Failures: ${JSON.stringify(failures)}`)
  process.exitCode = Object.values(failures).some((n) => n > 0) ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
