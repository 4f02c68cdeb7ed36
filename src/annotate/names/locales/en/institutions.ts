import type { Rule } from '../../../core/rules.js';
import {
  ACRONYM_NAME_MAX,
  NAME_SMALL_WORDS,
  LIST_COMMA,
  INSTITUTION_PART_JOINERS,
  TITLE_JOINERS,
  NOT_NAME_TAGS,
  PLACE_TAGS,
  TOPIC_NOUN_ENDING,
  TOPIC_ADJECTIVE_ENDING,
  TOPIC_WORDS_MAX,
  ROLE_COMPOUND_NOUNS,
  SEATS_OF_GOVERNMENT,
  NUMBERED_UNITS,
  UNIT_NUMBER,
} from './words.js';
import { has, type NameToken, type Span } from './tokens.js';
import { isSpaced } from '../../../core/tokens.js';
import { isCommonWord, isTitle, isModifier, isOrgHead } from './predicates.js';
import { knownWord, lexiconTags, wordTags } from '../../../core/lexicon.js';

/** Institutions names run through: "and" inside one ("Department of Health and Human Services"), an acronym spelling one, one opening a title. */

/**
 * "Amnesty International said": a sentence's first word the lexicon knows as a singular common noun (no title,
 * verb or adjective) opens the capitalised run right after it when that run ends in an institution word.
 */
