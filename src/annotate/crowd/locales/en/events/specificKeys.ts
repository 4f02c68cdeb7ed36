import { lexiconTags } from '../../../../core/lexicon.js';
import { GENERIC_PLACE_KEYS } from '../placeWords.js';

/** A place key that names one place ("davis", "chicago"), not a kind of place ("university") nor a people ("israeli"). */
export function isSpecificKey(key: string): boolean {
  return !GENERIC_PLACE_KEYS.has(key) && !lexiconTags(key).includes('Demonym');
}

/**
 * Whether a place with keys `a` is a place of `b`: they share a key, and, when both name one place of their
 * own, they share one of those ("University of California-Davis" and "University of Wisconsin-Madison"
 * share only "university").
 */
export function samePlaceKeys(a: readonly string[], b: ReadonlySet<string>): boolean {
  if (!a.some((k) => b.has(k))) return false;
  const specificA = a.filter(isSpecificKey);
  const specificB = [...b].filter(isSpecificKey);
  return !specificA.length || !specificB.length || specificA.some((k) => b.has(k));
}
