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
