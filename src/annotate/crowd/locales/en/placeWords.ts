import { ARTICLES, MONTHS, PLACE_PREPOSITIONS, POSSESSIVE_DETERMINERS, WEEKDAYS } from '../../../core/locales/en/words.js';

/** English words the crowd rules read for where a gathering was, and which gathering it was. */

/** Lower-case words that can be part of a place name phrase ("the Jadiriyah district of east X"). */
// prettier-ignore
export const PLACE_WORDS = new Set([
  'the', 'of', 'square', 'street', 'streets', 'district', 'embassy', 'capital', 'city', 'town', 'park', 'compound',
  'zone', 'avenue', 'road', 'bridge', 'building', 'parliament', 'palace', 'ministry', 'headquarters', 'campus',
  'stadium', 'province', 'region', 'neighbourhood', 'neighborhood', 'area', 'centre', 'center', 'quarter', 'village',
  'east', 'west', 'north', 'south', 'central', 'downtown', 'heart', 'consulate', 'office', 'offices', 'hall',
  'mosque', 'church', 'cathedral', 'shrine', 'cemetery', 'airport', 'port', 'gate', 'gates', 'plaza', 'boulevard',
  'university', 'court', 'courthouse', 'station', 'in', 'and', 'old', 'main', 'school', 'college', 'hospital',
  'library', 'museum', 'market', 'theatre', 'theater', 'factory', 'plant', 'depot', 'complex',
]);

/**
 * Nouns for people who speak for or belong to a body, and for what a body issues: after one, "from" names
 * who they are with or where they come from ("Organisers from the Civil Human Rights Front", "figures
 * from the ministry", "farmers from Wallonia"), not where the crowd gathered. Any people noun counts too.
 */
// prettier-ignore
export const AFFILIATED_NOUNS = new Set([
  'organisers', 'organizers', 'organiser', 'organizer', 'officials', 'official', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'representatives', 'representative', 'leaders', 'leader', 'member', 'delegates',
  'delegate', 'volunteers', 'volunteer', 'observers', 'observer', 'monitors', 'researchers', 'researcher', 'experts',
  'expert', 'analysts', 'analyst', 'lawyers', 'lawyer', 'lawmakers', 'lawmaker', 'staff', 'activist', 'delegation',
  'team', 'figures',
]);

/**
 * People whose work is to study or count, not to march: after one, "at" names where they work ("crowd
 * scientists at Manchester Metropolitan University", "researchers at the institute"), never where a crowd
 * gathered. After a role noun of `AFFILIATED_NOUNS` ("officials at the Interior Ministry"), "at" does so
 * only before an institution's name.
 */
// prettier-ignore
export const EXPERT_NOUNS = new Set([
  'scientist', 'scientists', 'researcher', 'researchers', 'professor', 'professors', 'academic', 'academics',
  'expert', 'experts', 'analyst', 'analysts', 'economist', 'economists', 'statistician', 'statisticians', 'scholar',
  'scholars', 'lecturer', 'lecturers', 'historian', 'historians', 'sociologist', 'sociologists', 'demographer',
  'demographers', 'mathematician', 'mathematicians', 'epidemiologist', 'epidemiologists', 'fellow', 'fellows',
  'psychologist', 'psychologists', 'engineers', 'engineer',
]);

/** "took to the streets": the streets are where any crowd goes, not a place; "the streets of X" names X at most. */
export const TAKE_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/**
 * Verbs a crowd fills the streets with: "lined the streets of Chicago", "packed the streets of X" name X
 * as the place; the streets alone are no place.
 */
// prettier-ignore
export const STREET_VERBS = new Set([
  'line', 'lines', 'lined', 'lining', 'fill', 'fills', 'filled', 'filling', 'pack', 'packs', 'packed', 'packing',
  'throng', 'thronged', 'thronging', 'flood', 'flooded', 'flooding', 'jam', 'jammed', 'crowd', 'crowded', 'clog',
  'clogged', 'choke', 'choked',
]);

/** Verbs whose object is where a crowd stood around: "protesters who had surrounded the Legislative Council complex". */
// prettier-ignore
export const SURROUND_VERBS = new Set([
  'surround', 'surrounds', 'surrounded', 'surrounding', 'encircle', 'encircled', 'encircling', 'besiege', 'besieged',
  'besieging', 'ring', 'ringed', 'ringing',
]);

/** Prepositions before where a crowd was: the shared place prepositions, "at", "along", and "before" (a building). */
export const LOCATION_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, 'at', 'along', 'before']);

/** One word that makes a count a national total: "took part nationwide", "marched countrywide". */
export const NATIONAL_WORDS = new Set(['nationwide', 'countrywide']);

/** Prepositions before "the country" or "the nation" that make a count a national total: "across the country". */
export const NATIONAL_PREPOSITIONS = new Set(['across', 'around', 'throughout', 'over']);

