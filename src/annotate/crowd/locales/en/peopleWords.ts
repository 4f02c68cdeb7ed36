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
/**
 * Venue words that after "in the" name a contest's entrants or a place of work, not a crowd's venue: "each of the
 * 33 drivers in the field", "45 men in the field" of a golf tournament.
 */
export const PRESENT_AT_NOT_VENUES = new Set(['field']);

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

/**
 * Occasions people attend that no word of protest or turnout names: a people count in the clause of one is its crowd
 * ("told about 400 residents during a Monday night meeting", "celebrating the Mass for tens of thousands of people",
 * "a bar brawl involving up to 500 people", "the 350,000 people expected to celebrate in the capital"). Games, races
 * and shows are left out: their counts are as often players, entrants or viewers.
 */
// prettier-ignore
export const OCCASION_NOUNS = new Set([
  'meeting', 'meetings', 'ceremony', 'ceremonies', 'mass', 'reception', 'concert', 'concerts', 'gig', 'celebration',
  'celebrations', 'festivities', 'festival', 'wedding', 'inauguration', 'gala', 'banquet', 'fundraiser', 'premiere',
  'sermon', 'speech', 'lecture', 'conference', 'convention', 'forum', 'brawl', 'melee',
]);
/** Verbs of an occasion in the same clause as the count: "expected to celebrate in the capital". */
export const OCCASION_VERBS = new Set(['celebrate', 'celebrating']);
/**
 * Words near the count (`OCCASION_NOT_PRESENT_REACH` before it or after its noun) of a standing body's size, of people an
 * occasion is about or of an audience afar, which keep it out: "the union, which has 13,000 members, held a meeting", "a
 * ceremony honouring 40 veterans", "the 2,000 workers laid off", "watched by 2 million people on television".
 */
// prettier-ignore
export const OCCASION_NOT_PRESENT = new Set([
  'has', 'have', 'had', 'represents', 'represent', 'representing', 'employs', 'employ', 'employing', 'honouring',
  'honoring', 'honoured', 'honored', 'affecting', 'affected', 'serves', 'serving', 'laid', 'fired', 'watched',
  'viewers', 'online', 'television', 'tv', 'invited', 'invitations', 'ejected', 'evicted', 'removed', 'polled',
  'surveyed', 'sample',
]);
/** People nouns of a body's membership rather than of who came: "two members of the collective", "bring 2,000 members". */
export const OCCASION_MEMBER_NOUNS = new Set(['members', 'member', 'delegates', 'representatives']);
export const OCCASION_NOT_PRESENT_REACH = 3;

/**
 * Occasions held for an audience, before "for" and a people count: the count is who attended, not whom it was for
 * ("celebrating the Mass for tens of thousands of people", "a concert for 5,000 fans").
 */
export const AUDIENCE_OCCASIONS = new Set(['mass', 'concert', 'concerts', 'gig', 'sermon', 'liturgy']);

/**
 * A campaigner's crowd at a stop, as the audience verbs read it (the word that must follow the verb before the
 * figure; none: the figure is the object): "greeting about three dozen supporters", "shook hands with hundreds".
 */
export const GREETING_VERBS: Record<string, readonly string[]> = { greeted: [], greeting: [], greets: [], greet: [], hands: ['with'] };

/**
 * Verbs only people do as a crowd, right after a count whose noun no list names: "Nearly 200 janitors and supporters
 * rallied", "Some 200 couples marched", "more than 200 of us marched" (read by the actor-before-gathering-verb rule).
 * Verbs things also do ("filled", "packed", "lined", "gathered") are left out: "20 buses filled with activists".
 */
// prettier-ignore
export const ACTOR_GATHERING_VERBS = new Set([
  'marched', 'rallied', 'protested', 'demonstrated', 'picketed', 'paraded', 'chanted', 'struck', 'walked', 'turned', 'took', 'showed',
]);

/** Words after the verb that a two-word one above needs: "walked out", "turned out", "took part", "showed up". */
export const ACTOR_GATHERING_PARTICLES: Record<string, readonly string[]> = { walked: ['out'], turned: ['out'], took: ['part'], showed: ['up'] };

/** The pronoun of a count of the writer's own group: "more than 200 of us marched". */
export const ACTOR_PRONOUNS = new Set(['us']);

/**
 * Plural nouns that count groups or things, not people, even before a crowd's verb: "40 groups rallied", "10 unions
 * marched", "some 20 floats paraded".
 */
