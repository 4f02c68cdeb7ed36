import { describe, expect, it } from 'vitest';
import { inPeriod, ownTime } from '../../../../../src/annotate/crowd/locales/en/events/rules/ownTime.js';
import type { DateMention } from '../../../../../src/annotate/dates/types.js';
import { article, crowdEventIdsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

// fresh6's weekly report: a rally on the day its sentence gives, and last year's march told in passing
const LAST_YEAR = {
  'a.md': article(
    '2007-03-16',
    [
      "MORE THAN 2,000 people joined a rally in Chicago's Federal Plaza March 10 on the one-year anniversary of the first of last spring's mega-marches for immigrant rights.",
      'Even organizers were stunned last year by the turnout of some 300,000 people to protest the repressive Sensenbrenner bill.',
    ].join('\n\n'),
  ),
};

// fresh's round-up: a march in one town, and another town's march "the day before"
const DAY_BEFORE = {
  'a.md': article(
    '2006-10-06',
    [
      '-- In Hartford, Conn., 500 activists from across the state marched on September 30 to demand immigrant rights.',
      'Immigrants spoke about their experiences, including activists from Danbury, who held a march of 200 people the day before in defense of 11 day laborers.',
    ].join('\n\n'),
  ),
};

// fresh2's campus report: a protest timed from another happening ("The morning after …")
const MORNING_AFTER = {
  'a.md': article(
    '2006-12-01',
    [
      'On November 17, some 300 people turned out for a march to the police station organized by various student groups.',
      'The morning after the student was Tasered, several hundred students marked the anniversary of Proposition 209 with a protest.',
    ].join('\n\n'),
  ),
};

// negative: a period that holds the day borrowed ("This year"), a period after "since", a day of the claim's own sentence
const THIS_YEAR = {
  'a.md': article(
    '2007-03-16',
    ['Some 2,000 people rallied in Morvale on March 10.', 'This year the rally drew about 2,000 people, organizers said.'].join('\n\n'),
  ),
};
const SINCE_LAST_YEAR = {
  'a.md': article('2007-03-16', ['Some 2,000 people rallied in Morvale on March 10.', 'It was the largest crowd of 3,000 since last year.'].join('\n\n')),
};
const OWN_DAY = {
  'a.md': article('2007-03-16', 'Last year 300,000 marched; on March 10 some 2,000 people rallied in Morvale.'),
};

describe('the locate rule own-time', () => {
  // [story, files, each claim's gathering id, whether the rule decides]
  const rows: Array<[string, Record<string, string>, string[], boolean]> = [
    ['last year in the clause', LAST_YEAR, ['MORE THAN 2,000 → 2007-03-10:chicago+federal+plaza', 'some 300,000 → year:2006:unplaced'], true],
    ['the day before', DAY_BEFORE, ['500 → 2006-09-30:hartford', '200 → undated:hartford'], true],
    ['the morning after', MORNING_AFTER, ['some 300 → 2006-11-17:unplaced', 'several hundred → undated:unplaced'], true],
    ['this year holds the day', THIS_YEAR, ['Some 2,000 → 2007-03-10:morvale', 'about 2,000 → 2007-03-10:morvale'], false],
    ['since last year', SINCE_LAST_YEAR, ['Some 2,000 → 2007-03-10:morvale', '3,000 → 2007-03-10:morvale'], false],
  ];
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventIdsOf(files)).toEqual(expected);
    const without = await crowdEventIdsOf(files, eventRulesWithout(ownTime));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });

  it('leaves a claim its own sentence dates', async () => {
    const ids = await crowdEventIdsOf(OWN_DAY);
    expect(ids).toEqual(await crowdEventIdsOf(OWN_DAY, eventRulesWithout(ownTime)));
  });

  const mention = (date: string, precision: DateMention['precision']) => ({ date, precision }) as DateMention;
  it.each<[string, DateMention, boolean]>([
    ['2007-03-10', mention('2006-01-01', 'year'), false],
    ['2007-03-10', mention('2007-01-01', 'year'), true],
    ['2007-03-10', mention('2007-03-01', 'month'), true],
    ['2007-04-10', mention('2007-03-01', 'month'), false],
    ['2007-03-07', mention('2007-03-05', 'week'), true],
    ['2007-03-12', mention('2007-03-05', 'week'), false],
  ])('%s in %j: %s', (day, period, expected) => {
    expect(inPeriod(day, period)).toBe(expected);
  });
});

// fresh4's campus round-up: a rally "two days after the attacks" and another "later in the week", both in Austin
const TIMED_APART = {
  'a.md': article(
    '2001-09-28',
    [
      'On September 14, more than 2,000 people turned out to Union Square in Morvale.',
      'Just two days after the attacks, an antiwar rally at the University of Texas in Austin drew 200 students.',
      'Some 900 people turned out at the state capitol building in Austin later in the week.',
    ].join('\n\n'),
  ),
};

// negative: two figures of one sentence timed apart stay one gathering
const ONE_SENTENCE = {
  'a.md': article(
    '2001-09-28',
    [
      'On September 14, more than 2,000 people turned out to Union Square in Morvale.',
      'Two days after the attacks, 200 students (150 according to police) rallied in Austin.',
    ].join('\n\n'),
  ),
};

describe('undated claims timed apart', () => {
  it('keep apart from the other undated claims of their article', async () => {
    expect(await crowdEventIdsOf(TIMED_APART)).toEqual([
      'more than 2,000 → 2001-09-14:morvale+square+union',
      '200 → undated:austin',
      'Some 900 → undated:austin#2',
    ]);
  });

  it('stay together within one sentence', async () => {
    const ids = await crowdEventIdsOf(ONE_SENTENCE);
    expect(ids[1]!.split(' → ')[1]).toBe(ids[2]!.split(' → ')[1]);
  });
});