/** Nouns after such a preposition and "the" that say the whole country: "across the nation". */
export const NATION_NOUNS = new Set(['country', 'nation']);

/** Words that open a part of the count before them: "more than 2 million took part, including 400,000 in Paris". */
export const PART_OPENERS = new Set(['including', 'incl']);

/**
 * Nouns a place phrase may modify that make it name no place: "the largest protest in British history",
 * "in Hong Kong memory", "in Chilean politics". The phrase is the noun's, and the noun is no place.
 */
export const NON_PLACE_HEADS = new Set(['history', 'histories', 'memory', 'memories', 'politics', 'era', 'generation', 'generations', 'lifetime', 'tradition']);

/** Capitalised words that are never places: days, months, and an article. */
export const CALENDAR_WORDS = new Set([...WEEKDAYS, ...MONTHS, ...ARTICLES]);

/** Time words whose possessive reads like a name at a sentence start ("Today's march", "Weekend's rally"). */
// prettier-ignore
export const TIME_WORDS = new Set([
  'today', 'yesterday', 'tomorrow', 'tonight', 'weekend', 'week', 'month', 'year', 'morning', 'afternoon', 'evening',
  'night', 'day', 'season', 'decade', 'century',
]);

/** The noun a label uses for each kind of gathering word, most specific first. */
// prettier-ignore
export const GATHERING_LABELS: Array<[RegExp, string]> = [
  [/\bmarch(?:ed|es|ing)?\b/i, 'march'], [/\brall(?:y|ies|ied|ying)\b/i, 'rally'],
  [/\bdemonstrat(?:ion|ions|ed|ing)\b/i, 'demonstration'], [/\bsit-ins?\b/i, 'sit-in'], [/\bvigils?\b/i, 'vigil'],
  [/\bfunerals?\b|\bprocessions?\b/i, 'funeral procession'], [/\bprotest(?:s|ed|ing)?\b/i, 'protest'],
  [/\bstrikes?\b|\bwalkouts?\b/i, 'strike'], [/\bparades?\b/i, 'parade'],
];

/** Words of a place's name that join its other words, never end it: "the Jadiriyah district of east X". */
export const CONNECTORS = new Set(['the', 'of', 'in', 'and']);

/** "at a Phoenix church": an article before a name that places a building or park. */
export const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** Small words inside a place's name that say nothing of it: "the Gulf of Mexico". */
export const NAME_CONNECTORS = new Set(['the', 'of']);

/** The streets a crowd lines or fills: "lined the streets of Chicago" names Chicago at most. */
export const STREET_NOUNS = new Set(['streets', 'street', 'roads', 'avenues', 'boulevards']);

/** Relative words that go on about the noun before their comma: "The Washington march, which some estimates put at 470,000". */
export const RELATIVE_WORDS = new Set(['which', 'who', 'that', 'whose']);

/** Reading back from a figure, these say the noun before them is another happening: "larger than the Paris rally, 5,000 …". */
export const BACK_STOPS = new Set(['than', 'since', 'after', 'before', 'until', 'like', 'unlike', 'against']);

/** Determiners that say the gathering is one the reader knows: "the Washington march", "that rally". */
export const DEFINITE_WORDS = new Set(['the', 'this', 'that']);

/** Determiners that open a dated or placed noun phrase: "a 2005 parade", "the Washington march". */
export const PHRASE_DETERMINERS = new Set([...ARTICLES, 'this', 'that', ...POSSESSIVE_DETERMINERS]);

/** Words that end the way from a figure to a dated gathering: it is about something else ("the anniversary of the 1989 protests"). */
// prettier-ignore
export const YEAR_STOPS = new Set([
  'of', 'than', 'since', 'after', 'before', 'until', 'like', 'unlike', 'against', 'mark', 'marking', 'commemorate',
  'commemorating', 'anniversary',
]);

/** Prepositions between a gathering verb (or the crowd's noun) and the gathering it names: "took part in the 2011 protests". */
export const GATHERING_PREPOSITIONS = new Set(['at', 'in', 'into', 'to', 'for', 'during', 'on']);

/** Words between a figure and its verb that are no part of the way to a gathering: "fans had attended", "people who joined". */
// prettier-ignore
export const VERB_GROUP_WORDS = new Set([
  'had', 'have', 'has', 'was', 'were', 'are', 'is', 'been', 'also', 'reportedly', 'then', 'later', 'again', 'who',
  'that', 'which', 'once', 'all',
]);

