import { isSpaced } from '../../../../core/tokens.js';
import type { NameToken, Span } from '../tokens.js';
import { ROLE_AS_VERBS, ROLE_COPULAS, ROLE_TIME_ADVERBS } from '../words.js';
import { headPhrase } from './appositiveHead.js';

/**
 * "Kisha Rivera, who works as a cabin cleaner at O'Hare,", "Matt Moore, who was the Republican Party chairman
 * in South Carolina": the noun phrase a relative clause right after a name says the person is or works as.
 */
export function relativeRole(text: string, tokens: NameToken[], span: Span): string | null {
  const who = tokens[span.to];
  if (!who || who.lower !== 'who' || !/^,\s+$/.test(who.gap)) return null;
  const k = pastCopula(tokens, span.to + 1);
  return k !== null && k < tokens.length && isSpaced(tokens[k]!.gap) ? headPhrase(text, tokens, k) : null;
}

/**
 * Where a role may start after the copula at `k` ("is", "has been", "works as"), past an adverb of time ("who is now
 * the festival's producer"); null when `k` holds no copula.
 */
export function pastCopula(tokens: NameToken[], k: number): number | null {
  const verb = tokens[k];
  if (!verb || !isSpaced(verb.gap)) return null;
  // "who has been", "who had been": the perfect of the copula
  if (/^ha[sd]$/.test(verb.lower) && tokens[k + 1]?.lower === 'been') k += 2;
  else if (ROLE_COPULAS.has(verb.lower)) k++;
  else if (ROLE_AS_VERBS.has(verb.lower) && tokens[k + 1]?.lower === 'as') k += 2;
  else return null;
  if (ROLE_TIME_ADVERBS.has(tokens[k]?.lower ?? '') && isSpaced(tokens[k]!.gap)) k++;
  return k;
}
