import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../../../src/annotate/names/index.js';
import { articleOf, articlePassages } from '../../support/annotate.js';

/** The entities of one made-up article: "name [kind] = spellings". */
const entities = (paragraphs: string[][]) =>
  annotateEntities([articleOf('a', '2020-01-01')], articlePassages(paragraphs))
    .map((e) => `${e.name} [${e.kind}]${e.aliases.length ? ` = ${e.aliases.join(', ')}` : ''}`)
    .sort();

describe('the name rule surname-in-article', () => {
  it.each([
    // a surname that is also a common word, written alone in an article naming the person in full, is the person
    [
      [['Montana senator Jon Tester bills himself as a moderate.'], ['The Soroses gave to Tester last month.', "Tester's dilemma was on display."]],
      ['Jon Tester [person] = Tester'],
    ],
    [[['Rep. Tom Price spoke on Monday.'], ['Price is the chair of the budget committee.']], ['Tom Price [person] = Price']],
    [[['The singer Neil Young played.'], ['"It was loud," said Young.']], ['Neil Young [person] = Young']],
    // negative: the word as a common noun opening a sentence, inside another name, a place ending a run, no full name
    [[['Rep. Tom Price spoke on Monday.'], ['Price rises hit shoppers.']], ['Tom Price [person]']],
    [[['The singer Neil Young played.'], ['Young people danced.']], ['Neil Young [person]']],
    [
      [['Sen. Jon Tester spoke.'], ['A tester at Tester Labs said so.']],
      ['Jon Tester [person]', 'Tester Labs [organization]'],
    ],
    [[['The singer Neil Young played.'], ['He met Tester later.']], ['Neil Young [person]']],
    // a surname before a generational suffix ("Jr."), written alone later, is the person; a king with his name is not
    [
      [['Marchers honoured the Rev. Martin Luther King Jr. on Monday.'], ['"We carry on the dream," said one, quoting King.']],
      ['Martin Luther King Jr. [person] = King'],
    ],
    [
      [['Marchers honoured the Rev. Martin Luther King Jr. on Monday.'], ['King Abdullah sent a message.']],
      ['Abdullah [person]', 'Martin Luther King Jr. [person]'],
    ],
  ] as const)('%j', (paragraphs, expected) => {
    expect(entities(paragraphs.map((p) => [...p]))).toEqual(expected);
  });
});
