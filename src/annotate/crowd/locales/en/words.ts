import { GREETING_VERBS } from './peopleWords.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, REPORTING_VERBS } from '../../../core/locales/en/words.js';

/**
 * Ordinary English words the crowd-claim rules rely on: who can make up a crowd, what gathers, what is
 * counted instead, and the verbs around a figure. Generic vocabulary only: nothing here names a place,
 * a person or a date of any particular story. Places: ./placeWords.ts; who gave a figure:
 * ./claimantWords.ts; numbers: ./quantity/words.ts.
 */

/** Nouns for people who can make up a crowd. */
// prettier-ignore
export const PEOPLE_NOUNS = new Set([
  'people', 'persons', 'individuals', 'protesters', 'protestors', 'demonstrators', 'marchers', 'supporters',
  'citizens', 'residents', 'mourners', 'participants', 'activists', 'students', 'workers', 'followers',
  'worshippers', 'worshipers', 'pilgrims', 'fans', 'attendees', 'rallygoers', 'men', 'women', 'children', 'youths',
  'villagers', 'voters', 'farmers', 'teachers', 'nurses', 'doctors', 'members', 'loyalists', 'partisans', 'devotees',
  'believers', 'spectators', 'onlookers', 'strikers', 'picketers', 'campaigners', 'opponents', 'backers',
  'sympathizers', 'sympathisers', 'veterans', 'retirees', 'pensioners', 'families', 'parents', 'locals', 'revellers',
  'revelers', 'celebrants', 'faithful', 'unionists', 'employees', 'miners', 'drivers', 'truckers', 'refugees',
  'migrants', 'tribesmen', 'clerics', 'seminarians', 'shoppers', 'concertgoers', 'runners', 'cyclists', 'walkers',
  'churchgoers', 'festivalgoers', 'theatergoers', 'theatregoers',
  'mothers', 'fathers', 'grandmothers', 'grandparents',
  // "asylum-seekers", "asylum seekers"
  'seekers',
  // the wire's trades on strike: "40,000 seamen", "dockers", "labourers", the 1987 spelling "employes"
  'seamen', 'dockers', 'longshoremen', 'labourers', 'laborers', 'employes', 'peasants',
]);

/** A trade written as one word with "workers" ("dockworkers", "carworkers", "steelworkers", "mineworkers") names people. */
export const TRADE_WORKERS = /^\p{Ll}{3,}workers$/u;

/**
 * A plural agent noun in -ists names people ("antiracists", "Islamists", "unionists"), but not these verbs
 * and things ("insists", "lists", "wrists").
 */
export const AGENT_PLURAL = /^\p{Ll}{2,}ists$/u;
// prettier-ignore
export const NOT_AGENT_PLURALS = new Set([
  'insists', 'exists', 'persists', 'resists', 'assists', 'consists', 'subsists', 'desists', 'coexists', 'enlists',
  'lists', 'fists', 'wrists', 'twists', 'mists', 'checklists', 'playlists', 'shortlists', 'waitlists', 'blacklists',
]);

/** People nouns that already say they are a gathering: no other gathering word is needed. */
// prettier-ignore
export const GATHERED_NOUNS = new Set([
  'protesters', 'protestors', 'demonstrators', 'marchers', 'mourners', 'rallygoers', 'attendees', 'participants',
  'strikers', 'picketers', 'revellers', 'revelers', 'concertgoers', 'counterprotesters', 'counterprotestors', 'counterdemonstrators',
  // an audience present by its name: "More than 40,000 spectators watched the race"
  'spectators', 'onlookers', 'churchgoers', 'festivalgoers', 'theatergoers', 'theatregoers',
]);

/** Nouns naming a gathering whose size can be given: "a crowd of 10,000", "the turnout reached 2 million". */
// prettier-ignore
export const GATHERING_NOUNS = new Set([
  'crowd', 'crowds', 'turnout', 'attendance', 'gathering', 'rally', 'march', 'protest', 'demonstration',
  'procession', 'throng', 'audience', 'assembly', 'vigil', 'sit-in', 'funeral', 'strike', 'walkout', 'parade',
  'mobilization', 'mobilisation', 'picket', 'counterprotest', 'counterdemonstration',
]);

/** Words that link a gathering noun to its size: "crowd reached 500,000", "a rally of 5,000". */
// prettier-ignore
export const SIZE_LINKS = new Set([
  'of', 'reached', 'reaching', 'numbered', 'numbering', 'at', 'to', 'drew', 'draws', 'drawing', 'attracted', 'attracting', 'topped',
  'exceeded', 'surpassed', 'totalled', 'totaled', 'totalling', 'totaling', 'was', 'were', 'is', 'hit', 'neared',
  'approached', 'swelled', 'grew', 'numbers', 'ranged', 'range', 'ranging', 'varied',
]);

/** Verbs of drawing people whose object is a crowd: "brought millions to the streets", "have involved tens of thousands". */
// prettier-ignore
export const DRAW_VERBS = new Set([
  'drew', 'drawn', 'draws', 'attracted', 'attracts', 'brought', 'mobilized', 'mobilised', 'pulled', 'involved',
  'involving', 'gathered',
]);

/**
 * Events people sit through rather than march or rally at: a crowd counted at one of them is a gathering apart from
 * a protest its sentence counts ("nearly 1,000 people took part in a silent vigil for peace, and 300 stayed for an
 * organizing meeting").
 */
// prettier-ignore
export const MEETING_NOUNS = new Set([
  'meeting', 'meetings', 'panel', 'plenary', 'discussion', 'conference', 'screening', 'forum', 'teach-in', 'speak-out',
  'concert', 'lecture', 'roundtable', 'session', 'convention',
]);

/** Events people attend whose size a drawing verb gives: "A roundtable discussion … draws 80", "the screening drew 150". */
// prettier-ignore
export const ATTENDED_EVENT_NOUNS = new Set([
  'meeting', 'panel', 'plenary', 'discussion', 'conference', 'screening', 'forum', 'teach-in', 'speak-out', 'concert',
  'lecture', 'roundtable', 'ceremony', 'service', 'session', 'convention', 'rally',
  // games, performances and services whose audience is a crowd: "The game drew 45,000 fans", "the festival drew 45,000"
  'game', 'match', 'festival', 'race', 'performance', 'speech', 'sermon', 'mass', 'crusade', 'tournament', 'exhibition',
  'premiere', 'fight', 'bout', 'revival',
]);

/** Verbs of attending, whose object may be a school rather than a gathering: "students who attended the now-defunct chain". */
export const ATTEND_VERBS = new Set(['attended', 'attend', 'attends', 'attending']);
/** Schools and courses people attend for years, not gatherings: "attended the now-defunct chain", "attend classes". */
// prettier-ignore
export const SCHOOL_NOUNS = new Set([
  'school', 'schools', 'college', 'colleges', 'university', 'universities', 'academy', 'chain', 'classes', 'class',
  'seminary', 'institute', 'courses', 'course', 'program', 'programs',
]);
/** Words read after "attended" for its object: "attended the now-defunct chain". */
export const ATTENDED_OBJECT_REACH = 4;

