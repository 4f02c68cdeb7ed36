import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../../../src/annotate/dates/index.js';
import { weekdayOf, yearFor } from '../../../src/annotate/dates/calendar.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { articleText, SEED_DIR, seedCorpus } from '../../support/corpus.js';

const DEMOCRACY_NOW = '003_fc8e126896e34a69'; // published Thursday 2020-01-02
const CGTN = '004_46001f636ff86d61'; // published Tuesday 2019-12-31
const UPI = '001_0a02469e7821bf9c'; // published Friday 2020-01-24
const BUSINESS_INSIDER = '000_d5b024a4c0962a31';
const NO_PUBLISHER = '002_f76014bc7f904f96';

function mentionsOf(corpus: Corpus, article: string): DateMention[] {
  return corpus.annotations.dates.filter((d) => corpus.passageById.get(d.passageId)!.articleId === article);
}

/** The one mention whose phrase is `text` in a passage containing `context`. */
function mention(corpus: Corpus, article: string, text: string, context: RegExp): DateMention {
  const found = mentionsOf(corpus, article).filter((d) => d.text === text && context.test(corpus.passageById.get(d.passageId)!.text));
  expect(found, `${article}: "${text}" near ${context}`).toHaveLength(1);
  return found[0]!;
}

describe('dates in the seed articles', () => {
  it('resolves bare weekdays in a past-tense report to the latest such day on or before publication', async () => {
    const corpus = await seedCorpus();
    expect(weekdayOf('2020-01-02')).toBe(4); // the report is a Thursday's
    // chrono-node alone picks the nearest weekday either way: Sunday 5 Jan, Friday 3 Jan.
    expect(mention(corpus, DEMOCRACY_NOW, 'Sunday', /slew of airstrikes/)).toMatchObject({ date: '2019-12-29', precision: 'day' });
    expect(mention(corpus, DEMOCRACY_NOW, 'Friday', /contractor was killed/)).toMatchObject({ date: '2019-12-27', precision: 'day' });
    expect(mention(corpus, DEMOCRACY_NOW, 'Tuesday', /gatehouse/).date).toBe('2019-12-31');
    expect(mention(corpus, DEMOCRACY_NOW, 'Wednesday', /tear-gassed/).date).toBe('2020-01-01');
    // A weekday that is the publication day itself is that day.
    expect(mention(corpus, CGTN, 'Tuesday', /Trump said/).date).toBe('2019-12-31');
    expect(mention(corpus, NO_PUBLISHER, 'Thursday', /James Jeffrey/).date).toBe('2020-01-23');
    for (const d of mentionsOf(corpus, UPI).filter((m) => m.text === 'Friday')) expect(d.date).toBe('2020-01-24');
  });

  it('gives a year-less date the year nearest publication, in the past for what happened', async () => {
    const corpus = await seedCorpus();
    // Published 24 Jan 2020: "Dec. 31" is the one just gone, not 31 Dec 2020.
    expect(mention(corpus, UPI, 'Dec. 31', /attack on the U\.S\. Embassy/)).toMatchObject({ date: '2019-12-31', basis: 'publication' });
    expect(mention(corpus, BUSINESS_INSIDER, 'January 3', /drone strike/).date).toBe('2020-01-03');
    expect(mention(corpus, NO_PUBLISHER, 'January 3', /Baghdad airport/).date).toBe('2020-01-03');
    expect(mention(corpus, NO_PUBLISHER, 'October', /since October/)).toMatchObject({ date: '2019-10-01', precision: 'month' });
    expect(mention(corpus, CGTN, 'December 31, 2019', /funeral procession/)).toMatchObject({ date: '2019-12-31', basis: 'text' });
  });

  it('dates weeks, months and years with their own precision, not a fake exact day', async () => {
    const corpus = await seedCorpus();
    expect(mention(corpus, CGTN, 'last week', /36-rocket attack/)).toMatchObject({ date: '2019-12-23', precision: 'week' });
    expect(mention(corpus, UPI, 'this week', /urged followers/)).toMatchObject({ date: '2020-01-20', precision: 'week' });
    expect(mention(corpus, UPI, 'Earlier this month', /Parliament passed/)).toMatchObject({ date: '2020-01-01', precision: 'month' });
    expect(mention(corpus, UPI, 'this month', /3,000 troops/)).toMatchObject({ date: '2020-01-01', precision: 'month' });
    expect(mention(corpus, UPI, '2003', /arrived in Iraq/)).toMatchObject({ date: '2003-01-01', precision: 'year' });
    expect(mention(corpus, UPI, 'late 2011', /operational phase/)).toMatchObject({ date: '2011-01-01', precision: 'year' });
  });

  it('finds no date in "march", "now", durations or phrases counted from another event', async () => {
    const corpus = await seedCorpus();
    const texts = corpus.annotations.dates.map((d) => d.text.toLowerCase());
    for (const bad of ['march', 'now', 'today', 'nearly 20 years', 'past nine years', 'two-day', 'several hours after']) {
      expect(
        texts.some((t) => t.includes(bad)),
        bad,
      ).toBe(false);
    }
    expect(corpus.annotations.dates.some((d) => d.date === '2011-01-24' || d.date === '2020-01-21')).toBe(false);
  });

  it('dates "three days before the airstrike" from the day the corpus gives the airstrike, not from publication', async () => {
    const corpus = await seedCorpus();
    // Counted from publication (24 Jan) it would be 21 Jan; the killing is dated 3 January by two other reports.
    const embassy = mentionsOf(corpus, UPI).filter((d) => /three days before/.test(corpus.passageById.get(d.passageId)!.text));
    expect(embassy.map((d) => [d.text, d.date, d.basis])).toEqual([
      ['this month', '2020-01-01', 'publication'],
      ['Dec. 31', '2019-12-31', 'publication'],
      ['three days before the U.S. airstrike killed commander Qassem Soleimani and set off', '2019-12-31', 'event'],
    ]);
    expect(corpus.annotations.dates.some((d) => d.date.startsWith('2020-03'))).toBe(false);
  });

  it('finds exactly these dates in the Democracy Now! and CGTN reports', async () => {
    const corpus = await seedCorpus();
    const summary = (a: string) => mentionsOf(corpus, a).map((d) => `${d.text}=${d.date}/${d.precision}`);
    expect(summary(DEMOCRACY_NOW)).toEqual(['Tuesday=2019-12-31/day', 'Wednesday=2020-01-01/day', 'Sunday=2019-12-29/day', 'Friday=2019-12-27/day']);
    expect(summary(CGTN)).toEqual(['Tuesday=2019-12-31/day', 'December 31, 2019=2019-12-31/day', 'last week=2019-12-23/week', 'Tuesday=2019-12-31/day']);
  });

  it('keeps each phrase at its exact place in the article file', async () => {
    const corpus = await seedCorpus();
    expect(corpus.annotations.dates.length).toBeGreaterThan(20);
    for (const d of corpus.annotations.dates) {
      const article = corpus.articleById.get(corpus.passageById.get(d.passageId)!.articleId)!;
      expect(articleText(SEED_DIR, article.file).slice(d.start, d.end)).toBe(d.text);
    }
  });
});

