/**
 * The English words the date rules read: every pattern and word list of the dates extractor's English
 * locale is here, none in the rules' code.
 */

/** Counts written as words, up to twelve: "two days ago", "a week later". */
// prettier-ignore
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** A count as written (a word up to twelve, or figures), as `NUMBER_WORDS` reads it. */
export function countOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/**
 * Every chrono-node result kept names a month or a weekday or is written in figures; most sentences
 * have none, and chrono-node is the slow step.
 */
export const CALENDAR_WORD =
  /\b(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

/** A month's name or abbreviation anywhere in a phrase. */
export const MONTH_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** The months' first three letters, January first: a month's number is its index plus one. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "the end of August", "the beginning of May 2019", "mid-July": a part of a month (group 1 the month, 2 the year). */
export const MONTH_PART =
  /\b(?:(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of|mid-?)\s*(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+((?:19|20)\d{2}))?\b/gi;

/** A month's abbreviation ending a phrase: its dot is the abbreviation's ("Dec."), not a full stop. */
export const MONTH_ABBREVIATIONS = /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/** What chrono-node includes before and after a date that is no part of it ("On Friday," -> "Friday"). */
export const PHRASE_LEAD = /^(?:\s|(?:on|in|at|by|since|from|until|during|of|the)\s+)+/i;
export const PHRASE_TRAIL = /[\s,;:]+$/;

/** Words before a bare month or year that make it a time ("in March", "since 2003", "late 2011", "planned for June"). */
export const TIME_CUE =
  /\b(?:in|since|by|until|till|from|during|through|throughout|early|late|mid|before|after|between|and|or|to|of|last|next|this|around|as of|(?:(?:re)?scheduled|planned|slated|set|due|expected)\s+for)[\s-]+$/i;

/**
 * Before a bare year the cue must be stronger: "rose to 2000", "one of 1800" are counts. Seasons and
 * parts of a year take "of".
 */
export const YEAR_CUE =
  /\b(?:in|since|by|until|till|from|during|through|throughout|before|after|as of|(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|half|quarter)\s+of)\s+$/i;

/** Days with a name of their own that are not "the most recent Friday". */
export const NAMED_DAY_PREFIX = /\b(?:good|black|super|cyber|ash|holy|palm|easter|bloody|maundy|shrove|fat|blue|whit|plough|boxing)\s+$/i;

/**
 * A weekday that begins a name: followed by a capitalised word that is no month, weekday or part of
 * the day ("the Sunday Times", "Saturday Night Live"; not "Sunday March 3", "Monday Night" alone).
 */
export const NAME_AFTER_WEEKDAY =
  /^\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:(?:Morning|Afternoon|Evening|Night|Noon|Midnight)\s+\p{Lu}|(?!(?:Morning|Afternoon|Evening|Night|Noon|Midnight)\b)\p{Lu}\p{Ll})/u;
/** What says a weekday is a day: a preposition or a word that picks one ("on Sunday Times …" is a day after all). */
export const DAY_CUE_BEFORE = /\b(?:on|by|until|till|til|from|since|before|after|through|to|last|next|this|that|every|each|past|coming|of)\s+$/i;
/** Newspapers named "… on Sunday" ("the Mail on Sunday", "the Independent on Sunday"). */
export const ON_SUNDAY_TITLE = /\b(?:Mail|Independent|Scotland|Wales)\s+on\s+$/;

/** "three days before", "the day after": counted from another happening, never from publication. */
export const EVENT_RELATIVE =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d{1,3})\s+(?:days?|weeks?|months?|years?|hours?)|the\s+(?:day|week|month|year|night|morning))\s+(?:before|after|earlier|later|prior\s+to|following)\b/gi;

/** Words in a calendar phrase that count from some other moment, or mean now: no date of a happening. */
export const OFFSET_WORDS = /\b(?:now|today|tonight|before|after|earlier|later|following|prior|ago)\b/i;

/** A phrase in figures only ("1/2", "3.4"): a fraction or a count more often than a date, unless it has a year. */
export const FIGURES_ONLY = /^[\d\s./-]+$/;

/** Before figures: the hour of a clock time they are the minutes of ("7." of "7.30-9.00"). */
export const CLOCK_BEFORE = /\d[.:]$/;
/** After figures: what ends a clock time ("pm", "a.m.", "GMT", "hrs"). */
export const CLOCK_AFTER = /^\s?(?:[ap]\.?m\b\.?|hrs?\b|h\b|(?:GMT|UTC|BST|CET|[ECMP][SD]?T)\b)/i;

/** Words before a weekday that say which one: "last Friday", "next Monday". */
/** A weekday-only phrase that is a shortened weekday ("Sat", "wed.", "Thurs"), with or without its period. */
export const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