/** Verbs of arriving whose "to" and an attended event make the figure its audience: "Five hundred came to a panel discussion". */
export const ARRIVAL_VERBS = new Set(['came', 'come', 'comes', 'coming', 'went', 'flocked', 'flock', 'flocking', 'crowded', 'squeezed', 'crammed']);

/**
 * Rooms and grounds an audience fills, the object of a filling verb after a people count: "800 people packed the
 * Ira Allen Chapel", "2,000 filled the auditorium"; not "filled the jobs", "packed their bags".
 */
// prettier-ignore
export const VENUE_NOUNS = new Set([
  'hall', 'halls', 'chapel', 'church', 'cathedral', 'auditorium', 'room', 'ballroom', 'theater', 'theatre', 'arena',
  'stadium', 'gym', 'gymnasium', 'square', 'plaza', 'park', 'lawn', 'quad', 'courtyard', 'steps', 'streets', 'street',
  'center', 'centre', 'galleries', 'gallery', 'chamber', 'chambers', 'mosque', 'synagogue',
  'temple', 'venue', 'field', 'grounds', 'lounge', 'cafeteria', 'library', 'stands', 'bleachers',
]);

/** Words read after a filling verb or "to" for the venue or event an audience came to: "came to a panel discussion". */
export const AUDIENCE_REACH = 5;

/** Words after an audience's verb that say they came to hear someone: "to hear Nader speak". */
export const HEARING_VERBS = new Set(['hear', 'listen', 'see', 'watch']);

/** Verbs of an audience hearing someone, after its count, at an attended event: "Some 350 people hear … at an evening plenary". */
export const HEARD_VERBS = new Set(['hear', 'heard', 'hears', 'listened', 'listen']);

/** Verbs of holding a gathering, whose subject is its crowd: "4,000 students held a mass meeting". */
export const HOLD_VERBS = new Set(['held', 'hold', 'holding', 'staged', 'stage', 'staging']);

/** Words opening a relative clause about people just counted: "the 70,000 teachers, who have been on strike". */
export const RELATIVE_PRONOUNS = new Set(['who', 'that']);

/** Words right before a figure (or before "the" and a figure) that say it counts whom something is for: "prayers for 40 black men". */
export const FOR_WHOM = new Set(['for']);
/**
 * Phrases before a figure that, like "for", name whom a gathering stands by rather than who came: "in defense of
 * four Chinese residents who were assaulted", "in solidarity with eight workers who were fired".
 */
// prettier-ignore
export const ON_BEHALF_OF: readonly (readonly string[])[] = [
  ['in', 'defense', 'of'], ['in', 'defence', 'of'], ['in', 'solidarity', 'with'], ['in', 'support', 'of'],
  ['on', 'behalf', 'of'], ['in', 'memory', 'of'], ['in', 'honor', 'of'], ['in', 'honour', 'of'],
];

/** Nouns for a figure itself: "the number was closer to 15,000"; only in a sentence about a gathering. */
export const FIGURE_NOUNS = new Set(['number', 'numbers', 'figure', 'figures', 'count', 'tally', 'estimate', 'estimates', 'size']);

/** Verbs that make a bare quantity a crowd: "thousands marched", "2 million turned out". */
// prettier-ignore
export const GATHERING_VERBS = new Set([
  'marched', 'marching', 'march', 'gathered', 'gathering', 'gather', 'rallied', 'rallying', 'rally', 'protested',
  'protesting', 'protest', 'demonstrated', 'demonstrating', 'attended', 'attending', 'attend', 'massed', 'assembled',
  'joined', 'poured', 'flooded', 'thronged', 'converged', 'flocked', 'packed', 'filled', 'participated', 'turned',
  'took', 'showed', 'came', 'streamed', 'paraded', 'mourned', 'congregated', 'crowded', 'lined', 'lining', 'line',
  // strikes, vigils and sieges: "hundreds of workers are striking", "thousands knelt in prayer", "stayed on in the square"
  'striking', 'struck', 'picketed', 'picketing', 'walked', 'knelt', 'stayed', 'camped', 'stormed', 'besieged',
  // "another 10,000 mobilized"
  'mobilized', 'mobilised',
]);

/**
 * A stoppage of work as the newswire tells it (regular-expression sources, spread into TURNOUT_PATTERNS): "strike"
 * as a noun ("a strike by 9,000 miners", "warning strikes", "a hunger strike", "the miners' strike"),
 * "struck" after the people who struck ("1,700 workers struck"), and the wire's verbs of leaving work ("walked off
 * their jobs", "downed tools", "stopped work", "a work stoppage"). Not an armed strike or a strike of nature
 * ("an air strike", "missile strikes", "a lightning strike"), not a deal or a blow ("struck a deal", "struck by a car"),
 * not a price ("the strike price").
 */
// prettier-ignore
export const WORK_STOPPAGE_PATTERNS = [
  // a strike by its doers ("a strike by 9,000 miners", "70 strikes by thousands"), or with an article or a word of
  // its kind before it ("a strike", "warning strikes", "an indefinite strike", "the miners' strike"); a bare "the
  // strike" is left out: it is as often a strike named before ("the anniversary of the strike")
  String.raw`strikes? by`,
  String.raw`(?:\ban|\ba|their|national|nationwide|general|indefinite|warning|hunger|token|selective|wildcat|unofficial|sympathy|rolling|solidarity|day-long|week-long|[\w]+-(?:hour|day|week|month)(?:-old)?|\w+s['’]) strikes?(?! (?:on|price|prices|zone|rate|force|forces|aircraft|fighters?)\b)`,
  String.raw`(?:workers|employees|members|miners|mineworkers|staff|teachers|nurses|doctors|drivers|dockers|dockworkers|seamen|men|women|pilots|unionists) struck(?! by\b)`,
  String.raw`walk(?:ed|ing|s)? off (?:the|their) jobs?`, String.raw`down(?:ed|ing|s)? tools`, String.raw`stop(?:ped|ping|s)? work\b`,
  String.raw`(?:work )?stoppages?`, String.raw`go-slows?`, String.raw`stay-?aways?`, String.raw`stayed away from work`,
];

/**
 * Other ways a sentence tells of a gathering (regular-expression sources, read by ../gathering.ts): strikes
 * and their kin ("have been on strike", "a general strike", "a walkout", "a teach-in", "pickets"), and turnout
 * told with other verbs ("came together", "knelt in prayer", "stayed on in the square", "streamed out of the
 * mosques", "brought millions to the streets", "stormed the embassy").
 */
