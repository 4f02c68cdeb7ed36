import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

const mentions = (text: string) =>
  findNameMentionsWith(en, sentence(text)).map(
    (m) => `${m.text} [${m.person > 0 ? 'person' : m.org > 0 ? 'org' : 'other'}]${m.roles.map((r) => ` ${r}`).join(';')}`,
  );

describe('the name rule quoted-nickname', () => {
  it.each([
    // a nickname in quotes between a given name and a surname is part of the name, curly or straight quotes
    ['Indonesian President Joko “Jokowi” Widodo ordered a review.', ['Joko “Jokowi” Widodo [person] Indonesian President']],
    ['Her uncle Don "Moose" Jamison taught there.', ['Don "Moose" Jamison [person] Her uncle']],
    // negative: a quoted word after a common noun, or with no name after it
    ['The film "Jaws" opened.', ['Jaws [other]']],
    ['He called Smith "Liar" and left.', ['Smith [person]', 'Liar [other]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule flight-number', () => {
  it.each([
    // the airline before "Flight" and its number is named on its own; the flight is no one
    ['Malaysia Airlines Flight 370 disappeared on March 8.', ['Malaysia Airlines [org]']],
    ['The plane, Flight QZ8501, vanished.', []],
    // negative: "Flight" with no number stays in a name
    ['She booked with Flight Centre Travel Group.', ['Flight Centre Travel Group [org]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule acronym-across-small-words, with commas', () => {
  it.each([
    // a comma between the topics of a body whose acronym spells the whole name
    [
      'Workers represented by the American Federation of State, County and Municipal Employees (AFSCME) walked out.',
      ['American Federation of State, County and Municipal Employees [org]', 'AFSCME [org]'],
    ],
    // negative: a list of places with no "of" or "for", an acronym that spells something else
    ['He visited Paris, Lyon and Marseille (PLM) last year.', ['PLM [org]']],
    [
      'Workers of the Federation of State, County and City Staff (AFSCME) marched.',
      ['Federation of State [org]', 'County [other]', 'City Staff [other]', 'AFSCME [org]'],
    ],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
