import type { Token } from '../../../../../core/tokens.js';
import { STAFF_NOUNS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { gatheringVerbAt } from './gatheringVerbAfter.js';

/** A possessive right before token k: "FreedomWorks’ 40", "the union's 1,400". */
function possessiveBefore(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  if ((before.text === '’' || before.text === "'") && tokens[k - 2]?.kind === 'word') return true;
  return before.kind === 'word' && /['’]s$/.test(before.text);
}

export const possessedStaff: FigureRule = {
  name: 'possessed-staff',
  reason:
    'People a body has on its books, counted after its possessive ("Most of FreedomWorks’ 40 employees are working remotely", "the union\'s 1,400 members"), are its staff or membership, no crowd; unless a gathering verb follows ("the union\'s 1,400 members marched").',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    if (peopleNoun === null || !STAFF_NOUNS.has(tokens[peopleNoun]!.lower) || !possessiveBefore(tokens, q.first)) return undefined;
    return gatheringVerbAt(tokens, peopleNoun + 1) ? undefined : 'drop';
  },
};
