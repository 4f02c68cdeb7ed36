import { describe, expect, it } from 'vitest';
import {
  articlesFirstListing,
  knownKindFirstListing,
  listedEntities,
  listedEntitiesSteps,
  mediumNounListing,
  notANameListing,
} from '../../../src/annotate/names/listing.js';
import { runSteps } from '../../../src/pipeline/steps.js';
import type { Entity } from '../../../src/annotate/names/index.js';
import { whoAnswer } from '../../../src/answers/who/answer.js';
import { WhoOptionsSchema } from '../../../src/answers/who/options.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../support/corpus.js';
import { article } from '../../support/crowdEvents.js';

function entity(name: string, articles: number, mentions: number, roles: string[] = [], kind: Entity['kind'] = 'organization'): Entity {
  return {
    id: name,
    name,
    kind,
    aliases: [],
    mentions: Array.from({ length: mentions }, (_, i) => ({ passageId: `p${i}`, start: 0, end: name.length, text: name })),
    roles: roles.map((text) => ({ text, passageId: 'p0' })),
    articles: Array.from({ length: articles }, (_, i) => `a${i}`),
  };
}

describe('the listing rule not-a-name-listing', () => {
  it.each([
    ['A', [], false],
    ['B.', [], false],
    ['—', [], false],
    ['&', [], false],
    ['4', [], false],
    ['Police', [], false],
    ['Whole', [], false],
    ['However', [], false],
    // names stay: one word the lexicon does not know, an acronym, a surname, a common word someone gave a role
    ['Pentagon', [], true],
    ['Hezbollah', [], true],
    ['TIME', [], true],
    ['NATO', [], true],
    ['Smith', [], true],
    ['Police', ['the city force'], true],
    ['Whole Foods', [], true],
    ['Local Committees', [], true],
    ['Xi', [], true],
  ] as const)('%j (roles %j) is listed: %s', (name, roles, listed) => {
    expect(notANameListing.keeps(entity(name, 1, 1, [...roles]))).toBe(listed);
  });
});

describe('the listing rule medium-noun-listing', () => {
  it.each([
    // a medium's noun alone: "on TV", "a TV series", "state TV said", "Radio 1" cut before its number (the topic articles, who15)
    ['TV', false],
    ['Radio', false],
    ['Television', false],
    // negative: a broadcaster named with the medium, a body that is no medium
    ['Al Jazeera TV', true],
    ['Radio Free Europe', true],
    ['Congress', true],
    ['Navy', true],
  ] as const)('%j is listed: %s', (name, listed) => {
    expect(mediumNounListing.keeps(entity(name, 3, 3))).toBe(listed);
  });
});

describe('the listing rule articles-first-listing', () => {
  it('ranks by articles, then mentions, then name', () => {
    const long = entity('Long Article Name', 1, 30);
    const wide = entity('Widely Named', 3, 3);
    const tie = entity('Also Wide', 3, 3);
    const more = entity('Most Mentioned', 3, 9);
    expect([long, wide, tie, more].sort(articlesFirstListing.compare).map((e) => e.name)).toEqual([
      'Most Mentioned',
      'Also Wide',
      'Widely Named',
      'Long Article Name',
    ]);
  });
  it('keeps mentions first where articles tie', () => {
    expect(listedEntities([entity('Few Mentions', 2, 2), entity('Many Mentions', 2, 5)]).map((e) => e.name)).toEqual(['Many Mentions', 'Few Mentions']);
  });
});

describe('the listing rule known-kind-first-listing', () => {
  it('puts names read as a person or an organisation before names of no known kind, then ranks by articles', () => {
    const party = entity('Democrats', 3, 6, [], 'other');
    const person = entity('Elias Brandt', 1, 2, [], 'person');
    const body = entity('Harbour Workers Union', 2, 2);
    const city = entity('New Yorkers', 1, 9, [], 'other');
    expect(listedEntities([party, person, body, city]).map((e) => e.name)).toEqual(['Harbour Workers Union', 'Elias Brandt', 'Democrats', 'New Yorkers']);
  });
  it('changes nothing among names of known kinds (negative)', () => {
    const names = [entity('Long Article Name', 1, 30, [], 'person'), entity('Widely Named', 3, 3)];
    expect([...names].sort(knownKindFirstListing.compare)).toEqual([...names].sort(articlesFirstListing.compare));
  });
});

