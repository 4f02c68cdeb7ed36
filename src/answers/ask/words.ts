import { lexiconTags } from '../../annotate/core/lexicon.js';
import { MONTHS, WEEKDAYS } from '../../annotate/core/locales/en/words.js';

/**
 * The words /ask reads a question by, in one place: the rules (rules.ts) name
 * these lists and never spell a word themselves. Words are folded (lower
 * case, no accents, no apostrophes: "who's" is "whos") before they are read.
 */

/** Misspellings and shorthands people type, read as the words meant ("hw mny ppl" is "how many people"). */
export const SHORTHANDS: Readonly<Record<string, string>> = {
  hw: 'how',
  hwo: 'how',
  mnay: 'many',
  mny: 'many',
  manny: 'many',
  meny: 'many',
  ppl: 'people',
  poeple: 'people',
  peple: 'people',
  ppls: 'people',
  wen: 'when',
  whn: 'when',
  wehn: 'when',
  wat: 'what',
  wht: 'what',
  waht: 'what',
  whta: 'what',
  whats: 'what is',
  whos: 'who is',
  hoo: 'who',
  wich: 'which',
  whcih: 'which',
  happend: 'happened',
  hapened: 'happened',
  happenned: 'happened',
  hapen: 'happen',
  protestors: 'protesters',
  organized: 'organised',
  organize: 'organise',
  organizes: 'organises',
  organizing: 'organising',
  u: 'you',
  r: 'are',
  abt: 'about',
  tho: 'though',
  wer: 'were',
  wuz: 'was',
  dont: 'do not',
  didnt: 'did not',
  isnt: 'is not',
  wasnt: 'was not',
  werent: 'were not',
};

/** Words that ask for a count ("how many", "how much"), read together with the word after. */
export const HOW_MANY = ['many', 'much'];

/** Words that ask for a size ("how big", "how large"). */
export const HOW_BIG = ['big', 'large', 'huge', 'massive', 'large', 'sizable'];

/** Who a count of a gathering counts: "how many people", "how many fans". */
export const PARTICIPANTS = new Set([
  'people',
  'persons',
  'folks',
  'protesters',
  'protestors',
  'demonstrators',
  'marchers',
  'supporters',
  'participants',
  'attendees',
  'fans',
  'followers',
  'mourners',
  'farmers',
  'citizens',
  'crowds',
  'crowd',
  'ppl',
  'individuals',
  'residents',
  'students',
  'workers',
  'tractors',
  'spectators',
  'voters',
  'women',
  'men',
]);

/** Verbs of turning out: "how many marched", "how many showed up". */
export const GATHERING_VERBS = new Set([
  'marched',
  'march',
  'protested',
  'protest',
  'rallied',
  'gathered',
  'attended',
  'attend',
  'joined',
  'join',
  'came',
  'come',
  'turned',
  'showed',
  'demonstrated',
  'lined',
  'filled',
  'took',
  'participated',
  'went',
  'were',
  'was',
  'there',
]);

/** Things counted that are not a crowd: "how many were killed", "how many rockets". A count of these is searched for. */
export const NOT_A_CROWD = new Set([
  'killed',
  'dead',
  'died',
  'die',
  'deaths',
  'death',
  'injured',
  'wounded',
  'hurt',
  'arrested',
  'detained',
  'casualties',
  'victims',
  'rockets',
  'missiles',
  'drones',
  'airstrikes',
  'strikes',
  'troops',
  'soldiers',
  'forces',
  'americans',
  'contractors',
  'years',
  'days',
  'hours',
  'times',
  'articles',
  'sources',
  'money',
  'dollars',
  'innings',
  'games',
  'seats',
  'votes',
  'militias',
]);

/** Nouns of a gathering's size: "the crowd", "turnout", "attendance". */
export const CROWD_NOUNS = new Set(['crowd', 'crowds', 'turnout', 'attendance', 'headcount']);

/** What a size asks about: "how big was the march". */
export const GATHERINGS = new Set([
  'march',
  'rally',
  'protest',
  'protests',
  'demonstration',
  'demo',
  'gathering',
  'parade',
  'crowd',
  'crowds',
  'turnout',
  'sit-in',
  'vigil',
  'funeral',
  'procession',
  'celebration',
]);

