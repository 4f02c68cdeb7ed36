import type { Token } from '../../../../../core/tokens.js';
import {
  ATTRIBUTION_VERBS,
  CLAUSE_WORDS,
  DETERMINERS,
  FORECAST_VERBS,
  GATHERING_VERBS,
  INTENT_VERBS,
  NEGATABLE_AUXILIARIES,
  NEGATION_HEDGES,
  PREVENTING_VERBS,
  VERB_GROUP_ADVERBS,
} from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { isFailedTo, isNegation, looksFinite, nounPhraseEnd } from '../grammar.js';

/**
 * The verb group from token `from` on is denied: "did not come", "didn't turn out", "never showed up",
 * "failed to turn out", "were not there".
 */
function negatedFrom(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (isNegation(tokens, k) || isFailedTo(tokens, k + 1)) return true;
    if (!NEGATABLE_AUXILIARIES.has(t.lower) && !VERB_GROUP_ADVERBS.has(t.lower)) return false;
  }
  return false;
}

/** Words read back from a figure to the verb that takes it: "did not put the crowd at 10,000". */
const NEGATION_REACH = 5;

/**
 * The verb whose object the figure is, or the determiner of its subject, denies it: "the rally did not
 * draw 10,000", "the crowd never reached 10,000", "failed to bring 10,000", "no 10,000-strong crowd",
 * "none of the 10,000 farmers". Not a hedge on the figure ("not even 500", "no more than 500"), and not
 * past a clause word or a comma ("police, who did not …, said 5,000").
 */
function negatedBefore(tokens: Token[], first: number): boolean {
  const previous = tokens[first - 1]?.lower ?? '';
  if (previous === 'no') return true;
  if (tokens[first - 3]?.lower === 'none' && tokens[first - 2]?.lower === 'of' && DETERMINERS.has(previous)) return true;
  let words = 0;
  let hedgeOnly = true;
  for (let k = first - 1; k >= 0 && words < NEGATION_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '-') continue;
      return false;
    }
    words++;
    if (!hedgeOnly && (isNegation(tokens, k) || isFailedTo(tokens, k))) return true;
    if (CLAUSE_WORDS.has(t.lower)) return false;
    // the verb that takes the figure: only a denial right before it counts ("police did not count 900")
    if (ATTRIBUTION_VERBS.has(t.lower) || FORECAST_VERBS.has(t.lower) || INTENT_VERBS.has(t.lower) || GATHERING_VERBS.has(t.lower) || looksFinite(tokens, k)) {
      let j = k - 1;
      while (j > 0 && VERB_GROUP_ADVERBS.has(tokens[j]!.lower)) j--;
      return isNegation(tokens, j) || isFailedTo(tokens, j);
    }
    hedgeOnly &&= NEGATION_HEDGES.has(t.lower);
  }
  return false;
}

/** "couldn't stop 80 people from protesting": a denied preventing verb whose object went on to gather is no denial of the turnout. */
function preventedInVain(tokens: Token[], first: number, resume: number): boolean {
  if (!PREVENTING_VERBS.has(tokens[first - 1]?.lower ?? '')) return false;
  // "80 people from protesting": "from" and a verb in -ing after the people
  for (let k = resume; k < tokens.length && k <= resume + 2; k++) if (tokens[k]!.lower === 'from') return /ing$/.test(tokens[k + 1]?.lower ?? '');
  return false;
}

export const negatedVerb: FigureRule = {
  name: 'negated-verb',
  reason:
    'A figure whose verb is denied ("did not draw 10,000", "10,000 farmers did not come", "no 10,000-strong crowd") counts no one who came; a denied preventing verb ("rain couldn\'t stop 80 people from protesting") denies nothing of the turnout.',
  judge: ({ sentence: { tokens }, opener, closer }) => {
    if (preventedInVain(tokens, opener.first, closer.resume)) return undefined;
    return negatedBefore(tokens, opener.first) || negatedFrom(tokens, nounPhraseEnd(tokens, closer)) ? 'drop' : undefined;
  },
};
