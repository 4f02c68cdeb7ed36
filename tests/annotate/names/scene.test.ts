import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/annotate/names/index.js';
import { wordTags } from '../../../src/annotate/core/lexicon.js';
import { whoAnswer, type WhoLookupAnswer } from '../../../src/answers/who/answer.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../support/corpus.js';
import { sentence } from '../../support/annotate.js';

/** A women's march story: places opening sentences, event names, "one of the Y", a plural role before two names. */
const WOMENS_MARCH = `---
title: Women's marches draw millions across the country
publisher: Capitol Post
published: 2017-01-22
---
WASHINGTON — Hundreds of thousands of people filled the streets of Washington on Saturday for the Women's March, a day after President Donald Trump's inauguration.

Organizers said about 500,000 people attended the Washington march, according to crowd scientists at Manchester Metropolitan University.

In Chicago, organizers halted the march after an estimated 250,000 people packed the rally site. In Los Angeles, police said at least 100,000 marched downtown, while organizers put the figure at 750,000.

Across the United States, between 3.3 million and 4.6 million people took part, according to political scientists Erica Chenoweth and Jeremy Pressman.

Linda Sarsour, one of the national co-chairs, said the movement would hold a general strike on March 8, International Women's Day.
`;

const passage = (text: string) => sentence(text, { id: 'x#0', articleId: 'x' });
const mentions = (text: string) => findNameMentions(passage(text)).map((m) => m.text);
const withRoles = (text: string) => findNameMentions(passage(text)).map((m) => [m.text, m.roles]);

async function corpusOf(text: string): Promise<Corpus> {
  return (await loadCorpus(writeCorpus({ 'a.md': text }), { snapshot: false })).corpus;
}

const story = (body: string) => `---\ntitle: Marches\npublisher: Test Wire\npublished: 2017-01-22\n---\n${body}\n`;

describe("names in a women's march story", () => {
  it('list the people and the university only, with the roles the story gives them', async () => {
    const corpus = await corpusOf(WOMENS_MARCH);
    const entities = corpus.annotations.entities;
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ['Donald Trump', 'person'],
      ['Erica Chenoweth', 'person'],
      ['Jeremy Pressman', 'person'],
      ['Linda Sarsour', 'person'],
      ['Manchester Metropolitan University', 'organization'],
    ]);
    const roles = Object.fromEntries(entities.map((e) => [e.name, e.roles.map((r) => r.text)]));
    expect(roles['Linda Sarsour']).toEqual(['one of the national co-chairs']);
    expect(roles['Erica Chenoweth']).toEqual(['political scientists']);
    expect(roles['Jeremy Pressman']).toEqual(['political scientists']);
    expect(roles['Donald Trump']).toEqual(['President']);
    const a = whoAnswer(corpus, { name: 'Los Angeles', limit: 25 }) as WhoLookupAnswer;
    expect(a.match).not.toBe('found');
  });
});

describe('a place opening a sentence', () => {
  it('is no person: "In X," sets the scene and the subject comes after the comma', async () => {
    const corpus = await corpusOf(
      story(
        [
          'In Los Angeles, police said at least 100,000 marched downtown.',
          'In San Jose, police said 4,000 marched. In Santa Barbara, organizers said 2,000 came.',
          'In Jackson, Mississippi, police said 500 marched. In Chicago, organizers halted the march.',
          'In Washington, Trump said the crowds were small.',
          'President Donald Trump was sworn in on Friday. In Denver, Mayor Michael Hancock said 100,000 attended.',
        ].join('\n\n'),
      ),
    );
    const entities = corpus.annotations.entities;
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ['Donald Trump', 'person'],
      ['Michael Hancock', 'person'],
    ]);
    expect(entities[0]!.aliases).toEqual(['Trump']);
  });

  it('keeps a person after "To X," or "from", and what a title says', () => {
    const people = (text: string) => findNameMentions(passage(text)).map((m) => [m.text, m.person > m.place]);
    expect(people('To Linda Sarsour, the march was a start. A letter from Erica Chenoweth arrived.')).toEqual([
      ['Linda Sarsour', true],
      ['Erica Chenoweth', true],
    ]);
    expect(withRoles('In Washington, President Donald Trump said so.')).toEqual([['Donald Trump', ['President']]]);
    // the scene alone, one or two words, gives no person evidence
    for (const m of findNameMentions(passage('In Santa Barbara, police said 4,000 marched. In Jackson, police said 500 marched.'))) {
      expect([m.text, m.person]).toEqual([m.text, 0]);
    }
  });

  it('reads a first name\'s plural as no name ("Angeles"), while a surname\'s is a family ("the Kennedys")', () => {
    expect(wordTags('Angeles').has('FirstName')).toBe(false);
    expect(wordTags('Kennedys').has('LastName')).toBe(true);
    expect(mentions('Rallies in Los Angeles drew thousands.')).toEqual([]);
  });
});

