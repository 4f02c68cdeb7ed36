import { performance } from 'node:perf_hooks';
import { ANSWERS, findAnswer, runAnswer } from '../answers/registry.js';
import type { Corpus } from '../pipeline/corpus.js';
import { foldText } from '../text/fold.js';
import { latencyStats, type LatencyStats } from './stats.js';
import { baselineWords, commandInputs, namePrefix, textOf, textQuery, vocabularyOf, type QueryKind } from './workload.js';

export interface CommandLatency {
  command: string;
  latency: LatencyStats;
  /** The naive linear scan on the same inputs. */
  baseline: LatencyStats;
  /** baseline p50 / command p50: how many times faster than the scan the command is. */
  speedup: number;
  /** Inputs generated; fewer were timed (`latency.count`) when the command ran out of its time budget. */
  inputs: number;
  /** Generated option sets the command's schema refused, and calls that threw. */
  rejected: number;
  errors: number;
  firstError?: string;
}

export interface LatencyReport {
  commands: CommandLatency[];
  /** Each autocomplete the bot offers (`autocomplete /who`, `autocomplete /crowd-size`), as found at run time. */
  autocomplete: CommandLatency[];
  /** Search alone, per kind of query (typos exercise fuzzy matching, prefixes and one-letter queries prefix matching). */
  searchByKind: Record<string, LatencyStats>;
  /** /ask against the answer it routes to, on the same questions: what reading the question costs. Absent before /ask. */
  askOverhead?: AskOverhead[];
}

/** /ask's questions routed to one answer: /ask's latency, and the routed answer's own on the options /ask gave it. */
export interface AskOverhead {
  engine: string;
  ask: LatencyStats;
  routed: LatencyStats;
}

/** The naive baseline: every passage, folded once up front, scanned with `includes` for each query word. */
export class NaiveScan {
  private readonly folded: string[];

  constructor(corpus: Corpus) {
    this.folded = corpus.passages.map((p) => foldText(p.text));
  }

  /** Indices of the `limit` passages containing the most query words. */
  search(text: string, limit = 5): number[] {
    const words = baselineWords(text);
    if (!words.length) words.push(foldText(text).trim() || ' ');
    const hits: Array<{ i: number; score: number }> = [];
    for (let i = 0; i < this.folded.length; i++) {
      const passage = this.folded[i]!;
      let score = 0;
      for (const w of words) if (passage.includes(w)) score++;
      if (score) hits.push({ i, score });
    }
    hits.sort((a, b) => b.score - a.score || a.i - b.i);
    return hits.slice(0, limit).map((h) => h.i);
  }
}

const WARMUP = 20;
/**
 * A command too slow to finish its inputs in this many seconds is stopped
 * there, and the report says how many it ran: a slow command shows as slow,
 * it does not hold up the whole run.
 */
export const COMMAND_BUDGET_MS = 40_000;

