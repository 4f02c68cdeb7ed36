import type { Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import {
  CASUALTY_WORDS,
  FIGURE_AUXILIARIES,
  ATTENDED_EVENT_NOUNS,
  GATHERING_NOUNS,
  HELD_WORDS,
  REMAIN_VERBS,
  SIZE_CHANGE_LINKS,
  SIZE_CHANGE_VERBS,
  SIZE_PRONOUNS,
} from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { countedAfter } from '../people.js';

/** Words read after "remained" for where the people were held: "remained in police custody". */
const HELD_REACH = 4;

/** Tokens read back from the verb for what changed size: the crowd, a pronoun for it, or its size before. */
const SUBJECT_REACH = 8;

/**
 * "dropping to 4,000", "it had dwindled to a few hundred", "The rally peaked at 14,000": what changed size,
 * an earlier size of the crowd ("12,000 at its height, dropping to") or a gathering ("rally", "crowd",
 * "it"); null when neither is the verb's subject ("membership grew to 40,000") or there is no such verb.
 */
/** A figure at token `first` is what a size changed to: "swelled to", "dropping to", "peaked at". */
export function changedTo(tokens: Token[], first: number): boolean {
  const link = tokens[first - 1];
  const verb = tokens[first - 2];
  return !!link && SIZE_CHANGE_LINKS.has(link.lower) && verb?.kind === 'word' && SIZE_CHANGE_VERBS.has(verb.lower);
}

function changedFrom(tokens: Token[], quantities: Quantity[], q: Quantity): 'size' | 'gathering' | null {
  const verb = q.first - 2;
  if (!changedTo(tokens, q.first)) return null;
  const from = Math.max(0, verb - SUBJECT_REACH);
  // a participle after a comma takes the main clause's subject: "15,000 filled the square on Tuesday, dropping to"
  const participle = tokens[verb - 1]?.text === ',' && tokens[verb]!.lower.endsWith('ing');
  if (quantities.some((other) => other.last < verb && (participle || other.last >= from))) return 'size';
  for (let k = verb - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== ',') return null;
    // an attended event's audience changes size too: "the meeting dwindled to 125 by the end"
    if (GATHERING_NOUNS.has(t.lower) || ATTENDED_EVENT_NOUNS.has(t.lower) || SIZE_PRONOUNS.has(t.lower)) return 'gathering';
  }
  return null;
}

/** "only about 1,000 remained", "a few hundred stayed", not "12 remained in hospital". */
function remained(tokens: Token[], q: Quantity): boolean {
  let j = q.resume;
  while (tokens[j] && FIGURE_AUXILIARIES.has(tokens[j]!.lower)) j++;
  if (!REMAIN_VERBS.has(tokens[j]?.lower ?? '')) return false;
  for (let k = j + 1; k < tokens.length && k <= j + HELD_REACH; k++) {
    const lower = tokens[k]!.lower;
    if (tokens[k]!.kind === 'punct') break;
    if (HELD_WORDS.has(lower) || CASUALTY_WORDS.has(lower)) return false;
  }
  return true;
}

export const sizeChange: FigureRule = {
  name: 'size-change',
  reason:
    'In a clause about a gathering, a figure its size changed to ("12,000 at its height, dropping to 4,000", "peaked at 14,000") or that was still there ("only about 1,000 remained") is the crowd\'s size at that hour or day; so is the size an attended event\'s audience changed to ("the meeting dwindled to 125 by the end").',
  judge: ({ sentence, q, aboutGathering }) => {
    const { tokens, quantities } = sentence;
    const from = changedFrom(tokens, quantities, q);
    // an earlier size of the crowd is the verb's subject even past "before": "peaked at 3,200 before thinning to a few hundred"
    const about = from === 'size' ? sentence.aboutGathering : aboutGathering;
    return about && (from || remained(tokens, q)) ? { counted: countedAfter(tokens, q, 'people') } : undefined;
  },
};
