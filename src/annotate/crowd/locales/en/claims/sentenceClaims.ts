import type { Rule } from '../../../../core/rules.js';
import { tokenize } from '../../../../core/tokens.js';
import type { CrowdClaimFound, Quantity } from '../../../types.js';
import { attributionAsides, withoutAsides, type Asides } from '../asides/attributionAsides.js';
import { claimantFound } from '../claimant/claimantOf.js';
import type { ClaimSentence } from './figureTypes.js';
import { adverbialClauses, nounPhraseEnd } from './grammar.js';
import { countedAfter } from './people.js';

/** What a claim says besides its figure: what it counts, who gave it, whether it is a forecast. */
export type Said = Pick<CrowdClaimFound, 'counted' | 'claimant' | 'forecast'>;

/** The claims of one sentence as they are found, figure by figure. */
export interface SentenceClaims {
  sentence: ClaimSentence;
  /** "Hundreds of thousands of people (police: 1.5 million)": figures another source gave for the count before. */
  asides: Asides;
  /** The claim of each figure that may be the whole or the head of a later one, by figure index. */
  claimOf: Map<number, CrowdClaimFound>;
  /** Figure index of a part ("including 400,000 in Paris") → the claim of the whole it is part of. */
  partOf: Map<number, CrowdClaimFound>;
  /** The claim a figure of this passage makes. */
  claimAt: (q: Quantity, said: Said) => CrowdClaimFound;
  /**
   * The claim of figure i carrying on from a claim before it ("…, 4,000 in Eastport"): by the same source, in
   * the same tense, counting the same unless a people noun follows the figure.
   */
  claimAfter: (i: number, before: Said) => CrowdClaimFound;
  /** Who gave the figure spanning tokens [first, last], and the claimant rule that said so: read without the asides' sources. */
  claimantFor: (first: number, last: number, forecast: boolean) => { claimant: string | null; rule?: string };
}

/** A rule that makes a claim of figure i from a claim before it in the sentence (its head, or its whole), or null. */
export interface RelatedClaimRule extends Rule {
  claim(claims: SentenceClaims, i: number): CrowdClaimFound | null;
}

/** Who gave a figure outside an aside is read without the aside's sources ("Tens of thousands of people (20,000 according to police)" is the publisher's). */
function claimantReader({ text, tokens, clauses }: ClaimSentence, asides: Asides): SentenceClaims['claimantFor'] {
  const plain = asides.spans.length ? withoutAsides(text, asides.spans) : text;
  const plainTokens = plain === text ? tokens : tokenize(plain);
  const plainClauses = plain === text ? clauses : adverbialClauses(plainTokens);
  const plainIndex = new Map(plainTokens.map((t, k) => [t.start, k]));
  return (first, last, forecast) => {
    const [a, b] = [plainIndex.get(tokens[first]!.start), plainIndex.get(tokens[last]!.start)];
    if (a === undefined || b === undefined) return claimantFound(text, tokens, first, last, forecast, clauses);
    return claimantFound(plain, plainTokens, a, b, forecast, plainClauses);
  };
}

export function sentenceClaims(sentence: ClaimSentence): SentenceClaims {
  const { passage, text, tokens, quantities } = sentence;
  const asides = attributionAsides(text, tokens, quantities, (q) => nounPhraseEnd(tokens, q));
  const claimAt: SentenceClaims['claimAt'] = (q, said) => ({
    passageId: passage.id,
    articleId: passage.articleId,
    text: text.slice(q.start, q.end),
    start: passage.start + q.start,
    end: passage.start + q.end,
    low: q.low,
    high: q.high,
    vague: q.vague,
    ...said,
  });
  return {
    sentence,
    asides,
    claimOf: new Map(),
    partOf: new Map(),
    claimAt,
    claimAfter: (i, before) => {
      const q = quantities[i]!;
      return claimAt(q, { counted: countedAfter(tokens, q, before.counted), claimant: before.claimant, forecast: before.forecast });
    },
    claimantFor: claimantReader(sentence, asides),
  };
}
