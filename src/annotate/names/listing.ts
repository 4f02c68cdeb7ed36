import type { Rule } from '../core/rules.js';
import { lexiconTags } from '../core/lexicon.js';
import { every, finish, sortSteps, type Steps } from '../../pipeline/steps.js';
import { capitalised, isSpaced, tokenizeWords } from '../core/tokens.js';
import { has, tokenLike } from './locales/en/tokens.js';
import {
  CUT_SHORT_JOINERS,
  CUT_SHORT_SHARE_MIN,
  CUT_SHORT_LOOK_BACK,
  CUT_SHORT_STOP_TAGS,
  MEDIUM_NOUNS,
  PHRASE_HEAD_ENDS,
  PLACE_TAGS,
} from './locales/en/words.js';
import { acronym } from './locales/en/evidence/acronym.js';
import { adherents } from './locales/en/evidence/adherents.js';
import { lexiconNames } from './locales/en/evidence/lexiconNames.js';
import { placeThenRegion } from './locales/en/evidence/placeThenRegion.js';
import { placeWords } from './locales/en/evidence/placeWords.js';
import { theBefore } from './locales/en/evidence/theBefore.js';
import { memberOf } from './locales/en/relations/memberOf.js';
import { capitalisedRun } from './locales/en/spans.js';
import { commonByWordCase, readWordCase } from './locales/en/wordCase/nameLike.js';
import { placeByPhraseUse } from './locales/en/phraseUse/placeLike.js';
import { keepTownAsTeam } from './locales/en/teams/townAsTeam.js';
import { squadOwnerIsTeam } from './locales/en/teams/squadOwner.js';
import { teamInArticle, townOpensTeam, TOWN_PLAYS_AS_TEAM } from './teamInArticle.js';
import { bareHeadListing, headsOfLongerNames, quotedTitleListing } from './listingFragments.js';
import type { Entity } from './types.js';

/** The `who` listing (no name asked): which entities it shows, and in what order. */

