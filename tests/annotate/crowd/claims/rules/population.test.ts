import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { activityParticipants } from '../../../../../src/annotate/crowd/locales/en/claims/rules/activityParticipants.js';
import { population } from '../../../../../src/annotate/crowd/locales/en/claims/rules/population.js';
import type { FigureRule } from '../../../../../src/annotate/crowd/locales/en/claims/figureTypes.js';
import { sentence } from '../../../../support/annotate.js';

/** [rule, sentence, the rule's verdict on its first figure: 'drop', or null (no verdict)] */
const ROWS: Array<[FigureRule, string, 'drop' | null]> = [
  [population, 'Protests spread across the capital, a city of 2 million, on Friday.', 'drop'],
  [population, 'The rally was held in a country of 90 million people.', 'drop'],
  [population, 'Gaza, home to 2.3 million Palestinians, saw protests on Friday.', 'drop'],
  [population, 'The march crossed a region of 40,000 inhabitants.', 'drop'],
  [population, 'Some 2,000 inhabitants gathered in the square.', null],
  // negative: a crowd of residents, a crowd at a city's place
  [population, 'About 5,000 residents marched to city hall.', null],
  [population, 'A crowd of 2,000 gathered in the city of Morvale.', null],
  [activityParticipants, 'I thought all five debate participants individually had their best nights at this debate.', 'drop'],
  [activityParticipants, 'The 40 study participants were paid for their time.', 'drop'],
  [activityParticipants, 'The US and the Philippines are fielding more than 1,000 participants each in the exercise.', 'drop'],
  // negative: participants of a gathering, participants named by no activity
  [activityParticipants, 'More than 500 rally participants gathered at the park.', null],
  [activityParticipants, 'About 3,000 participants took part in the vigil.', null],
];

describe('the population and activity-participants rules', () => {
  it.each(ROWS.map(([rule, text, expected]) => [rule.name, text, expected, rule] as const))('%s: %j', (_name, text, expected, rule) => {
    const verdict = rule.judge(figureAt(readSentence(sentence(text)), 0));
    expect(verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted).toBe(expected);
  });

  it('reads no crowd in a population a sentence dates in the day-first order ("since 2 March")', () => {
    const text =
      'No food, water or medical supplies have reached 2.3 million Palestinians in the devastated Gaza Strip since 2 March, when Israel imposed its blockade.';
    expect(findCrowdClaims(sentence(text))).toEqual([]);
  });
});
