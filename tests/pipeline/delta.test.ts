import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findAnswer, runAnswer } from '../../src/answers/registry.js';
import { searchAnswer } from '../../src/answers/search/answer.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import type { Entity } from '../../src/annotate/names/types.js';
import { entityOrder } from '../../src/annotate/names/entityIds.js';
import { deltaFits, listingChanges, placeInOrder } from '../../src/pipeline/delta.js';
import { finish } from '../../src/pipeline/steps.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { CorpusStore, type StoreOptions } from '../../src/pipeline/store.js';
import { everyAnswer } from '../support/answers.js';
import { article } from '../support/crowdEvents.js';
import { tempDir } from '../support/corpus.js';
import { copyFixtureArticles } from '../support/fixtures.js';

const found = (corpus: Corpus, phrase: string) => searchAnswer(corpus, { query: phrase, limit: 5 }).results.some((r) => r.quote.text.includes(phrase));

const answer = (corpus: Corpus, name: string, options: Record<string, unknown> = {}) => {
  const result = runAnswer(findAnswer(name)!, corpus, options);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result)}`);
  return JSON.stringify(result.value);
};

// A report of an invented gathering: a date, a crowd figure with its claimant, and a named person.
const PHRASE = 'Quarrendel wharf keepers';
const REPORT = article(
  '2024-05-11',
  [
    `On Friday, ${PHRASE} marched through the old port of Tessaline to demand safer moorings.`,
    'Organisers said 12,000 people joined the march in Tessaline, while police put the crowd at 7,500.',
    'The march was led by harbour union leader Orsolya Vantrebek, who said the moorings had been neglected for years.',
    'Orsolya Vantrebek told reporters that the union would march again next month.',
  ].join('\n'),
  'Wharf keepers march in Tessaline',
);

/** A store on a private copy of the fixture articles, reading in process (no worker), quiet for long enough that no exact build interrupts a test. */
function storeOn(dir: string, options: StoreOptions = {}) {
  return new CorpusStore(dir, { cacheDir: tempDir(), worker: false, delta: { maxArticles: 2, maxShare: 1, quietMs: 3_600_000 }, ...options });
}

const exactCorpus = async (dir: string) => (await loadCorpus(dir, { snapshot: false, worker: false })).corpus;

describe('a corpus updated in place (delta)', () => {
  it('serves an added article at once: found by /search, its date, crowd figures and names in the answers', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir);
    const before = await store.reload();
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(store.approximate).toBe(true);
    expect(after).not.toBe(before);
    expect(found(after, PHRASE)).toBe(true);
    expect(found(before, PHRASE)).toBe(false);
    expect(answer(after, 'crowd-size')).toContain('12,000');
    expect(answer(after, 'crowd-size')).toContain('7,500');
    expect(answer(before, 'crowd-size')).not.toContain('7,500');
    expect(answer(after, 'who', { name: 'Vantrebek' })).toContain('Orsolya Vantrebek');
    expect(answer(after, 'timeline')).toContain('900_wharf');
    expect(answer(after, 'sources')).toContain('Wharf keepers march in Tessaline');
    // The content hash of the folder as it is, as a build from scratch gives it.
    expect(after.hash).toBe((await exactCorpus(dir)).hash);
    store.close();
  }, 120_000);

  it('drops a removed article from every answer at once', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir);
    const before = await store.reload();
    const gone = before.articles[1]!;
    const goneText = readFileSync(path.join(dir, gone.file), 'utf8');
    expect(everyAnswer(before, 7, 4).join('\n')).toContain(gone.id);
    const own = before.passages
      .find((p) => p.articleId === gone.id && p.text.split(' ').length > 12)!
      .text.split(' ')
      .slice(0, 10)
      .join(' ');
    const fromGone = (c: Corpus) => searchAnswer(c, { query: own, limit: 20 }).results.some((r) => r.quote.article === gone.id);
    expect(fromGone(before)).toBe(true);
    rmSync(path.join(dir, gone.file));
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(after.articleById.has(gone.id)).toBe(false);
    expect(after.passages.some((p) => p.articleId === gone.id)).toBe(false);
    expect(after.annotations.crowd.some((c) => c.articleId === gone.id)).toBe(false);
    expect(after.annotations.dates.some((d) => before.passageById.get(d.passageId)?.articleId === gone.id)).toBe(false);
    expect(after.annotations.entities.some((e) => e.articles.includes(gone.id) || e.mentions.some((m) => m.passageId.startsWith(gone.id)))).toBe(false);
    const everything = [
      ...everyAnswer(after, 7, 4),
      answer(after, 'summary'),
      answer(after, 'sources'),
      answer(after, 'timeline'),
      answer(after, 'crowd-size'),
    ];
    expect(everything.join('\n')).not.toContain(gone.id);
    // Its own words are found no more; a request that started before still answers from its corpus.
    expect(fromGone(after)).toBe(false);
    expect(fromGone(before)).toBe(true);
    // Restored: back in the answers.
    writeFileSync(path.join(dir, gone.file), goneText);
    const restored = await store.reload();
    expect(restored.articleById.has(gone.id)).toBe(true);
    expect(fromGone(restored)).toBe(true);
    store.close();
  }, 120_000);

  it('converges on the exact build: after reconciliation every answer equals a build from scratch', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir);
    await store.reload();
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    await store.reload();
    rmSync(path.join(dir, '002_f76014bc7f904f96.md'));
    const delta = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    let told = 0;
    store.onChange(() => told++);
    const exact = await store.reconcile();
    expect(store.lastLoad?.kind).toBe('exact');
    expect(store.approximate).toBe(false);
    expect(exact).not.toBe(delta);
    expect(exact.hash).toBe(delta.hash);
    // Same content, yet the answers may differ: listeners (pinned summaries) are told.
    expect(told).toBe(1);
    const scratch = await exactCorpus(dir);
    expect(everyAnswer(exact, 11, 5)).toEqual(everyAnswer(scratch, 11, 5));
    store.close();
  }, 180_000);

  it('runs the exact build by itself once the folder has been quiet', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir, { delta: { maxArticles: 2, maxShare: 1, quietMs: 50 } });
    await store.reload();
    const exactAgain = new Promise<Corpus>((resolve) => {
      let seen = 0;
      store.onChange((c) => ++seen === 2 && resolve(c));
    });
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    await store.reload();
    expect(store.approximate).toBe(true);
    const exact = await exactAgain;
    expect(store.approximate).toBe(false);
    expect(store.lastLoad?.kind).toBe('exact');
    expect(found(exact, PHRASE)).toBe(true);
    store.close();
  }, 120_000);

  it('keeps ids apart: a name already known joins its entity, a new article never takes an id in use', async () => {
    const dir = copyFixtureArticles();
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    const store = storeOn(dir);
    const before = await store.reload();
    const known = before.annotations.entities.find((e) => e.name === 'Orsolya Vantrebek')!;
    expect(known).toBeDefined();
    const second = article(
      '2024-05-12',
      'Orsolya Vantrebek said on Saturday that 3,000 wharf keepers would return to the old port of Tessaline.\nOrsolya Vantrebek later met the harbour board.',
      'Union leader promises a second march',
    );
    writeFileSync(path.join(dir, '901_second.md'), second);
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    const ids = after.annotations.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(after.passages.map((p) => p.id)).size).toBe(after.passages.length);
    const joined = after.annotations.entities.filter((e) => e.name === 'Orsolya Vantrebek');
    expect(joined).toHaveLength(1);
    expect(joined[0]!.id).toBe(known.id);
    expect(joined[0]!.articles).toEqual(['900_wharf', '901_second']);
    expect(joined[0]!.mentions.length).toBeGreaterThan(known.mentions.length);
    store.close();
  }, 120_000);

  it('builds when more articles changed than the limit', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir, { delta: { maxArticles: 1, maxShare: 1 } });
    await store.reload();
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    writeFileSync(path.join(dir, '901_other.md'), article('2024-05-12', 'Ferry pilots in Tessaline stopped work on Sunday.'));
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('exact');
    expect(store.approximate).toBe(false);
    expect(found(after, PHRASE)).toBe(true);
    store.close();
  }, 120_000);

  it('does not lose a change made while an update in place runs', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir);
    await store.reload();
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    const first = store.reload();
    writeFileSync(path.join(dir, '901_late.md'), article('2024-05-12', 'Marrowgate ferry pilots stopped work on Sunday.'));
    const second = store.reload();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(found(b, PHRASE)).toBe(true);
    expect(found(b, 'Marrowgate ferry pilots')).toBe(true);
    store.close();
  }, 120_000);

  it('keeps the corpus served when a file is touched without a change, and tells no listener', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir);
    const before = await store.reload();
    let told = 0;
    store.onChange(() => told++);
    const file = path.join(dir, before.articles[0]!.file);
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect(await store.reload()).toBe(before);
    expect(await store.reload()).toBe(before);
    expect(told).toBe(0);
    expect(store.approximate).toBe(false);
    store.close();
  }, 120_000);

  it('lists a bad file added as a problem, and takes its problem away when it is fixed', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir);
    await store.reload();
    writeFileSync(path.join(dir, '900_bad.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const bad = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(bad.problems.map((p) => p.file)).toEqual(['900_bad.md']);
    expect(bad.problems).toEqual((await exactCorpus(dir)).problems);
    writeFileSync(path.join(dir, '900_bad.md'), REPORT);
    const fixed = await store.reload();
    expect(fixed.problems).toEqual([]);
    expect(found(fixed, PHRASE)).toBe(true);
    store.close();
  }, 120_000);

  it('builds instead when an added file has the id of another file', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir);
    const before = await store.reload();
    const clash = `${before.articles[0]!.id}.txt`;
    writeFileSync(path.join(dir, clash), REPORT);
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('exact');
    expect(after.problems).toEqual((await exactCorpus(dir)).problems);
    expect(after.problems.map((p) => p.file)).toContain(clash);
    store.close();
  }, 120_000);

  it('sees a file changed in place beside one added: the update lists by names, the full listing follows it off the reply path', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir);
    const before = await store.reload();
    const edited = before.articles[0]!.file;
    const EDIT = 'Velmarck lock keepers counted the barges';
    writeFileSync(path.join(dir, edited), `${readFileSync(path.join(dir, edited), 'utf8').trimEnd()}\n\n${EDIT} at dawn.\n`);
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    const first = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(found(first, PHRASE)).toBe(true);
    // Listed by names, the file edited under its name is not seen by the update that answers first...
    expect(found(first, EDIT)).toBe(false);
    // ...but by the full listing after it, which reloads.
    await vi.waitFor(() => expect(found(store.current(), EDIT)).toBe(true), { timeout: 60_000, interval: 50 });
    expect(found(store.current(), PHRASE)).toBe(true);
    store.close();
  }, 120_000);

  it('stops the warm-up of a corpus updated in place once another is served, and not before', async () => {
    const dir = copyFixtureArticles();
    const stopped: Corpus[] = [];
    const running = new Set<Corpus>();
    // A warm-up that never ends by itself (within the test): only the pause the store gives can stop it.
    const prepare: StoreOptions['prepare'] = async (corpus, pause) => {
      if (!pause) return;
      running.add(corpus);
      try {
        for (let i = 0; i < 1000; i++) {
          await pause();
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      } catch {
        stopped.push(corpus);
      } finally {
        running.delete(corpus);
      }
    };
    const store = storeOn(dir, { prepare });
    await store.reload();
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    const first = await store.reload();
    await vi.waitFor(() => expect(running.has(first)).toBe(true));
    expect(stopped).toEqual([]);
    writeFileSync(path.join(dir, '901_late.md'), article('2024-05-12', 'Marrowgate ferry pilots stopped work on Sunday.'));
    const second = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    await vi.waitFor(() => expect(stopped).toEqual([first]));
    await vi.waitFor(() => expect(running.has(second)).toBe(true));
    expect(stopped).toEqual([first]);
    store.close();
  }, 120_000);

  it('reads the changed articles on the store’s build worker too', async () => {
    const dir = copyFixtureArticles();
    const store = storeOn(dir, { worker: true });
    await store.reload();
    writeFileSync(path.join(dir, '900_wharf.md'), REPORT);
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(found(after, PHRASE)).toBe(true);
    expect(after.hash).toBe((await exactCorpus(dir)).hash);
    store.close();
  }, 120_000);
});

describe('deltaFits', () => {
  const changes = (read: number, removed = 0) => ({
    read: Array.from({ length: read }, (_, i) => `r${i}`),
    removed: Array.from({ length: removed }, (_, i) => `x${i}`),
  });
  it('takes a few articles of a large corpus, never none, never a large share', () => {
    expect(deltaFits(changes(1), 4000)).toBe(true);
    expect(deltaFits(changes(10, 10), 4000)).toBe(true);
    expect(deltaFits(changes(11, 10), 4000)).toBe(false);
    expect(deltaFits(changes(0), 4000)).toBe(false);
    // 5% of 100 articles is 5.
    expect(deltaFits(changes(5), 100)).toBe(true);
    expect(deltaFits(changes(6), 100)).toBe(false);
    // One article always qualifies.
    expect(deltaFits(changes(1), 3)).toBe(true);
    expect(deltaFits(changes(2), 3)).toBe(false);
  });

  it('tells added, changed and removed files from a listing', () => {
    const before = new Map([
      ['a.md', '1'],
      ['b.md', '2'],
      ['c.md', '3'],
    ]);
    const after = new Map([
      ['a.md', '1'],
      ['b.md', '9'],
      ['d.md', '4'],
    ]);
    expect(listingChanges(before, after)).toEqual({ read: ['b.md', 'd.md'], removed: ['c.md'] });
    expect(listingChanges(before, new Map(before))).toEqual({ read: [], removed: [] });
  });
});

describe('placeInOrder', () => {
  /** Entities with few distinct counts and names, so that many tie on counts (ordered by name) and some on all three. */
  const entity = (i: number, mentions: number, articles: number, name: string): Entity =>
    ({
      id: `e${i}`,
      name,
      kind: i % 3 ? 'person' : 'organisation',
      aliases: [],
      roles: [],
      mentions: Array(mentions).fill(null),
      articles: Array(articles).fill('a'),
    }) as Entity;
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  const names = ['Adler', 'Brun', 'Çelik', 'celik', 'Dorn', 'Éva', 'Ezra'];

  it('gives what a stable sort of them all gives when only the touched entities are out of order', () => {
    for (let round = 0; round < 40; round++) {
      const base = Array.from({ length: 300 }, (_, i) => entity(i, 1 + random(4), 1 + random(2), names[random(names.length)]!)).sort(entityOrder);
      const out = [...base];
      const touched = new Set<number>();
      for (let k = 0; k < 1 + random(6); k++) {
        const at = random(out.length);
        out[at] = { ...out[at]!, mentions: Array(1 + random(6)).fill(null) };
        touched.add(at);
      }
      for (let k = 0; k < random(4); k++) {
        touched.add(out.length);
        out.push(entity(1000 + k, 1 + random(6), 1, names[random(names.length)]!));
      }
      expect(finish(placeInOrder(out, touched)).map((e) => e.id)).toEqual([...out].sort(entityOrder).map((e) => e.id));
    }
  });

  it('relies on the untouched being in order already: an untouched entity out of place stays out of place', () => {
    const out = [entity(0, 1, 1, 'Brun'), entity(1, 5, 1, 'Adler'), entity(2, 3, 1, 'Dorn')];
    const placed = finish(placeInOrder(out, new Set([2]))).map((e) => e.id);
    expect(placed).not.toEqual([...out].sort(entityOrder).map((e) => e.id));
  });
});
