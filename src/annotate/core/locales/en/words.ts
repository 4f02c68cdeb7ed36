/**
 * English words every extractor shares, and the words the lexicon (../../lexicon.ts) adds to
 * compromise's own: data only.
 */

/** Institution words compromise's list lacks: the public bodies news names most. */
export const EXTRA_ORG_WORDS = new Set(
  `forces force parliament militia brigade brigades guard guards corps army navy police government assembly congress
  senate cabinet embassy party movement front coalition alliance league network tribunal court office organisation chamber`.split(/\s+/),
);

/**
 * Titles of office compromise's lexicon leaves out ("governor", "senator", "pope") or files under another
 * class ("judge" a verb, "chief" and "premier" adjectives, "king" a plain noun); the rest ("mayor",
 * "chancellor", "rabbi", "colonel") it already tags Actor.
 */
export const EXTRA_TITLES = new Set(
  `governor senator sheriff judge justice chief premier ambassador envoy pope imam sheikh shaikh cardinal ayatollah
  emir king speaker mufti consul prefect councilman councilwoman general major spokesman spokeswoman
  secretary-general director-general under-secretary correspondent chair chairperson adviser advisor delegate
  coach coroner prosecutor`.split(/\s+/),
);

/** Abbreviated ranks compromise files as no honorific ("Col." as a column): titles that keep their dot ("Lt. Col. NAME"). */
export const EXTRA_TITLE_ABBREVIATIONS = new Set(['col', 'cmdr', 'brig', 'cpl', 'pvt', 'adm', 'supt']);
/** The ending of a title's holder before taking office: "President-elect", "Governor-elect". */
export const ELECT_SUFFIX = /-elect$/;
/** A member of an elected body: its word and an ending ("Congressperson", "Assemblywoman", "Councilmember", "Alderman"). */
export const MEMBER_OF_BODY_SUFFIX = /(?:person|woman|man|member)$/;
/** The ending of an agent noun naming an office: "treasurer", "director", "organizer". */
export const AGENT_NOUN_ENDING = /\p{L}{3}(?:er|or)$/u;
export const ELECTED_BODIES = new Set(['congress', 'assembly', 'council', 'alder', 'select', 'legislature']);

/**
 * Feature words written before a place's own name: "Lake Orin", "Mount Kenya", "Cape Horn", "Fort Worth".
 * compromise reads "(port|mount|mt) #ProperName" as a place; the others are natural features from its
 * place words that English also writes first; "St." (Saint) opens one too ("St. Louis", "St. Patrick's
 * Cathedral").
 */
/**
 * Agent nouns' endings: "Speakers", "Demonstrators", "Islamists" are people doing something or holding a
 * creed, not a name, when the lexicon does not know the word as a name ("Sanders", "Peters" stay surnames).
 * `AGENT_PLURAL_ENDING` is a plural whose base (the word without the ending) the lexicon must know as a
 * common word ("speak", "protest"; not "reut" in "Reuters"); `ADHERENT_PLURAL_ENDING` and
 * `AGENT_ATE_PLURAL_ENDING` ("-ists", "-ators") need no known base.
 */
export const AGENT_PLURAL_ENDING = /(?<=\p{L}{3})(?:ers|ors)$/u;
export const ADHERENT_PLURAL_ENDING = /\p{L}{3}ists$/u;
export const AGENT_ATE_PLURAL_ENDING = /\p{L}{3}ators$/u;

/** The endings of a pronoun's contraction: "I'm", "we're", "they've", "you'll", "he'd". */
export const CONTRACTION = /^(\p{L}+)['\u2019](?:m|re|ve|ll|d)$/iu;

export const PLACE_OPENERS = new Set(['port', 'mount', 'mt', 'mt.', 'st', 'st.', 'lake', 'cape', 'gulf', 'bay', 'river', 'fort', 'isle', 'loch']);

/**
 * Roads and squares compromise's place words leave out ("street", "road", "avenue", "park", "field",
 * "stadium", "bridge" and "airport" are in them).
 */
export const EXTRA_PLACE_WORDS = new Set(['highway', 'freeway', 'motorway', 'expressway', 'boulevard', 'tunnel', 'square', 'plaza', 'station']);

/**
 * Buildings and monuments a name ends in ("Lincoln Memorial", "Washington Monument", "St. Patrick's
 * Cathedral", "Al-Aqsa Mosque"): places, never an institution's last word, though compromise files
 * "memorial" and "cathedral" with its organisation words too. A museum or a centre stays an institution
 * (it speaks, hires and lends: "the British Museum said"), and so does a church when nothing says
 * building ("the Catholic Church", "Church of England").
 */
export const BUILDINGS = new Set('memorial monument cathedral chapel basilica abbey mosque temple synagogue shrine palace castle tower capitol'.split(' '));

/** Arabic particles written before a capitalised name with a hyphen: al-Sadr, el-Sisi. */
export const PARTICLE_PREFIX = /^(?:al|el|ul|ad|ar|as|ash|at|az|an|ud)$/;

/** The lexicon's tags that say a word names someone and nothing else. */
export const NAME_ONLY_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person)$/;

/** "AfD", "SpA": capitals with single lower-case letters between them are an acronym too (not "McCain": it ends lower-case). */
export const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,6}|(?=.{3,6}$)\p{Lu}(?:\p{Ll}?\p{Lu})+)$/u;

/*
 * Words more than one extractor reads, each list written once; an extractor's own list adds to these.
 */

/** Verbs that report what someone said: "police said", "X told reporters". */
export const REPORTING_VERBS = ['said', 'says', 'told', 'added', 'wrote', 'insisted', 'noted', 'reported', 'reports', 'announced'];

/** Prepositions before a place: "in Santiago", "to the Middle East", "outside the embassy". */
export const PLACE_PREPOSITIONS = ['in', 'into', 'to', 'from', 'across', 'through', 'around', 'near', 'outside', 'inside', 'toward', 'towards'];

/** Months and their abbreviations, lower case. */
// prettier-ignore
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const ARTICLES = ['the', 'a', 'an'];
export const POSSESSIVE_DETERMINERS = ['its', 'their', 'his', 'her', 'our'];
export const DEMONSTRATIVES = ['this', 'that', 'these', 'those'];
