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

describe('the name rule institution-of-the', () => {
  it.each([
    // an institution word, "of the" and what it serves is one body's name, a title after "the" included
    ['So know that the Senior Director of Innovation in the Office of the President does not care about you.', ['Office of the President [org]']],
    ['He was sent to the Department of the Treasury.', ['Department of the Treasury [org]']],
    // negative: another body after "of the" stays a name of its own; a title before "of the" is an office
    ['He met the Board of the Federal Reserve Bank.', ['Board [person] of the Federal Reserve Bank', 'Federal Reserve Bank [org]']],
    ['the Secretary of the Navy said.', ['Navy [org]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule cause-group-name', () => {
  it.each([
    // a capitalised plural, "for" or "Against", and the cause: one group's name
    ['In Atlanta, Georgians for Peace held a rally of more than 250 people.', ['Georgians for Peace [org]']],
    ['It was endorsed by the UIC and Northwestern chapters of Students for Nader.', ['UIC [org]', 'Northwestern [other]', 'Students for Nader [org]']],
    [
      'The rally featured speakers from Murder Victims Families for Reconciliation and the ISO.',
      ['Murder Victims Families for Reconciliation [org]', 'ISO [org]'],
    ],
    ['Gene giants met Connecticut Citizens for Immigration Control (CCIC) on Monday.', ['Connecticut Citizens for Immigration Control [org]', 'CCIC [org]']],
    // negative: a surname or a place before "for", a body after it, a lower-case word after it
    ['He thanked Williams for Peace.', ['Williams [person]', 'Peace [other]']],
    ['Georgians for the most part stayed home.', []],
    ['They voted Democrats for Congress.', ['Democrats [other]', 'Congress [org]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('a title word after an institution topic', () => {
  it.each([
    // a title word right after the topic, with no name to follow, is the topic's ("Worker Justice")
    ['They joined the Coalition for Worker Justice on Monday.', ['Coalition for Worker Justice [org]']],
    ['the Ministry of Justice said so.', ['Ministry of Justice [org]']],
    // negative: a name after it keeps the title an office
    ['Minister of Justice Ann Lee spoke.', ['Ann Lee [person] Minister of Justice']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
