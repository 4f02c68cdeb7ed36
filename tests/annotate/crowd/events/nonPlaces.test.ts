import { describe, expect, it } from 'vitest';
import { crowdSizeAnswer } from '../../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../../src/answers/crowdSize/options.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../../support/corpus.js';

async function summarise(files: Record<string, string>) {
  const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
  const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
  return answer.events.map((e) => ({ label: e.label, date: e.date, claims: e.claims.map((c) => [c.text, c.claimant]) }));
}

// A live page with no front matter: the headline names the place, the body compares the march with "British history".
const LIVE_PAGE = {
  'live.txt': `People's Vote march: hundreds of thousands rally in London – live updates
Saturday 23 March 2019
15:42 GMT
Organisers say more than one million people have joined the march, which would make it one of the largest protests in British history. The Metropolitan police said it did not give crowd estimates.
14:05 GMT
The crowd stretched from Park Lane to Parliament Square, where Labour deputy leader Tom Watson addressed the rally.
`,
};

const article = (title: string, body: string) => `---
title: ${title}
publisher: Test Wire
published: 2020-05-02
---
${body}
`;

describe('a place phrase whose head is a demonym or an abstract noun names no place', () => {
  it('"in British history" is no place: the gathering is the headline\'s, with both figures', async () => {
    expect(await summarise(LIVE_PAGE)).toEqual([
      {
        label: 'march in London',
        date: '2019-03-23',
        claims: [
          ['hundreds of thousands', null],
          ['more than one million', 'Organisers'],
        ],
      },
    ]);
  });

  it('"in the country\'s history", "in Chilean history", "in recent memory", "in decades" name no place; a real place still does', async () => {
    const files = {
      'a.md': article(
        'Thousands march in Santiago',
        `Police said 20,000 people marched in Santiago on Friday.

Organisers said 80,000 people joined the march, the largest in the country's history and the biggest in Chilean history.

About 5,000 students rallied on Friday, the most in recent memory and the first such protest in decades.`,
      ),
    };
    expect(await summarise(files)).toEqual([
      {
        label: 'march in Santiago',
        date: '2020-05-01',
        claims: [
          ['About 5,000', null],
          ['20,000', 'Police'],
          ['80,000', 'Organisers'],
        ],
      },
    ]);
  });

  it('a name the corpus writes before "history" is not learnt as a place for "the X march"', async () => {
    const files = {
      'a.md': article(
        'A record turnout',
        `It was the largest turnout in Vote history, organisers said.

About 3,000 people attended the Vote march in Leeds on Friday.`,
      ),
    };
    const events = await summarise(files);
    expect(events.map((e) => e.label)).toEqual(['march in Leeds']);
  });
});
