import { describe, expect, it } from 'vitest';
import { crowdSizeAnswer } from '../../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../../src/answers/crowdSize/options.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../../support/corpus.js';

async function answerFor(files: Record<string, string>) {
  const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
  return crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
}

type Answer = Awaited<ReturnType<typeof answerFor>>;
const summary = (answer: Answer) => answer.events.map((e) => ({ label: e.label, date: e.date, claims: e.claims.map((c) => [c.text, c.low, c.claimant]) }));
const forecasts = (answer: Answer) => (answer.forecastOnly ?? []).map((e) => ({ label: e.label, forecasts: e.forecasts.map((c) => [c.text, c.claimant]) }));

const article = (body: string, title = 'Strikes in France') => `---
title: ${title}
publisher: Seine Dispatch
published: 2023-01-20
---
${body}
`;

const CGT = 'The hard-left CGT union said more than 2 million took part nationwide, including 400,000 in Paris, where police counted 80,000.';
const PENSIONS = article(
  `PARIS (SD) — More than a million people marched across France on Thursday, January 19, against President Emmanuel Macron's plan to raise the retirement age from 62 to 64, the interior ministry said.

${CGT}

Strikes disrupted trains, schools and refineries.`,
  'More than a million march in France against pension reform',
);

describe('a national total and its part in a city', () => {
  it('puts "took part nationwide" with the march across France and "including 400,000 in Paris" with the Paris count', async () => {
    const answer = await answerFor({ 'a.md': PENSIONS });
    expect(summary(answer)).toEqual([
      {
        label: 'gathering in Paris',
        date: '2023-01-19',
        claims: [
          ['80,000', 80_000, 'police'],
          // a part of the union's national total, by the union
          ['400,000', 400_000, 'The hard-left CGT union'],
        ],
      },
      {
        label: 'march across France',
        date: '2023-01-19',
        claims: [
          ['More than a million', 1_000_000, 'the interior ministry'],
          ['more than 2 million', 2_000_000, 'The hard-left CGT union'],
        ],
      },
    ]);
    const paris = answer.events[0]!;
    expect(paris.low).toBe(80_000);
    expect(paris.high).toBe(400_000);
    // every figure of the sentence quotes it verbatim
    for (const e of answer.events.slice(0, 2)) for (const c of e.claims) if (c.claimant !== 'the interior ministry') expect(c.quote.text).toBe(CGT);
    expect(answer.events[1]!.high).toBeNull();
  });

  it('keeps a national total with no gathering across a country apart, labelled with its scope', async () => {
    const answer = await answerFor({
      'a.md': article('Police said 80,000 people marched in Paris on Thursday. Unions said more than 2 million took part across the country on Thursday.'),
    });
    expect(summary(answer)).toEqual([
      { label: 'gathering across the country', date: '2023-01-19', claims: [['more than 2 million', 2_000_000, 'Unions']] },
      { label: 'march in Paris', date: '2023-01-19', claims: [['80,000', 80_000, 'Police']] },
    ]);
  });

  it('reads a list of parts, each at its own city, by the source of the whole', async () => {
    const answer = await answerFor({
      'a.md': article('Unions said 2 million people marched nationwide on Thursday, including 400,000 in Paris, 50,000 in Lyon and 30,000 in Marseille.'),
    });
    expect(summary(answer)).toEqual([
      { label: 'march in Lyon', date: '2023-01-19', claims: [['50,000', 50_000, 'Unions']] },
      { label: 'march in Marseille', date: '2023-01-19', claims: [['30,000', 30_000, 'Unions']] },
      { label: 'march in Paris', date: '2023-01-19', claims: [['400,000', 400_000, 'Unions']] },
      { label: 'march nationwide', date: '2023-01-19', claims: [['2 million', 2_000_000, 'Unions']] },
    ]);
  });

  it('gives a part the claimant named after it ("according to unions") and a forecast\'s part stays a forecast', async () => {
    expect(
      summary(
        await answerFor({
          'a.md': article('More than 2 million people marched across the country on Thursday, including 400,000 in Paris, according to unions.'),
        }),
      ),
    ).toEqual([
      { label: 'march across the country', date: '2023-01-19', claims: [['More than 2 million', 2_000_000, 'unions']] },
      { label: 'march in Paris', date: '2023-01-19', claims: [['400,000', 400_000, 'unions']] },
    ]);
    expect(
      forecasts(await answerFor({ 'a.md': article('Organisers expect 2 million people to march nationwide on Thursday, including 400,000 in Paris.') })),
    ).toEqual([
      { label: 'march in Paris', forecasts: [['400,000', 'Organisers']] },
      { label: 'march nationwide', forecasts: [['2 million', 'Organisers']] },
    ]);
  });

  it('"the nationwide strike in Paris" and "from across the country" give no national scope', async () => {
    expect(summary(await answerFor({ 'a.md': article('On Thursday, 80,000 people joined the nationwide strike in Paris, police said.') }))).toEqual([
      { label: 'strike in Paris', date: '2023-01-19', claims: [['80,000', 80_000, 'police']] },
    ]);
    expect(summary(await answerFor({ 'a.md': article('Police said 80,000 teachers from across the country marched in Paris on Thursday.') }))).toEqual([
      { label: 'march in Paris', date: '2023-01-19', claims: [['80,000', 80_000, 'Police']] },
    ]);
  });
});
