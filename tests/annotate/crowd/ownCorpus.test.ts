import { describe, expect, it } from 'vitest';
import { annotateCrowdClaims, type CrowdClaim } from '../../../src/annotate/crowd/index.js';
import type { DateMention } from '../../../src/annotate/dates/index.js';
import { crowdSizeAnswer, type CrowdSizeAnswer } from '../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../src/answers/crowdSize/options.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { renderTerminal } from '../../../src/render/terminal/index.js';
import { articleText, writeCorpus } from '../../support/corpus.js';

// Another story entirely: a teachers' strike, where the police and the organisers give different figures.
const FILES = {
  'lisbon-march.md': `---
title: Teachers march through Lisbon over pay
publisher: Lisbon Daily
published: 2023-03-11
---
Tens of thousands of teachers marched through Lisbon on Saturday to demand better pay, in the largest protest by the profession in a decade.

Police said about 20,000 people took part, while the Fenprof union put the turnout at 150,000.

Organisers had chartered 300 buses to bring teachers from across the country. Police arrested 12 protesters near the parliament building.

The government has offered a 5% pay rise, which unions say does not cover inflation of 8%.
`,
  'porto-rally.md': `---
title: Teachers rally in Porto as strike spreads
publisher: Porto Herald
published: 2023-03-12
---
Some 5,000 teachers rallied in Porto on Saturday, according to the city's police, as the strike spread to the north.

In Lisbon, where the main march took place, organisers claimed more than 100,000 people joined.

The strike has cost schools an estimated €200 million, the ministry said. Two teachers were injured when a barrier collapsed.
`,
  'lisbon-vigil.md': `---
title: Vigil for striking teachers
publisher: Lisbon Daily
published: 2023-03-19
---
Hundreds of teachers held a vigil outside the education ministry in Lisbon on Saturday, March 18, a week after the big march.

Organisers said between 800 and 1,000 people attended, but police counted fewer than 500.
`,
};

let built: Promise<{ corpus: Corpus; dir: string }> | undefined;
function ownCorpus() {
  built ??= (async () => {
    const dir = writeCorpus(FILES);
    const { corpus } = await loadCorpus(dir, { snapshot: false });
    return { corpus, dir };
  })();
  return built;
}

const pick = (c: CrowdClaim) => ({ article: c.articleId, text: c.text, low: c.low, high: c.high, claimant: c.claimant });

/** Day mentions as a date annotator would give them, written by hand so this test stands on its own. */
function handDates(corpus: Corpus): DateMention[] {
  const days: Array<[RegExp, string]> = [
    [/Saturday, March 18/, '2023-03-18'],
    [/Saturday(?!, March)/, '2023-03-11'],
  ];
  return corpus.passages.flatMap((p) =>
    days.flatMap(([pattern, date]) => {
      const m = pattern.exec(p.text);
      return m
        ? [
            {
              passageId: p.id,
              start: p.start + m.index,
              end: p.start + m.index + m[0].length,
              text: m[0],
              date,
              precision: 'day' as const,
              basis: 'publication' as const,
            },
          ]
        : [];
    }),
  );
}

