import type { Passage } from '../passages/types.js';
import { addDays, mondayOf } from './dateCalendar.js';
import type { DateMention } from './dates.js';

/**
 * "The next day", "two days later", "that night": a day counted from the date
 * the report has just given, as a reader counts it. The date is the last
 * day-precise one before the phrase in its sentence, else the last of the
 * sentence before (of the same article, no headline or caption in between;
 * past a paragraph break, only a date that sentence gives itself). With none,
 * the phrase is skipped: it is never counted from publication.
 */

const COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** What may follow a phrase that stands alone: a clause mark, the sentence's end, or a new clause's verb. */
const STANDS_ALONE = '(?=\\s*(?:[,.;:!?)\\u2014\\u2013]|$))';

const FORMS: { pattern: RegExp; offset: (m: RegExpExecArray) => { days: number; precision: 'day' | 'week' } }[] = [
  {
    // "the next day", "the following morning", "the previous night"
    pattern: /\bthe\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night)\b/gi,
    offset: (m) => ({ days: /^(?:next|following)$/i.test(m[1]!) ? 1 : -1, precision: 'day' }),
  },
  {
    // "the next week", "the following week": the week after
    pattern: /\bthe\s+(next|following|previous|preceding)\s+week\b/gi,
    offset: (m) => ({ days: /^(?:next|following)$/i.test(m[1]!) ? 7 : -7, precision: 'week' }),
  },
  {
    // "the day after," on its own; "the day after the vote" names another happening instead.
    pattern: new RegExp(`\\bthe\\s+(day|morning|night)\\s+(after|before)${STANDS_ALONE}`, 'gi'),
    offset: (m) => ({ days: /^after$/i.test(m[2]!) ? 1 : -1, precision: 'day' }),
  },
  {
    // "two days later", "a week earlier"
    pattern: new RegExp(`\\b${COUNT}\\s+(days?|weeks?)\\s+(later|earlier|afterwards?)\\b`, 'gi'),
    offset: (m) => {
      const n = (NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2]!) ? 7 : 1);
      return { days: /^earlier$/i.test(m[3]!) ? -n : n, precision: 'day' };
    },
  },
  {
    // "that night", "later that day", "the same day", "hours later"
    pattern: /\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b|\b(?:hours|minutes|moments)\s+(?:later|afterwards?)\b/gi,
    offset: () => ({ days: 0, precision: 'day' }),
  },
];

/** Whether the passage can hold a phrase at all: a cheap test before the patterns. */
const MAY_HOLD = /\b(?:next|following|previous|preceding|after|before|later|earlier|afterwards?|that|same)\b/i;

/**
 * `published` gives each article's publication date; `looksAhead` says whether
 * a sentence tells of something still to come. A day counted past publication
 * in a sentence that does not look ahead is a miscount (the phrase counts from
 * some other day) and is skipped.
 */
export function resolveDateAnaphora(
  passages: Passage[],
  mentions: DateMention[],
  published: (articleId: string) => string | null,
  looksAhead: (sentence: string) => boolean,
): DateMention[] {
  // Day-precise dates per passage, in text order; resolved phrases join them, so "a day later" can follow "the next day".
  const days = new Map<string, DateMention[]>();
  const addDay = (m: DateMention) => {
    if (m.precision !== 'day') return;
    const list = days.get(m.passageId) ?? [];
    list.push(m);
    days.set(m.passageId, list.sort((a, b) => a.end - b.end));
  };
  mentions.forEach(addDay);
  const found: DateMention[] = [];
  let previous: Passage | undefined;
  for (const passage of passages) {
    const before = previous?.articleId === passage.articleId && previous.kind === 'body' ? previous : undefined;
    previous = passage;
    if (passage.kind !== 'body' || !MAY_HOLD.test(passage.text)) continue;
    const phrases = FORMS.flatMap((form) => [...passage.text.matchAll(form.pattern)].map((m) => ({ m, ...form.offset(m) })));
    for (const { m, days: offset, precision } of phrases.sort((a, b) => a.m.index - b.m.index)) {
      const start = passage.start + m.index;
      const end = start + m[0].length;
      const own = days.get(passage.id) ?? [];
      if (own.some((d) => d.start < end && start < d.end)) continue;
      // Across a paragraph break, only a date the text gives itself: a chain of "later"s soon loses its count.
      const sameParagraph = before?.paragraph === passage.paragraph;
      const anchor =
        own.filter((d) => d.end <= start).at(-1) ??
        (before ? days.get(before.id)?.filter((d) => sameParagraph || d.basis !== 'context').at(-1) : undefined);
      if (!anchor) continue;
      const day = addDays(anchor.date, offset);
      const pub = published(passage.articleId);
      if (pub && day > pub && !looksAhead(passage.text)) continue;
      const mention: DateMention = {
        passageId: passage.id,
        start,
        end,
        text: m[0],
        date: precision === 'week' ? mondayOf(day) : day,
        precision,
        basis: 'context',
      };
      found.push(mention);
      addDay(mention);
    }
  }
  return found;
}
