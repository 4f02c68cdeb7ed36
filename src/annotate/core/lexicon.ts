import type nlpType from 'compromise';
import { lazyModule } from '../../text/lazyModule.js';
import {
  ACRONYM,
  ADHERENT_PLURAL_ENDING,
  AGENT_ATE_PLURAL_ENDING,
  AGENT_PLURAL_ENDING,
  BUILDINGS,
  CONTRACTION,
  EXTRA_ORG_WORDS,
  EXTRA_PLACE_WORDS,
  EXTRA_TITLES,
  EXTRA_TITLE_ABBREVIATIONS,
  ELECT_SUFFIX,
  MEMBER_OF_BODY_SUFFIX,
  ELECTED_BODIES,
  AGENT_NOUN_ENDING,
  PARTICLE_PREFIX,
  PLACE_OPENERS,
} from './locales/en/words.js';
import { memoize, once } from '../../text/memo.js';

const compromise = lazyModule<typeof nlpType>('compromise');

/**
 * What a word is, from compromise's own model (its lexicon, tag hierarchy,
 * suffix rules, organisation and place words) without running its tagger:
 * a full parse costs about a millisecond a sentence, too slow for a corpus of
 * 100,000 passages, and its context rules did not help with these names anyway
 * (it calls "Sayed" a verb and "Mike" in "Secretary of State Mike Pompeo" a place).
 */

interface CompromiseModel {
  lexicon: Record<string, string | string[]>;
  tagSet: Record<string, { parents?: string[] } | undefined>;
  suffixPatterns: Array<Record<string, string> | null | undefined>;
  orgWords: Record<string, boolean>;
  placeWords: Record<string, boolean>;
}

const modelOf = once((): CompromiseModel => {
  const world = (compromise() as unknown as { world(): { model: { one: Record<string, unknown>; two: Record<string, unknown> } } }).world();
  return {
    lexicon: world.model.one.lexicon as CompromiseModel['lexicon'],
    tagSet: world.model.one.tagSet as CompromiseModel['tagSet'],
    suffixPatterns: world.model.two.suffixPatterns as CompromiseModel['suffixPatterns'],
    orgWords: world.model.two.orgWords as CompromiseModel['orgWords'],
    placeWords: world.model.two.placeWords as CompromiseModel['placeWords'],
  };
});

/** A tag with every tag above it (City -> Place, Noun, ProperNoun). */
export function expand(tags: string[]): Set<string> {
  const out = new Set<string>();
  for (const tag of tags) {
    out.add(tag);
    for (const parent of modelOf().tagSet[tag]?.parents ?? []) out.add(parent);
  }
  return out;
}

/**
 * The lexicon's tags for a lower-case word or phrase ("united states"), [] when unknown. compromise's
 * lexicon spells without diacritics ("sao paulo", "jose"): a word written with them is asked both ways.
 */
export function lexiconTags(lower: string): string[] {
  const { lexicon } = modelOf();
  const key = Object.prototype.hasOwnProperty.call(lexicon, lower) ? lower : withoutDiacritics(lower);
  if (!Object.prototype.hasOwnProperty.call(lexicon, key)) return [];
  const tags = lexicon[key]!;
  return Array.isArray(tags) ? tags : [tags];
}