/** Words that ask for a date: "what date", "which day". */
export const DATE_NOUNS = new Set(['date', 'day', 'days', 'time', 'year', 'month', 'week', 'dates']);

/** Question words that ask which: "what date", "which day", "on what day". */
export const WHICH = new Set(['what', 'which']);

/** "what happened" and its forms. */
export const HAPPENED = new Set(['happened', 'happen', 'happens', 'happening', 'occurred', 'occur', 'going']);

/** Verbs after "who" that ask for a person or organisation: "who is", "who leads". */
export const WHO_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'said',
  'says',
  'say',
  'told',
  'claimed',
  'leads',
  'led',
  'lead',
  'heads',
  'headed',
  'runs',
  'ran',
  'chairs',
  'organised',
  'organises',
  'organise',
  'organizer',
  'behind',
  'exactly',
]);

/** "what is", "tell me about": weak asks that go to /who only when they name someone the articles know. */
export const ABOUT_WORDS = ['tell me about', 'what is', 'what are', 'what was', 'info on', 'information about', 'explain', 'describe'];

/** Words that end a clause: a question of several clauses is read by its first. */
export const CLAUSE_BREAKS = new Set(['and', 'but', 'also', 'plus', 'because', 'so', 'or', 'why', 'how']);

/** The words of a question that say what kind of question it is, not what it is about: left out of `about`, `event` and names. */
export const QUESTION_FILLERS = new Set([
  'how',
  'many',
  'much',
  'big',
  'large',
  'huge',
  'massive',
  'sizable',
  'what',
  'which',
  'when',
  'who',
  'whom',
  'whose',
  'where',
  'why',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'did',
  'do',
  'does',
  'done',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'the',
  'a',
  'an',
  'there',
  'exactly',
  'roughly',
  'about',
  'approximately',
  'really',
  'actually',
  'total',
  'number',
  'of',
  'on',
  'in',
  'at',
  'to',
  'for',
  'it',
  'its',
  'they',
  'that',
  'this',
  'these',
  'those',
  'me',
  'you',
  'i',
  'we',
  'please',
  'tell',
  'know',
  'anyone',
  'someone',
  'any',
  'idea',
  'happened',
  'happen',
  'happens',
  'happening',
  'occurred',
  'going',
  'date',
  'day',
  'time',
  'turned',
  'out',
  'turnout',
  'showed',
  'up',
  'came',
  'attended',
  'attendance',
  'crowd',
  'crowds',
  'size',
  'estimate',
  'estimates',
  'estimated',
  'count',
  'counted',
  'people',
  'persons',
  'folks',
  'ppl',
  'since',
  'before',
  'after',
  'between',
  'during',
  'from',
  'until',
  'till',
  'and',
  'then',
  'so',
  'ok',
  'hey',
  'hi',
  'guys',
  'pls',
  'plz',
  'thanks',
  'say',
  'said',
  'says',
  'events',
  'event',
  'anything',
  'something',
  'news',
  'happenings',
]);

/** Month names that are also ordinary words ("march", "may"): capitalised only beside a number ("march 3", "1 may"). */
export const AMBIGUOUS_MONTHS = new Set(['march', 'may', 'mar']);

/** Month and weekday names and their short forms, which chrono-node reads only capitalised ("31 december" -> "31 December"). */
export const CALENDAR_WORDS = new Set([...MONTHS.filter((m) => !AMBIGUOUS_MONTHS.has(m)), ...WEEKDAYS]);

/** Words that open a range: "since January 3" (from), "before New Year" (to). */
export const RANGE_FROM = new Set(['since', 'after', 'from']);
export const RANGE_TO = new Set(['before', 'until', 'till', 'by']);

/** Whom a count of a gathering counts: a word of PARTICIPANTS, or a people named by its nation in the plural ("how many chileans"), as compromise's lexicon tags it. */
export function countsPeople(word: string): boolean {
  if (PARTICIPANTS.has(word)) return true;
  const tags = lexiconTags(word);
  return tags.includes('Demonym') && tags.includes('Plural');
}
