import { PLACE_PREPOSITIONS as SHARED_PLACE_PREPOSITIONS, REPORTING_VERBS } from '../../../core/locales/en/words.js';

/** The English words the name rules read; what a word is otherwise comes from the lexicon (core/lexicon.ts). */

/** Small words that may sit inside a name: bin, ibn, van, de, al... */
export const NAME_JOINERS = new Set(['bin', 'ibn', 'bint', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'al', 'el']);
/** At most this many particles in a row inside a name ("de la", "van der", "von und zu" is rare enough). */
export const NAME_JOINERS_MAX = 3;
/** The Arabic article written apart: "al Sadr" is keyed as Sadr without it (../../keys.ts), so it opens no surname. */
export const WORD_PARTICLES = new Set(['al', 'el']);

/** Joiners allowed only after a title or an institution word: Secretary of State, Center for Studies. */
export const TITLE_JOINERS = new Set(['of', 'for']);
/** Joiners after a body's head the lexicon does not file as an institution: Nation of Islam, Campaign for Marriage Equality (body-head-topic). */
export const BODY_HEAD_JOINERS = new Set(['of', 'for']);
/**
 * A head the institution-head table lists (seen heading names in a body's cue at least twice) joins its topic when
 * fewer than this share of its names stood after "in": twice the fitted head's bar (`INSTITUTION_HEAD_MAX_IN_SHARE`),
 * as the joiner and the capital are evidence of their own ("house" 19%: "House of Commons"; "city" 34%, "country" 27% out).
 */
export const BODY_HEAD_JOINER_MAX_IN_SHARE = 0.25;
/** The joiner of a body's head and the verb of its purpose: Committee to Protect Journalists (body-purpose). */
export const BODY_PURPOSE_JOINER = 'to';
/** Joiners allowed only after an institution word: Council on Foreign Relations, Commission on Human Rights. */
export const INSTITUTION_JOINERS = new Set(['on']);
/** Joiners of a group's members and its cause ("Iowans for Peace", "Lawyers Against the Death Penalty"), as written mid-sentence. */
export const CAUSE_JOINERS = new Set(['for', 'For', 'Against']);
/** Institution words that "on" may follow, naming what the body studies or rules on: Council on Foreign Relations. */
export const TOPIC_INSTITUTIONS = new Set('council center centre commission committee institute panel board conference forum task'.split(' '));
/** Capitalised common words an "and" may add to an institution's topic: "Center on Poverty and Inequality", "Labor and Social Affairs". */
export const TOPIC_WORDS_MAX = 2;
/** Endings of abstract nouns the lexicon may not know, which name a topic rather than someone: Inequality, Development, Relations. */
export const TOPIC_NOUN_ENDING = /(?:ity|ness|ments?|tions?|sions?|isms?|ics|ances?|ences?|ships?)$/;
/** Endings of adjectives the lexicon may not know, which qualify a topic's noun: International, Strategic, Cooperative, Monetary. */
export const TOPIC_ADJECTIVE_ENDING = /(?:al|ic|ive|ary|ous)$/;
/** Joiners after the institution word that ends an institution's name's first part: "Ministry of Defense", "Council on Foreign Relations". */
export const INSTITUTION_PART_JOINERS = new Set([...TITLE_JOINERS, ...INSTITUTION_JOINERS]);

/** The lexicon's tags of words no name is made of. */
export const NOT_NAME_TAGS = [
  'Date',
  'Month',
  'WeekDay',
  'Value',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'QuestionWord',
  'Holiday',
  'Language',
];
/** The lexicon's tags of a place. */
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
/** The lexicon's tags of words that end a role read back from a name. */
export const ROLE_STOP_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Date', 'QuestionWord', 'Adverb', 'Copula', 'Modal'];

/**
 * Offices news style writes as an acronym before a name ("Pakistan PM NAME", "Labour MP NAME", "Acme CEO NAME"),
 * in capitals as written; the lexicon files them as acronyms, which names are made of (`title-acronym`).
 */
export const TITLE_ACRONYMS = new Set(['PM', 'MP', 'MEP', 'CEO', 'CFO', 'COO']);
/** Abbreviated titles British news writes without a dot, which the lexicon lacks: "Cllr Louise Gittins", "Coun Kris Hopkins" (a councillor; "Coun" added by who16). */
export const TITLE_ABBREVIATIONS = new Set(['cllr', 'coun', 'clr']);
/**
 * Honorifics conferred by a state, written before the name as titles are (`conferred-honorific`): Malaysia's "Datuk",
 * "Dato'", "Datin", "Tun" and the grade "Seri" after them ("Datuk Seri Anwar Ibrahim"), Britain's "Dame". Read as name
 * words, they were glued to the name ("Datuk Seri Anwar Ibrahim" kept apart from "Anwar Ibrahim").
 */
export const CONFERRED_HONORIFICS = new Set(['datuk', 'dato', "dato'", 'datin', 'tun', 'dame']);
/** A grade of such an honorific, a title only right after one: "Datuk Seri", "Dato' Sri" ("Sri Lanka" is a place). */
export const HONORIFIC_GRADES = new Set(['seri', 'sri']);

/** A given name of two capitalised parts joined by a hyphen: "Carl-Oskar", "Jean-Pierre", "Anne-Marie". */
export const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** Lower-case small words a body's name may hold when its acronym spells the capitals around them: "Campaign to End the Death Penalty (CEDP)". */
export const NAME_SMALL_WORDS = new Set(['to', 'the', 'a', 'of', 'for', 'and', 'on', 'against', 'in', 'at', 'with']);
/** The gap of a comma between the topics of such a name: "State, County and Municipal Employees". */
export const LIST_COMMA = /^,[ \t]+$/;
/** Words such a name may run to. */
export const ACRONYM_NAME_MAX = 10;

/** Prepositions before a place's name: the shared ones, "throughout" and "via". */
export const PLACE_PREPOSITIONS = new Set([...SHARED_PLACE_PREPOSITIONS, 'throughout', 'via']);
/** Place prepositions that open a sentence about where something happened ("In Chicago,", "Across Victoria,"); not "To X," (whose view). */
export const SCENE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'around', 'near', 'outside', 'inside']);

