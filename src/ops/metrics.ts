import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One interaction as the router saw it: what kind, which command, how it ended and how long it took. */
export interface InteractionRecord {
  kind: string;
  command: string | undefined;
  outcome: string;
  latencyMs: number;
}

/**
 * The bot's Prometheus metrics, in a registry of its own (one per running
 * bot, so two bots in one test process never share counters).
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly interactions = new Counter({
    name: 'eventdesk_interactions_total',
    help: 'Interactions handled, by kind (command, autocomplete, button), command and outcome.',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'eventdesk_interaction_duration_seconds',
    help: 'Time from receiving an interaction to having answered it.',
    labelNames: ['kind', 'command'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers: [this.registry],
  });
  private readonly articles = new Gauge({ name: 'eventdesk_corpus_articles', help: 'Articles in the corpus being answered from.', registers: [this.registry] });
  private readonly passages = new Gauge({ name: 'eventdesk_corpus_passages', help: 'Passages in the corpus being answered from.', registers: [this.registry] });
  private readonly problems = new Gauge({
    name: 'eventdesk_corpus_problems',
    help: 'Article files skipped because they could not be read.',
    registers: [this.registry],
  });
  private readonly reloads = new Histogram({
    name: 'eventdesk_corpus_reload_duration_seconds',
    help: 'Time to load or rebuild the corpus after its folder changed.',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });
  private readonly ready = new Gauge({
    name: 'eventdesk_ready',
    help: '1 while the gateway is READY and the corpus is loaded, else 0.',
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'eventdesk_' });
  }

  observeInteraction(record: InteractionRecord): void {
    const command = record.command ? record.command.slice(0, 32) : 'none';
    this.interactions.inc({ kind: record.kind, command, outcome: record.outcome });
    this.latency.observe({ kind: record.kind, command }, record.latencyMs / 1000);
  }

  observeCorpus(corpus: { articles: readonly unknown[]; passages: readonly unknown[]; problems: readonly unknown[] }, loadMs?: number): void {
    this.articles.set(corpus.articles.length);
    this.passages.set(corpus.passages.length);
    this.problems.set(corpus.problems.length);
    if (loadMs !== undefined) this.reloads.observe(loadMs / 1000);
  }

  setReady(ready: boolean): void {
    this.ready.set(ready ? 1 : 0);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