// prettier-ignore
export const TURNOUT_PATTERNS = [
  ...WORK_STOPPAGE_PATTERNS,
  String.raw`(?:go|goes|went|gone|going|be|been|are|were|is|was|remain(?:ed|s)?|stay(?:ed|s)?)(?: out)? on strike`,
  String.raw`general strikes?`, 'strikers', String.raw`(?:are|were|been) striking`,
  String.raw`walk(?:ed|ing)? out`, 'walkouts?', 'teach-ins?', 'speak-outs?', 'die-ins?', String.raw`picket(?:s|ed|ing|ers)?`, String.raw`mobili[sz]ations?`,
  String.raw`c[ao]me together`, 'knelt', 'kneeling', String.raw`stay(?:ed|ing)? on in`, String.raw`camp(?:ed|ing) (?:out|in|on)`,
  String.raw`stream(?:ed|ing) (?:out|into|through)`, String.raw`(?:to|into|onto) the streets`, String.raw`storm(?:ed|ing) the`,
  // "the counterprotest swelled to 600": "protest" glued to "counter"
  String.raw`counter-?(?:protest|demonstration)s?`,
  // a crowd moving through a public place: "1,500 students sweep through campus", "marchers surged into the square"
  String.raw`(?:sweep|sweeps|swept|sweeping|surg(?:e|es|ed|ing)) (?:through|into|across|onto) (?:the )?(?:campus|streets?|city|town|square|plaza|capital|downtown|centre|center)`,
];

/** A state after a figure (past its auxiliaries) that makes it a crowd like a gathering verb: "5,000 have been on strike", "thousands were on the streets". */
export const GATHERING_STATES = [
  ['on', 'strike'],
  // "thousands were on the streets"
  ['on', 'the', 'streets'],
  // present at the gathering the text tells: "the more than 12,000 in attendance", "some 40,000 in the stands"
  ['in', 'attendance'],
  ['in', 'the', 'stands'],
];

/** Two-word verbs of the above whose second word must follow ("turned out", "took part"). */
export const GATHERING_VERB_PARTICLES: Record<string, string[]> = {
  turned: ['out'],
  took: ['part', 'to'],
  showed: ['up'],
  came: ['out', 'together'],
  // "5,000 workers walked out"; "stayed on in the square"; "an earthquake struck" has no figure before it, "300 struck" does
  walked: ['out'],
  stayed: ['on', 'put', 'overnight'],
  // "thousands lined the streets", "lined both sides of the route"; not "lined up to vote"
  lined: ['the', 'streets', 'both'],
  lining: ['the', 'streets', 'both'],
  line: ['the', 'streets', 'both'],
};

/**
 * Words that open an aside breaking down a group just counted: "90 people, 25 of them students, were
 * detained", "some 300 people, mostly young, were arrested". The group's verb comes after the aside.
 */
// prettier-ignore
export const BREAKDOWN_OPENERS = new Set([
  'many', 'most', 'some', 'all', 'several', 'half', 'including', 'among', 'mostly', 'mainly', 'largely', 'nearly',
  'almost', 'about', 'around', 'both', 'none', 'few', 'dozens', 'hundreds', 'thousands',
]);

/** After a figure, these say it is a part of a group counted before: "25 of them", "a third of whom". */
export const PART_OF_GROUP = new Set(['them', 'whom', 'those']);

/** A people count next to one of these is a count of casualties or arrests, not of a crowd. */
// prettier-ignore
export const CASUALTY_WORDS = new Set([
  'killed', 'killing', 'kill', 'kills', 'injured', 'injuring', 'injures', 'wounded', 'wounding', 'dead', 'died', 'die',
  // "Police target protesters and arrest more than 100 people"
  'arrested', 'arresting', 'arrests', 'arrest', 'detained', 'detaining', 'hurt', 'hospitalized', 'hospitalised', 'missing',
  'executed', 'displaced', 'evacuated', 'rescued', 'treated', 'deaths',
  // "the death toll had risen to 21"
  'toll', 'casualties', 'fatalities', 'victims', 'drowned', 'shot', 'slain', 'jailed', 'charged', 'sentenced', 'fined',
  // "some 60 protesters were murdered by troops", "Between 20,000 and 30,000 workers were massacred"
  'murdered', 'massacred', 'maimed',
  // people put out of work, the wire's "was among 500 workers sacked by CODELCO following a strike"
  'sacked', 'sacking', 'dismissed',
  // students punished for a walkout: "as many as 130 high school and junior high students were suspended"
  'suspended', 'expelled',
  // people a disaster moved or hit: "forced the evacuation of 12,000 residents", "12,000 people affected"
  'evacuation', 'evacuations', 'evacuate', 'evacuating', 'evacuees', 'displacement', 'homeless', 'stranded', 'trapped',
  'affected',
]);

/**
 * Verbs by which a body has people on its books rather than at a gathering: "the union, which represents about 2,300
 * workers", "the federation groups 22,000 workers", "contracts covering some 500,000 workers", "the mill employs 525".
 */
// prettier-ignore
export const BODY_HOLDS_VERBS = new Set([
  'represents', 'represent', 'representing', 'represented', 'groups', 'grouping', 'covers', 'covering', 'cover',
  'employs', 'employing', 'employ', 'employed',
]);

/**
 * Words before a body's holding verb, in its own sentence, that tell the body is on strike now or was: "the strike by
 * members of the union, representing 2,800 of the network's 8,000 workers", "the two other striking locals, representing
 * 600 office and technical workers", "the strike also involves two locals that represent 600 workers", "the three locals
 * on strike represent 2,600 workers". Then the people it represents are the strikers the wire counts (a held strike:
 * a threatened or planned one is dropped before, by `strike-not-held`).
 */
export const STRIKING_BODY = String.raw`\b(?:striking|on strike|strikes? by|walkouts? by|(?:the|a|an|their|its) (?:[\w-]+ )?(?:strike|walkout|stoppage)s?(?:,? which\b[^,]*,)? (?:also )?(?:involv(?:es|ed|ing)|affect(?:s|ed|ing)|by))\b`;

/**
 * What a part counted out of a whole did, told right after the whole ("about 500,000 of Brazil's 700,000 bankworkers
 * were on strike", "With 285 of the 4,000-strong workforce on strike", "about 300,000 of the 500,000 small farmers in
 * Rio Grande do Sul took part in yesterday's protests"): a strike, a protest or a march, not turning up at work or a
 * meeting ("only eight of the 48 workers she needed showed up" stays a part of a workforce). Read from the end of the
 * whole's noun, past at most five words of the noun's own ("in Rio Grande do Sul") and no punctuation.
 */
export const PART_TURNOUT = String.raw`^(?:\s+(?:[\w'’.-]+\s+){0,5}?)?(?:(?:are|were|was|is|had been|have been|remained|stayed)\s+(?:still\s+)?)?(?:on strike|went on strike|walked (?:out|off)|struck|(?:took|take|taking) part in (?:[\w'’-]+\s+){0,2}(?:protests?|strikes?|demonstrations?|marches|march|rall(?:y|ies)|stoppages?)|joined (?:the|a|an) (?:[\w-]+\s+)?(?:strikes?|protests?|demonstrations?|march|rally|stoppage|walkout)|marched|demonstrated|protested|rallied)\b`;