/** "são paulo" -> "sao paulo"; a word of plain letters comes back as it is. */
const withoutDiacritics = (lower: string) => (!/[^a-z0-9 .'-]/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, ''));

export const knownWord = (lower: string) => lexiconTags(lower).length > 0;

/** Institution words ("ministry", "council", "center"): compromise's list, with the public bodies news names most. */
export function isOrgWord(lower: string): boolean {
  return (modelOf().orgWords[lower] === true && !BUILDINGS.has(lower)) || EXTRA_ORG_WORDS.has(lower);
}

/** A title of office compromise's lexicon leaves out or files under another class (./locales/en/words.ts). */
export const isExtraTitle = (lower: string): boolean =>
  EXTRA_TITLES.has(lower) ||
  EXTRA_TITLE_ABBREVIATIONS.has(lower.replace(/\.$/, '')) ||
  // "President-elect", "Governor-elect": an office not yet taken is still a title
  (ELECT_SUFFIX.test(lower) && isTitleWord(lower.replace(ELECT_SUFFIX, ''))) ||
  memberOfBody(lower) ||
  twoOffices(lower);

/**
 * `hyphenated-offices`: "Secretary-Treasurer Walter Johnson", "President-CEO NAME": two titles joined by a hyphen are
 * one office held by the name after it; read as a name's word, the office and the body before it were glued to it.
 */
function twoOffices(lower: string): boolean {
  const parts = lower.split('-');
  if (parts.length !== 2) return false;
  const office = (p: string) => EXTRA_TITLES.has(p) || lexiconTags(p).some((t) => t === 'Actor' || t === 'Honorific');
  // an agent noun the lexicon lacks ("treasurer") will do beside a title it knows; two such ("Baker-Miller") are a surname
  const agent = (p: string) => AGENT_NOUN_ENDING.test(p) && !lexiconTags(p).some((t) => NAME_ONLY.test(t));
  return parts.some(office) && parts.every((p) => office(p) || agent(p));
}

/**
 * `member-of-body-title`: "Congressperson Carole Migden", "Assemblyperson Jeffrion Aubry", "Assemblywoman NAME": an
 * elected body's word with "-person", "-woman", "-man" or "-member" is an office the lexicon lacks; read as a name's
 * first word, it glued the office into the name. Other bodies' words stay out ("Boardman" is a surname).
 */
function memberOfBody(lower: string): boolean {
  const stem = lower.replace(MEMBER_OF_BODY_SUFFIX, '');
  return stem !== lower && ELECTED_BODIES.has(stem);
}

/** A word the lexicon, or the list above, knows as a title of office. */
const isTitleWord = (lower: string) => isExtraTitle(lower) || lexiconTags(lower).some((t) => t === 'Actor' || t === 'Honorific');

/** An abbreviated rank compromise does not file as an honorific ("Col"): it keeps its dot like "Gen." does. */
export const isTitleAbbreviation = (word: string) => EXTRA_TITLE_ABBREVIATIONS.has(word.toLowerCase());

/**
 * An adjective that classifies rather than describes ("executive", "general", "foreign", "supreme"):
 * one the lexicon knows as an adjective but whose comparative and superlative it does not know
 * ("executiver"), unlike "young", "white" or "brown" ("younger", "whiter"), which are surnames too.
 * Written after a title it qualifies the office: "Chief Executive", "Attorney General".
 */
export function isClassifyingAdjective(lower: string): boolean {
  const tags = lexiconTags(lower);
  if (!tags.includes('Adjective') || tags.some((t) => /Comparative|Superlative|Name|Person|Place|Country|City|Demonym/.test(t))) return false;
  return hasNoGradedForm(lower);
}

interface AdjectiveForms {
  toComparative(word: string, model: unknown): string;
  toSuperlative(word: string, model: unknown): string;
}

/** Whether the lexicon knows neither the comparative nor the superlative compromise makes of an adjective (pure, see memoize). */
const hasNoGradedForm = memoize((lower): boolean => {
  const world = (compromise() as unknown as { world(): { model: unknown; methods: { two: { transform: { adjective: AdjectiveForms } } } } }).world();
  const adjective = world.methods.two.transform.adjective;
  const graded = [adjective.toComparative(lower, world.model), adjective.toSuperlative(lower, world.model)];
  return !graded.some((form) => form !== lower && lexiconTags(form).some((t) => t === 'Comparative' || t === 'Superlative'));
});

/** A feature word written before a place's own name: "Lake Orin", "Mount Kenya", "St. Louis". */
export const opensPlaceName = (lower: string) => PLACE_OPENERS.has(lower);

/**
 * A word that ends a building's name written after a person's possessive ("St. Patrick's Cathedral",
 * "St. Paul's Church"): the buildings, and "church", a building after a saint's or a founder's name.
 */
export const isLandmarkWord = (lower: string) => BUILDINGS.has(lower) || lower === 'church';

/** Words that name a kind of place ("district", "zone", "airport", "highway", "memorial"). */
export function isPlaceWord(lower: string): boolean {
  return modelOf().placeWords[lower] === true || EXTRA_PLACE_WORDS.has(lower) || BUILDINGS.has(lower);
}

/**
 * Capitalised words the calendar and the locale data name: months ("March", "May"),
 * weekdays, languages ("Arabic") and countries, from Intl rather than a list of our own.
 */
const calendarWords = once((): Map<string, string> => {
  const calendar = new Map<string, string>();
  for (let m = 0; m < 12; m++) {
    const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2021, m, 1))).toLowerCase();
    calendar.set(month, 'Month').set(month.slice(0, 3), 'Month');
  }
  for (let d = 0; d < 7; d++)
    calendar.set(new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2021, 0, 3 + d))).toLowerCase(), 'WeekDay');
  const languages = new Intl.DisplayNames(['en'], { type: 'language' });
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const language = languages.of(a + b);
      if (language && language !== a + b && !language.includes(' ')) calendar.set(language.toLowerCase(), 'Language');
      const region = regions.of((a + b).toUpperCase());
      if (region && region.toUpperCase() !== (a + b).toUpperCase() && !region.includes(' ')) calendar.set(region.toLowerCase(), 'Country');
    }
  }
  return calendar;
});

