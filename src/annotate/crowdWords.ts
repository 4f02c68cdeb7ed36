/**
 * Ordinary English words the crowd-claim reader relies on. Generic vocabulary only: nothing here
 * names a place, a person or a date of any particular story.
 */

/** Nouns for people who can make up a crowd. */
export const PEOPLE_NOUNS = new Set([
  'people', 'persons', 'individuals', 'protesters', 'protestors', 'demonstrators', 'marchers', 'supporters',
  'citizens', 'residents', 'mourners', 'participants', 'activists', 'students', 'workers', 'followers',
  'worshippers', 'worshipers', 'pilgrims', 'fans', 'attendees', 'rallygoers', 'men', 'women', 'children',
  'youths', 'villagers', 'voters', 'farmers', 'teachers', 'nurses', 'doctors', 'members', 'loyalists',
  'partisans', 'devotees', 'believers', 'spectators', 'onlookers', 'strikers', 'picketers', 'campaigners',
  'opponents', 'backers', 'sympathizers', 'sympathisers', 'veterans', 'retirees', 'pensioners', 'families',
  'parents', 'locals', 'revellers', 'revelers', 'celebrants', 'faithful', 'unionists', 'employees',
  'miners', 'drivers', 'truckers', 'refugees', 'migrants',
  'tribesmen', 'clerics', 'seminarians', 'shoppers', 'concertgoers', 'runners', 'cyclists', 'walkers',
]);

/** People nouns that already say they are a gathering: no other gathering word is needed. */
export const GATHERED_NOUNS = new Set([
  'protesters', 'protestors', 'demonstrators', 'marchers', 'mourners', 'rallygoers', 'attendees', 'participants',
  'strikers', 'picketers', 'revellers', 'revelers', 'concertgoers',
]);

/** Nouns naming a gathering whose size can be given: "a crowd of 10,000", "the turnout reached 2 million". */
export const GATHERING_NOUNS = new Set([
  'crowd', 'crowds', 'turnout', 'attendance', 'gathering', 'rally', 'march', 'protest', 'demonstration',
  'procession', 'throng', 'audience', 'assembly', 'vigil', 'sit-in', 'funeral', 'strike', 'walkout', 'parade',
]);

/** Words that link a gathering noun to its size: "crowd reached 500,000", "a rally of 5,000". */
export const SIZE_LINKS = new Set([
  'of', 'reached', 'reaching', 'numbered', 'numbering', 'at', 'to', 'drew', 'draws', 'attracted', 'topped',
  'exceeded', 'surpassed', 'totalled', 'totaled', 'totalling', 'totaling', 'was', 'were', 'is', 'hit', 'neared',
  'approached', 'swelled', 'grew', 'numbers', 'ranged', 'range', 'ranging', 'varied',
]);

/** Nouns for a figure itself: "the number was closer to 15,000"; only in a sentence about a gathering. */
export const FIGURE_NOUNS = new Set(['number', 'numbers', 'figure', 'figures', 'count', 'tally', 'estimate', 'estimates', 'size']);

/** Verbs that make a bare quantity a crowd: "thousands marched", "2 million turned out". */
export const GATHERING_VERBS = new Set([
  'marched', 'marching', 'march', 'gathered', 'gathering', 'gather', 'rallied', 'rallying', 'rally', 'protested',
  'protesting', 'protest', 'demonstrated', 'demonstrating', 'attended', 'attending', 'attend', 'massed', 'assembled',
  'joined', 'poured', 'flooded', 'thronged', 'converged', 'flocked', 'packed', 'filled', 'participated', 'turned',
  'took', 'showed', 'came', 'streamed', 'paraded', 'mourned', 'congregated', 'crowded', 'lined', 'lining', 'line',
]);
/** Two-word verbs of the above whose second word must follow ("turned out", "took part"). */
export const GATHERING_VERB_PARTICLES: Record<string, string[]> = {
  turned: ['out'],
  took: ['part', 'to'],
  showed: ['up'],
  came: ['out'],
  // "thousands lined the streets", "lined both sides of the route"; not "lined up to vote"
  lined: ['the', 'streets', 'both'],
  lining: ['the', 'streets', 'both'],
  line: ['the', 'streets', 'both'],
};

