import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerWithReply } from '../../src/bot/answerReply.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { SEED_DIR, seedCorpus, tempDir } from '../support/corpus.js';

/** A store whose corpus the test swaps, counting how often it is read. */
function storeOf(corpus: Corpus) {
  const store = { corpus, reads: 0, current: () => (store.reads++, store.corpus) };
  return store;
}

const description = (page: { embeds: { description?: string }[] } | null) => page?.embeds[0]?.description ?? '';
const hasExplain = (value: unknown) => JSON.stringify(value).includes('"explain"');

async function twoSeedArticles(): Promise<Corpus> {
  const dir = tempDir();
  for (const file of readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.md'))
    .slice(0, 2))
    copyFileSync(path.join(SEED_DIR, file), path.join(dir, file));
  return (await loadCorpus(dir, { snapshot: false })).corpus;
}

describe('the "Why?" of a Discord answer is made when it is pressed', () => {
  it('the answer is made without explanations, and the store is not read until the button is pressed, then once', async () => {
    const corpus = await seedCorpus();
    const store = storeOf(corpus);
    const { answer, reply } = answerWithReply({ corpus, options: {}, store }, 'timeline');
    expect(hasExplain(answer)).toBe(false);
    expect(reply.why).toBeDefined();
    expect(store.reads).toBe(0);
    const first = reply.why!(0);
    expect(description(first)).toMatch(/^\*\*.+\*\*\n• `[a-z-]+` /);
    expect(description(first)).not.toMatch(/articles have changed/);
    reply.why!(1);
    expect(store.reads).toBe(1);
  });

  it('after a reload that changed the answer, it explains the answer as it is now and says so', async () => {
    const store = storeOf(await seedCorpus());
    const { reply } = answerWithReply({ corpus: store.corpus, options: {}, store }, 'timeline');
    store.corpus = await twoSeedArticles();
    expect(description(reply.why!(0))).toMatch(/^\*The articles have changed since this answer/);
  });

  it('after a reload of the same articles, no such note', async () => {
    const store = storeOf(await seedCorpus());
    const { reply } = answerWithReply({ corpus: store.corpus, options: {}, store }, 'crowd-size');
    store.corpus = (await loadCorpus(SEED_DIR, { snapshot: false })).corpus;
    expect(store.corpus).not.toBe(await seedCorpus());
    const text = description(reply.why!(0));
    expect(text).toMatch(/• `[a-z-]+` /);
    expect(text).not.toMatch(/articles have changed/);
  });

  it('an answer that explains nothing has no Why?', async () => {
    const corpus = await seedCorpus();
    expect(answerWithReply({ corpus, options: { query: 'how many marched' } }, 'search').reply.why).toBeUndefined();
  });
});
