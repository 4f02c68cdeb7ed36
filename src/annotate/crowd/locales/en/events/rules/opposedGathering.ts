import { matchWords, tokenize } from '../../../../../core/tokens.js';
import type { Rule } from '../../../../../core/rules.js';
import { JOINED_GATHERING_VERBS, OBJECT_OPPOSING_VERBS, ON_BEHALF_OF, OPPOSED_REACH, OPPOSING_VERBS } from '../../words.js';
import { isGatheringNoun } from '../gatheringNouns.js';
import type { DayRule, Located } from '../located.js';

const DIRECT_OBJECT_OPENERS = new Set(['the', 'a', 'an']);

/** The figure's token and the passage's tokens. */
function figureTokens(l: Located) {
  const tokens = tokenize(l.passage.text);
  return { tokens, figure: tokens.findIndex((t) => t.start >= l.claim.start - l.passage.start) };
}

/** The claim's figure is in the object of an opposing verb of its sentence ("to counter an anti-immigrant protest of 25"). */
function isOpposed(l: Located): boolean {
  const { tokens, figure } = figureTokens(l);
  for (let k = figure - 1; k >= 0 && k >= figure - OPPOSED_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (OPPOSING_VERBS.has(t.lower)) return true;
    // "gathered … to protest some 2,000 Israel supporters": a crowd as the object right after "protest"
    if (OBJECT_OPPOSING_VERBS.has(t.lower) && tokens.slice(k + 1, figure).every((o) => DIRECT_OBJECT_OPENERS.has(o.lower))) return true;
  }
  return false;
}

/** The claim's figure sizes a gathering another crowd of its sentence joined: "where they joined a demonstration of 200". */
function isJoined(l: Located): boolean {
  const { tokens, figure } = figureTokens(l);
  return (
    tokens[figure - 1]?.lower === 'of' &&
    isGatheringNoun(tokens[figure - 2]) &&
    DIRECT_OBJECT_OPENERS.has(tokens[figure - 3]?.lower ?? '') &&
    JOINED_GATHERING_VERBS.has(tokens[figure - 4]?.lower ?? '')
  );
}

/** The claim's figure counts people a crowd of its sentence stands by: "marched … in support of the 70,000 teachers". */
function isSupported(l: Located): boolean {
  const { tokens, figure } = figureTokens(l);
  const before = tokens[figure - 1]?.lower === 'the' ? figure - 1 : figure;
  return ON_BEHALF_OF.some((words) => matchWords(tokens, before - words.length, words));
}

/** A day rule that sets apart, as a gathering of their own, the claims `isOther` tells of a crowd after another counted crowd of their sentence. */
function otherGathering(rule: Rule, isOther: (l: Located) => boolean): DayRule {
  return {
    ...rule,
    apply: (groups) =>
      groups.flatMap((group) => {
        const others = group.filter(
          (l) => group.some((o) => o !== l && o.claim.passageId === l.claim.passageId && o.claim.start < l.claim.start) && isOther(l),
        );
        if (!others.length) return [group];
        return [group.filter((l) => !others.includes(l)), others];
      }),
  };
}

export const opposedGathering: DayRule = otherGathering(
  {
    name: 'opposed-gathering',
    reason:
      'A crowd that a counted crowd of the same sentence opposes ("50 antiracist protesters turned out to counter an anti-immigrant protest of 25", "the counterprotest swelled to 600 as it faced 15 Nazis", "150 people gathered to protest some 2,000 supporters") is a gathering of its own, though at the same place and day.',
  },
  isOpposed,
);

export const joinedGathering: DayRule = otherGathering(
  {
    name: 'joined-gathering',
    reason:
      'A gathering that a counted crowd of the same sentence went on to join ("350 students walked out for a rally on campus, followed by a march downtown, where they joined a demonstration of 200") is a gathering of its own, though at the same place and day.',
  },
  isJoined,
);

export const supportedGathering: DayRule = otherGathering(
  {
    name: 'supported-gathering',
    reason:
      'A crowd that a counted crowd of the same sentence stands by ("more than 300,000 people marched through Oaxaca City in support of the 70,000 teachers, who have been on strike since May 22") is a gathering of its own (their strike), though named on the same day and place.',
  },
  isSupported,
);
