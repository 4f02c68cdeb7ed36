import { tokenize, type Token } from '../../../../../core/tokens.js';
import { MEETING_NOUNS } from '../../words.js';
import { isGatheringNoun } from '../gatheringNouns.js';
import type { DayRule, Located } from '../located.js';

type Kind = 'meeting' | 'protest' | null;

/** What a noun names: a meeting people sit through, a protest, or neither. */
function kindOf(t: Token | undefined): Kind {
  if (!t || t.kind !== 'word') return null;
  if (MEETING_NOUNS.has(t.lower)) return 'meeting';
  return isGatheringNoun(t) ? 'protest' : null;
}

/**
 * The kind of gathering a claim's figure is about in its sentence: the first meeting or protest noun after the
 * figure before the next figure of the sentence, else the last one before it after the figure before.
 */
function claimKind(l: Located, starts: number[]): Kind {
  const tokens = tokenize(l.passage.text);
  const at = l.claim.start - l.passage.start;
  const figure = tokens.findIndex((t) => t.start >= at);
  if (figure < 0) return null;
  const next = starts.find((s) => s > at) ?? Infinity;
  const before = [...starts].reverse().find((s) => s < at) ?? -1;
  for (let k = figure + 1; k < tokens.length && tokens[k]!.start < next; k++) {
    const kind = kindOf(tokens[k]);
    if (kind) return kind;
  }
  for (let k = figure - 1; k >= 0 && tokens[k]!.start > before; k--) {
    const kind = kindOf(tokens[k]);
    if (kind) return kind;
  }
  return null;
}

export const meetingApart: DayRule = {
  name: 'meeting-apart',
  reason:
    'Two crowds one sentence counts, one at a protest and one at a meeting people sit through ("nearly 1,000 people took part in a silent vigil for peace, and 300 stayed for an organizing meeting", "the meeting dwindled to 125 …, about 25 people spontaneously participated in the ad-hoc march"), are two gatherings, though of one day and place; a march and a rally are not told apart.',
  apply: (groups) =>
    groups.flatMap((group) => {
      const byPassage = new Map<string, Located[]>();
      for (const l of group) byPassage.set(l.claim.passageId, [...(byPassage.get(l.claim.passageId) ?? []), l]);
      const apart: Located[] = [];
      for (const same of byPassage.values()) {
        if (same.length < 2) continue;
        same.sort((a, b) => a.claim.start - b.claim.start);
        const starts = same.map((l) => l.claim.start - l.passage.start).sort((a, b) => a - b);
        const kinds = same.map((l) => claimKind(l, starts));
        const first = kinds[0];
        if (!first) continue;
        same.forEach((l, i) => {
          if (kinds[i] && kinds[i] !== first) apart.push(l);
        });
      }
      if (!apart.length) return [group];
      return [group.filter((l) => !apart.includes(l)), apart];
    }),
};
