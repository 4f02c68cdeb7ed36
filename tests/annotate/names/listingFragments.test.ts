import { describe, expect, it } from 'vitest';
import { bareHeadListing, headsOfLongerNames } from '../../../src/annotate/names/listingFragments.js';
import type { Entity } from '../../../src/annotate/names/index.js';
import { whoAnswer } from '../../../src/answers/who/answer.js';
import { WhoOptionsSchema } from '../../../src/answers/who/options.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../support/corpus.js';
import { article } from '../../support/crowdEvents.js';

/** The listing of a corpus of one article per text, by the real path (files, passages, names, the `who` answer). */
async function listing(...texts: string[]): Promise<string[]> {
  const files = Object.fromEntries(texts.map((text, i) => [`${String.fromCharCode(97 + i)}.md`, article('2020-01-05', text)]));
  const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
  const answer = whoAnswer(corpus, WhoOptionsSchema.parse({ limit: 40 }));
  return 'entities' in answer ? answer.entities.map((e) => e.name) : [];
}

function entity(name: string, roles: string[] = []): Entity {
  return {
    id: name,
    name,
    kind: 'organization',
    aliases: [],
    mentions: [{ passageId: 'p0', start: 0, end: name.length, text: name }],
    roles: roles.map((text) => ({ text, passageId: 'p0' })),
    articles: ['a0'],
  };
}

describe('the listing rule bare-head-listing', () => {
  const heads = headsOfLongerNames(
    ['Semiconductor Industry Association', 'Apple Inc.', 'Harbour Workers Union', 'Indian National Congress', 'Iraqi Army', 'White House', 'Acme Group'].map(
      (n) => entity(n),
    ),
  );
  it.each([
    // a body's head word alone beside a longer name it heads: the name's back-reference or its cut tail
    ['Association', false],
    ['Inc', false],
    ['Inc.', false],
    ['Union', false],
    // negative: a word prose writes alone more often than the names it heads is a body of its own
    ['Congress', true],
    ['Army', true],
    ['House', true],
    // negative: a one-word body that heads no longer name of the listing, a name of two words, an acronym
    ['Ltd', true],
    ['Acme', true],
    ['Acme Group', true],
    ['AFL', true],
  ] as const)('%s listed: %s', (name, listed) => {
    expect(bareHeadListing.keeps(entity(name), heads)).toBe(listed);
  });

  it('keeps a head word that has a role in the articles (negative)', () => {
    expect(bareHeadListing.keeps(entity('Association', ['the trade group']), heads)).toBe(true);
  });

  it('leaves out the back-reference by the real path, and keeps the longer name', async () => {
    const names = await listing(
      'The Semiconductor Industry Association said chip sales rose 5 percent in March. The Association said demand from Asia led the gains.',
      'Shares of Apple Inc. rose on Monday. Amazon.com Inc. and eMusic Inc. cut their prices for songs.',
    );
    expect(names).toContain('Semiconductor Industry Association');
    expect(names).not.toContain('Association');
    expect(names).not.toContain('Inc');
  }, 60_000);
});

describe('the listing rule quoted-title-listing', () => {
  it("leaves out a work's title set in quotation marks, whole or cut", async () => {
    const names = await listing(
      'Nintendo shocked the world this year by announcing "Super Mario Run," the gaming company\'s first title for phones. Now we know when "Super Mario Run" will launch.',
      'She appeared in such films as "The Sixth Sense" and "Notting Hill." Her role in "The Sixth Sense" made her known.',
      'The highlight of the album is "Three Chords and the Truth," which the songwriter Harlan Howard said gave country music its name.',
    );
    expect(names).not.toContain('Mario Run');
    expect(names).not.toContain('Sixth Sense');
    expect(names).not.toContain('Notting Hill');
    expect(names).not.toContain('Truth');
  }, 60_000);

  it('keeps a body or a person named in quotes, and a name quoted in few of its mentions (negative)', async () => {
    const names = await listing(
      'Gunmen of a new group calling itself the "Army of Islam" and Hamas fighters attacked the post.',
      'Guards known as the "Extreme Reaction Force" beat the inmates, lawyers for the men said.',
      'Officials of Greenpeace said on Monday that the ship had left port. "We thank Greenpeace," the mayor said. Greenpeace plans a second voyage.',
      'Teachers said the union would strike. Union leader Maria Lopez said: "Talks failed."',
      'Her remarks came on the MSNBC show "Countdown with Keith Olbermann." The DJ, "Lucas," calls and harasses workers.',
    );
    // ("Extreme" is read as an adjective before the name: the name read is "Reaction Force")
    expect(names).toEqual(expect.arrayContaining(['Army of Islam', 'Reaction Force', 'Greenpeace', 'Maria Lopez', 'Keith Olbermann', 'Lucas']));
  }, 60_000);
});
