import { addDays, weekdayOf, weekdayOnOrAfter } from '../../../calendar.js';
import type { DateMention, DateResolver } from '../../../types.js';
import { quotationSpans } from '../../../../../passages/sentences.js';
import type { Passage } from '../../../../../passages/types.js';
import { BARE_WEEKDAY, NARRATIVE_SPAN_DAYS, NARRATIVE_WEEKDAY_SENTENCES, POSSESSIVE_AFTER, SAYING_BEFORE, SINCE_IN_CLAUSE } from '../constants.js';
import { clauseAround, looksAhead, namesAThing, toldInPast } from '../tense.js';
import { leadPassages } from './leadPassages.js';

/**
 * `narrative-weekday`: a weekday named alone in a story the report is telling from a day it gave ("called to the hospital
 * on 3 February … in the early hours of Sunday morning, he received a call"; "scheduling every worker for May 1 … When
 * five of the workers went back to work on Tuesday") is the first such weekday after that day, as the story runs on,
 * not the latest before publication, which the news convention takes, when that lies more than a week after the day
 * told. Only a weekday told as done, a few sentences after the day, with no other date between; never a weekday of a
 * saying ("James Jeffrey said Thursday": the report's own news), nor counted from a day in a quotation or one a "since"
 * names (background: "a hot-button issue since a U.S. strike killed … on January 3"), nor a weekday that names a
 * happening known already ("Friday's march") or is the day the report's lead told (its own news: "gathered … on Friday"),
 * nor one after a day more than a month before publication (`narrative-span`).
 */

/**
 * Whether a day may carry a story on: not one quoted, nor one of a "since" clause, nor one that names a thing (`thing-day-no-anchor`:
 * "the mastermind behind the Oct. 7 attack" names the attack, the story is not told from its day).
 */
function tellsTheStory(m: DateMention, passage: Passage): boolean {
  const at = m.start - passage.start;
  if (quotationSpans(passage.text).some((q) => q.start < at && at < q.end)) return false;
  if (namesAThing(passage.text, at, at + m.text.length)) return false;
  return !SINCE_IN_CLAUSE.test(passage.text.slice(0, at));
}

/** The day mentions of each article's lead (its first body sentences): its own news. */
function daysOfLeads(passages: Passage[], mentions: DateMention[]): Map<string, DateMention[]> {
  const lead = leadPassages(passages);
  const days = new Map<string, DateMention[]>();
  for (const m of mentions) {
    const article = lead.get(m.passageId);
    if (article && m.precision === 'day') days.set(article, [...(days.get(article) ?? []), m]);
  }
  return days;
}

export const narrativeWeekday: DateResolver = {
  name: 'narrative-weekday',
  reason:
    'A weekday named alone a few sentences after a day the story told ("on 3 February … on Sunday morning") is the first such weekday after that day when the latest one before publication lies more than a week later.',
  resolve({ passages, mentions, published }) {
    const at = new Map(passages.map((p, i) => [p.id, i]));
    const leadDays = daysOfLeads(passages, mentions);
    const found: DateMention[] = [];
    let last: { date: string; article: string; index: number } | null = null;
    for (const m of mentions) {
      const index = at.get(m.passageId);
      const passage = index === undefined ? undefined : passages[index];
      if (!passage || index === undefined || m.precision !== 'day') continue;
      const anchor = last && last.article === passage.articleId && index - last.index <= NARRATIVE_WEEKDAY_SENTENCES ? last : null;
      last = tellsTheStory(m, passage) ? { date: m.date, article: passage.articleId, index } : null;
      if (!anchor || m.basis !== 'publication' || !BARE_WEEKDAY.test(m.text) || m.date <= addDays(anchor.date, 7)) continue;
      // Only a weekday read as gone: one read ahead or nearest ("said details would be made public after a meeting on Friday") keeps its reading.
      const day = published(passage.articleId) ?? '';
      if (m.date > day || anchor.date < addDays(day, -NARRATIVE_SPAN_DAYS)) continue;
      const start = m.start - passage.start;
      const clause = clauseAround(passage.text, start, start + m.text.length);
      if (!toldInPast(clause) || looksAhead(clause) || SAYING_BEFORE.test(passage.text.slice(0, start))) continue;
      if (POSSESSIVE_AFTER.test(passage.text.slice(start)) || leadDays.get(passage.articleId)?.some((d) => d !== m && d.date === m.date)) continue;
      const date = weekdayOnOrAfter(anchor.date, weekdayOf(m.date), true);
      found.push({ ...m, rules: [], date, basis: 'context' });
      last = { date, article: passage.articleId, index };
    }
    return found;
  },
};