/**
 * Nouns of a medium that a broadcaster's name ends or opens ("Al Jazeera TV", "Radio Free Europe") but that name no body
 * written alone ("on TV", "a TV series", "state TV said", "Radio 1" with its number cut): `medium-noun-listing`.
 */
export const MEDIUM_NOUNS = new Set(['tv', 'television', 'radio']);

/** Verbs whose object is a listener, a person or a body ("told the Guardian", "telling AFP"): `told-recipient`. */
export const RECIPIENT_VERBS = new Set(['told', 'tell', 'tells', 'telling']);

/**
 * Nouns of an office or a staff that a body has and a common noun's abbreviation has not, written in lower case right
 * after an acronym ("IMF chief", "UN spokesman", "GOP lawmakers"): `acronym-owns-role`. No noun of a user, a patient or
 * a device ("DVD player", "HIV patients").
 */
export const BODY_ROLE_NOUNS = new Set(
  'chief chiefs head heads boss spokesman spokeswoman spokesperson official officials executive executives director envoy envoys leader leaders leadership chairman chairwoman president lawmakers nominee members member staff anchor correspondent reporter analyst secretary-general commander commanders troops peacekeepers'.split(
    ' ',
  ),
);

/** Verbs after a name that say someone (or a body) speaks: the reporting verbs, "warned", "argued", "explained". */
export const SPEECH_VERBS = new Set([...REPORTING_VERBS, 'warned', 'argued', 'explained']);

/** A common noun that says the name next to it is an organisation: "the militia X", "X militia group". */
export const ORG_DESCRIPTORS = new Set(
  `militia militias group faction party movement organization organisation network agency outlet force forces
  brigade brigades coalition alliance company firm union ministry government council body department office
  newspaper broadcaster bank army paramilitary paramilitaries federation confederation association foundation charity
  committee magazine website watchdog nonprofit`.split(/\s+/),
);

/**
 * "Photo: …", "Photo by …", "Credit: …", "Image copyright …" (the BBC's caption bar), "[File: …]": a credit names a photographer and
 * an agency, not someone in the story.
 */
export const CREDIT_BEFORE = /(?:\b(?:photos?|photograph|picture|image|video|credit|courtesy)(?:\s+(?:by|of|credit|copyright))?\s*:?|\[\s*file\s*:)\s*$/i;
/** Words before a slash that say the names around it are a credit: "Eric Lalmand/Belga". */
export const CREDIT_WORD = /\b(?:photos?|photograph|picture|image|credit)\b/i;

/** A courtesy title says nothing about what someone does. */
export const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Mx|Miss)\.?$/i;
/** An article opening a role: "the", "a", "an". */
export const ROLE_ARTICLE = /^(?:the|a|an)\s+/i;
export const THE = /^the$/i;
/** An article as a word of its own. */
export const ROLE_ARTICLE_WORD = /^(?:the|a|an)$/i;
/** Small words at the edges of a role read back from a name: "head of the …". */
export const ROLE_JOINERS = /^(?:of|for|the)$/i;
export const ROLE_EDGE_WORDS = /^(?:of|for|the|a|an)$/i;

/** Words an appositive after a name may hold: "Sayed Sadiq al-Hashemi, head of the Iraqi Center for Studies, said". */
export const APPOSITIVE_MAX = 8;

/** Words the head of an appositive role may run to ("the interest rate strategist"), the article left out. */
export const APPOSITIVE_HEAD_MAX = 5;
/**
 * Prepositions after a role's head noun whose object says what the role is of or about, and so belongs to it:
 * "professor of political science", "expert on the conflict", "head of the Palestinian Dialogue Group". Not "at",
 * "in", "for", "with": where the person works, or for whom, is said apart ("a professor of law at the University of X").
 */
export const ROLE_COMPLEMENT_PREPOSITIONS = new Set(['of', 'on']);
/** Words the object of such a preposition may run to, its article left out. */
export const ROLE_COMPLEMENT_MAX = 8;
/** Capitalised words of a name that owns a role or names its body, before it: "the State Department's", "the Republican Party". */
export const OWNER_MAX = 4;
/** Verbs of a relative clause after a name whose complement is the person's role: "who is", "who was", "who became". */
export const ROLE_COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
/** Verbs that give a role after "as": "who works as a cabin cleaner", "who served as a spokesman". */
export const ROLE_AS_VERBS = new Set(['works', 'worked', 'serves', 'served', 'acts', 'acted']);
/** Relative pronouns, which end a role's noun phrase: "a former gang member who has turned his life around". */
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'that', 'which']);
/** The lexicon's tags of words no role's head noun phrase holds: a clause, a figure, a date, a pronoun. */
export const APPOSITIVE_HEAD_STOP_TAGS = ['Pronoun', 'QuestionWord', 'Value', 'Date', 'Determiner', 'Adverb', 'Copula', 'Modal', 'Auxiliary'];

/** An age written as a modifier, which a role's noun phrase may hold: "a 22-year-old medical student". */
export const AGE_MODIFIER = /^\d{1,3}-years?-old$/i;
/** The gap of two role nouns sharing one role: "producer/director". */
export const ROLE_SLASH = /^\/$/;
/** Adverbs of time between a relative clause's copula and the role it gives: "who is now the festival's producer". */
export const ROLE_TIME_ADVERBS = new Set(['now', 'also', 'currently', 'still', 'then', 'later', 'formerly', 'once']);
/** Quantifiers that count the people a phrase is about and open no role: "many furtive supporters". */
export const ROLE_QUANTIFIERS = new Set(['many', 'few', 'several', 'some', 'most', 'more', 'numerous', 'other', 'such', 'all', 'both']);
/** Adjectives the lexicon files as such that also name a person and may end a role: "transportation expert", "senior fellow". */
export const PERSON_ADJECTIVES = new Set(
  'expert fellow official executive representative native radical veteran principal delegate moderate conservative liberal'.split(' '),
);
/**
 * Person nouns the lexicon files as a verb or an adjective only ("nurse", "prefect", "suspect", "hopeful"), which name
 * a role before a name or in an appositive ("British nurse NAME", "NAME, a Scottish nurse,", "The suspect, NAME,").
 */
