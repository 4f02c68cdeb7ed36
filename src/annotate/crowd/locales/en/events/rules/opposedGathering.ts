import { tokenize } from '../../../../../core/tokens.js';
import { OBJECT_OPPOSING_VERBS, OPPOSED_REACH, OPPOSING_VERBS } from '../../words.js';
import type { DayRule, Located } from '../located.js';

const DIRECT_OBJECT_OPENERS = new Set(['the', 'a', 'an']);

/** The claim's figure is in the object of an opposing verb of its sentence ("to counter an anti-immigrant protest of 25"). */
function isOpposed(l: Located): boolean {
  const tokens = tokenize(l.passage.text);
  const figure = tokens.findIndex((t) => t.start >= l.claim.start - l.passage.start);
  for (let k = figure - 1; k >= 0 && k >= figure - OPPOSED_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (OPPOSING_VERBS.has(t.lower)) return true;
    // "gathered … to protest some 2,000 Israel supporters": a crowd as the object right after "protest"
    if (OBJECT_OPPOSING_VERBS.has(t.lower) && tokens.slice(k + 1, figure).every((o) => DIRECT_OBJECT_OPENERS.has(o.lower))) return true;
  }
  return false;
}

export const opposedGathering: DayRule = {
  name: 'opposed-gathering',
  reason:
    'A crowd that a counted crowd of the same sentence opposes ("50 antiracist protesters turned out to counter an anti-immigrant protest of 25", "the counterprotest swelled to 600 as it faced 15 Nazis", "150 people gathered to protest some 2,000 supporters") is a gathering of its own, though at the same place and day.',
  apply: (groups) =>
    groups.flatMap((group) => {
      const opposed = group.filter(
        (l) => group.some((o) => o !== l && o.claim.passageId === l.claim.passageId && o.claim.start < l.claim.start) && isOpposed(l),
      );
      if (!opposed.length) return [group];
      return [group.filter((l) => !opposed.includes(l)), opposed];
    }),
};