function time<T>(fn: () => T): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function timeAll<T>(inputs: T[], fn: (input: T) => unknown): { samples: number[]; errors: number; firstError?: string } {
  for (const input of inputs.slice(0, WARMUP)) {
    try {
      fn(input);
    } catch {
      // counted below
    }
  }
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  for (const input of inputs) {
    if (performance.now() - started > COMMAND_BUDGET_MS) break;
    const t0 = performance.now();
    try {
      fn(input);
    } catch (err) {
      errors++;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
    samples.push(performance.now() - t0);
  }
  return { samples, errors, ...(firstError ? { firstError } : {}) };
}

function withBaseline(command: string, texts: string[], measured: ReturnType<typeof timeAll>, scan: NaiveScan, rejected: number): CommandLatency {
  const latency = latencyStats(measured.samples);
  const baseline = latencyStats(texts.slice(0, Math.max(measured.samples.length, 1)).map((t) => time(() => scan.search(t))));
  return {
    command,
    latency,
    baseline,
    inputs: texts.length,
    speedup: Math.round((baseline.p50 / Math.max(latency.p50, 0.001)) * 10) / 10,
    rejected,
    errors: measured.errors,
    ...(measured.firstError ? { firstError: measured.firstError } : {}),
  };
}

type Autocomplete = (corpus: Corpus, typed: string) => unknown;

/** Where the answers' autocompletes live, looked up at run time so the bench runs on any version of them. */
const AUTOCOMPLETES = [
  { name: 'autocomplete /who', module: '../answers/who/answer.js', fn: 'autocompleteEntities' },
  { name: 'autocomplete /crowd-size', module: '../answers/crowdSize/choices.js', fn: 'autocompleteGatherings' },
];

/** The autocompletes that exist in this version of the code. */
async function findAutocompletes(): Promise<{ name: string; complete: Autocomplete }[]> {
  const found: { name: string; complete: Autocomplete }[] = [];
  for (const a of AUTOCOMPLETES) {
    const mod = (await import(new URL(a.module, import.meta.url).href).catch(() => ({}))) as Record<string, unknown>;
    if (typeof mod[a.fn] === 'function') found.push({ name: a.name, complete: mod[a.fn] as Autocomplete });
  }
  return found;
}

/** p50/p99 of every registered command, autocomplete and the baseline, on `queries` varied inputs each. */
export async function measureLatency(corpus: Corpus, options: { queries: number; seed: number }): Promise<LatencyReport> {
  const vocabulary = vocabularyOf(corpus, options.seed);
  const scan = new NaiveScan(corpus);
  const commands: CommandLatency[] = [];
  for (const spec of ANSWERS) {
    const { optionSets, rejected } = commandInputs(spec, vocabulary, options.queries);
    const measured = timeAll(optionSets, (raw) => {
      const result = runAnswer(spec, corpus, raw);
      if (!result.ok) throw new Error(result.message);
    });
    commands.push(withBaseline(spec.name, optionSets.map(textOf), measured, scan, rejected));
  }

  const autocomplete: CommandLatency[] = [];
  for (const { name, complete } of await findAutocompletes()) {
    const prefixes = Array.from({ length: options.queries }, () => namePrefix(vocabulary));
    autocomplete.push(
      withBaseline(
        name,
        prefixes,
        timeAll(prefixes, (p) => complete(corpus, p)),
        scan,
        0,
      ),
    );
  }

  const searchByKind: Record<string, LatencyStats> = {};
  const search = findAnswer('search');
  if (search) {
    const kinds: QueryKind[] = ['words', 'phrase', 'question', 'typo', 'prefix', 'short', 'name', 'miss'];
    const perKind = Math.max(10, Math.ceil(options.queries / 5));
    for (const kind of kinds) {
      const queries = Array.from({ length: perKind }, () => textQuery(vocabulary, kind).text);
      searchByKind[kind] = latencyStats(timeAll(queries, (query) => runAnswer(search, corpus, { query })).samples);
    }
  }
  return { commands, autocomplete, searchByKind, askOverhead: measureAskOverhead(corpus, vocabulary, options.queries) };
}

/**
 * /ask and the answer it routes each question to, timed in turn on the same
 * questions (so machine noise falls on both alike), per routed answer, each
 * first on every other question.
 */
function measureAskOverhead(corpus: Corpus, vocabulary: ReturnType<typeof vocabularyOf>, queries: number): AskOverhead[] {
  const ask = findAnswer('ask');
  if (!ask) return [];
  const byEngine = new Map<string, { raw: Record<string, unknown>; options: Record<string, unknown> }[]>();
  for (const raw of commandInputs(ask, vocabulary, queries).optionSets) {
    const result = runAnswer(ask, corpus, raw);
    if (!result.ok || result.value.command !== 'ask') continue;
    const list = byEngine.get(result.value.routedTo) ?? [];
    list.push({ raw, options: result.value.reading.options });
    byEngine.set(result.value.routedTo, list);
  }
  const out: AskOverhead[] = [];
  for (const [engine, inputs] of byEngine) {
    const spec = findAnswer(engine)!;
    const asked: number[] = [];
    const routed: number[] = [];
    for (const [i, input] of inputs.entries()) {
      // Whichever runs first on a question pays what the other then finds made (a term's postings scored on first
      // touch, a stem remembered): each goes first on every other question, so neither is charged for the other.
      const askFirst = i % 2 === 0;
      const r0 = askFirst ? 0 : time(() => runAnswer(spec, corpus, input.options));
      const a = time(() => runAnswer(ask, corpus, input.raw));
      const r = askFirst ? time(() => runAnswer(spec, corpus, input.options)) : r0;
      if (i >= Math.min(WARMUP, inputs.length / 4)) {
        asked.push(a);
        routed.push(r);
      }
    }
    if (asked.length) out.push({ engine, ask: latencyStats(asked), routed: latencyStats(routed) });
  }
  return out.sort((a, b) => a.engine.localeCompare(b.engine));
}
