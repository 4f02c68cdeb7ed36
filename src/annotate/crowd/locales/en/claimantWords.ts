/** English words the crowd rules read for who gave a figure: in its sentence, and in an aside after it. */

/** Words that open a sentence before its subject: "On Friday, police said …", "But organisers said …". */
// prettier-ignore
export const LEADING_WORDS = new Set([
  'on', 'in', 'at', 'after', 'before', 'earlier', 'later', 'meanwhile', 'however', 'also', 'then', 'now', 'but',
  'and', 'still', 'yesterday', 'today',
]);

/**
 * Auxiliaries and adverbs between a subject and its verb: "organisers had expected", "police have also
 * said", "organisers later said". Lower-case only: a capital "Later" may open a name.
 */
// prettier-ignore
export const SUBJECT_AUXILIARIES = new Set([
  'had', 'has', 'have', 'did', 'does', 'do', 'also', 'still', 'reportedly', 'originally', 'initially', 'previously',
  'earlier', 'later', 'again', 'now', 'then', 'subsequently', 'first', 'since', 'afterwards', 'afterward', 'once',
  'already', 'too', 'separately', 'publicly', 'privately', 'officially', 'repeatedly', 'themselves', 'itself',
  'immediately', 'quickly', 'swiftly', 'soon', 'eventually', 'ultimately', 'yet', 'likewise', 'similarly', 'meanwhile',
  'would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'shall',
]);
export const RELATIVES = new Set(['who', 'which']);

export const QUOTE_CLOSERS = new Set(['”', '"', '’', "'"]);

/** "was estimated by police": a passive speech verb, whose claimant follows "by". */
export const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Words after "by" that tell when, not who: "estimated at 2,000 by noon". */
export const BY_TIME =
  /^(noon|midday|midnight|nightfall|dusk|dawn|evening|morning|afternoon|night|then|now|the (end|time|evening|morning|afternoon|weekend))\b/i;

/** Words after the passive's "by X" that end X: "estimated by police at 30,000". */
export const PASSIVE_STOPS = new Set(['at', 'to', 'as']);
export const BREAK_MARKS = new Set([';', ':', '(', ')', '[', ']', '—', '–', '“', '”', '"', '!', '?']);

/** Words after a name that make the phrase after a comma its role: "X, head of Y", "Maria Lopes, a spokeswoman for …". */
export const ROLE_LINKS = new Set(['of', 'for', 'at', 'with', 'in']);

/** Determiners that open a role: "the city's governor", "a police spokesman". */
export const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** Lower-case words a name may hold: "Sayed Sadiq al-Hashemi", "Ursula von der Leyen", "Ilse Van de Keere". */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das']);

/** Lower-case words inside an organisation's quoted name: "the “Committee for the Defence of Rights and Freedoms”". */
export const QUOTED_NAME_LINKS = new Set([...NAME_PARTICLES, 'for', 'of', 'the', 'and', 'on', 'in', 'to']);

/** Words that describe a figure, never who gave it: "the official estimate", "an early count" name no one. */
// prettier-ignore
export const CLAIM_ADJECTIVES = new Set([
  'official', 'unofficial', 'initial', 'final', 'latest', 'own', 'new', 'original', 'revised', 'earlier', 'first',
  'early', 'preliminary', 'conservative', 'rough', 'crowd', 'attendance', 'independent', 'widely', 'cited', 'quoted',
]);
export const OWNER_DETERMINERS = new Set(['the', 'a', 'an']);

/** Words no owner before a possessive holds: "lower than the union's", "drew police's". */
// prettier-ignore
export const OWNER_STOPS = new Set([
  'by', 'than', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'with', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'had', 'drew', 'draws', 'not', 'also', 'even', 'only', 'just',
]);

/** Prepositions before a claim noun after the figure: "by the police's estimate", "in the organisers' count". */
export const CLAIM_NOUN_PREPOSITIONS = new Set(['by', 'in', 'on']);

/** Marks that end a closing attribution's phrase: ", police said." */
export const CLOSING_MARKS = ',-';

/*
 * Attribution asides: "(police: 1.5 million; organisers: 5 million)".
 */

export const DASHES = new Set(['—', '–']);

/** Marks that end the stretch between a count and an aside about it: "Thousands marched in Paris (police: 20,000)". */
export const HARD_BREAKS = new Set(['.', ';', ':', '?', '!', '(', ')', '[', ']', '"', '“', '”', '—', '–']);

