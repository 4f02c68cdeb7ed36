import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../../../src/annotate/names/index.js';
import { articleOf, articlePassages } from '../../support/annotate.js';

/** The entities of one made-up article: "name [kind] = spellings" (the plural rules join or strip names within an article). */
const entities = (paragraphs: string[][]) =>
  annotateEntities([articleOf('a', '2020-01-01')], articlePassages(paragraphs))
    .map((e) => `${e.name} [${e.kind}]${e.aliases.length ? ` = ${e.aliases.join(', ')}` : ''}`)
    .sort();

describe('the name rule family-plural', () => {
  it.each([
    // a surname's plural beside a person of that surname is a family: neither a person nor a body
    [
      [['Joe Biden spoke on Monday.'], ['The Bidens denied it.', 'Reporters asked the Bidens again.']],
      ['Bidens [other]', 'Joe Biden [person]'],
    ],
    [
      [['Ann Jones said no.'], ['The Joneses left town.', 'Neighbours missed the Joneses.']],
      ['Ann Jones [person]', 'Joneses [other]'],
    ],
    // negative: no person of that surname in the article, and a body's plural-looking name
    [[['The Kennedys said no.'], ['The Kennedys left.']], ['Kennedys [person]']],
    [
      [['Marta Reuter spoke.'], ['Reuters reported it.', 'Reuters said so.']],
      ['Marta Reuter [person]', 'Reuters [person]'],
    ],
  ] as const)('%j', (paragraphs, expected) => {
    expect(entities(paragraphs.map((p) => [...p]))).toEqual(expected);
  });
});

describe('the name rule party-members-in-article', () => {
  it.each([
    [[['The Conservative Party renamed its account.'], ['The Conservatives said it was fine.']], ['Conservative Party [organization] = Conservatives']],
    [[['The Democratic Party met.'], ['The Democrats said no.']], ['Democratic Party [organization] = Democrats']],
    // negative: no party named in the article, a party whose adjective the plural is not, a stem too short
    [[['The Democrats said no.'], ['The Democrats left.']], ['Democrats [other]']],
    [
      [['The Labour Party met.'], ['The Democrats said no.', 'The Democrats left.']],
      ['Democrats [other]', 'Labour Party [organization]'],
    ],
    [
      [['The Red Party met.'], ['The Reds said no.', 'The Reds left.']],
      ['Red Party [organization]', 'Reds [organization]'],
    ],
  ] as const)('%j', (paragraphs, expected) => {
    expect(entities(paragraphs.map((p) => [...p]))).toEqual(expected);
  });
});

describe('the entity rule opening-not-canonical', () => {
  it.each([
    // a given name written alone more often than the full name is not the entity's name
    [[['George Wein spoke at the opening.'], ['George smiled.', 'George waved.']], ['George Wein [person] = George']],
    // negative: a name written alone with no longer spelling keeps its name; a surname is the other rule's
    [[['George smiled.'], ['George waved.']], ['George [person]']],
    [[['Ann Jones spoke.'], ['Jones said no.', 'Jones left.']], ['Ann Jones [person] = Jones']],
  ] as const)('%j', (paragraphs, expected) => {
    expect(entities(paragraphs.map((p) => [...p]))).toEqual(expected);
  });
});

describe('the entity rule group-named-for-name', () => {
  it.each([
    // a group named for a person is no fuller form of the surname: "Nader" is the one person
    [
      [['Ralph Nader spoke to 1,000 people.'], ['Members of Students for Nader helped.', 'Nader said the parties agree.']],
      ['Ralph Nader [person] = Nader', 'Students for Nader [organization]'],
    ],
    // negative: two people of that surname, neither spelt "Nader" alone
    [
      [['Ralph Nader spoke.'], ['Laura Nader spoke too.', 'Nader said the parties agree.']],
      ['Laura Nader [person]', 'Ralph Nader [person]'],
    ],
  ] as const)('%j', (paragraphs, expected) => {
    expect(entities(paragraphs.map((p) => [...p]))).toEqual(expected);
  });
});
