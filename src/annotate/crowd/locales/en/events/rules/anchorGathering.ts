import { tokenize, type Token } from '../../../../../core/tokens.js';
import { ANCHOR_PREPOSITIONS, DETERMINERS } from '../../words.js';
import { isGatheringNoun } from '../gatheringNouns.js';
import { eachLocated, type Located } from '../located.js';

/** The token before k, past determiners: "after the", "since a". */
function beforeDeterminers(tokens: Token[], k: number): Token | undefined {
  let j = k - 1;
  while (j >= 0 && DETERMINERS.has(tokens[j]!.lower)) j--;
  return tokens[j];
}

/**
 * The claim's figure sizes a gathering named after a preposition of time, as the moment another happening is
 * counted from: "began on the Monday after the 1 million-strong march", "since a march of 5,000 people".
 */
export function isTimeAnchor(l: Located): boolean {
  const tokens = tokenize(l.passage.text);
  const from = tokens.findIndex((t) => t.start >= l.claim.start - l.passage.start);
  if (from < 0) return false;
  let last = from;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= l.claim.end - l.passage.start) last++;
  // "after the 1 million-strong march"
  // (not "after an estimated 250,000 people packed the rally site": a clause, whose crowd is the day's)
  if (ANCHOR_PREPOSITIONS.has(beforeDeterminers(tokens, from)?.lower ?? '')) {
    const k = tokens[last + 1]?.text === '-' && tokens[last + 2]?.lower === 'strong' ? last + 3 : last + 1;
    return isGatheringNoun(tokens[k]);
  }
  // "after a march of 5,000 people"
  const of = tokens[from - 1];
  return of?.lower === 'of' && isGatheringNoun(tokens[from - 2]) && ANCHOR_PREPOSITIONS.has(beforeDeterminers(tokens, from - 2)?.lower ?? '');
}

export const anchorGathering = eachLocated({
  name: 'anchor-gathering',
  reason:
    'A gathering sized in a phrase of time that another happening is counted from ("the walkouts began the Monday after the 1 million-strong march") took place before the day its sentence or article tells, on a day the text does not give: it is left undated rather than joined to that day\'s gatherings.',
  correct(l: Located) {
    if (l.dateSource !== 'passage' && l.dateSource !== 'year' && isTimeAnchor(l)) Object.assign(l, { date: null, dateSource: 'none', apart: true });
  },
});
