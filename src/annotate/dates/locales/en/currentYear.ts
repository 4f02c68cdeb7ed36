import type nlpType from 'compromise';
import { isoFromParts } from '../../../../corpus/isoDate.js';
import { lazyModule } from '../../../../text/lazyModule.js';
import { addDays, yearFor, type Direction } from '../../calendar.js';
import { CURRENT_YEAR_NEAR_DAYS, SINCE_BEFORE } from './constants.js';
import { clauseBounds, namedThing, yearlessDirectionOf } from './tense.js';

const compromise = lazyModule<typeof nlpType>('compromise');

export const CURRENT_YEAR = {
  name: 'current-year',
  reason:
    'A day written without its year is of the publication\'s own year when that day lies within eight weeks ahead of publication, though the tense of the telling points back, unless the date\'s own verb is in the past: news and wire style write a day\'s year only when it is not the current one, so "voted to strike on March 24", "could not proceed until a final ruling on May 7" or "confident of reaching an agreement before April 30", in a report of mid-March, is the coming day, not the one of the year before: the past verb tells when it was said or decided, the infinitive or gerund nearest the date what lies ahead; "the crews struck on Dec. 30" stays in the past.',
} as const;

/**
 * The year-less day `month`/`day` written at [start, end) of `text`, as the tense reads it (`direction`, by default
 * `yearlessDirectionOf`), or, by `current-year`, the same day in the publication's own year when the tense of the telling
 * sent it back to the year before and the own year's day lies within `CURRENT_YEAR_NEAR_DAYS` ahead of publication. Not
 * a day after "since", nor one that names a thing known once done ("the Oct. 7 attack"): those say themselves that the
 * day is behind. `overridden` says the reading fired.
 */
export function yearlessDate(
  month: number,
  day: number,
  published: string,
  at: { text: string; start: number; end: number },
  direction: Direction = yearlessDirectionOf(at.text, at.start, at.end),
): { date: string | null; overridden: boolean } {
  const byTense = yearFor(month, day, published, direction);
  const own = isoFromParts(Number(published.slice(0, 4)), month, day);
  if (!byTense || !own || byTense === own) return { date: byTense, overridden: false };
  if (SINCE_BEFORE.test(at.text.slice(0, at.start)) || namedThing(at.text, at.start, at.end)?.kind === 'done') return { date: byTense, overridden: false };
  // Only a coming day the tense sent back a year: a day of the year after, told ahead, may be a fiscal year's end
  // ("fiscal 1987/88 ending March 31"), which the text dates by its own years.
  if (!(byTense < published && own > published && own <= addDays(published, CURRENT_YEAR_NEAR_DAYS))) return { date: byTense, overridden: false };
  return ownVerbInPast(at.text, at.start, at.end) ? { date: byTense, overridden: false } : { date: own, overridden: true };
}

/**
 * Whether the verb nearest before the date, in its clause (else in the sentence before it), is in the past ("struck on",
 * "was released on", "ran until"): the date is then the day of what that verb tells, behind publication. An infinitive,
 * a gerund or a present ("to strike on", "proceed until a ruling on", "reaching … before", "which is … starting") is not.
 * No verb before the date: the sentence's tense stands.
 */
function ownVerbInPast(text: string, start: number, end: number): boolean {
  const { from } = clauseBounds(text, start, end);
  const verbs = (compromise()(text).match('#Verb').json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>)
    .flatMap((v) => v.terms)
    // A phrasal verb's particle ("walked out") is no verb of its own.
    .filter((t) => t.offset.start < start && !t.tags.includes('Particle'));
  const own = verbs.filter((t) => t.offset.start >= from).at(-1) ?? verbs.at(-1);
  return !own || own.tags.includes('PastTense');
}