export const PERSON_NOUNS_FILED_OTHERWISE = new Set(
  'nurse prefect suspect resident hopeful rival guard coach patient volunteer paramedic captive intern incumbent judge counsel monitor tackle opener executive'.split(
    ' ',
  ),
);
/**
 * Of those, the nouns of a body's staff, after which a capitalised word is the body, not a description ("a former Enron
 * executive"): read as nouns but not as person nouns, so `modifies-role-noun` keeps the body's name.
 */
export const STAFF_NOUNS = new Set(['executive']);
/** Words of degree that make a description of a thing, not a role ("the most successful British rock act"): no describer of a role's owner (`describer-before-owner`). */
export const DEGREE_WORDS = new Set(['most', 'least', 'very', 'best', 'biggest', 'largest']);
/** Nouns of an office the lexicon files as plain nouns, which head a role "of" something: "The head of the agency, NAME,". */
export const OFFICE_NOUNS = new Set(['head']);
/** Endings of agent nouns the lexicon files as plain nouns, which say the name after them is a person's: "educator", "professor". */
export const ROLE_NOUN_ENDING = /\p{L}{3}(?:ist|ian|ator|itor|ctor|ssor)$/u;
/**
 * Endings of agent nouns that open a run capitalised before a full name ("Winger Laurent Robert", "Linebacker Jane Roe",
 * "Freshman John Smith", "Promoter Don King"): with a given name after them (`agent-noun-title`), wider than
 * ROLE_NOUN_ENDING, which also reads a lower-case word before any run.
 */
export const AGENT_NOUN_ENDING = /\p{L}{3}(?:er|or|man|ee)$/u;
/** Person nouns of no such ending the lexicon files as plain nouns: "team member NAME", "founder NAME". */
export const ROLE_NOUNS_PLAIN = new Set(['member', 'founder', 'cofounder', 'head']);
/**
 * Participles that describe the holder of a role rather than say what someone does, which may open an appositive's role
 * ("X, acting national chairwoman of …", "X, a retired member of …"; `participle-or-owner-opens-role`).
 */
export const ROLE_PARTICIPLES = new Set(
  'acting retired outgoing incoming founding managing presiding reigning serving elected appointed exiled ousted jailed'.split(' '),
);
/** Possessive determiners that may open an appositive's role: "Edouard Philippe, his prime minister,". */
export const ROLE_POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our']);
/** Words before a gerund that make it a modifier of the role's noun: "the managing editor", "its organizing director". */
export const ROLE_OWNER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/** Pronouns a verb takes as its object before "to" and the verb it asks of them ("urged him to …"; `infinitive-after-object`). */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);

/**
 * Speech verbs a report puts before the speaker after a quote or a clause ('"…," said NAME', "…, added NAME"): the
 * speaker follows (`speech-before-name`). Not "told" or "announced", whose object follows them.
 */
export const INVERTED_SPEECH_VERBS = new Set('said says added wrote noted insisted explained warned argued asked replied recalled continued'.split(' '));
/** Relative pronouns that follow a person's name and no body's ("Janno Lieber, who oversees …": `person-mark-after-name`). */
export const PERSON_RELATIVES = new Set(['who', 'whom']);
/** The ages a name's age may be ("Karen Aim, 26, from Orkney"), past which a figure after a comma is something else. */
export const AGE_RANGE = { min: 1, max: 115 } as const;
/** A place written as an adjective of where a body sits: "Germany-based", "Seattle-based" (`based-before-name`). */
export const BASED_SUFFIX = /\p{L}-based$/u;
/** Where someone stands in a picture, in brackets after the name in a caption ("(left)", "(second right)"): no role. */
export const PICTURE_POSITIONS = new Set([
  'left',
  'right',
  'center',
  'centre',
  'middle',
  'top',
  'bottom',
  'front',
  'back',
  'rear',
  'far',
  'second',
  'third',
  'fourth',
  'from',
  'pictured',
  'above',
  'below',
  'inset',
  'file',
  'foreground',
  'background',
]);
/** Prefixes of a hyphenated person noun the lexicon files as an adjective: "co-pilot", "co-founder", "vice-chair", "ex-husband". */
export const ROLE_NOUN_PREFIXES = new Set(['co', 'vice', 'ex']);
/** Words after which such a word is the verb it also is: "they suspect", "to nurse", "will guard", "not rival". */
export const VERB_BEFORE = new Set(['to', 'not', 'never']);
/** Nouns the lexicon files as verbs that make a role with the noun after them: "campaign chairman", "running mate". */
export const ROLE_COMPOUND_NOUNS = new Set(
  'campaign running press research program project finance trade design support transport rescue search strike'.split(' '),
);

/**
 * Words that modify the position noun right after them in a role before a name, which the lexicon files as verbs or
 * gerunds so the role was cut after them: a sports position or a seat's standing ("starting guard", "reserve forward",
 * "defending champion", "bowling coach", "club boss") and a court's or an office's ("presiding judge", "managing
 * director") or a business's field ("marketing manager"); `position-modifier`, and after a name's comma
 * `participle-or-owner-opens-role` ("Phil Treide, marketing manager for EMC Clariion").
 */
export const POSITION_MODIFIERS = new Set(
  `starting reserve backup defending bowling batting pitching fielding club presiding managing reigning serving acting outgoing
  incoming founding marketing advertising publishing purchasing operating consulting planning organizing engineering
  accounting banking`.split(/\s+/),
);
/** Sports positions the lexicon files as no person's noun, which end a role after such a modifier ("reserve forward NAME", "starting center NAME"). */
export const POSITION_NOUNS = new Set(['forward', 'centre', 'center', 'back', 'wing', 'keeper', 'goalie', 'prop', 'lock', 'hooker', 'flanker']);
/** Words of time that may go before such a modifier in the role ("former starting quarterback NAME"); any other lower-case word there is the sentence's ("lost starting guard"). */
export const POSITION_MODIFIER_TIMES = new Set(['former', 'then', 'longtime', 'new', 'onetime', 'erstwhile', 'current', 'interim', 'veteran']);

/** The lexicon's tags of a word that makes a capitalised phrase a work's or a description, no body owning a role (`body-owns-role`). */
export const OWNER_WORD_STOP_TAGS = ['Adjective', 'Verb', 'PresentTense', 'PastTense', 'Gerund', 'Infinitive', 'Comparative', 'Superlative'];

