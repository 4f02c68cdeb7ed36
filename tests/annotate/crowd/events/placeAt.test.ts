import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/annotate/core/tokens.js';
import { placeAt } from '../../../../src/annotate/crowd/locales/en/events/places.js';
import { loadCorpus } from '../../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../../support/corpus.js';
import { article } from '../../../support/crowdEvents.js';

/** The place phrase at the sentence's first "at" or "in", as [text, keys], or null. */
function placeIn(sentence: string): [string, string[]] | null {
  const tokens = tokenize(sentence);
  const place = placeAt(
    sentence,
    tokens,
    tokens.findIndex((t) => t.lower === 'at' || t.lower === 'in'),
  );
  return place && [place.text, place.keys];
}

describe('a place phrase after "a" or "an"', () => {
  const rows: Array<[string, [string, string[]] | null]> = [
    ['About 150 people gathered at a Phoenix, Ariz., church.', ['at a Phoenix', ['phoenix']]],
    ['They met in an Oakland park.', ['in an Oakland park', ['oakland']]],
    // negative: no name after the article, or a month
    ['They gathered at a rally on Friday.', null],
    ['A crowd gathered at a March rally.', null],
  ];
  it.each(rows)('%s', (sentence, expected) => {
    expect(placeIn(sentence)).toEqual(expected);
  });
});

describe('a place written as two capitals', () => {
  const rows: Array<[string, [string, string[]] | null]> = [
    ['In LA, more than 1,500 marched.', ['In LA', ['la']]],
    ['Some 300 rallied in DC on Friday.', ['in DC', ['dc']]],
    // negative: one capital is an initial, no name
    ['They gathered in A block.', null],
  ];
  it.each(rows)('%s', (sentence, expected) => {
    expect(placeIn(sentence)).toEqual(expected);
  });
});

describe('gatherings with no place', () => {
  it('keeps two gatherings of one day that name no place apart, each with an id of its own', async () => {
    const files = {
      'a.md': article(
        '2023-06-12',
        'In Turin, 300 people marched on Saturday. In Graz, 200 people rallied. In Lyon, 150 people gathered.\n\nLater that afternoon, 250 people attended a youth rally.\n\nIn the evening, 90 people attended a vigil.',
      ),
    };
    const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
    const idOf = (text: string) => corpus.annotations.crowd.find((c) => c.text === text)!.event.id;
    expect(idOf('250')).not.toBe(idOf('90'));
    expect(new Set(corpus.annotations.crowd.map((c) => c.event.id)).size).toBe(5);
  });
});

describe('a name glued by a hyphen after another name (the system or body the place belongs to)', () => {
  const rows: Array<[string, [string, string[]] | null]> = [
    ['Some 800 workers picketed at UC-Riverside on Friday.', ['at UC-Riverside', ['riverside']]],
    ['Nurses struck at Mercy-Lakeside hospital.', ['at Mercy-Lakeside hospital', ['lakeside']]],
    ['About 400 marched in Wilkes-Barre.', ['in Wilkes-Barre', ['barre']]],
    // negative: no hyphen, a hyphen before a small word, a hyphen with spaces
    ['Some 800 workers picketed at UC Riverside on Friday.', ['at UC Riverside', ['uc', 'riverside']]],
    ['They rallied in Aix-en-Provence.', ['in Aix', ['aix']]],
    ['They rallied in Dorset - Poole on Friday.', ['in Dorset', ['dorset']]],
  ];
  it.each(rows)('%s', (sentence, expected) => {
    expect(placeIn(sentence)).toEqual(expected);
  });
});

describe("a preposition inside an organisation's name", () => {
  const rows: Array<[string, [string, string[]] | null]> = [
    // fresh's vigil: "in solidarity with Women in Black, an Israeli organization"
    ['More than 100 demonstrators marched with Women in Black, an Israeli organization.', null],
    ['Some 50 supporters of Mothers in Charge rallied.', null],
    // negative: a people noun opening the sentence, a demonym, a lower-case noun, a place after a place's name
    ['Protesters in Chicago numbered 5,000.', ['in Chicago', ['chicago']]],
    ['Officials said Chileans in Santiago numbered 5,000.', ['in Santiago', ['santiago']]],
    ['Some 500 women in Chicago marched.', ['in Chicago', ['chicago']]],
    ['About 5,000 marched at City Hall in Boston.', ['at City Hall in Boston', ['city', 'hall', 'boston']]],
  ];
  it.each(rows)('%s', (sentence, expected) => {
    expect(placeIn(sentence)).toEqual(expected);
  });
});