describe('crowd-size claims on a corpus of another story', () => {
  it('reads every figure with its hedge, range and claimant: police against organisers', async () => {
    const { corpus } = await ownCorpus();
    expect(corpus.annotations.crowd.map(pick)).toEqual([
      { article: 'lisbon-march', text: 'Tens of thousands', low: 20_000, high: 20_000, claimant: null },
      { article: 'lisbon-march', text: 'about 20,000', low: 20_000, high: 20_000, claimant: 'Police' },
      { article: 'lisbon-march', text: '150,000', low: 150_000, high: 150_000, claimant: 'the Fenprof union' },
      { article: 'lisbon-vigil', text: 'Hundreds', low: 200, high: 200, claimant: null },
      { article: 'lisbon-vigil', text: 'between 800 and 1,000', low: 800, high: 1_000, claimant: 'Organisers' },
      { article: 'lisbon-vigil', text: 'fewer than 500', low: 0, high: 500, claimant: 'police' },
      { article: 'porto-rally', text: 'Some 5,000', low: 5_000, high: 5_000, claimant: "the city's police" },
      { article: 'porto-rally', text: 'more than 100,000', low: 100_000, high: null, claimant: 'organisers' },
    ]);
  });

  it('takes no buses, arrests, injuries, money or percentages, and quotes each figure verbatim', async () => {
    const { corpus, dir } = await ownCorpus();
    const texts = corpus.annotations.crowd.map((c) => c.text);
    for (const no of ['300', '12', 'Two', '5', '8', '€200 million', '200 million', 'an estimated €200 million']) expect(texts).not.toContain(no);
    for (const c of corpus.annotations.crowd) {
      expect(articleText(dir, corpus.articleById.get(c.articleId)!.file).slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('groups by day and place: the Lisbon march, the Porto rally the same day, the vigil a week later', () => {
    return ownCorpus().then(({ corpus }) => {
      const claims = annotateCrowdClaims(corpus.articles, corpus.passages, handDates(corpus));
      const eventOf = (text: string) => claims.find((c) => c.text === text)!.event;
      const march = eventOf('about 20,000');
      expect(march).toMatchObject({ date: '2023-03-11', label: 'march through Lisbon' });
      // A report the day after, naming Lisbon, joins the march; the Porto rally the same day does not.
      expect(eventOf('more than 100,000').id).toBe(march.id);
      expect(eventOf('150,000').id).toBe(march.id);
      const porto = eventOf('Some 5,000');
      expect(porto).toMatchObject({ date: '2023-03-11', label: 'rally in Porto' });
      expect(porto.id).not.toBe(march.id);
      const vigil = eventOf('fewer than 500');
      expect(vigil).toMatchObject({ date: '2023-03-18', label: 'vigil outside the education ministry in Lisbon' });
      expect(eventOf('Hundreds').id).toBe(vigil.id);
      expect(new Set(claims.map((c) => c.event.id)).size).toBe(3);
    });
  });

  it('still keeps the three gatherings apart with no date annotations at all', async () => {
    const { corpus } = await ownCorpus();
    const claims = annotateCrowdClaims(corpus.articles, corpus.passages, []);
    const eventOf = (text: string) => claims.find((c) => c.text === text)!.event;
    expect(eventOf('more than 100,000').id).toBe(eventOf('about 20,000').id);
    expect(eventOf('about 20,000').date).toBe('2023-03-11');
    expect(eventOf('Some 5,000').id).not.toBe(eventOf('about 20,000').id);
    expect(eventOf('fewer than 500').id).not.toBe(eventOf('about 20,000').id);
    expect(eventOf('fewer than 500').id).toBe(eventOf('Hundreds').id);
  });

  it('answers with the event that has most claims first, its range spanning police to organisers', async () => {
    const { corpus } = await ownCorpus();
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
    const [first] = answer.events;
    expect(first!.claims.map((c) => c.claimant)).toEqual([null, 'Police', 'organisers', 'the Fenprof union']);
    expect([first!.low, first!.high]).toEqual([20_000, 150_000]);
    const vigil = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({ event: 'vigil' })).events;
    expect(vigil.map((e) => [e.low, e.high, e.claims.map((c) => c.text)])).toEqual([[0, 1_000, ['fewer than 500', 'Hundreds', 'between 800 and 1,000']]]);
    const porto = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({ event: 'Porto' })).events;
    expect(porto.map((e) => e.label)).toEqual(['rally in Porto']);
  });
});

describe('the day of a gathering, when a sentence names several days', () => {
  it('takes the day the crowd gathered, not the day of what it marked', async () => {
    const dir = writeCorpus({
      'anniversary.md': `---
title: Anniversary marches
publisher: Gulf Wire
published: 2021-01-09
---
On the anniversary of the January 3 killing, thousands marched in Basra on Friday.

Hundreds gathered in Najaf to mark the January 3 killing.
`,
    });
    const { corpus } = await loadCorpus(dir, { snapshot: false });
    const mention = (text: string, date: string): DateMention[] =>
      corpus.passages.flatMap((p) => {
        const at = p.text.indexOf(text);
        return at < 0
          ? []
          : [{ passageId: p.id, start: p.start + at, end: p.start + at + text.length, text, date, precision: 'day' as const, basis: 'publication' as const }];
      });
    const dates = [...mention('January 3', '2021-01-03'), ...mention('Friday', '2021-01-08')];
    const claims = annotateCrowdClaims(corpus.articles, corpus.passages, dates);
    expect(claims.map((c) => [c.text, c.event.date, c.event.label])).toEqual([
      ['thousands', '2021-01-08', 'march in Basra'],
      // Only "the January 3 killing" in its sentence: not when they gathered, so the article's other gathering day stands.
      ['Hundreds', '2021-01-08', 'gathering in Najaf'],
    ]);
  });
});

describe('corpora with little to go on', () => {
  it('answers with no events when no article counts a crowd, and says so', async () => {
    const dir = writeCorpus({
      'budget.md': `---
title: Council passes budget
published: 2024-05-02
---
The council passed a budget of 30 million euros on Thursday, with 25 votes in favour and 3 against.
`,
    });
    const { corpus } = await loadCorpus(dir, { snapshot: false });
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
    expect(answer).toEqual({ command: 'crowd-size', events: [], forecastOnly: [] });
    expect(renderTerminal(answer)).toMatch(/No crowd-size estimate matches/);
  });

  it('keeps a claim whose article has no date at all, with the date unknown', async () => {
    const dir = writeCorpus({
      'undated.txt': 'Farmers block the ring road\n\nAbout 3,000 farmers drove tractors into the city centre and rallied outside parliament.\n',
    });
    const { corpus } = await loadCorpus(dir, { snapshot: false });
    const [event] = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({})).events;
    expect(event).toMatchObject({ date: null, low: 3_000, high: 3_000, label: 'rally outside parliament' });
    expect(event!.claims.map((c) => [c.text, c.claimant, c.quote.published])).toEqual([['About 3,000', null, null]]);
    const answer: CrowdSizeAnswer = { command: 'crowd-size', events: [event!] };
    expect(renderTerminal(answer)).toContain('rally outside parliament · date unknown');
  });
});
