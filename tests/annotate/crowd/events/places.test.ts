import { describe, expect, it } from 'vitest';
import { crowdSizeAnswer } from '../../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../../src/answers/crowdSize/options.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../../support/corpus.js';
import { article, crowdEventsOf } from '../../../support/crowdEvents.js';

async function answerFor(files: Record<string, string>) {
  const dir = writeCorpus(files);
  const { corpus } = await loadCorpus(dir, { snapshot: false });
  return { corpus, answer: crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({})) };
}

const summary = (answer: Awaited<ReturnType<typeof answerFor>>['answer']) =>
  answer.events.map((e) => ({ label: e.label, date: e.date, claims: e.claims.map((c) => [c.text, c.claimant]) }));

// An extradition-bill march: organisers from a named front, police after a semicolon, a later clash.
const HONG_KONG = {
  'a.md': `---
title: Hundreds of thousands march in Hong Kong against extradition bill
publisher: Harbour Times
published: 2019-06-10
---
HONG KONG (HT) — Hundreds of thousands of people marched through Hong Kong on Sunday to protest against a bill that would allow extraditions to mainland China.

Organisers from the Civil Human Rights Front said 1.03 million people took part, the largest protest since the 1997 handover. Police put the crowd at 240,000 at its peak.

Chief Executive Carrie Lam said on Monday the government would go ahead with the second reading of the bill on Wednesday.
`,
  'b.md': `---
title: Police fire tear gas as protesters surround Legco
publisher: Pearl Wire
published: 2019-06-12
---
Police fired tear gas and rubber bullets on Wednesday at tens of thousands of protesters who had surrounded the Legislative Council (LegCo) complex, forcing lawmakers to delay debate on the extradition bill.

At least 72 people were injured, the Hospital Authority said.

The Legislative Council President, Andrew Leung, postponed the second reading. On Sunday, organisers claimed that more than a million people marched; police estimated 240,000.
`,
};

describe('"from" after a people noun is an affiliation, not a place', () => {
  it('puts the organisers from a named front with the march they counted, and reads the police figure after a semicolon', async () => {
    const { answer } = await answerFor(HONG_KONG);
    expect(summary(answer)).toEqual([
      {
        label: 'march through Hong Kong',
        date: '2019-06-09',
        claims: [
          ['Hundreds of thousands', null],
          ['240,000', 'Police'],
          ['240,000', 'police'],
          ['more than a million', 'organisers'],
          ['1.03 million', 'Organisers from the Civil Human Rights Front'],
        ],
      },
      // the siege of the council on Wednesday is another gathering, around what the protesters surrounded
      { label: 'gathering around the Legislative Council (LegCo) complex', date: '2019-06-12', claims: [['tens of thousands', null]] },
    ]);
    expect([answer.events[0]!.low, answer.events[0]!.high]).toEqual([200_000, 1_030_000]);
  });

  it('takes neither an organisation nor where people came from as the place they gathered', async () => {
    const { answer } = await answerFor({
      'climate.md': `---
title: Climate march
publisher: River Post
published: 2023-09-17
---
Thousands of people marched through Vienna on Saturday to demand faster cuts in emissions.

Activists from Fridays for Future said 20,000 people took part. About 3,000 farmers from Carinthia joined the protest, their union said.
`,
    });
    expect(summary(answer)).toEqual([
      {
        label: 'march through Vienna',
        date: '2023-09-16',
        claims: [
          ['Thousands', null],
          ['About 3,000', 'their union'],
          ['20,000', 'Activists from Fridays for Future'],
        ],
      },
    ]);
  });
});

// A page pasted from a news site: no front matter, a headline that names the city, a body that names it otherwise.
const SANTIAGO = `Chile protests: a million people march in Santiago
Huge peaceful rally follows a week of unrest over inequality
Sat 26 Oct 2019 03.12 BST
More than a million people took to the streets of Chile's capital on Friday in the largest demonstration since the return to democracy, according to the city's governor, Karla Rubilar.
The march, which stretched for kilometres along the Alameda avenue, was peaceful, in contrast to a week of riots in which at least 19 people died.
`;

describe('"took to the streets" is no place, and a headline\'s figure is about its article\'s main gathering', () => {
  it('makes one gathering of the headline and the body, with the governor named', async () => {
    const { corpus, answer } = await answerFor({ 'raw.txt': SANTIAGO });
    expect(summary(answer)).toEqual([
      {
        label: "demonstration in Chile's capital",
        date: '2019-10-25',
        claims: [
          ['a million', null],
          ['More than a million', "the city's governor, Karla Rubilar"],
        ],
      },
    ]);
    // the headline's "in Santiago" shares nothing with "the streets of Chile's capital", yet joins it
    expect(corpus.annotations.crowd.map((c) => [c.text, corpus.passageById.get(c.passageId)!.kind, c.event.id, c.event.place])).toEqual([
      ['a million', 'headline', '2019-10-25:chile+santiago', "Chile's capital"],
      ['More than a million', 'body', '2019-10-25:chile+santiago', "Chile's capital"],
    ]);
  });

  it('reads a bare "took to the streets" as no place: the claim joins the day\'s gathering', async () => {
    const { answer } = await answerFor({
      'lisbon.md': `---
title: Teachers strike
publisher: Lisbon Daily
published: 2023-03-12
---
Tens of thousands of teachers marched through Lisbon on Saturday over pay.

Some 80,000 people took to the streets on Saturday, the union said.
`,
    });
    expect(summary(answer)).toEqual([
      {
        label: 'march through Lisbon',
        date: '2023-03-11',
        claims: [
          ['Tens of thousands', null],
          ['Some 80,000', 'the union'],
        ],
      },
    ]);
  });

  it('keeps a headline apart when the body names its place as a gathering of its own', async () => {
    const { answer } = await answerFor({
      'raw.txt': `Thousands rally in Porto as teachers' strike spreads
Sun 12 Mar 2023 09.00 GMT
Tens of thousands of teachers marched through Lisbon on Saturday, police said.
In Porto, teachers also rallied outside the city hall on Saturday.
`,
    });
    expect(summary(answer)).toEqual([
      { label: 'march through Lisbon', date: '2023-03-11', claims: [['Tens of thousands', 'police']] },
      { label: 'rally in Porto', date: '2023-03-11', claims: [['Thousands', null]] },
    ]);
  });
});

describe('a list by place', () => {
  it('gives each place its own gathering, on the day of the list', async () => {
    const files = {
      'a.md': article('2024-03-04', 'On Saturday, in Northbridge about 300 teachers marched, in Eastport 4,000 and in Kelham some 5,000, organisers said.'),
      'b.md': article('2024-03-04', 'Nurses rallied on Sunday in three towns: about 200 in Northbridge, 900 in Eastport and 1,500 in Kelham.'),
    };
    expect(await crowdEventsOf(files)).toEqual([
      'about 300 → march in Northbridge @ 2024-03-02',
      '4,000 → march in Eastport @ 2024-03-02',
      'some 5,000 → march in Kelham @ 2024-03-02',
      'about 200 → rally in Northbridge @ 2024-03-03',
      '900 → rally in Eastport @ 2024-03-03',
      '1,500 → rally in Kelham @ 2024-03-03',
    ]);
  });
});
