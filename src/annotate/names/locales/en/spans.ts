import type { Rule } from '../../../core/rules.js';
import {
  GENERATIONAL_SUFFIX,
  INSTITUTION_JOINERS,
  NAME_JOINERS,
  NAME_JOINERS_MAX,
  PLACE_TAGS,
  TOPIC_INSTITUTIONS,
  WORD_PARTICLES,
  TITLE_JOINERS,
  OBJECT_PREPOSITIONS,
  THE,
  AMPERSAND_GAP,
  DAY_OR_UNIT_NUMBER,
  UNIT_NUMBER,
  NUMBERED_UNITS,
  NICKNAME_OPEN,
  NICKNAME_CLOSE,
  NOT_NAME_TAGS,
  HYPHENATED_GIVEN_NAME,
  SEATS_OF_GOVERNMENT,
} from './words.js';
import { has, type NameToken, type Span } from './tokens.js';
import { isClassifyingAdjective, isLandmarkWord, isPlaceWord, lexiconTags, opensPlaceName, wordTags } from '../../../core/lexicon.js';
import { isSpaced } from '../../../core/tokens.js';
import { agentNounTitle, conferredHonorific, isTitle, titleAcronym, isModifier, isOrgHead, isCommonWord, describes, groupPossessive } from './predicates.js';
import { isPluralTitle } from './roles/pluralTitle.js';
import { flightNumber } from './flights.js';
import { unionLocal } from './unionLocal.js';
import { causeGroupName } from './causeGroupName.js';
import { bodyHeadTopic, bodyPurpose } from './bodyHeadJoiners.js';
import { acronymAcrossSmallWords, countryAgency, opensInstitution, spelledByAcronym, andInInstitution, topicAndInInstitution } from './institutions.js';

/** Runs of capitalised words that may be names, with the title that opens each. */

export const capitalisedRun: Rule = {
  name: 'capitalised-run',
  reason:
    'A run of capitalised words (joined by particles such as "al-", "von der", "of the", and "on" after an institution word: "Council on Foreign Relations") may be a name, unless a span refiner drops it.',
};

export function findSpans(text: string, tokens: NameToken[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const here = tokens[i]!;
    const next = tokens[i + 1];
    // "De Croo told reporters": a capitalised particle may open a surname.
    const opensName =
      (here.cap && NAME_JOINERS.has(here.lower) && !!next?.nameLike && isSpaced(next.gap)) ||
      sentenceStartOpensBody(text, tokens, i) ||
      opensInstitution(tokens, i) ||
      numberInName.opensWithDate(tokens, i);
    if (!here.nameLike && !opensName) {
      i++;
      continue;
    }
    let to = i + 1;
    for (;;) {
      const prev = tokens[to - 1]!;
      if (to >= tokens.length) break;
      const next = tokens[to]!;
      // "Chicago Teachers' Union", "Children's Hospital": a plural common noun's possessive opens a longer name
      if (prev.possessive && !(groupPossessive(prev) && next.nameLike && isSpaced(next.gap)) && !buildingAfterPossessive(tokens, i, to)) break;
      // 'Joko "Jokowi" Widodo': a nickname in quotes between a given name and a surname
      const nickname = quotedNickname.joins(tokens, to);
      // "Immigration, Refugees and Citizenship Canada": an agency's topics listed with commas before its country
      const agency = countryAgency.end(tokens, i, to);
      if (!agency && !nickname && ((!isSpaced(next.gap) && !ampersandInName.joins(prev, next)) || flightNumber.cuts(tokens, to))) break;
      if (agency || nickname || next.nameLike || numberInName.joins(tokens, i, to)) {
        to = agency || to + (nickname ? 2 : 1);
        continue;
      }
      // "Ursula von der Leyen", "Ludwig van den Berg", "Pablo de la Cruz": particles, several in a row.
      const particles = joinerRun(tokens, to);
      const width = particles || 1;
      const after = tokens[to + width];
      // "Council on Foreign Relations", "Center on Poverty": "on" after an institution word, before no place ("Parliament on Capitol Hill")
      const joins =
        particles > 0 ||
        (TITLE_JOINERS.has(next.text) && (isTitle(prev) || isOrgHead(prev))) ||
        (INSTITUTION_JOINERS.has(next.text) && TOPIC_INSTITUTIONS.has(prev.lower) && !!after && !has(after, ...PLACE_TAGS));
      // "Alternative for Germany (AfD)": an acronym in parentheses spelling the words' initials says it is one name
      const spelled = (TITLE_JOINERS.has(next.text) ? spelledByAcronym(text, tokens, i, to + 1) : 0) || acronymAcrossSmallWords.end(text, tokens, i, to);
      if (spelled) {
        to = spelled;
        continue;
      }
      if (joins && after?.nameLike && isSpaced(after.gap)) {
        to += width + 1;
        continue;
      }
      const institutionEnd = institutionEndAt(text, tokens, i, to);
      if (institutionEnd) {
        to = institutionEnd;
        continue;
      }
      break;
    }
    // "said von der Leyen", "met bin Salman": lower-case particles right before a surname open it.
    let from = i;
    while (from > 0 && i - from < NAME_JOINERS_MAX && leadingParticle(tokens, from - 1) && isSpaced(tokens[from]!.gap)) from--;
    if (from < i && (spans.at(-1)?.to ?? 0) <= from) i = from;
    pushRun(spans, tokens, i, to);
    i = to;
  }
  return spans;
}

