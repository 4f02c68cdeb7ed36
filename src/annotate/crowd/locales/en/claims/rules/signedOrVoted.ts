import { SIGNING_VERBS, VOTING_PURPOSE_REACH } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { ownVerbAfter } from './casualtyVerb.js';

export const signedOrVoted: FigureRule = {
  name: 'signed-or-voted',
  reason:
    'People who signed a petition ("which some 1,300 active-duty service members signed", "a letter signed by 300 faculty") or came out to vote in an election ("Millions of India\'s poorest people came out in strength to vote") are signatures and voters, each counted on their own, not a crowd at a gathering.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    // "a petition signed by 1,300 students"
    if (tokens[q.first - 1]?.lower === 'by' && SIGNING_VERBS.has(tokens[q.first - 2]?.lower ?? '')) return 'drop';
    if (peopleNoun === null) return undefined;
    const k = ownVerbAfter(tokens, peopleNoun);
    if (k < 0) return undefined;
    if (SIGNING_VERBS.has(tokens[k]!.lower)) return 'drop';
    for (let j = k + 1; j < tokens.length && j <= k + VOTING_PURPOSE_REACH; j++) {
      if (tokens[j]!.kind === 'punct') break;
      if (tokens[j]!.lower === 'to' && tokens[j + 1]?.lower === 'vote') return 'drop';
    }
    return undefined;
  },
};
