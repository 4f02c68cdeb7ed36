import { ROLE_ARTICLE_WORD as ARTICLE, ROLE_STOP_TAGS, SCENE_PREPOSITIONS, THE } from './words.js';
import { expandsToPlace } from './predicates.js';
import { has, type NameToken, type Span } from './tokens.js';
import { lexiconTags } from '../../../core/lexicon.js';

/**
 * Where the lexicon's first-name and person tags of a name's words say nothing about the name as a whole:
 * - the lexicon knows the whole name as a place ("Los Angeles", "San Jose", "San Francisco");
 * - it stands right after a place preposition opening the sentence and before a comma ("In Santa Barbara,
 *   police said", "In Jackson, Mississippi,"): the scene of what follows, whose subject comes after the
 *   comma. A title, a role or speech right after the name may still say person;
 * - it is one word written before a lower-case common noun it modifies ("the Chelsea blast", "a Ferguson
 *   march", "the Ferguson case"): a place's or an event's name, as often as a person's.
 */
export function namesAreNoEvidence(text: string, tokens: NameToken[], span: Span): boolean {
  const first = tokens[span.nameFrom];
  const last = tokens[span.to - 1]!;
  if (!first) return false;
  if (span.to - span.nameFrom > 1 && !last.possessive && expandsToPlace(lexiconTags(text.slice(first.start, last.end).toLowerCase()))) return true;
  if (span.nameFrom > span.from || last.possessive) return false;
  if (modifiesNoun(tokens, span)) return true;
  const before = tokens[span.from - 1];
  const prep = before && THE.test(before.text) ? tokens[span.from - 2] : before;
  return !!prep && prep.sentenceStart && SCENE_PREPOSITIONS.has(prep.lower) && /^\s*,/.test(text.slice(last.end));
}

/**
 * "the Chelsea neighborhood": one word right before a lower-case common noun, which is no pronoun or function
 * word, nor a verb unless an article before the name makes it a noun ("the Chelsea blast"; not "Chelsea blasts").
 */
function modifiesNoun(tokens: NameToken[], span: Span): boolean {
  const after = tokens[span.to];
  if (span.to - span.from !== 1 || !after || after.cap || !/^ +$/.test(after.gap)) return false;
  if (has(after, 'Pronoun', 'Adjective', 'PastTense', 'Gerund', ...ROLE_STOP_TAGS)) return false;
  const article = tokens[span.from - 1];
  return has(after, 'Noun') && !has(after, 'Verb') ? true : has(after, 'Infinitive') && !!article && ARTICLE.test(article.text);
}