/** Any of these in a sentence says it is about a gathering (see `gatheringWords`, which tells the month March apart). */
const GATHERING_CONTEXT =
  /\b(march(?:ed|es|ing|ers?)?|rall(?:y|ies|ied|ying)|protest\w*|demonstrat\w*|gather\w*|turn(?:ed|ing|s)? out|turnout|(?:take|takes|taking|took) part|crowd\w*|mass(?:ed|ing)|assembl\w*|attend\w*|sit-in|vigil\w*|procession\w*|parad(?:e|es|ed|ing)|funeral\w*|mourn\w*|took to the streets|flock\w*|throng\w*|converg\w*|participat\w*|poured into|filled the|(?:pack|flood|jamm|clogg|chok)(?:ed|ing) the streets|came out|showed up|lin(?:e|es|ed|ing) (?:the )?streets|lin(?:e|es|ed|ing) (?:the|both sides of the) (?:route|parade route|roads?|avenue|boulevard)|joined (?:the|a|an))\b/i;

/** A people count next to one of these is a count of casualties or arrests, not of a crowd. */
export const CASUALTY_WORDS = new Set([
  'killed', 'killing', 'kill', 'kills', 'injured', 'injuring', 'injures', 'wounded', 'wounding', 'dead', 'died',
  'die', 'arrested', 'arresting', 'arrests', 'detained', 'detaining', 'hurt', 'hospitalized', 'hospitalised',
  'missing', 'executed', 'displaced', 'evacuated', 'rescued', 'treated', 'deaths', 'casualties', 'fatalities',
  'victims', 'drowned', 'shot', 'slain', 'jailed', 'charged', 'sentenced', 'fined',
  // people a disaster moved or hit: "forced the evacuation of 12,000 residents", "12,000 people affected"
  'evacuation', 'evacuations', 'evacuate', 'evacuating', 'evacuees', 'displacement', 'homeless', 'stranded',
  'trapped', 'affected',
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

/** Past-tense verbs without "-ed" that tell a clause from a phrase ("after the fire swept", not "after Friday prayers"). */
export const IRREGULAR_PAST = new Set([
  'began', 'broke', 'came', 'went', 'took', 'made', 'gave', 'struck', 'swept', 'hit', 'left', 'fled', 'fell', 'rose',
  'tore', 'spread', 'ran', 'won', 'lost', 'saw', 'drew', 'held', 'met', 'told', 'said', 'sent', 'shot', 'led', 'brought',
  'caught', 'cut', 'set', 'burnt', 'blew', 'froze', 'shook', 'sank', 'stood', 'got', 'found', 'became',
  'wrote', 'spoke', 'chose', 'paid', 'sold', 'bought', 'built', 'kept', 'forced',
]);

/** Counts of these are never crowd sizes, even next to a gathering word. */
export const NOT_PEOPLE_NOUNS = new Set([
  'troops', 'soldiers', 'forces', 'personnel', 'officers', 'police', 'policemen', 'guards', 'marines', 'sailors',
  'rockets', 'missiles', 'drones', 'shells', 'bombs', 'rounds', 'years', 'days', 'hours', 'minutes', 'weeks',
  'months', 'decades', 'times', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'dollars', 'euros',
  'pounds', 'dinars', 'rials', 'yuan', 'rupees', 'pesos', 'cities', 'towns', 'countries', 'nations', 'bases',
  'buses', 'cars', 'vehicles', 'taxis', 'cabs', 'tractors', 'trucks', 'lorries', 'vans', 'boats', 'tents', 'signs', 'flags', 'percent', 'votes', 'seats',
]);

/** Words that introduce who gave a figure. */
export const ATTRIBUTION_VERBS = new Set([
  'said', 'says', 'say', 'estimated', 'estimates', 'estimate', 'reported', 'reports', 'report', 'claimed', 'claims',
  'claim', 'told', 'tells', 'counted', 'counts', 'put', 'puts', 'stated', 'states', 'announced', 'announces',
  'tweeted', 'tweets', 'wrote', 'writes', 'believed', 'believes', 'believe', 'calculated', 'calculates', 'insisted',
  'insists', 'suggested', 'suggests', 'noted', 'notes', 'added', 'adds', 'cited', 'cites', 'asserted', 'asserts',
  'declared', 'declares', 'gave', 'gives', 'posted', 'boasted', 'boasts', 'according', 'insist', 'admitted', 'admits',
  'admit', 'conceded', 'concedes', 'concede', 'acknowledged', 'acknowledges', 'acknowledge', 'confirmed', 'confirms',
]);

/** Verbs whose figure someone expects rather than counts: "organisers expected 50,000", "50,000 are expected". */
export const FORECAST_VERBS = new Set([
  'expect', 'expects', 'expected', 'expecting', 'anticipate', 'anticipates', 'anticipated', 'anticipating', 'predict',
  'predicts', 'predicted', 'predicting', 'forecast', 'forecasts', 'forecasting', 'projected', 'projecting',
]);
/** Verbs of intent that make what follows "to" a plan: "hope to draw 50,000", "5,000 teachers plan to march". */
export const INTENT_VERBS = new Set([
  'hope', 'hopes', 'hoped', 'hoping', 'aim', 'aims', 'aimed', 'aiming', 'plan', 'plans', 'planned', 'planning',
  'intend', 'intends', 'intended', 'intending', 'want', 'wants', 'wanted', 'wanting', 'seek', 'seeks', 'sought',
  'seeking', 'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised',
]);
/** Words that after "is"/"are" and before "to" say a thing is still to happen: "are set to march", "is likely to draw". */
export const PENDING_WORDS = new Set(['set', 'due', 'likely', 'poised', 'slated', 'scheduled', 'going', 'about']);
/** Verbs that take a forecast crowd as their object: "hope to draw 50,000", "could bring 50,000". */
export const FORECAST_OBJECT_VERBS = new Set([
  ...FORECAST_VERBS, 'draw', 'attract', 'bring', 'gather', 'mobilise', 'mobilize', 'pull', 'reach', 'top', 'exceed',
  'welcome', 'host', 'number',
]);
/** Modal verbs: "could draw 50,000", "10,000 will march". */
export const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'should']);
/** After a modal, these tell a past told from later on ("the crowd would later swell to 50,000"): not a forecast. */
export const NARRATIVE_ADVERBS = new Set(['later', 'eventually', 'ultimately', 'soon', 'then']);
export const BE_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Words that deny the verb they go with: "did not come", "didn't turn out", "never showed up". "not"
 * must follow an auxiliary ("did not", "were not"), else it is no denial of a verb ("people not
 * affiliated with the union", "if not thousands"); a word ending in "n't" carries its own.
 */
export const NEGATIONS = new Set(['not', 'never', 'cannot']);
/** Auxiliaries a "not" denies a verb after: "did not come", "were not there", "will not march". */
export const NEGATABLE_AUXILIARIES = new Set([
  'do', 'does', 'did', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'am', 'be', 'been', 'will', 'would', 'could',
  'can', 'may', 'might', 'should', 'shall', 'must',
]);
/** Verbs that before "to" say what follows did not happen: "failed to turn out", "refused to join". */
export const FAILED_VERBS = new Set([
  'fail', 'fails', 'failed', 'failing', 'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined',
  'declining',
]);
/** Adverbs that may sit inside a verb group: "did also not come", "had still not arrived". */
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
export const CLAIM_NOUNS = new Set([
  'claim', 'claims', 'estimate', 'estimates', 'figure', 'figures', 'count', 'counts', 'tally', 'tallies', 'calculation',
  'calculations', 'reckoning', 'assessment', 'projection', 'guess',
]);
/** Possessive determiners before a claim noun, and the pronoun each stands for ("their estimate" → they). */
export const POSSESSIVE_PRONOUNS: Record<string, string> = { their: 'they', its: 'it', his: 'he', her: 'she', our: 'we', my: 'I', your: 'you' };
/** Determiners that make the word after them a noun ("the claim", "a count"), not a speech verb. */
export const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'any', 'every', 'each', 'no']);