/** The tags of one word as written (capitalisation matters: an unknown capitalised word is a proper noun), memoised (pure, see memoize). */
export const wordTags: (word: string) => ReadonlySet<string> = memoize((word) => computeTags(word));

function computeTags(word: string): Set<string> {
  if (/^\p{N}/u.test(word)) return new Set(['Value', 'Cardinal']);
  if (ACRONYM.test(word)) {
    const bare = word.replace(/\./g, '');
    const tags = expand(lexiconTags(bare.toLowerCase()).filter((t) => !/Pronoun|Determiner|Preposition|Conjunction|Copula|Verb|Tense|Infinitive/.test(t)));
    tags.add('Acronym').add('Noun');
    // "US" is a place in compromise's model, "us" a pronoun: ask it about the bare capitals.
    if (compromise()(bare).has('#Place')) tags.add('Place');
    return tags;
  }
  const parts = word.split('-');
  if (parts.length > 1) {
    if (PARTICLE_PREFIX.test(parts[0]!) && /^\p{Lu}/u.test(parts[1] ?? '')) return expand(['ProperNoun', 'Person', 'Singular']).add('Hyphenated');
    // "Iran-backed", "anti-IS", "Shiite-majority": a compound modifier.
    if (parts.some((p) => /^\p{Ll}/u.test(p))) return new Set(['Adjective', 'Hyphenated']);
    return new Set([...computeTags(parts.at(-1)!), 'Hyphenated']);
  }
  const lower = word.toLowerCase();
  if (/^\p{Lu}/u.test(word)) {
    const calendar = calendarWords().get(lower);
    if (calendar) return expand([calendar]);
  }
  const known = lexiconTags(lower);
  if (known.length) return expand(known);
  // "I’m", "We're": a pronoun's contraction is the pronoun
  const contracted = CONTRACTION.exec(lower)?.[1];
  if (contracted && lexiconTags(contracted).includes('Pronoun')) return expand(['Pronoun']);
  const plural = pluralOfKnown(lower);
  if (plural) return plural;
  // compromise's lexicon spells the American way: "Organisers", "Neighbours", "Defence"
  const american = americanSpelling(lower);
  if (american !== lower) {
    const tags = lexiconTags(american);
    if (tags.length) return expand(tags);
    const americanPlural = pluralOfKnown(american);
    if (americanPlural) return americanPlural;
  }
  if (/^\p{Lu}/u.test(word)) return expand(['ProperNoun', 'Singular']);
  const { suffixPatterns } = modelOf();
  for (let n = Math.min(lower.length - 1, suffixPatterns.length - 1); n >= 1; n--) {
    const tag = suffixPatterns[n]?.[lower.slice(-n)];
    if (tag) return expand([tag]);
  }
  // the regular English endings compromise's patterns leave out ("fortified", "evacuated")
  if (/[^e]ed$|ied$/.test(lower)) return expand(['PastTense']);
  if (/ing$/.test(lower)) return expand(['Gerund']);
  if (/ly$/.test(lower)) return expand(['Adverb']);
  return expand(['Singular']);
}