/** Verbs of joining a body rather than a gathering, when a membership noun follows: "flocked to join jihadist groups". */
export const JOIN_VERBS = new Set(['join', 'joined', 'joining', 'joins', 'enlist', 'enlisted', 'enlisting', 'recruited']);

/** Bodies people join as members: "join jihadist groups", "joined the army", "swelled the ranks". */
// prettier-ignore
export const MEMBERSHIP_NOUNS = new Set([
  'group', 'groups', 'militia', 'militias', 'army', 'armies', 'ranks', 'party', 'parties', 'organization',
  'organizations', 'organisation', 'organisations', 'insurgency', 'insurgents', 'rebels', 'gangs', 'cult', 'cults',
]);

/** After a people count, these say the people lost something rather than gathered: "12,000 residents without power". */
export const DEPRIVED_OF = new Set(['power', 'electricity', 'water', 'heat', 'heating', 'shelter', 'food', 'homes', 'housing']);

/**
 * Conjunctions that open a clause about a happening at another time than the main clause's: "a week
 * after the fire forced the evacuation of 12,000 residents". Not "while", "though", "when", "as",
 * "and", which often go on about the same gathering ("police put it at 1,500, while organisers said
 * 2,000", "though organisers said the number was closer to 15,000", "when 5,000 people pushed forward").
 */
export const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till']);

/**
 * Conjunctions that open such a clause only after a word: "Even as politicians declared their support,
 * thousands took to the streets" (a plain "as" often goes on about the same gathering).
 */
export const SUBORDINATORS_AFTER: Record<string, string> = { as: 'even' };

/** Past-tense verbs without "-ed" that tell a clause from a phrase ("after the fire swept", not "after Friday prayers"). */
// prettier-ignore
export const IRREGULAR_PAST = new Set([
  'began', 'broke', 'came', 'went', 'took', 'made', 'gave', 'struck', 'swept', 'hit', 'left', 'fled', 'fell', 'rose',
  'tore', 'spread', 'ran', 'won', 'lost', 'saw', 'drew', 'held', 'met', 'told', 'said', 'sent', 'shot', 'led',
  'brought', 'caught', 'cut', 'set', 'burnt', 'blew', 'froze', 'shook', 'sank', 'stood', 'got', 'found', 'became',
  'wrote', 'spoke', 'chose', 'paid', 'sold', 'bought', 'built', 'kept', 'forced',
]);

/** Counts of these are never crowd sizes, even next to a gathering word. */
// prettier-ignore
export const NOT_PEOPLE_NOUNS = new Set([
  'troops', 'soldiers', 'forces', 'personnel', 'officers', 'police', 'policemen', 'guards', 'marines', 'sailors',
  'rockets', 'missiles', 'drones', 'shells', 'bombs', 'rounds', 'years', 'days', 'hours', 'minutes', 'weeks',
  'months', 'decades', 'times', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'dollars', 'euros',
  'pounds', 'dinars', 'rials', 'yuan', 'rupees', 'pesos', 'cities', 'towns', 'countries', 'nations', 'bases',
  'buses', 'cars', 'vehicles', 'taxis', 'cabs', 'tractors', 'trucks', 'lorries', 'vans', 'boats', 'tents', 'signs',
  'flags', 'percent', 'votes', 'seats',
  // the wire's "40 pct of coffee exports"
  'pct',
]);

/**
 * Verbs of a crowd's size changing, before "to" or "at" and a figure: "dropping to 4,000", "dwindled to a few
 * hundred", "peaked at 14,000". In a clause about a gathering the figure is its size at another hour or day.
 */
// prettier-ignore
export const SIZE_CHANGE_VERBS = new Set([
  'dropping', 'dropped', 'drops', 'falling', 'fell', 'falls', 'dwindling', 'dwindled', 'dwindles', 'thinning', 'thinned',
  'shrinking', 'shrank', 'shrunk', 'declining', 'declined', 'dipping', 'dipped', 'swelling', 'swelled', 'swollen',
  'growing', 'grew', 'grown', 'rising', 'rose', 'risen', 'climbing', 'climbed', 'peaking', 'peaked', 'down',
  // "a crowd that started small but quickly ballooned to over 100"
  'ballooning', 'ballooned', 'mushrooming', 'mushroomed', 'snowballing', 'snowballed', 'surging', 'surged', 'swelled',
  'increasing', 'increased', 'jumped', 'doubled', 'tripled',
]);

/** The prepositions after a size-change verb that a figure follows: "fell to 4,000", "peaked at 14,000". */
export const SIZE_CHANGE_LINKS = new Set(['to', 'at']);

/** Pronouns that stand for a crowd whose size changed: "by evening it had dwindled to 5,000", "their numbers". */
export const SIZE_PRONOUNS = new Set(['it', 'they', 'numbers', 'number', 'turnout']);

/** Verbs after a figure that say that many were still there: "by Monday only about 1,000 remained". */
export const REMAIN_VERBS = new Set(['remained', 'remain', 'remains', 'lingered', 'stayed']);

/** After "remained", where people are held or what they lack, not where a crowd stayed: "12 remained in hospital". */
export const HELD_WORDS = new Set(['hospital', 'custody', 'detention', 'jail', 'prison', 'shelters', 'without', 'missing']);

/** Words that introduce who gave a figure: the reporting verbs, and those of estimating, claiming and conceding. */
// prettier-ignore
export const ATTRIBUTION_VERBS = new Set([
  ...REPORTING_VERBS,
  'say', 'estimated', 'estimates', 'estimate', 'report', 'claimed', 'claims', 'claim', 'tells', 'counted', 'counts', 'put', 'puts',
  'stated', 'states', 'announces', 'tweeted', 'tweets', 'writes', 'believed', 'believes', 'believe', 'calculated',
  'calculates', 'insists', 'suggested', 'suggests', 'notes', 'adds', 'cited', 'cites', 'asserted', 'asserts', 'declared',
  'declares', 'gave', 'gives', 'posted', 'boasted', 'boasts', 'according', 'insist', 'admitted', 'admits', 'admit',
  'conceded', 'concedes', 'concede', 'acknowledged', 'acknowledges', 'acknowledge', 'confirmed', 'confirms',
]);

/** Verbs whose figure someone expects rather than counts: "organisers expected 50,000", "50,000 are expected". */
// prettier-ignore
export const FORECAST_VERBS = new Set([
  'expect', 'expects', 'expected', 'expecting', 'anticipate', 'anticipates', 'anticipated', 'anticipating',
  'predict', 'predicts', 'predicted', 'predicting', 'forecast', 'forecasts', 'forecasting', 'projected',
  'projecting',
]);