/** Words that end a noun phrase when reading back from a verb to find its subject. */
export const CLAUSE_WORDS = new Set([
  'and', 'but', 'while', 'as', 'that', 'which', 'who', 'whom', 'whereas', 'although', 'though', 'because', 'since',
  'when', 'if', 'where', 'so', 'yet', 'or',
]);

/** Lower-case words that can be part of a place name phrase ("the Jadiriyah district of east X"). */
export const PLACE_WORDS = new Set([
  'the', 'of', 'square', 'street', 'streets', 'district', 'embassy', 'capital', 'city', 'town', 'park', 'compound',
  'zone', 'avenue', 'road', 'bridge', 'building', 'parliament', 'palace', 'ministry', 'headquarters', 'campus',
  'stadium', 'province', 'region', 'neighbourhood', 'neighborhood', 'area', 'centre', 'center', 'quarter',
  'village', 'east', 'west', 'north', 'south', 'central', 'downtown', 'heart', 'consulate', 'office', 'offices',
  'hall', 'mosque', 'church', 'cathedral', 'shrine', 'cemetery', 'airport', 'port', 'gate', 'gates', 'plaza',
  'boulevard', 'university', 'court', 'courthouse', 'station', 'in', 'and', 'old', 'main',
  'school', 'college', 'hospital', 'library', 'museum', 'market', 'theatre', 'theater', 'factory', 'plant', 'depot',
  'complex',
]);