/** Marks that end a sentence, left out of an aside that runs to its end. */
export const FINAL_MARKS = ['.', '!', '?', '"', '”'];

/** Words between a source and its verb: "police later said". */
export const LABEL_AUXILIARIES = new Set(['had', 'has', 'have', 'did', 'also', 'later', 'initially', 'first', 'then', 'themselves']);

/** First words that make a label a phrase of time, place or comparison, not a source: "in 2019", "than the police". */
// prettier-ignore
export const NOT_SOURCE_OPENERS = new Set([
  'on', 'for', 'by', 'with', 'of', 'than', 'per', 'last', 'next', 'previous', 'this', 'up', 'down', 'about', 'over',
  'under',
]);

/** A describing word that still says who gave a figure: "(official estimate: 2,500)", "(official figures: 2,500)". */
export const OFFICIAL = new Set(['official']);

/** Words that describe an estimate and name no one: "(initial estimate: 20,000)". */
// prettier-ignore
export const DESCRIBING_ONLY = new Set([
  'official', 'unofficial', 'initial', 'final', 'latest', 'early', 'preliminary', 'independent', 'other', 'own',
  'crowd',
]);

/** Marks a source's label may hold: "U.S.", "O'Brien", "Smith-Jones", "AT&T". */
export const LABEL_MARKS = new Set(['.', "'", '’', '-', '&']);

/** Before a reporting word ending in -s, these make it a plural noun, not a verb: "contrary to some reports", "the early estimates". */
// prettier-ignore
export const PLURAL_NOUN_MAKERS = new Set([
  'the', 'some', 'many', 'several', 'these', 'those', 'other', 'such', 'all', 'most', 'few', 'media', 'news', 'press',
  'early', 'earlier', 'initial', 'conflicting', 'official', 'local', 'unconfirmed',
]);

/** Capitalised words that open a sentence after a full stop, so that the stop ends one ("…in Washington, D.C. The event drew"). */
// prettier-ignore
export const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'It', 'Its', 'They', 'Their', 'He', 'His', 'She', 'Her', 'We', 'I', 'This', 'That', 'These', 'Those',
  'But', 'And', 'Yet', 'Still', 'There', 'Then', 'Some', 'Many', 'Most',
]);

/** Opening quote marks: a stop before one ends a sentence ("…September 11.” “I'm here"). */
export const OPENING_QUOTES = new Set(['“', '"']);

/** Closing quote marks: a quotation may end before a clause's comma or stop ("…,” and in Providence"). */
export const CLOSING_QUOTES = new Set(['”', '"']);

/** Words that alone make no claimant: "the" (from "according to the \u201cCommittee …\u201d" cut short), "a", "that". */
export const FRAGMENT_WORDS = new Set(['the', 'a', 'an', 'that', 'this', 'these', 'those', 'which', 'who', 'with', 'and', 'of']);

/** A finite "be" inside a claimant makes it a clause, not a noun phrase: "there were protests …, with crowds". */
export const FINITE_BE = new Set(['is', 'are', 'was', 'were']);

/** Heads of a claimant phrase that show people rather than count them: "A video … showed two activists", "footage showed hundreds". */
// prettier-ignore
export const DEPICTION_NOUNS = new Set([
  'video', 'videos', 'footage', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'picture', 'pictures',
  'clip', 'clips', 'livestream', 'film',
]);

/**
 * Speech verbs whose object can be the people counted: right before the figure, the count is whom the speaker told
 * or addressed, and the speaker gave no figure ("Jeff Page, the county's emergency services director, told about 400
 * residents during a Monday night meeting").
 */
export const TOLD_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'addressed', 'addresses', 'address', 'addressing']);

/**
 * The longest speaker a closing ", X said." may name, in words: the wire's speakers are long noun phrases ("a spokesman
 * for the port and transport union FNV", "a senior official of the National Merchant Marine Union", "the National
 * Union of Mineworkers and the companies that own the mines"); longer runs are clauses, not speakers. Past
 * `CLOSING_SPEAKER_SHORT` words the phrase must open as a noun phrase does (an article, a possessive or a capital), not
 * as a clause ("after the network imposed a contract which the union said was unacceptable").
 */
export const CLOSING_SPEAKER_WORDS = 12;
export const CLOSING_SPEAKER_SHORT = 8;
export const SPEAKER_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
