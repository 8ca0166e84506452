/**
 * The invented corpus scored end to end: each article against its gold (the per-document scorer), then the whole
 * corpus ingested into a fresh temporary store, the ledger refreshed, and its cross-document reversals,
 * disagreements, casualty tallies and event/actor merges scored against corpus.gold.json.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../src/ingest/read.js'
import { openDb, type Db } from '../src/ledger/db.js'
import { importDocument } from '../src/ledger/import.js'
import { listDisagreements, listReversals, listTallies, refreshLedger, streamLedger } from '../src/ledger/analyses.js'
import type { CasualtyTally, Claim, Disagreement, Evidence, LedgerActor, LedgerEvent, Reversal } from '../src/model/ledger.js'
import { evidenceText, parseRef, readCorpusGold, refRanges, type CorpusGold } from './corpus-gold.js'
import { scoreDisagreements, scoreMerges, scoreReversals, scoreTallies, type Locate, type Located } from './corpus-match.js'
import { alignClusters, alignCountries, mapCodes, placeByAlias, placeByEvidence, type AliasCandidate } from './corpus-place.js'
import type { DocScore, GoldEval } from './score.js'
import { evaluateGold } from './evaluate-gold.js'

export const DEFAULT_CORPUS = fileURLToPath(new URL('../test/fixtures/corpus', import.meta.url))

/** Listings page; the whole ledger of a small corpus fits in one. */
const ALL = { limit: 1_000_000 }

export interface LedgerOutput {
  reversals: readonly Reversal[]; disagreements: readonly Disagreement[]; tallies: readonly CasualtyTally[]
  events: readonly LedgerEvent[]; actors: readonly LedgerActor[]
}

export interface CorpusScore {
  /** Each article against its own gold. */
  documents: GoldEval
  /** Reversals, disagreements, tallies, figures, events and actors across documents. */
  crossDocument: DocScore
}

/** Every article of the corpus against its gold, and the ledger the corpus makes against the corpus gold. */
export async function scoreCorpus(dir = DEFAULT_CORPUS): Promise<CorpusScore> {
  const documents = evaluateGold([dir])
  const gold = readCorpusGold(join(dir, 'corpus.gold.json'))
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-corpus-'))
  const store = await openDb({ dataDir })
  try {
    const stored = await ingest(store, dir)
    await refreshLedger(store)
    const ledger: LedgerOutput = {
      reversals: await listReversals(store, ALL), disagreements: await listDisagreements(store, ALL),
      tallies: await listTallies(store, ALL), events: await whole<LedgerEvent>(store, 'ledger_events'), actors: await whole<LedgerActor>(store, 'ledger_actors'),
    }
    return { documents, crossDocument: scoreLedger(gold, ledger, stored) }
  } finally {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** A stored article: its document id and the text every ledger span points into. */
export interface StoredArticle { readonly docId: string; readonly text: string }

async function ingest(store: Db, dir: string): Promise<Map<string, StoredArticle>> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f))
  const read = await readInputs(files)
  if (read.errors.length) throw new Error(`corpus ingest: ${read.errors.map((e) => e.message).join('; ')}`)
  const out = new Map<string, StoredArticle>()
  for (const { document, warnings } of read.documents) {
    const added = await importDocument(store, document, warnings)
    out.set(basename(document.origin ?? ''), { docId: added.document.id, text: document.text })
  }
  return out
}

/** Scores one ledger against the corpus gold; pure given the stored articles, so tests can feed it by hand. */
export function scoreLedger(gold: CorpusGold, ledger: LedgerOutput, stored: ReadonlyMap<string, StoredArticle>): DocScore {
  const fileOf = new Map([...stored].map(([file, a]) => [a.docId, file]))
  const at = (e: Evidence): Located => ({ file: fileOf.get(e.docId) ?? e.docId, start: e.span.start, end: e.span.end })
  const claims = (cs: readonly Claim[]) => cs.map((c) => at(c.evidence))
  const locate: Locate = (ref) => ({ file: parseRef(ref).file, ranges: refRanges(gold, ref, (file) => stored.get(file)?.text) })

  const actorCandidates: AliasCandidate[] = ledger.actors.map((a) => ({
    id: a.id, type: a.type, ...(a.country ? { country: a.country } : {}), aliases: [a.name, ...a.aliases], files: a.documents.map((d) => fileOf.get(d) ?? d),
  }))
  const placeActor = (ref: string) => {
    const { file, id } = parseRef(ref)
    return placeByAlias(gold.docs.get(file) ? evidenceText(gold.docs.get(file)!, id) : [], file, actorCandidates)
  }
  const actorsPlaced = new Map(gold.actors.flatMap((c) => c.members.map((m) => [m, placeActor(m)] as const)))
  const eventCandidates = ledger.events.map((e) => ({ id: e.id, evidence: e.mentions.map(at) }))
  const eventsPlaced = new Map(gold.events.flatMap((c) => c.members.map((m) => [m, placeByEvidence(m, eventCandidates, locate)] as const)))
  const actorIds = alignClusters(gold.actors, actorsPlaced)
  const codes = alignCountries(gold.countries, actorCandidates)
  const align = { actor: (id: string) => actorIds.get(id), key: (key: string) => mapCodes(key, codes) }

  const { tallies, figures } = scoreTallies(gold.tallies, ledger.tallies.map((t) => ({
    status: t.status, low: t.low, best: t.best, high: t.high,
    figures: t.figures.map((f) => ({ count: f.count, superseded: !!f.supersededBy, evidence: at(f.evidence) })),
  })), locate)
  return {
    reversals: scoreReversals(gold.reversals, ledger.reversals.map((r) => ({
      actor: r.actor, key: r.proposition.key, rating: r.rating, earlier: claims(r.earlier), later: claims(r.later),
    })), locate, align),
    disagreements: scoreDisagreements(gold.disagreements, ledger.disagreements.map((d) => ({
      key: d.proposition.key, sides: d.sides.map((s) => ({ polarity: s.polarity, evidence: claims(s.claims) })),
    })), locate, align),
    tallies,
    figures,
    events: scoreMerges(gold.events, eventsPlaced),
    actors: scoreMerges(gold.actors, actorsPlaced),
  }
}

/** Every actor or event whole (listings give summaries): merges are scored by the documents joined. */
async function whole<T>(store: Db, table: 'ledger_actors' | 'ledger_events'): Promise<T[]> {
  const out: T[] = []
  for await (const x of streamLedger<T>(store, table)) out.push(x)
  return out
}
