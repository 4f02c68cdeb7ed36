import { tokenize } from '../../../../../core/tokens.js';
import { changedTo } from '../../claims/rules/sizeChange.js';
import type { LocateRule, Located } from '../located.js';

export const sizeChangePlace: LocateRule = {
  name: 'size-change-place',
  reason:
    'A size a crowd changed to, after an earlier figure of its sentence ("Some 20,000 protesters marched through the streets of Rome to the Piazza del Popolo, where the crowd swelled to about 50,000"), is the same crowd at the place found for that figure, not where it went.',
  apply(located) {
    const byPassage = new Map<string, Located[]>();
    for (const l of located) byPassage.set(l.claim.passageId, [...(byPassage.get(l.claim.passageId) ?? []), l]);
    for (const l of located) {
      const earlier = byPassage.get(l.claim.passageId)!.filter((o) => o.claim.start < l.claim.start && o.place);
      if (!earlier.length) continue;
      const tokens = tokenize(l.passage.text);
      const figure = tokens.findIndex((t) => t.start >= l.claim.start - l.passage.start);
      if (figure > 0 && changedTo(tokens, figure)) l.place = earlier[earlier.length - 1]!.place;
    }
  },
};