/** A capitalised word just before a phrase (not the sentence's first): the phrase ends a name ("the Herald Sun", "The Sun"). */
export const NAME_BEFORE = /\S\s+(?:The|\p{Lu}[\p{L}'’-]*)\s+$|^(?:The)\s+$/u;

/**
 * `stamp-line`: a sentence that is only the page's own stamp ("Tuesday 8th January 2008", "Friday, December 28, 2007",
 * "Posted in Sony, News, PSP by Darrin Olson on January 7th, 2008", "Last Updated: 9th January 2008 10:46 GMT", "by Tim
 * Cashmere - January 16 2008", "10:02 AM CST on Friday, December 28, 2007", a 2012 blog theme's "Written by Philip
 * Proefrock on 19/10/12" and "Written on August 9, 2012 by  in Comics"): what may stand before its date (nothing, a
 * weekday, a stamp's label, a byline or a time opening the line) and after it (a time, a zone, the writer's name in
 * capitals and the section the post was filed in).
 */
export const STAMP_LINE_LEAD = new RegExp(
  [
    '^[\\s|•·-]*(?:',
    // a stamp's label opening the line ("Posted in Sony, News by Darrin Olson on", "Last Updated:")
    '(?:posted|published|first\\s+published|updated|last\\s+updated|modified|filed|created|date|written)\\b[^.!?"“”]{0,80}?[\\s:,-]*',
    // a byline ("by Tim Cashmere - ")
    '|by\\s+[^.!?"“”]{1,60}?[\\s,|–—-]+',
    // a time before the date ("10:02 AM CST on")
    '|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4}T|GMT|UTC|IST)?\\s*(?:on\\s+)?',
    ')?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?$',
  ].join(''),
  'i',
);
export const STAMP_LINE_TAIL =
  /^\s*(?:[,|@–—-]?\s*(?:at\s+)?\(?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\)?\s*(?:[A-Z]{2,4}T|GMT|UTC|IST)?\s*)?[.|]?\s*$/i;
/** The writer's name in capitals and the section the post was filed in, after a stamp's date ("… 2012 by Jane Roe in Comics"). */
export const STAMP_LINE_BYLINE_TAIL = /^\s+by(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s+in\s+[A-Z][\w&' -]{0,40})?\s*[.|]?\s*$/;

/** Figures after a date and a comma that chrono-node took for its year: one or two figures are a count ("June 9, 30 people"). */
export const COUNT_AFTER_DATE = /,\s*\d{1,2}$/;

/**
 * `zone-day`: a weekday in brackets after a day, told in another time zone ("on Tuesday (early Wednesday AEST)",
 * "Monday (Tuesday NZT)", "Friday (Saturday local time)"): what opens the bracket, and the zone after the weekday.
 */
export const ZONE_BRACKET_BEFORE = /^\s*\(\s*(?:(?:early|late)\s+)?$/i;
export const ZONE_AFTER_WEEKDAY = /^\S+\s+(?:morning\s+|afternoon\s+|evening\s+|night\s+)?(?:[A-Z]{2,4}T|GMT|UTC|local\s+time|[A-Z][a-z]+\s+time)\b/;

/** Between a weekday and its date in brackets ("Friday (Dec. 12)"), and after the date. */
export const BRACKET_OPEN = /^\s*\(\s*$/;
export const BRACKET_CLOSE = /^\s*\)/;

/** A weekday written alone ("Thursday"), as the calendar parser keeps it: no modifier, no date. */
export const BARE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

export const WEEKDAY_MODIFIER = /^(last|next|this|past|coming)\b/i;

/** "the" right before a phrase: "the last year" is a duration, "the next weekend" a story's own. */
export const THE_BEFORE = /\bthe\s+$/i;

/** Before "yesterday"/"today": "the day before yesterday", "earlier today". */
export const EARLIER_OR_LATER = /^(?:earlier|later)\b/i;

/** A figure, a currency sign or a range mark right before a year: it is a count or part of one ("$2000", "1999-2000"). */
export const COUNT_BEFORE_YEAR = /[\d$£€]\s*$|[-–/]$/;

/** Phrase patterns of the parsers read against publication. */
export const PERIOD_PHRASE = /\b(?:(?:earlier|later|early|late|mid-?)\s*)?(this|last|next)\s+(week|month|year)\b/gi;
/**
 * A weekday of a week named from publication ("Wednesday next week", "Friday of last week", "on Monday this week"):
 * group 1 the weekday, 2 which week.
 */
export const WEEKDAY_OF_WEEK = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?(this|last|next)\s+week\b/gi;
/** The weekdays' stems, Sunday first (0 = Sunday, as chrono-node and Date count them). */
export const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** A calendar phrase that is a weekend and no weekday or date (`weekend-no-day`). */
export const WEEKEND_WORD = /^(?:(?:the|a|this|that|last|next|past|every)\s+)?weekends?$/i;
export const WEEKEND_PHRASE = /\b(this|last|next|past)\s+weekend\b/gi;
/**
 * `counted-ahead`: "in three days", "in just 63 days", "in one week", "in two weeks' time": a count of days or weeks from
 * publication, ahead of it (group 1 the count, 2 the unit). Not "within" (a bound), nor a count "of" or "after" another
 * happening ("in 90 days of taking office"), nor a rate ("in five days a week"), nor one of two lengths ("in a week or a month").
 */
export const COUNTED_AHEAD_PHRASE =
  /\b[Ii]n\s+(?:just\s+|only\s+|another\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week)s?(?:['’]\s*time)?\b(?!\s+(?:of|after|from|since|before|a|an|per|each|every|or)\b)/g;
export const AGO_PHRASE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/gi;
/**
 * What stands before a capitalised word inside a sentence ("The World of Tomorrow", "USA Today", "the
 * Today show"): a word or a comma, not a sentence start, a quote, a colon, a dash or a bracket.
 */
export const MID_SENTENCE = /(?:[\p{L}\p{N},]|\p{L}['’])\s+$/u;
/** A word followed by its possessive ("Today's rally"). */
export const POSSESSIVE_AFTER = /^\p{L}+['’]s\b/u;

/**
 * What joins a relative day to a date that says which day it is ("tonight – Dec. 30", "two days later, on
 * Thursday"): a comma or a dash, and "on"; the date must follow at once.
 */
export const APPOSITION = /^\s*(?:[,–—]|--?)\s*(?:on\s+)?/;
/** The start of a date a phrase may stand in apposition to: a weekday or a month. */
export const APPOSED_DATE_START =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** Words that make a quotation a chant, a slogan or a sign's words: repeated at every protest, they tell no day. */
export const CHANT_WORD =
  /\b(?:chant(?:s|ed|ing)?|slogans?|shout(?:s|ed|ing)|sang|sing(?:s|ing)|banners?|placards?|signs?\s+(?:read|reading|that\s+read|saying))\b/i;

export const YESTERDAY_PHRASE = /\b(?:the\s+day\s+(before|after)\s+)?(yesterday|tomorrow)\b/gi;

/**
 * `last-night`: "last night", "late last night", "last evening" (group 1: a determiner or possessive just before, which
 * makes it a duration or a thing: "the last night of the festival", "on his last night in office").
 */
export const LAST_NIGHT_PHRASE = /(\b(?:the|a|his|her|their|its|my|our|your|that|this|one)\s+)?\b(?:late\s+)?last\s+(?:night|evening)\b/gi;
/** "last night of the Proms": the last of several nights. */
export const LAST_NIGHT_OF_AFTER = /^\s+of\b/i;
/**
 * "today", "tonight", "this morning" (group 1 its weekday, 2 its day of the month when a bracket after it says which:
 * "today (Monday)", "Today (19)": one mention).
 */
export const TODAY_PHRASE =
  /\b(?:earlier\s+|later\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b(?:\s*\((?:(mon|tues|wednes|thurs|fri|satur|sun)day|(\d{1,2}))\))?/gi;
/**
 * `nowadays`: "today" meaning the present era, not a day ("Iraq today is a divided country", "Today, the city remains
 * split", "in today's world", "the Iraq of today"): "today" right before a verb of state in the present (a few words
 * may stand between: its subject), or "today's" before a word of an era, or "of today". "tonight", "this morning"
 * never mean an era.
 */
export const ERA_TODAY = /^today$/i;
export const STATE_AFTER_TODAY = /^,?\s+(?:[\p{L}'’-]+\s+){0,3}?(?:is|are|remains?|seems?|stands?|looks?|lives?)\b/u;
/**
 * `todays-title`: "Today's" and one to three capitalised words that end the line, a paper's edition or section named in
 * its menus ("Today's Province", "Today's Gazette", "Today's Front Page"); not "Today's March for Life drew thousands".
 */
export const TODAYS_TITLE_AFTER = /^['’]s(?:\s+\p{Lu}[\p{L}-]*){1,3}\s*[.:]?\s*$/u;

export const TODAY_OF_AN_ERA_AFTER =
  /^['’]s\s+(?:world|society|youth|generation|economy|climate|age|era|standards|terms|money|dollars|technology|children|kids|culture|politics)\b/i;
export const TODAY_OF_AN_ERA_BEFORE = /\b(?:of|until|till)\s+$/i;
/**
 * `tomorrow-as-future`: "tomorrow" as a noun for the future, no day: after a determiner and perhaps a comparative ("a
 * better tomorrow", "our tomorrow"), after "of" ("the leaders of tomorrow"), or what it "holds" or "brings".
 */
export const FUTURE_TOMORROW_BEFORE = /\b(?:(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]heir|[Yy]our|[Mm]y|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[a-z]+er\s+)?|of\s+|[Ww]hat\s+)$/;
export const FUTURE_TOMORROW_AFTER = /^\s+(?:holds|brings|will\s+bring|may\s+bring)\b/i;
export const YEAR_PHRASE = /\b(?:early|late|mid)?-?\s*((?:1[6-9]|20)\d{2})\b(?![,.]?\d|\s*(?:%|percent|people|troops|members))/gi;
/** "early 2011", "mid-2011": a year qualified by its part needs no other cue. */
export const QUALIFIED_YEAR = /^(?:early|late|mid)/i;

/*
 * Tense: which way from publication a sentence looks (see ../tense.ts).
 */

/**
 * Words that put a clause ahead of publication: the future ("will", "is due to", "is to", "plans to",
 * "upcoming", "ahead of") and a plan in the present tense ("is expected", "are scheduled"). "will" the
 * noun ("the will of the people") is not the future. Plans without an auxiliary are PLAN_PHRASE.
 */
export const FUTURE_WORD =
  /\bwill\b(?<!\b(?:the|their|his|her|its|our|your|my|political|free|good|popular|own|public|ill)\s+will)(?!\s+of\b)|\b(?:won['’]t|shall)\b|\w['’]ll\b|\b(?:is|are|am)\s+(?:(?:due|set|going|poised|planning|about|advised|urged|asked|told|encouraged|required)\s+to|to(?!\s+blame)|(?:(?:now|also|still)\s+)?(?:expected|planned|scheduled|slated|due))\b|\b(?:should|must|ought\s+to|needs?\s+to|ha(?:ve|s)\s+to)\b(?!\s+(?:not\s+)?(?:have|had|been)\b)|\b(?:plan|intend|aim|vow|pledge|promise|threaten|hope)s?\s+to\b(?!\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)|\b(?:looks?|looking)\s+(?:ahead|forward)\s+to\b|\b(?:upcoming|forthcoming|ahead\s+of|later\s+this\s+(?:week|month|year)|in\s+the\s+(?:coming|next)\s+(?:days|weeks|months))\b/gi;

/**
 * A plan and its date ("a rally planned for", "set for", "scheduled to", "to be held"): these look ahead
 * unless the plan itself is told in the past ("was planned for", "had been scheduled for", "was to be
 * held"), see PAST_AUXILIARY. "due to" only before a verb: "due to rain" is a cause.
 */
export const PLAN_PHRASE =
  /\b(?:(?:(?:re)?scheduled|planned|slated|timetabled|set|expected|due)\s+for|(?:(?:re)?scheduled|planned|slated|expected|due)\s+(?:on|next)|(?:(?:re)?scheduled|slated|expected)\s+to|set\s+to(?!\s+work)|(?:(?:re)?scheduled|planned|slated|expected|due)\s+in(?!\s+(?:part|large|no|some|vain|turn)\b)|due\s+(?:by|to\s+(?:be|take|start|begin|open|close|end|meet|vote|rule|sign|arrive|return|resume|visit|speak|appear|testify|remain|stay|last|run|continue|expire))|to\s+be\s+held|to\s+take\s+place)\b/gi;

/**
 * The present of a timetable ("the tournament, which begins Thursday", "after it joins the court on April
 * 1", "the law takes effect Jan. 1"): a scheduled happening, told in the simple present, looks ahead.
 * Only verbs of starting, ending and joining, which a report tells of a timetable, never of a habit; and a release told in
 * the present (`release-present`: "'Emerge' is released on 8 July", "is published on 19 January", "is on sale from").
 */
export const SCHEDULED_PRESENT =
  /\b(?:begins|starts|opens|reopens|ends|closes|expires|resumes|joins|convenes|reconvenes|kicks\s+off|takes\s+effect|comes\s+into\s+force|goes\s+into\s+effect|runs\s+out|(?:is|are)\s+(?:released|published|on\s+sale|in\s+(?:cinemas|theaters|theatres|shops|stores|bookshops)))\b/gi;

/**
 * Advice: a clause that opens with a verb telling the reader what to do ("Get to the airport Thursday",
 * "if you fly, allow extra time on Friday", "Expect delays Monday"), or a call to come, join or watch ("Join us
 * Saturday", "watch my documentary Saturday night at 8"), is about days still to come. A verb
 * followed by a tense word is a noun ("Leave was granted").
 */
export const ADVICE_IMPERATIVE =
  /(?:^|[,;:—–]\s*|\b(?:then|and|so|please)\s+)(?:get|arrive|allow|avoid|check|make\s+sure|be\s+sure|plan|book|bring|expect|remember|head|try|watch|join|come|tune\s+in|attend|don['’]t|do\s+not)\b(?![-'’]|\s+(?:was|were|is|are|has|had|have)\b)/gi;

/**
 * An intention told in the past ("had planned to impose", "threatened to boycott", "vowed to march"): what
 * was meant then may lie on either side of publication.
 */
export const PAST_INTENTION = /\b(?:planned|intended|aimed|vowed|pledged|promised|threatened|hoped|agreed|decided|proposed)\s+to\b/i;

/** What makes a plan a past one: "was", "were", "had" (been, originally …) right before it. */
export const PAST_AUXILIARY = /\b(?:was|were|had)\s+(?:(?:been|being|originally|initially|previously|already|also|once|first|then|not|never)\s+){0,3}$/i;

export const PAST_WORD =
  /\b(?:was|were|had|did|said|told|came|went|took|gave|made|broke|began|left|met|fled|fought|held|led|ran|sent|spoke|stood|struck|threw|won|lost|killed|[a-z]{3,}ed)\b/g;

/** A participle after "be"/"being" carries no tense of its own ("will be held", "to be completed"). */
export const BARE_BE = /\bbe(?:ing)?\s+$/i;

/**
 * `participle-adjective`: a word in "-ed" right after a determiner describes a noun, it tells no past ("an allied super
 * PAC", "the expanded capacity scheme", "a wounded officer"): what lies before the participle.
 */
export const DETERMINER_BEFORE_PARTICIPLE = /\b(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|every|each|no)\s+$/i;
/** The "-ed" alternative of PAST_WORD: a regular past or participle, not an auxiliary ("was", "had"). */
export const REGULAR_PARTICIPLE = /^[a-z]{3,}ed$/;

/**
 * `before-a-day`: what puts a day after the happening told, on either side of publication ("rallied shortly before
 * Election Day", "days ahead of the March 3 vote", "in the run-up to May 20"): right before the day.
 */
export const BEFORE_A_DAY = /\b(?:before|ahead\s+of|in\s+the\s+(?:run|lead)-?up\s+to)\s+(?:the\s+)?$/i;

/** "since" right before a date: it names a time already past ("since September 11", "since Monday"). */
export const SINCE_BEFORE = /\bsince\s+$/i;

export const PRESENT_TENSE = /\b(?:is|are|am|remains?|seems?)\b/i;

/**
 * `named-by-its-day`: a year-less date that names a thing ("the Oct. 7 attack", "his July 31 executive order", "the
 * 22 June hearing") reads its year from the thing, not from the tense of the sentence that mentions it. What stands
 * before such a date: a determiner or a possessive, and perhaps one word that describes the thing ("the devastating").
 */
export const THING_DETERMINER_BEFORE = /(?:\b(?:the|a|an|this|that|his|her|its|their|our)|\p{L}['’]s)\s+(?:\p{Ll}[\p{Ll}-]+\s+)?$/u;
/** The thing named before its date ("the attack on Oct. 7", "the assassination of December 27"): its noun, group 1. */
export const THING_BEFORE_DATE = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[a-z][a-z-]*\s+)?([a-z]+)\s+(?:on|of)\s+$/;
/**
 * After the date: up to three words in small letters, no preposition, article or verb of tense among them ("general
 * election", "executive order", "attacks" before "on"): the thing's noun is the first of them either list below holds.
 */
export const THING_WORDS_AFTER =
  /^\s+((?:(?!(?:and|or|but|to|in|on|at|by|for|of|from|with|as|when|while|after|before|until|the|a|an|is|was|were|are|will|would|had|has|have|said|says)\b)\p{Ll}[\p{Ll}-]*(?!\p{L})\s*){1,3})/u;
/**
 * Things known only once they have happened or been made, named by their day: an attack, a killing, a raid, a crash, a
 * document or a saying ("the Dec. 27 assassination", "an Oct. 26 letter", "a May 7 memo"), and the people a past deed
 * names ("the Oct. 7 hostages"). Such a day is behind publication.
 */
// prettier-ignore
export const DONE_THING_NOUN = new Set(
  [
    'attack', 'attacks', 'assault', 'assassination', 'killing', 'killings', 'murder', 'murders', 'shooting', 'shootings', 'stabbing',
    'bombing', 'bombings', 'blast', 'blasts', 'explosion', 'explosions', 'massacre', 'raid', 'raids', 'ambush', 'crash', 'collapse',
    'coup', 'invasion', 'incursion', 'riot', 'riots', 'earthquake', 'quake', 'tsunami', 'flood', 'floods', 'fire', 'death', 'deaths',
    'arrest', 'arrests', 'incident', 'accident', 'leak', 'hack', 'conversation', 'remarks', 'memo', 'memorandum', 'letter', 'email',
    'cable', 'order', 'decree', 'announcement', 'statement', 'speech', 'address', 'interview', 'testimony', 'tweet', 'post', 'victory',
    'defeat', 'win', 'terrorists', 'attackers', 'hijackers', 'bombers', 'gunmen', 'victims', 'hostages',
  ],
);
/**
 * Happenings set ahead and told of before and after they take place ("the 22 June hearing", "the Oct. 27 general
 * election", "the 30 November strikes", "has set a 1 July deadline"): such a day lies on either side of publication,
 * the one nearest it, whatever the tense of the sentence ("was confirmed to appear at the 22 June hearing" is a month
 * ahead); ahead when the sentence looks ahead.
 */
// prettier-ignore
export const SCHEDULED_THING_NOUN = new Set(
  [
    'election', 'elections', 'vote', 'poll', 'polls', 'ballot', 'referendum', 'primary', 'primaries', 'caucus', 'caucuses', 'runoff',
    'hearing', 'hearings', 'trial', 'sentencing', 'deadline', 'summit', 'meeting', 'session', 'talks', 'debate', 'conference',
    'ceremony', 'inauguration', 'launch', 'release', 'concert', 'match', 'game', 'final', 'visit', 'rally', 'rallies', 'march',
    'marches', 'protest', 'protests', 'demonstration', 'demonstrations', 'strike', 'strikes', 'walkout', 'boycott', 'action',
    'actions', 'event', 'fundraiser', 'opening', 'premiere', 'festival', 'parade', 'vigil', 'convention', 'congress',
  ],
);

/**
 * The future seen from the past ("said the ministers would present proposals by March 26", "unions
 * called a second day of action for January 31", "the deal was to be sealed by Sunday", "organizers
 * encouraged people to join the march on August 12"): after the saying, the call, the plan or the
 * exhortation, but on either side of publication; so is the new day of a happening put off or moved (`put-off-until`:
 * "It has been postponed until 21 October", "the trial was adjourned to 14 May"). So is the day a law or a rule is to take effect, told in the
 * infinitive or the gerund ("a lawsuit seeking to stop the ban from taking effect July 1"): its day is fixed, the
 * telling is not its tense.
 */
export const REPORTED_FUTURE =
  /\b(?:tak(?:e|ing)\s+effect|(?:come|coming|go|going)\s+into\s+(?:effect|force))\b|\b(?:urged|encouraged|called\s+(?:on|upon)|appealed\s+to|exhorted)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?!(?:the|a|an|his|her|its|their|this|that|our|my|your)\b)[a-z]+\b|\bwould(?:n['’]t)?\b|\b(?:was|were)\s+to\s+(?:be\b|(?!(?:the|a|an|his|her|its|their|this|that|blame)\b)[a-z]+\b)|\b(?:for|(?:postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back|moved|brought\s+forward)\s+(?:until|till|to))(?=\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))/gi;

/** Marks that open and close a clause around a date. */
export const CLAUSE_OPEN = new Set([',', ';', ':', '—', '–', '(', '“', '"']);
export const CLAUSE_CLOSE = new Set([',', ';', ':', '—', '–', ')', '”', '"']);

/*
 * Counted from another sentence: the context resolver ("the next day") and the event resolver ("three
 * days before the airstrike").
 */

/** A count in a counted phrase: a word up to twelve, or figures. */
export const CONTEXT_COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
/** What may follow a phrase that stands alone: a clause mark, the sentence's end, or a new clause's verb. */
export const STANDS_ALONE = '(?=\\s*(?:[,.;:!?)\\u2014\\u2013]|$))';

/** Whether a passage can hold a phrase counted from context at all: a cheap test before the patterns. */
export const MAY_HOLD_CONTEXT = /\b(?:next|following|previous|preceding|after|before|later|earlier|afterwards?|that|same)\b/i;

/** The context phrases, each with the days it counts (see ../resolvers/contextDay.ts). */
export const NEXT_OR_PREVIOUS_DAY = /\bthe\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night)\b/gi;
export const NEXT_OR_PREVIOUS_WEEK = /\bthe\s+(next|following|previous|preceding)\s+week\b/gi;
export const DAY_AFTER_ALONE = new RegExp(`\\bthe\\s+(day|morning|night)\\s+(after|before)${STANDS_ALONE}`, 'gi');
export const DAYS_LATER = new RegExp(`\\b${CONTEXT_COUNT}\\s+(days?|weeks?)\\s+(later|earlier|afterwards?|(?:before|after)${STANDS_ALONE})`, 'gi');
export const SAME_DAY =
  /\b(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b|\b(?:later|earlier)\s+in\s+the\s+day\b|\b(?:hours|minutes|moments)\s+(?:later|afterwards?)\b/gi;
/** "the day after the Dec. 30 shooting": a day and which way, before the happening and its date. */
export const DAY_BEFORE_HAPPENING = /\bthe\s+(day|night|morning|week)\s+(after|before)\b/gi;
/**
 * What lies between it and the date of the happening it names: a determiner ("the", "his"), and up to two words in small
 * letters that describe the happening ("the day before the massive May Day rallies"), no preposition ("the day after the
 * shooting on Dec. 30" leaves the date to the shooting's own clause).
 */
export const HAPPENING_DETERMINER =
  /^\s+(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:(?!(?:on|in|at|of|by|for|from|to|with|since|until|after|before)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}/u;

/** Words of those phrases that count forward. */
export const FORWARD = /^(?:next|following)$/i;

/** "three days before the airstrike": a count, a unit, and which way, before the happening's words. */
export const EVENT_COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
export const EVENT_OFFSET = new RegExp(`\\b${EVENT_COUNT}\\s+(days?|weeks?)\\s+(before|after|prior\\s+to|ahead\\s+of)\\s+`, 'gi');
/** The words that count back from the happening. */
export const BACKWARD = /^(?:before|prior|ahead)/i;
/** Marks that end the clause describing the happening. */
export const EVENT_CLAUSE_END = /[,;:()“”"—–]/;

/** Calendar words say when, not what. "march" and "may" are words too: they count unless a date's figures are beside them. */
export const CALENDAR_TERM =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december|day|days|week|weeks|month|year|\d+)$/;
export const DATED_MONTH = /\b(?:march|may)\.?\s+\d{1,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:march|may)\b/gi;
export const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;

/** A month's full name or abbreviation, capitalised, as a date writes it ("October", "Oct."): group 1. */
const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** What may follow the second day of a pair: punctuation, a year, or a word that goes on the sentence, never a unit ("24 hours", "13 people"). */
const PAIR_END = '(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|at|on|when|while|and|to|with|for|as|after|before|the|this|that|next|last)\\b)';

/** "October 11 and 13", "between June 20 and 24, 2006": a month, a day, "and", a second day of that month (groups 1 to 4, 5 the year). */
export const MONTH_DAY_PAIR = new RegExp(
  `(\\bbetween\\s+)?\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|&)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?${PAIR_END}`,
  'g',
);
/** "between 3 and 5 March", "on 3 and 5 March 2024": two days before one month (groups 1 to 4, 5 the year). */
export const DAY_PAIR_MONTH = new RegExp(
  `\\b(between|on)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|&)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?:,?\\s+((?:19|20)\\d{2}))?\\b`,
  'g',
);

/**
 * A window of time between two dates of different months ("sometime between Nov. 28, 2005, and Oct. 12, 2006"):
 * groups 1 and 2 are the months of its bounds. Two days of one month are a pair (../parsers/dayPair.ts).
 */
export const DATE_WINDOW = new RegExp(
  `\\bbetween\\s+${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?,?\\s+and\\s+${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?`,
  'g',
);

/** Days of the year with a name of their own, fixed to one date ("May Day"): the month and day each names. */
export const FIXED_HOLIDAYS: ReadonlyArray<{ pattern: string; month: number; day: number }> = [
  { pattern: 'May Day', month: 5, day: 1 },
  { pattern: 'Christmas Day', month: 12, day: 25 },
  { pattern: 'Christmas Eve', month: 12, day: 24 },
  { pattern: 'Boxing Day', month: 12, day: 26 },
  { pattern: "New Year['’]s Day", month: 1, day: 1 },
  { pattern: "New Year['’]s Eve", month: 12, day: 31 },
  { pattern: "(?:St\\.? )?Valentine['’]s Day", month: 2, day: 14 },
  { pattern: 'Halloween', month: 10, day: 31 },
  { pattern: 'Bastille Day', month: 7, day: 14 },
  { pattern: 'Guy Fawkes Night', month: 11, day: 5 },
  { pattern: "International Women['’]s Day", month: 3, day: 8 },
  { pattern: "International Workers['’] Day", month: 5, day: 1 },
];

/**
 * Holidays whose date moves, fixed to a weekday of a month (`n` the count, -1 the last; `after`, days after it): the United States'
 * as an American report names them ("Labor Day" is the first Monday of September; "Labour Day" is left out,
 * May 1 in most countries). Easter, which follows the moon, is left out.
 */
export const MOVABLE_HOLIDAYS: ReadonlyArray<{ pattern: string; month: number; weekday: number; n: number; after?: number }> = [
  { pattern: 'Labor Day', month: 9, weekday: 1, n: 1 },
  { pattern: 'Memorial Day', month: 5, weekday: 1, n: -1 },
  { pattern: 'Thanksgiving(?: Day)?', month: 11, weekday: 4, n: 4 },
  { pattern: 'Martin Luther King(?:,? Jr\\.?)? Day', month: 1, weekday: 1, n: 3 },
  { pattern: "Presidents['’]? Day", month: 2, weekday: 1, n: 3 },
  { pattern: "Mother['’]s Day", month: 5, weekday: 0, n: 2 },
  { pattern: "Father['’]s Day", month: 6, weekday: 0, n: 3 },
  // the United States' Election Day: the Tuesday after the first Monday of November (`after`: days past that weekday)
  { pattern: 'Election Day', month: 11, weekday: 1, n: 1, after: 1 },
];

/** After a holiday's name, what makes it no day: its weekend ("Labor Day weekend"), a span of its own. */
export const HOLIDAY_SPAN_AFTER = /^\s+(?:weekend|week|holiday\s+weekend)\b/i;

/** Words that make a date before them the start of a body's name ("the March 10 Committee", "the April 6 Youth Movement"). */
export const NAME_AFTER_DATE =
  /^\s+(?:Youth\s+)?(?:Committee|Movement|Coalition|Alliance|Front|Brigade|Foundation|Group|Party|Collective|Network|Organi[sz]ation|Association|Society|Council|Mothers|Manifesto)\b/;

/** A weekday that names a kind of thing, not a day: "the Sunday talk shows", "the Saturday papers", "the Sunday editions". */
export const KIND_AFTER_WEEKDAY = /^\s+(?:[a-z]+\s+){0,2}(?:shows|programs|programmes|papers|newspapers|editions|supplements|magazines|circuit|sermons)\b/;

/** How many body sentences open an article: its standfirst and its lead (`story-week`, `narrative-weekday`). */
export const LEAD_SENTENCES = 3;

/** `narrative-weekday`: how many sentences after the day a story told a weekday alone may be counted from it. */
export const NARRATIVE_WEEKDAY_SENTENCES = 4;
/**
 * `narrative-span`: a story told from a day at most this many days before publication runs on to a bare weekday; one
 * told from further back ("seized on 29 May … the tape … was broadcast on Tuesday" in a report of 4 December) names
 * its later days by date, and a bare weekday is the report's own week's.
 */
export const NARRATIVE_SPAN_DAYS = 31;
/** A verb of saying right before a weekday ("said Thursday", "told reporters on Monday"): the report's own news. */
export const SAYING_BEFORE =
  /\b(?:said|says|told\s+(?:[\w'’-]+\s+){1,2}|announced|stated|added|confirmed|reported|wrote|tweeted|posted)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** "since" before a day in its sentence: the day is background ("an issue since a U.S. strike killed … on January 3"). */
export const SINCE_IN_CLAUSE = /\bsince\b[^.;:!?,]*$/i;

/** `history-year`: how many years before publication a full date must lie to open a history, and how many sentences it lasts. */
export const HISTORY_YEARS_APART = 2;
export const HISTORY_WINDOW = 12;

/**
 * A capitalised month and its day before "march" or "may" in lower case ("the May 2 march", "the Oct. 6 march"): groups 1
 * the month, 2 the day. chrono-node reads "2 march" as 2 March instead.
 */
export const MONTH_DAY_BEFORE_MONTH_WORD = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?=\\s+(?:march|may)\\b)`, 'g');

/**
 * `present-schedule`: verbs of the simple present that tell no timetable when they govern a weekday: a saying, a
 * thought, a state or a showing ("Police say …", "he recalls Tuesday's meeting", "the record shows"), whose weekday
 * is any day already told; and "be", "have", whose present is as often a report of now ("is in hospital after a
 * crash Sunday").
 */
// prettier-ignore
export const UNSCHEDULED_PRESENT_VERBS: ReadonlySet<string> = new Set([
  'says', 'tells', 'reports', 'writes', 'notes', 'adds', 'explains', 'insists', 'claims', 'argues', 'admits', 'recalls',
  'remembers', 'describes', 'denies', 'believes', 'thinks', 'knows', 'shows', 'suggests', 'means', 'seems', 'appears',
  'feels', 'remains', 'looks', 'sounds', 'is', 'has', 'does', 'calls', 'quotes', 'cites', 'confirms', 'reveals',
  'acknowledges', 'concedes', 'contends', 'maintains', 'alleges', 'accuses', 'blames', 'regrets', 'mourns', 'marks',
  // "thanks to": a preposition the tagger reads as a verb.
  'thanks',
]);

/**
 * `present-schedule`: what before a weekday makes it a thing's or a source's, not the day a verb sets: a determiner or
 * a possessive ("his Friday tactic", "on a Saturday morning"), "from" ("his claim from Friday").
 */
export const WEEKDAY_NOT_SET = /(?:\b(?:a|an|the|his|her|its|their|our|my|your|every|each|from)|['’]s)\s+$/i;

/** A photograph's caption, which tells a past moment in the present ("Obama speaks to supporters Tuesday (AP Photo/…)"). */
export const CAPTION_MARK = /\((?:AP|Reuters|AFP|Getty|EPA)\b|\bphoto(?:graph)?\s*(?:by|:|\/)|\bpictured\b/i;

/**
 * `current-year`: how far from publication a year-less day of the publication's own year may lie for that year to win over
 * the tense's (a deadline or a plan told through "said" or "was": "contracts expire April 30" in a report of March 17). Two
 * months less a week: every such day a wire report gave without its year in the Reuters development sample lay within 51
 * days, and "Oct. 7" in a report of August 6 (the attack of the year before) lies 62 days ahead.
 */
export const CURRENT_YEAR_NEAR_DAYS = 56;

/**
 * `in-address`: a run of text with no space that is a web address ("http://www.example.com/2012/11/07/the-briefing-11-07-12/",
 * "www.example.org/news/2008/01/14/story.html", "example.com/2012/11/07"): a scheme, "www.", or a domain's dot before a slash.
 */
export const WEB_ADDRESS = /^(?:[("'“‘<[]*)(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/)/i;