/** Verbs of intent that make what follows "to" a plan: "hope to draw 50,000", "5,000 teachers plan to march". */
// prettier-ignore
export const INTENT_VERBS = new Set([
  'hope', 'hopes', 'hoped', 'hoping', 'aim', 'aims', 'aimed', 'aiming', 'plan', 'plans', 'planned', 'planning',
  'intend', 'intends', 'intended', 'intending', 'want', 'wants', 'wanted', 'wanting', 'seek', 'seeks', 'sought',
  'seeking', 'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised',
]);

/** Words that after "is"/"are" and before "to" say a thing is still to happen: "are set to march", "is likely to draw". */
export const PENDING_WORDS = new Set(['set', 'due', 'likely', 'poised', 'slated', 'scheduled', 'going', 'about']);

/** Verbs that take a forecast crowd as their object: "hope to draw 50,000", "could bring 50,000". */
// prettier-ignore
export const FORECAST_OBJECT_VERBS = new Set([
  ...FORECAST_VERBS, 'draw', 'attract', 'bring', 'gather', 'mobilise', 'mobilize', 'pull', 'reach', 'top', 'exceed',
  'welcome', 'host', 'number',
]);

/** Modal verbs: "could draw 50,000", "10,000 will march". */
export const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'should']);

/** After a modal, these tell a past told from later on ("the crowd would later swell to 50,000"): not a forecast. */
export const NARRATIVE_ADVERBS = new Set(['later', 'eventually', 'ultimately', 'soon', 'then']);
/** Verbs of starting or going on before "to" and a gathering verb: "several hundreds of them started to protest". */
export const ASPECT_VERBS = new Set(['started', 'starting', 'start', 'began', 'begun', 'begin', 'continued', 'continue', 'continuing']);
/** Dashes written as one token (a double hyphen is two hyphen tokens). */
export const DASHES = new Set(['—', '–']);
export const BE_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Words that deny the verb they go with: "did not come", "didn't turn out", "never showed up". "not"
 * must follow an auxiliary ("did not", "were not"), else it is no denial of a verb ("people not
 * affiliated with the union", "if not thousands"); a word ending in "n't" carries its own.
 */
export const NEGATIONS = new Set(['not', 'never', 'cannot']);

/** Auxiliaries a "not" denies a verb after: "did not come", "were not there", "will not march". */
// prettier-ignore
export const NEGATABLE_AUXILIARIES = new Set([
  'do', 'does', 'did', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'am', 'be', 'been', 'will', 'would',
  'could', 'can', 'may', 'might', 'should', 'shall', 'must',
]);

/** Verbs that before "to" say what follows did not happen: "failed to turn out", "refused to join". */
// prettier-ignore
export const FAILED_VERBS = new Set([
  'fail', 'fails', 'failed', 'failing', 'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines',
  'declined', 'declining',
]);

/** Adverbs that may sit inside a verb group: "did also not come", "had still not arrived". */
// prettier-ignore
export const VERB_GROUP_ADVERBS = new Set([
  'also', 'still', 'even', 'simply', 'just', 'then', 'later', 'ultimately', 'eventually', 'reportedly', 'actually',
  'really', 'ever', 'yet', 'again',
]);

/** Between a negation and a figure, these make it a hedge on the figure, not a denial: "not even 500", "not quite 500". */
export const NEGATION_HEDGES = new Set(['even', 'quite', 'only', 'just', 'nearly', 'many', 'much', 'more', 'fewer', 'less', 'than', 'so']);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * Nouns for a figure someone gives: after a possessive they name who gave it ("the city's claim that 5
 * million attended", "police's estimate of 20,000", "the organisers' figure of 150,000"); after "the" or
 * "a" they name no one ("the claim that 5 million attended").
 */
// prettier-ignore
export const CLAIM_NOUNS = new Set([
  'claim', 'claims', 'estimate', 'estimates', 'figure', 'figures', 'count', 'counts', 'tally', 'tallies',
  'calculation', 'calculations', 'reckoning', 'assessment', 'projection', 'guess',
]);

/** Possessive determiners before a claim noun, and the pronoun each stands for ("their estimate" → they). */
export const POSSESSIVE_PRONOUNS: Record<string, string> = { their: 'they', its: 'it', his: 'he', her: 'she', our: 'we', my: 'I', your: 'you' };

/** Determiners that make the word after them a noun ("the claim", "a count"), not a speech verb. */
export const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'any', 'every', 'each', 'no']);

/** Words that end a noun phrase when reading back from a verb to find its subject. */
// prettier-ignore
export const CLAUSE_WORDS = new Set([
  'and', 'but', 'while', 'as', 'that', 'which', 'who', 'whom', 'whereas', 'although', 'though', 'because', 'since',
  'when', 'if', 'where', 'so', 'yet', 'or',
]);

/** A capitalised plural of a people ("Iraqis", "Chileans", "Kurds"): a people noun too. */
export const DEMONYM = /^\p{Lu}\p{Ll}+(?:ans|ians|is|ese|ers|ites|ards|ims|ists|ics|ns)$/u;

/** Words that cannot be part of the noun phrase a figure opens: it counts nothing when one comes first. */
// prettier-ignore
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'to', 'in', 'at', 'on', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'who', 'that', 'which',
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'be', 'been', 'as', 'into', 'than', 'more', 'of', 'said', 'says',
  'this', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'over', 'after', 'before', 'across', 'outside',
  'near', 'inside', 'under', 'about', 'around', 'while', 'when', 'where', 'will', 'would', 'could', 'may', 'can',
]);

/**
 * Words joining two describing words or two nouns of one counted people phrase: "600 Seattle high school and college
 * students", "some 300 antiwar and social justice activists", "more than 400 immigrants and their supporters".
 */
export const PHRASE_CONJUNCTIONS = new Set(['and', 'or', '&']);

/** Function words that may open the second part of a joined people phrase: "immigrants and their supporters", "and other activists". */
export const AFTER_PHRASE_CONJUNCTION = new Set(['their', 'other', 'its', 'our', 'his', 'her', 'many', 'some', 'fellow']);

/** Determiners of a noun phrase: "the", "their", "these". */
export const DETERMINERS = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, ...DEMONSTRATIVES]);

/** What may stand between "of" and the people counted: "thousands of the cleric's supporters". */
export const OF_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'these', 'those']);

/** "police counted fewer than 500", "police put it at 200,000" in a sentence about a gathering: the figure is its size. */
export const ESTIMATE_VERBS = new Set(['counted', 'estimated', 'estimates', 'claimed', 'claims', 'reckoned', 'tallied', 'counts', 'said', 'says', 'say']);

/** Verbs that put a figure "at" a number: "police put it at 20,000", "estimated the crowd at 5,000". */
export const PUT_AT_VERBS = new Set(['put', 'puts', 'estimated', 'estimates', 'placed', 'places', 'pegged', 'pegs']);

/** Words between a figure and the gathering verb after it: "thousands had also marched". */
export const FIGURE_AUXILIARIES = new Set(['are', 'were', 'have', 'had', 'has', 'been', 'also', 'reportedly', 'again', 'then', 'later']);

/** Marks that end an adverbial clause. */
export const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);