describe("a plural common noun's possessive in a name", () => {
  it('opens an event\'s name, which is left out ("Women\'s March", "International Women\'s Day")', () => {
    expect(mentions("They came for the Women's March. A strike is planned on March 8, International Women's Day.")).toEqual([]);
    expect(mentions("Women's March organizers said 5,000 came.")).toEqual([]);
  });

  it('stays inside an institution\'s name ("Chicago Teachers\' Union", "Children\'s Hospital")', () => {
    const found = findNameMentions(passage("The Chicago Teachers' Union said 5,000 came. She spoke at the Children's Hospital rally."));
    expect(found.map((m) => [m.text, m.org > m.person])).toEqual([
      ["Chicago Teachers' Union", true],
      ["Children's Hospital", true],
    ]);
  });
});

describe('roles', () => {
  it('"X, one of the Y," gives the appositive as a role when Y is a plural noun', () => {
    expect(withRoles('Linda Sarsour, one of the national co-chairs, said the movement would strike.')).toEqual([
      ['Linda Sarsour', ['one of the national co-chairs']],
    ]);
    expect(withRoles('The march was called by Linda Sarsour, one of the most prominent organizers of the march.')).toEqual([
      ['Linda Sarsour', ['one of the most prominent organizers of the march']],
    ]);
    const militia = findNameMentions(passage('Kataib Hezbollah, one of the militia groups, said so.'))[0]!;
    expect([militia.roles, militia.org > militia.person]).toEqual([['one of the militia groups'], true]);
    // no plural noun, a pronoun, a clause or a kind of place: no role
    expect(withRoles('Linda Sarsour, one of them, said so. Erica Chenoweth, one of the best, spoke.')).toEqual([
      ['Linda Sarsour', []],
      ['Erica Chenoweth', []],
    ]);
    expect(withRoles('Erica Chenoweth, one of the scientists who counted, said so.')).toEqual([['Erica Chenoweth', []]]);
    expect(withRoles('Santa Barbara, one of the towns, said so.')).toEqual([['Santa Barbara', []]]);
  });

  it('a plural person noun before names joined by "and" is each one\'s role', () => {
    expect(withRoles('Across the United States, 4 million took part, according to political scientists Erica Chenoweth and Jeremy Pressman.')).toEqual([
      ['Erica Chenoweth', ['political scientists']],
      ['Jeremy Pressman', ['political scientists']],
    ]);
    expect(withRoles('The march was led by activists Linda Sarsour, Tamika Mallory and Carmen Perez.')).toEqual([
      ['Linda Sarsour', ['activists']],
      ['Tamika Mallory', ['activists']],
      ['Carmen Perez', ['activists']],
    ]);
    expect(withRoles('Organizers Linda Sarsour and Bob Bland said it was huge.')).toEqual([
      ['Linda Sarsour', ['Organizers']],
      ['Bob Bland', ['Organizers']],
    ]);
    // a verb's object is no role, a single name after a plural gets none, and a title stays its own name's
    expect(withRoles('Trump told reporters Linda Sarsour and Erica Chenoweth had met.')).toEqual([
      ['Trump', []],
      ['Linda Sarsour', []],
      ['Erica Chenoweth', []],
    ]);
    expect(withRoles('The march was led by activists Linda Sarsour on Saturday.')).toEqual([['Linda Sarsour', []]]);
    expect(withRoles('Police Chief Ann Smith and Bob Jones spoke.')).toEqual([
      ['Ann Smith', ['Police Chief']],
      ['Bob Jones', []],
    ]);
  });
});
