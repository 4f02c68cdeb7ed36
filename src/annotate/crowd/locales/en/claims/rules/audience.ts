import type { Token } from '../../../../../core/tokens.js';
import {
  ARRIVAL_VERBS,
  ATTENDED_EVENT_NOUNS,
  AUDIENCE_REACH,
  DRAW_VERBS,
  FIGURE_AUXILIARIES,
  FILL_VERBS,
  GATHERING_NOUNS,
  HEARD_VERBS,
  HEARING_VERBS,
  HOLD_VERBS,
  NOUN_DETERMINERS,
  VENUE_NOUNS,
} from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** An attended event's noun, singular or plural: "meeting", "planning meetings", "teach-ins". */
function isEventNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
  return ATTENDED_EVENT_NOUNS.has(t.lower) || ATTENDED_EVENT_NOUNS.has(singular) || GATHERING_NOUNS.has(t.lower) || GATHERING_NOUNS.has(singular);
}

/** Tokens from k on, up to the reach or a clause's end, hold a word `test` accepts. */
function aheadHolds(tokens: Token[], k: number, test: (t: Token, at: number) => boolean): boolean {
  for (let m = k; m < tokens.length && m < k + AUDIENCE_REACH; m++) {
    const t = tokens[m]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’' && t.text !== '.') return false;
    if (test(t, m)) return true;
  }
  return false;
}

/**
 * "came to a panel discussion", "packed the Ira Allen Chapel", "filled the hall to hear her speak", "held a mass
 * meeting", "hear … at an evening plenary", from the verb at j.
 */
function cameAsAudience(tokens: Token[], j: number): boolean {
  const verb = tokens[j];
  if (!verb || verb.kind !== 'word') return false;
  if (ARRIVAL_VERBS.has(verb.lower) && (tokens[j + 1]?.lower === 'to' || tokens[j + 1]?.lower === 'into')) {
    // "came to hear Nader", "came to a panel discussion"
    if (HEARING_VERBS.has(tokens[j + 2]?.lower ?? '')) return true;
    return aheadHolds(tokens, j + 2, (t) => isEventNoun(t) || VENUE_NOUNS.has(t.lower));
  }
  // "4,000 students held a mass meeting", "staged a sit-in"
  if (HOLD_VERBS.has(verb.lower)) return NOUN_DETERMINERS.has(tokens[j + 1]?.lower ?? '') && aheadHolds(tokens, j + 2, (t) => isEventNoun(t));
  // "Some 350 people hear Amy Goodman … at an evening plenary": hearing at an attended event the sentence names
  if (HEARD_VERBS.has(verb.lower)) return tokens.slice(j + 1).some((t) => isEventNoun(t));
  if (!FILL_VERBS.has(verb.lower)) return false;
  const from = tokens[j + 1]?.lower === 'into' ? j + 2 : j + 1;
  if (tokens[from]?.lower !== 'the' && tokens[from]?.lower !== 'a' && tokens[from]?.lower !== 'an') return false;
  return aheadHolds(tokens, from + 1, (t, at) => VENUE_NOUNS.has(t.lower) || (t.lower === 'to' && HEARING_VERBS.has(tokens[at + 1]?.lower ?? '')));
}

/** An attended event is the subject of the drawing verb right before the figure: "planning meetings have drawn nearly 400 people". */
function drawnByEvent(tokens: Token[], first: number): boolean {
  const verb = tokens[first - 1];
  if (verb?.kind !== 'word' || !DRAW_VERBS.has(verb.lower)) return false;
  for (let k = first - 2; k >= 0 && !['.', '!', '?', ';'].includes(tokens[k]!.text); k--) if (isEventNoun(tokens[k])) return true;
  return false;
}

export const audience: FigureRule = {
  name: 'audience',
  reason:
    'The audience of a meeting, a talk or a speech is a crowd told with verbs of coming, filling, holding and hearing rather than of protest: a count that came to an attended event or a hall ("Five hundred came to a panel discussion", "800 people packed the Ira Allen Chapel to hear Nader speak"), held one ("4,000 students held a mass meeting"), heard someone at one ("Some 350 people hear … at an evening plenary") or that such events drew ("planning meetings have drawn nearly 400 people"), not one that came to a country, filled a thing or heard a sound ("came to the United States", "packed their bags", "heard the explosion").',
  judge: ({ sentence: { tokens }, q, opener, peopleNoun }) => {
    const counted = peopleNoun === null ? 'people' : tokens[peopleNoun]!.text;
    if (peopleNoun !== null && drawnByEvent(tokens, opener.first)) return { counted };
    let j = (peopleNoun ?? q.last) + 1;
    while (tokens[j] && FIGURE_AUXILIARIES.has(tokens[j]!.lower)) j++;
    return cameAsAudience(tokens, j) ? { counted } : undefined;
  },
};