/** "has", "have", "had": a finite verb of their own. */
export const HAVE_VERBS = new Set(['has', 'have', 'had']);

/** Saying verbs right before a figure that opens a clause: "said 10,000 farmers …". */
export const SAY_VERBS = new Set(['said', 'says', 'say']);

/** "… than expected", "as expected": a forecast verb after these compares, it forecasts nothing. */
export const COMPARISON_WORDS = new Set(['than', 'as']);

/** Possessives that may stand for the people who own a figure: "among them", "of whom". */
export const PART_PRONOUNS = new Set(['them', 'whom']);
export const PART_PREPOSITIONS = new Set(['among', 'of']);

/** Words that open a list of sizes by place: "marched in six cities, with about 300 in Northbridge, …", "rallied in three cities: 300 in …". */
export const LIST_OPENERS = new Set(['with', ':', '—', '–']);

/** Words between the items of a list of sizes by place: "4,000 in Eastport and some 5,000 in Kelham". */
export const LIST_SEPARATORS = new Set(['and', 'while', 'plus']);

/** Marks after the whole that open a part: "…, including 400,000 in Paris". */
export const PART_MARKS = new Set([',', '—', '–', ';']);

/** Conjunctions that coordinate figures: "3,000 tractors and 10,000 farmers". */
export const COORDINATORS = new Set(['and', 'or']);

/**
 * What people undergo in a passive that takes them from a gathering ("400 protesters were rounded up",
 * "scores were hauled away", "150 marchers were taken into custody"): an arrest, not a crowd. Read after
 * "was", "were", "been" or "being"; "were gathered outside" is none of these.
 */
// prettier-ignore
export const ARREST_PASSIVES: readonly (readonly string[])[] = [
  ['rounded', 'up'], ['hauled', 'away'], ['hauled', 'off'], ['hauled', 'in'], ['taken', 'into', 'custody'],
  ['taken', 'away'], ['led', 'away'], ['carted', 'away'], ['carted', 'off'], ['dragged', 'away'], ['dragged', 'off'],
  ['bundled', 'into'], ['locked', 'up'], ['picked', 'up', 'by'], ['held', 'in', 'custody'], ['held', 'overnight'],
  ['put', 'behind', 'bars'], ['detained'], ['arrested'], ['jailed'], ['imprisoned'], ['handcuffed'],
];

/**
 * Verbs of hiring, firing and disciplining: the people they take are a workforce a boss acts on, not a crowd. Read
 * right before the figure ("have already hired 1,700 and 1,500 replacement workers", "refusal to hire back 76 adjunct
 * faculty") and as the figure's own verb ("Four other workers were fired for protesting").
 */
// prettier-ignore
export const JOB_ACTION_VERBS = new Set([
  'hired', 'hire', 'hires', 'hiring', 'rehire', 'rehired', 'rehiring', 'fired', 'fire', 'fires', 'firing', 'laid', 'lay',
  'lays', 'laying', 'terminated', 'terminate', 'suspended', 'suspend', 'disciplined', 'discipline', 'reassigned', 'demoted',
]);
/** Particles between a job-action verb and its object: "hire back 76", "laid off 300". */
export const JOB_ACTION_PARTICLES = new Set(['back', 'off']);
/**
 * What people receive or lose that says a boss acted on them, read right after the people noun ("about 100 union members
 * received disciplinary letters", "threw 3,000 city workers out of work", "300 workers lost their jobs").
 */
// prettier-ignore
export const JOB_ACTION_PHRASES: readonly (readonly string[])[] = [
  ['received', 'disciplinary'], ['received', 'layoff'], ['received', 'termination'], ['received', 'pink', 'slips'],
  ['lost', 'their', 'jobs'], ['lost', 'their', 'job'], ['out', 'of', 'work'], ['out', 'of', 'a', 'job'],
];
/** Verbs of putting one's name to a petition or a letter, each on one's own: "a petition which some 1,300 service members signed". */
export const SIGNING_VERBS = new Set(['signed', 'sign', 'signs', 'signing', 'co-signed', 'endorsed']);
/** Words read after a figure's own verb for a purpose of voting: "came out in strength to vote in the elections". */
export const VOTING_PURPOSE_REACH = 5;
/** Words reading how much of a whole a part is: "60 percent of the 3,127 members", "half of the 2,000 workers". */
// prettier-ignore
export const SHARE_WORDS = new Set([
  'percent', 'cent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'minority',
]);

/** Verbs of staying put that tell turnout when a place follows: "hundreds spent the night in the square". */
export const STAYING_VERBS = new Set(['spent', 'spend', 'spending', 'stayed', 'stay', 'staying', 'slept', 'sleeping', 'camped', 'camping']);

/** Words between a staying verb and its place: "spent the night", "stayed on", "slept overnight", "a second night". */
// prettier-ignore
export const STAYING_FILLERS = new Set([
  'the', 'a', 'another', 'second', 'third', 'whole', 'entire', 'all', 'night', 'nights', 'weekend', 'day', 'days',
  'hours', 'overnight', 'out',
]);

/** How a place follows a staying verb: "in the square", "outside parliament", "in front of the palace". */
export const STAYING_PLACE_PREPOSITIONS = new Set(['in', 'at', 'outside', 'on', 'near', 'around', 'inside', 'before', 'opposite', 'front', 'across']);

/**
 * Places where people stay that are no gathering: care, custody, lodging and shelter ("spent the night in
 * hospital", "in custody", "in jail", "in police cells", "in hotels", "in tents").
 */
// prettier-ignore
export const STAYING_NON_GATHERING_PLACES = new Set([
  'hospital', 'hospitals', 'custody', 'jail', 'jails', 'prison', 'prisons', 'cell', 'cells', 'detention', 'station',
  'hotel', 'hotels', 'home', 'homes', 'bed', 'beds', 'shelter', 'shelters', 'hiding', 'quarantine',
  'isolation', 'airport', 'terminal', 'care', 'ward', 'wards', 'icu',
]);

/** Capitalised nouns a number completes as a name: "Section 22 of the union", "Carpenters Union Local 94", "Room 101". */
// prettier-ignore
export const NUMBERED_NAME_NOUNS = new Set([
  'Section', 'Local', 'Chapter', 'District', 'Precinct', 'Room', 'Unit', 'Ward', 'Lodge', 'Branch', 'Division', 'Route',
  'Highway', 'Gate', 'Pier', 'Terminal', 'Building', 'Hall',
]);

/**
 * Verbs before "with" that fill a place with a crowd: "the mall filled with well over 100,000", "the square
 * was packed with 5,000 people".
 */
export const FILL_VERBS = new Set([
  'filled',
  'packed',
  'crowded',
  'thronged',
  'jammed',
  'swarmed',
  'teemed',
  'overflowed',
  'overflowing',
  'filling',
  'packing',
]);

/**
 * Nouns glued by a hyphen after a figure that size what follows by its people: "a 600-person rally", "a
 * 100-person-strong rally", "a 300-member picket". Only a gathering or an attended event after them makes a crowd
 * ("a 150-person company", "a 500-member union" are none).
 */
