import type { Rule } from '../../../../core/rules.js';
import type { NameToken, Span } from '../tokens.js';

/** One kept name as the evidence rules read it. */
export interface MentionContext {
  text: string;
  tokens: NameToken[];
  span: Span;
  owners: Array<Span | undefined>;
  /** The role read before the name by the role pass, if any. */
  preRole: { from: number; to: number } | null | undefined;
  name: NameToken[];
  first: NameToken;
  /** The name's last word (with a generational suffix's dot: "Jr."). */
  last: NameToken;
  before: NameToken | undefined;
  after: NameToken | undefined;
  /** Right after a place preposition ("in Santiago", "to the Middle East"). */
  afterPlacePreposition: boolean;
  /** The name ends in a place's feature word ("Grant Park", "Lincoln Square"). */
  placeEnding: boolean;
  /** Whether the lexicon's first-name and person tags of the words may count (./placeEvidence.ts). */
  lexiconNames: boolean;
  /** "the" right before the name. */
  the: boolean;
}

/** The evidence gathered for one name so far, and its roles. */
export interface Tally {
  roles: string[];
  person: number;
  org: number;
  place: number;
}

/** Adds what one kind of word around a name says it is; read in order, a rule may weigh what came before. */
export interface EvidenceRule extends Rule {
  weigh(context: MentionContext, tally: Tally): void;
}
