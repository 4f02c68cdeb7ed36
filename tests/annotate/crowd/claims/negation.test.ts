import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../src/annotate/crowd/index.js';
import { crowdSizeAnswer, CrowdSizeAnswerSchema } from '../../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../../src/answers/crowdSize/options.js';
import type { Corpus } from '../../../../src/pipeline/corpus.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { renderTerminal } from '../../../../src/render/terminal/index.js';
import { articleText, seedCorpus, writeCorpus } from '../../../support/corpus.js';
import { sentence } from '../../../support/annotate.js';

// Farmers at a ministers' meeting: tractors everywhere, a turnout that did not happen, what organisers
// expected, and one plain count of the farmers who came.
const FILES = {
  'a.md': `---
title: Farmers block roads into Brussels as EU ministers meet
publisher: Continental Post
published: 2024-02-26
---
BRUSSELS, Feb. 26 (CP) — About 900 tractors blocked roads around the European Union's headquarters on Monday as agriculture ministers met to discuss cutting red tape for farmers.

Police said roughly 1,300 tractors had entered the city by midday, while the farmers' union Copa-Cogeca put the number at more than 2,000.

"We are not here to make trouble, we are here to survive," said Marie Dubois, a dairy farmer from Wallonia.

The protest follows weeks of demonstrations across France, Germany and Poland. Last Thursday, farmers in Warsaw marched on the agriculture ministry.
`,
  'b.md': `---
title: Tractors and fires at EU farm ministers' meeting
publisher: Lowlands Wire
published: 2024-02-27
---
Tens of thousands of farmers did not come to Brussels on Monday, organisers admitted, but the protest still paralysed the city's east.

Brussels police counted 900 tractors, a spokesperson, Ilse Van de Keere, told reporters on Tuesday. Organisers had said they expected 3,000 tractors and 10,000 farmers to take part.
`,
  'c.md': `---
title: Farmers rally as ministers meet
publisher: Harbour Times
published: 2024-02-26
---
About 5,000 farmers rallied near the European Parliament in Brussels on Monday, police said.
`,
};

let built: Promise<{ dir: string; corpus: Corpus }> | undefined;
function ownCorpus() {
  built ??= (async () => {
    const dir = writeCorpus(FILES);
    const { corpus } = await loadCorpus(dir, { snapshot: false });
    return { dir, corpus };
  })();
  return built;
}

function claimsIn(text: string) {
  const passage = sentence(text, { id: 'x#0', articleId: 'x' });
  return findCrowdClaims(passage).map((c) => [c.text, c.counted, c.claimant, c.forecast]);
}

describe('a figure whose gathering verb is denied is no turnout', () => {
  it.each([
    ['Tens of thousands of farmers did not come to the capital on Monday, organisers admitted, but the protest still paralysed the city.'],
    ["Thousands of nurses didn't turn out for the rally, the union said."],
    ['Thousands of students never showed up at the protest.'],
    ['About 5,000 teachers failed to turn out for the march, police said.'],
    ['Some 2,000 dockers refused to join the strike.'],
    ['Hundreds of drivers were not at the protest.'],
    ['No 10,000-strong crowd marched on the ministry.'],
    ['None of the 10,000 farmers marched on the ministry.'],
    ['10,000 farmers and 3,000 students did not come to the protest.'],
    ['The rally did not draw 10,000 people.'],
    ['The crowd at the march never reached 10,000.'],
    ['Police did not put the crowd at 10,000.'],
    ['Organisers had not expected 10,000 people at the rally.'],
  ])('"%s" holds no crowd figure', (text) => {
    expect(claimsIn(text)).toEqual([]);
  });

  it('still counts a figure when the denial is a hedge, another clause, or no denial of its verb', () => {
    // "fewer than expected" compares; it denies nothing
    expect(claimsIn('Fewer than 2,000 people marched, far fewer than expected.')).toEqual([['Fewer than 2,000', 'people', null, false]]);
    expect(claimsIn('Fewer people than expected joined the march, with about 2,000 protesters.')).toEqual([['about 2,000', 'protesters', null, false]]);
    expect(claimsIn('There were not even 500 people at the rally.')).toEqual([['500', 'people', null, false]]);
    expect(claimsIn('Hundreds, if not thousands, of farmers marched on the ministry.')).toEqual([['Hundreds, if not thousands', 'farmers', null, false]]);
    // the denial belongs to another clause
    expect(claimsIn('Police, who did not want to be named, said 5,000 people marched.')).toEqual([['5,000', 'people', 'Police', false]]);
    expect(claimsIn('Police did not give a figure, but organisers said 5,000 people marched.')).toEqual([['5,000', 'people', 'organisers', false]]);
    expect(claimsIn('About 5,000 people marched on the ministry, which did not respond.')).toEqual([['About 5,000', 'people', null, false]]);
    expect(claimsIn('Thousands of people who had never protested before joined the march.')).toEqual([['Thousands', 'people', null, false]]);
    // a "not" with no auxiliary denies no verb
    expect(claimsIn('Some 5,000 people not affiliated with the union marched.')).toEqual([['Some 5,000', 'people', null, false]]);
  });
});

