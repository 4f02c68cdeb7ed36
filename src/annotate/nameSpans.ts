import { datelineLength } from '../passages/dateline.js';
import type { Passage } from '../passages/types.js';
import { nameKey } from './nameKeys.js';
import {
  isClassifyingAdjective,
  isExtraTitle,
  isLandmarkWord,
  isOrgWord,
  isPlaceWord,
  knownWord,
  lexiconTags,
  opensPlaceName,
  wordTags,
} from './core/lexicon.js';
import { hyphenatedNameTags, isLowerHyphenedName } from './names/hyphenatedNames.js';

/**
 * Finding names in one passage. compromise alone misses most Arabic names
 * (Qasem Soleimani, Moqtada Sadr, Kataib Hezbollah) and tags "Mike" in
 * "Secretary of State Mike Pompeo" as a place, so names are found here as runs
 * of capitalised words; compromise's lexicon and word lists (nameTags.ts) only
 * say what a word is (a sentence-initial "The", a date, a demonym, a title, a place).
 */

interface Token {
  /** As written, without a possessive 's. */
  text: string;
  /** Offsets in the passage text. */
  start: number;
  end: number;
  lower: string;
  tags: ReadonlySet<string>;
  possessive: boolean;
  /** The text between the previous token and this one. */
  gap: string;
  sentenceStart: boolean;
  nameLike: boolean;
  cap: boolean;
}

/** One name as written in one passage, with what the words around it say about it. */
export interface NameMention {
  passageId: string;
  articleId: string;
  /** Offsets of the name (without any title before it) in the article file. */
  start: number;
  end: number;
  text: string;
  /** Transliteration key of the name's words (see nameKeys.ts). */
  key: string[];
  /** Titles, appositives and descriptions given to the name here. */
  roles: string[];
  /** Evidence that the name is a person or an organisation (higher is stronger). */
  person: number;
  org: number;
  /** Evidence that it is a place after all ("to the Middle East"). */
  place: number;
  /** Index (in the passage's mentions) of a name given in parentheses right after this one. */
  alias?: number;
}

/** A mention of the words from `first` to `last` of a passage, its offsets into the article file. */
function mentionAt(
  passage: Passage,
  first: { start: number },
  last: { end: number },
  found: Omit<NameMention, 'passageId' | 'articleId' | 'start' | 'end'>,
): NameMention {
  return { passageId: passage.id, articleId: passage.articleId, start: passage.start + first.start, end: passage.start + last.end, ...found };
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’‘ʼ][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;
/** Arabic particles written before a capitalised name with a hyphen: al-Sadr, el-Sisi. */
const PARTICLE_PREFIX = /^(?:al|el|ul|ad|ar|as|ash|at|az|an|ud)$/;
/** Small words that may sit inside a name: bin, ibn, van, de, al... */
const NAME_JOINERS = new Set(['bin', 'ibn', 'bint', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'al', 'el']);
/** Joiners allowed only after a title or an institution word: Secretary of State, Center for Studies. */
const TITLE_JOINERS = new Set(['of', 'for']);
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Value', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Holiday', 'Language'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const PLACE_PREPOSITIONS = new Set([
  'in',
  'into',
  'to',
  'from',
  'across',
  'throughout',
  'through',
  'around',
  'via',
  'near',
  'outside',
  'inside',
  'toward',
  'towards',
]);

/** "in Santiago", "to the Middle East": a place preposition, but not "according to" (a source, not a place). */
function isPlacePreposition(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !PLACE_PREPOSITIONS.has(t.lower)) return false;
  return !(t.lower === 'to' && tokens[k - 1]?.lower === 'according' && /^[ \t]+$/.test(t.gap));
}

const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'warned',
  'insisted',
  'argued',
  'explained',
  'noted',
  'reported',
  'reports',
  'announced',
]);

/** A common noun that says the name next to it is an organisation: "the militia X", "X militia group". */
const ORG_DESCRIPTORS = new Set(
  `militia militias group faction party movement organization organisation network agency outlet force forces
  brigade brigades coalition alliance company firm union ministry government council body department office
  newspaper broadcaster bank army paramilitary paramilitaries`.split(/\s+/),
);

const has = (t: Token, ...tags: string[]) => tags.some((tag) => t.tags.has(tag));
/**
 * A title before a name: President, Secretary, Prime Minister (compromise tags titles Actor or
 * Honorific), and the titles of office it does not (Governor, Senator, Judge: nameTags.ts).
 */
const isTitle = (t: Token) => {
  if (has(t, 'Demonym', 'FirstName', 'LastName', 'Plural', 'Acronym')) return false;
  const lex = lexiconTags(t.lower);
  return has(t, 'Honorific') || lex.includes('Actor') || lex.includes('Honorific') || (has(t, 'Actor') && !has(t, 'Person')) || isExtraTitle(t.lower);
};
/** An adjective in the dictionary sense (Iranian, Eastern), whatever its context made of it. */
const isModifier = (t: Token) => has(t, 'Demonym') || lexiconTags(t.lower).some((tag) => tag === 'Demonym' || tag === 'Adjective');
/** An institution word: Iraqi Foreign Ministry, Popular Mobilization Forces. */
const isOrgHead = (t: Token) => isOrgWord(t.lower);
/** The noun a role phrase is about: "envoy" in "US special envoy for the anti-IS coalition". */
const roleHead = (phrase: string) =>
  phrase
    .toLowerCase()
    // "one of the national co-chairs": the plural is the noun
    .replace(/^one\s+of\s+/, '')
    .split(/\s+(?:of|for|at|in|to|with|from|on)\s+/)[0]!
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .at(-1) ?? '';

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const start = m.index;
    let consumed = m[0].length;
    let tagsOf = word;
    // "George W. Bush", "Gen. Qasem Soleimani": an initial or a title's abbreviation keeps its dot.
    // "Main St. Police said": a feature's abbreviation after a capitalised word ends that name, so its dot ends a sentence.
    const prev = tokens.at(-1);
    const closesName = !!prev && /^[ \t]+$/.test(text.slice(prevEnd, start)) && capitalised(prev.text) && opensPlaceName(`${word.toLowerCase()}.`);
    if (!possessive && !closesName && /^\.\s+\p{Lu}/u.test(text.slice(start + consumed)) && isInitialOrTitle(word)) {
      word += '.';
      consumed++;
    }
    // "Farmers' leader": a plural possessive keeps its apostrophe out of the next gap.
    if (/s$/.test(word) && /^['’]\s/.test(text.slice(start + consumed))) {
      possessive = true;
      consumed++;
    }
    const gap = text.slice(prevEnd, start);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      lower: tagsOf.toLowerCase(),
      tags: wordTags(tagsOf),
      possessive,
      gap,
      sentenceStart: tokens.length === 0 || /[.!?:;"“”‘’'–—-]\s*$/.test(gap) || /^\s*[-•*]\s/.test(gap),
      nameLike: false,
      cap: false,
    });
    prevEnd = start + consumed;
  }
  return tokens;
}

function isInitialOrTitle(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true;
  const tags = lexiconTags(word.toLowerCase());
  // "Mt. Kenya" keeps its dot too
  return /^\p{Lu}/u.test(word) && ((tags.includes('Abbreviation') && tags.includes('Honorific')) || opensPlaceName(`${word.toLowerCase()}.`));
}

