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
  if (abbreviates(a, b) || abbreviates([...b], new Set(a))) return true;
  if (!a.some((k) => b.has(k))) return false;
  const specificA = a.filter(isSpecificKey);
  const specificB = [...b].filter(isSpecificKey);
  return !specificA.length || !specificB.length || specificA.some((k) => b.has(k));
}

/**
 * A place written as two capitals is the initials of a place of two words ("LA" and "Los Angeles", "DC" and
 * "District of Columbia" is not: "of" is no key): `a` is that abbreviation alone and `b` holds the two words in order.
 */
function abbreviates(a: readonly string[], b: ReadonlySet<string>): boolean {
  if (a.length !== 1 || a[0]!.length !== 2) return false;
  const words = [...b];
  return words.some((w, i) => i + 1 < words.length && w[0] === a[0]![0] && words[i + 1]![0] === a[0]![1] && !b.has(a[0]!));
}
