import type { Token } from '../../../../core/tokens.js';
import type { Quantity } from '../../../types.js';
import { HARD_BREAKS } from '../claimantWords.js';
import { CLAUSE_WORDS, SUBORDINATORS } from '../words.js';
import { closeOf, isDash } from './marks.js';
import { parseAside } from './parseAside.js';

/**
 * Attribution asides: a bracket or a pair of dashes after a people count that gives other sources'
 * figures for the same crowd, as European reporting often does: "Hundreds of thousands of people
 * (police: 1.5 million; organisers: 5 million) gathered", "(1.5 million according to police, 5 million
 * according to organisers)", "(police said 20,000)", "— 20,000 according to police —". Every figure of
 * such an aside counts the same gathering as the count before it; its label (before the colon, after
 * "according to", before the speech verb) is who gave it. An aside that is not wholly such
 * attributions ("(about 12 miles)", "(PMF)", "(2,000 in 2019)", "(Istanbul: 1.5 million)") gives nothing.
 */

export interface AsideFigure {
  /** The index (in the passage's quantities) of the people count the aside follows. */
  head: number;
  /** Who the aside says gave the figure, as written. */
  claimant: string;
}

export interface Asides {
  /** The asides' figures, by their index in the passage's quantities. */
  figures: Map<number, AsideFigure>;
  /** Each aside's text span [start, end) inside its marks: no figure outside it takes a claimant from it. */
  spans: Array<[number, number]>;
}

/**
 * The figures of attribution asides in one sentence, by their index in `quantities`. An aside opens right after
 * a count's noun phrase ("Hundreds of thousands of people (police: …)") or closes that count's clause ("Thousands
 * marched in Paris (police: 20,000)"), with no other figure, stop or subordinate clause between; `phraseEnd` gives
 * the token just past a count's noun phrase. Whether the count before is a crowd is for the caller to decide.
 */
/** Tokens read from the end of a count's noun phrase to an aside's opening mark. */
const OPENER_REACH = 12;

export function attributionAsides(text: string, tokens: Token[], quantities: Quantity[], phraseEnd: (q: Quantity) => number): Asides {
  const found = new Map<number, AsideFigure>();
  const spans: Array<[number, number]> = [];
  const quantityAt = new Map(quantities.map((q, i) => [q.first, i]));
  for (const [head, q] of quantities.entries()) {
    if (found.has(head)) continue;
    let open = -1;
    for (let k = phraseEnd(q); k < tokens.length && k - phraseEnd(q) < OPENER_REACH; k++) {
      const t = tokens[k]!;
      // ", 50,000 according to police,": a comma right before a figure may open an aside too
      if (t.text === '(' || isDash(tokens, k) || (t.text === ',' && quantityAt.has(k + 1))) {
        open = k;
        break;
      }
      if (quantityAt.has(k) || HARD_BREAKS.has(t.text) || SUBORDINATORS.has(t.lower)) break;
      if (t.text === ',' && CLAUSE_WORDS.has(tokens[k + 1]?.lower ?? '')) break;
    }
    if (open < 0) continue;
    const close = closeOf(tokens, open);
    if (close === null) continue;
    const items = parseAside(text, tokens, open, close, quantityAt, quantities);
    if (!items) continue;
    for (const item of items) if (item.claimant) found.set(item.quantity, { head, claimant: item.claimant });
    spans.push([tokens[open]!.end, tokens[close - 1]!.end]);
  }
  return { figures: found, spans };
}

/**
 * The text with the asides' words blanked (offsets kept): reading who gave the count before an aside must not
 * find the aside's sources ("Tens of thousands of people (20,000 according to police)" is the publisher's).
 */
export function withoutAsides(text: string, spans: Array<[number, number]>): string {
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
