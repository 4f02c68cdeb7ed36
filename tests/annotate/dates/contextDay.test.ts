import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../support/corpus.js';

/** The dates found in one article's body: "phrase=date" in reading order. */
async function datesOf(body: string, published = '2020-01-02'): Promise<string[]> {
  const dir = writeCorpus({ 'a.md': `---\ntitle: A report\npublisher: Test Wire\npublished: ${published}\n---\n${body}` });
  const { corpus } = await loadCorpus(dir, { snapshot: false });
  return corpus.annotations.dates.map((d) => `${d.text}=${d.date}${d.precision === 'day' ? '' : `/${d.precision}`}`);
}

describe('days counted from the date the report has just given', () => {
  it('"the next day", "two days later", "that night" in the same sentence as the date', async () => {
    expect(await datesOf('Protesters stormed the embassy on Dec. 29 and left the next day.')).toEqual(['Dec. 29=2019-12-29', 'the next day=2019-12-30']);
    expect(await datesOf('The strike began on Dec. 27; two days later, the talks failed.')).toEqual(['Dec. 27=2019-12-27', 'two days later=2019-12-29']);
    expect(await datesOf('Crowds gathered on Dec. 31 and that night fires were set.')).toEqual(['Dec. 31=2019-12-31', 'that night=2019-12-31']);
    expect(await datesOf('The ministers met on Dec. 30, a week earlier than planned.')).toEqual(['Dec. 30=2019-12-30', 'a week earlier=2019-12-23']);
    // "four days before" standing alone counts from the day just given; before words of a happening it names that one
    expect(await datesOf('On Dec. 28, 200 people rallied. The rally was called four days before, and news spread.')).toEqual([
      'Dec. 28=2019-12-28',
      'four days before=2019-12-24',
    ]);
    expect(await datesOf('On Dec. 28, 200 people rallied. It came four days before the vote was held.')).toEqual(['Dec. 28=2019-12-28']);
  });

  it('"that same day" and "earlier in the day" from the sentence before, not "the same day" told of no day', async () => {
    expect(await datesOf('Some 5,000 people marched on Dec. 28. That same day, 3,000 marched across the bridge.')).toEqual([
      'Dec. 28=2019-12-28',
      'That same day=2019-12-28',
    ]);
    expect(await datesOf('Officials imposed a curfew on Dec. 28.\n\nEarlier in the day, protesters forced a march to be cancelled.')).toEqual([
      'Dec. 28=2019-12-28',
      'Earlier in the day=2019-12-28',
    ]);
    expect(await datesOf('Police said the same thing happened every day. That same day was never named.')).toEqual([]);
  });

  it('from the sentence before, and on along one paragraph', async () => {
    expect(
      await datesOf(
        'Militia supporters stormed the compound on Dec. 31.\n\nThe next day, troops fired tear gas. Hours later, the leaders ordered a withdrawal.',
      ),
    ).toEqual(['Dec. 31=2019-12-31', 'The next day=2020-01-01', 'Hours later=2020-01-01']);
  });

  it('past sentences that give no date, up to three paragraphs back, from a date the text gave itself (context-lookback)', async () => {
    expect(
      await datesOf(
        'About 700 people came to a hearing on March 13.\n\nOne asked why he was treated like an animal. Another wept.\n\nThe next day a coalition rallied outside the offices.',
        '2007-03-23',
      ),
    ).toEqual(['March 13=2007-03-13', 'The next day=2007-03-14']);
    // negative: a month given in between moves the story off the day; four paragraphs with no date are too far
    expect(
      await datesOf(
        'About 700 people came to a hearing on March 13.\n\nIn February, raids had hit three towns.\n\nThe next day a coalition rallied.',
        '2007-03-23',
      ),
    ).toEqual(['March 13=2007-03-13', 'February=2007-02-01/month']);
    expect(
      await datesOf(
        'About 700 people came to a hearing on March 13.\n\nOne asked why.\n\nAnother wept.\n\nA third left.\n\nThe next day a coalition rallied.',
        '2007-03-23',
      ),
    ).toEqual(['March 13=2007-03-13']);
    // negative: a date after "since" or inside a quoted title is no day the story is at
    expect(
      await datesOf('On June 16, 300,000 marched with the teachers, on strike since May 22.\n\nIt answered a police attack two days earlier.', '2006-06-30'),
    ).toEqual(['June 16=2006-06-16', 'May 22=2006-05-22', 'two days earlier=2006-06-14']);
    expect(
      await datesOf(
        'Students picketed a talk on "Democracy after September 11." Police watched.\n\nThe next day, 200 students attended a speak-out.',
        '2002-04-19',
      ),
    ).toEqual(['September 11=2001-09-11']);
  });

  it("not past a paragraph break from a day that was itself counted, nor past the report's own date in a past-tense sentence", async () => {
    const dates = await datesOf(
      'Militia supporters stormed the compound on Dec. 31. The next day, troops fired tear gas.\n\nTwo days later, the last protesters left.',
    );
    expect(dates).toEqual(['Dec. 31=2019-12-31', 'The next day=2020-01-01']);
    // Jan. 3 would come after a report of Jan. 2 that tells it as done.
    expect(await datesOf('The militia withdrew on Jan. 1. Two days later, the embassy reopened.')).toEqual(['Jan. 1=2020-01-01']);
    // Told as still to come, it may lie ahead.
    expect(await datesOf('The vote is set for March 3, and the count will begin the next day.', '2020-02-20')).toEqual([
      'March 3=2020-03-03',
      'the next day=2020-03-04',
    ]);
  });

  it('past a paragraph break from a phrase counted with no days, which stands on the day the text gave (same-day-anchor)', async () => {
    // Friday 11 May 2001: "That day" is May 2, so "A week earlier" a paragraph on is April 25.
    expect(
      await datesOf(
        'Some 3,000 students marched on May 2. That day, protests also took place at UNC.\n\nThese were not the first demonstrations. A week earlier, students marched across campus.',
        '2001-05-11',
      ),
    ).toEqual(['May 2=2001-05-02', 'That day=2001-05-02', 'A week earlier=2001-04-25']);
    // negative: "that night" after a day counted with days ("The next day") is no day the text gave
    expect(
      await datesOf(
        'Militia supporters stormed the compound on Dec. 29. The next day, troops came, and that night they fired.\n\nTwo days later, the last left.',
      ),
    ).toEqual(['Dec. 29=2019-12-29', 'The next day=2019-12-30', 'that night=2019-12-30']);
  });

  it('never from publication, a headline or a caption, and not "the day after the vote", which names another happening', async () => {
    expect(await datesOf('The next day, troops fired tear gas.')).toEqual([]);
    expect(await datesOf('Protesters gathered on Dec. 31.\n\nThe day after the vote, troops fired tear gas.')).toEqual(['Dec. 31=2019-12-31']);
    expect(await datesOf('Protesters gathered on Dec. 31.\n\nThe day after, troops fired tear gas.')).toEqual([
      'Dec. 31=2019-12-31',
      'The day after=2020-01-01',
    ]);
    const captioned = 'Protesters gather outside the embassy on Dec. 31. Photo by Ali Hassan/AFP\n\nThe next day, troops fired tear gas.';
    expect(await datesOf(captioned)).toEqual(['Dec. 31=2019-12-31']);
  });

  it('"the following week" is the week after', async () => {
    expect(await datesOf('Talks opened on Dec. 18 and resumed the following week.')).toEqual(['Dec. 18=2019-12-18', 'the following week=2019-12-23/week']);
  });
});

describe('"two days after the march": the word "march" describes a happening', () => {
  it('counts in finding the day the corpus gives that happening, where a date beside it ("March 8") does not', async () => {
    const dates = await datesOf(
      [
        'Thousands joined a march to the parliament on Dec. 5.',
        'Police cleared the parliament square on Dec. 9.',
        'Two days after the march to the parliament, talks began.',
        'Unions plan a strike on March 8.',
        'The ministers met the unions.',
        'Prices rose again.',
        'Schools stayed shut.',
        'Trains ran late.',
        'The mayor stayed silent.',
        'Shops reopened.',
      ].join('\n\n'),
      '2019-12-20',
    );
    expect(dates).toContain('Two days after the march to the parliament=2019-12-07');
  });
});
