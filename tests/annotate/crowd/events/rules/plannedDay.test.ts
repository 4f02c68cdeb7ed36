import { describe, expect, it } from 'vitest';
import { article, crowdEventIdsOf } from '../../../../support/crowdEvents.js';

// fresh2's report of a march, written before the summit it leads up to: the summit's day is told as ahead
const SUMMIT_AHEAD = {
  'a.md': article(
    '2005-07-08',
    [
      'The left wing of the movement held teach-ins and protests, such as the Alternative Summit on July 3.',
      'Official estimates put the turnout at over 250,000 in the sea of humanity that washed into Edinburgh for the demo.',
      'All were united around one common aim--sending an unequivocal message to the eight leaders that will gather to meet in the opulence of Gleneagles hotel on July 6. Organizers expect somewhere between 20,000 and 50,000 to make their way to the remote luxury hotel and country park, but no one is sure what to expect beyond the fact that the demonstration will show that we will not accept their spin.',
    ].join('\n\n'),
  ),
};

// negative: a day told as held is borrowed as before
const DAY_HELD = {
  'a.md': article(
    '2005-07-08',
    ['Thousands marched in Morvale on July 3.', 'Official estimates put the turnout at over 250,000 in the crowd that washed into Morvale.'].join('\n\n'),
  ),
};

describe('the planned-day reading of the borrowing dating rules', () => {
  it('dates a crowd that turned out by no day told as ahead, a forecast by it', async () => {
    expect(await crowdEventIdsOf(SUMMIT_AHEAD)).toEqual(['over 250,000 → 2005-07-03:edinburgh', 'somewhere between 20,000 and 50,000 → 2005-07-06:unplaced']);
  });

  it('borrows a day told as held', async () => {
    expect(await crowdEventIdsOf(DAY_HELD)).toEqual(['Thousands → 2005-07-03:morvale', 'over 250,000 → 2005-07-03:morvale']);
  });
});
