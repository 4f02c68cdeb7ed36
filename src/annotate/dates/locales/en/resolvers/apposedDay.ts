import type { DateMention, DateResolver } from '../../../types.js';
import { dayMentionsByPassage } from './dayMentions.js';
import { apposedDateStart } from '../apposition.js';
import { TODAY_PHRASE } from '../constants.js';
import { contextPhrases } from './contextDay.js';

/**
 * `apposed-day`: a relative day set beside the date it means ("it had to be tonight – Dec. 30", "two days
 * later, on Thursday") is that date: the writer says which day it is, so it is counted neither from
 * publication nor from the day before.
 */
export const apposedDay: DateResolver = {
  name: 'apposed-day',
  reason:
    'A relative day set beside the date it means ("tonight – Dec. 30", "two days later, on Thursday") is that date, counted neither from publication nor from the day before.',
  resolve({ passages, mentions }) {
    const byPassage = dayMentionsByPassage(mentions);
    const found: DateMention[] = [];
    for (const passage of passages) {
      const days = byPassage.get(passage.id);
      if (!days || passage.kind !== 'body') continue;
      const phrases = [...[...passage.text.matchAll(TODAY_PHRASE)].map((m) => ({ index: m.index, text: m[0] })), ...contextPhrases(passage.text)];
      for (const phrase of phrases) {
        const start = passage.start + phrase.index;
        const end = start + phrase.text.length;
        if (days.some((d) => d.start < end && start < d.end)) continue;
        const at = apposedDateStart(passage.text, phrase.index + phrase.text.length);
        const date = at < 0 ? undefined : days.find((d) => d.start === passage.start + at && d.basis !== 'context');
        if (date) found.push({ passageId: passage.id, start, end, text: phrase.text, date: date.date, precision: 'day', basis: 'context' });
      }
    }
    return found;
  },
};