function capitalised(word: string): boolean {
  const parts = word.split('-');
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (PARTICLE_PREFIX.test(first) && parts.length > 1) return /^\p{Lu}/u.test(parts[1]!);
  return /^\p{Lu}/u.test(first) && /^[\p{Lu}\p{N}]/u.test(last);
}

/**
 * "Tung Chee-hwa had", "Kim Jong-un's sister", "Jean-marie Le Pen": a hyphenated given name with lower-case
 * syllables (nameTags.ts) is a name next to another capitalised word of the name, where no lower-case noun
 * follows it; "Trump-era policies" and "was Trump-era." are no one's name.
 */
function hyphenatedName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isLowerHyphenedName(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const nextJoined = !!next && /^[ \t]+$/.test(next.gap) && !t.possessive;
  const inName = (!!prev && !prev.possessive && /^[ \t]+$/.test(t.gap) && capitalised(prev.text)) || (nextJoined && capitalised(next.text));
  return inName && (!nextJoined || capitalised(next.text) || !has(next, 'Noun') || has(next, 'Verb', 'Pronoun', ...NOT_NAME_TAGS));
}

function classifyTokens(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    t.cap = capitalised(t.text);
    if (!t.cap && hyphenatedName(tokens, i)) {
      t.cap = true;
      t.tags = hyphenatedNameTags();
    }
    if (!t.cap || has(t, ...NOT_NAME_TAGS)) return;
    if (t.sentenceStart && has(t, 'Plural') && !has(t, 'Person', 'Organization')) return;
    if (t.sentenceStart && knownWord(t.lower)) {
      // A capitalised first word is a name only if compromise knows it as one, or it is a title
      // or a place's feature word right before a capitalised word ("Judge Ruth Hale", "Mount Kenya").
      const next = tokens[i + 1];
      const opensName = !!next && /^[ \t]+$/.test(next.gap) && capitalised(next.text) && (isTitle(t) || opensPlaceName(t.lower));
      const asName = has(t, 'Person', 'Place', 'Organization', 'Honorific') || (has(t, 'Actor') && !has(t, 'Plural')) || opensName;
      if (!asName) return;
    }
    t.nameLike = true;
  });
}

interface Span {
  /** Token range [from, to) of the whole capitalised run. */
  from: number;
  to: number;
  /** First token of the name proper, after any title. */
  nameFrom: number;
  dropped: boolean;
}

function findSpans(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const here = tokens[i]!;
    const next = tokens[i + 1];
    // "De Croo told reporters": a capitalised particle may open a surname.
    const opensName =
      (here.cap && NAME_JOINERS.has(here.lower) && !!next?.nameLike && /^[ \t]+$/.test(next.gap)) ||
      // "Food and Drug Administration officials said": a sentence's common first word opening an institution's
      // name, but not a plural one ("Students and Civil Human Rights Front members marched")
      (here.cap && !here.nameLike && here.sentenceStart && !has(here, 'Plural') && next?.text === 'and' && andInInstitution(text, tokens, i, i + 1) > 0) ||
      opensInstitution(tokens, i);
    if (!here.nameLike && !opensName) {
      i++;
      continue;
    }
    let to = i + 1;
    for (;;) {
      const prev = tokens[to - 1]!;
      if (to >= tokens.length) break;
      const next = tokens[to]!;
      // "Chicago Teachers' Union", "Children's Hospital": a plural common noun's possessive opens a longer name
      if (prev.possessive && !(groupPossessive(prev) && next.nameLike && /^[ \t]+$/.test(next.gap)) && !buildingAfterPossessive(tokens, i, to)) break;
      if (!/^[ \t]+$/.test(next.gap)) break;
      if (next.nameLike) {
        to++;
        continue;
      }
      // "Ursula von der Leyen", "Ludwig van den Berg", "Pablo de la Cruz": particles, several in a row.
      const particles = joinerRun(tokens, to);
      const width = particles || 1;
      const after = tokens[to + width];
      const joins = particles > 0 || (TITLE_JOINERS.has(next.text) && (isTitle(prev) || isOrgHead(prev)));
      // "Alternative for Germany (AfD)": an acronym in parentheses spelling the words' initials says it is one name
      const spelled = TITLE_JOINERS.has(next.text) ? spelledByAcronym(text, tokens, i, to + 1) : 0;
      if (spelled) {
        to = spelled;
        continue;
      }
      if (joins && after?.nameLike && /^[ \t]+$/.test(after.gap)) {
        to += width + 1;
        continue;
      }
      const institutionEnd = andInInstitution(text, tokens, i, to);
      if (institutionEnd) {
        to = institutionEnd;
        continue;
      }
      break;
    }
    // "said von der Leyen", "met bin Salman": lower-case particles right before a surname open it.
    let from = i;
    while (from > 0 && i - from < NAME_JOINERS_MAX && leadingParticle(tokens, from - 1) && /^[ \t]+$/.test(tokens[from]!.gap)) from--;
    if (from < i && (spans.at(-1)?.to ?? 0) <= from) i = from;
    spans.push({ from: i, to, nameFrom: titleLength(tokens, i, to) + i, dropped: false });
    i = to;
  }
  return spans;
}

/**
 * "Amnesty International said": a sentence's first word the lexicon knows as a singular common noun (no title,
 * verb or adjective) opens the capitalised run right after it when that run ends in an institution word.
 */
