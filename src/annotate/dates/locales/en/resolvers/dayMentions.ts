import type { DateMention } from '../../../types.js';

/** The day-precise mentions of each passage, in the order given. */
export function dayMentionsByPassage(mentions: readonly DateMention[]): Map<string, DateMention[]> {
  const byPassage = new Map<string, DateMention[]>();
  for (const m of mentions) {
    if (m.precision !== 'day') continue;
    const list = byPassage.get(m.passageId);
    if (list) list.push(m);
    else byPassage.set(m.passageId, [m]);
  }
  return byPassage;
}