/** organiser -> organizer, neighbours -> neighbors, centre -> center, defence -> defense. */
function americanSpelling(lower: string): string {
  return lower
    .replace(/(?<=\p{L}{3})is(?=e[drs]?$|ers$|ing$|ations?$)/u, 'iz')
    .replace(/(?<=\p{L}{2})our(?=s?$|ed$|ing$|ite$|ites$|able$)/u, 'or')
    .replace(/(?<=\p{L}{2})tre(?=s?$)/u, 'ter')
    .replace(/(?<=\p{L}{2})ence$/u, 'ense');
}

/**
 * "hundreds", "dockers", "militias": a known noun or number with a plural ending. A surname's plural names
 * a family ("the Kennedys"), but a first name's is no one's ("Angeles" is no plural of "Angel"). A kind of
 * institution or place in compromise's organisation and place words is a common noun too, though its lexicon
 * may lack it: "Unions", "Federations", "Ministries", "Villages" are plurals, so a sentence opening with one
 * ("Unions said") names no one.
 */
function pluralOfKnown(lower: string): Set<string> | null {
  const stems = lower.endsWith('ies')
    ? [`${lower.slice(0, -3)}y`]
    : lower.endsWith('es')
      ? [lower.slice(0, -2), lower.slice(0, -1)]
      : lower.endsWith('s') && !lower.endsWith('ss')
        ? [lower.slice(0, -1)]
        : [];
  for (const stem of stems) {
    const known = lexiconTags(stem);
    if (known.length && known.every((t) => /^(?:FirstName|MaleName|FemaleName|Person)$/.test(t))) continue;
    const tags = expand(known);
    if (tags.has('Noun') || tags.has('Value')) {
      tags.delete('Singular');
      return tags.add('Plural');
    }
  }
  const kind = stems.find((stem) => !knownWord(stem) && (isOrgWord(stem) || isPlaceWord(stem)));
  return kind || agentPlural(lower) ? expand(['Plural', 'Noun']) : null;
}

/**
 * "speakers", "protesters", "demonstrators", "islamists": the plural of an agent noun the lexicon lacks, whose
 * base it knows as a common word ("speak", "protest"), or ending in "-ators" or "-ists" ("Reuters" is none:
 * "reut" is no word). A word the lexicon knows ("Sanders", "Peters") never comes here.
 */
function agentPlural(lower: string): boolean {
  if (ADHERENT_PLURAL_ENDING.test(lower) || AGENT_ATE_PLURAL_ENDING.test(lower)) return true;
  if (!AGENT_PLURAL_ENDING.test(lower)) return false;
  const base = lower.replace(AGENT_PLURAL_ENDING, '');
  return [base, `${base}e`, base.replace(/(\p{L})\1$/u, '$1')].some((b) => {
    const tags = lexiconTags(b);
    return tags.length > 0 && !tags.some((t) => NAME_ONLY.test(t));
  });
}

/** Tags of names: a base known only so makes no common noun. */
const NAME_ONLY = /Name$|^(?:Person|Place|Country|City|Region|Organization)$/;
