import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

const mentions = (text: string) =>
  findNameMentionsWith(en, sentence(text)).map(
    (m) => `${m.text} [${m.person > 0 ? 'person' : m.org > 0 ? 'org' : 'other'}]${m.roles.map((r) => ` ${r}`).join(';')}`,
  );

describe('the name rule function-word-in-name', () => {
  it.each([
    // an initial that is also the article, and a given name that is also a pronoun, after a person's name word
    ['Another possibility is Steve A. Linick, the inspector general.', ['Steve A. Linick [person] inspector general']],
    ['The president met Liu He, the trade negotiator.', ['Liu He [person] trade negotiator']],
    // at a sentence's start they are the article and the pronoun; after no person's name they stay so
    ['He met Liu. He said no.', ['Liu [person]']],
    ['They chose Plan A, then left.', ['Plan [other]']],
    ['They thanked Obama "He is right," one said.', ['Obama [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule sentence-adverb', () => {
  it.each([
    // an adverb made from a word the lexicon knows, "un-" aside
    ['Unfortunately, most of the other speakers left.', []],
    ['Sadly, Maria Lopez lost.', ['Maria Lopez [person]']],
    // surnames ending in "-ly" have no such stem
    ['Connolly, the senator, said no.', ['Connolly [person] senator']],
    ['Kelly Smith said no.', ['Kelly Smith [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule surname-after-given-name', () => {
  it.each([
    // a month's or a language's word right after a given name is the surname
    ['Theresa May, the home secretary, is responsible for MI5.', ['Theresa May [person] home secretary', 'MI5 [other]']],
    ['The teams were tied after Jo-Wilfried Tsonga cruised past him.', ['Jo-Wilfried Tsonga [person]']],
    ['The article, written by the deputy sports editor, Alan English, recounted it.', ['Alan English [person] deputy sports editor']],
    // negative: before a figure it is a date; with no given name before it, a month or a language alone
    ['He told Kim May 5 was the date.', ['Kim [person]']],
    ['In May the vote was held.', []],
    ['She speaks English and Tsonga.', []],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule capital-lead-in', () => {
  it.each([
    // the common words of a lead-in in capitals are read lower case: a role, not part of the name
    ['MINUTEMEN LEADER Chris Simcox spoke at the university.', ['Chris Simcox [person] MINUTEMEN LEADER']],
    // names in capitals stay names: only the common words are lowered ("SAID")
    ['MARIA LOPEZ SAID the vote was lost.', ['MARIA LOPEZ [person]']],
    // one word in capitals is an acronym or a name, and capitals later in the sentence are not a lead-in
    ['NATO said no.', ['NATO [org]']],
    // (the capitalised agent noun before a given name is its title: agent-noun-title)
    ['The march, said LEADER Chris Simcox, was large.', ['Chris Simcox [person] LEADER']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
