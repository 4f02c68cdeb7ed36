import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { jobAction } from '../../../../../src/annotate/crowd/locales/en/claims/rules/jobAction.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (real reporting, Socialist Worker 2001-2005; names and numbers changed), figure index, dropped] */
const ROWS: Array<[string, number, boolean]> = [
  ['Safeway and Giant have already hired 1,700 and 1,500 replacement workers, respectively, to scab in case of a strike.', 1, true],
  ["The vote answered the college's refusal to hire back 76 adjunct faculty members who honored the picket line during the strike.", 0, true],
  ['Four other workers were fired for protesting the management action.', 0, true],
  ['At the hospital, about 100 union members received disciplinary letters for participating in the strike.', 0, true],
  ['The mayor threw 3,000 city workers out of work on May 2, days after the rally.', 0, true],
  ['The company laid off 300 workers the week after the walkout.', 0, true],
  // negative: the people's own act, a passive of gathering, or a figure of another verb
  ['More than 300 workers suspended their strike after the vote.', 0, false],
  ['Some 2,000 nurses rallied after 40 of their coworkers were fired.', 0, false],
  ['Police fired on 500 protesters outside the ministry.', 0, false],
  ['Some 400 workers were gathered outside the plant gates.', 0, false],
];

describe('the job-action rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, dropped) => {
    expect(jobAction.judge(figureAt(readSentence(sentence(text)), i)) === 'drop').toBe(dropped);
  });

  it('drops a workforce acted on in a sentence about a strike, and keeps the strike', () => {
    const text = 'Four other workers were fired for protesting, and 200 workers struck the next day.';
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(['200']);
  });
});