describe('figures coordinated after an expecting verb', () => {
  it('makes the people figure a forecast by whoever expects it, and refuses what is not people', () => {
    expect(claimsIn('Organisers had said they expected 3,000 tractors and 10,000 farmers to take part.')).toEqual([['10,000', 'farmers', 'Organisers', true]]);
    expect(claimsIn('The union said it expected 800 taxis, 200 buses and 6,000 drivers to take part in the strike.')).toEqual([
      ['6,000', 'drivers', 'The union', true],
    ]);
    expect(claimsIn('Organisers expected 10,000 farmers and 3,000 tractors at the protest.')).toEqual([['10,000', 'farmers', 'Organisers', true]]);
    expect(claimsIn('Organisers said 10,000 farmers, 2,000 students and 500 nurses would join the march.')).toEqual([
      ['10,000', 'farmers', 'Organisers', true],
      ['2,000', 'students', 'Organisers', true],
      ['500', 'nurses', 'Organisers', true],
    ]);
  });

  it('stops at a figure with a verb of its own: that one is a count', () => {
    expect(claimsIn('Organisers expected 50,000 people and 8,000 turned out for the rally.')).toEqual([
      ['50,000', 'people', 'Organisers', true],
      ['8,000', 'people', null, false],
    ]);
    expect(claimsIn('Police said 4,000 farmers and 1,000 students marched on the ministry.')).toEqual([
      ['4,000', 'farmers', 'Police', false],
      ['1,000', 'students', 'Police', false],
    ]);
  });
});

describe("on a corpus of a farmers' protest", () => {
  it('takes no denied turnout and no tractors; keeps the forecast with its claimant and the plain count', async () => {
    const { dir, corpus } = await ownCorpus();
    const claims = corpus.annotations.crowd.map((c) => [c.articleId, c.text, c.low, c.high, c.counted, c.claimant, c.forecast]);
    expect(claims).toEqual([
      ['b', '10,000', 10_000, 10_000, 'farmers', 'Organisers', true],
      ['c', 'About 5,000', 5_000, 5_000, 'farmers', 'police', false],
    ]);
    for (const c of corpus.annotations.crowd) expect(articleText(dir, `${c.articleId}.md`).slice(c.start, c.end)).toBe(c.text);
  });

  it('answers with the count in the range and the forecast beside it, both on the day of the protest', async () => {
    const { corpus } = await ownCorpus();
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
    expect(CrowdSizeAnswerSchema.parse(answer)).toEqual(answer);
    // "told reporters on Tuesday" dates the briefing, not the gathering the forecast is about
    expect(answer.events.map((e) => [e.label, e.date, e.low, e.high])).toEqual([
      ['rally near the European Parliament in Brussels', '2024-02-26', 5_000, 5_000],
    ]);
    expect(answer.events[0]!.claims.map((c) => [c.text, c.claimant])).toEqual([['About 5,000', 'police']]);
    expect(answer.events[0]!.forecasts!.map((c) => [c.text, c.claimant, c.quote.text])).toEqual([
      ['10,000', 'Organisers', 'Organisers had said they expected 3,000 tractors and 10,000 farmers to take part.'],
    ]);
    expect(answer.forecastOnly).toEqual([]);

    const terminal = renderTerminal(answer);
    expect(terminal).not.toContain('Tens of thousands');
    expect(terminal).toContain('“10,000” (10,000), forecast by Organisers');
  });

  it('without the plain count, shows the forecast alone, on the day of the protest', async () => {
    const { 'c.md': _count, ...withoutCount } = FILES;
    const { corpus } = await loadCorpus(writeCorpus(withoutCount), { snapshot: false });
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
    expect(answer.events).toEqual([]);
    expect(answer.forecastOnly!.map((e) => [e.date, e.forecasts.map((f) => [f.text, f.claimant])])).toEqual([['2024-02-26', [['10,000', 'Organisers']]]]);
  });
});

describe('the seed articles', () => {
  it('keep their crowd claims: seven estimates of the march (the last of those who lingered) and one of the embassy crowd, none denied', async () => {
    const corpus = await seedCorpus();
    expect(corpus.annotations.crowd.map((c) => [c.text, c.claimant, c.forecast, c.event.date])).toEqual([
      ['Hundreds of thousands', null, false, '2020-01-24'],
      ['hundreds of thousands', null, false, '2020-01-24'],
      ['Hundreds of thousands', null, false, '2020-01-24'],
      ['a quarter to a half a million', "TIME's Kimberly Dozier", false, '2020-01-24'],
      ['500,000', 'two Iraqi officials', false, '2020-01-24'],
      ['Millions', null, false, '2020-01-24'],
      ['more than 2.5 million', 'Sayed Sadiq al-Hashemi, head of the Iraqi Center for Studies', false, '2020-01-24'],
      ['Thousands', null, false, '2020-01-24'],
      ['Thousands', null, false, '2020-01-24'],
      ['thousands', null, false, '2020-01-24'],
      ['Thousands', null, false, '2019-12-31'],
    ]);
  });
});
