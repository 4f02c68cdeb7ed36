import { lexiconTags, wordTags } from '../../../../core/lexicon.js';
import { isSpaced } from '../../../../core/tokens.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { ADJECTIVE_BEFORE_NOUN_GAP, MODIFIED_WORD_STOP_TAGS, PEOPLE_ADJECTIVE_ENDING } from '../words.js';
import type { SpanRefiner } from './context.js';

/**
 * A lower-case noun a capitalised adjective may modify: one the lexicon files as a noun and as no verb, participle or
 * adverb ("victories", "donors", "frontrunner"; not "suggested", "there"), or an adjective before such a noun ("blue wall").
 */
function modifiedNoun(tokens: NameToken[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.cap || /(?:ed|ing)$/.test(t.lower) || has(t, 'Verb', ...MODIFIED_WORD_STOP_TAGS)) return false;
  if (lexiconTags(t.lower).some((tag) => /^(?:Uncountable|Adverb|Verb|PastTense|PresentTense|Infinitive)$/.test(tag))) return false;
  if (has(t, 'Noun')) return true;
  return has(t, 'Adjective') && isSpaced(tokens[k + 1]?.gap ?? '') && modifiedNoun(tokens, k + 1);
}

/**
 * "Democratic victories", "traditionally Democratic constituencies", "the Democratic “blue wall”", "Islamic militants":
 * one capitalised word (no title, no possessive) that English suffixes read as an adjective and the lexicon knows as
 * nothing else (not "Brown", "Closer": the lexicon files them as comparatives, and they name people and magazines),
 * right before a lower-case noun it modifies, names no one.
 */
function adjectiveModifiesNoun(tokens: NameToken[], span: Span): boolean {
  if (span.to - span.from !== 1) return false;
  const word = tokens[span.from]!;
  if (word.possessive || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return false;
  if (lexiconTags(word.lower).some((tag) => tag !== 'Adjective')) return false;
  const lower = wordTags(word.lower);
  if ((!lower.has('Adjective') || lower.has('Noun')) && !peopleAdjective(word)) return false;
  const next = tokens[span.to];
  return !!next && ADJECTIVE_BEFORE_NOUN_GAP.test(next.gap) && modifiedNoun(tokens, span.to);
}

/**
 * "British troops", "Turkish government", "Kurdish fighters": a people's adjective the lexicon does not know (it guesses
 * a noun) is read by its ending (`PEOPLE_ADJECTIVE_ENDING`), when the lexicon knows the word as nothing else.
 */
function peopleAdjective(word: NameToken): boolean {
  return PEOPLE_ADJECTIVE_ENDING.test(word.text) && lexiconTags(word.lower).every((tag) => tag === 'Adjective' || tag === 'Demonym');
}

export const adjectiveBeforeNoun: SpanRefiner = {
  name: 'adjective-before-noun',
  reason:
    'A capitalised adjective before a lower-case noun ("Democratic victories", "Democratic donors", "British troops") describes the noun and names no one; kept, a party\'s adjective became an entry of the listing that no label spells, and a people\'s adjective the lexicon reads as a noun ("British") one in eleven topics of the unlabelled articles.',
  judge: ({ tokens, span, hasTitle }) => (!hasTitle && adjectiveModifiesNoun(tokens, span) ? 'drop' : undefined),
};
