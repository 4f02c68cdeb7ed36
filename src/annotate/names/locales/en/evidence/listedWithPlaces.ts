import { lexiconTags } from '../../../../core/lexicon.js';
import { expandsToPlace } from '../predicates.js';
import { has, type NameToken } from '../tokens.js';
import { LIST_CONJUNCTIONS } from '../words.js';
import type { EvidenceRule } from './context.js';

/** One item of a list: its words in lower case and its first and last tokens. */
interface Item {
  text: string;
  from: number;
  to: number;
  /** Whether "and"/"or" joins it to the item it was read from, rather than a comma. */
  conjunction?: boolean;
}

/** The capitalised run of words ending at token `end` (reading left) or starting at `start` (reading right). */
function runAt(tokens: NameToken[], at: number, step: 1 | -1): Item {
  let k = at;
  while (true) {
    const next = tokens[k + step];
    const joined = step === 1 ? next : tokens[k];
    if (!next || !next.cap || next.possessive || !joined || !/^ +$/.test(joined.gap)) break;
    k += step;
  }
  const [from, to] = step === 1 ? [at, k] : [k, at];
  return {
    text: tokens
      .slice(from, to + 1)
      .map((t) => t.lower)
      .join(' '),
    from,
    to,
  };
}

/** A lower-case "and"/"or" (a comma before it allowed) at `k`, and an adverb after it ("or even"): the token after them. */
function pastConjunction(tokens: NameToken[], k: number, step: 1 | -1): number | null {
  const c = tokens[k];
  if (!c || c.cap || !LIST_CONJUNCTIONS.has(c.lower)) return null;
  let j = k + step;
  if (step === 1 && tokens[j] && !tokens[j]!.cap && has(tokens[j]!, 'Adverb', 'Conjunction') && /^ +$/.test(tokens[j]!.gap)) j += step;
  return j;
}

/** The list item before the one opening at token `from`: past a comma, or past "and"/"or" (a comma before it allowed). */
function itemBefore(tokens: NameToken[], from: number): Item | null {
  const a = tokens[from - 1];
  if (!a) return null;
  if (a.cap && /^,\s+$/.test(tokens[from]!.gap)) return runAt(tokens, from - 1, -1);
  if (!a.cap && LIST_CONJUNCTIONS.has(a.lower) && /^ +$/.test(tokens[from]!.gap) && /^,?\s+$/.test(a.gap) && tokens[from - 2]?.cap)
    return { ...runAt(tokens, from - 2, -1), conjunction: true };
  return null;
}

/** The list item after the one ending at token `to`: past a comma, or past "and"/"or" (perhaps "or even"). */
function itemAfter(tokens: NameToken[], to: number): Item | null {
  const b = tokens[to + 1];
  if (!b) return null;
  if (b.cap && /^,\s+$/.test(b.gap)) return runAt(tokens, to + 1, 1);
  if (!/^,?\s+$/.test(b.gap)) return null;
  const j = pastConjunction(tokens, to + 1, 1);
  const c = j === null ? undefined : tokens[j];
  return c?.cap && /^ +$/.test(c.gap) ? { ...runAt(tokens, j!, 1), conjunction: true } : null;
}

/**
 * How many of the two items nearest the name on each side are places the lexicon knows, when the name is an item of a
 * list joined by "and"/"or" somewhere; 0 when the name comes after a list that closed ("in Libya and Iraq, Graham
 * argues"), or when no conjunction makes the commas a list ("Saeed Khan, Detroit, Michigan").
 */
function placesListedWith(tokens: NameToken[], from: number, to: number): number {
  const isPlace = (item: Item | null) => !!item && expandsToPlace(lexiconTags(item.text));
  const first = itemBefore(tokens, from);
  if (first && !first.conjunction && itemBefore(tokens, first.from)?.conjunction) return 0;
  let count = 0;
  let joined = false;
  let left = first;
  for (let n = 0; n < 2 && isPlace(left); n++, left = itemBefore(tokens, left!.from)) {
    count++;
    joined ||= !!left!.conjunction;
  }
  let right = itemAfter(tokens, to);
  for (let n = 0; n < 2 && isPlace(right); n++) {
    count++;
    joined ||= !!right!.conjunction;
    // nothing follows an item joined by "and"/"or": the list ends there
    right = right!.conjunction ? null : itemAfter(tokens, right!.to);
  }
  return joined ? count : 0;
}

/**
 * `listed-with-places`: "states like Minnesota, Virginia or even New Jersey", "for Kentucky, Ohio, and Virginia": a
 * name listed with two names the lexicon knows as places is a place too, whatever its words say ("Virginia" is also a
 * woman's name). It outweighs what was weighed before it. One place beside it is not enough: "in the capital,
 * Brasilia, Rousseff said" and "Mark Begich of Alaska and Mark Pryor" are no lists of places.
 */
export const listedWithPlaces: EvidenceRule = {
  name: 'listed-with-places',
  reason:
    'A place the lexicon knows only as a first name ("Virginia", "Georgia") was read as a person even in a list of states; listed beside places, it is one, and a state was an entry of the listing.',
  weigh({ tokens, span, name, last }, tally) {
    if (last.possessive || span.nameFrom > span.from) return;
    if (expandsToPlace(lexiconTags(name.map((t) => t.lower).join(' ')))) return;
    if (placesListedWith(tokens, span.from, span.to - 1) < 2) return;
    tally.place += tally.person + tally.org + 1;
  },
};