export const SIZE_UNIT_NOUNS = new Set(['person', 'people', 'member', 'man', 'woman', 'student', 'worker']);
/** Describing words read between such a size and its gathering noun: "a 600-person antiwar rally". */
export const SIZE_UNIT_REACH = 2;

/** Gatherings in the plural, the subject of a drawing verb: "demonstrations and marches drew hundreds, and even thousands". */
export const PLURAL_GATHERING_NOUNS = new Set(['demonstrations', 'marches', 'protests', 'rallies', 'vigils', 'gatherings', 'pickets', 'walkouts']);

/** Words that spread a sentence over many places: "in dozens of cities", "in large cities like …". */
export const MANY_PLACES_WORDS = new Set(['cities', 'towns', 'campuses', 'countries', 'states', 'villages']);

/**
 * Nouns before "of" and a figure that make it a part of a crowd or a body, not a gathering's size: "a
 * committee of just six people", "a contingent of 300 nurses", "another wave of hundreds of people"; and
 * words before a gathering noun that make it a part of a larger one ("a feeder march of some 1,500 students").
 */
/** Verbs whose subject, a gathering, holds the people counted after them: "The multiracial crowd included 100 students". */
export const INCLUDE_VERBS = new Set(['included', 'includes', 'include', 'including']);
/** Tokens read back from such a verb for the gathering that is its subject. */
export const INCLUDE_SUBJECT_REACH = 4;

export const PART_NOUNS = new Set(['committee', 'delegation', 'contingent', 'wave', 'waves', 'panel', 'board']);
/** Words of focus before a figure: "just six people", "only 40". */
export const FOCUS_WORDS = new Set(['just', 'only', 'merely']);
export const PART_GATHERING_MODIFIERS = new Set(['feeder']);

/**
 * Verbs of those who face a crowd rather than make it: "over a dozen activists … took turns addressing the
 * crowd", "the two candidates heard the crowd". Read before "the crowd" (or "the audience", "the marchers").
 */
// prettier-ignore
export const ADDRESS_VERBS = new Set([
  'addressed', 'addressing', 'address', 'addresses', 'spoke', 'speaking', 'speak', 'told', 'greeted', 'greeting',
  'led', 'leading', 'entertained', 'heard', 'hear', 'thanked', 'urged', 'exhorted', 'harangued', 'welcomed',
]);

/** The crowd as the object of those verbs: "addressing the crowd", "spoke to the marchers". */
export const FACED_CROWD_NOUNS = new Set(['crowd', 'crowds', 'audience', 'marchers', 'protesters', 'demonstrators', 'rally', 'gathering', 'throng']);

/** A list item may count its events before its place: "1,000 at three events in Chicago", "600 across two rallies in Rochester". */
export const ITEM_COUNT_PREPOSITIONS = new Set(['at', 'across', 'over']);
export const ITEM_COUNT_REACH = 4;

/** Verbs by which one crowd opposes another: "turned out to counter an anti-immigrant protest of 25", "as it faced 15 Nazis". */
// prettier-ignore
export const OPPOSING_VERBS = new Set([
  'counter', 'countered', 'countering', 'confront', 'confronted', 'confronting', 'faced', 'facing', 'face', 'opposed',
  'opposing', 'oppose',
]);

/** Verbs that oppose a crowd only when it is their object right after them: "gathered … to protest some 2,000 Israel supporters" (not "to protest the arrest of 40 activists"). */
export const OBJECT_OPPOSING_VERBS = new Set(['protest', 'protested', 'protesting']);

/** Tokens read back from a figure for the opposing verb whose object it counts: "to counter an anti-immigrant protest of 25". */
export const OPPOSED_REACH = 8;

/**
 * Plural heads a count of two or more makes several gatherings, or the places of several ("for two marches", "on
 * all nine campuses", "150 protests around the country"); and "days" before "of" ("two days of action").
 */
// prettier-ignore
export const SEVERAL_HEADS = new Set([
  ...PLURAL_GATHERING_NOUNS, 'strikes', 'parades', 'processions', 'sit-ins', 'teach-ins', 'counterprotests',
  'campuses', 'cities', 'towns', 'villages',
]);
export const SEVERAL_DAY_HEADS = new Set(['days']);
/** Words before a count that open it: "all nine campuses", "the two marches". */
export const SEVERAL_COUNT_OPENERS = new Set(['all', 'the', 'its', 'their']);
/** Words before a count that make it no count of the crowd's gatherings: "workers from six factories", "one of three rallies". */
export const SEVERAL_NOT_AFTER = new Set(['from', 'of', 'than']);
/** Words read from a count to the plural head it counts, and back from a figure to such a count. */
export const SEVERAL_AFTER_REACH = 7;
export const SEVERAL_BEFORE_REACH = 6;

/**
 * Public events people attend, which date the crowd of their paragraph ("organized a forum at Trinity Church", "a
 * screening", "a teach-in"); not meetings, conferences or sessions, which are often briefings or officials' business.
 */
export const PUBLIC_EVENT = /\b(?:forums?|teach-ins?|speak-outs?|screenings?|concerts?|lectures?|town hall meetings?)\b/i;

/** Prepositions of time before a gathering another happening is counted from: "the Monday after the 1 million-strong march". */
export const ANCHOR_PREPOSITIONS = new Set(['after', 'since', 'following']);

/** Verbs by which a crowd joins another gathering, sized as their object: "where they joined a demonstration of 200". */
export const JOINED_GATHERING_VERBS = new Set(['joined', 'joining', 'join', 'joins']);

/** A span counted from context that gives no day: "Later that week", "earlier in the month". */
export const RELATIVE_SPAN = /\b(?:later|earlier)\s+(?:that|the\s+same|in\s+the|this)\s+(?:week|month)\b/i;

/** Prepositions before "N of the …" that make its people someone a crowd heard or met: "testimonies from three of the detained workers". */
export const PART_OF_WHOLE_PREPOSITIONS = new Set(['from', 'with', 'by', 'about', 'to']);

/** Nouns of a harm befalling people, before "of" and their count: "layoffs of tens of thousands of workers", "the deportation of 300 people". */
export const HARM_NOUNS = new Set([
  'layoffs',
  'layoff',
  'firing',
  'firings',
  'dismissal',
  'dismissals',
  'deportation',
  'deportations',
  'eviction',
  'evictions',
  // "a reduction of 150 teachers", "cuts of 300 staff"
  'reduction',
  'reductions',
  'cut',
  'cuts',
  'elimination',
]);

/** Words of frequency before a size's verb: "sometimes drawing as many as 1,500 people", "often draw thousands". */
export const FREQUENCY_WORDS = new Set(['sometimes', 'often', 'usually', 'typically', 'routinely', 'regularly', 'occasionally', 'frequently']);
/** Tokens read back from a figure for a word of frequency: "sometimes drawing". */
export const FREQUENCY_REACH = 3;