function opensInstitution(tokens: Token[], i: number): boolean {
  const here = tokens[i]!;
  if (
    !here.cap ||
    here.nameLike ||
    !here.sentenceStart ||
    here.possessive ||
    !has(here, 'Noun') ||
    has(here, 'Plural', 'Actor', 'Verb', 'Adjective', 'Adverb', ...NOT_NAME_TAGS)
  )
    return false;
  let end = i + 1;
  while (end < tokens.length && tokens[end]!.nameLike && /^[ \t]+$/.test(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
  return end > i + 1 && isOrgHead(tokens[end - 1]!) && !tokens[end - 1]!.possessive;
}

/**
 * "Alternative for Germany (AfD)", "Committee to Protect Journalists (CPJ)": from a joiner at k, the capitalised
 * run after it, when an acronym in parentheses right after that run spells the initials of the whole name from
 * `from` (each word's first letter, small lower-case words counted or skipped, compared without case; or, for an
 * acronym with a lower-case letter, one letter per word in the words' case from the same first letter). Returns
 * the end of the whole name, or 0.
 */
function spelledByAcronym(text: string, tokens: Token[], from: number, k: number, everyWord = false): number {
  let end = k;
  if (!tokens[end]?.nameLike || !/^[ \t]+$/.test(tokens[end]!.gap)) return 0;
  while (end < tokens.length && tokens[end]!.nameLike && /^[ \t]+$/.test(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
  const acronym = /^\s*\(([\p{L}]{2,6})\)/u.exec(text.slice(tokens[end - 1]!.end))?.[1];
  if (!acronym || !wordTags(acronym).has('Acronym')) return 0;
  const words = tokens.slice(from, end);
  const all = words.map((t) => t.text[0]!).join('');
  const capitals = words
    .filter((t) => t.cap)
    .map((t) => t.text[0]!)
    .join('');
  const letters = acronym.toLowerCase();
  if (all.toLowerCase() === letters || (!everyWord && capitals.toLowerCase() === letters)) return end;
  // "Alternative for Germany (AfD)": a name given in translation keeps its acronym's shape, a letter per word in the
  // words' own case (capitals for capitalised words, lower case for the small word), from the same first letter
  const shaped =
    /\p{Ll}/u.test(acronym) &&
    acronym.length === words.length &&
    acronym[0]!.toLowerCase() === all[0]!.toLowerCase() &&
    words.every((t, n) => t.cap === /\p{Lu}/u.test(acronym[n]!));
  return shaped ? end : 0;
}

/**
 * "Alternative for Germany (AfD)", "Bank of England (BoE)": a name with "of" or "for" inside whose acronym in
 * parentheses counts that small word's letter too is one body's name, though a place ends it ("Democratic
 * Republic of Congo (DRC)" skips "of" and stays a place).
 */
function namedByAcronym(text: string, tokens: Token[], span: Span): boolean {
  for (let k = span.nameFrom + 1; k < span.to - 1; k++) {
    if (TITLE_JOINERS.has(tokens[k]!.text)) return spelledByAcronym(text, tokens, span.nameFrom, k + 1, true) === span.to;
  }
  return false;
}

/**
 * "St. Patrick's Cathedral", "St. Paul's Church": in a run opened by "St." (or another place opener), a possessive
 * right before a capitalised building word that ends the run is inside the building's name. Elsewhere a possessive
 * still ends a name ("Obama's Tower", "Chicago's Grant Park", "Trump's Justice Department").
 */
function buildingAfterPossessive(tokens: Token[], from: number, k: number): boolean {
  if (!opensPlaceName(tokens[from]!.lower)) return false;
  const next = tokens[k];
  const after = tokens[k + 1];
  if (!next?.cap || !/^[ \t]+$/.test(next.gap) || !isLandmarkWord(next.lower) || has(next, 'Plural')) return false;
  return !after || !after.cap || !/^[ \t]+$/.test(after.gap);
}

/** "Jr", "Sr", "Esq": an abbreviated honorific the lexicon knows, written after a name rather than before it. */
const isSuffixAbbreviation = (t: Token) => !t.possessive && has(t, 'Abbreviation') && has(t, 'Honorific');

/** "Women's", "Teachers'": a capitalised plural common noun's possessive, which opens the name of what those people hold. */
const groupPossessive = (t: Token) => t.possessive && t.cap && has(t, 'Plural') && isCommonWord(t);

/**
 * "Independent Electoral and Boundaries Commission", "Department of Health and Human Services", "Bill and
 * Melinda Gates Foundation": an "and" inside one institution's name, when the capitalised words after it
 * (two or more) end in an institution word and the ones before it [from, to) are no name of their own.
 * Returns the end of the whole name, or 0: "Kenya and Uganda", "Lam and Leung", "the Foreign Ministry and
 * Defence Ministry" (an institution before the "and"), "Carrie Lam and Civil Human Rights Front" (a person),
 * and a lone word the lexicon does not know ("Trump and Justice Department officials", "the Pentagon and
 * State Department") stay apart, unless an acronym in parentheses after it spells the whole name's initials.
 */
function andInInstitution(text: string, tokens: Token[], from: number, to: number): number {
  const and = tokens[to];
  if (!and || and.text !== 'and' || !/^[ \t]+$/.test(and.gap) || tokens[to - 1]!.possessive) return 0;
  let end = to + 1;
  while (end < tokens.length && tokens[end]!.nameLike && /^[ \t]+$/.test(tokens[end]!.gap)) {
    end++;
    if (tokens[end - 1]!.possessive) break;
  }
  const right = tokens.slice(to + 1, end);
  const left = tokens.slice(from, to);
  if (right.length < 2 || !isOrgHead(right.at(-1)!) || right.slice(0, -1).some((t) => t.possessive)) return 0;
  // "Securities and Exchange Commission (SEC)": the initials say it is one name, whatever its words are
  const acronym = /^\s*\((\p{Lu}{2,})\)/u.exec(text.slice(tokens[end - 1]!.end))?.[1];
  const initials = [...left, ...right].map((t) => (/^\p{Lu}{2,}$/u.test(t.text) ? t.text : t.text[0]!)).join('');
  if (acronym === initials) return end;
  if (isOrgHead(left.at(-1)!) || left.some((t) => isTitle(t) || has(t, 'Acronym', 'LastName', 'Organization', ...PLACE_TAGS))) return 0;
  // a name the lexicon knows as a whole: "the United States and European Union"
  if (lexiconTags(left.map((t) => t.lower).join(' ')).some((tag) => PLACE_TAGS.includes(tag) || /Person|Name$|Organization/.test(tag))) return 0;
  // a person's name: "Carrie Lam", "Xi Jinping" (no word in it the lexicon knows as a common one)
  if (has(left[0]!, 'FirstName', 'MaleName', 'FemaleName') && left.length > 1) return 0;
  const common = (t: Token) => isOrgHead(t) || (knownWord(t.lower) && !has(t, 'Person', 'FirstName'));
  // "Bill and Melinda Gates Foundation": a first name alone is no one's whole name
  const fragment = left.some(common) || (left.length === 1 && has(left[0]!, 'FirstName', 'MaleName', 'FemaleName'));
  return fragment ? end : 0;
}

/**
 * "European Commission President", "Justice Department Inspector General": a title that opens with an
 * institution's name of two words or more, ending in an institution word and followed by title words
 * only. Returns that name's token range, or null.
 */
function institutionInTitle(tokens: Token[], span: Span): { from: number; to: number } | null {
  if (span.nameFrom <= span.from) return null;
  let k = span.nameFrom - 1;
  let titles = 0;
  while (k > span.from && (isTitle(tokens[k]!) || (TITLE_JOINERS.has(tokens[k]!.text) && titles > 0))) {
    if (isTitle(tokens[k]!)) titles++;
    k--;
  }
  if (!titles || !isOrgHead(tokens[k]!)) return null;
  // "European" opening a sentence is no name by itself, but it opens the institution's
  let from = span.from;
  while (from > 0 && tokens[from - 1]!.cap && !tokens[from - 1]!.nameLike && isModifier(tokens[from - 1]!) && /^[ \t]+$/.test(tokens[from]!.gap)) from--;
  const name = tokens.slice(from, k + 1);
  if (name.length < 2 || name.slice(0, -1).some((t) => t.possessive)) return null;
  return { from, to: k + 1 };
}

/** At most this many particles in a row inside a name ("de la", "van der", "von und zu" is rare enough). */
const NAME_JOINERS_MAX = 3;

/** How many name particles start at token k ("von der" in "Ursula von der Leyen", "De" in "Alexander De Croo"), 0 if none. */
function joinerRun(tokens: Token[], k: number): number {
  let n = 0;
  while (n < NAME_JOINERS_MAX && k + n < tokens.length) {
    const t = tokens[k + n]!;
    if (!NAME_JOINERS.has(t.lower) || t.possessive || !/^[ \t]+$/.test(t.gap)) break;
    n++;
  }
  return n;
}

/**
 * A lower-case particle that opens a surname written alone ("von der Leyen", "bin Salman", "de Croo").
 * The Arabic article is left out: "al Sadr" is keyed as Sadr without it (nameKeys.ts).
 */
function leadingParticle(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return NAME_JOINERS.has(t.lower) && !t.cap && !t.possessive && !WORD_PARTICLES.has(t.lower);
}
const WORD_PARTICLES = new Set(['al', 'el']);

/**
 * How many leading tokens of a run are a title: up to the last title word before
 * the name begins ("Iraqi Prime Minister", "Defense Secretary", "Secretary of State").
 */
function titleLength(tokens: Token[], from: number, to: number): number {
  let end = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isTitle(t)) end = k - from + 1;
    else if (has(t, 'Person', 'FirstName', 'LastName'))
      break; // the name has begun
    else if (TITLE_JOINERS.has(t.text) && end === k - from && k + 1 < to) {
      end = k - from + 2;
      k++;
    }
  }
  // "Chief Executive Carrie Lam", "Attorney General Jeff Sessions": an adjective that classifies
  // (nameTags.ts) written right after the title is part of the office, when a name still follows.
  // A describing one ("Governor Gray Davis", "Senator Young") may be a name of its own.
  const qualifier = tokens[from + end];
  if (
    end &&
    from + end + 1 < to &&
    qualifier &&
    !qualifier.possessive &&
    !has(qualifier, 'Person', 'FirstName', 'LastName') &&
    isClassifyingAdjective(qualifier.lower)
  )
    end++;
  // "Justice Department", "General Motors", "Premier League": a title word opening an
  // institution's name or a common noun is part of that name.
  const rest = tokens.slice(from + end, to);
  // "Soldier Field", "Veterans Stadium": a place's feature word the lexicon knows as a common noun is no one's
  // name, so the person noun before it is part of the place's name ("President Park" keeps its title: "park" is a verb)
  if (
    end &&
    rest.length === 1 &&
    isPlaceWord(rest[0]!.lower) &&
    !rest[0]!.possessive &&
    lexiconTags(rest[0]!.lower).some((t) => t === 'Singular' || t === 'Noun') &&
    !has(rest[0]!, 'Person', 'FirstName', 'LastName')
  )
    return 0;
  // ("Senator Young": a describing adjective alone after a title is a surname, nameSpans' isSurname)
  if (end && rest.some((t) => isOrgHead(t) || has(t, 'Plural') || (rest.length === 1 && isModifier(t) && !describes(t)))) return 0;
  // "Human Rights Watch": a person noun the lexicon files with titles ("human"), before two or more
  // common words and no name, opens an institution's name; a title is followed by a name.
  if (end && rest.length >= 2 && rest.every(isCommonWord)) return 0;
  return end;
}

/**
 * A capitalised word the lexicon knows as an ordinary word ("Rights", "Watch", "Human"): no name, place,
 * demonym or acronym (an unknown capitalised word is a proper noun, nameTags.ts).
 */
const isCommonWord = (t: Token) => !has(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Demonym', 'Acronym', ...NOT_NAME_TAGS);

/** An adjective that may be a surname ("Young", "Still"): one that describes, not a demonym or a classifying one ("Executive"). */
const describes = (t: Token) => !has(t, 'Demonym') && !lexiconTags(t.lower).includes('Demonym') && !isClassifyingAdjective(t.lower);

/**
 * "Professor Keith Still of", "Senator Young voted": a capitalised adjective (no demonym) ending a name in
 * mid-sentence is a surname right after a first name, and right after a title when it describes (nameTags.ts);
 * "Iraqi Shiite" and "Chief Executive" are no one's names.
 */
function isSurname(tokens: Token[], span: Span): boolean {
  const last = tokens[span.to - 1]!;
  if (last.sentenceStart || has(last, 'Demonym') || lexiconTags(last.lower).includes('Demonym')) return false;
  const before = tokens[span.to - 2];
  if (span.to - span.nameFrom >= 2 && before && has(before, 'FirstName', 'MaleName', 'FemaleName')) return true;
  return span.nameFrom > span.from && span.to - span.nameFrom === 1 && describes(last);
}

/** "Cleveland Indians", "White Sox": a name of two words or more the lexicon knows as a whole as an organisation's. */
const knownOrganization = (name: Token[]) => name.length > 1 && wordTags(name.map((t) => t.lower).join(' ')).has('Organization');

/** How many leading words of a name are a place's name ("Chicago", "New York", "Hong Kong"), 0 when none or all. */
function placePrefix(name: Token[]): number {
  for (let k = name.length - 1; k >= 1; k--) {
    if (name.slice(0, k).some((t) => t.possessive || has(t, 'Acronym', 'Demonym'))) continue;
    const tags =
      k === 1
        ? name[0]!.tags
        : wordTags(
            name
              .slice(0, k)
              .map((t) => t.lower)
              .join(' '),
          );
    if (PLACE_TAGS.some((tag) => tags.has(tag)) && !tags.has('Demonym')) return k;
  }
  return 0;
}

/**
 * "Cleveland Indians", "Texas Rangers": a place's name before a plural names a team or a group based there,
 * unless the plural is that place's own demonym ("Kenya Kenyans" are its people) or a place's feature word
 * ("Golan Heights", "Cayman Islands"). A capitalised word the lexicon does not know counts as a plural by its
 * ending ("Rangers", not "Texas" or "Emmanuelus").
 */
function placeTeam(name: Token[]): boolean {
  const k = placePrefix(name);
  const last = name.at(-1)!;
  if (!k || k >= name.length || last.possessive || has(last, 'Person', 'LastName')) return false;
  const plural = has(last, 'Plural') || (!knownWord(last.lower) && /[^sui]s$/.test(last.lower));
  if (!plural || isPlaceWord(last.lower) || isPlaceWord(last.lower.replace(/e?s$/, ''))) return false;
  if (!has(last, 'Demonym')) return true;
  const stem = (t: Token) => t.lower.slice(0, 4);
  return !name.slice(0, k).some((t) => stem(t) === stem(last));
}

/** "U.S." and "US" are places, "VDU" is not. */
const isPlaceAcronym = (t: Token) => has(t, 'Acronym') && has(t, 'Place');

/**
 * "Dock workers walked out": a lone capitalised first word followed by a noun is an
 * ordinary word at the start of a sentence, unless compromise knows it as a name.
 */
function startsLikeCommonNoun(tokens: Token[], span: Span): boolean {
  const first = tokens[span.from]!;
  const next = tokens[span.to];
  if (!first.sentenceStart || span.to - span.from !== 1 || first.possessive || !next) return false;
  // "PMF commanders said": an acronym is never an ordinary word, wherever it stands
  if (has(first, 'Person', 'FirstName', 'Place', 'Acronym')) return false;
  // "Coalition talks stalled": an institution word is a common noun when it stands alone
  if (isOrgHead(first) || isPlaceWord(first.lower)) return true;
  return !next.cap && /^[ \t]+$/.test(next.gap) && has(next, 'Noun') && !has(next, 'Verb', 'Pronoun', ...ROLE_STOP_TAGS);
}

const CREDIT_BEFORE = /\b(?:photos?|photograph|picture|image|video|credit|courtesy)(?:\s+(?:by|of|credit))?\s*:?\s*$/i;

/**
 * "Photo: Eric Lalmand/Belga", "Photo by Ahmed Jalil/EPA-EFE": a credit the passage kept
 * names a photographer and an agency, not someone in the story.
 */
function isCredit(text: string, tokens: Token[], span: Span): boolean {
  const first = tokens[span.from]!;
  const last = tokens[span.to - 1]!;
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  if (CREDIT_BEFORE.test(before)) return true;
  const prev = tokens[span.from - 1];
  // the agency after the slash, or the photographer before it
  if (prev && /^\s*\/\s*$/.test(first.gap) && CREDIT_BEFORE.test(text.slice(Math.max(0, prev.start - 60), prev.start))) return true;
  return (
    /^\s*\/\s*\p{Lu}/u.test(text.slice(last.end)) &&
    /\b(?:photos?|photograph|picture|image|credit)\b/i.test(text.slice(Math.max(0, first.start - 60), first.start))
  );
}

/** "a top Shiite cleric", "Kurdish military commander": one capitalised word before a person noun describes it. */
function modifiesRoleNoun(tokens: Token[], span: Span): boolean {
  if (span.to - span.from !== 1 || tokens[span.from]!.possessive) return false;
  // "PMF commanders": an acronym before a role noun names the body they belong to
  if (has(tokens[span.from]!, 'Person', 'FirstName', 'LastName', 'Organization', 'Acronym')) return false;
  for (let k = span.to; k < span.to + 2 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cap || !/^[ \t]+$/.test(t.gap) || !has(t, 'Noun') || has(t, 'Verb')) return false;
    if (has(t, 'Actor')) return true;
  }
  return false;
}

/** A stand-in token for looking a lone word up as a title. */
function tokenLike(word: string): Token {
  return {
    text: word,
    start: 0,
    end: word.length,
    lower: word,
    tags: wordTags(word),
    possessive: false,
    gap: ' ',
    sentenceStart: false,
    nameLike: false,
    cap: false,
  };
}

function isPlaceSpan(text: string, tokens: Token[], span: Span, personHint: boolean): boolean {
  const last = tokens[span.to - 1]!;
  if (isOrgHead(last) || personHint) return false;
  if (has(last, ...PLACE_TAGS)) return true;
  // a name the lexicon knows as a whole: "United States"
  const whole = text.slice(tokens[span.nameFrom]!.start, last.end).toLowerCase();
  if (whole.includes(' ') && expandsToPlace(lexiconTags(whole))) return true;
  const next = tokens[span.to];
  return !!next && !next.cap && /^[ \t]+$/.test(next.gap) && (has(next, ...PLACE_TAGS) || isPlaceWord(next.lower));
}

const expandsToPlace = (tags: string[]) => tags.some((t) => PLACE_TAGS.includes(t));

/** Place prepositions that open a sentence about where something happened ("In Chicago,", "Across Victoria,"); not "To X," (whose view). */
const SCENE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'around', 'near', 'outside', 'inside']);