/** Seats of government the news writes for the government they house: "the White House said", "the Kremlin believes". */
export const SEATS_OF_GOVERNMENT = new Set(['white house', 'kremlin', 'pentagon', 'elysee', 'élysée', 'blue house', 'zhongnanhai']);
/** Words for a state that a movement may proclaim under a name of its own: "Islamic State", "Islamic Emirate". */
export const POLITY_WORDS = new Set(['state', 'emirate', 'caliphate']);

/** The last word of an event's name, a contest, a festival or an uprising: "World Cup", "Winter Olympics", "Glastonbury Festival", "Arab Spring". */
/** The last word of a document's name: a treaty, an agreement, a law ("Paris Agreement", "Patriot Act", "Second Amendment"). */
export const DOCUMENT_WORDS = new Set('agreement agreements accord accords treaty pact protocol act amendment charter'.split(' '));
export const EVENT_WORDS = new Set('cup olympics games championship championships tournament festival marathon expo series spring'.split(' '));

/** The states' abbreviations news style writes after a town ("Ferguson, Mo.", "Selma, Ala."), without their dot. */
export const STATE_ABBREVIATIONS = new Set(
  `Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D
  Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo`.split(/\s+/),
);

/** A generational suffix's transliteration key ("Jr.", "Sr.", "III"), which ends a name but no surname. */
export const GENERATIONAL_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** A "-ly" adverb's ending, and how its adjective is spelled back: "happily" -> "happy", "probably" -> "probable", "unfortunately" -> "unfortunate". */
export const ADVERB_ENDING = /\p{L}{3}ly$/u;
export const ADVERB_STEMS: ReadonlyArray<readonly [string, string]> = [
  ['ically', 'ic'],
  ['ily', 'y'],
  ['ly', 'e'],
  ['ly', ''],
];
/** A prefix that negates the adjective an adverb is made from: "unfortunately". */
export const NEGATING_PREFIX = 'un';
/** Words in capitals opening a sentence that make a typographic lead-in ("FROM COAST to coast"). */
export const LEAD_IN_MIN = 2;

/** The word that ends a political party's name, whose members' plural stands for it ("Conservatives": "Conservative Party"). */
export const PARTY_WORD = 'party';
/** Followers of a faith or a party's politics, singular: their plural ("the Democrats", "the Muslims") names no body. */
export const ADHERENTS = new Set(
  'democrat republican muslim christian catholic jew hindu sikh shiite sunni protestant buddhist evangelical mormon socialist communist conservative liberal tory nazi fascist anarchist marxist'.split(
    ' ',
  ),
);
/** Plural endings a family's or a party's members' name adds to a surname or a party's adjective ("the Bidens", "the Joneses"). */
export const MEMBERS_PLURAL_ENDINGS = /(?:es|s)$/;
/** Letters a party's adjective must have before its plural is read as the party's members ("Democrats", not "Reds"). */
export const PARTY_STEM_MIN = 5;

/** Prepositions after a role's noun before what the role is about: "envoy to Ukraine", "ambassador to the European Union", "head of". */
export const OBJECT_PREPOSITIONS = new Set(['to', 'of', 'for', 'at']);
/** The gap of an ampersand inside a company's name, spaced or not: "Pacific Gas & Electric", "AT&T". */
export const AMPERSAND_GAP = /^ ?& ?$/;
/** Words naming a body's unit by its number: "Local 94", "Section 22", "District 9". */
export const NUMBERED_UNITS = new Set(['local', 'section', 'district', 'chapter', 'lodge', 'branch', 'division', 'precinct', 'ward']);
/** A unit's number or a day of the month, as a body's name writes it: "94", "10th". */
export const DAY_OR_UNIT_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;
/** Endings English adds to a place's name for its people: "New Yorkers", "Londoners", "Chicagoans", "Brooklynites". */
export const PLACE_PEOPLE_ENDING = /(?:ers|ans|ites)$/;
/** Verbs whose object is who was told, a person or a paper: "told Socialist Worker". */
export const ADDRESSEE_VERBS = new Set(['told']);
/** Words a paper named by title words has at least ("Socialist Worker"); one ("told Minister") is a title missing its name. */
export const PUBLICATION_WORDS_MIN = 2;

/**
 * Masthead words a newspaper's name ends in after its town ("the Ottawa Citizen", "the Kyiv Independent", "the Boston
 * Globe"), which the lexicon files as common nouns or adjectives (`masthead-after-place`).
 */
export const MASTHEAD_WORDS = new Set(
  `citizen independent globe sun star mail mirror express telegraph guardian observer herald tribune gazette chronicle
  journal inquirer examiner courier register dispatch bulletin sentinel standard advertiser enquirer`.split(/\s+/),
);

/** The word of a flight's name before its number ("AirAsia Flight QZ8501"), read in lower case. */
export const FLIGHT_WORD = 'flight';
/** A flight's number or code: "370", "QZ8501", "MH17". */
export const FLIGHT_CODE = /^(?:\p{Lu}{1,3})?\d{1,5}$/u;

