import { describe, expect, it } from 'vitest';
import { findCrowdClaims, findQuantities } from '../../../../src/annotate/crowd/index.js';
import { crowdSizeAnswer, CrowdSizeAnswerSchema } from '../../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../../src/answers/crowdSize/options.js';
import type { Corpus } from '../../../../src/pipeline/corpus.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { renderCrowdSize as renderDiscord } from '../../../../src/answers/crowdSize/discord.js';
import { renderTerminal } from '../../../../src/render/terminal/index.js';
import { articleText, seedCorpus, writeCorpus } from '../../../support/corpus.js';
import { sentence } from '../../../support/annotate.js';

// A nurses' rally in one city and a students' march in another: hedged figures, a police count, and forecasts.
const FILES = {
  'nurses.md': `---
title: Nurses rally in Manchester
publisher: North Courier
published: 2024-03-07
---
Dozens, if not hundreds, of nurses rallied outside the Royal Infirmary in Manchester on Wednesday, the union said.

Police said about 1,200 people took part in Wednesday's rally.

The union had hoped to draw 5,000 nurses to the rally, a spokeswoman said.

Organisers expected 20,000 people to attend a national march planned for Saturday.
`,
  'leeds.md': `---
title: Students march in Leeds
publisher: Yorkshire Wire
published: 2024-03-09
---
At least 2,000 and possibly as many as 5,000 students marched through Leeds on Friday, organisers said.

Thousands, perhaps tens of thousands, of students are expected to join a march in York next month.
`,
};

async function ownCorpus(): Promise<{ dir: string; corpus: Corpus }> {
  const dir = writeCorpus(FILES);
  const { corpus } = await loadCorpus(dir, { snapshot: false });
  return { dir, corpus };
}

const quantities = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.low, q.high, q.vague]);

function claimsIn(text: string) {
  const passage = sentence(text, { id: 'x#0', articleId: 'x' });
  return findCrowdClaims(passage).map((c) => ({ text: c.text, low: c.low, high: c.high, claimant: c.claimant, forecast: c.forecast }));
}

describe('hedged ranges', () => {
  it.each([
    ['Hundreds, if not thousands, of teachers', 'Hundreds, if not thousands', 200, 2_000, true],
    ['hundreds if not thousands of teachers', 'hundreds if not thousands', 200, 2_000, true],
    ['thousands, perhaps tens of thousands, of people', 'thousands, perhaps tens of thousands', 2_000, 20_000, true],
    ['dozens or even hundreds of people', 'dozens or even hundreds', 24, 200, true],
    ['at least 2,000 and possibly as many as 5,000 people', 'at least 2,000 and possibly as many as 5,000', 2_000, 5_000, false],
    ['two, perhaps three million people', 'two, perhaps three million', 2_000_000, 3_000_000, false],
  ])('reads "%s" as one range', (text, written, low, high, vague) => {
    expect(quantities(text)).toEqual([[written, low, high, vague]]);
  });

  it('takes no year, and no smaller second figure, for the low end of a range', () => {
    expect(quantities('In 2019, perhaps 5,000 people marched')).toEqual([
      ['2019', 2019, 2019, false],
      ['perhaps 5,000', 5_000, 5_000, false],
    ]);
    expect(quantities('thousands, perhaps hundreds, of people')).toEqual([
      ['thousands', 2_000, 2_000, true],
      ['perhaps hundreds', 200, 200, true],
    ]);
  });

  it('reads past the aside to what is counted and who said it', () => {
    expect(claimsIn('Thousands, perhaps tens of thousands, marched on the parliament, police said.')).toEqual([
      { text: 'Thousands, perhaps tens of thousands', low: 2_000, high: 20_000, claimant: 'police', forecast: false },
    ]);
  });

  it('gives each hedged claim in an article its range and its claimant', async () => {
    const { corpus } = await ownCorpus();
    const hedged = corpus.annotations.crowd.filter((c) => /if not|possibly/.test(c.text));
    expect(hedged.map((c) => [c.text, c.low, c.high, c.vague, c.counted, c.claimant, c.forecast])).toEqual([
      ['At least 2,000 and possibly as many as 5,000', 2_000, 5_000, false, 'students', 'organisers', false],
      ['Dozens, if not hundreds', 24, 200, true, 'nurses', 'the union', false],
    ]);
  });
});

