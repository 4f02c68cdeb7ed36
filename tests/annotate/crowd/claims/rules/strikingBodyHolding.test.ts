import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { strikingBodyHolding } from '../../../../../src/annotate/crowd/locales/en/claims/rules/strikingBodyHolding.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (Reuters newswire of 1987, the development part, unless said), the figure, the people it counts or null (no verdict)] */
const ROWS: Array<[string, string, string | null]> = [
  [
    "The strike by members of the National Association of Broadcast Employees (NABET), representing 2,800 of NBC's 8,000 workers, began at 12:01 A.M. (0401 GMT) after the network imposed a contract which the union said was unacceptable.",
    '2,800',
    'people',
  ],
  ['The spokesman said talks were still ongoing with the two other striking locals, representing 600 office and technical workers.', '600', 'workers'],
  ['The strike, which began May nine, also involves two locals that represent 600 office and technical workers.', '600', 'workers'],
  ['The three locals on strike represent about 2,600 workers.', '2,600', 'workers'],
  // negative: no strike told before the holding verb, or the strike is told after it (a threat, or the body's size)
  [
    "The Seafarers' International Union, which represents about 2,300 workers on the Great Lakes, has said it will likely go on strike this spring.",
    '2,300',
    null,
  ],
  ["The three locals cover about 2,600 production and maintenance workers at Cominco's Trail smelter and Kimberley, B.C. lead-zinc mine.", '2,600', null],
  ['The union, which represents 5,000 workers, ended its strike on Friday.', '5,000', null],
  ['The mill, which employs 525 people, was shut by the strike.', '525', null],
  // negative: no holding verb before the figure
  ['About 800 members of the United Food and Commercial Workers Union struck the plant at midnight Sunday.', '800', null],
  ['The strike by 9,000 miners entered its second week.', '9,000', null],
];

describe('the striking-body-holding rule', () => {
  it.each(ROWS)('%j (%s) -> %j', (text, figure, counted) => {
    const read = readSentence(sentence(text));
    const i = read.quantities.findIndex((q) => text.slice(q.start, q.end).includes(figure));
    const verdict = strikingBodyHolding.judge(figureAt(read, i));
    expect(verdict).toEqual(counted === null ? undefined : { counted });
  });

  it("claims the striking body's people, and a threatened strike's none (strike-not-held is asked first)", () => {
    expect(findCrowdClaims(sentence(ROWS[1]![0])).map((c) => c.text)).toEqual(['600']);
    expect(findCrowdClaims(sentence('The union, which is on strike, represents 2,300 workers who will walk out again next week.')).map((c) => c.text)).toEqual(
      [],
    );
    expect(findCrowdClaims(sentence(ROWS[4]![0]))).toEqual([]);
  });
});
