import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../src/annotate/crowd/index.js';
import { crowdSizeAnswer } from '../../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../../src/answers/crowdSize/options.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../../support/corpus.js';
import { sentence } from '../../../support/annotate.js';

async function answerFor(files: Record<string, string>) {
  const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
  return crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
}

const summary = (answer: Awaited<ReturnType<typeof answerFor>>) =>
  answer.events.map((e) => ({ label: e.label, date: e.date, claims: e.claims.map((c) => [c.text, c.low, c.claimant]) }));

const claims = (text: string) => findCrowdClaims(sentence(text)).map((c) => [c.text, c.counted, c.claimant, c.forecast]);

describe("an attribution aside after a people count gives other sources' figures for the same crowd", () => {
  it('"(police: 1.5 million; organisers: 5 million)": three estimates of one rally, the count the publisher\'s own', async () => {
    const answer = await answerFor({
      'b.md': `---
title: Erdoğan supporters rally in Istanbul
publisher: Bosphorus Review
published: 2016-08-08
---
Hundreds of thousands of people (police: 1.5 million; organisers: 5 million) gathered in Istanbul on Sunday for a rally against the failed coup attempt of July 15.

President Recep Tayyip Erdoğan addressed the crowd.
`,
    });
    expect(summary(answer)).toEqual([
      {
        label: 'rally in Istanbul',
        date: '2016-08-07',
        claims: [
          ['Hundreds of thousands', 200_000, null],
          ['1.5 million', 1_500_000, 'police'],
          ['5 million', 5_000_000, 'organisers'],
        ],
      },
    ]);
    // every estimate quotes the sentence verbatim
    const quote = answer.events[0]!.claims[0]!.quote.text;
    expect(answer.events[0]!.claims.map((c) => c.quote.text)).toEqual([quote, quote, quote]);
    expect(quote).toBe(
      'Hundreds of thousands of people (police: 1.5 million; organisers: 5 million) gathered in Istanbul on Sunday for a rally against the failed coup attempt of July 15.',
    );
  });

  it.each([
    [
      'Tens of thousands of people (1.5 million according to police, 5 million according to organisers) marched in Paris.',
      [
        ['Tens of thousands', 'people', null, false],
        ['1.5 million', 'people', 'police', false],
        ['5 million', 'people', 'organisers', false],
      ],
    ],
    [
      'About 30,000 people (police said 20,000) marched in Lyon on Saturday.',
      [
        ['About 30,000', 'people', null, false],
        ['20,000', 'people', 'police', false],
      ],
    ],
    [
      'Tens of thousands of people — 20,000 according to police — marched through Madrid.',
      [
        ['Tens of thousands', 'people', null, false],
        ['20,000', 'people', 'police', false],
      ],
    ],
    [
      'A crowd of 200,000 (police put it at 150,000) filled the square.',
      [
        ['200,000', 'crowd', null, false],
        ['150,000', 'crowd', 'police', false],
      ],
    ],
    [
      'Some 3,000 people (according to police, 2,500) marched in Bern.',
      [
        ['Some 3,000', 'people', null, false],
        ['2,500', 'people', 'police', false],
      ],
    ],
    [
      'Some 3,000 people (the interior ministry: 2,500 and the CGT union: 4,000) marched in Paris.',
      [
        ['Some 3,000', 'people', null, false],
        ['2,500', 'people', 'the interior ministry', false],
        ['4,000', 'people', 'the CGT union', false],
      ],
    ],
    [
      'Some 3,000 people (police estimate: 2,500, organisers 4,000) marched in Bern.',
      [
        ['Some 3,000', 'people', null, false],
        ['2,500', 'people', 'police', false],
        ['4,000', 'people', 'organisers', false],
      ],
    ],
    // an aside closing the count's clause
    [
      'Thousands marched in Paris on Saturday (police: 20,000; organisers: 50,000).',
      [
        ['Thousands', 'people', null, false],
        ['20,000', 'people', 'police', false],
        ['50,000', 'people', 'organisers', false],
      ],
    ],
    // the count keeps its own claimant, and the aside its own
    [
      'Organisers said 300,000 people (police: 50,000) marched in Rome.',
      [
        ['300,000', 'people', 'Organisers', false],
        ['50,000', 'people', 'police', false],
      ],
    ],
    // a forecast's aside is a forecast too
    [
      'Organisers expected 50,000 people (police: 30,000) to attend the rally.',
      [
        ['50,000', 'people', 'Organisers', true],
        ['30,000', 'people', 'police', true],
      ],
    ],
  ])('"%s"', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['Thousands of protesters marched 20 kilometres (about 12 miles) to the capital.', [['Thousands', 'protesters', null, false]]],
    ['Thousands of fighters of the Popular Mobilisation Forces (PMF) marched in Baghdad.', []],
    ['Tens of thousands of people (2,000 in 2019) marched in Vienna.', [['Tens of thousands', 'people', null, false]]],
    // a breakdown by place, by group or by time names no source
    ['Hundreds of thousands of people (Istanbul: 1.5 million; Ankara: 300,000) rallied on Sunday.', [['Hundreds of thousands', 'people', null, false]]],
    ['Thousands of people (women: 2,000; men: 1,000) marched on Sunday.', [['Thousands', 'people', null, false]]],
    ['Thousands of people (last year: 2,000) marched on Sunday.', [['Thousands', 'people', null, false]]],
    // an aside after a count that is no crowd
    ['Twelve people were killed (police: 30) during the march.', []],
  ])('no claim from a parenthesis that is no attribution: "%s"', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("an aside's figures take the count's day and place, not a gathering named later in the sentence", async () => {
    const answer = await answerFor({
      'c.md': `---
title: Rally in Izmir
publisher: Aegean Post
published: 2016-08-08
---
Thousands of people gathered in Izmir on Sunday (police: 40,000; organisers: 90,000), a day after a rally in Manisa drew 2,000 people on Saturday.
`,
    });
    expect(summary(answer)).toEqual([
      {
        label: 'rally in Izmir',
        date: '2016-08-07',
        claims: [
          ['Thousands', 2_000, null],
          ['40,000', 40_000, 'police'],
          ['90,000', 90_000, 'organisers'],
        ],
      },
      { label: 'rally in Manisa', date: '2016-08-06', claims: [['2,000', 2_000, null]] },
    ]);
  });
});

