import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../src/annotate/crowd/index.js';
import { sentence } from '../../../support/annotate.js';
import { article, crowdEventsOf } from '../../../support/crowdEvents.js';

const claimsIn = (text: string) => findCrowdClaims(sentence(text)).map((c) => [c.text, c.claimant]);

describe('a peak and a fall', () => {
  it.each([
    [
      'The rally drew 7,000 people at its peak, falling to 2,000 by evening.',
      [
        ['7,000', null],
        ['2,000', null],
      ],
    ],
    [
      'At its height the crowd numbered 26,000, but by Monday only about 900 remained.',
      [
        ['26,000', null],
        ['about 900', null],
      ],
    ],
    [
      'Police estimated the crowd at 18,000 at its peak; by evening it had dwindled to 4,500.',
      [
        ['18,000', 'Police'],
        ['4,500', null],
      ],
    ],
    [
      'The vigil in Morvale peaked at 3,200 before thinning to a few hundred after midnight.',
      [
        ['3,200', null],
        ['a few hundred', null],
      ],
    ],
  ])('"%s" gives both figures', (text, expected) => {
    expect(claimsIn(text)).toEqual(expected);
  });

  it.each([
    ['Union membership grew to 40,000 in the year after the march.'],
    ['After the rally, 14 remained in hospital.'],
    ['Ticket prices fell to 2,000 after the strike.'],
  ])('"%s" gives no crowd', (text) => {
    expect(claimsIn(text)).toEqual([]);
  });

  it('dates each figure by its own day', async () => {
    const files = {
      'a.md': article('2024-06-14', 'Some 16,000 protesters filled Liberty Square in Morvale on Tuesday, dropping to about 2,300 by Wednesday morning.'),
    };
    expect(await crowdEventsOf(files)).toEqual(['Some 16,000 → gathering in Morvale @ 2024-06-11', 'about 2,300 → gathering in Morvale @ 2024-06-12']);
  });
});
