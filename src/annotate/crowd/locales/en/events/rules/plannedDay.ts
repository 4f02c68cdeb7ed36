import type { Rule } from '../../../../../core/rules.js';
import { directionOf } from '../../../../../dates/locales/en/tense.js';
import type { DateMention } from '../../../../../dates/types.js';
import type { DatingInput } from '../dating.js';

export const plannedDay: Rule = {
  name: 'planned-day',
  reason:
    'A day its sentence tells as ahead ("the eight men that will gather to meet in Gleneagles on July 6") is the day of a plan: it may date a forecast ("Organizers expect 20,000") but not a crowd that turned out, which the borrowing dating rules then date by the days told as held.',
};

/** Of the days `mentions` an article's other sentences give, those that may date the claim: all for a forecast, else none told as ahead. */
export function daysToBorrow(input: DatingInput, mentions: DateMention[]): DateMention[] {
  if (input.claim.forecast) return mentions;
  const byId = input.index.memo('passages-by-id', () => new Map(input.sameArticle.map((p) => [p.id, p])));
  return mentions.filter((d) => {
    const p = byId.get(d.passageId);
    return !p || directionOf(p.text, d.start - p.start, d.end - p.start) !== 'future';
  });
}