describe('findDates on sentences of any story', () => {
  const dates = (text: string, published: string | null) => findDates(text, published).map((d) => [d.text, d.date, d.precision]);

  it('sends a weekday forward when the clause looks ahead', () => {
    // Wednesday 10 March 2021
    expect(dates('The council will vote on the budget on Friday.', '2021-03-10')).toEqual([['Friday', '2021-03-12', 'day']]);
    expect(dates('The council voted on the budget on Friday.', '2021-03-10')).toEqual([['Friday', '2021-03-05', 'day']]);
    expect(dates('Officials said the bridge reopened last Friday.', '2021-03-12')).toEqual([['last Friday', '2021-03-05', 'day']]);
    expect(dates('Crowds gathered on Good Friday.', '2021-04-05')).toEqual([]);
  });

  it('puts a year-less date before publication in a past-tense report and after it in a future one', () => {
    expect(dates('The vote was held on Dec. 30.', '2020-01-02')).toEqual([['Dec. 30', '2019-12-30', 'day']]);
    expect(dates('The vote will be held on Jan. 5.', '2020-01-02')).toEqual([['Jan. 5', '2020-01-05', 'day']]);
    expect(dates('The strike ended on Jan. 5.', '2020-01-02')).toEqual([['Jan. 5', '2019-01-05', 'day']]);
    expect(yearFor(2, 29, '2021-03-01', 'past')).toBe('2020-02-29');
  });

  it('reads month names as months only where they are times', () => {
    expect(dates('Thousands joined the march on the capital.', '2021-05-02')).toEqual([]);
    expect(dates('May said the plan would fail.', '2021-05-02')).toEqual([]);
    expect(dates('The rains began in May and ended in late March 2020.', '2021-06-02')).toEqual([
      ['May', '2021-05-01', 'month'],
      ['March 2020', '2020-03-01', 'month'],
    ]);
  });

  it('skips durations, loose "today" and "now", and offsets from other events', () => {
    for (const text of [
      'Troops have been there for nearly 20 years.',
      'Prices rose over the past nine years.',
      'It ended a two-day standoff.',
      'The levee broke three days before the storm.',
      'Iraq today is a country torn by war.',
      'Now the river is falling.',
      'Sales fell 4% over the last year.',
      'The 2003 invasion changed everything.',
      'By 2,003 votes to 11, the motion passed.',
      'The count rose to 2000 after the vote.',
      'He was one of 1800 applicants.',
    ]) {
      expect(dates(text, '2021-05-02'), text).toEqual([]);
    }
  });

  it('resolves days, weeks, months and years counted from publication', () => {
    expect(dates('Protesters stormed the parliament today.', '2021-05-02')).toEqual([['today', '2021-05-02', 'day']]);
    expect(dates('The dam failed two days ago.', '2021-05-02')).toEqual([['two days ago', '2021-04-30', 'day']]);
    expect(dates('The mayor resigned yesterday.', '2021-05-02')).toEqual([['yesterday', '2021-05-01', 'day']]);
    expect(dates('Talks resume next week.', '2021-05-02')).toEqual([['next week', '2021-05-03', 'week']]);
    expect(dates('Prices rose last month.', '2021-01-15')).toEqual([['last month', '2020-12-01', 'month']]);
    expect(dates('The law passed last year.', '2021-01-15')).toEqual([['last year', '2020-01-01', 'year']]);
    expect(dates('The mine closed in mid-1998.', '2021-01-15')).toEqual([['mid-1998', '1998-01-01', 'year']]);
    expect(dates('The dam was built in the summer of 1962.', '2021-01-15')).toEqual([['1962', '1962-01-01', 'year']]);
  });

  it('dates a weekend to the week that holds it, counted from the day of publication', () => {
    // Sunday 21 January 2024: this weekend is the one under way, last weekend the one before.
    expect(dates('Hundreds of thousands took to the streets this weekend.', '2024-01-21')).toEqual([['this weekend', '2024-01-15', 'week']]);
    expect(dates('Smaller rallies were held last weekend.', '2024-01-21')).toEqual([['last weekend', '2024-01-08', 'week']]);
    // Monday: the weekend just gone is both "this" and "last" weekend.
    expect(dates('Protests spread this weekend.', '2024-01-22')).toEqual([['this weekend', '2024-01-15', 'week']]);
    expect(dates('Protests spread last weekend.', '2024-01-22')).toEqual([['last weekend', '2024-01-15', 'week']]);
    // Midweek: this weekend is coming, next weekend the one after, the past weekend the one gone.
    expect(dates('More rallies are planned this weekend.', '2024-01-24')).toEqual([['this weekend', '2024-01-22', 'week']]);
    expect(dates('Unions will march next weekend.', '2024-01-24')).toEqual([['next weekend', '2024-01-29', 'week']]);
    expect(dates('They marched over the past weekend.', '2024-01-24')).toEqual([['past weekend', '2024-01-15', 'week']]);
    expect(dates('It rained through the weekend.', '2024-01-24')).toEqual([]);
  });

  it('without a publication date keeps only dates that name themselves', () => {
    expect(dates('On Friday, the bridge opened; it was planned on March 3, 2019.', null)).toEqual([['March 3, 2019', '2019-03-03', 'day']]);
  });
});
