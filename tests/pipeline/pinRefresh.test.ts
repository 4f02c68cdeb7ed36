import { beforeAll, describe, expect, it } from 'vitest';
import { refreshPinnedSummaries } from '../../commands/summary.js';
import { findAnswer, runAnswer } from '../../src/answers/registry.js';
import type { SummaryAnswer } from '../../src/answers/summary/answer.js';
import { warmAnswers } from '../../src/answers/warm.js';
import { generateCorpus, readSeedMaterial } from '../../src/bench/generate.js';
import { SummaryRenderer } from '../../src/bot/pinnedSummary.js';
import type { PinRecord, PinStore } from '../../src/bot/pinStore.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { renderSummary } from '../../src/answers/summary/discord.js';
import { SEED_DIR, tempDir } from '../support/corpus.js';

/** Pin records in memory, with the PinStore methods the refresh uses. */
function memoryPins(records: PinRecord[]): PinStore & { records: Map<string, PinRecord> } {
  const map = new Map(records.map((r) => [r.channelId, r]));
  return {
    records: map,
    get: async (channelId: string) => map.get(channelId) ?? null,
    set: async (record: PinRecord) => void map.set(record.channelId, record),
    delete: async (channelId: string) => void map.delete(channelId),
    list: async () => [...map.values()],
    // The refresh goes one channel at a time: each channel's work runs when asked.
    oneAtATime: (_channelId: string, work: () => Promise<unknown>) => work(),
  } as unknown as PinStore & { records: Map<string, PinRecord> };
}

/** A stand-in for Discord's REST API that keeps what was sent, answering on a later turn of the event loop. */
function stubRest() {
  const patched: Array<{ route: string; body: { embeds: unknown[] } }> = [];
  const later = () => new Promise((resolve) => setImmediate(resolve));
  return {
    patched,
    rest: {
      patch: async (route: string, options?: { body?: unknown }) => {
        await later();
        patched.push({ route, body: options?.body as { embeds: unknown[] } });
        return {};
      },
      post: async () => ({}),
      put: async () => ({}),
    } as unknown as Parameters<typeof refreshPinnedSummaries>[0]['rest'],
  };
}

const withoutTimestamps = (embeds: unknown[]) => JSON.parse(JSON.stringify(embeds, (key, value) => (key === 'timestamp' ? undefined : value)));

describe('refreshing many pinned summaries', () => {
  let corpus: Corpus;

  beforeAll(async () => {
    const dir = tempDir();
    generateCorpus(await readSeedMaterial(SEED_DIR), dir, { targetPassages: 1500, seed: 23 });
    corpus = (await loadCorpus(dir, { cacheDir: tempDir() })).corpus;
    await warmAnswers(corpus);
  }, 120_000);

  it('makes each summary once per set of options, renders it on a worker thread, and edits every channel with what /summary would show', async () => {
    const records: PinRecord[] = Array.from({ length: 12 }, (_, i) => ({
      channelId: String(1000 + i),
      messageId: String(9000 + i),
      guildId: '1',
      corpusHash: 'older',
      updatedAt: new Date(0).toISOString(),
      options: i % 4 === 3 ? { limit: 3 } : {},
    }));
    const pins = memoryPins(records);
    const { rest, patched } = stubRest();
    // Off the main thread whatever the size (by default only from hundreds of sources).
    const renderer = new SummaryRenderer(0);
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const done = await refreshPinnedSummaries({ rest, pins, corpus, owns: () => true, renderer }).finally(() => renderer.close());
    running = false;

    expect(done.map((d) => d.outcome)).toEqual(records.map(() => 'updated'));
    expect([...pins.records.values()].every((r) => r.corpusHash === corpus.hash)).toBe(true);
    expect(patched).toHaveLength(12);
    expect(turns).toBeGreaterThan(12);
    // Two sets of options: two summaries, both rendered on the worker.
    expect(renderer.rendered).toEqual({ worker: 2, here: 0 });

    const spec = findAnswer('summary')!;
    const expected = (options: Record<string, unknown>) => {
      const result = runAnswer(spec, corpus, options);
      if (!result.ok) throw new Error(result.message);
      return withoutTimestamps(renderSummary(result.value as SummaryAnswer).embeds);
    };
    const byDefault = expected({});
    const short = expected({ limit: 3 });
    expect(byDefault).not.toEqual(short);
    patched.forEach(({ body }, i) => expect(withoutTimestamps(body.embeds)).toEqual(i % 4 === 3 ? short : byDefault));
    // One summary per set of options, shared by the channels pinned with it.
    expect(patched[1]!.body.embeds).toBe(patched[0]!.body.embeds);
    expect(patched[7]!.body.embeds).toBe(patched[3]!.body.embeds);
  }, 120_000);

  it('renders in this thread where the worker is not wanted, with the same result', async () => {
    const result = runAnswer(findAnswer('summary')!, corpus, {});
    if (!result.ok) throw new Error(result.message);
    const answer = result.value as SummaryAnswer;
    const offThread = new SummaryRenderer(0);
    const inThread = new SummaryRenderer(Infinity);
    try {
      const [a, b] = await Promise.all([offThread.render(answer), inThread.render(answer)]);
      expect(withoutTimestamps(a.embeds)).toEqual(withoutTimestamps(b.embeds));
      expect(withoutTimestamps(a.embeds)).toEqual(withoutTimestamps(renderSummary(answer).embeds));
      expect(offThread.rendered).toEqual({ worker: 1, here: 0 });
      expect(inThread.rendered).toEqual({ worker: 0, here: 1 });
    } finally {
      offThread.close();
      inThread.close();
    }
  }, 60_000);
});