/** The gaps around a nickname in quotes inside a name: 'Joko "Jokowi" Widodo', 'Don “Moose” Jamison'. */
export const NICKNAME_OPEN = /^[ \t]+["“]$/;
export const NICKNAME_CLOSE = /^["”][ \t]+$/;

/** The gap between a capitalised adjective and the noun it modifies: a space, perhaps an opening quote ("the Democratic “blue wall”"). */
export const ADJECTIVE_BEFORE_NOUN_GAP = /^ +[“"‘']?$/;
/**
 * Endings of a people's adjective the lexicon may not know ("British", "Turkish", "Kurdish", "Lebanese", "Sudanese"),
 * which modify the noun after them ("British troops") as "Iraqi" does (`adjective-before-noun`). Few given names
 * or surnames end so, and before a lower-case noun none is a name.
 */
export const PEOPLE_ADJECTIVE_ENDING = /\p{Ll}(?:ish|ese)$/u;
/** Tags of a lower-case word after a capitalised adjective that is no noun it modifies: a function word, a figure, a date. */
export const MODIFIED_WORD_STOP_TAGS = ['Pronoun', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Copula', 'Modal', 'Auxiliary', 'Value', 'Date'];
/** Tags of the word after a surname opening a sentence that make it the subject: a verb ("Tester has spoken", "Tester quipped"). */
export const SURNAME_AFTER_START_TAGS = ['Verb', 'PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary', 'Adverb'];
/** Tags of words no name is made of that a surname may still carry, right after a given name: "Theresa May", "Jo-Wilfried Tsonga". */
export const SURNAME_FILED_OTHERWISE_TAGS = ['Month', 'Language'];
/**
 * What a news outlet or a pollster makes, and who works for one, as nouns after its name: "a Reuters report", "a Gallup
 * poll", "a CNN correspondent". Not "interview" or "statement": a person gives those ("a Trump interview"); not
 * "investigation" ("the Operation Car Wash investigation") nor "reporting" ("Additional reporting by").
 */
// prettier-ignore
export const OUTLET_WORKS = new Set([
  'report', 'reports', 'article', 'poll', 'polls', 'survey', 'broadcast', 'broadcasts', 'documentary', 'editorial',
  'podcast', 'headline', 'correspondent', 'correspondents', 'reporter', 'reporters', 'journalist', 'journalists',
  'columnist', 'anchor', 'photographer', 'newsroom',
]);
/** Words that join the last item of a list: "Kentucky, Ohio, and Virginia", "Minnesota, Virginia or New Jersey". */
export const LIST_CONJUNCTIONS = new Set(['and', 'or']);

// --- Teams named by their town or by one word (branch who13) ---
/**
 * What a team does in a match report, right after its name: "Portsmouth beat Reading 2-0", "Chelsea won 2-1", "Boston
 * edged Detroit". Read only in a sentence that gives a score (TEAM_SCORE): a town "won" in other news too. Not "scored"
 * or "led": a player does those ("Burrell scored seven consecutive points").
 */
// prettier-ignore
export const TEAM_RESULT_VERBS = [
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'thrashed', 'routed', 'drew', 'draws', 'whipped', 'blanked',
  'outscored', 'hammered', 'trounced', 'downed', 'won', 'wins', 'lost', 'loses', 'trailed', 'trails', 'clinched',
  'crushed', 'shut out', 'held on',
];
/** A match's score or a team's record: "2-0", "95-83", "3-1-1" (figures of one to three digits: "2006-07" is a season). */
export const TEAM_SCORE = /(?:^|[^\d\w-])\d{1,3}-\d{1,3}(?:-\d{1,2})?(?![\d-])/;
/** The verbs that join a team's name to its record: "Montreal is 3-1-1", "Houston, which improved to 6-2". */
export const TEAM_RECORD_VERBS = [
  'is',
  'are',
  'was',
  'were',
  'stands at',
  'improved to',
  'improves to',
  'fell to',
  'falls to',
  'dropped to',
  'drops to',
  'moved to',
  'moves to',
  'went',
];
/**
 * A match's result and the words that join it to the other side: "a 3-1 win over Toronto", "a home loss to Boston", "a
 * 6-1 rout of Toronto", "drew with Everton". "of" only after a beating: "the loss of Boston" is something else.
 */
export const TEAM_RESULT_JOINS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^(?:win|wins|won|victory|victories|triumph|upset)$/, ['over', 'against']],
  [/^(?:defeat|defeats)$/, ['to', 'against', 'by']],
  [/^(?:loss|losses|lost|losing)$/, ['to', 'against']],
  [/^(?:rout|thrashing|drubbing|hammering|beating|demolition)$/, ['of', 'over']],
  [/^(?:draw|drew|tie|tied|stalemate)$/, ['with', 'against']],
  [/^(?:beat|beaten|thrashed|edged|routed)$/, ['by']],
];
/**
 * What a player does "for" a team, right before "for" ("scored for Portsmouth", "signed for Fulham", "made his debut for
 * Montreal"): not "started" or "goal" ("the goal here is for Africa"), said of anyone.
 */
export const TEAM_PLAY_VERBS = new Set(['scored', 'scores', 'played', 'plays', 'signed', 'signs', 'starred', 'debut', 'netted', 'appeared']);
/**
 * A player's counted deeds, among the few words before "for" ("11 assists for Houston", "a goal and two assists for
 * Montreal", "made 27 saves for the Rangers"): plurals of the game's counts, not "point" ("a turning point in their
 * support for McCain"), nor "runs" or "hits" ("runs on a network for US users", "hits for the Crystals").
 */
// prettier-ignore
export const TEAM_PLAY_COUNTS = new Set([
  'goals', 'points', 'assist', 'assists', 'rebounds', 'saves', 'touchdowns', 'yards', 'wickets', 'appearances', 'tries', 'caps',
  'steals', 'blocks', 'strikeouts',
]);
/**
 * A team's squad and its staff, right after the team's name ("Palace striker Scowcroft", "St. Louis coach Andy Murray")
 * or after its possessive ("Portsmouth's squad", "the Sharks' bench"). Not "defence", "attack", "victory", "side" or
 * "team", nor "fans" or "supporters": a country and a politician have those too ("Israel's defence minister", "Kenya's
 * team of negotiators", "Sharif's supporters").
 */
// prettier-ignore
export const TEAM_SQUAD_WORDS = new Set([
  'striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'defenders', 'goalkeeper', 'keeper', 'winger', 'manager',
  'boss', 'coach', 'skipper', 'forward', 'forwards', 'guard', 'guards', 'quarterback', 'pitcher', 'defenceman',
  'defenseman', 'netminder', 'goalie', 'linebacker', 'receiver', 'squad', 'players',
  'bench', 'lineup', 'line-up', 'roster', 'outfielder', 'shortstop', 'playmaker', 'centre-back',
  'full-back', 'left-back', 'right-back', 'head coach', 'assistant coach', 'power play',
]);
/** The lexicon's tags of a person's name: a name so filed beating another is a player's ("Higgins beat Ebdon 5-3"). */
export const PERSON_NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

// --- who14: roles owned by a name in the possessive, after a name's comma (evidence/possessiveOwnerAppositive.ts) ---
/** Prepositions after the noun of an appositive's role that say what or where it is of: "representative in Antarctica", "head of Hamas's bureau". */
export const APPOSITIVE_ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'to', 'on', 'with']);
/** Words that may join a role's topic between its owner and its noun: "Horry County's Voters Registration and Election director". */
export const ROLE_TOPIC_JOINERS = new Set(['and', '&']);
/** Nouns of a person's office the lexicon files only as adjectives: "New Zealand's representative", "the ministry's official". */
export const PERSON_NOUNS_FILED_AS_ADJECTIVES = new Set(['representative', 'official', 'aide']);
/**
 * Plural nouns the lexicon files as present-tense verbs that modify a person's noun as a compound's first word: "former
 * arms dealer NAME", "human rights lawyer NAME" (`plural-compound-in-role`); "says", "wants" are no such nouns.
 */