describe('the who listing', () => {
  it('puts a name of several articles before one that a single long article repeats', async () => {
    const { corpus } = await loadCorpus(
      writeCorpus({
        'a.md': article(
          '2020-01-05',
          'Governor Elias Brandt spoke on Monday. Elias Brandt said the march would go ahead. Elias Brandt thanked the organisers. Later Elias Brandt left. The Harbour Workers Union backed the march.',
        ),
        'b.md': article('2020-01-06', 'The Harbour Workers Union said it would strike again.'),
        'c.md': article('2020-01-07', 'On Tuesday the Harbour Workers Union met again.'),
      }),
      { snapshot: false },
    );
    const listing = whoAnswer(corpus, WhoOptionsSchema.parse({ limit: 10 }));
    expect('entities' in listing && listing.entities.map((e) => `${e.name} ${e.articles}/${e.mentions}`)).toEqual([
      'Harbour Workers Union 3/3',
      'Elias Brandt 1/4',
    ]);
  });
});

describe('the who listing in slices', () => {
  it('is the same listing, with the event loop let turn between slices of a long one', async () => {
    // Names of every kind the rules tell apart, repeated with varied counts: kept and left out, ties broken by name.
    const names = ['Police', 'Harbour Workers Union', 'A', 'Elias Brandt', 'Whole', 'NATO', 'Pentagon', '4'];
    const entities = Array.from({ length: 6_000 }, (_, i) => entity(`${names[i % names.length]!} ${i % 7 ? '' : i}`.trim(), 1 + (i % 5), 1 + (i % 11)));
    const reference = entities.filter((e) => notANameListing.keeps(e)).sort(knownKindFirstListing.compare);
    let pauses = 0;
    const listing = await runSteps(listedEntitiesSteps(entities), async () => void pauses++);
    expect(listing.map((e) => e.name)).toEqual(reference.map((e) => e.name));
    expect(listing.length).toBeLessThan(entities.length);
    expect(pauses).toBeGreaterThan(2);
    // A short listing is made at once.
    pauses = 0;
    await runSteps(listedEntitiesSteps(entities.slice(0, 10)), async () => void pauses++);
    expect(pauses).toBe(0);
  });
});

describe('the listing rule cut-short-listing', () => {
  /** The listing of a corpus of one article per text, by the real path (files, passages, names, the `who` answer). */
  async function listing(...texts: string[]): Promise<string[]> {
    const files = Object.fromEntries(texts.map((text, i) => [`${String.fromCharCode(97 + i)}.md`, article('2020-01-05', text)]));
    const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
    const answer = whoAnswer(corpus, WhoOptionsSchema.parse({ limit: 40 }));
    return 'entities' in answer ? answer.entities.map((e) => e.name) : [];
  }

  it('leaves out the tail of a longer name cut where a common word opened it', async () => {
    const names = await listing(
      'Thousands marched on Saturday in a rally organised by the Human Rights Campaign (HRC) against the amendment. The HRC said more would come, and HRC lawyers filed suit.',
      'Agents of the Bureau of Immigration and Customs Enforcement (ICE) detained 40 workers at a meat plant on Tuesday.',
      'Israel banned the UN Relief and Works Agency for Palestine (UNRWA), the main UN agency that helps refugees.',
    );
    expect(names).not.toContain('Rights Campaign');
    expect(names).not.toContain('Customs Enforcement');
    expect(names).not.toContain('Works Agency for Palestine');
  });

  it('keeps a name after a title, a place, a demonym, a small word or another name (negative)', async () => {
    const names = await listing(
      'Right-wing Prime Minister Silvio Berlusconi spoke. The Harbour Workers Union said no. The Iraqi Army said yes.',
      'In an audio recording obtained by The New York Times, the senator can be heard. Nintendo and Apple shocked the world.',
      'Kevin Danaher of Global Exchange spoke at the meeting on Monday.',
      'President Bill Clinton met partners such as O2, Orange and Vodafone in the UK.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Silvio Berlusconi',
        'Harbour Workers Union',
        'Iraqi Army',
        'New York Times',
        'Apple',
        'Global Exchange',
        'Bill Clinton',
        'Vodafone',
      ]),
    );
  });
});