describe('a comma aside and an official estimate', () => {
  it("\", 50,000 according to police,\": the count is the publisher's own, the aside's figure is police's, one march", async () => {
    const answer = await answerFor({
      'v.md': `---
title: Protest in Vienna
publisher: Danube Daily
published: 2024-02-05
---
Tens of thousands of people, 50,000 according to police, marched through Vienna on Saturday.
`,
      'g.md': `---
title: Protest in Graz
publisher: Styria Post
published: 2024-02-05
---
Some 30,000 people – police said 20,000 – rallied in Graz on Saturday.
`,
    });
    expect(summary(answer)).toEqual([
      {
        label: 'march through Vienna',
        date: '2024-02-03',
        claims: [
          ['Tens of thousands', 20_000, null],
          ['50,000', 50_000, 'police'],
        ],
      },
      {
        label: 'rally in Graz',
        date: '2024-02-03',
        claims: [
          ['20,000', 20_000, 'police'],
          ['Some 30,000', 30_000, null],
        ],
      },
    ]);
  });

  it('"(official estimate: 2,500)": the count is the publisher\'s own, the aside\'s figure the official estimate', async () => {
    const answer = await answerFor({
      'l.md': `---
title: Protest in Linz
publisher: Upper Austria News
published: 2024-02-05
---
About 3,000 people (official estimate: 2,500) marched in Linz on Sunday.
`,
    });
    expect(summary(answer)).toEqual([
      {
        label: 'march in Linz',
        date: '2024-02-04',
        claims: [
          ['2,500', 2_500, 'official estimate'],
          ['About 3,000', 3_000, null],
        ],
      },
    ]);
  });

  it.each([
    [
      'Thousands marched in Vienna on Saturday, 50,000 according to police and 80,000 according to organisers.',
      [
        ['Thousands', 'people', null, false],
        ['50,000', 'people', 'police', false],
        ['80,000', 'people', 'organisers', false],
      ],
    ],
    [
      'About 3,000 people (official figures: 2,500) marched in Linz.',
      [
        ['About 3,000', 'people', null, false],
        ['2,500', 'people', 'official figures', false],
      ],
    ],
    // an estimate described but not owned names no one, and lends no word to the count
    ['About 3,000 people (initial estimate: 2,500) marched in Linz.', [['About 3,000', 'people', null, false]]],
    // commas that are no attribution aside
    // a list of sizes by place: each its own count (the list-by-place rule)
    [
      'Thousands marched in Vienna, 2,000 in Graz and 500 in Linz.',
      [
        ['Thousands', 'people', null, false],
        ['2,000', 'people', null, false],
        ['500', 'people', null, false],
      ],
    ],
    [
      // "2,000 of them" says what the 3,000 were made of: no second size of the march
      'Police said 3,000 people marched in Linz, 2,000 of them students.',
      [['3,000', 'people', 'Police', false]],
    ],
    ['About 3,000 people, police said, marched in Linz.', [['About 3,000', 'people', 'police', false]]],
  ])('"%s"', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