export const ROLE_PLURAL_COMPOUND_NOUNS = new Set(['arms', 'rights', 'works', 'affairs', 'relations', 'operations', 'communications', 'services']);
/** Person nouns that are verbs too, so after "to" they are read as one ("to partner NAME", "to host NAME"): `person-noun-after-to` leaves them. */
// prettier-ignore
export const VERB_LIKE_PERSON_NOUNS = new Set([
  'partner', 'broker', 'host', 'head', 'captain', 'star', 'judge', 'father', 'mother', 'nurse', 'guard', 'escort', 'pilot',
  'chair', 'boss', 'mentor', 'champion', 'referee', 'umpire', 'model', 'tutor', 'doctor', 'sponsor', 'witness', 'manager',
  'coach', 'lead', 'leader', 'successor', 'replace', 'marshal', 'skipper', 'deputy', 'counsel', 'advocate', 'monitor',
]);
/** Tags of a hyphenated word's part that make it no person's noun: a number or a unit ("best-of-three", "five-hundred-meter"). */
export const HYPHEN_PART_STOP_TAGS = ['Cardinal', 'Value', 'TextValue', 'Unit'];
// --- end who14 ---

// --- who16: lead-ins, union locals, ranks and roles opening a sentence ---
/** A given name's tags: before one, a lead-in's words the lexicon lacks are no part of the name ("AN EMOTIONAL Nicole Pratt"). */
export const LEAD_IN_PERSON_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
/** Tags of a lead-in's last word that may open the name after it: "THE NEW York Times", "THE UNITED Auto Workers" (not a noun: "FACT CHECK Our …"). */
export const LEAD_IN_NAME_OPENER_TAGS = ['Adjective'];
/** Tags that keep a lead-in's last word out of the name after it: "MECHANICS AT United Airlines", "AS THE United Nations". */
export const LEAD_IN_NOT_OPENER_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Verb',
  'QuestionWord',
  'Plural',
  'Actor',
  'Uncountable',
];
/** A union local's number, hyphenated or lettered too: "Local 1199", "Local 4-200", "Local 32BJ", "Local 32B-32J", "Local 1199NW". */
export const UNIT_NUMBER = /^\d{1,5}\p{Lu}{0,4}(?:-\d{1,5}\p{Lu}{0,4})?$/u;
/** Nouns of a player's rank that an ordinal opens: "14th seed", "top seed", "No. 2 pick" (`rank-in-role`). */
export const RANK_NOUNS = new Set(['seed', 'pick', 'seeded', 'ranked']);
/** An ordinal in figures: "14th", "2nd". */
export const ORDINAL_FIGURE = /^\d{1,3}(?:st|nd|rd|th)$/i;
/** Words that rank like an ordinal before a rank noun: "top seed". */
export const RANK_OPENERS = new Set(['top']);
/** The word before a rank's figure: "No. 1", "number one". */
export const RANK_NUMBER_WORDS = new Set(['no', 'no.', 'number']);
/** What a rank's figure ranks in, before "No."/"number": "world No. 1", "world number one". */
export const RANK_SCOPES = new Set(['world']);
/**
 * Person nouns the lexicon files as plain nouns (or not at all) that open a sentence capitalised before a full name, as
 * its role: "Candidate John Edwards", "Nominee NAME", "Rookie NAME" (`person-noun-opens-sentence`). "Junior", "Senior",
 * "Star" are left out: they are given names or open works' names too.
 */
export const SENTENCE_OPENING_PERSON_NOUNS = new Set([
  'candidate',
  'nominee',
  'incumbent',
  'rookie',
  'veteran',
  'hopeful',
  'novice',
  'sophomore',
  'teammate',
  'debutant',
  'midfielder',
  'defender',
  'striker',
  'goalkeeper',
  'winger',
  'forward',
  'keeper',
  'seed',
  'contender',
  'challenger',
  'activist',
  'organizer',
  'organiser',
  'steward',
  'shopkeeper',
  'resident',
  'nurse',
  'teacher',
  'student',
  'worker',
]);
/** Articles after a group's cause joiner: "Students for a Democratic Society", "Lawyers Against the Death Penalty" (`cause-group-name`). */
export const CAUSE_ARTICLES = new Set(['the', 'a']);
/** Words that open a group's name right before its cause joiner, as a members' plural does: "United for Peace and Justice". */
export const CAUSE_GROUP_OPENERS = new Set(['United']);
/** Endings of a plural that names people, for a group's name opening a sentence: "Iowans", "Lawyers", "Activists", "Students", "Citizens" (`cause-group-name`). */
export const PEOPLE_PLURAL_ENDING = /(?:ans|ers|ists|ors|ees|ents|ens)$/;

// --- who17: names seen once, owners of a squad's role, given names' short forms ---
/** At most this many words name the team before a squad's word (`squad-owner-is-team`): "Red Wings", "Penn State", "Texas A&M". */
export const SQUAD_OWNER_WORDS_MAX = 3;
/** At most this many lower-case words between the team and its squad's word: "interim head coach", "assistant coach". */
export const SQUAD_OWNER_BETWEEN_MAX = 2;
/** Small words that join a longer name the owner would only end ("Hall of Fame pitcher", "Bosnia and Herzegovina coach"). */
export const SQUAD_OWNER_NAME_JOINERS = new Set(['of', 'and', '&']);
/**
 * Given names and their short forms, as one person is written in one article ("William Rikard-Bell" and "Will Rikard-Bell",
 * "Tom McGee" and "Tommy McGee"; `short-given-name-in-article`). A short form of two full names ("Sam", "Pat",
 * "Alex", "Chris") is left out: it says neither.
 */
