import { matchWords, type Token } from '../../../../../core/tokens.js';
import { BE_VERBS, JOB_ACTION_PARTICLES, JOB_ACTION_PHRASES, JOB_ACTION_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { ownVerbAfter } from './casualtyVerb.js';

/** The word right before the figure (past "back", "off") is a verb of hiring or firing: "hired 1,700", "hire back 76". */
function objectOfJobAction(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (JOB_ACTION_PARTICLES.has(tokens[k]?.lower ?? '')) k--;
  const verb = tokens[k];
  return !!verb && verb.text === verb.lower && JOB_ACTION_VERBS.has(verb.lower);
}

export const jobAction: FigureRule = {
  name: 'job-action',
  reason:
    'People a boss hires, fires, lays off or disciplines ("hired 1,700 and 1,500 replacement workers", "refusal to hire back 76 adjunct faculty", "Four other workers were fired for protesting", "about 100 union members received disciplinary letters") are a workforce acted on, not a crowd.',
  judge: ({ sentence: { tokens }, opener, peopleNoun }) => {
    if (objectOfJobAction(tokens, opener.first)) return 'drop';
    if (peopleNoun === null) return undefined;
    // "threw 3,000 city workers out of work"
    if (JOB_ACTION_PHRASES.some((words) => matchWords(tokens, peopleNoun + 1, words))) return 'drop';
    const k = ownVerbAfter(tokens, peopleNoun);
    if (k < 0) return undefined;
    // "received disciplinary letters", "lost their jobs"
    if (JOB_ACTION_PHRASES.some((words) => matchWords(tokens, k, words))) return 'drop';
    // a passive only: "were fired", "have been laid off"; "300 workers suspended their strike" is their own act
    return JOB_ACTION_VERBS.has(tokens[k]!.lower) && BE_VERBS.has(tokens[k - 1]?.lower ?? '') ? 'drop' : undefined;
  },
};