/**
 * Where the lexicon's first-name and person tags of a name's words say nothing about the name as a whole:
 * - the lexicon knows the whole name as a place ("Los Angeles", "San Jose", "San Francisco");
 * - it stands right after a place preposition opening the sentence and before a comma ("In Santa Barbara,
 *   police said", "In Jackson, Mississippi,"): the scene of what follows, whose subject comes after the
 *   comma. A title, a role or speech right after the name may still say person.
 */
function namesAreNoEvidence(text: string, tokens: Token[], span: Span): boolean {
  const first = tokens[span.nameFrom];
  const last = tokens[span.to - 1]!;
  if (!first) return false;
  if (span.to - span.nameFrom > 1 && !last.possessive && expandsToPlace(lexiconTags(text.slice(first.start, last.end).toLowerCase()))) return true;
  if (span.nameFrom > span.from || last.possessive) return false;
  const before = tokens[span.from - 1];
  const prep = before && /^the$/i.test(before.text) ? tokens[span.from - 2] : before;
  return !!prep && prep.sentenceStart && SCENE_PREPOSITIONS.has(prep.lower) && /^\s*,/.test(text.slice(last.end));
}

/** Every name mentioned in a passage, with its roles; mentions come in reading order. */
export function findNameMentions(passage: Passage): NameMention[] {
  const text = passage.text;
  // The dateline's place ("VALDORA, Aug. 14 —") is where the report was filed, not a name in it.
  const dateline = datelineLength(text);
  const tokens = dateline ? tokenize(text).filter((t) => t.start >= dateline) : tokenize(text);
  if (passage.kind === 'headline' && looksTitleCased(tokens)) return [];
  classifyTokens(tokens);
  const spans = findSpans(text, tokens);
  /** The span each token belongs to, if any. */
  const owners: Array<Span | undefined> = new Array(tokens.length);
  for (const span of spans) for (let k = span.from; k < span.to; k++) owners[k] = span;

  for (const span of spans) {
    const name = tokens.slice(span.nameFrom, span.to);
    const hasTitle = span.nameFrom > span.from;
    const before = tokens[span.from - 1];
    const personHint =
      hasTitle ||
      (!namesAreNoEvidence(text, tokens, span) &&
        (name.some((t) => has(t, 'FirstName', 'MaleName', 'FemaleName')) || lexiconTags(name[0]?.lower ?? '').some((tag) => /Name$/.test(tag)))) ||
      (!!before && !before.cap && has(before, 'Actor') && /^[ \t]+$/.test(tokens[span.from]!.gap));
    // "the Women's March", "International Women's Day": a name cut at a plural common noun's possessive
    // is the opening of an event's name that goes on in words no name is made of (a month, "Day")
    if (!name.length || startsLikeCommonNoun(tokens, span) || isCredit(text, tokens, span) || groupPossessive(tokens[span.to - 1]!)) span.dropped = true;
    // "St. Paul's Church": a building named with someone's possessive is a place, as "Grant Park" is
    else if (name.length >= 2 && isLandmarkWord(name.at(-1)!.lower) && name.slice(0, -1).some((t) => t.possessive)) span.dropped = true;
    // an institution word ends the name or its first part ("University of Chicago", "Bank of England")
    else if (name.some((t, i) => isOrgHead(t) && (i === name.length - 1 || TITLE_JOINERS.has(name[i + 1]!.text)))) continue;
    else if (knownOrganization(name) || placeTeam(name) || namedByAcronym(text, tokens, span)) continue;
    // "Lake Orin", "Mount Kenya", "Fort Worth" (an institution word at the end, as in "Port Authority", wins above)
    else if (!hasTitle && name.length >= 2 && opensPlaceName(name[0]!.lower)) span.dropped = true;
    else if (name.every((t) => isTitle(t) || has(t, 'Demonym') || ((has(t, ...PLACE_TAGS) || isPlaceAcronym(t)) && !personHint))) span.dropped = true;
    else if (modifiesRoleNoun(tokens, span)) span.dropped = true;
    else if (isModifier(name.at(-1)!) && !isSurname(tokens, span)) span.dropped = true;
    else if (isPlaceSpan(text, tokens, span, personHint)) span.dropped = true;
  }

  // Right to left, so that "Iraqi Shiite" in "Iraqi Shiite cleric Muqtada al-Sadr" is read as part of
  // his role rather than as a name of its own.
  const preRoles = new Map<Span, { from: number; to: number } | null>();
  for (let s = spans.length - 1; s >= 0; s--) {
    const span = spans[s]!;
    if (span.dropped) continue;
    const role = roleBefore(tokens, span, owners);
    preRoles.set(span, role);
    if (!role) continue;
    // "political scientists Erica Chenoweth and Jeremy Pressman": a plural role is each listed name's
    if (span.nameFrom === span.from && has(tokens[role.to - 1]!, 'Plural'))
      for (const other of namesListedAfter(tokens, span, owners)) preRoles.set(other, role);
    for (let k = role.from; k < span.from; k++) {
      const other = owners[k];
      if (other && other.from >= role.from) other.dropped = true;
    }
  }

  const kept = spans.filter((s) => !s.dropped);
  const mentions: NameMention[] = [];
  const mentionOfSpan = new Map<Span, number>();
  for (const span of kept) {
    const first = tokens[span.nameFrom]!;
    let last = tokens[span.to - 1]!;
    // "Martin Luther King Jr.": a generational suffix keeps its dot, whether or not it also ends the sentence
    if (span.to - span.nameFrom > 1 && text[last.end] === '.' && !last.text.endsWith('.') && isSuffixAbbreviation(last)) last = { ...last, end: last.end + 1 };
    const nameText = text.slice(first.start, last.end);
    const key = nameKey(nameText);
    if (!key.length) continue;
    // "European Commission President Ursula von der Leyen": the institution in the title is named too.
    const institutionRange = institutionInTitle(tokens, span);
    if (institutionRange) {
      const from = tokens[institutionRange.from]!;
      const to = tokens[institutionRange.to - 1]!;
      const institution = text.slice(from.start, to.end);
      const institutionKey = nameKey(institution);
      if (institutionKey.length) {
        mentions.push(mentionAt(passage, from, to, { text: institution, key: institutionKey, roles: [], person: 0, org: 3, place: 0 }));
      }
    }
    let person = 0;
    let org = 0;
    const roles: string[] = [];
    const addRole = (role: string) => {
      const trimmed = role.replace(/^(?:the|a|an)\s+/i, '').trim();
      // a courtesy title says nothing about what someone does
      if (!trimmed || /^(?:Mr|Mrs|Ms|Mx|Miss)\.?$/i.test(trimmed)) return;
      roles.push(trimmed);
      const head = roleHead(trimmed);
      // "one of the militia groups": a plural descriptor says organisation as its singular does
      if (ORG_DESCRIPTORS.has(head) || (/^one\s/i.test(trimmed) && ORG_DESCRIPTORS.has(head.replace(/s$/, '')))) org += 2;
      // "cleric", "President" say person more surely than "capital" or "top"
      else person += lexiconTags(head).some((t) => t === 'Actor' || t === 'Honorific') || isTitle(tokenLike(head)) ? 2 : 1;
    };

    const pre = preRoles.get(span);
    const titleEnd = span.nameFrom > span.from ? tokens[span.nameFrom - 1]!.end : null;
    if (pre) addRole(text.slice(tokens[pre.from]!.start, titleEnd ?? tokens[pre.to - 1]!.end));
    else if (titleEnd !== null) addRole(text.slice(tokens[span.from]!.start, titleEnd));

    const post = descriptorAfter(tokens, span);
    if (post) {
      const adjectives = adjectivesBefore(tokens, span);
      addRole([adjectives, post].filter(Boolean).join(' '));
    }
    const appositive = appositiveAfter(text, tokens, span) ?? oneOfAppositive(text, tokens, span) ?? appositiveBefore(text, tokens, span, owners);
    if (appositive) addRole(appositive);

    const name = tokens.slice(span.nameFrom, span.to);
    const before = tokens[span.from - 1];
    const afterPlacePreposition = isPlacePreposition(tokens, before && /^the$/i.test(before.text) ? span.from - 2 : span.from - 1);
    // "march in Santiago", "rallies in Charlotte": a single word the lexicon calls a person without a
    // surname's tag (compromise's Santiago, Sydney, Houston) or a first name is a place's name as often, so
    // after a place preposition only the words around it can say it is a person ("a letter from Obama" can).
    // "Grant Park", "Lincoln Square", "Victoria Station": a name ending in a place's feature word is a place's,
    // whoever it is named after, so a first name in it says nothing; a role or speech still may ("Sally Field,
    // an actress", "John Park said").
    const placeEnding = name.length > 1 && isPlaceWord(last.lower) && !isOrgHead(last);
    const lexiconNames = !namesAreNoEvidence(text, tokens, span);
    if ((name.length > 1 || !afterPlacePreposition || has(name[0]!, 'LastName')) && !placeEnding && lexiconNames) {
      if (has(name[0]!, 'FirstName', 'MaleName', 'FemaleName')) person += 2;
      if (name.some((t) => has(t, 'Person'))) person += 1;
    }
    // the institution word ends the name, or its first part ("Center for Studies", "Ministry of Defense")
    if (name.some((t, i) => isOrgHead(t) && (i === name.length - 1 || TITLE_JOINERS.has(name[i + 1]!.text)))) org += 3;
    if (has(last, 'Organization')) org += 1;
    // "the Pentagon": weak alone, as a place can have it too.
    if (before && /^the$/i.test(before.text) && /^[ \t]+$/.test(tokens[span.from]!.gap)) org += 0.5;
    // "Green Zone", "International Airport" (but "Islamic State group" is an organisation: evidence, not a rule)
    const place = (afterPlacePreposition ? 1 : 0) + (isPlaceWord(last.lower) && !isOrgHead(last) ? 1 : 0);
    if (name.length === 1 && /^\p{Lu}{2,}$/u.test(first.text)) org += 1;
    // "AfD", "SpA": an acronym with a small word's letter inside is an organisation's, never a person's initials
    if (name.length === 1 && /^\p{Lu}(?:\p{Ll}?\p{Lu})+$/u.test(first.text) && /\p{Ll}/u.test(first.text)) org += 2;
    // "Georgia Meloni said": someone speaking, even when the first name is also a place's. Only a name
    // of two words or more that nothing marks as an institution, so "the Pentagon said" stays one.
    const after = tokens[span.to];
    // A name made of common words only ("Human Rights Watch said") is an institution's when it speaks, and so is
    // one after "the" with nothing saying person ("The Chicago Tribune reported", "the White House said").
    const the = !!before && /^the$/i.test(before.text) && /^[ \t]+$/.test(tokens[span.from]!.gap);
    if (name.length >= 2 && span.nameFrom === span.from && after && /^[ \t]+$/.test(after.gap) && SPEECH_VERBS.has(after.lower)) {
      if ((org === 0 && name.every(isCommonWord)) || (the && person === 0)) org += 1;
      // "Downing Street said" is no one speaking; "John Park said" is
      else if (org === 0 && (!placeEnding || has(name[0]!, 'FirstName', 'MaleName', 'FemaleName'))) person += 1;
    }
    // "the Cleveland Indians", "Texas Rangers": a team or company the lexicon knows by its whole name, or a
    // place's name before a plural that is no demonym of that place
    if (knownOrganization(name) || placeTeam(name)) org += 1;
    if (namedByAcronym(text, tokens, span)) org += 2;

    mentionOfSpan.set(span, mentions.length);
    mentions.push(mentionAt(passage, first, last, { text: nameText, key, roles, person, org, place }));
  }

  // "Hashd Shaabi (Popular Mobilization Forces)": the name in parentheses is another name of the one before.
  // "X of the Y", "X of Y University": membership, kept as a role.
  for (let s = 0; s < kept.length; s++) {
    const span = kept[s]!;
    const index = mentionOfSpan.get(span);
    if (index === undefined) continue;
    const mention = mentions[index]!;
    const next = kept[s + 1];
    const nextIndex = next ? mentionOfSpan.get(next) : undefined;
    const after = tokens[span.to];
    if (next && nextIndex !== undefined && after && next.from === span.to && /^\s*\($/.test(after.gap) && /^\)/.test(text.slice(tokens[next.to - 1]!.end))) {
      mention.alias = nextIndex;
      continue;
    }
    if (after && /^\s*\($/.test(after.gap)) {
      const close = text.indexOf(')', after.start);
      const inside = close > 0 ? tokens.filter((t) => t.start >= after.start && t.end <= close) : [];
      if (inside.length && inside.length <= 5 && inside.every((t) => !t.cap && !has(t, 'Verb', 'Pronoun'))) {
        const role = text.slice(after.start, close).trim();
        mention.roles.push(role);
        if (ORG_DESCRIPTORS.has(roleHead(role))) mention.org += 2;
      }
    }
    if (after && after.text === 'of' && /^[ \t]+$/.test(after.gap) && next && nextIndex !== undefined) {
      const between = tokens.slice(span.to + 1, next.from);
      const theY = between.length === 1 && /^the$/i.test(between[0]!.text);
      // "Professor Keith Still of Manchester Metropolitan University": an institution's name needs no "the"
      const institution =
        !between.length && mention.org === 0 && isOrgHead(tokens[next.to - 1]!) && tokens.slice(span.nameFrom, span.to).every((t) => !isOrgHead(t));
      if (theY || institution) {
        mention.roles.push(text.slice(after.start, tokens[next.to - 1]!.end));
        mention.person += 1;
      }
    }
  }
  return mentions;
}

/** A headline in Title Case capitalises every word, so capitals say nothing about names there. */
function looksTitleCased(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
  if (words.length < 4) return false;
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return caps / words.length > 0.8;
}

const ROLE_STOP_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Date', 'QuestionWord', 'Adverb', 'Copula', 'Modal'];

/**
 * The role written right before a name: "Iranian general", "populist Iraqi cleric",
 * "Iraqi militia commander". Its last word must be a noun, or the name carries a title.
 */
function roleBefore(tokens: Token[], span: Span, owners: Array<Span | undefined>): { from: number; to: number } | null {
  const hasTitle = span.nameFrom > span.from;
  const adjacent = tokens[span.from - 1];
  if (!/^[ \t]+$/.test(tokens[span.from]!.gap) || !adjacent) return null;
  // a role does not end in a name's particle ("al" in "said al Sadr")
  if (!adjacent.cap && NAME_JOINERS.has(adjacent.lower)) return null;
  // "according to political scientists Erica Chenoweth and Jeremy Pressman", "Organizers A and B said": a
  // plural person noun before two names or more joined by "and" is their role
  const plural =
    !hasTitle &&
    (!adjacent.cap || (adjacent.sentenceStart && isCommonWord(adjacent))) &&
    !adjacent.possessive &&
    has(adjacent, 'Plural') &&
    has(adjacent, 'Actor') &&
    namesListedAfter(tokens, span, owners).length > 0;
  if (!hasTitle && !plural) {
    if (adjacent.cap || adjacent.possessive || has(adjacent, 'Plural', 'Verb', 'Hyphenated', ...ROLE_STOP_TAGS)) return null;
    if (!has(adjacent, 'Noun') && !isTitle(adjacent) && !adjectiveAsNoun(tokens, span.from - 1)) return null;
  }
  let from = span.from;
  for (let k = span.from - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (!/^[ \t]+$/.test(tokens[k + 1]!.gap) || (t.possessive && t.nameLike)) break;
    if (t.cap) {
      const owner = owners[k];
      if (has(t, 'Date', 'Value', 'Person', 'FirstName') || (owner && !owner.dropped && owner.to === k + 1 && ownerIsName(tokens, owner))) break;
    } else if (
      !isTitle(t) &&
      !nounAfterArticle(tokens, k) &&
      (has(t, ...ROLE_STOP_TAGS) || (has(t, 'Verb') && !has(t, 'Adjective')) || !has(t, 'Noun', 'Adjective'))
    )
      break;
    from = k;
    if (t.sentenceStart) break;
  }
  if (from === span.from) return null;
  // "told reporters Trump and Pence had agreed": the plural is a verb's object, not the names' role
  const head = tokens[from - 1];
  if (plural && head && /^[ \t]+$/.test(tokens[from]!.gap) && has(head, 'Verb') && !has(head, 'Preposition')) return null;
  // "threatened to sanction Iraq": a verb after "to", not a role
  if (span.from - from === 1 && !hasTitle && tokens[from - 1]?.lower === 'to') return null;
  return { from, to: span.from };
}

/**
 * The names after this one in a list closed by "and" ("Erica Chenoweth and Jeremy Pressman", "A, B and C"),
 * or none when no "and" closes it.
 */
function namesListedAfter(tokens: Token[], span: Span, owners: Array<Span | undefined>): Span[] {
  const listed: Span[] = [];
  let k = span.to;
  for (;;) {
    const t = tokens[k];
    if (!t || tokens[k - 1]!.possessive) return [];
    const and = t.text === 'and' && /^,?[ \t]+$/.test(t.gap);
    const at = and ? k + 1 : k;
    const next = owners[at];
    if (!next || next.dropped || next.from !== at || next.nameFrom !== next.from) return [];
    if (and ? !/^[ \t]+$/.test(tokens[at]!.gap) : !/^,[ \t]+$/.test(t.gap)) return [];
    listed.push(next);
    if (and) return listed;
    k = next.to;
  }
}

/**
 * "the state transport agency": a word the lexicon calls a verb, in the nouns between an
 * article and the role's noun, is a noun too.
 */
function nounAfterArticle(tokens: Token[], k: number): boolean {
  if (!has(tokens[k]!, 'Infinitive') || has(tokens[k]!, 'Adverb')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j]!;
    if (!/^[ \t]+$/.test(tokens[j + 1]!.gap)) return false;
    if (/^(?:the|a|an)$/i.test(t.text)) return true;
    if (t.cap || !has(t, 'Noun', 'Infinitive') || has(t, 'PastTense', 'Gerund', ...ROLE_STOP_TAGS)) return false;
  }
  return false;
}