/** The end of a body's name past a joiner the run stops at ("and", "for", "of the"), or 0. */
function institutionEndAt(text: string, tokens: NameToken[], from: number, to: number): number {
  return (
    unionLocal.end(tokens, from, to) ||
    andInInstitution(text, tokens, from, to) ||
    topicAndInInstitution(tokens, from, to) ||
    causeGroupName.end(tokens, from, to) ||
    institutionOfThe.end(tokens, to) ||
    bodyHeadTopic.end(tokens, from, to) ||
    bodyPurpose.end(tokens, from, to)
  );
}

/**
 * "Food and Drug Administration officials said": a sentence's common first word opening an institution's name, but not a
 * plural one ("Students and Civil Human Rights Front members marched"); "Veterans for Peace has …": a plural opening a
 * group's name with its cause (`cause-group-name`).
 */
function sentenceStartOpensBody(text: string, tokens: NameToken[], i: number): boolean {
  const here = tokens[i]!;
  if (!here.cap || here.nameLike || !here.sentenceStart) return false;
  if (has(here, 'Plural')) return causeGroupName.opensSentence(tokens, i);
  return tokens[i + 1]?.text === 'and' && andInInstitution(text, tokens, i, i + 1) > 0;
}

/**
 * "UAW Local 2110", "Section 22", "April 6 Youth Movement": a number after a body's unit word, or a date a body is named
 * for, is part of its name.
 */