describe('forecasts are not counts', () => {
  it.each([
    ['Organisers expected 40,000 people to attend the rally.', 'Organisers'],
    ['Some 40,000 people are expected to attend the rally, organisers said.', 'organisers'],
    ["Organisers hope to draw 40,000 to Sunday's rally.", 'Organisers'],
    ['The rally could draw 40,000, organisers said.', 'organisers'],
    ['The union planned to bring 40,000 teachers to the capital for the march.', 'The union'],
    ['The union aims to gather 40,000 people in the square.', 'The union'],
    ['Organisers said they expected 40,000 protesters.', 'Organisers'],
    ['40,000 farmers will march on the capital next week.', null],
    ['A crowd of 40,000 was expected at the vigil.', null],
  ])('"%s" is a forecast, claimed by %s', (text, claimant) => {
    expect(claimsIn(text)).toEqual([expect.objectContaining({ low: 40_000, high: 40_000, forecast: true, claimant })]);
  });

  it.each([
    // a modal before "have" guesses at the past: a hedged count, no forecast
    ['The band may have played in front of up to 500,000 people in the park in July 1969.', 'up to 500,000', false],
    ['Organisers said as many as 50,000 could have marched on Saturday.', 'as many as 50,000', false],
    // negative: a modal before a bare verb still expects
    ['The rally could draw 50,000, organisers said.', '50,000', true],
  ])('"%s": %s, a forecast: %s', (text, written, isForecast) => {
    expect(claimsIn(text)).toEqual([expect.objectContaining({ text: written, forecast: isForecast })]);
  });

  it('tells a forecast from the count in the same sentence, and counts from narrative or compared expectations', () => {
    expect(claimsIn('Organisers had expected 100,000 people at the rally, but police said only 8,000 turned out.')).toEqual([
      { text: '100,000', low: 100_000, high: 100_000, claimant: 'Organisers', forecast: true },
      { text: '8,000', low: 8_000, high: 8_000, claimant: 'police', forecast: false },
    ]);
    expect(claimsIn('Turnout was higher than expected at the rally, with 50,000 people marching.')).toEqual([expect.objectContaining({ forecast: false })]);
    expect(claimsIn('The crowd at the march would later swell to 500,000.')).toEqual([expect.objectContaining({ forecast: false })]);
    expect(claimsIn('Police, who expected trouble, said 8,000 people attended the rally.')).toEqual([
      expect.objectContaining({ claimant: 'Police', forecast: false }),
    ]);
  });

  it('keeps forecasts out of the range and shows them apart, with who expects them', async () => {
    const { dir, corpus } = await ownCorpus();
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
    expect(CrowdSizeAnswerSchema.parse(answer)).toEqual(answer);

    const rally = answer.events.find((e) => e.label.startsWith('rally'))!;
    expect(rally.claims.map((c) => [c.text, c.claimant])).toEqual([
      ['Dozens, if not hundreds', 'the union'],
      ['about 1,200', 'Police'],
    ]);
    expect([rally.low, rally.high]).toEqual([24, 1_200]);
    expect(rally.forecasts!.map((c) => [c.text, c.low, c.claimant])).toEqual([['5,000', 5_000, 'The union']]);

    // The national march on Saturday: only what the organisers expected, never an event with a range.
    const national = answer.forecastOnly!.find((e) => e.forecasts.some((f) => f.text === '20,000'))!;
    expect(national.forecasts.map((f) => [f.low, f.high, f.claimant])).toEqual([[20_000, 20_000, 'Organisers']]);
    expect(national.label).toBe('march');
    expect(answer.events.flatMap((e) => e.claims).some((c) => c.text === '20,000' || c.text === '5,000')).toBe(false);
    const york = answer.forecastOnly!.find((e) => e.label === 'march in York')!;
    expect(york.forecasts.map((f) => [f.text, f.low, f.high, f.claimant])).toEqual([['Thousands, perhaps tens of thousands', 2_000, 20_000, null]]);

    for (const c of [...answer.events.flatMap((e) => [...e.claims, ...e.forecasts!]), ...answer.forecastOnly!.flatMap((e) => e.forecasts)]) {
      expect(articleText(dir, `${c.quote.article}.md`)).toContain(c.quote.text);
      expect(c.quote.text).toContain(c.text);
    }

    const terminal = renderTerminal(answer);
    const rallyPart = terminal.slice(terminal.indexOf(rally.label), terminal.indexOf('march through Leeds'));
    expect(rallyPart).toContain('2 estimates: from 24 to 1,200');
    expect(rallyPart).toMatch(/Forecast \(what someone expected, not a count of who turned out\):\n {2}1\. “5,000” \(5,000\), forecast by The union/);
    expect(terminal).toMatch(/Forecasts only, for 2 gatherings no article counts:/);
    expect(terminal).toContain('“20,000” (20,000), forecast by Organisers');

    const pages = renderDiscord(answer).flatMap((p) => p.embeds);
    const rallyPage = pages.find((e) => e.title === `Crowd size: ${rally.label}`)!;
    expect(rallyPage.description).toContain('Estimates range from **24** to **1,200** (2 estimates)');
    expect(rallyPage.description).toContain('Forecast, not a count: **“5,000”** (5,000 expected), forecast by The union');
    const forecastPage = pages.find((e) => e.title === 'Crowd forecast: march')!;
    expect(forecastPage.description).toContain('No article counts who turned out');
    expect(forecastPage.description).toContain('**“20,000”** (20,000 expected), forecast by Organisers');
    expect(pages.some((e) => e.title === 'Crowd size: march')).toBe(false);
  });

  it('finds a gathering only forecast when it is asked for by name', async () => {
    const { corpus } = await ownCorpus();
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({ event: 'York' }));
    expect(answer.events).toEqual([]);
    expect(answer.forecastOnly!.map((e) => e.label)).toEqual(['march in York']);
  });
});