/** Passive verbs of filling or holding a place, before "by" and the crowd: "was occupied by several hundred students". */
// prettier-ignore
export const PASSIVE_TURNOUT_VERBS = new Set([
  'occupied', 'attended', 'joined', 'surrounded', 'packed', 'filled', 'thronged', 'blockaded', 'besieged', 'mobbed', 'crowded',
]);
/** Forms of "be" before such a passive: "was occupied", "were joined", "had been surrounded". */
export const FINITE_BE_WORDS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Verbs of preventing, before a crowd and "from": "couldn't stop 80 people from protesting". */
export const PREVENTING_VERBS = new Set(['stop', 'stopped', 'prevent', 'prevented', 'keep', 'kept', 'deter', 'deterred']);

/**
 * Labels of a line that gives a gathering's attendance after a colon, as tables, captions and box scores write
 * it ("Attendance: 12,836", "Estimated attendance over two days: 45,000", "Turnout: 3,000", "Crowd: 30,000").
 * A venue's size is no crowd ("Capacity: 75,000", "Seats: 20,000").
 */
export const ATTENDANCE_LABELS = new Set(['attendance', 'turnout', 'crowd', 'audience', 'spectators', 'attendees', 'gate']);
/** Words of an attendance line's label before its colon: "Estimated attendance over two days:". */
export const ATTENDANCE_LABEL_REACH = 6;
/** Marks that may close the sentence before an attendance line in one passage: `… the hour.” Attendance: 14,893.` */
export const SENTENCE_CLOSERS = new Set(['.', '!', '?', '”', '"', '’']);

/** What follows the day opening a chronology's entry: a colon ("April 18, 1958: Dodgers first game."). */
export const ENTRY_DATE_MARK = /^\s*:/;

/**
 * Nouns after "N-strong" that name a standing body, not a crowd: "the 100,000-strong union", "a 5,000-strong
 * army" (a capitalised name after "strong" is a body too: "the 100,000-strong AFSCME District Council 37").
 */
// prettier-ignore
export const STANDING_BODY_NOUNS = new Set([
  'union', 'unions', 'membership', 'workforce', 'staff', 'army', 'force', 'forces', 'militia', 'party', 'local',
  'council', 'federation', 'association', 'organization', 'organisation', 'contingent', 'battalion', 'brigade', 'team',
  // the wire's "the 500,000-strong unitary workers' front", "confederation", "locals"
  'front', 'confederation', 'locals',
]);

/** A gathering noun after a cumulative word sizes several gatherings together: "a total attendance of 920,927", "a combined crowd of". */
export const TOTAL_WORDS = new Set(['total', 'combined', 'cumulative', 'aggregate', 'overall']);

/** Marks between a gathering noun and the word linking it to a figure: "“unbreakable attendance record” at 93,098". */
export const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'"]);

/** Verbs of sending people out to serve, whose object is a force, not a crowd: "fielding more than 1,000 participants each". */
// prettier-ignore
export const DEPLOY_VERBS = new Set([
  'fielding', 'fielded', 'field', 'fields', 'deploying', 'deployed', 'deploy', 'deploys', 'dispatching', 'dispatched',
  'stationing', 'stationed', 'posting', 'posted',
]);

/** A count of people a body has on its books, after the body's possessive: "FreedomWorks’ 40 employees", "the union's 1,400 members". */
export const STAFF_NOUNS = new Set(['employees', 'staff', 'staffers', 'members', 'workers', 'volunteers', 'students', 'teachers', 'nurses', 'doctors']);

/**
 * A trade counted after a place's or a body's possessive is the trade's whole size ("Brazil's 40,000 seamen", "the
 * sector's 4,000 dockers"): the wire's trades beside the staff nouns above, and any "-workers" compound.
 */
// prettier-ignore
export const TRADE_NOUNS = new Set([
  'seamen', 'dockers', 'longshoremen', 'miners', 'drivers', 'labourers', 'laborers', 'employes', 'peasants', 'farmers',
  'pilots', 'truckers', 'civil', 'servants', 'engineers', 'machinists', 'journalists', 'clerks',
]);

/**
 * Words that tell a strike not held (regular-expression source, read by the strike-not-held rule): threatened,
 * planned, called off, voted, authorised, set for a deadline or told in the future ("a threatened strike by 55,000",
 * "cancelled a scheduled national strike", "the deadline for a strike by 40,000 workers", "will walk out next week",
 * "will walk off the job at noon", "55,000 oil workers threatened action", "it will likely go on strike").
 */
export const STRIKE_NOT_HELD = String.raw`\b(?:threat(?:en(?:ed|ing|s)?)?|plann(?:ed|ing)|schedul(?:ed|ing)|propos(?:ed|ing)|possible|potential|cancel(?:l)?(?:ed|ing)|called off|call(?:ed|ing|s)? (?:off|for)|deadline for|authori[sz](?:e|es|ed|ing)|vot(?:e|es|ed|ing) to|ballots?|will|would|could|might|likely to)\b(?:\W+\w+){0,3}?\W+(?:strikes?|walk(?:s|ed)? (?:out|off)|walkouts?|stoppages?|action)\b`;

/** Words before a figure that make a base verb after it a noun's modifier: "the two protest groups", "its 300 march stewards". */
export const COMPOUND_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'his', 'her']);

/**
 * Words right before a figure that place a game, a show or a speech before its audience: "lost to the Eagles before
 * 30,500", "played in front of 90,000 fans"; a year, a time or things counted are none ("before 1990", "before 30 days").
 */
export const BEFORE_AUDIENCE: readonly (readonly string[])[] = [['before'], ['in', 'front', 'of']];

/**
 * Verbs of speaking or performing to an audience, with the word that must follow them before the figure (none:
 * the figure is the object): "Mandela addressed 70,000", "preached to 134,254 people", "performed for 90,000 fans";
 * not "spoke to 12 witnesses", an interview.
 */
export const AUDIENCE_VERBS: Record<string, readonly string[]> = {
  addressed: [],
  addressing: [],
  addresses: [],
  address: [],
  preached: ['to'],
  preaching: ['to'],
  preaches: ['to'],
  performed: ['for', 'to', 'before'],
  performing: ['for', 'to', 'before'],
  played: ['to', 'before'],
  playing: ['to', 'before'],
  sang: ['for', 'to'],
  singing: ['for', 'to'],
  ...GREETING_VERBS,
};

/**
 * Modals that, before "have", guess at the past rather than expect ("may have played in front of up to 500,000",
 * "could have drawn 50,000"): a hedged count, no forecast. "would have" stays (a counterfactual is no count either).
 */
export const CONJECTURE_MODALS = new Set(['may', 'might', 'could', 'must']);

/** Verbs of setting out, before "out to", that make what follows a plan like an intent verb: "set out to bring 2,000 members". */
export const SETTING_OUT_VERBS = new Set(['set', 'sets', 'setting']);