/**
 * "Iranian general Qasem Soleimani", "Police chief Tomas Varga": a word the lexicon
 * calls an adjective is the role's noun when a modifier comes before it and a name after.
 */
function adjectiveAsNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  // "on Saturday near Lake Orin": a preposition the lexicon calls an adjective is no role
  if (!has(t, 'Adjective') || PLACE_PREPOSITIONS.has(t.lower) || !before || !/^[ \t]+$/.test(t.gap)) return false;
  return (before.cap && !has(before, ...NOT_NAME_TAGS)) || has(before, 'Adjective', 'Demonym');
}

/** A kept span with a noun-like word is a name in its own right, not a modifier of the next name. */
function ownerIsName(tokens: Token[], span: Span): boolean {
  return tokens.slice(span.from, span.to).some((t) => has(t, 'Person', 'FirstName', 'Organization'));
}

/** "Kataib Hezbollah militia group": the common nouns right after an organisation's name. */
function descriptorAfter(tokens: Token[], span: Span): string | null {
  const words: Token[] = [];
  if (tokens[span.to - 1]!.possessive) return null; // "Mahdi's office" is his office, not him
  for (let k = span.to; k < tokens.length && words.length < 3; k++) {
    const t = tokens[k]!;
    if (!/^[ \t]+$/.test(t.gap) || t.cap || !has(t, 'Noun') || has(t, 'Verb', ...ROLE_STOP_TAGS)) break;
    words.push(t);
    if (t.possessive) break;
  }
  while (words.length && !ORG_DESCRIPTORS.has(words.at(-1)!.lower)) words.pop();
  return words.length ? words.map((w) => w.text).join(' ') : null;
}

