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
const summary = (answer: Answer) => answer.events.map((e) => ({ label: e.label, date: e.date, claims: e.claims.map((c) => [c.text, c.claimant]) }));
const summarise = async (files: Record<string, string>) => summary(await answerFor(files));

const article = (published: string, body: string, title = 'Marches') => `---
title: ${title}
publisher: Test Wire
published: ${published}
---
${body}
`;

// Women's marches: a national total, three cities, an affiliation after "at", and a report four days later.
const WOMENS_MARCH = {
  'a.md': `---
title: Women's marches draw millions across the country
publisher: Capitol Post
published: 2017-01-22
---
WASHINGTON — Hundreds of thousands of people filled the streets of Washington on Saturday for the Women's March, a day after President Donald Trump's inauguration.

Organizers said about 500,000 people attended the Washington march, more than three times the crowd that watched the inauguration, according to crowd scientists at Manchester Metropolitan University.

In Chicago, organizers halted the march after an estimated 250,000 people packed the rally site. In Los Angeles, police said at least 100,000 marched downtown, while organizers put the figure at 750,000.

Across the United States, between 3.3 million and 4.6 million people took part, according to political scientists Erica Chenoweth and Jeremy Pressman.
`,
  'b.md': `---
title: After the march, what next?
publisher: Riverside Journal
published: 2017-01-25
---
Three days after the march, organizers announced a campaign of "10 actions for the first 100 days".

The Washington march, which some estimates put at 470,000, was the largest single-day protest in the city since the Vietnam War.
`,
};

describe('a corpus of marches in several cities on one day', () => {
  it('puts each figure with its own city, the national total apart, and a later report with the march it names', async () => {
    const answer = await answerFor(WOMENS_MARCH);
    expect(summary(answer)).toEqual([
      {
        label: 'march in Washington',
        date: '2017-01-21',
        claims: [
          ['Hundreds of thousands', null],
          // "The Washington march" four days later: the march of the 21st, not one "in the city" on the 25th
          ['470,000', 'some estimates'],
          // the figure's own "Organizers said" comes first; "according to …" goes with the comparison
          ['about 500,000', 'Organizers'],
        ],
      },
      {
        label: 'march in Los Angeles',
        date: '2017-01-21',
        claims: [
          ['at least 100,000', 'police'],
          ['750,000', 'organizers'],
        ],
      },
      {
        label: 'gathering across the United States',
        date: '2017-01-21',
        claims: [['between 3.3 million and 4.6 million', 'political scientists Erica Chenoweth and Jeremy Pressman']],
      },
      { label: 'march in Chicago', date: '2017-01-21', claims: [['an estimated 250,000', null]] },
    ]);
    const range = (label: string) => {
      const e = answer.events.find((x) => x.label === label)!;
      return [e.low, e.high];
    };
    expect(range('march in Washington')).toEqual([200_000, 500_000]);
    expect(range('march in Los Angeles')).toEqual([100_000, 750_000]);
    expect(range('gathering across the United States')).toEqual([3_300_000, 4_600_000]);
    expect(range('march in Chicago')).toEqual([250_000, 250_000]);
  });
});

describe('a capitalised word after another word is no speech verb', () => {
  it('reads "States" as part of the United States, and takes "according to" after the figure', async () => {
    expect(
      await summarise({
        'a.md': article(
          '2017-01-22',
          'Across the United States, 4 million people marched on Saturday, according to political scientists Erica Chenoweth and Jeremy Pressman.',
        ),
      }),
    ).toEqual([
      { label: 'march across the United States', date: '2017-01-21', claims: [['4 million', 'political scientists Erica Chenoweth and Jeremy Pressman']] },
    ]);
  });

  it('keeps a subject that holds the name', async () => {
    expect(await summarise({ 'a.md': article('2017-01-22', 'Officials in the United States said 5,000 people marched on Saturday.') })).toEqual([
      { label: 'march in the United States', date: '2017-01-21', claims: [['5,000', 'Officials in the United States']] },
    ]);
  });
});

describe('"at" after someone who studies or speaks for a body names where they work', () => {
  const washington = 'Hundreds of thousands of people marched in Washington on Saturday.';

  it("puts a figure the scientists at a university back up with the day's march, not at the university", async () => {
    expect(
      await summarise({
        'a.md': article(
          '2017-01-22',
          `${washington}\n\nOrganizers said about 500,000 people attended the march, according to crowd scientists at Manchester Metropolitan University.`,
        ),
      }),
    ).toEqual([
      {
        label: 'march in Washington',
        date: '2017-01-21',
        claims: [
          ['Hundreds of thousands', null],
          ['about 500,000', 'Organizers'],
        ],
      },
    ]);
  });

  it('reads "researchers at the Crowd Lab" and "officials at the Interior Ministry" as affiliations', async () => {
    expect(
      await summarise({
        'a.md': article(
          '2017-01-22',
          `${washington}\n\nAbout 500,000 people attended the march, researchers at the Crowd Lab said.\n\nOfficials at the Interior Ministry said 300,000 people gathered.`,
        ),
      }),
    ).toEqual([
      {
        label: 'march in Washington',
        date: '2017-01-21',
        claims: [
          ['Hundreds of thousands', null],
          ['300,000', 'Officials at the Interior Ministry'],
          ['About 500,000', 'researchers at the Crowd Lab'],
        ],
      },
    ]);
  });

  it('keeps "at" a place after organisers before a park, and after protesters', async () => {
    expect(await summarise({ 'a.md': article('2017-01-22', 'Organizers at Grant Park said 5,000 people gathered on Saturday.') })).toEqual([
      { label: 'gathering at Grant Park', date: '2017-01-21', claims: [['5,000', 'Organizers at Grant Park']] },
    ]);
    expect(await summarise({ 'a.md': article('2017-01-22', 'On Saturday, 5,000 protesters at Grant Park chanted slogans.') })).toEqual([
      { label: 'gathering at Grant Park', date: '2017-01-21', claims: [['5,000', null]] },
    ]);
  });
});