/**
 * Nouns for people who speak for or belong to a body, and for what a body issues: after one, "from" names
 * who they are with or where they come from ("Organisers from the Civil Human Rights Front", "figures
 * from the ministry", "farmers from Wallonia"), not where the crowd gathered. Any people noun counts too.
 */
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
export const EXPERT_NOUNS = new Set([
  'scientist', 'scientists', 'researcher', 'researchers', 'professor', 'professors', 'academic', 'academics',
  'expert', 'experts', 'analyst', 'analysts', 'economist', 'economists', 'statistician', 'statisticians',
  'scholar', 'scholars', 'lecturer', 'lecturers', 'historian', 'historians', 'sociologist', 'sociologists',
  'demographer', 'demographers', 'mathematician', 'mathematicians', 'epidemiologist', 'epidemiologists',
  'fellow', 'fellows', 'psychologist', 'psychologists', 'engineers', 'engineer',
]);

/** "took to the streets": the streets are where any crowd goes, not a place; "the streets of X" names X at most. */
export const TAKE_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/**
 * Verbs a crowd fills the streets with: "lined the streets of Chicago", "packed the streets of X" name X
 * as the place; the streets alone are no place.
 */
export const STREET_VERBS = new Set([
  'line', 'lines', 'lined', 'lining', 'fill', 'fills', 'filled', 'filling', 'pack', 'packs', 'packed', 'packing',
  'throng', 'thronged', 'thronging', 'flood', 'flooded', 'flooding', 'jam', 'jammed', 'crowd', 'crowded', 'clog',
  'clogged', 'choke', 'choked',
]);
/** Verbs whose object is where a crowd stood around: "protesters who had surrounded the Legislative Council complex". */
export const SURROUND_VERBS = new Set([
  'surround', 'surrounds', 'surrounded', 'surrounding', 'encircle', 'encircled', 'encircling', 'besiege', 'besieged',
  'besieging', 'ring', 'ringed', 'ringing',
]);

export const LOCATION_PREPOSITIONS = new Set(['in', 'outside', 'at', 'near', 'inside', 'across', 'around', 'through', 'into', 'to', 'from', 'toward', 'towards', 'along', 'before']);

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
export const NON_PLACE_HEADS = new Set([
  'history', 'histories', 'memory', 'memories', 'politics', 'era', 'generation', 'generations', 'lifetime', 'tradition',
]);

/** Capitalised words that are never places. */
export const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'the', 'a', 'an',
]);

/** Time words whose possessive reads like a name at a sentence start ("Today's march", "Weekend's rally"). */
export const TIME_WORDS = new Set([
  'today', 'yesterday', 'tomorrow', 'tonight', 'weekend', 'week', 'month', 'year', 'morning', 'afternoon', 'evening',
  'night', 'day', 'season', 'decade', 'century',
]);

/** The noun a label uses for each kind of gathering word, most specific first. */
export const GATHERING_LABELS: Array<[RegExp, string]> = [
  [/\bmarch(?:ed|es|ing)?\b/i, 'march'],
  [/\brall(?:y|ies|ied|ying)\b/i, 'rally'],
  [/\bdemonstrat(?:ion|ions|ed|ing)\b/i, 'demonstration'],
  [/\bsit-ins?\b/i, 'sit-in'],
  [/\bvigils?\b/i, 'vigil'],
  [/\bfunerals?\b|\bprocessions?\b/i, 'funeral procession'],
  [/\bprotest(?:s|ed|ing)?\b/i, 'protest'],
  [/\bstrikes?\b|\bwalkouts?\b/i, 'strike'],
  [/\bparades?\b/i, 'parade'],
];

const MONTH_CONTEXT = /\b(?:in|of|since|until|till|by|last|next|early|late|mid|this|from|to|between|and|on)\s*-?\s*$/i;

/** "March" with a capital, followed by a day or a year, or after "in", "since", "early"…, is the month. */
export function isMonthMarch(text: string, index: number, word: string): boolean {
  if (!/^March$/.test(word)) return false;
  if (/^\s*\d/.test(text.slice(index + word.length, index + word.length + 3))) return true;
  return index > 0 && MONTH_CONTEXT.test(text.slice(Math.max(0, index - 12), index));
}

/** The words in `text` that say a gathering is meant ("marched", "rally", "crowd"), with their offsets. */
export function gatheringWords(text: string): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  for (const m of text.matchAll(new RegExp(GATHERING_CONTEXT.source, 'gi'))) {
    if (!isMonthMarch(text, m.index, m[0])) found.push({ index: m.index, text: m[0] });
  }
  return found;
}

export function isAboutGathering(text: string): boolean {
  return gatheringWords(text).length > 0;
}
