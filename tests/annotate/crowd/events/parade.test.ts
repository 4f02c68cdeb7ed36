import { describe, expect, it } from 'vitest';
import { crowdSizeAnswer, CrowdSizeAnswerSchema } from '../../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../../src/answers/crowdSize/options.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../../support/corpus.js';

async function answerFor(files: Record<string, string>, event?: string) {
  const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
  return crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse(event === undefined ? {} : { event }));
}

const summary = (answer: Awaited<ReturnType<typeof answerFor>>) =>
  answer.events.map((e) => ({
    label: e.label,
    date: e.date,
    ...(e.precision ? { precision: e.precision } : {}),
    claims: e.claims.map((c) => [c.text, c.claimant]),
  }));

const article = (title: string, publisher: string, published: string, body: string) => `---
title: ${title}
publisher: ${publisher}
published: ${published}
---
${body}
`;

// A championship parade, a piece doubting its figure, and a figure for an older parade.
const PARADE = {
  'a.md': article(
    "Million fans line streets for champions' parade",
    'Metro Sports Daily',
    '2016-11-05',
    `CHICAGO — An estimated 5 million people lined the streets of Chicago on Friday to celebrate the Cubs' first World Series title in 108 years, city officials said.

The parade began at Wrigley Field and wound its way to Grant Park, where Mayor Rahm Emanuel and team president Theo Epstein addressed the crowd.

Police made only a handful of arrests, a department spokesman said. Some fans had camped out since Thursday night.`,
  ),
  'b.md': article(
    'Was it really 5 million? Experts doubt parade figure',
    'Data Desk',
    '2016-11-08',
    `The city's claim that 5 million people attended Friday's Cubs parade would make it one of the largest gatherings in human history, but crowd scientists say the real number was probably far smaller.

Based on the area of the route and typical crowd densities, Professor Keith Still of Manchester Metropolitan University estimated that between 1 and 2 million people were present.

The Chicago Tribune reported that about 2 million fans had attended a 2005 parade for the White Sox.`,
  ),
};

describe('a parade whose figure is doubted, beside an older parade', () => {
  it('puts the 2005 parade apart as a gathering of its year, names the city as claimant and Chicago as the place', async () => {
    const answer = await answerFor(PARADE);
    expect(summary(answer)).toEqual([
      {
        label: 'parade in Chicago',
        date: '2016-11-04',
        claims: [
          ['between 1 and 2 million', 'Professor Keith Still of Manchester Metropolitan University'],
          ['An estimated 5 million', 'city officials'],
          ['5 million', 'The city'],
        ],
      },
      { label: '2005 parade', date: '2005-01-01', precision: 'year', claims: [['about 2 million', 'The Chicago Tribune']] },
    ]);
    expect(CrowdSizeAnswerSchema.parse(answer)).toEqual(answer);
    expect([answer.events[0]!.low, answer.events[0]!.high]).toEqual([1_000_000, 5_000_000]);
  });

  it("picks the year's gathering by its year, and by the value its autocomplete gives", async () => {
    expect(summary(await answerFor(PARADE, '2005 parade')).map((e) => e.label)).toEqual(['2005 parade']);
    expect(summary(await answerFor(PARADE, '2005 parade 2005-01-01')).map((e) => e.label)).toEqual(['2005 parade']);
    expect(summary(await answerFor(PARADE, 'parade Chicago')).map((e) => e.label)).toEqual(['parade in Chicago']);
  });
});

describe('a year right before a gathering noun dates that gathering to the year', () => {
  it("reads the year of the gathering the figure's verb, preposition or size link names", async () => {
    const answer = await answerFor({
      'a.md': article(
        'March',
        'Harbour Times',
        '2019-06-10',
        `Hundreds of thousands of people marched through Hong Kong on Sunday, police said.

About 500,000 people took part in the 2003 protests against a security law, organisers said at the time.

The 1997 march drew 100,000 people, according to police.

Thousands marched on the anniversary of the 1989 protests, organisers said.

A crowd of 2 million at the 2019 march on Sunday was the biggest yet, organisers said.`,
      ),
    });
    expect(summary(answer)).toEqual([
      {
        label: 'march through Hong Kong',
        date: '2019-06-09',
        // the anniversary's march is Sunday's, and "the 2019 march on Sunday" is in the year of its day
        claims: [
          ['Thousands', 'organisers'],
          ['Hundreds of thousands', 'police'],
          ['2 million', 'organisers'],
        ],
      },
      { label: '2003 protest', date: '2003-01-01', precision: 'year', claims: [['About 500,000', 'organisers']] },
      { label: '1997 march', date: '1997-01-01', precision: 'year', claims: [['100,000', 'police']] },
    ]);
  });

  it("joins no gathering of a day in that year, and joins the same year's gathering from another article", async () => {
    const answer = await answerFor({
      'a.md': article('Parade', 'Other Wire', '2005-01-02', 'About 3,000 people marched in Boston on Saturday.'),
      'b.md': article('History', 'Third Wire', '2016-11-08', "An estimated 2 million fans attended Chicago's 2005 White Sox parade, the Tribune said."),
      'c.md': article('Looking back', 'Fourth Wire', '2016-11-09', 'Some 1.75 million fans were at the 2005 parade, the city said.'),
    });
    expect(summary(answer)).toEqual([
      {
        label: '2005 parade',
        date: '2005-01-01',
        precision: 'year',
        claims: [
          ['Some 1.75 million', 'the city'],
          ['An estimated 2 million', 'the Tribune'],
        ],
      },
      { label: 'march in Boston', date: '2005-01-01', claims: [['About 3,000', null]] },
    ]);
  });
});