export const numberInName = {
  name: 'number-in-name',
  reason:
    'A union local or section is named by its number ("Carpenters Union Local 94", "Section 22"), and some bodies by a date ("March 10th Coalition"); cut before the number, the name lost it and the rest was a fragment ("Local", "Section").',
  /** Whether the token at `to` is a number inside the run [from, to). */
  joins(tokens: NameToken[], from: number, to: number): boolean {
    const prev = tokens[to - 1]!;
    const next = tokens[to];
    if (!next || !isSpaced(next.gap) || prev.possessive) return false;
    // `union-local-number`: a local's number may be hyphenated or lettered ("Local 4-200", "Local 32BJ", "Local 1199SEIU")
    if (prev.cap && NUMBERED_UNITS.has(prev.lower) && UNIT_NUMBER.test(next.text)) return true;
    if (!DAY_OR_UNIT_NUMBER.test(next.text)) return false;
    return to === from + 1 && numberInName.opensWithDate(tokens, from);
  },
  /** A name numbered so ("UAW Local 2110 said") is a body's, not a person's. */
  weigh({ name }: { name: NameToken[] }, tally: { org: number; person: number }) {
    if (!name.some((t, k) => k > 0 && (DAY_OR_UNIT_NUMBER.test(t.text) || (NUMBERED_UNITS.has(name[k - 1]!.lower) && UNIT_NUMBER.test(t.text))))) return;
    tally.org += tally.person + 1;
    tally.person = 0;
  },
  /** "the March 10th Coalition": after "the", a month, a day and capitalised words ending in an institution word. */
  opensWithDate(tokens: NameToken[], i: number): boolean {
    const month = tokens[i]!;
    const day = tokens[i + 1];
    // "the March 10th Coalition"; "On March 10 Coalition members marched" is a date
    if (!THE.test(tokens[i - 1]?.text ?? '') || !month.cap || !has(month, 'Month') || !day || !isSpaced(day.gap) || !DAY_OR_UNIT_NUMBER.test(day.text))
      return false;
    let end = i + 2;
    while (end < tokens.length && tokens[end]!.nameLike && isSpaced(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
    return end > i + 2 && isOrgHead(tokens[end - 1]!);
  },
};

/** "Pacific Gas & Electric Co.", "AT&T", "Marks & Spencer": an ampersand between capitalised words joins one body's name. */
export const ampersandInName = {
  name: 'ampersand-in-name',
  reason:
    'An ampersand between capitalised words ("Pacific Gas & Electric Co.", "AT&T") is inside one company\'s name; cut there, the name gave fragments ("Pacific Gas", "Electric Co", "T").',
  joins: (prev: NameToken, next: NameToken) => AMPERSAND_GAP.test(next.gap) && prev.cap && next.cap && next.nameLike && !prev.possessive,
  /** A name holding an ampersand is a firm's ("Smith & Wesson"), however personal its words. */
  weigh({ name }: { name: NameToken[] }, tally: { org: number; person: number }) {
    if (!name.slice(1).some((t) => AMPERSAND_GAP.test(t.gap))) return;
    tally.org += 1;
    tally.person = 0;
  },
};

/** "Office of the President", "Department of the Treasury": an institution word, "of the" and what it serves. */
export const institutionOfThe = {
  name: 'institution-of-the',
  reason:
    'An institution word followed by "of the" and capitalised words names one body ("the Office of the President", "Department of the Treasury"); cut at "of", the name gave a lone "Office" and a title; another body after it ("the Board of the Federal Reserve Bank") stays a name of its own.',
  /** The end of the run past "of the" at `to`, or 0. */
  end(tokens: NameToken[], to: number): number {
    const head = tokens[to - 1]!;
    // "Congregation for the Doctrine", "Court for the Southern District": "for the" as "of the" (`body-head-topic`)
    if (!isOrgHead(head) || head.possessive || !TITLE_JOINERS.has(tokens[to]?.text ?? '') || tokens[to + 1]?.text !== 'the') return 0;
    let end = to + 2;
    while (end < tokens.length && tokens[end]!.nameLike && tokens[end]!.cap && isSpaced(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
    return end > to + 2 && !isOrgHead(tokens[end - 1]!) ? end : 0;
  },
};

/** "Iowans", "Members", "Families": a capitalised plural that is no person's or place's name ("Williams", "Paris"). */

/**
 * "St. Patrick's Cathedral", "St. Paul's Church": in a run opened by "St." (or another place opener), a possessive
 * right before a capitalised building word that ends the run is inside the building's name. Elsewhere a possessive
 * still ends a name ("Obama's Tower", "Chicago's Grant Park", "Trump's Justice Department").
 */
function buildingAfterPossessive(tokens: NameToken[], from: number, k: number): boolean {
  if (!opensPlaceName(tokens[from]!.lower)) return false;
  const next = tokens[k];
  const after = tokens[k + 1];
  if (!next?.cap || !isSpaced(next.gap) || !isLandmarkWord(next.lower) || has(next, 'Plural')) return false;
  return !after || !after.cap || !isSpaced(after.gap);
}

/** How many name particles start at token k ("von der" in "Ursula von der Leyen", "De" in "Alexander De Croo"), 0 if none. */
function joinerRun(tokens: NameToken[], k: number): number {
  let n = 0;
  while (n < NAME_JOINERS_MAX && k + n < tokens.length) {
    const t = tokens[k + n]!;
    if (!NAME_JOINERS.has(t.lower) || t.possessive || !isSpaced(t.gap)) break;
    n++;
  }
  return n;
}

/**
 * A lower-case particle that opens a surname written alone ("von der Leyen", "bin Salman", "de Croo").
 * The Arabic article is left out: "al Sadr" is keyed as Sadr without it (../../keys.ts).
 */
function leadingParticle(tokens: NameToken[], k: number): boolean {
  const t = tokens[k]!;
  return NAME_JOINERS.has(t.lower) && !t.cap && !t.possessive && !WORD_PARTICLES.has(t.lower);
}

/**
 * "Ministry of Justice", "Council of Ministers": a title word right after an institution word and "of" or
 * "for", with no title before them, is what the institution deals with, not someone's office.
 */
function institutionTopic(tokens: NameToken[], titleEnd: number, k: number): boolean {
  // "Office of the President": "the" between them too (institution-of-the)
  const at = tokens[k - 1]?.text === 'the' && tokens[k - 2]?.text === 'of' ? k - 1 : k;
  const joiner = tokens[at - 1];
  const head = tokens[at - 2];
  // "Commission on Human Rights": "on" after a body that takes a topic too ("Human" is no title there)
  return at - 2 >= titleEnd && !!joiner && !!head && (TITLE_JOINERS.has(joiner.text) || INSTITUTION_JOINERS.has(joiner.text)) && isOrgHead(head);
}

/** A person's name of two words or more after a title: no common or institution word ("King Day Parade"), no generational suffix ("King Jr."), no possessive inside. */
function fullNameAt(tokens: NameToken[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return (
    words.length >= 2 &&
    words.every((t) => t.nameLike && !isTitle(t) && !isCommonWord(t) && !isOrgHead(t)) &&
    !words.slice(0, -1).some((t) => t.possessive) &&
    !GENERATIONAL_SUFFIX.test(words.at(-1)!.lower.replace(/\.$/, ''))
  );
}

/** Adds the run [from, to) as a span, or as two when a place before a full name opens it ("envoy to Ukraine Kurt Volker"). */
function pushRun(spans: Span[], tokens: NameToken[], from: number, to: number): void {
  // "Australian Todd Louden": the nationality is no name of its own, and no part of the person's
  const nationality = demonymBeforeName.splitAt(tokens, from, to);
  if (nationality) from = nationality;
  const split = placeBeforeName.splitAt(tokens, from, to) || leaderBeforeSeat.splitAt(tokens, from, to);
  if (split) spans.push({ from, to: split, nameFrom: from, dropped: false });
  const start = split || from;
  spans.push({ from: start, to, nameFrom: titleLength(tokens, start, to) + start, dropped: false });
}

/**
 * "the Trump White House", "the Obama White House", "the Putin Kremlin": a leader's name before a seat of government names
 * the administration, which the news writes as the seat ("the White House"); the leader is a name of its own.
 */
export const leaderBeforeSeat = {
  name: 'leader-before-seat',
  reason:
    'A leader\'s name written before a seat of government ("former Trump White House officials") was glued to it, giving an entry no one spells ("Trump White House") and a body apart from "the White House".',
  /** Where the seat begins in the run [from, to), when one name word comes before it; or 0. */
  splitAt(tokens: NameToken[], from: number, to: number): number {
    for (let k = from + 1; k < to && k - from <= 2; k++) {
      if (
        !SEATS_OF_GOVERNMENT.has(
          tokens
            .slice(k, to)
            .map((t) => t.lower)
            .join(' '),
        )
      )
        continue;
      const leader = tokens.slice(from, k);
      // a name's words, no place's, body's or title ("the Washington White House" would be no leader's)
      const named = (t: NameToken) => !t.possessive && !isTitle(t) && !isOrgHead(t) && !has(t, 'Organization', 'Demonym', 'Acronym', ...PLACE_TAGS);
      return isSpaced(tokens[k]!.gap) && leader.every(named) ? k : 0;
    }
    return 0;
  },
};

/**
 * "special envoy to Ukraine Kurt Volker", "Ambassador to the European Union Gordon Sondland": after a preposition
 * (and "the"), a place or a body written right before a person's full name is what the role before it is about, a
 * name of its own, not the person's first words. Returns where the person's name begins, or 0.
 */
export const placeBeforeName = {
  name: 'place-before-name',
  reason:
    'A role\'s place or body written right before a full name ("envoy to Ukraine NAME NAME", "Ambassador to the European Union NAME NAME") is a name of its own; read as the first words of the person\'s name, it glued the two.',
  splitAt(tokens: NameToken[], from: number, to: number): number {
    const before = tokens[from - 1];
    const preposition = before && THE.test(before.text) ? tokens[from - 2] : before;
    if (!preposition || !OBJECT_PREPOSITIONS.has(preposition.text)) return 0;
    // "to Georgia Ann Meloni": a run opening with a given name may be one person's name
    if (has(tokens[from]!, 'FirstName', 'MaleName', 'FemaleName')) return 0;
    for (let k = from + 1; k <= to - 2; k++) {
      const t = tokens[k]!;
      if (tokens[k - 1]!.possessive || !isSpaced(t.gap)) return 0;
      if (!has(t, 'FirstName', 'MaleName', 'FemaleName') || !fullNameAt(tokens, k, to)) continue;
      const owner = tokens.slice(from, k);
      const phrase = wordTags(owner.map((w) => w.lower).join(' '));
      const placeOrBody = PLACE_TAGS.some((tag) => phrase.has(tag)) || isOrgHead(owner.at(-1)!) || owner.every((w) => has(w, ...PLACE_TAGS));
      return placeOrBody ? k : 0;
    }
    return 0;
  },
};

export const demonymBeforeName = {
  name: 'demonym-before-name',
  reason:
    'A nationality written before a person\'s full name ("the departure of Australian Todd Louden", "fellow Brit Ralph Fiennes") was read as the name\'s first word, giving an entry no one spells ("Australian Todd Louden") and a person apart from the surname written alone; a demonym before a title stays in the role ("German Chancellor Angela Merkel") and one before a body\'s name opens it ("Iraqi Center for Studies").',
  /** Where the person's name begins in the run [from, to), after a demonym opening it; or 0. */
  splitAt(tokens: NameToken[], from: number, to: number): number {
    const demonym = tokens[from]!;
    const given = tokens[from + 1];
    if (!given || demonym.possessive || !has(demonym, 'Demonym') || !isSpaced(given.gap)) return 0;
    // a person's name follows: two words or more, no title or common word, one the lexicon knows as a name's
    const named = tokens.slice(from + 1, to).some((t) => has(t, 'FirstName', 'MaleName', 'FemaleName', 'LastName'));
    return named && fullNameAt(tokens, from + 1, to) ? from + 1 : 0;
  },
};

/**
 * "Jena Mayor Murphy McMillan", "Ridgefield Police Chief Ann Lee": a place or body opening the run before a title
 * and a full name is the office's (the role's), not part of the person's name, even when the lexicon also knows
 * its word as a given name or surname ("Jena", "Maryland"). Returns the end of the title, or 0 when none.
 */
export const ownerBeforeTitle = {
  name: 'owner-before-title',
  reason:
    'A place or body written before a title and a full name ("Jena Mayor NAME") owns the office; read as the first word of the name, it glued the place and the title into the person\'s name.',
  titleEnd(tokens: NameToken[], from: number, to: number): number {
    for (let k = from + 1; k < to - 2; k++) {
      const t = tokens[k]!;
      if (t.possessive || !isSpaced(t.gap)) return 0;
      if (!isTitle(t)) continue;
      let end = k + 1;
      while (end < to && isTitle(tokens[end]!)) end++;
      return tokens.slice(from, k).some((w) => w.possessive) || !fullNameAt(tokens, end, to) ? 0 : end;
    }
    return 0;
  },
};

/**
 * How many leading tokens of a run are a title: up to the last title word before
 * the name begins ("Iraqi Prime Minister", "Defense Secretary", "Secretary of State").
 */
/**
 * `office-topic-to-given-name`: "Minister for Civil Defence Carl-Oskar Bohlin", "Minister for Foreign Affairs Penny
 * Wong": the topic of an office after its "for" or "of" may have two words or more; the word at `k` is still the topic's
 * when a given name (the lexicon's, or a hyphenated one) follows it and opens a name of two words or more. "Secretary of
 * State Mike Pompeo" (a given name right after the first topic word) and "Minister of Defence Smith" stay as they were.
 */
export const officeTopicToGivenName: Rule = {
  name: 'office-topic-to-given-name',
  reason:
    'An office\'s topic of two words ("Minister for Civil Defence", "Minister for Foreign Affairs") was cut after its first word, so its second was glued to the holder\'s name ("Defence Carl-Oskar Bohlin") and the role lost it.',
};
function officeTopicRunsOn(tokens: NameToken[], k: number, to: number): boolean {
  const w = tokens[k];
  const given = tokens[k + 1];
  if (!w || !given || k + 2 >= to || w.possessive || has(w, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Demonym', ...PLACE_TAGS))
    return false;
  return has(given, 'FirstName', 'MaleName', 'FemaleName') || HYPHENATED_GIVEN_NAME.test(given.text);
}

export function titleLength(tokens: NameToken[], from: number, to: number): number {
  // "Connecticut Citizens for Immigration Control": a group named by its members holds no title ("Citizens" is a person noun)
  if (causeGroupName.within(tokens, from, to)) return 0;
  let end = 0;
  let topicAt = -2;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // "Coalition for Worker Justice": a title word right after the topic, with no name to follow, is the topic's too
    if (k === topicAt + 1 && isTitle(t) && !tokens.slice(k + 1, to).some((w) => has(w, 'Person', 'FirstName', 'LastName'))) {
      topicAt = k;
      continue;
    }
    if (institutionTopic(tokens, from + end, k)) topicAt = k;
    // "Officers Liu and Ramos": a title's plural opening the run, before a name (roles/pluralTitle.ts)
    if (
      ((isTitle(t) && !titleAcronym.isTime(tokens, k)) ||
        (k === from && k + 1 < to && isPluralTitle(t)) ||
        conferredHonorific.holds(tokens, k) ||
        agentNounTitle.holds(tokens, k, from, to)) &&
      topicAt !== k
    )
      end = k - from + 1;
    else if (has(t, 'Person', 'FirstName', 'LastName')) {
      // "Jena Mayor Murphy McMillan": a word the lexicon also knows as a name, before a title, is the office's place
      if (!end) end = Math.max(0, ownerBeforeTitle.titleEnd(tokens, k, to) - from);
      break; // the name has begun
    } else if (TITLE_JOINERS.has(t.text) && end === k - from && k + 1 < to) {
      end = k - from + 2;
      k++;
      // "Minister for Civil Defence Carl-Oskar Bohlin": the office's topic runs on to the given name
      while (officeTopicRunsOn(tokens, from + end, to)) {
        end++;
        k++;
      }
    }
  }
  // "Chief Executive Carrie Lam", "Attorney General Jeff Sessions": an adjective that classifies
  // (core/lexicon.ts) written right after the title is part of the office, when a name still follows.
  // A describing one ("Governor Gray Davis", "Senator Young") may be a name of its own.
  const qualifier = tokens[from + end];
  if (
    end &&
    from + end + 1 < to &&
    qualifier &&
    !qualifier.possessive &&
    !has(qualifier, 'Person', 'FirstName', 'LastName') &&
    isClassifyingAdjective(qualifier.lower)
  )
    end++;
  // "Justice Department", "General Motors", "Premier League": a title word opening an
  // institution's name or a common noun is part of that name.
  const rest = tokens.slice(from + end, to);
  // "Soldier Field", "Veterans Stadium": a place's feature word the lexicon knows as a common noun is no one's
  // name, so the person noun before it is part of the place's name ("President Park" keeps its title: "park" is a verb)
  if (
    end &&
    rest.length === 1 &&
    isPlaceWord(rest[0]!.lower) &&
    !rest[0]!.possessive &&
    lexiconTags(rest[0]!.lower).some((t) => t === 'Singular' || t === 'Noun') &&
    !has(rest[0]!, 'Person', 'FirstName', 'LastName')
  )
    return 0;
  // ("Senator Young": a describing adjective alone after a title is a surname, refiners/modifierNotSurname.ts)
  const surname = pluralSurname.at(rest);
  if (end && rest.some((t, i) => isOrgHead(t) || (has(t, 'Plural') && i !== surname) || (rest.length === 1 && isModifier(t) && !describes(t)))) return 0;
  // "Human Rights Watch": a person noun the lexicon files with titles ("human"), before two or more
  // common words and no name, opens an institution's name; a title is followed by a name.
  if (end && rest.length >= 2 && rest.every(isCommonWord)) return 0;
  return end;
}

export const pluralSurname = {
  name: 'plural-surname',
  reason:
    'A surname that reads as a plural noun ("Paul Gales", "Paul Fields", "Paul Waters"), last after a given name the lexicon knows, is no sign that the title before them opens a body\'s name ("Veterans Affairs"): "police Commander Paul Gales said" had kept "Commander Paul Gales" as one name, so the role was lost and the entry was spelt with its title.',
  /** The index in `rest` (the words after a title) of a plural surname ending a given name and a surname, or -1. */
  at(rest: readonly NameToken[]): number {
    if (rest.length < 2 || !has(rest[0]!, 'FirstName', 'MaleName', 'FemaleName') || rest.at(-1)!.possessive) return -1;
    return has(rest.at(-1)!, 'Plural') && rest.slice(0, -1).every((t) => !has(t, 'Plural')) ? rest.length - 1 : -1;
  },
};

export const quotedNickname = {
  name: 'quoted-nickname',
  reason:
    'A nickname in quotes between a given name and a surname (\'Joko "Jokowi" Widodo\', \'Don "Moose" Jamison\') is part of the name; the quotes had cut it into three names, the surname alone.',
  /** Whether the word at `to` is a nickname in quotes right after a name word, with a name word after it. */
  joins(tokens: NameToken[], to: number): boolean {
    const prev = tokens[to - 1];
    const nick = tokens[to];
    const after = tokens[to + 1];
    if (!prev || !nick || !after || !prev.cap || prev.possessive || !prev.nameLike || !nick.cap || !after.nameLike) return false;
    return NICKNAME_OPEN.test(nick.gap) && NICKNAME_CLOSE.test(after.gap) && !nick.possessive && !has(prev, ...NOT_NAME_TAGS) && !has(nick, ...NOT_NAME_TAGS);
  },
};
