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
  answer.events.map((e) => ({ label: e.label, date: e.date, claims: e.claims.map((c) => [c.text, c.claimant]) }));

describe('"line the streets" is a gathering verb phrase, and "the streets of X" gives X', () => {
  it('counts a bare figure that lines or packs the streets, not one that lines up', () => {
    const claims = (text: string) => findCrowdClaims(sentence(text)).map((c) => [c.text, c.counted]);
    expect(claims('Thousands lined the streets to cheer the champions.')).toEqual([['Thousands', 'people']]);
    expect(claims('About 40,000 people packed the streets of Leeds on Sunday.')).toEqual([['About 40,000', 'people']]);
    expect(claims('Hundreds of people lined up to vote.')).toEqual([]);
  });

  it('takes X from "lined the streets of X" and "packed the streets of X"; a bare "the streets" is no place', async () => {
    const answer = await answerFor({
      'a.md': `---
title: Fans celebrate
publisher: Test Wire
published: 2023-06-12
---
Thousands lined the streets of Denver on Sunday to cheer the champions, police said.

About 40,000 people packed the streets of Leeds on Sunday for the festival, organisers said.
`,
      'b.md': `---
title: Fans again
publisher: Other Wire
published: 2023-06-13
---
About 2,000 people lined the streets on Sunday to watch the parade in Denver.
`,
    });
    expect(summary(answer)).toEqual([
      {
        label: 'parade in Denver',
        date: '2023-06-11',
        claims: [
          ['Thousands', 'police'],
          ['About 2,000', null],
        ],
      },
      { label: 'gathering in Leeds', date: '2023-06-11', claims: [['About 40,000', 'organisers']] },
    ]);
  });
});

describe('"surrounded X" gives X as where the crowd stood', () => {
  it('labels the gathering around what the crowd surrounded, acronym in parentheses included', async () => {
    const answer = await answerFor({
      'a.md': `---
title: Siege
publisher: Test Wire
published: 2023-06-14
---
Police fired tear gas on Tuesday at tens of thousands of protesters who had surrounded the Legislative Council (LegCo) complex.

Some 5,000 demonstrators encircled the Ministry of Finance in Valdora on Thursday, police said.
`,
    });
    expect(summary(answer)).toEqual([
      { label: 'gathering around the Legislative Council (LegCo) complex', date: '2023-06-13', claims: [['tens of thousands', null]] },
      { label: 'gathering around the Ministry of Finance in Valdora', date: '2023-06-08', claims: [['Some 5,000', 'police']] },
    ]);
  });
});

describe('"on the streets of X" gives X', () => {
  it("places a crowd on the streets of a city apart from another city's gathering that day (Socialist Worker, 2007)", async () => {
    const answer = await answerFor({
      'a.md': `---
title: Why protest matters
publisher: Test Wire
published: 2007-02-09
---
Hundreds of thousands of antiwar protesters amassed on the streets of Washington, D.C., on January 27, emboldened by the optimism.

In a little-reported protest on January 27, 2,500 demonstrators shut down a military recruiting center in Seattle.
`,
    });
    expect(summary(answer).map((e) => [e.label, e.claims.map((c) => c[0])])).toEqual([
      ['gathering in Washington', ['Hundreds of thousands']],
      ['protest in Seattle', ['2,500']],
    ]);
  });

  it('reads no place from "on" before anything but the streets of a place', async () => {
    const answer = await answerFor({
      'a.md': `---
title: A march
publisher: Test Wire
published: 2007-02-09
---
Thousands of protesters marched on the streets on January 27.
`,
    });
    expect(summary(answer).map((e) => e.label)).toEqual(['march']);
  });
});
