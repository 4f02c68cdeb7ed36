import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answers/search/answer.js';
import { searchPassages } from '../../src/search/passageIndex.js';
import { processTerm } from '../../src/search/terms.js';
import { foldText } from '../../src/text/fold.js';
import { seedCorpus } from '../support/corpus.js';

describe('search over the seed passages', () => {
  it('answers how many people marched in Baghdad with passages that give a number', async () => {
    const corpus = await seedCorpus();
    const answer = searchAnswer(corpus, { query: 'how many people marched in Baghdad', limit: 5 });
    expect(answer.results).toHaveLength(5);
    expect(answer.results[0]!.quote.text).toMatch(/hundreds of thousands of people marched in Baghdad/);
    const sizes = answer.results.filter((r) => /thousands|million|\d{3},\d{3}/i.test(r.quote.text));
    expect(sizes.length).toBeGreaterThanOrEqual(2);
  });

  it("folds apostrophe variants, so Kata’ib, Kata'ib and Kataib find the same passages", async () => {
    const corpus = await seedCorpus();
    const ids = (q: string) =>
      searchPassages(corpus.index, q)
        .map((h) => h.id)
        .sort();
    const curly = ids('Kata’ib Hezbollah');
    expect(curly.length).toBeGreaterThan(0);
    expect(ids("Kata'ib Hezbollah")).toEqual(curly);
    expect(ids('Kataib Hezbollah')).toEqual(curly);
    expect(foldText('Kata’ib Ḥezbollāh U.S.')).toBe('kataib hezbollah us');
  });

  it('finds a misspelled name and a prefix', async () => {
    const corpus = await seedCorpus();
    const top = (q: string) => corpus.passageById.get(searchPassages(corpus.index, q, { limit: 1 })[0]!.id)!.text;
    expect(top('Solemani')).toMatch(/Soleimani/);
    expect(top('Pompe')).toMatch(/Pompeo/);
  });

  it('matches the publisher field, and a query of stop words finds nothing', async () => {
    const corpus = await seedCorpus();
    const hits = searchPassages(corpus.index, 'CGTN');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.id.startsWith('004_')).toBe(true);
    expect(searchPassages(corpus.index, 'the of and')).toEqual([]);
  });

  it('reads the forms of an irregular verb as one word: "what did Trump say" finds what Trump said', async () => {
    expect(new Set(['say', 'said', 'says', 'saying'].map(processTerm))).toEqual(new Set([processTerm('say')]));
    expect(processTerm('led')).toBe(processTerm('leads'));
    const corpus = await seedCorpus();
    const top = searchAnswer(corpus, { query: 'what did Trump say', limit: 3 }).results[0]!.quote.text;
    expect(top).toMatch(/Trump said/);
  });

  it('returns quotes that carry their source', async () => {
    const corpus = await seedCorpus();
    const { results } = searchAnswer(corpus, { query: 'ambassador evacuated', limit: 3 });
    expect(results[0]!.quote).toMatchObject({ publisher: 'CGTN', published: '2019-12-31', article: '004_46001f636ff86d61' });
  });
});

describe('a search narrowed by a filter', () => {
  it('gives the same passages whether the filter is a function or marked once over the index', async () => {
    const { passageFilter, searchPassagesWithMiniSearch } = await import('../../src/search/passageIndex.js');
    const corpus = await seedCorpus();
    const keep = (id: string) => id.startsWith('004_') || id.startsWith('001_');
    const marked = passageFilter(corpus.index, keep);
    for (const query of ['embassy protesters', 'Baghdad', 'Soleimani killed', 'troops']) {
      const byFunction = searchPassages(corpus.index, query, { filter: keep, limit: 4 });
      expect(byFunction.length).toBeGreaterThan(0);
      for (const hit of byFunction) expect(keep(hit.id)).toBe(true);
      expect(searchPassages(corpus.index, query, { filter: marked, limit: 4 })).toEqual(byFunction);
      expect(searchPassagesWithMiniSearch(corpus.index, query, { filter: marked, limit: 4 })).toEqual(byFunction);
    }
  });
});
