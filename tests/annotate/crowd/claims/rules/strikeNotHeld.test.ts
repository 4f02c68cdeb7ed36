import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { strikeNotHeld } from '../../../../../src/annotate/crowd/locales/en/claims/rules/strikeNotHeld.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (Reuters newswire of 1987, the development part), figure index, dropped] */
const ROWS: Array<[string, number, boolean]> = [
  ['The state-oil company Petrobras requested the intervention because of a threatened strike by 55,000 oil industry employees.', 0, true],
  ["But union president Bob White said many local issues still remained unresolved ahead of Thursday's deadline for a strike by 40,000 workers.", 0, true],
  ['Earlier this week, some 65,000 dockworkers cancelled a scheduled national strike to pressure port officials.', 0, true],
  ['The vote came as a stoppage by seamen entered its third week and as 55,000 oil workers threatened action against Petrobras.', 0, true],
  ['The union said the 9,000 workers at the Pontiac facility will walk out of the plant next week if a contract dispute is not settled.', 0, true],
  [
    'The spokesman said in response to an inquiry that the 9,000 UAW-represented workers at the facility will walk off the job at noon (EST) next Thursday if an agreement is not reached by that time.',
    0,
    true,
  ],
  // a threat after a later figure of another clause is that figure's; the first figure struck (figures changed)
  ['But the papers said thousands of workers went on strike and thousands more were threatening action over pay cuts.', 0, false],
  ['But the papers said thousands of workers went on strike and thousands more were threatening action over pay cuts.', 1, true],
  // negative: a coordination shares its threat; a first figure with no turnout verb of its own keeps the threat
  ['Some 5,000 miners and 3,000 dockers threatened to strike on Monday.', 0, true],
  ['Some 2,000 workers will walk out on Monday and 5,000 more threatened to strike.', 0, true],
  // negative: "walked off the job" held
  ["The union's 9,000 workers walked off the job at GM's Pontiac, Mich., truck and bus works earlier today.", 0, false],
  // negative: a strike held, or a threat far from the count
  [
    'JOHANNESBURG, March 16 - Some 7,000 black miners went on strike at South African gold and coal mines, the National Union of Mineworkers (NUM) said.',
    0,
    false,
  ],
  [
    'About 10,000 workers have gone on strike in eastern Yugoslavia during the past few days demanding higher wages, the official Tanjug news agency said, and officials in the capital, Belgrade, fear further strikes.',
    0,
    false,
  ],
  [
    'KIEL, March 9 - About 8,000 West German farmers marched through the northern city of Kiel today in a protest against European Community (EC) agricultural policies, organisers said.',
    0,
    false,
  ],
];

describe('the strike-not-held rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, dropped) => {
    expect(strikeNotHeld.judge(figureAt(readSentence(sentence(text)), i))).toBe(dropped ? 'drop' : undefined);
  });

  it('leaves no claim for a threatened strike', () => {
    expect(findCrowdClaims(sentence('Petrobras acted because of a threatened strike by 55,000 oil industry employees.'))).toEqual([]);
  });
});
