import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../src/annotate/crowd/index.js';
import { crowdSizeAnswer, CrowdSizeAnswerSchema } from '../../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../../src/answers/crowdSize/options.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { renderTerminal } from '../../../../src/render/terminal/index.js';
import { articleText, seedCorpus, writeCorpus } from '../../../support/corpus.js';
import { sentence } from '../../../support/annotate.js';

// A flood story: a vigil and a parents' protest, with figures of people the flood moved or hit beside them.
const FILES = {
  'vigil.md': `---
title: Morvale mourns flood victims at riverside vigil
publisher: Valley Courier
published: 2025-03-12
---
MORVALE, March 12 — About 400 people held a vigil outside Morvale town hall on Sunday, two days after the river burst its banks and forced 9,000 residents from the lower town.

Organisers had initially expected about 250 people; police put the crowd at 500, while organisers subsequently said 800 attended.

The flood left 3,000 residents without power and some 1,200 people affected by contaminated water.
`,
  'school.md': `---
title: Parents protest school closure after flood
publisher: Morvale Daily
published: 2025-03-14
---
More than 5,000 residents were ordered to leave their homes on Friday as the river rose.

After the mayor said 2,000 pupils would be moved, about 150 parents protested outside Riverside school on Thursday.

Hundreds of parents rallied outside the school on Thursday, a day after the council sent letters to 1,500 families.

Police later put the crowd at 300, and the parents' association again claimed 600.
`,
};

function claimsIn(text: string) {
  const passage = sentence(text, { id: 'x#0', articleId: 'x' });
  return findCrowdClaims(passage).map((c) => [c.text, c.claimant, c.forecast]);
}

describe('people a disaster moved or hit are not a turnout', () => {
  it.each([
    ['Hundreds of people gathered in the square, as the storm forced the evacuation of 12,000 residents.'],
    ['Crowds gathered at the shelter, where 4,000 evacuees slept.'],
    ['Residents rallied on Monday; 12,000 residents remain without power.'],
    ['Mourners gathered as 8,000 residents were forced from their homes.'],
    ['Crowds gathered at the bridge, and 2,500 people were affected by the closure.'],
    ['The storm left 9,000 people homeless, and residents marched on the council.'],
  ])('"%s" holds no crowd figure', (text) => {
    expect(claimsIn(text).filter(([written]) => /\d/.test(written as string))).toEqual([]);
  });

  it('still counts a crowd that lost nothing beside a gathering word', () => {
    expect(claimsIn('Some 4,000 residents marched on Saturday after the storm left 12,000 residents without power.')).toEqual([['Some 4,000', null, false]]);
    expect(claimsIn('About 2,000 people joined the vigil for the 300 people killed in the flood.')).toEqual([['About 2,000', null, false]]);
    expect(claimsIn('Thousands of residents marched from their homes to the square.')).toEqual([['Thousands', null, false]]);
  });
});

describe('a figure in an "after/before/since/until" clause', () => {
  it("is not the size of the main clause's gathering", () => {
    expect(claimsIn('Hundreds of people rallied outside the town hall on Friday, a day after the council sent letters to 3,000 residents.')).toEqual([
      ['Hundreds', null, false],
    ]);
    expect(claimsIn('Hundreds of people gathered on Sunday to thank firefighters, a week after the fire forced 12,000 residents to leave.')).toEqual([
      ['Hundreds', null, false],
    ]);
    expect(claimsIn('After the council wrote to 5,000 parents, hundreds of people gathered outside the school.')).toEqual([['hundreds', null, false]]);
  });

  it('counts when its own clause is about the gathering, or when "after" only opens a phrase', () => {
    expect(claimsIn('The rally was the largest since 20,000 people marched in 2003.')).toEqual([['20,000', null, false]]);
    expect(claimsIn('Thousands of people gathered after Friday prayers in the square.')).toEqual([['Thousands', null, false]]);
    // a figure in the main clause may lean on the gathering the adverbial clause names
    expect(claimsIn('Before the march set off, 5,000 people were in the square.')).toEqual([['5,000', null, false]]);
    expect(claimsIn('Police estimated that 5,000 protesters had gathered, though organisers said the number was closer to 15,000.')).toEqual([
      ['5,000', 'Police', false],
      ['closer to 15,000', 'organisers', false],
    ]);
  });

  it('gives the figure no claimant from a speech verb inside another adverbial clause', () => {
    expect(claimsIn('After the mayor said 2,000 pupils would be moved, about 150 parents protested outside the school.')).toEqual([['about 150', null, false]]);
    expect(claimsIn('Police said that after the mayor wrote to parents, 5,000 people gathered.')).toEqual([['5,000', 'Police', false]]);
  });
});

