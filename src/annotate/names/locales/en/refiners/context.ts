import type { Rule } from '../../../../core/rules.js';
import type { NameToken, Span } from '../tokens.js';

/** One capitalised run as the span refiners read it. */
export interface SpanContext {
  text: string;
  tokens: NameToken[];
  span: Span;
  /** The words of the name proper, after any title. */
  name: NameToken[];
  hasTitle: boolean;
  /** Something says person: a title, a first name the lexicon knows, a person noun before it ("cleric X"). */
  personHint: boolean;
}

/** Keeps a run as a name ('keep'), drops it ('drop'), or leaves it to the next refiner (undefined). */
export interface SpanRefiner extends Rule {
  judge(context: SpanContext): 'keep' | 'drop' | undefined;
}
