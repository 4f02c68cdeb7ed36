import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { latencyStats, type LatencyStats } from './stats.js';

/**
 * The whole bot under the Discord-compatible test server (tests/e2e): slash
 * commands dispatched over its gateway with many in flight, each timed from
 * dispatch to the request that delivered the answer (the reply, or the edit
 * of a deferred reply). Runs in the bench's own process, beside the server.
 */
export interface EndToEndReport {
  corpus: string;
  interactions: number;
  inFlight: number;
  perSecond: number;
  /** Dispatch to the request that answered. */
  reply: LatencyStats;
  /** Dispatch to the first callback (Discord drops an interaction not acknowledged within 3 s). */
  ack: LatencyStats;
  failed: number;
}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HARNESS = path.join(PROJECT_ROOT, 'tests', 'e2e', 'harness.ts');

export function endToEndAvailable(): boolean {
  return existsSync(HARNESS);
}

interface Outcome {
  interaction: { dispatchedAt: number };
  requests: Array<{ at: number; route: string; status: number }>;
  ackMs: number | undefined;
}

interface FakeDiscordLike {
  command(name: string, options: Record<string, string | number>): unknown;
  outcome(record: unknown, options: { timeoutMs?: number; quietMs?: number }): Promise<Outcome>;
}

const ANSWERING = /^(POST \/interactions\/:id\/:token\/callback|PATCH \/webhooks|POST \/webhooks\/:app\/:token)/;

/** `commands` are [name, options] pairs, sent round-robin; `inFlight` are outstanding at any time. */
export async function measureEndToEnd(
  corpusDir: string,
  commands: Array<[string, Record<string, string | number>]>,
  options: { interactions: number; inFlight: number },
): Promise<EndToEndReport> {
  // Loaded at run time: the test server lives with the tests, and runs under tsx as they do.
  const { startHarness } = (await import(pathToFileURL(HARNESS).href)) as {
    startHarness: (o: { corpusDir: string }) => Promise<{ fake: FakeDiscordLike; stop(): Promise<void> }>;
  };
  const harness = await startHarness({ corpusDir });
  try {
    const replies: number[] = [];
    const acks: number[] = [];
    let failed = 0;
    let next = 0;
    const started = Date.now();
    const worker = async () => {
      while (next < options.interactions) {
        const [name, opts] = commands[next++ % commands.length]!;
        try {
          const outcome = await harness.fake.outcome(harness.fake.command(name, opts), { quietMs: 0, timeoutMs: 20_000 });
          const answered = outcome.requests.filter((r) => ANSWERING.test(r.route) && r.status < 400).map((r) => r.at);
          if (!answered.length) failed++;
          else replies.push(Math.max(...answered) - outcome.interaction.dispatchedAt);
          if (outcome.ackMs !== undefined) acks.push(outcome.ackMs);
        } catch {
          failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: options.inFlight }, worker));
    const seconds = (Date.now() - started) / 1000;
    return {
      corpus: path.basename(corpusDir),
      interactions: options.interactions,
      inFlight: options.inFlight,
      perSecond: Math.round((options.interactions / seconds) * 10) / 10,
      reply: latencyStats(replies),
      ack: latencyStats(acks),
      failed,
    };
  } finally {
    await harness.stop();
  }
}
