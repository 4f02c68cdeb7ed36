import { isSpaced } from '../../../../core/tokens.js';
import { isCommonWord } from '../predicates.js';
import { has, type NameToken } from '../tokens.js';
import { AGE_RANGE, INVERTED_SPEECH_VERBS, PERSON_RELATIVES, PICTURE_POSITIONS } from '../words.js';
import type { EvidenceRule } from './context.js';

/** "Karen Aim, 26, from Orkney", "said Faisal Khosa, 35, whose father": an age set off by commas right after the name. */
function ageAfter(tokens: NameToken[], to: number): boolean {
  const age = tokens[to];
  const next = tokens[to + 1];
  if (!age || !/^\d{1,3}$/.test(age.text) || !/^,[ \t]+$/.test(age.gap)) return false;
  const years = Number(age.text);
  // the figure ends there: a comma, a bracket or the sentence's end ("PizzaExpress, 7.5p lower" is a price)
  return years >= AGE_RANGE.min && years <= AGE_RANGE.max && (!next || /^(?:[,;)]|\.\s)/.test(next.gap));
}

/** "Janno Lieber, who oversees …": a relative pronoun of persons right after the name and its comma. */
const relativeAfter = (tokens: NameToken[], to: number): boolean => {
  const t = tokens[to];
  return !!t && PERSON_RELATIVES.has(t.lower) && /^,[ \t]+$/.test(t.gap);
};

/** "Khalil Khatri (center) prayed": where someone stands in a picture, in brackets after the name. */
function pictureAfter(text: string, tokens: NameToken[], to: number): boolean {
  const first = tokens[to];
  if (!first || !/^\s*\($/.test(first.gap)) return false;
  const close = text.indexOf(')', first.start);
  const inside = close > 0 ? tokens.filter((t) => t.start >= first.start && t.end <= close) : [];
  return inside.length > 0 && inside.length <= 3 && inside.every((t) => PICTURE_POSITIONS.has(t.lower));
}

export const personMarkAfterName: EvidenceRule = {
  name: 'person-mark-after-name',
  reason:
    'What follows a name that only a person\'s takes says person: an age set off by commas ("Faisal Khosa, 35, whose father"), a relative "who" ("Janno Lieber, who oversees the project"), where someone stands in a picture ("Khalil Khatri (center) prayed"). A name of unknown words seen once with none of this was left out as of no known kind (the mark weighs only where nothing else has); a body\'s name (one with an organisation\'s evidence, or made of common words: "Human Rights Watch, who") is left as it is, and "who" after a one-word name says nothing (groups take it too).',
  weigh({ text, tokens, span, name, last }, tally) {
    // only a name nothing else has told: a mark adds nothing to a first name or a title already read
    // (a code is no one's name: "P1, 4, 5 Cardiff bus company")
    if (tally.org > 0 || tally.person > 0 || last.possessive || name.every(isCommonWord) || name.some((t) => /\d/.test(t.text))) return;
    const mark = ageAfter(tokens, span.to) || pictureAfter(text, tokens, span.to) || (name.length > 1 && relativeAfter(tokens, span.to));
    if (mark) tally.person += 1;
  },
};

export const speechBeforeName: EvidenceRule = {
  name: 'speech-before-name',
  reason:
    'A speech verb after a quote or a clause and before a name (\'"We did our best," said Janno Lieber\', "…, added Tom Dale") puts the speaker after the verb, as "X said" puts it before, so a name of two words or more so placed that nothing else has told (one seen once was left out as of no known kind) is a person, unless it is made of common words ("said Human Rights Watch": an organisation).',
  weigh({ tokens, span, name, before, last }, tally) {
    if (name.length < 2 || span.nameFrom !== span.from || !before || !INVERTED_SPEECH_VERBS.has(before.lower) || last.possessive) return;
    if (!isSpaced(tokens[span.from]!.gap) || !/[,"”’'—–-]\s*$/.test(before.gap)) return;
    // only a name nothing else has told: the verb adds nothing to a first name or a title already read
    if (tally.org > 0 || tally.person > 0) return;
    if (name.every(isCommonWord)) tally.org += 1;
    else if (!has(name[0]!, 'Demonym')) tally.person += 1;
  },
};
