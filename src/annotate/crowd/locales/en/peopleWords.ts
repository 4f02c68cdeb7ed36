/** English words of who is counted and what they do, read by the figure rules (./claims/rules/). */

/**
 * Nouns of a settled place that, before "of" and a count, make the count its population: "a city of 2 million",
 * "a country of 90 million people", "a town of 5,000 residents".
 */
// prettier-ignore
export const SETTLEMENT_NOUNS = new Set([
  'city', 'cities', 'town', 'towns', 'country', 'nation', 'state', 'province', 'region', 'island', 'village',
  'villages', 'territory', 'capital', 'metropolis', 'enclave', 'strip', 'district', 'county', 'municipality',
  'community', 'population',
]);

/** Words before a count that make it who lives somewhere: "home to 2 million", "populated by 40,000". */
export const POPULATION_BEFORE: readonly (readonly string[])[] = [
  ['home', 'to'],
  ['populated', 'by'],
  ['inhabited', 'by'],
  ['population', 'of'],
];

/** People nouns that name who lives somewhere, not who came: "2.3 million inhabitants". */
export const DWELLER_NOUNS = new Set(['inhabitants', 'dwellers', 'population']);

/**
 * Nouns of an activity whose participants take part in it, not gather for it: "all five debate participants", "40
 * study participants", "trial participants".
 */
// prettier-ignore
export const NON_GATHERING_ACTIVITIES = new Set([
  'debate', 'debates', 'study', 'studies', 'survey', 'surveys', 'trial', 'trials', 'poll', 'program', 'programme',
  'experiment', 'research', 'course', 'contest', 'competition', 'tournament', 'talks', 'negotiations', 'panel',
  'pilot',
]);

/** People nouns that count whoever takes part in something, a gathering or not: "participants", "entrants". */
export const TAKING_PART_NOUNS = new Set(['participants', 'participant', 'entrants', 'contestants']);

/**
 * A protest told by its action rather than a verb of gathering: signs, banners or placards held up, people glued or
 * chained in place ("two activists climbing on stage holding a sign", "a handful of supporters carrying placards",
 * "chained themselves to the railings").
 */
export const PROTEST_ACTION =
  /\b(?:hold|held|holding|holds|carr(?:y|ied|ying|ies)|wav(?:e|ed|ing|es)|unfurl(?:ed|ing|s)?|brandish(?:ed|ing)?)\s+(?:up\s+)?(?:a\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:signs?|banners?|placards?)\b|\b(?:glued|chained|locked)\s+themselves\b/i;

/** Prepositions that place a people count at a gathering or in its venue: "25,000 people in the stadium". */
export const PRESENT_AT = new Set(['at', 'in', 'inside', 'outside']);
/** Determiners opening the gathering or venue a count is placed at: "at the funeral", "in a packed hall". */
export const PRESENT_AT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);
/** Words read after the preposition's determiner for the gathering or venue noun: "at the funeral reception". */
export const PRESENT_AT_REACH = 3;

/** Gathered nouns that also name a player's position in a team: "their three main strikers are unavailable". */
export const POSITION_NOUNS = new Set(['strikers']);
/**
 * Words of a sports squad that make such a noun count players, not people on strike: "signed two strikers", "loaned
 * both of them out", "unavailable due to injury", "the club has five strikers on its books".
 */
// prettier-ignore
export const SQUAD_WORDS = new Set([
  'club', 'clubs', 'squad', 'team', 'signed', 'signing', 'sign', 'loan', 'loaned', 'transfer', 'injury', 'injuries',
  'injured', 'goal', 'goals', 'scored', 'scoring', 'season', 'manager', 'coach', 'midfielders', 'defenders',
  'midfield', 'striker', 'league', 'cup', 'match', 'fixture', 'fixtures', 'books', 'first-team', 'unavailable',
]);
