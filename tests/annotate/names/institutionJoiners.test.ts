import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/annotate/names/index.js';
import { sentence } from '../../support/annotate.js';

const names = (text: string) => findNameMentions(sentence(text, { id: 'x#0', articleId: 'x' })).map((m) => m.text);

/** [sentence, the names found]: "on" after a body that studies or rules on a topic, and "and" inside its topic. */
const ROWS: Array<[string, string[]]> = [
  ['Danin is a senior fellow at the Council on Foreign Relations.', ['Danin', 'Council on Foreign Relations']],
  ['She directs the Center on Poverty and Inequality at Stanford University.', ['Center on Poverty and Inequality', 'Stanford University']],
  ['The Senate Committee on Foreign Relations met.', ['Senate Committee on Foreign Relations']],
  // negative: a weekday or a place after "on", an institution word that takes no topic, a name of its own after "and"
  ['The Council on Monday voted.', ['Council']],
  ['Parliament on Capitol Hill voted.', ['Capitol Hill']],
  ['They met the Ministry of Defense and Hezbollah.', ['Ministry of Defense', 'Hezbollah']],
  ['The Center for Studies and Hassan Ali met.', ['Center for Studies', 'Hassan Ali']],
  ['He spoke to the Council on Foreign Relations and Brookings Institution.', ['Council on Foreign Relations', 'Brookings Institution']],
  // a title word after an institution word and "of" is the institution's topic, not an office (institutionTopic in spans.ts)
  ['They blocked the entrance of the Ministry of Justice.', ['Ministry of Justice']],
  ['The Council of Ministers met.', ['Council of Ministers']],
  // negative: the same words after a title are an office, and a name follows it
  ['Minister of Justice Ann Lee said no.', ['Ann Lee']],
  ['Interior Ministry Spokesman Ahmed Ali said.', ['Interior Ministry', 'Ahmed Ali']],
];

describe('institution names joined by "on" and a topic\'s "and"', () => {
  it.each(ROWS)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
