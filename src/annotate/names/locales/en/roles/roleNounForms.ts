import type { Rule } from '../../../../core/rules.js';
import { isSpaced } from '../../../../core/tokens.js';
import { has, type NameToken } from '../tokens.js';
import { lexiconTags, wordTags } from '../../../../core/lexicon.js';
import { AGENT_NOUN_ENDING, HYPHEN_PART_STOP_TAGS, ROLE_NOUN_ENDING, ROLE_PLURAL_COMPOUND_NOUNS, VERB_LIKE_PERSON_NOUNS } from '../words.js';
import { isPersonNoun } from './roleJoiners.js';

/** Roles before a name whose noun takes a form the role reader refused: hyphenated, after "to", after a plural that modifies it. */

export const hyphenatedPersonNoun: Rule & { holds(t: NameToken | undefined): boolean; endsRole(tokens: NameToken[], k: number): boolean } = {
  name: 'hyphenated-person-noun',
  reason:
    'A hyphenated word right before a name whose last part is a person\'s noun or an agent noun ("left-armer Paul Harris", "all-rounder Jacob Oram", "co-anchor Harry Smith", "model-turned-singer Carla Bruni") is the person\'s role, where every hyphenated word was refused as the role\'s noun; a hyphenated adjective ("Oscar-winning", "best-of-three", "21-year-old") ends in no such noun.',
  holds(t) {
    if (!t || t.cap || t.possessive || !/^\p{L}+(?:-\p{L}+)+$/u.test(t.text)) return false;
    // the last part no number or unit ("best-of-three", "Five-hundred-meter"; "third-stringer" is one)
    const part = t.lower.slice(t.lower.lastIndexOf('-') + 1);
    const tags = lexiconTags(part);
    if (tags.some((tag) => HYPHEN_PART_STOP_TAGS.includes(tag))) return false;
    return AGENT_NOUN_ENDING.test(part) || ROLE_NOUN_ENDING.test(part) || tags.includes('Actor');
  },
  /** "hope to re-sign former third-stringer NAME": a hyphenated verb after "to" ends the role before it. */
  endsRole(tokens, k) {
    const t = tokens[k]!;
    // (a capital in it makes it a modifier of a name: "to ex-South Korean President NAME")
    return t.text.includes('-') && !/\p{Lu}/u.test(t.text) && tokens[k - 1]?.lower === 'to' && !this.holds(t);
  },
};

export const personNounAfterTo: Rule & { holds(tokens: NameToken[], k: number): boolean } = {
  name: 'person-noun-after-to',
  reason:
    'After "to", one word before a name was taken for an infinitive ("threatened to sanction Iraq") and no role was read; a person\'s noun (one the lexicon calls an actor) is a role there ("edged it to wicketkeeper Denesh Ramdin", "told it to journalist Mick Brown", "handed to mayor James Treloar"), while a word that may be a verb ("to partner NAME", "to broker NAME", "to coach NAME") stays out.',
  holds(tokens, k) {
    const t = tokens[k]!;
    // a person's noun by the lexicon ("journalist", "wicketkeeper"); an ending alone will not do ("to order NAME", "to assist NAME")
    // (or a hyphenated person's noun: "threw the ball to wicket-keeper Sanju Samson")
    if (hyphenatedPersonNoun.holds(t)) return true;
    return (
      !t.cap && wordTags(t.lower).has('Actor') && !VERB_LIKE_PERSON_NOUNS.has(t.lower) && !has(t, 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund')
    );
  },
};

export const pluralCompoundInRole: Rule & { holds(tokens: NameToken[], k: number, nameFrom: number): boolean } = {
  name: 'plural-compound-in-role',
  reason:
    'A plural noun the lexicon files as a verb ("arms", "rights") modifying the person\'s noun right after it ("former arms dealer Karlheinz Schreiber", "human rights lawyer Gao Zhisheng") is part of the role, which was cut after it ("dealer", "lawyer"); the words are a table (ROLE_PLURAL_COMPOUND_NOUNS), never a verb of speech ("says", "wants"), and only before the noun that ends the role.',
  holds(tokens, k, nameFrom) {
    const t = tokens[k]!;
    const noun = tokens[k + 1];
    return !t.cap && k === nameFrom - 2 && ROLE_PLURAL_COMPOUND_NOUNS.has(t.lower) && !!noun && isSpaced(noun.gap) && isPersonNoun(noun);
  },
};
