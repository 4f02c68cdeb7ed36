import { describe, expect, it } from 'vitest';
import { isContainer, learnContainers } from '../../../../src/annotate/crowd/locales/en/events/learn.js';
import type { Passage } from '../../../../src/passages/types.js';

const passage = (text: string): Passage => ({ id: 'a#0', articleId: 'a', paragraph: 0, start: 0, end: text.length, text, kind: 'body' });
const learned = (text: string) => Object.fromEntries([...learnContainers([passage(text)])].map(([outer, inner]) => [outer, [...inner].sort()]));

describe('places the corpus writes as "in Inner, Outer"', () => {
  // [sentence, what it teaches: outer -> inner]
  const rows: Array<[string, Record<string, string[]>]> = [
    ['Thousands marched in Kirkuk, Iraq, on Friday.', { iraq: ['kirkuk'] }],
    ['Dockers picketed in Portland, Ore., who delayed the ship.', { ore: ['portland'] }],
    ['A rally in Graz, Austria.', { austria: ['graz'] }],
    // negative: a list of places, a title opening the subject, an institution
    ['Unions rallied in Turin, Milan and Genoa on Friday.', {}],
    ['Officials from Chile, Peru, Bolivia and elsewhere met.', {}],
    ['Speaking in Ohio, Mr. Lindqvist said he would run.', {}],
    ['Students walked out in Vermont, Norland University in Morvale and other campuses.', {}],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(learned(text)).toEqual(expected);
  });

  it('reads the name after the comma as a container only when nothing makes it a list item, a title or a body', () => {
    expect(isContainer('Iraq', ', on Friday.')).toBe(true);
    expect(isContainer('Milan', ' and Genoa')).toBe(false);
    expect(isContainer('Peru', ', Bolivia and elsewhere')).toBe(false);
    expect(isContainer('Ms', '. Lindqvist said')).toBe(false);
    expect(isContainer('Norland University', ' in Morvale')).toBe(false);
  });
});