// prettier-ignore
export const GIVEN_NAME_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  william: ['will', 'bill', 'billy', 'willie'], thomas: ['tom', 'tommy'], robert: ['bob', 'bobby', 'rob', 'robbie'],
  james: ['jim', 'jimmy', 'jamie'], michael: ['mike', 'mick', 'mickey', 'mikey'], richard: ['dick', 'rick', 'ricky', 'rich', 'richie'],
  edward: ['ed', 'eddie', 'ted', 'ned'], joseph: ['joe', 'joey'], charles: ['charlie', 'chuck'], anthony: ['tony'],
  daniel: ['dan', 'danny'], david: ['dave', 'davey'], nicholas: ['nick', 'nicky'], matthew: ['matt'], andrew: ['andy'],
  benjamin: ['ben', 'benny'], jonathan: ['jon'], peter: ['pete'], timothy: ['tim', 'timmy'],
  gregory: ['greg'], kenneth: ['ken', 'kenny'], ronald: ['ron', 'ronnie'], donald: ['don', 'donnie'], lawrence: ['larry'],
  frederick: ['fred', 'freddie', 'freddy'], raymond: ['ray'], gerald: ['gerry', 'jerry'], philip: ['phil'], douglas: ['doug'],
  jeffrey: ['jeff'], leonard: ['len', 'lenny'], vincent: ['vince'], zachary: ['zach', 'zack'], kimberly: ['kim'],
  elizabeth: ['liz', 'beth', 'betty', 'lizzie'], katherine: ['kate', 'katie', 'kathy'], catherine: ['cathy', 'cate'],
  margaret: ['maggie', 'peggy', 'meg'], susan: ['sue', 'susie'], jennifer: ['jen', 'jenny'], rebecca: ['becky'],
  deborah: ['debbie', 'deb'], victoria: ['vicky'], abigail: ['abby'],
};
/** Officers' acronyms the lexicon files as no title, read as one after a name's comma (`title-appositive`): "Andreas Baumhof, CTO of …". */
export const APPOSITIVE_TITLE_ACRONYMS = new Set(['cto', 'cfo', 'coo', 'cio', 'cmo']);

// --- who18: the word-case table (wordCase/wordCase.json), counted on large unlabelled prose ---
/** Seen in prose at least this often, a word's share of capitals is a measure (`wordCase/table.ts` keeps words seen 10 times). */
export const WORD_CASE_TRUSTED_SEEN = 10;
/** A word capitalised in at least this share of its mid-sentence uses is written as a name ("reagan" 100%, "airbus" 100%, "enron" 100%). */
export const NAME_LIKE_CAPITAL_SHARE = 0.8;
/** A word capitalised in at most this share of its mid-sentence uses is a common word ("whole" 0.7%, "weapons" 1.5%, "genocide" 2.9%). */
export const COMMON_WORD_CAPITAL_SHARE = 0.1;
/** A name seen once with no evidence of its kind is kept from this many capitalised words on (`name-like-seen-once`). */
export const NAME_LIKE_SEEN_ONCE_MIN_WORDS = 1;
/** A word capitalised right after "in" in at least this share of its mid-sentence capitalised uses names a place or a time ("london" 33%, "albany" 33%, "march" 17%; "enron" 2%, "reagan" 0.2%). */
export const PLACE_LIKE_AFTER_IN_SHARE = 0.15;
/** Suffix tags of the lexicon that make a rare capitalised word a sentence's verb or adverb, no name ("Decluttering", "Rebranded", "Conversely"). */
export const RARE_WORD_NOT_A_NAME_TAGS = ['Gerund', 'PastTense', 'Adverb', 'Infinitive'];
/** The shortest part of a rare word read as two common words ("News|rooms", "Counter|protests", "Tear|gas"). */
export const COMPOUND_PART_MIN = 3;
/** Capitalised in mid-sentence at least this often before its share after "in" is read ("polaroid", 2 of 12, is too few). */
export const PLACE_LIKE_MIN_SEEN = 20;

// --- roles15: the role-head table (roleHeads/roleHeads.json), counted on large unlabelled prose ---
/** A role head is seen right before a person's full name at least this often ("rapper Soulja Boy"). */
export const ROLE_HEAD_BEFORE_MIN = 2;
/** A role head is seen heading an appositive after a person's name at least this often ("Chris Sims, a spokesman for …"). */
export const ROLE_HEAD_APPOSED_MIN = 2;
/** A role head stands in a role's two places in at least this share of its lower-case uses ("member" 13%, "son" 1.3%; "man" 0.3%). */
export const ROLE_HEAD_SHARE_MIN = 0.01;
/** Words after which a name opens a clause of its own ("said that Abu Amer is …"), read by `copula-role`. */
export const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'while', 'because', 'although', 'though', 'since', 'when', 'where']);
/** At most this many words in an appositive read whole as a role and what it is of (`appositive-role-with-object`). */
export const ROLE_COMPLEMENT_LONG_MAX = 14;
/** The small words of what a role is of (`appositive-role-with-object`): "head of the bureau in the city of X", "member of A and B". */
export const ROLE_OBJECT_WORDS = new Set(['of', 'for', 'at', 'with', 'in', 'on', 'to', 'from', 'and', 'the', 'a', 'an', '&']);
/** Verbs of naming to an office after a copula, read by `copula-role`: "has been named the head of …", "was appointed as the director". */
export const ROLE_NAMING_VERBS = new Set(['named', 'appointed', 'elected', 'chosen', 'made']);

