import { walkPhrase, type Token } from '../../../../core/tokens.js';
import type { Quantity } from '../../../types.js';
import { isAboutGathering } from '../gathering.js';
import {
  ATTRIBUTION_VERBS,
  BE_VERBS,
  CLAUSE_ENDS,
  CLAUSE_WORDS,
  COORDINATORS,
  DETERMINERS,
  FAILED_VERBS,
  FORECAST_VERBS,
  GATHERING_VERBS,
  HAVE_VERBS,
  INTENT_VERBS,
  IRREGULAR_PAST,
  MODALS,
  NEGATABLE_AUXILIARIES,
  NEGATIONS,
  SAY_VERBS,
  SUBORDINATORS,
  SUBORDINATORS_AFTER,
  VERB_GROUP_ADVERBS,
} from '../words.js';

/**
 * How an English sentence around a figure is built, as far as the claim rules need it: verbs and their
 * denials, the adverbial clauses, the noun phrase a figure opens, and figures coordinated in one phrase.
 */

/** A word that can only be a finite verb here: "forced", "swept", "was"; not "the armed men". */
export function looksFinite(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || t.text !== t.lower || DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return false;
  return (
    (t.lower.length > 3 && t.lower.endsWith('ed')) || IRREGULAR_PAST.has(t.lower) || BE_VERBS.has(t.lower) || MODALS.has(t.lower) || HAVE_VERBS.has(t.lower)
  );
}

/**
 * Marks the tokens of each adverbial clause ("a week after the fire forced the evacuation of 12,000
 * residents", "After 12,000 residents fled the fire,"): from its conjunction to the next comma or
 * stop. `clause[k]` is 0 in the main clause, else the number of the clause token k is in. A
 * conjunction with no verb after it is a preposition ("after Friday prayers") and opens no clause.
 */
export function adverbialClauses(tokens: Token[]): Uint16Array {
  const clause = new Uint16Array(tokens.length);
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    const opens = SUBORDINATORS.has(lower) || (Object.hasOwn(SUBORDINATORS_AFTER, lower) && tokens[i - 1]?.lower === SUBORDINATORS_AFTER[lower]);
    if (!opens || tokens[i]!.kind !== 'word') continue;
    let end = i + 1;
    let finite = false;
    while (
      end < tokens.length &&
      !(tokens[end]!.kind === 'punct' && (CLAUSE_ENDS.has(tokens[end]!.text) || (tokens[end]!.text === '-' && tokens[end - 1]!.end !== tokens[end]!.start)))
    ) {
      finite ||= looksFinite(tokens, end);
      end++;
    }
    // a later conjunction before `end` has no verb either: skip to it in both cases (one pass)
    if (finite) clause.fill(++next, i, end);
    i = end - 1;
  }
  return clause;
}

/**
 * Whether the figure's clause is about a gathering. A figure inside an adverbial clause needs a
 * gathering word in that clause: the main clause's gathering is another happening ("Hundreds gathered
 * …, a week after the fire forced the evacuation of 12,000 residents"). A figure in the main clause may
 * lean on a gathering word anywhere in the sentence ("After the march set off, 5,000 people were in the square").
 */
export function clauseAboutGathering(text: string, tokens: Token[], clause: Uint16Array, q: Quantity): boolean {
  const id = clause[q.first]!;
  if (id === 0) return isAboutGathering(text);
  let first = q.first;
  let last = q.first;
  while (first > 0 && clause[first - 1] === id) first--;
  while (last + 1 < tokens.length && clause[last + 1] === id) last++;
  return isAboutGathering(text.slice(tokens[first]!.start, tokens[last]!.end));
}

export function isModal(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (MODALS.has(t.lower) || t.lower.endsWith("'ll"));
}

/** Token k denies a verb: "did not", "didn't", "never"; a bare "not" only after an auxiliary ("people not affiliated" is no denial). */
export function isNegation(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (t.lower === 'not') {
    let a = k - 1;
    while (a > 0 && VERB_GROUP_ADVERBS.has(tokens[a]!.lower)) a--;
    return NEGATABLE_AUXILIARIES.has(tokens[a]?.lower ?? '');
  }
  return NEGATIONS.has(t.lower) || /^\p{L}+n't$/u.test(t.lower);
}

/** "failed to turn out", "refused to join": token k is the "to" after such a verb. */
export function isFailedTo(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'to' && FAILED_VERBS.has(tokens[k - 1]?.lower ?? '');
}

/** Token k is a word of a verb group: "did", "not", "marched", "will", "failed", "said". */
export function isVerbWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  return (
    looksFinite(tokens, k) ||
    isModal(t) ||
    NEGATABLE_AUXILIARIES.has(t.lower) ||
    NEGATIONS.has(t.lower) ||
    t.lower.endsWith("n't") ||
    GATHERING_VERBS.has(t.lower) ||
    ATTRIBUTION_VERBS.has(t.lower) ||
    FORECAST_VERBS.has(t.lower) ||
    INTENT_VERBS.has(t.lower) ||
    FAILED_VERBS.has(t.lower)
  );
}

/** A word that ends a noun phrase: a verb, a conjunction, "to". */
export function startsVerbGroup(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.kind !== 'word' || isVerbWord(tokens, k) || CLAUSE_WORDS.has(t.lower) || t.lower === 'to';
}

/** Words of the noun phrase a figure opens: "3,000 tractors", "tens of thousands of farmers from Wallonia". */
const NOUN_PHRASE_REACH = 5;

/** The token just past the noun phrase a quantity opens (its verb, a conjunction, a comma…). */
export function nounPhraseEnd(tokens: Token[], q: Quantity): number {
  return walkPhrase(tokens, q.resume, NOUN_PHRASE_REACH, (_t, k) => !startsVerbGroup(tokens, k));
}

/** Where a figure opening a clause stands: "10,000 farmers and …", "…, 10,000 farmers", "said 10,000 farmers …". */
export function opensClause(tokens: Token[], first: number): boolean {
  const previous = tokens[first - 1];
  if (!previous) return true;
  if (previous.kind === 'punct') return previous.text !== '-';
  return CLAUSE_WORDS.has(previous.lower) || SAY_VERBS.has(previous.lower);
}

/**
 * Figures coordinated in one noun phrase: "3,000 tractors and 10,000 farmers", "500 cars, 3,000
 * tractors and 10,000 farmers". `joined[i]` is the index of the figure before figure i in the same
 * coordination, else -1. A comma alone joins only in a list that goes on to "and"/"or".
 */
export function coordinations(tokens: Token[], qs: Quantity[]): number[] {
  const link = qs.map((q, i): 'and' | 'comma' | null => {
    if (i === 0) return null;
    const end = nounPhraseEnd(tokens, qs[i - 1]!);
    const comma = tokens[end]?.text === ',';
    const k = comma ? end + 1 : end;
    if (COORDINATORS.has(tokens[k]?.lower ?? '')) return k + 1 === q.first ? 'and' : null;
    return comma && k === q.first ? 'comma' : null;
  });
  const joined = qs.map(() => -1);
  for (let i = qs.length - 1; i > 0; i--) {
    if (link[i] === 'and' || (link[i] === 'comma' && joined[i + 1] === i)) joined[i] = i - 1;
  }
  return joined;
}
