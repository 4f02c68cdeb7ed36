import type { DateMention } from '../../../../../dates/types.js';
import { ENTRY_DATE_MARK } from '../../words.js';
import { paragraphOf, type DatingRule } from '../dating.js';

/** The day a paragraph's first sentence opens with before a colon ("April 18, 1958: Dodgers first game."), else undefined. */
function entryHeading(first: { start: number; text: string } | undefined, mentions: DateMention[] | undefined): DateMention | undefined {
  if (!first || !mentions) return undefined;
  return mentions.find((d) => d.start - first.start <= 1 && ENTRY_DATE_MARK.test(first.text.slice(d.end - first.start)));
}

export const entryDay: DatingRule = {
  name: 'entry-day',
  reason:
    'Else, in a chronology written as dated entries (a paragraph opening "Oct. 6, 1923: First football game." then "Attendance: 12,836."), the day that opens the claim\'s paragraph before a colon, not the day the rest of the article names most: each entry is a gathering of its own day.',
  date: (input) => {
    const day = input.index.memo(`entry-day:${input.passage.paragraph}`, () => {
      const first = paragraphOf(input)[0];
      return entryHeading(first, first && input.byPassage.get(first.id))?.date ?? null;
    });
    return day ? [day, 'paragraph'] : undefined;
  },
};
