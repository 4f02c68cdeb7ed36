import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { audience } from '../../../../../src/annotate/crowd/locales/en/claims/rules/audience.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence, the rule's verdict on its first figure: the noun counted, or null (no verdict)] */
const ROWS: Array<[string, string | null]> = [
  ['Five hundred came to a panel discussion at the University of Iowa, where Iowans for Peace is planning a rally.', 'people'],
  ['At the University of Vermont, 800 people packed the Ira Allen Chapel to hear Nader speak on October 5.', 'people'],
  ['Citywide planning meetings for an antiwar coalition have drawn nearly 400 people.', 'people'],
  ['More than 2,000 people came to hear the mayor.', 'people'],
  ['About 1,200 students crowded into the auditorium for the forum.', 'students'],
  ['In Poitiers, 4,000 students held a mass meeting in the local rugby stadium before voting for an indefinite strike.', 'students'],
  ['Some 350 people hear Democracy Now! host Amy Goodman, author Manning Marable and other speakers at an evening plenary.', 'people'],
  // negative: coming to a country, filling things, a meeting that drew no people
  ['About 500 came to the United States last year.', null],
  ['Some 40,000 migrants came to the country in 2015.', null],
  ['Some 300 workers packed their bags and left.', null],
  ['The company filled 300 jobs last year.', null],
  ['The meeting drew 300 complaints.', null],
  ['The school board voted 5-2 to cut 150 teachers.', null],
  ['Some 300 people heard the explosion.', null],
  ['Organizers held 300 meetings last year.', null],
];

describe('the audience rule', () => {
  it.each(ROWS)('%j', (text, expected) => {
    const verdict = audience.judge(figureAt(readSentence(sentence(text)), 0));
    expect(verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted).toBe(expected);
  });

  it('gives a claim where no word of a gathering is near', () => {
    expect(findCrowdClaims(sentence('Five hundred came to a panel discussion at the University of Iowa.')).map((c) => c.text)).toEqual(['Five hundred']);
    expect(findCrowdClaims(sentence('About 500 came to the United States last year.'))).toEqual([]);
  });
});
