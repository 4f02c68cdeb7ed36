import { describe, expect, it } from 'vitest';
import { placeListing } from '../../../../src/annotate/names/listing.js';
import { countPhraseUse, headKey, headWord, phraseKey } from '../../../../src/annotate/names/locales/en/phraseUse/count.js';
import { placeByPhraseUse } from '../../../../src/annotate/names/locales/en/phraseUse/placeLike.js';
import { phraseUseOf, phraseUseTable } from '../../../../src/annotate/names/locales/en/phraseUse/table.js';
import type { Entity } from '../../../../src/annotate/names/types.js';

/** The phrase-use table (src/annotate/names/locales/en/phraseUse/): how it is counted, read, and what the shipped table says. */
describe('counting how prose uses a capitalised phrase', () => {
  it('counts a phrase after a place preposition, and one that speaks, acts or owns a role', () => {
    const counts = countPhraseUse([
      'The convention was held at the Staples Center in Los Angeles, where about 20,000 delegates gathered on Monday.',
      'A spokesman for the Human Rights Campaign said the group would go on, and the Human Rights Campaign hired two lawyers.',
      'Officials of the Immigration and Customs Enforcement agency said 40 workers were held at a plant near Laurel.',
      'She has been a professor at Columbia University since 1998, and students at Columbia University marched with her.',
    ]);
    expect(counts.get('staples center')).toEqual({ seen: 1, place: 1, agent: 0 });
    expect(counts.get('los angeles')).toEqual({ seen: 1, place: 1, agent: 0 });
    expect(counts.get('human rights campaign')).toEqual({ seen: 2, place: 0, agent: 2 });
    // a joiner inside the phrase, its officials; the place after "near"; the head word's row over the phrases it heads
    expect(counts.get('immigration and customs enforcement')).toEqual({ seen: 1, place: 0, agent: 1 });
    expect(counts.get('laurel')).toEqual({ seen: 1, place: 1, agent: 0 });
    // after "at" it is where they work, and its staff's and members' owner: both counted
    expect(counts.get('columbia university')).toEqual({ seen: 2, place: 2, agent: 2 });
    expect(counts.get(headKey('Center'))).toEqual({ seen: 1, place: 1, agent: 0 });
  });

  it('does not count a phrase that opens a sentence, nor a paragraph that is no prose (negative)', () => {
    const counts = countPhraseUse([
      'Las Vegas police said the man was arrested at home on Sunday after a long chase.',
      'Staples Center Tonight | Tickets | Parking',
    ]);
    expect(counts.get('las vegas')).toBeUndefined();
    expect(counts.get('staples center')).toBeUndefined();
  });

  it('keys a phrase in lower case and reads the head of "X of Y" before its "of"', () => {
    expect(phraseKey(['Las', 'Vegas'])).toBe('las vegas');
    expect(headWord(['Bank', 'of', 'America'])).toBe('Bank');
    expect(headWord(['Council', 'on', 'Foreign', 'Relations'])).toBe('Council');
    expect(headWord(['Staples', 'Center'])).toBe('Center');
  });

  it('writes the table sorted, one phrase a line, phrases seen fewer than eight times left out', () => {
    const table = phraseUseTable(
      new Map([
        ['oval office', { seen: 9, place: 4, agent: 1 }],
        ['acme', { seen: 7, place: 0, agent: 7 }],
        ['las vegas', { seen: 12, place: 7, agent: 1 }],
      ]),
    );
    expect(JSON.parse(table)).toEqual(['las vegas|12|7|1', 'oval office|9|4|1']);
  });
});

describe('the shipped phrase-use table', () => {
  it.each([
    // places: mostly after "in", "at the"; bodies: speak, act and own roles
    ['las vegas', true],
    ['london', true],
    ['times square', true],
    ['white house', false],
    ['pentagon', false],
    ['senate', false],
  ] as const)('%j is used mostly as a place: %s', (key, place) => {
    const c = phraseUseOf(key)!;
    expect(c.seen).toBeGreaterThanOrEqual(8);
    expect(c.place / c.seen > 0.3 && c.agent * 4 <= c.place).toBe(place);
  });

  it('has no row for a phrase seen too rarely (negative)', () => {
    expect(phraseUseOf('cielo di san francisco')).toBeUndefined();
    expect(phraseUseOf('')).toBeUndefined();
  });
});

describe('placeByPhraseUse', () => {
  it.each([
    ['Las Vegas', true],
    ['the Las Vegas', true],
    ['Times Square', true],
    ['Heathrow Airport', true],
    ['Wembley Stadium', true],
    // negative: bodies by their own row or by their head's ("… University" has professors and students), people, unseen names
    ['White House', false],
    ['Congress', false],
    ['Columbia University', false],
    ['University of Texas', false],
    ['House of Commons', false],
    ['Council on Foreign Relations', false],
    ['Kenny Washington', false],
    ['Nadia Cruz', false],
    ['Human Rights Campaign', false],
    ['Zorblat Institute', false],
  ] as const)('%j: %s', (name, place) => {
    expect(placeByPhraseUse(name)).toBe(place);
  });

  it.each([
    // a person's name is read by its own row only: its last word may head places' names ("Little Rock", "in early May")
    ['Kid Rock', false],
    ['Theresa May', false],
    ['Martin Hood', false],
  ] as const)('%j as a person: %s', (name, place) => {
    expect(placeByPhraseUse(name, false)).toBe(place);
  });
});

function entity(name: string, roles: string[] = [], rules: string[] = []): Entity {
  return { id: name, name, kind: 'organization', aliases: [], mentions: [], roles: roles.map((text) => ({ text, passageId: 'p0' })), articles: ['a0'], rules };
}

describe('the listing rule place-listing', () => {
  it.each([
    ['Las Vegas', [], [], false],
    ['Times Square', [], [], false],
    // negative: a body, a place the articles give a role, a town read as its team
    ['White House', [], [], true],
    ['Las Vegas', ['host city'], [], true],
    ['Toronto', [], ['keep-town-as-team'], true],
    ['Hezbollah', [], [], true],
  ] as const)('%j (roles %j, rules %j) is listed: %s', (name, roles, rules, listed) => {
    expect(placeListing.keeps(entity(name, [...roles], [...rules]))).toBe(listed);
  });
});