/** "the Iran-backed Kataib Hezbollah militia group": the adjectives between the article and the name. */
function adjectivesBefore(tokens: Token[], span: Span): string {
  const words: string[] = [];
  for (let k = span.from - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (!/^[ \t]+$/.test(tokens[k + 1]!.gap) || !has(t, 'Adjective') || has(t, ...ROLE_STOP_TAGS)) break;
    words.unshift(t.text);
  }
  return words.join(' ');
}

const APPOSITIVE_MAX = 8;

/** "Sayed Sadiq al-Hashemi, head of the Iraqi Center for Studies, said": the noun phrase after a comma. */
function appositiveAfter(text: string, tokens: Token[], span: Span): string | null {
  // "Rep. John Lewis, D-Ga., the last living speaker": a party and state tag between them is skipped
  const tag = tokens[span.to];
  const skip = !!tag && /^,\s+$/.test(tag.gap) && /^\p{Lu}-\p{Lu}\p{L}*$/u.test(tag.text) && /^\.?,\s+$/.test(tokens[span.to + 1]?.gap ?? '') ? 1 : 0;
  const from = span.to + skip;
  const first = tokens[from];
  if (!first || !(skip ? /^\.?,\s+$/ : /^,\s+$/).test(first.gap) || first.cap) return null;
  if (!(has(first, 'Noun') || /^(?:a|an|the)$/i.test(first.text)) || has(first, 'Pronoun', 'QuestionWord', 'Verb', 'Conjunction', 'Plural')) return null;
  let last = from;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (/,/.test(t.gap)) break;
    if (/[.;:!?()"“”]/.test(t.gap)) return null;
    last = k;
  }
  const phrase = tokens.slice(from, last + 1);
  if (phrase.length > APPOSITIVE_MAX || phrase.some((t) => t.possessive)) return null;
  if (phrase.some((t, i) => !t.cap && has(t, 'Verb') && !has(t, 'Noun', 'Adjective') && !isAttributive(phrase, i))) return null;
  const closing = text.slice(tokens[last]!.end);
  if (!/^\s*(?:,|[.!?]?\s*$)/.test(closing)) return null;
  return text.slice(first.start, tokens[last]!.end);
}

/** The last part of a word, after any hyphen: "chairs" in "co-chairs". */
const lastPart = (t: Token) => (t.text.includes('-') ? wordTags(t.text.split('-').at(-1)!.toLowerCase()) : t.tags);

/**
 * "Linda Sarsour, one of the national co-chairs, said": "one of" and a plural noun phrase set off by commas
 * (or closing the sentence) after a name; the words are lower case and the plural ends them.
 */
function oneOfAppositive(text: string, tokens: Token[], span: Span): string | null {
  const one = tokens[span.to];
  const of = tokens[span.to + 1];
  if (!one || one.lower !== 'one' || one.cap || !/^,\s+$/.test(one.gap) || tokens[span.to - 1]!.possessive) return null;
  if (!of || of.text !== 'of' || !/^[ \t]+$/.test(of.gap)) return null;
  let last = span.to + 1;
  // the plural noun the phrase is about, before any preposition ("organizers" in "the most prominent organizers of the march")
  let head = 0;
  for (let k = span.to + 2; k < tokens.length && k - span.to <= APPOSITIVE_MAX; k++) {
    const t = tokens[k]!;
    if (!/^[ \t]+$/.test(t.gap)) break;
    if (t.cap || has(t, 'Pronoun', 'QuestionWord', 'Conjunction', 'Value', 'Date') || (has(t, 'Verb') && !has(t, 'Noun', 'Adjective'))) return null;
    if (!head && has(t, 'Preposition')) head = k - 1;
    last = k;
  }
  head ||= last;
  const plural = tokens[head]!;
  // "one of" asks for a plural, so a noun's "s" ending will do where the lexicon lacks the word ("groups")
  if (head < span.to + 2 || plural.possessive || !(lastPart(plural).has('Plural') || (has(plural, 'Noun') && /[^s]s$/.test(plural.lower)))) return null;
  // "Santa Barbara, one of the cities hit": one of a kind of place is a place
  const singular = plural.lower
    .replace(/ies$/, 'y')
    .replace(/(?<=[sxz]|[cs]h)es$/, '')
    .replace(/s$/, '');
  if (isPlaceWord(singular) || singular === 'place') return null;
  if (!/^\s*(?:,|[.!?]?\s*$)/.test(text.slice(tokens[last]!.end))) return null;
  return text.slice(one.start, tokens[last]!.end);
}

/** "the acting secretary", "a retired general": a participle that describes the noun right after it. */
function isAttributive(phrase: Token[], i: number): boolean {
  const word = phrase[i]!;
  const next = phrase[i + 1];
  return /(?:ing|ed)$/.test(word.lower) && !!next && /^[ \t]+$/.test(next.gap) && !next.cap && has(next, 'Noun', 'Adjective') && !has(next, 'Verb');
}

/**
 * "US special envoy for the anti-IS coalition, James Jeffrey, said": the noun phrase before a name set off
 * by commas, or by a comma and the sentence's end ("according to the city's governor, Karla Rubilar.").
 */
function appositiveBefore(text: string, tokens: Token[], span: Span, owners: Array<Span | undefined>): string | null {
  const nameStart = tokens[span.from]!;
  const last = tokens[span.to - 1]!;
  if (!/^,\s+$/.test(nameStart.gap) || last.possessive || !/^(?:,|[.!?](?:\s|$)|\s*$)/.test(text.slice(last.end))) return null;
  const head = tokens[span.from - 1];
  // "The Legislative Council President, Andrew Leung, said": a capitalised head only when it is a title
  if (!head || (head.cap && !isTitle(head)) || has(head, 'Pronoun') || (!isTitle(head) && (!has(head, 'Noun') || has(head, 'Verb')))) return null;
  let from = span.from - 1;
  for (let k = span.from - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (!/^[ \t]+$/.test(tokens[k + 1]!.gap)) break;
    if (owners[k] && !owners[k]!.dropped) break;
    const joiner = /^(?:of|for|the)$/i.test(t.text);
    if (!joiner && (has(t, 'Conjunction', 'Pronoun', 'Verb', 'Preposition', 'Value', 'Date', 'Adverb') || (!t.cap && !has(t, 'Noun', 'Adjective')))) break;
    from = k;
    if (t.sentenceStart) break;
  }
  while (from < span.from - 1 && /^(?:of|for|the|a|an)$/i.test(tokens[from]!.text)) from++;
  // one word will do when it is a title: "The governor, Elias Brandt, said"
  if (span.from - from < (isTitle(head) ? 1 : 2)) return null;
  return text.slice(tokens[from]!.start, head.end);
}
