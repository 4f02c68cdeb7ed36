import { nearestToGathering, type DatingRule } from '../dating.js';

export const sentenceDay: DatingRule = {
  name: 'sentence-day',
  reason: "A day in the claim's own sentence, the one nearest the figure or a gathering word, is the gathering's.",
  date: ({ claim, passage, byPassage }) => {
    const own = byPassage.get(passage.id);
    return own?.length ? [nearestToGathering(own, claim, passage)!.date, 'passage'] : undefined;
  },
};