export function opensInstitution(tokens: NameToken[], i: number): boolean {
  const here = tokens[i]!;
  if (
    !here.cap ||
    here.nameLike ||
    !here.sentenceStart ||
    here.possessive ||
    !has(here, 'Noun') ||
    has(here, 'Plural', 'Actor', 'Verb', 'Adjective', 'Adverb', ...NOT_NAME_TAGS)
  )
    return false;
  let end = i + 1;
  while (end < tokens.length && tokens[end]!.nameLike && isSpaced(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
  return end > i + 1 && isOrgHead(tokens[end - 1]!) && !tokens[end - 1]!.possessive;
}

/**
 * "Alternative for Germany (AfD)", "Committee to Protect Journalists (CPJ)": from a joiner at k, the capitalised
 * run after it, when an acronym in parentheses right after that run spells the initials of the whole name from
 * `from` (each word's first letter, small lower-case words counted or skipped, compared without case; or, for an
 * acronym with a lower-case letter, one letter per word in the words' case from the same first letter). Returns
 * the end of the whole name, or 0.
 */
export function spelledByAcronym(text: string, tokens: NameToken[], from: number, k: number, everyWord = false): number {
  let end = k;
  if (!tokens[end]?.nameLike || !isSpaced(tokens[end]!.gap)) return 0;
  while (end < tokens.length && tokens[end]!.nameLike && isSpaced(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
  const acronym = /^\s*\(([\p{L}]{2,6})\)/u.exec(text.slice(tokens[end - 1]!.end))?.[1];
  if (!acronym || !wordTags(acronym).has('Acronym')) return 0;
  const words = tokens.slice(from, end);
  const all = words.map((t) => t.text[0]!).join('');
  const capitals = words
    .filter((t) => t.cap)
    .map((t) => t.text[0]!)
    .join('');
  const letters = acronym.toLowerCase();
  if (all.toLowerCase() === letters || (!everyWord && capitals.toLowerCase() === letters)) return end;
  // "Alternative for Germany (AfD)": a name given in translation keeps its acronym's shape, a letter per word in the
  // words' own case (capitals for capitalised words, lower case for the small word), from the same first letter
  const shaped =
    /\p{Ll}/u.test(acronym) &&
    acronym.length === words.length &&
    acronym[0]!.toLowerCase() === all[0]!.toLowerCase() &&
    words.every((t, n) => t.cap === /\p{Lu}/u.test(acronym[n]!));
  return shaped ? end : 0;
}

/**
 * "Campaign to End the Death Penalty (CEDP)", "Committee to Protect Journalists (CPJ)": capitalised words with small
 * lower-case words between them ("to", "the", "against"), followed by an acronym in parentheses that spells the
 * capitals' initials, are one body's name. Returns the end of the whole name (from the run's first word), or 0.
 */
export const acronymAcrossSmallWords = {
  name: 'acronym-across-small-words',
  reason:
    'A body named with small words or commas inside ("Campaign to End the Death Penalty", "American Federation of State, County and Municipal Employees") was cut at its first lower-case word or comma into fragments ("Campaign", "End", "Death Penalty"); the acronym written after it spells the whole name.',
  end(text: string, tokens: NameToken[], from: number, to: number): number {
    let end = to;
    let small = 0;
    let joined = 0;
    while (end < tokens.length && end - from <= ACRONYM_NAME_MAX && !tokens[end - 1]!.possessive) {
      const t = tokens[end]!;
      // "American Federation of State, County and Municipal Employees (AFSCME)": a comma between the topics
      // after a name's "of" or "for" ("Paris, Lyon and Marseille (PLM)" lists places)
      const comma = LIST_COMMA.test(t.gap) && t.nameLike && joined > 0;
      if (!isSpaced(t.gap) && !comma) break;
      if (t.nameLike) {
        end++;
        if (!small) continue;
        const acronym = /^\s*\((\p{Lu}{3,})\)/u.exec(text.slice(t.end))?.[1];
        if (acronym) {
          const capitals = tokens
            .slice(from, end)
            .filter((w) => w.cap)
            .map((w) => w.text[0])
            .join('');
          return capitals === acronym ? end : 0;
        }
      } else if (NAME_SMALL_WORDS.has(t.text)) {
        small++;
        if (t.text !== 'and') joined++;
        end++;
      } else return 0;
    }
    return 0;
  },
};

/**
 * "Alternative for Germany (AfD)", "Bank of England (BoE)": a name with "of" or "for" inside whose acronym in
 * parentheses counts that small word's letter too is one body's name, though a place ends it ("Democratic
 * Republic of Congo (DRC)" skips "of" and stays a place).
 */
export function namedByAcronym(text: string, tokens: NameToken[], span: Span): boolean {
  for (let k = span.nameFrom + 1; k < span.to - 1; k++) {
    if (TITLE_JOINERS.has(tokens[k]!.text)) return spelledByAcronym(text, tokens, span.nameFrom, k + 1, true) === span.to;
  }
  return false;
}

/**
 * "Independent Electoral and Boundaries Commission", "Department of Health and Human Services", "Bill and
 * Melinda Gates Foundation": an "and" inside one institution's name, when the capitalised words after it
 * (two or more) end in an institution word and the ones before it [from, to) are no name of their own.
 * Returns the end of the whole name, or 0: "Kenya and Uganda", "Lam and Leung", "the Foreign Ministry and
 * Defence Ministry" (an institution before the "and"), "Carrie Lam and Civil Human Rights Front" (a person),
 * and a lone word the lexicon does not know ("Trump and Justice Department officials", "the Pentagon and
 * State Department") stay apart, unless an acronym in parentheses after it spells the whole name's initials.
 */
export function andInInstitution(text: string, tokens: NameToken[], from: number, to: number): number {
  const and = tokens[to];
  if (!and || and.text !== 'and' || !isSpaced(and.gap) || tokens[to - 1]!.possessive) return 0;
  let end = to + 1;
  while (end < tokens.length && tokens[end]!.nameLike && isSpaced(tokens[end]!.gap)) {
    end++;
    if (tokens[end - 1]!.possessive) break;
  }
  const right = tokens.slice(to + 1, end);
  const left = tokens.slice(from, to);
  if (right.length < 2 || right.slice(0, -1).some((t) => t.possessive)) return 0;
  if (!isOrgHead(right.at(-1)!)) return topicWordsAgency.joins(left, right) ? end : 0;
  // "Securities and Exchange Commission (SEC)": the initials say it is one name, whatever its words are
  const acronym = /^\s*\((\p{Lu}{2,})\)/u.exec(text.slice(tokens[end - 1]!.end))?.[1];
  const initials = [...left, ...right].map((t) => (/^\p{Lu}{2,}$/u.test(t.text) ? t.text : t.text[0]!)).join('');
  if (acronym === initials) return end;
  if (placesAndBody.joins(left, right)) return end;
  if (isOrgHead(left.at(-1)!) || left.some((t) => isTitle(t) || has(t, 'Acronym', 'LastName', 'Organization', ...PLACE_TAGS))) return 0;
  // a name the lexicon knows as a whole: "the United States and European Union"
  if (lexiconTags(left.map((t) => t.lower).join(' ')).some((tag) => PLACE_TAGS.includes(tag) || /Person|Name$|Organization/.test(tag))) return 0;
  // a person's name: "Carrie Lam", "Xi Jinping" (no word in it the lexicon knows as a common one)
  if (has(left[0]!, 'FirstName', 'MaleName', 'FemaleName') && left.length > 1) return 0;
  const common = (t: NameToken) => isOrgHead(t) || (knownWord(t.lower) && !has(t, 'Person', 'FirstName'));
  // "Bill and Melinda Gates Foundation": a first name alone is no one's whole name
  const fragment = left.some(common) || (left.length === 1 && has(left[0]!, 'FirstName', 'MaleName', 'FemaleName'));
  return fragment ? end : 0;
}

/**
 * "Center on Poverty and Inequality", "Ministry of Labor and Social Affairs": after an institution word and its
 * joiner, an "and" before one or two capitalised common words that end the run names the topic, inside the name.
 * Returns the end of the whole name, or 0: "the Ministry of Defense and Hezbollah" (a name of its own after
 * "and"), "the Council on Foreign Relations and Brookings Institution" stay apart.
 */
/** A common noun or adjective of a topic: one the lexicon knows (its plural's singular too), or an abstract noun by its ending ("Inequality"). */
const isTopicWord = (t: NameToken) =>
  !has(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization', ...PLACE_TAGS) &&
  (isCommonWord(t) || (/s$/.test(t.lower) && knownWord(t.lower.slice(0, -1))) || TOPIC_NOUN_ENDING.test(t.lower));

/**
 * "Immigration and Customs Enforcement": capitalised common words in mid-sentence on both sides of "and", two or more
 * after it ending in an abstract noun ("Enforcement", "Development"), are one agency's name though no institution
 * word ends it; cut at the "and", each side was a topic word alone. "Health and Safety" (one word after "and"), a
 * name or place on either side ("Kenya and Uganda"), a sentence's first words stay apart.
 */
export const topicWordsAgency = {
  name: 'topic-words-agency',
  reason:
    'An agency named for what it does ("Immigration and Customs Enforcement") ends in an abstract noun, not an institution word; cut at its "and", it gave two entries that are no one\'s name.',
  joins: (left: readonly NameToken[], right: readonly NameToken[]) =>
    right.length >= 2 &&
    !left[0]!.sentenceStart &&
    TOPIC_NOUN_ENDING.test(right.at(-1)!.lower) &&
    TOPIC_NOUN_ENDING.test(left.at(-1)!.lower) &&
    [...left, ...right].every((t) => !t.possessive && (isTopicWord(t) || lowerCaseNoun(t))),
};

/** A capitalised word that, written in lower case, is a common noun and no name or place ("Customs"). */
function lowerCaseNoun(t: NameToken): boolean {
  const tags = wordTags(t.lower);
  return tags.has('Noun') && !NAME_OR_PLACE_TAGS.some((tag) => tags.has(tag));
}
const NAME_OR_PLACE_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization', 'ProperNoun', 'Acronym', ...PLACE_TAGS];

/**
 * `adjective-in-topic`: "Institute of Strategic and International Studies", "Center for Economic and Social Research": an
 * adjective qualifying the noun of the topic after its "and" (by the lexicon, or by its ending though the lexicon lacks
 * it: "International") stays in the name; "the Ministry of Defense and Hezbollah Commanders" (no adjective) stays apart.
 */
export const adjectiveInTopic: Rule = {
  name: 'adjective-in-topic',
  reason:
    'An institution\'s topic after "and" may be an adjective and a noun ("Strategic and International Studies"); the adjective, which the lexicon lacks or files as an institution word ("International"), cut the name into "Institute of Strategic" and "International Studies".',
};
const isTopicQualifier = (t: NameToken) =>
  !has(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization', 'Acronym', 'Demonym', ...PLACE_TAGS) &&
  !lexiconTags(t.lower).some((tag) => NAME_OR_PLACE_TAGS.includes(tag)) &&
  (wordTags(t.lower).has('Adjective') || TOPIC_ADJECTIVE_ENDING.test(t.lower));

export function topicAndInInstitution(tokens: NameToken[], from: number, to: number): number {
  const and = tokens[to];
  if (!and || and.text !== 'and' || !isSpaced(and.gap) || tokens[to - 1]!.possessive) return 0;
  const topic = tokens.slice(from, to).some((t, i, run) => isOrgHead(t) && INSTITUTION_PART_JOINERS.has(run[i + 1]?.text ?? ''));
  if (!topic) return 0;
  const places = placesAndBody.servedEnd(tokens, from, to);
  if (places) return places;
  let end = to + 1;
  while (end < tokens.length && end - to <= TOPIC_WORDS_MAX && tokens[end]!.nameLike && isSpaced(tokens[end]!.gap)) {
    const t = tokens[end]!;
    const next = tokens[end + 1];
    // "Institute of Strategic and International Studies": a word the lexicon lacks may qualify the topic's last word
    const qualifies = end - to < TOPIC_WORDS_MAX && !!next?.nameLike && isSpaced(next.gap) && isTopicQualifier(t);
    if (qualifies ? t.possessive : !isTopicWord(t) || isOrgHead(t) || t.possessive) return 0;
    end++;
  }
  if (end === to + 1 || tokens[end]?.nameLike) return 0;
  return end;
}

export const institutionInTitleRule: Rule = {
  name: 'institution-in-title',
  reason: 'A title that opens with an institution\'s name ("European Commission President Ursula von der Leyen") names that institution too.',
};

/**
 * `local-in-title`: "SEIU Local 1199 President Dennis Rivera", "UAW Local 2110 President NAME": a union local's number
 * ends the body's name before the title as an institution word does, so the local is named too, not only glued into
 * the president's title.
 */
export const localInTitle = {
  name: 'local-in-title',
  reason:
    'A union local before its officer\'s title ("SEIU Local 1199 President Dennis Rivera") ends in its number, not an institution word, so the title was read but the local itself was never named.',
  /** Whether the token at `k` is a local's number after its unit word ("Local 1199"). */
  holds(tokens: NameToken[], k: number): boolean {
    const unit = tokens[k - 1];
    return !!unit && unit.cap && NUMBERED_UNITS.has(unit.lower) && UNIT_NUMBER.test(tokens[k]!.text);
  },
};

/**
 * "European Commission President", "Justice Department Inspector General": a title that opens with an
 * institution's name of two words or more, ending in an institution word and followed by title words
 * only. Returns that name's token range, or null.
 */
export function institutionInTitle(tokens: NameToken[], span: Span): { from: number; to: number } | null {
  if (span.nameFrom <= span.from) return null;
  let k = span.nameFrom - 1;
  let titles = 0;
  while (k > span.from && (isTitle(tokens[k]!) || (TITLE_JOINERS.has(tokens[k]!.text) && titles > 0))) {
    if (isTitle(tokens[k]!)) titles++;
    k--;
  }
  // "White House Press Secretary": a noun making a compound title with the title after it ("press secretary") is the
  // title's, when the words before it name a body ("Associated Press Secretary" keeps its "Press")
  const head = tokens.slice(span.from, k);
  if (
    titles &&
    head.length &&
    ROLE_COMPOUND_NOUNS.has(tokens[k]!.lower) &&
    (isOrgHead(head.at(-1)!) || SEATS_OF_GOVERNMENT.has(head.map((t) => t.lower).join(' ')))
  )
    return { from: span.from, to: k };
  if (!titles || !(isOrgHead(tokens[k]!) || localInTitle.holds(tokens, k))) return null;
  // "European" opening a sentence is no name by itself, but it opens the institution's
  let from = span.from;
  while (from > 0 && tokens[from - 1]!.cap && !tokens[from - 1]!.nameLike && isModifier(tokens[from - 1]!) && isSpaced(tokens[from]!.gap)) from--;
  const name = tokens.slice(from, k + 1);
  if (name.length < 2 || name.slice(0, -1).some((t) => t.possessive)) return null;
  return { from, to: k + 1 };
}

/** A word of a national agency's topic: a topic word, or an adjective the lexicon knows that is no place's ("Global", "Public"). */
const agencyTopicWord = (t: NameToken) =>
  t.cap && !t.possessive && !has(t, 'Demonym', ...PLACE_TAGS) && (isTopicWord(t) || lowerCaseNoun(t) || lexiconTags(t.lower).includes('Adjective'));
/** The word right before the country: a noun, not an adjective naming a part of the country ("Northern Ireland", "New England"). */
const agencyHead = (t: NameToken) => agencyTopicWord(t) && !lexiconTags(t.lower).includes('Adjective') && !has(t, 'Adjective');

/**
 * "Global Affairs Canada", "Public Services and Procurement Canada", "Immigration, Refugees and Citizenship Canada":
 * a national agency named by its topic and its country, the topic's nouns listed with commas and "and". Read as a
 * place ending in a country, it was dropped, and cut at its commas it gave topic words that are no one ("Housing").
 * "Northern Ireland", "New England", "Atlantic Canada" (an adjective before the country) and one word alone ("Central
 * Canada") stay places.
 */
export const countryAgency = {
  name: 'country-agency',
  reason:
    'Some national agencies are named by their topic and their country ("Global Affairs Canada", "Immigration, Refugees and Citizenship Canada"); read as a place ending in a country the name was dropped, and cut at its commas it gave lone topic words.',
  /** Whether the run's words are such a name: two topic words or more before a country, the last one a noun. */
  holds(name: readonly NameToken[]): boolean {
    if (name.length < 3 || !has(name.at(-1)!, 'Country')) return false;
    const topic = name.slice(0, -1);
    return agencyHead(topic.at(-1)!) && topic.every((t, k) => agencyTopicWord(t) || (t.text === 'and' && k > 0));
  },
  /** From a topic word at `from`, the end of such a name listed past commas and one "and" (at `to`), or 0. */
  end(tokens: NameToken[], from: number, to: number): number {
    const next = tokens[to];
    if (!next || !(LIST_COMMA.test(next.gap) || (next.text === 'and' && isSpaced(next.gap)))) return 0;
    if (!tokens.slice(from, to).every(agencyTopicWord)) return 0;
    let end = to;
    let and = false;
    while (end < tokens.length && end - from <= ACRONYM_NAME_MAX) {
      const t = tokens[end]!;
      if (t.text === 'and' && !and && isSpaced(t.gap)) {
        and = true;
        end++;
        continue;
      }
      if (!(isSpaced(t.gap) || (LIST_COMMA.test(t.gap) && !and)) || !t.nameLike) return 0;
      if (has(t, 'Country')) {
        const after = tokens[end + 1];
        return and && agencyHead(tokens[end - 1]!) && !(after?.nameLike && isSpaced(after.gap)) ? end + 1 : 0;
      }
      if (!agencyTopicWord(t)) return 0;
      end++;
    }
    return 0;
  },
};

/** A place's word: the lexicon's place tags, no institution word. */
const placeWord = (t: NameToken) => !t.possessive && has(t, ...PLACE_TAGS) && !isOrgHead(t);

/**
 * "Devon and Cornwall Police", "Trinidad and Tobago Police Service", "Police Federation of England and Wales": a body
 * serving two places joined by "and" is one name; cut at the "and", it gave a place and a body of the second place
 * alone. "Kenya and Uganda" (no body), "Britain and the European Union" (no place before the body's word), "Trump and
 * Justice Department officials" stay apart.
 */
export const placesAndBody = {
  name: 'places-and-body',
  reason:
    'Police forces, federations and councils serve two places joined by "and" ("Devon and Cornwall Police", "Police Federation of England and Wales"); cut at the "and", the name gave a lone place and a fragment ("Cornwall Police", "Police Federation of England").',
  /** Whether places, "and", places and institution words make one name ("Devon" and "Cornwall Police"). */
  joins(left: readonly NameToken[], right: readonly NameToken[]): boolean {
    const firstBody = right.findIndex((t) => isOrgHead(t));
    return (
      left.length <= 2 &&
      // "Devon": a county the lexicon knows only as a given name still pairs with the place after the "and"
      left.every((t) => t.cap && !t.possessive && !isOrgHead(t) && !isTitle(t) && !has(t, 'Acronym', 'Organization')) &&
      firstBody > 0 &&
      right.slice(0, firstBody).every(placeWord) &&
      right.slice(firstBody).every((t) => isOrgHead(t) || isCommonWord(t))
    );
  },
  /** A name with "and" inside that ends in an institution word ("Devon and Cornwall Police") is a body's, whatever its first word. */
  weigh({ name }: { name: NameToken[] }, tally: { org: number; person: number }) {
    if (name.length < 3 || !isOrgHead(name.at(-1)!) || !name.some((t) => t.text === 'and')) return;
    tally.org += tally.person + 1;
    tally.person = 0;
  },
  /** After an institution word and "of" ending in a place (the run [from, to)), the end past "and" and one more place, or 0. */
  servedEnd(tokens: NameToken[], from: number, to: number): number {
    const of =
      tokens
        .slice(from, to)
        .map((t) => t.text)
        .lastIndexOf('of') + from;
    if (of <= from || !isOrgHead(tokens[of - 1]!) || !tokens.slice(of + 1, to).every(placeWord)) return 0;
    const place = tokens[to + 1];
    const after = tokens[to + 2];
    if (!place || !isSpaced(place.gap) || !placeWord(place) || (after?.nameLike && isSpaced(after.gap))) return 0;
    return to + 2;
  },
};