describe("a place written before the gathering noun is the gathering's place", () => {
  it('reads "Sunday\'s Berlin rally", "the Paris protest" and "The Los Angeles march"', async () => {
    expect(
      await summarise({
        'a.md': article('2017-01-23', "Sunday's Berlin rally drew 20,000 people."),
        'b.md': article('2017-01-23', 'Police said 8,000 people joined the Paris protest on Sunday.'),
        'c.md': article('2017-01-23', 'The Los Angeles march drew 750,000 people on Sunday, organizers said.'),
      }),
    ).toEqual([
      { label: 'march in Los Angeles', date: '2017-01-22', claims: [['750,000', 'organizers']] },
      { label: 'protest in Paris', date: '2017-01-22', claims: [['8,000', 'Police']] },
      { label: 'rally in Berlin', date: '2017-01-22', claims: [['20,000', null]] },
    ]);
  });

  it('prefers it to a place the sentence goes on to ("the largest protest in the city since …")', async () => {
    expect(
      await summarise({
        'a.md': article(
          '2017-01-22',
          'The Washington march on Saturday, which some estimates put at 470,000, was the largest protest in the city since the Vietnam War.',
        ),
      }),
    ).toEqual([{ label: 'march in Washington', date: '2017-01-21', claims: [['470,000', 'some estimates']] }]);
  });

  it('takes no place from a name that is no place, nor from a possessive', async () => {
    const joined = (noun: string) => `Hundreds of thousands of people marched in Washington on Saturday.\n\nOrganizers said 9,000 people joined the ${noun}.`;
    for (const noun of ['Pride march', 'Trump rally', "Women's march"]) {
      expect(await summarise({ 'a.md': article('2017-01-22', joined(noun)) })).toEqual([
        {
          label: 'march in Washington',
          date: '2017-01-21',
          claims: [
            ['9,000', 'Organizers'],
            ['Hundreds of thousands', null],
          ],
        },
      ]);
    }
  });

  it('takes no place from a gathering it is compared with', async () => {
    expect(
      await summarise({
        'a.md': article(
          '2017-01-22',
          'Hundreds of thousands of people marched in Washington on Saturday.\n\nPolice said 5,000 marched on Saturday, more than at the Boston rally.',
        ),
      }),
    ).toEqual([
      {
        label: 'march in Washington',
        date: '2017-01-21',
        claims: [
          ['5,000', 'Police'],
          ['Hundreds of thousands', null],
        ],
      },
    ]);
  });
});

describe('a report dated by its publication that names a known gathering at the same place', () => {
  const march = { 'a.md': article('2017-01-22', 'Hundreds of thousands of people marched in Washington on Saturday.') };
  const later = async (published: string, body: string) => summarise({ ...march, 'b.md': article(published, body, 'After the march') });
  const joined = (figure: string, claimant: string | null) => [
    {
      label: 'march in Washington',
      date: '2017-01-21',
      claims: [
        ['Hundreds of thousands', null],
        [figure, claimant],
      ],
    },
  ];

  it('joins it up to 14 days later with a definite article ("The Washington march", "the march in Washington")', async () => {
    const definite = 'The Washington march, which some estimates put at 470,000, was the largest.';
    expect(await later('2017-01-25', definite)).toEqual(joined('470,000', 'some estimates'));
    expect(await later('2017-02-04', definite)).toEqual(joined('470,000', 'some estimates'));
    expect(await later('2017-01-25', 'Some estimates put the march in Washington at 470,000.')).toEqual(joined('470,000', 'Some estimates'));
  });

  it('stays apart 15 days later', async () => {
    expect(await later('2017-02-05', 'The Washington march, which some estimates put at 470,000, was the largest.')).toEqual([
      { label: 'march in Washington', date: '2017-02-05', claims: [['470,000', 'some estimates']] },
      { label: 'march in Washington', date: '2017-01-21', claims: [['Hundreds of thousands', null]] },
    ]);
  });

  it('joins an indefinite one up to three days later only', async () => {
    expect(await later('2017-01-24', 'Thousands marched in Washington to protest.')).toEqual([
      {
        label: 'march in Washington',
        date: '2017-01-21',
        claims: [
          ['Thousands', null],
          ['Hundreds of thousands', null],
        ],
      },
    ]);
    expect(await later('2017-01-25', 'Thousands marched in Washington to protest.')).toEqual([
      { label: 'march in Washington', date: '2017-01-25', claims: [['Thousands', null]] },
      { label: 'march in Washington', date: '2017-01-21', claims: [['Hundreds of thousands', null]] },
    ]);
    expect(await later('2017-01-25', 'A Washington march drew 470,000 people.')).toEqual([
      { label: 'march in Washington', date: '2017-01-25', claims: [['470,000', null]] },
      { label: 'march in Washington', date: '2017-01-21', claims: [['Hundreds of thousands', null]] },
    ]);
  });
});