/** Prepositions after which the corpus writes a place's name: "in Los Angeles", "near Basra". */
export const PLACE_NAME_PREPOSITIONS = ['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'through', 'into', 'along', 'toward', 'towards'];

/** Prepositions of "in Inner, Outer" ("in Kirkuk, Iraq"): Outer contains Inner. */
export const CONTAINER_PREPOSITIONS = ['in', 'at', 'near', 'outside', 'from'];

/** The lexicon's tags that say a word or phrase names a place. */
export const PLACE_NAME_TAG = /^(?:Place|City|Country|Region)$/;

/** …and an address too: "Main Street". */
export const PLACE_TAG = /^(?:Place|City|Country|Region|Address)$/;

/**
 * Place keys that name a kind of place, not one place: two gatherings at "the University of California-Davis"
 * and "the University of Wisconsin-Madison", or at "the Israeli Consulate" of two cities, are not one for
 * sharing them. (Demonyms, "Israeli", are such keys too.)
 */
// prettier-ignore
export const GENERIC_PLACE_KEYS = new Set([
  'university', 'college', 'school', 'church', 'mosque', 'temple', 'cathedral', 'square', 'park', 'hall', 'building',
  'street', 'avenue', 'road', 'bridge', 'plaza', 'center', 'centre', 'consulate', 'embassy', 'federal', 'city', 'state',
  'national', 'capitol', 'museum', 'station', 'airport', 'international', 'campus', 'house', 'office', 'ministry',
  'court', 'courthouse', 'stadium', 'library', 'hospital', 'downtown', 'north', 'south', 'east', 'west', 'central',
  'new', 'saint', 'memorial', 'plant', 'factory', 'headquarters', 'palace', 'gate', 'market',
  // the first word of many places' names, no place alone: "Santa Rosa" and "Santa Cruz", "San Diego" and "San Jose"
  'san', 'santa', 'st', 'los', 'las', 'fort', 'port', 'mount', 'lake',
]);

/** Words a sentence's opening place phrase may start within, and words between its comma and the figure. */
export const LEADING_PLACE_REACH = 6;

/** A paragraph opening a list item: "-- In Chicago, …", "• In Hartford, …". */
export const LIST_ITEM_OPENING = /^\s*(?:--|[-–—•])\s*/u;

/**
 * A dateline opening a paragraph: a place in capitals, its state or country after a comma, an agency in
 * brackets, then a dash ("PRINCE GEORGE'S COUNTY, Md.--", "SAN FRANCISCO--", "LONDON (Reuters) —"), or a hyphen where a
 * page lost the dash between the container and the first word ("AUSTIN, Texas-George W. Bush returned"; not
 * "U.S.-Mexico"). Group 1 is
 * the place, group 2 what contains it.
 */
export const DATELINE =
  /^\s*(\p{Lu}[\p{Lu}'’.\- ]*\p{Lu}\.?)(?:,\s*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?))?\s*(?:\([^)]{1,30}\)\s*)?(?:--|—|–|(?<=\p{Ll})-(?=\p{Lu}\p{Ll}))/u;
/**
 * The lexicon's tags of a word that names where a story happens wherever it is written ("Brazil", "Seoul",
 * "Bolivian"): an article's places, compared with another article's (./events/articlePlaces.ts).
 */
export const STORY_PLACE_TAGS = ['Country', 'City', 'Demonym'];
/** A place key and a longer one it begins ("brazil" and "brazilian", "iraq" and "iraqi") are one country, from this length. */
export const DEMONYM_STEM = 4;
/** Place keys this short ("de" of "Rio de Janeiro", "la") are connectors, not names, when an article's places are compared. */
export const SHORTEST_PLACE_KEY = 3;
/** Datelines an article needs before each opens a section of its own place (a round-up written by datelines). */
export const DATELINE_SECTIONS = 2;

/** The word that pairs a list of figures with a list of places in order: "drew 1,500 and 500, respectively". */
export const RESPECTIVELY = /\brespectively\b/i;
/** A list of places after a preposition, up to the first word in lower case that is no "and": "Washington, D.C., and Madison, Wis.,". */
export const PLACE_LIST = /^\s+((?:\p{Lu}[\p{L}.'’-]*|,|\s+|\band\b)+)/u;
/** What stands between two items of such a list, or between a place and what contains it. */
export const PLACE_LIST_DELIMITER = /(\s*,\s*and\s+|\s*,\s*|\s+and\s+)/;

/** Words a heading naming a place may have at most: "New York City", "Providence, R.I.". */
export const PLACE_HEADING_WORDS = 5;

/** Places one article names for gatherings of one day from which it reads as a round-up of many places. */
export const ROUNDUP_PLACES = 3;

/**
 * Words after a comma that open a clause of its own, at a place of its own, in a sentence of several
 * ("In Salem, 10,000 marched, and in Providence, 5,000 had gathered", "…, while at Cornell, …").
 */
export const PLACE_CLAUSE_WORDS = new Set(['and', 'while', 'but', 'whereas']);
