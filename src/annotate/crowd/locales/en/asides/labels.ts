import { lexiconTags, wordTags } from '../../../../core/lexicon.js';
import type { Token } from '../../../../core/tokens.js';
import { DESCRIBING_ONLY, NOT_SOURCE_OPENERS, OFFICIAL, OWNER_DETERMINERS } from '../claimantWords.js';
import { CALENDAR_WORDS, LOCATION_PREPOSITIONS, NAME_CONNECTORS, PLACE_NAME_TAG, TIME_WORDS } from '../placeWords.js';
import { ATTRIBUTION_VERBS, CLAIM_NOUNS, CLAUSE_WORDS, FIGURE_NOUNS, GATHERING_NOUNS, PEOPLE_NOUNS, SUBORDINATORS } from '../words.js';
import { isWordOfLabel } from './marks.js';

/** The label of a source in an attribution aside: "police", "the interior ministry", "official estimate". */

/** Words a source's label may hold: "police", "the interior ministry", "a spokesman for the organisers". */
const LABEL_REACH = 8;

/** "years", "2019", "Sunday", "last week": a label with such a word is a time, not a source. */
function isTimeWord(t: Token): boolean {
  const stem = t.lower.replace(/'s$/, '').replace(/s$/, '');
  return (!OWNER_DETERMINERS.has(t.lower) && CALENDAR_WORDS.has(t.lower)) || TIME_WORDS.has(t.lower) || TIME_WORDS.has(stem);
}

function isPlace(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word' && !NAME_CONNECTORS.has(t.lower));
  if (!words.length || !words.every((t) => /^\p{Lu}/u.test(t.text))) return false;
  if (lexiconTags(words.map((t) => t.lower).join(' ')).some((tag) => PLACE_NAME_TAG.test(tag))) return true;
  return words.every((t) => wordTags(t.text).has('Place'));
}

export function isDemonymOrPeople(t: Token): boolean {
  if (PEOPLE_NOUNS.has(t.lower)) return true;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  const tags = wordTags(t.text);
  return !tags.has('Place') && (tags.has('Demonym') || lexiconTags(t.lower).includes('Demonym'));
}

/**
 * Tokens [from, to] name a source. With `strict` (a label before a colon, or before a bare figure) it must
 * not name what the aside could break the count down by instead: a place ("Istanbul: 1.5 million"), a
 * group of people ("women: 2,000"), a gathering ("vigil: 200") or a time ("2019: 2,000", "last year: …").
 * A claim noun or speech verb after a source is dropped ("police estimate: 20,000", "police said: 20,000" → "police"). The label as written, else null.
 */
export function sourceLabel(text: string, tokens: Token[], from: number, to: number, strict: boolean): string | null {
  while (to >= from && tokens[to]!.kind === 'punct' && tokens[to]!.text !== '.') to--;
  if (to < from || to - from + 1 > LABEL_REACH) return null;
  const words = tokens.slice(from, to + 1);
  if (!words.every(isWordOfLabel) || !words.some((t) => t.kind === 'word')) return null;
  const first = words[0]!;
  if (
    first.kind !== 'word' ||
    LOCATION_PREPOSITIONS.has(first.lower) ||
    SUBORDINATORS.has(first.lower) ||
    NOT_SOURCE_OPENERS.has(first.lower) ||
    CLAUSE_WORDS.has(first.lower)
  )
    return null;
  if (words.some(isTimeWord)) return null;
  if (strict) {
    // "police estimate: 20,000" is by police; "official estimate: 20,000" names no one
    const says = (t: Token) => CLAIM_NOUNS.has(t.lower) || FIGURE_NOUNS.has(t.lower) || (t.text === t.lower && ATTRIBUTION_VERBS.has(t.lower));
    const whole = to;
    while (to > from && says(tokens[to]!)) to--;
    const last = tokens[to]!;
    // "(official estimate: 2,500)": the officials' figure, named as the aside names it
    if (to === from && to < whole && OFFICIAL.has(last.lower) && (CLAIM_NOUNS.has(tokens[to + 1]!.lower) || FIGURE_NOUNS.has(tokens[to + 1]!.lower))) {
      return text.slice(tokens[from]!.start, tokens[whole]!.end);
    }
    if (says(last) || DESCRIBING_ONLY.has(last.lower)) return null;
    if (isDemonymOrPeople(last) || GATHERING_NOUNS.has(last.lower) || isPlace(tokens, from, to)) return null;
  }
  return text.slice(tokens[from]!.start, tokens[to]!.end);
}

/**
 * Tokens [from, to] describe an estimate and name no one: "initial estimate", "the latest figures". Such an
 * aside is about the count's crowd, so no source is read from it, but it gives its figure to no one.
 */
export function describesOnly(tokens: Token[], from: number, to: number): boolean {
  while (to >= from && tokens[to]!.kind === 'punct') to--;
  if (to <= from || !(CLAIM_NOUNS.has(tokens[to]!.lower) || FIGURE_NOUNS.has(tokens[to]!.lower))) return false;
  const words = tokens.slice(from, to);
  return words.some((t) => DESCRIBING_ONLY.has(t.lower)) && words.every((t) => DESCRIBING_ONLY.has(t.lower) || OWNER_DETERMINERS.has(t.lower));
}