/** Tags of a word that is no name on its own: a function word, an adjective, a verb. */
const NOT_A_NAME_ALONE = ['Adjective', 'Verb', 'Adverb', 'Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'QuestionWord', 'Value'];
const NAME_TAGS = /Name$|^(?:ProperNoun|Person|Organization|Place|Country|City|Region)$/;

/** "Police", "Whole", "However": one word the lexicon knows only as a common word (not written in capitals as an acronym is). */
function loneCommonWord(name: string): boolean {
  if (/\s/.test(name.trim()) || /^\p{Lu}{2,}$/u.test(name)) return false;
  const lower = name.toLowerCase();
  const known = lexiconTags(lower);
  if (known.some((t) => NAME_TAGS.test(t))) return false;
  return known.length > 0 || [...tokenLike(lower).tags].some((t) => NOT_A_NAME_ALONE.includes(t));
}

export const notANameListing: Rule & { keeps(entity: Entity): boolean } = {
  name: 'not-a-name-listing',
  reason:
    'The listing leaves out what is no person or organisation: a single letter, a name with no letter or one character, and a lone common word no role describes ("Police", "Whole").',
  keeps(entity) {
    const letters = entity.name.replace(/[^\p{L}\p{N}]+/gu, '');
    if (letters.length < 2 || !/\p{L}/u.test(letters)) return false;
    return !(entity.roles.length === 0 && loneCommonWord(entity.name));
  },
};

export const commonWordListing: Rule & { keeps(entity: Entity): boolean } = {
  name: 'common-word-listing',
  reason:
    'One word that prose writes in lower case nearly always (the word-case table: "Case", "Committees", "Whole"), with no role, is a common word capitalised by its place in a sentence or a heading, not a name; compromise\'s lexicon lacks most common nouns, so `not-a-name-listing` kept it.',
  keeps: (entity) => /\s/.test(entity.name.trim()) || /^\p{Lu}{2,}$/u.test(entity.name) || entity.roles.length > 0 || !commonByWordCase(entity.name.trim()),
};

export const mediumNounListing: Rule & { keeps(entity: Entity): boolean } = {
  name: 'medium-noun-listing',
  reason:
    'A medium\'s noun alone ("TV", "Radio") is no body\'s name: it comes from "on TV", "a TV series", "state TV said" or a station\'s name cut before its number ("Radio 1"), and the institution word and the capitals made it an organisation in a topic\'s head.',
  keeps: (entity) => !MEDIUM_NOUNS.has(entity.name.trim().toLowerCase()),
};

/** The passage a mention is in, by its id: its offset in the article file and its text. */
export type PassageOf = (passageId: string) => { start: number; text: string } | undefined;

/**
 * Whether a mention stands right after a capitalised word that prose also writes in lower case and that is no small
 * word, place, demonym or date ("Human" of "Human Rights Campaign"), or after such a word and "and" ("Immigration and
 * Customs Enforcement"): the name read is the tail of a longer one.
 */
function cutFromLongerName(mention: Entity['mentions'][number], passageOf: PassageOf): boolean {
  const passage = passageOf(mention.passageId);
  if (!passage) return false;
  let at = mention.start - passage.start;
  if (passage.text.slice(at, at + mention.text.length) !== mention.text) at = passage.text.indexOf(mention.text);
  if (at <= 0) return false;
  const before = tokenizeWords(passage.text.slice(Math.max(0, at - CUT_SHORT_LOOK_BACK), at));
  const last = before.at(-1);
  if (!last || !isSpaced(passage.text.slice(Math.max(0, at - CUT_SHORT_LOOK_BACK) + last.end, at))) return false;
  let k = before.length - 1;
  if (CUT_SHORT_JOINERS.has(before[k]!.text) && k > 0 && isSpaced(before[k]!.gap)) k--;
  const word = before[k]!;
  if (word.possessive || !capitalised(word.text) || /^\p{Lu}+$/u.test(word.text)) return false;
  // a word prose writes in lower case too ("Human", "Relief", "Immigration"), not a name of its own ("Nintendo and
  // Apple"), nor a small word ("The New York Times"), a place, a demonym or a date
  const reading = readWordCase(word.text);
  // a sentence's first word is capitalised by its place ("Meanwhile Acme said"): only one prose also capitalises mid-sentence
  if (reading !== 'mixed' && (reading !== 'common' || word.sentenceStart)) return false;
  return !has(tokenLike(word.text), ...CUT_SHORT_STOP_TAGS, ...PLACE_TAGS);
}

/**
 * "Rights Campaign", "Customs Enforcement", "Works Agency for Palestine": a name whose words up to its complement ("for
 * Palestine") are all words prose also writes in lower case, by the word-case table.
 */
function commonWordsName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && PHRASE_HEAD_ENDS.has(w));
  return words.slice(0, end > 0 ? end : words.length).every((w) => {
    const reading = readWordCase(w.replace(/['’]s?$/, ''));
    return reading === 'common' || reading === 'mixed';
  });
}

export const cutShortListing: Rule & { keeps(entity: Entity, passageOf: PassageOf): boolean } = {
  name: 'cut-short-listing',
  reason:
    'A name made of words prose also writes in lower case (by the word-case table) that the articles write, in most of its mentions under the spelling the listing shows, right after another capitalised word that is no place, demonym or date ("Rights Campaign" of "the Human Rights Campaign", "Customs Enforcement" of "Immigration and Customs Enforcement", "Works Agency for Palestine" of "the UN Relief and Works Agency for Palestine") is the tail of a longer name cut where a word read as a role or a common word opened it: no name a reader knows, it is left out of the listing.',
  keeps(entity, passageOf) {
    // a name with a word prose writes as a name or seldom ("Bill Clinton", "Vodafone") is as often after a title
    // ("President", "Sen.", "Judge") or another body in a list ("Orange and Vodafone"): only a name of common words is read
    if (!commonWordsName(entity.name)) return true;
    // the spelling the listing shows: its other spellings ("HRC") may be whole
    const shown = entity.mentions.filter((m) => m.text.trim() === entity.name.trim());
    if (!shown.length) return true;
    const cut = shown.filter((m) => cutFromLongerName(m, passageOf)).length;
    return cut < CUT_SHORT_SHARE_MIN * shown.length;
  },
};

/** Rules that read a place's name as a team's ("Toronto beat Boston 3-1"): such a name is the club's, not the place's. */
const TEAM_RULES = new Set([keepTownAsTeam.name, TOWN_PLAYS_AS_TEAM, teamInArticle.name, townOpensTeam.name, squadOwnerIsTeam.name]);

export const placeListing: Rule & { keeps(entity: Entity): boolean } = {
  name: 'place-listing',
  reason:
    'A name that prose, counted over millions of words (the phrase-use table), writes mostly after "in", "at the", "near" and seldom as a speaker, an actor or the owner of a role or of staff ("Las Vegas", "Times Square", "Heathrow Airport") is a place, not a person or a body; with no role in the articles and no team\'s reading, it is left out of the listing (it stays in the story: its passages, its dates and crowds keep it).',
  keeps: (entity) => entity.roles.length > 0 || !!entity.rules?.some((r) => TEAM_RULES.has(r)) || !placeByPhraseUse(entity.name, entity.kind !== 'person'),
};

export const articlesFirstListing: Rule & { compare(a: Entity, b: Entity): number } = {
  name: 'articles-first-listing',
  reason: 'The listing ranks by how many articles name an entity, then by mentions, so that one long article does not fill it with its own names.',
  compare: (a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
};

/**
 * The rules whose evidence a thing, a place or a common noun has as well as a body: its capitals (a run of capitalised
 * words, an acronym), "the" before it, a place preposition, a plural of adherents, a member "of" it; what the
 * lexicon's given names and a region after it say of a person. A name that only these rules read has no evidence of
 * its kind of its own.
 */
const EVIDENCE_OF_ANY_CAPITALISED_WORD = new Set([
  capitalisedRun.name,
  acronym.name,
  theBefore.name,
  placeWords.name,
  adherents.name,
  memberOf.name,
  placeThenRegion.name,
  lexiconNames.name,
]);

/** "MeCHA", "AfD": an acronym with a small word's letter inside, never a common noun's abbreviation ("GPA", "MRI"). */
const MIXED_CASE_ACRONYM = /^\p{Lu}+\p{Ll}\p{Lu}+$/u;

/**
 * "Teamsters", "Raptors", "Minutemen", "Harrods": one word in a plural's form the lexicon does not know, no faith's or
 * party's followers (`adherents`) and never written in capitals, names a team, a union or a shop rather than a thing.
 */
function pluralBodyName(e: Entity): boolean {
  const name = e.name.trim();
  if (/\s/.test(name) || !/\p{Ll}(?:s|men)$/u.test(name) || lexiconTags(name.toLowerCase()).length > 0) return false;
  // "MEMBERS OF …": a plural also written in capitals is a lead-in's common word
  return !(e.rules ?? []).includes(adherents.name) && !e.aliases.some((a) => /^\p{Lu}{2,}$/u.test(a));
}

/** No role, and the rules that read its mentions (an entity made elsewhere may carry none: nothing is known then) only such rules. */
const onlyWeakEvidence = (e: Entity) => e.roles.length === 0 && !!e.rules?.length && e.rules.every((r) => EVIDENCE_OF_ANY_CAPITALISED_WORD.has(r));

/**
 * `weak-body-last`: an organisation read only from its capitals and a "the" before it ("GPA", "MRI", "SMS", "Android",
 * "Kashmir", "the Java Sea", "Confederate"), and a one-word person's name read only as a given name of the lexicon and
 * written as a town before its region ("Madison, Wis."), are listed after the names with evidence of their kind.
 */
export const weakBodyLast: Rule & { weak(e: Entity): boolean } = {
  name: 'weak-body-last',
  reason:
    'A capitalised word with "the" before it is as often a thing, a place, a product or a common noun in capitals (a grade, a scan, a disease, an operating system, a sea) as a body; with no role and no other evidence, it comes after the names that some evidence says are a person or a body.',
  weak(e) {
    if (!onlyWeakEvidence(e)) return false;
    if (e.kind === 'organization') return !pluralBodyName(e) && !MIXED_CASE_ACRONYM.test(e.name);
    return e.kind === 'person' && !/\s/.test(e.name.trim()) && (e.rules ?? []).includes(placeThenRegion.name);
  },
};

/** Whether any evidence said person or organisation: "Democrats", "New Yorkers", "the Bidens", "Brexit" have none. */
export const afterKnownKinds = (e: Entity): boolean => e.kind === 'other' || weakBodyLast.weak(e);
const kindKnown = (e: Entity) => (afterKnownKinds(e) ? 1 : 0);

export const knownKindFirstListing: Rule & { compare(a: Entity, b: Entity): number } = {
  name: 'known-kind-first-listing',
  reason:
    "The listing shows first the names read as a person or an organisation; a name nothing says is either (a party's members, a city's people, a family, a process) comes after them, however many articles write it.",
  compare: (a, b) => kindKnown(a) - kindKnown(b) || articlesFirstListing.compare(a, b),
};

export const LISTING_RULES = [
  notANameListing,
  commonWordListing,
  mediumNounListing,
  placeListing,
  cutShortListing,
  bareHeadListing,
  quotedTitleListing,
  weakBodyLast,
  knownKindFirstListing,
  articlesFirstListing,
];

/** The entities of the `who` listing, best first; with `passageOf`, names cut short from a longer one and works' quoted titles are left out. */
export function listedEntities(entities: readonly Entity[], passageOf?: PassageOf): Entity[] {
  return finish(listedEntitiesSteps(entities, passageOf));
}

/** Entities looked at between two yields (each may look words up in the lexicon). */
const KEEP_STEP = 2_000;

/** `listedEntities` as steps, for a process that builds it in slices (tens of ms at 100,000 passages). */
export function* listedEntitiesSteps(entities: readonly Entity[], passageOf?: PassageOf): Steps<Entity[]> {
  const kept: Entity[] = [];
  const tick = every(KEEP_STEP);
  const headsOfLonger = headsOfLongerNames(entities);
  for (const e of entities) {
    if (
      notANameListing.keeps(e) &&
      commonWordListing.keeps(e) &&
      mediumNounListing.keeps(e) &&
      placeListing.keeps(e) &&
      bareHeadListing.keeps(e, headsOfLonger) &&
      (!passageOf || (cutShortListing.keeps(e, passageOf) && quotedTitleListing.keeps(e, passageOf)))
    )
      kept.push(e);
    if (tick()) yield;
  }
  return yield* sortSteps(kept, knownKindFirstListing.compare);
}
