import { describe, expect, it } from 'vitest';
import { sourcesAnswer, warmSources } from '../../../src/answers/sources/answer.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { SEED_DIR, writeCorpus } from '../../support/corpus.js';
import { article } from '../../support/crowdEvents.js';

describe('the sources listing', () => {
  it('lists every article newest first with its passage count, an undated one last', async () => {
    const { corpus } = await loadCorpus(
      writeCorpus({
        'a.md': article('2020-01-05', 'The council met on Monday.\n\nIt voted on the budget.'),
        'b.md': article('2020-01-07', 'The port reopened on Wednesday.'),
        'c.md': '---\ntitle: Undated\npublisher: Test Wire\n---\nA note with no date.\n',
        'd.md': article('2020-01-07', 'The ferry sailed again.'),
      }),
      { snapshot: false },
    );
    const answer = sourcesAnswer(corpus, { limit: 10 });
    expect(answer.articles.map((a) => [a.published?.slice(0, 10) ?? null, a.passages])).toEqual([
      ['2020-01-07', 1],
      ['2020-01-07', 1],
      ['2020-01-05', 2],
      [null, 1],
    ]);
    // Same date: by article id, so the order does not depend on the order the files were read in.
    expect(answer.articles[0]!.article < answer.articles[1]!.article).toBe(true);
    expect(sourcesAnswer(corpus, { limit: 2 }).articles).toEqual(answer.articles.slice(0, 2));
    expect(answer.total).toBe(4);
  });

  it('is built once per corpus, in slices when warmed, and an answer changed by its reader does not change the next', async () => {
    const { corpus } = await loadCorpus(SEED_DIR, { snapshot: false });
    let pauses = 0;
    await warmSources(corpus, async () => void pauses++);
    expect(pauses).toBeGreaterThan(0);
    const first = sourcesAnswer(corpus, { limit: 50 });
    expect(first.articles.reduce((n, a) => n + a.passages, 0)).toBe(corpus.passages.length);
    first.articles[0]!.title = 'changed';
    first.articles.reverse();
    const second = sourcesAnswer(corpus, { limit: 50 });
    expect(second.articles[0]!.title).not.toBe('changed');
    expect(second.articles.map((a) => a.article)).toEqual([...first.articles].reverse().map((a) => a.article));
    // Warmed once: a second warm-up has nothing left to do.
    pauses = 0;
    await warmSources(corpus, async () => void pauses++);
    expect(pauses).toBe(0);
  });
});
