import { beforeAll, describe, expect, it } from 'vitest';
import { crowdSizeAnswer } from '../../../src/answers/crowdSize/answer.js';
import { autocompleteGatherings } from '../../../src/answers/crowdSize/choices.js';
import { toChoices } from '../../../src/bot/router.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { seedCorpus, writeCorpus } from '../../support/corpus.js';

/** The gathering a choice's value picks when the user sends it as /crowd-size event. */
function picked(corpus: Corpus, value: string): string[] {
  const answer = crowdSizeAnswer(corpus, { event: value, limit: 10 });
  return [...answer.events, ...(answer.forecastOnly ?? [])].map((e) => `${e.label} ${e.date}`);
}

describe('/crowd-size event suggestions on the seeds', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await seedCorpus();
  });

  it('list every gathering, most estimates first, each naming its date and how many estimates it has', () => {
    expect(autocompleteGatherings(corpus, '').map((c) => c.name)).toEqual([
      'march in Baghdad · 2020-01-24 · 6 estimates',
      'gathering outside the U.S. embassy in Baghdad · 2019-12-31 · 1 estimate',
    ]);
  });

  it('narrow as the user types words, a place or a date', () => {
    const names = (typed: string) => autocompleteGatherings(corpus, typed).map((c) => c.name.split(' · ')[0]);
    expect(names('emb')).toEqual(['gathering outside the U.S. embassy in Baghdad']);
    expect(names('24 jan')).toEqual(['march in Baghdad']);
    expect(names('December')).toEqual(['gathering outside the U.S. embassy in Baghdad']);
    expect(names('2020-01')).toEqual(['march in Baghdad']);
    expect(names('Bagh')).toHaveLength(2);
    expect(names('Lisbon')).toEqual([]);
  });

  it('an ISO date typed before words picks its day ("2020-01-24 march" is not 1 March)', () => {
    expect(picked(corpus, '2020-01-24 march')).toEqual(['march in Baghdad 2020-01-24']);
    expect(picked(corpus, '2019-12-31 protest')).toEqual(['gathering outside the U.S. embassy in Baghdad 2019-12-31']);
  });

  it('fill the option with a value that picks that very gathering', () => {
    for (const choice of autocompleteGatherings(corpus, '')) {
      const [label, date] = choice.name.split(' · ');
      expect(picked(corpus, choice.value)).toEqual([`${label} ${date}`]);
    }
  });
});

describe('/crowd-size event suggestions on many gatherings', () => {
  it('are at most 25, and every one sent back picks its own gathering', async () => {
    // Thirty towns (Aaton, Baton … Dbton), each with a rally on its own day.
    const town = (i: number) => `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ton`;
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = i < 28 ? '03' : '04';
      files[`t${i}.md`] =
        `---\ntitle: Rally in ${town(i)}\npublisher: Test Wire\npublished: 2024-${month}-${day}\n---\nAbout ${1000 + i * 10} people rallied in ${town(i)} on 2024-${month}-${day}, police said.\n`;
    }
    const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
    const all = autocompleteGatherings(corpus, '');
    expect(all).toHaveLength(25);
    const choices = toChoices(all);
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      const [label, date] = c.name.split(' · ');
      expect(picked(corpus, c.value)).toEqual([`${label} ${date}`]);
    }
    expect(autocompleteGatherings(corpus, 'dbt').map((c) => c.name)).toEqual(['rally in Dbton · 2024-04-02 · 1 estimate']);
  });
});
