import type { Rule } from '../../../../core/rules.js';
import type { Token } from '../../../../core/tokens.js';
import { isSpeechVerb } from './clause.js';

/** A figure spanning tokens [first, last] of one sentence, as the claimant rules read it. */
export interface ClaimantContext {
  text: string;
  tokens: Token[];
  first: number;
  last: number;
  /** The figure is a forecast: the subject of the verb that expects it counts as a speech verb's. */
  forecast: boolean;
  /** The adverbial clauses (0: main clause): a speech verb in one the figure is not in speaks of something else. */
  clauses: Uint16Array | undefined;
  /** The first pronoun met as a speaker before the figure ("organisers said they expected 50,000"), for the pronoun rule. */
  pronoun: string | null;
  /** A pronoun owning a claim noun after the figure ("by their estimate"), for the pronoun rule. */
  ownerPronoun: string | null | undefined;
}

/**
 * Who gave the figure, by one way of saying so: a claimant (decided), null (decided: no one), or
 * undefined (the next rule reads on).
 */
export interface ClaimantRule extends Rule {
  find(context: ClaimantContext): string | null | undefined;
}

/** The last token of the sentence before its final marks (kept: a comma or a dash), for the closing attributions. */
export function closingEnd({ tokens, last }: ClaimantContext): number {
  let end = tokens.length - 1;
  while (end > last && tokens[end]!.kind === 'punct' && !',-'.includes(tokens[end]!.text)) end--;
  return end;
}

/**
 * The speech verbs (not "according") after the figure, from the word after next to the sentence's end
 * (`closingEnd`), that end included or not: where a closing attribution may be.
 */
export function closingSpeechVerbs(context: ClaimantContext, endIncluded: boolean): number[] {
  const { tokens, last } = context;
  const end = closingEnd(context);
  const verbs: number[] = [];
  for (let v = last + 2; endIncluded ? v <= end : v < end; v++) if (isSpeechVerb(tokens, v) && tokens[v]!.lower !== 'according') verbs.push(v);
  return verbs;
}
