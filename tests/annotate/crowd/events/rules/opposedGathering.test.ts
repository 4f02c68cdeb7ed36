import { describe, expect, it } from 'vitest';
import { supportedGathering } from '../../../../../src/annotate/crowd/locales/en/events/rules/opposedGathering.js';
import { article, crowdEventIdsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

const SUPPORTED_STRIKE = {
  'a.md': article(
    '2006-06-20',
    'On June 16, more than 300,000 people marched through Morvale in support of the 70,000 teachers, who have been on strike since May 22.',
  ),
};

// negative: one crowd whose two figures are one gathering; no crowd stood by
const ONE_CROWD = {
  'a.md': article('2006-06-20', 'On June 16, more than 300,000 people marched through Morvale, and 70,000 teachers joined them.'),
};

describe('the day rule supported-gathering', () => {
  // [story, files, each claim's gathering id, whether the rule decides]
  const rows: Array<[string, Record<string, string>, string[], boolean]> = [
    ['a march in support of striking teachers', SUPPORTED_STRIKE, ['more than 300,000 → 2006-06-16:morvale', '70,000 → 2006-06-16:morvale#2'], true],
    ['two figures of one crowd', ONE_CROWD, ['more than 300,000 → 2006-06-16:morvale', '70,000 → 2006-06-16:morvale'], false],
  ];
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventIdsOf(files)).toEqual(expected);
    const without = await crowdEventIdsOf(files, eventRulesWithout(supportedGathering));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });
});