describe('gathering labels', () => {
  it('takes no possessive day for a place: "Wednesday\'s rally" is no place', async () => {
    const { corpus } = await ownCorpus();
    const police = corpus.annotations.crowd.find((c) => c.claimant === 'Police')!;
    expect(police.event.label).toBe('rally outside the Royal Infirmary in Manchester');
    expect(corpus.annotations.crowd.map((c) => c.event.label).join(' ')).not.toMatch(/day's/i);
  });

  it('reads a possessive day or time word before a gathering word as a time, not a place', async () => {
    const dir = writeCorpus({
      'a.md':
        "---\ntitle: Dockers\npublisher: Quay Post\npublished: 2024-06-14\n---\nAbout 600 workers protested at Today's rally in Antwerp, the union said.\n\nPolice said some 400 people took part in Thursday's march.\n",
    });
    const { corpus } = await loadCorpus(dir, { snapshot: false });
    const labels = corpus.annotations.crowd.map((c) => [c.text, c.event.place, c.event.label]);
    expect(labels).toEqual([
      ['About 600', 'in Antwerp', 'protest in Antwerp'],
      ['some 400', null, 'march'],
    ]);
  });
});

describe('the seed articles', () => {
  it('hold no forecast, and every claim stays a verbatim substring of its article', async () => {
    const corpus = await seedCorpus();
    expect(corpus.annotations.crowd.filter((c) => c.forecast)).toEqual([]);
    const answer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({}));
    expect(answer.forecastOnly).toEqual([]);
    expect(answer.events.every((e) => e.forecasts!.length === 0)).toBe(true);
  });
});