// prettier-ignore
export const NOT_ACTOR_NOUNS = new Set([
  'groups', 'organizations', 'organisations', 'unions', 'locals', 'chapters', 'teams', 'clubs', 'parties', 'floats',
  'bands', 'contingents', 'delegations', 'schools', 'campuses', 'companies', 'firms', 'states', 'horses', 'animals',
  'federations', 'plants', 'factories', 'sites', 'branches', 'hospitals', 'universities', 'colleges', 'stores',
  'centers', 'centres', 'clinics', 'offices', 'depots', 'warehouses',
  // officers of a state who come to a place on duty: "Two agents showed up at the store"
  'agents', 'deputies', 'troopers', 'inspectors', 'marshals', 'cops', 'police', 'policemen', 'officers',
  // armed forces in ranks are troops, no crowd: "thousands of Nazi soldiers marched into the ghetto", "Thousands of
  // fighters of the Popular Mobilisation Forces (PMF) marched in Baghdad"
  'soldiers', 'troops', 'fighters', 'militiamen', 'guardsmen', 'paratroopers', 'marines', 'sailors',
]);

/**
 * Words right before a count that make it no subject of the verb after it (read by the actor-before-gathering-verb
 * rule): a preposition ("2,700 workers at two chocolate plants struck", "members of the four federations marched")
 * or a possessive ("30 percent of France's 5.2 million civil servants took part": a whole membership).
 */
export const NOT_SUBJECT_BEFORE = new Set(['at', 'of', 'in', 'from', 'for', 'with', 'by', 'to', 'on', 'into', 'among', 'their', 'its', 'our', 'his', 'her']);

/** The endings of a possessive word ("France's", "the unions'"), read with NOT_SUBJECT_BEFORE. */
export const POSSESSIVE_ENDINGS = ["'s", '’s', "s'", 's’'];

/**
 * A dash written with two hyphens ("crowds of supporters--400 in Tucson, 250 in Reno") opens a list as a long dash
 * does (read by the list-by-place rule).
 */
export const HYPHEN_DASH = ['-', '-'] as const;

/**
 * The links above that tie a plural gathering noun to a size ("demonstrations drawing tens of thousands", "rallies
 * drew hundreds"); not "at", which after a plural places them ("strikes have been called at 180 high schools").
 */
export const PLURAL_SIZE_LINKS = new Set(['drew', 'draws', 'drawing', 'attracted', 'attracting', 'numbered', 'numbering', 'totalled', 'totaled']);

/**
 * Meetings a bare figure after "of" sizes ("At the Bronx meeting of 200, Toussaint faced a hostile audience"); not a
 * panel's or a session's members ("a panel of three").
 */
export const MEETING_OF_NOUNS = new Set(['meeting', 'meetings', 'conference', 'forum', 'convention', 'assembly', 'teach-in', 'speak-out']);

/**
 * The states above that place people at the gathering itself, so that a figure after "for" is its crowd, not the
 * people something is for: "a highlight show for the 14,038 in attendance".
 */
export const PRESENT_STATES = [
  ['in', 'attendance'],
  ['in', 'the', 'stands'],
];

/**
 * Crowd nouns a figure may stand before as a modifier, sizing the crowd (read by the figure-before-crowd-noun rule):
 * "in front of a 40,000 crowd", "the majority of a 11,116 crowd", "a 2,000 turnout".
 */
export const CROWD_NOUNS_AFTER_FIGURE = new Set(['crowd', 'crowds', 'throng', 'audience', 'turnout', 'attendance', 'gathering', 'congregation']);

/**
 * Words opening a breakdown of the group a count before them gave (read by the breakdown-of-casualties rule):
 * "executed 11 persons, including five children, four women and two men".
 */
export const BREAKDOWN_WORDS: readonly (readonly string[])[] = [['including'], ['among', 'them'], ['among', 'whom'], ['of', 'whom']];

/**
 * Words that, right after a count's noun, open what the noun takes before its own verb (read by the
 * verb-past-complement rule): a relative pronoun ("the hundreds of steelworkers who demonstrated outside") or a
 * preposition of its phrase ("More than 230 members of IAM District 160 struck a Boeing subcontractor").
 */
export const RELATIVE_OPENERS = new Set(['who', 'that']);
export const COMPLEMENT_PREPOSITIONS = new Set(['of', 'from', 'at']);

/** Tokens a count's complement may take before its verb: "of International Association of Machinists and Aerospace Workers (IAM) District 160". */
export const COMPLEMENT_REACH = 14;

/** Nouns counting people without a plural -s: "some 500 faculty who walked out". */
export const COLLECTIVE_PEOPLE_NOUNS = new Set(['faculty', 'staff', 'personnel']);

/**
 * A count whose verb crosses a picket line counts strikebreakers, not the strike's crowd (read by the crossed-picket-line
 * rule): "about 70 workers are crossing picket lines", "only 38 nurses have reportedly crossed the picket line".
 */
export const CROSSING_VERBS = new Set(['cross', 'crosses', 'crossed', 'crossing']);
export const CROSSED_LINE_WORDS = new Set(['the', 'a', 'picket', 'their', 'union']);
export const LINE_NOUNS = new Set(['line', 'lines']);
/** Tokens after the count read for its crossing verb: "About 500 workers of the 1,700 represented by SEIU crossed". */
export const CROSSING_REACH = 10;
