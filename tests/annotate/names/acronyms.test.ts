import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/annotate/names/index.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../support/corpus.js';
import { sentence } from '../../support/annotate.js';

const mentions = (text: string) => findNameMentions(sentence(text, { id: 'x#0', articleId: 'x' })).map((m) => [m.text, m.roles]);

const RALLY = `---
title: Germans rally against the far right
publisher: Rhine Courier
published: 2024-01-21
---
Hundreds of thousands of people protested against the far-right Alternative for Germany (AfD). AfD members discussed deportations.

Amnesty International said the arrests were unlawful.

Fans filled Soldier Field on Sunday.
`;

describe('names opened by a common noun, places named after a person noun, acronyms in translation', () => {
  it('read "Alternative for Germany (AfD)" as one organisation with its acronym, "Amnesty International" whole, and "Soldier Field" as a place', async () => {
    const { corpus } = await loadCorpus(writeCorpus({ 'a.md': RALLY }), { snapshot: false });
    const entities = corpus.annotations.entities;
    expect(entities.map((e) => [e.name, e.kind]).sort()).toEqual([
      ['Alternative for Germany', 'organization'],
      ['Amnesty International', 'organization'],
    ]);
    const afd = entities.find((e) => e.name === 'Alternative for Germany')!;
    expect(afd.mentions.map((m) => m.text)).toEqual(['Alternative for Germany', 'AfD', 'AfD']);
  });

  it("open an institution's name with a sentence's first common noun, but not with a plural, a verb or an adverb", () => {
    expect(mentions('Amnesty International said the arrests were unlawful.')).toEqual([['Amnesty International', []]]);
    expect(mentions('Unions International said nothing.').map(([t]) => t)).not.toContain('Unions International');
    expect(mentions('Meanwhile Parliament voted.').map(([t]) => t)).toEqual(['Parliament']);
  });

  it("keep a person noun before a place word in the place's name, and a title before a surname", () => {
    expect(mentions('Fans filled Soldier Field on Sunday.')).toEqual([['Soldier Field', []]]);
    expect(mentions('Talks with President Park ended.')).toEqual([['Park', ['President']]]);
  });

  it('join "X of/for Y (AcR)" only when the acronym spells it, and read a mixed-case acronym as an organisation', () => {
    const found = findNameMentions(sentence('Rates were set by the Bank of England (BoE). AfD members met.', { id: 'x#0', articleId: 'x', end: 0 }));
    expect(found.map((m) => [m.text, m.org > m.person])).toEqual([
      ['Bank of England', true],
      ['BoE', true],
      ['AfD', true],
    ]);
    // an acronym of the capitalised words joins the name across "of" (it was "Democratic Republic" and "Congo"), but one
    // that skips "of" gives no organisation evidence of its own
    const drc = findNameMentions(sentence('Aid reached the Democratic Republic of Congo (DRC).', { id: 'x#0', articleId: 'x', end: 0 }));
    expect(drc.map((m) => [m.text, m.org, m.alias])).toEqual([
      ['Democratic Republic of Congo', 0.5, 1],
      ['DRC', 1, undefined],
    ]);
    // no acronym, no join: "Alternative" alone is an adjective
    expect(mentions('They voted for the Alternative for Germany on Sunday.').map(([t]) => t)).not.toContain('Alternative for Germany');
  });
});

describe('a company written with an ampersand, its legal suffix and its acronym', () => {
  const UTILITY = `---
title: Utility cuts power
publisher: Valley Courier
published: 2019-11-20
---
Pacific Gas & Electric Co. said it would cut power to 150,000 customers.

PG&E said the shutoff would last two days. Customers of AT&T lost service too.

Pacific Gas & Electric declined to comment further.
`;
  it('joins "Pacific Gas & Electric Co.", "Pacific Gas & Electric" and "PG&E", keeping the suffix\'s dot, and leaves AT&T apart', async () => {
    const { corpus } = await loadCorpus(writeCorpus({ 'a.md': UTILITY }), { snapshot: false });
    const entities = corpus.annotations.entities.map((e) => [e.name, e.kind, [...e.aliases].sort()]);
    expect(entities).toContainEqual(['Pacific Gas & Electric Co.', 'organization', ['PG&E', 'Pacific Gas & Electric']]);
    expect(entities).toContainEqual(['AT&T', 'organization', []]);
  });
});