/** Person nouns that, with "of", "for", "at", "with" or "from" and "the", name a body right after them ("a spokesman for the World Economic Forum", "members of the Green Party"): the fitted institution heads' cue (institutionHeads/count.ts). */
export const INSTITUTION_HEAD_MEMBER_NOUNS = new Set(
  'spokesman spokeswoman spokesperson member members head director chairman chairwoman chair president leader leaders official officials secretary organizer organizers founder cofounder executive coordinator activist activists representative representatives employee employees staff researcher researchers analyst economist professor student students lawyer volunteer volunteers worker workers manager chief commissioner counsel treasurer delegate delegates'.split(
    ' ',
  ),
);
/** The prepositions between such a person noun and a body's name. */
export const INSTITUTION_HEAD_MEMBER_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from']);
/** Person nouns right after a body's name ("World Economic Forum spokesman"). */
export const INSTITUTION_HEAD_NOUNS_AFTER = new Set(
  'spokesman spokeswoman spokesperson official officials chairman chairwoman member members leader leaders president director'.split(' '),
);
/** Verbs that take a body as their agent after "by" ("a rally called by the May Day Coalition"). */
export const INSTITUTION_HEAD_AGENT_VERBS = new Set(
  'called organized organised sponsored led run founded formed endorsed hosted funded backed issued released'.split(' '),
);
/** Verbs whose object is a body right after them ("students formed Peaceful Justice", "joined the Teamsters"). */
export const INSTITUTION_HEAD_OBJECT_VERBS = new Set(['joined', 'formed', 'founded']);
/** Lower-case words a body's name runs through ("Campaign to End the Death Penalty", "Students for Justice in Palestine"). */
export const INSTITUTION_HEAD_RUN_JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'at', 'de', 'against']);
/**
 * A fitted institution head: seen heading at least this many distinct names in a body's cue (institutionHeads/table.ts).
 * At 5, 23 of 53 firings on the unlabelled timeline articles were right ("Muslim Women", "Social Security", "Borough
 * Market" read as bodies); at 8, 14 of 20.
 */
export const INSTITUTION_HEAD_MIN_CUED = 8;
/** ... and heading names right after "in" in less than this share of its names (a place's word: "County", "City", "House"). */
export const INSTITUTION_HEAD_MAX_IN_SHARE = 0.12;
/** Lexicon tags that refuse a word as a fitted institution head: function words, adverbs and adjectives head no body. */
export const INSTITUTION_HEAD_REFUSED_TAGS = ['Preposition', 'Adverb', 'Adjective', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Copula', 'Value'];

/*
 * The phrase-use table (`phraseUse/`, `npm run fit:phrase-use`): how prose uses a capitalised phrase.
 */

/** Small words inside a capitalised phrase: "Bank of America", "Immigration and Customs Enforcement", "Cielo di San Francisco". */
export const PHRASE_JOINERS = new Set(['of', 'and', 'for', 'the', 'on', ...NAME_JOINERS]);
/** Longer capitalised runs are a title's or a heading's, not a name's: not counted. */
export const PHRASE_WORDS_MAX = 8;
/** Prepositions before where something is or happens: "in Las Vegas", "at the Staples Center", "outside the Oval Office". */
export const PHRASE_PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'into']);
/** Tags of a verb right after a phrase, its subject ("Acme hired", "Acme plans"); not a copula's or a modal's (a place "is" too). */
export const PHRASE_SUBJECT_TAGS = ['PastTense', 'PresentTense'];
export const PHRASE_SUBJECT_STOP_TAGS = ['Copula', 'Modal', 'Auxiliary', 'Noun', 'Adjective', 'Preposition', 'Participle'];
/** Role nouns before "of"/"for" and a phrase, its owner: "spokesman for Acme", "a member of the Acme", "head of Acme". */
export const PHRASE_ROLE_NOUNS_BEFORE = new Set([
  ...BODY_ROLE_NOUNS,
  'founder',
  'spokesperson',
  'employees',
  'workers',
  'members',
  'representative',
  'representatives',
  'minister',
  'secretary',
  'general',
]);
/** A phrase is used as a place when at least this share of its uses follows a place preposition… */
export const PHRASE_PLACE_SHARE_MIN = 0.3;
/** …and its uses as a speaker, an actor or a role's owner, times this, are no more than its uses as a place. */
export const PHRASE_AGENT_PER_PLACE_MAX = 4;
/** Prepositions between a role noun and the phrase that owns it: "spokesman for Acme", "head of Acme". */
export const PHRASE_OWNER_PREPOSITIONS = new Set(['of', 'for']);
/** Nouns of a body's staff or members written before "at", "of" or "for" and its name: "a professor at Acme", "students of Acme". */
export const PHRASE_MEMBER_NOUNS = new Set(
  'professor professors student students teacher teachers lecturer lecturers researcher researchers scientist scientists doctor doctors nurse nurses pupils staff employee employees worker workers official officials economist economists analyst analysts director president chairman spokesman spokeswoman dean principal chancellor'.split(
    ' ',
  ),
);
/** Joiners that open a phrase's complement, after its head: "Bank of America", "Council on Foreign Relations", "Campaign for Nuclear Disarmament". */
export const PHRASE_HEAD_ENDS = new Set(['of', 'for', 'on']);
/** `cut-short-listing`: a small word between the longer name's capitalised word and the tail ("Immigration and Customs Enforcement"). */
export const CUT_SHORT_JOINERS = new Set(['and']);
/** Tags of a capitalised word before a name that opens no longer name: a small word ("The New York Times"), a demonym, a date. */
export const CUT_SHORT_STOP_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Demonym', 'Date', 'Value'];
/** Characters read before a mention for the word that may open its longer name. */
export const CUT_SHORT_LOOK_BACK = 60;
/** The share of an entity's mentions that must be cut from a longer name for `cut-short-listing` to leave it out. */
export const CUT_SHORT_SHARE_MIN = 0.5;

/*
 * `bare-head-listing` and `quoted-title-listing` (branch junk17): fragments and works' titles in the `who` listing.
 */

/** A word heads bodies' names by the institution-head table when it headed at least this many names ("Association", "Inc", "Party"). */
export const BARE_HEAD_NAMES_MIN = 30;
/** Closing and opening quotation marks around a title: `"Super Mario Run,"`, “The O.C.” */
export const TITLE_QUOTES_OPEN = new Set(['"', '“']);
export const TITLE_QUOTES_CLOSE = new Set(['"', '”']);
/** Small words inside a work's title between its capitalised words: "Lord of the Rings", "Gone with the Wind". */
export const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'with', 'at', 'from', 'by']);
/** Words before a quoted name that give a body's or a person's name, not a work's: the "Army of Islam", a group calling itself "X", known as "X". */
export const NAME_GIVEN_BEFORE_QUOTE = /(?:^|\s)(?:the|itself|themselves|called|named|dubbed|nicknamed|so-called|known as)\s*$/i;
/** Words read back from a mention to the opening quotation mark of the title it is in. */
export const TITLE_LOOK_BACK_WORDS = 8;
/** The share of an entity's mentions that must stand in a quoted title for `quoted-title-listing` to leave it out. */
export const QUOTED_TITLE_SHARE_MIN = 0.5;