describe('a clause opened by "even as"', () => {
  it('gives the figure of the main clause no claimant from its speech verb', () => {
    expect(claimsIn('Even as politicians declared their support for the government, thousands of people took to the streets.')).toEqual([
      ['thousands', null, false],
    ]);
    // negative: a plain "as" opens no such clause
    expect(claimsIn('As police said, thousands of people took to the streets.')).toEqual([['thousands', 'police', false]]);
  });
});

describe('a passage that runs on past a sentence end', () => {
  it('takes no claimant from the sentence before the figure, nor from a quote after it', () => {
    expect(claimsIn('The mayor said the rally was held in Washington, D.C. The event drew more than 10,000 people.')).toEqual([
      ['more than 10,000', null, false],
    ]);
    expect(claimsIn('About 40 students picketed the talk on "Democracy after the War." "I\'m here because it matters," one protester said.')).toEqual([
      ['About 40', null, false],
    ]);
    // negative: an abbreviation before a name ends no sentence
    expect(claimsIn('Some 5,000 people marched to the U.S. Embassy, police said.')).toEqual([['Some 5,000', 'police', false]]);
  });

  it('reads a reporting word after a determiner as a plural noun', () => {
    expect(claimsIn('The mayor said that contrary to some reports, more than 10,000 people attended the rally.')).toEqual([
      ['more than 10,000', 'The mayor', false],
    ]);
    // negative: a reporting verb after its subject
    expect(claimsIn('Police estimates 5,000 people marched.')).toEqual([['5,000', 'Police', false]]);
  });
});

describe('an adverb between the subject and the speech verb', () => {
  it.each([
    ['organisers later said 2,000 attended', 'organisers'],
    ['Organisers initially said 5,000 people marched', 'Organisers'],
    ['the union again claimed 10,000 people joined the strike', 'the union'],
    ['police subsequently put the crowd at 2,000', 'police'],
    ['police then said 2,000 people had gathered', 'police'],
    ['organisers have since said 2,000 attended', 'organisers'],
    ['Organisers would later say 2,000 people attended', 'Organisers'],
  ])('"%s" is claimed by %s', (text, claimant) => {
    expect(claimsIn(`${text}.`)).toEqual([[expect.any(String), claimant, false]]);
  });
});

describe('on a corpus of a flood', () => {
  it('keeps every figure of the flood out of the crowds, with each claimant as written', async () => {
    const dir = writeCorpus(FILES);
    const { corpus } = await loadCorpus(dir, { snapshot: false });
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
    expect(CrowdSizeAnswerSchema.parse(answer)).toEqual(answer);

    const summary = answer.events.map((e) => [
      e.label,
      e.date,
      e.low,
      e.high,
      e.claims.map((c) => [c.text, c.claimant]),
      e.forecasts!.map((c) => [c.text, c.claimant]),
    ]);
    expect(summary).toEqual([
      [
        'rally outside Riverside school',
        '2025-03-13',
        150,
        600,
        [
          ['about 150', null],
          ['Hundreds', null],
          ['300', 'Police'],
          ['600', "the parents' association"],
        ],
        [],
      ],
      [
        'vigil outside Morvale town hall',
        '2025-03-09',
        400,
        800,
        [
          ['About 400', null],
          ['500', 'police'],
          ['800', 'organisers'],
        ],
        [['about 250', 'Organisers']],
      ],
    ]);
    expect(answer.forecastOnly).toEqual([]);
    const all = corpus.annotations.crowd.map((c) => c.text);
    for (const figure of ['9,000', '3,000', '1,200', '5,000', '2,000', '1,500']) expect(all.some((t) => t.includes(figure))).toBe(false);

    for (const c of answer.events.flatMap((e) => [...e.claims, ...e.forecasts!])) {
      expect(articleText(dir, `${c.quote.article}.md`)).toContain(c.quote.text);
      expect(c.quote.text).toContain(c.text);
    }
    const terminal = renderTerminal(answer);
    expect(terminal).toContain('3 estimates: from 400 to 800');
    expect(terminal).toMatch(/“800” +800 +organisers\n/);
  });
});

describe('the seed articles', () => {
  it('keep their claims and claimants', async () => {
    const corpus = await seedCorpus();
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
    const claimants = answer.events.flatMap((e) => e.claims.map((c) => c.claimant));
    expect(claimants.some((c) => c && /\b(later|again|then|subsequently)$/.test(c))).toBe(false);
    expect(answer.events.flatMap((e) => e.claims).length).toBeGreaterThanOrEqual(7);
  });
});
