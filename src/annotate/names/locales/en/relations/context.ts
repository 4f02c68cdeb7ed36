import type { Rule } from '../../../../core/rules.js';
import type { NameMention } from '../../../types.js';
import type { NameToken, Span } from '../tokens.js';

/** A kept name and the one after it, with their mentions, as the relation rules read them. */
export interface RelationContext {
  text: string;
  tokens: NameToken[];
  span: Span;
  mention: NameMention;
  next: Span | undefined;
  /** The index of the next span's mention, if it made one. */
  nextIndex: number | undefined;
  /** The next span's mention, if it made one (a rule may weigh it too). */
  nextMention: NameMention | undefined;
  /** The token right after the span. */
  after: NameToken | undefined;
}

/** Relates a name to what follows it; 'stop' when no later rule may read it. */
export interface RelationRule extends Rule {
  relate(context: RelationContext): 'stop' | void;
}
