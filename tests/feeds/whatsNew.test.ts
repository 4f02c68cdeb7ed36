import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhatsNewBatcher } from '../../src/feeds/whatsNewBatch.js';
import { whatsNewMessage, type WhatsNewEntry } from '../../src/render/discord/whatsNew.js';

const entry = (title: string, brought: Partial<WhatsNewEntry['brought']> = {}): WhatsNewEntry => ({
  story: 'harbour',
  title,
  publisher: 'Harbour Post',
  brought: { dates: [], crowd: [], names: [], ...brought },
});

describe("what's new, batched per channel", () => {
  let posts: Array<{ channel: string; content: string; at: number }>;
  let batcher: WhatsNewBatcher;
  beforeEach(() => {
    vi.useFakeTimers();
    posts = [];
    batcher = new WhatsNewBatcher({
      windowMs: 300_000,
      gatherMs: 10_000,
      post: async (channel, content) => {
        posts.push({ channel, content, at: Date.now() });
      },
    });
  });
  afterEach(() => {
    batcher.stop();
    vi.useRealTimers();
  });

  it('gathers what comes together into one message, then waits out the window before the next', async () => {
    const start = Date.now();
    batcher.add('c1', [entry('Dock workers walk out', { dates: ['2024-06-03 (Monday)'], crowd: ['about 400 workers (according to the union)'] })]);
    batcher.add('c1', [entry('Cranes idle at the port', { names: ['Mara Quist'] })]);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.content).toContain('(2 new articles)');
    expect(posts[0]!.content).toContain('about 400 workers (according to the union)');
    expect(posts[0]!.content).toContain('Mara Quist');

    // A minute later: held until five minutes after the first message, then one message for both.
    await vi.advanceTimersByTimeAsync(60_000);
    batcher.add('c1', [entry('Talks resume', { names: ['Ilse Varga'] })]);
    await vi.advanceTimersByTimeAsync(60_000);
    batcher.add('c1', [entry('Ferries reroute', { dates: ['2024-06-05 (Wednesday)'] })]);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBe(300_000);
    expect(posts[1]!.at - start).toBe(310_000);
    expect(posts[1]!.content).toContain('Ilse Varga');
    expect(posts[1]!.content).toContain('2024-06-05 (Wednesday)');
  });

  it('keeps channels apart, and posts nothing for articles that bring nothing new', async () => {
    batcher.add('c1', [entry('A', { names: ['Ola Brenner'] })]);
    batcher.add('c2', [entry('B')]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(posts.map((p) => p.channel)).toEqual(['c1']);
    // c2 posted nothing, so its window did not start: a later entry goes out after the gathering delay only.
    batcher.add('c2', [entry('C', { names: ['Pia Lund'] })]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(posts.map((p) => p.channel)).toEqual(['c1', 'c2']);
  });

  it('a failed post is reported and does not stop the next', async () => {
    const failures: string[] = [];
    let fail = true;
    const flaky = new WhatsNewBatcher({
      windowMs: 1_000,
      gatherMs: 100,
      post: async (channel) => {
        if (fail) throw new Error('Missing Access');
        posts.push({ channel, content: '', at: Date.now() });
      },
      onError: (channel) => failures.push(channel),
    });
    flaky.add('c1', [entry('A', { names: ['Ola Brenner'] })]);
    await vi.advanceTimersByTimeAsync(100);
    expect(failures).toEqual(['c1']);
    fail = false;
    flaky.add('c1', [entry('B', { names: ['Pia Lund'] })]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(posts).toHaveLength(1);
    flaky.stop();
  });
});

describe("the what's-new message", () => {
  it('is short, escaped, names its sources, and stays within 2,000 characters however much came in', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      entry(`Report *${i}*`, { names: [`Name${i} @everyone`], dates: [`2024-06-${String((i % 28) + 1).padStart(2, '0')}`] }),
    );
    const text = whatsNewMessage(many)!;
    expect([...text].length).toBeLessThanOrEqual(2000);
    expect(text).toMatch(/^\*\*What's new in harbour\*\* \(40 new articles\)$/m);
    expect(text).toMatch(/^New dates: 2024-06-01 · 2024-06-02 ·/m);
    expect(text).toMatch(/and 22 more$/m); // 28 distinct dates, 6 shown
    expect(text).toContain('“Report \\*0\\*” (Harbour Post)');
    expect(text).toMatch(/and 37 more$/m);
    expect(whatsNewMessage([entry('Nothing new')])).toBeNull();
  });
});
