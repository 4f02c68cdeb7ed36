import { ENDS_SENTENCE, JOURNALIST, REPORTED } from './chromeRules.js';

/**
 * Chrome that a paragraph's place tells, not its words alone: the block an author box or a print note opens, the
 * caption a media widget prints under its control, a clip's title, a kicker before the first sentence, a rail of
 * other stories, a subscription box's sales copy. `extract.ts` reads them with the paragraphs around.
 */

/**
 * A heading that opens a block of chrome which runs while its lines stay short: an author box
 * ("About the Author", then a name and a title) or the print-edition note's fragments.
 */
export const CHROME_BLOCK_HEADER =
  /^(?:about the (?:author|authors|writer|reporter)|a version of this (?:article|story|review|column) appears? in print on)\s*:?$/i;

/**
 * An author box at the end of a piece: a name, then what the journalist does ("Name is a Metro reporter",
 * "Name has covered economics since 2012", "Name covers the White House", "NAME IS THE POLITICAL EDITOR").
 * Read only in the last paragraphs, where author boxes stand, so a story about a reporter keeps its sentences.
 */
export function isAuthorBox(line: string): boolean {
  if (line.length > 320) return false;
  const name = "^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]*){1,3}";
  return (
    new RegExp(`${name} (?:is|was) (?:a|an|the)\\b[^.]{0,80}\\b${JOURNALIST}s?\\b`, 'iu').test(line) ||
    new RegExp(`${name} (?:covers|has covered|writes about|has written about|reports on)\\b`, 'u').test(line)
  );
}

/** How many sentences of reporting may follow an author box (a closing line of the site, a note). */
export const AUTHOR_BOX_TAIL = 2;

/** What a media widget prints under its control: a name or a label of four words at most, no sentence ("Vanessa Hicks"). */
export function isWidgetCaption(line: string): boolean {
  return line.split(/\s+/).length <= 4 && !ENDS_SENTENCE.test(line) && /^[\p{Lu}'‘"“]/u.test(line);
}

/**
 * The title a media player prints above its clip ("Wins, Losses and Clashes: Jane Roe’s Time at the U.N."):
 * three to sixteen words in title case, every word of four letters or more capitalised. A sentence of
 * reporting has lowercase words of that length.
 */
export function isMediaTitle(line: string): boolean {
  const words = line.split(/\s+/);
  const long = words.map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => /^\p{L}{4}/u.test(w));
  return words.length >= 3 && words.length <= 16 && long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * A kicker that opens the body before its first sentence: a few title-case words ending in a colon ("'GMA'
 * Cookie Search:", "Editor's Pick:"). A sentence that introduces a list ("Here is what we know:") has small words.
 */
export function isBodyKicker(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= 6 && line.endsWith(':') && words.every((w) => /^[\p{Lu}\p{N}'‘"“(]/u.test(w));
}

/** A date with a clock time and nothing else ("Jan. 2 2015 8:53 PM", "December 16, 2016, 4:19 PM", "3/2/2015 10:15 AM"). */
const BARE_STAMP =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}),? (?:at )?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?$/i;

/** A few words that end no sentence: the section label of a teaser ("Moneybox", "The XX Factor"). */
const isLabel = (line: string) => line.split(/\s+/).length <= 3 && !ENDS_SENTENCE.test(line);

/** How many stamped teasers in a row make a rail of other stories, and how far apart their stamps may stand. */
const RAIL = { teasers: 3, gap: 3 };

/**
 * A rail of other stories pasted after the piece: three or more teasers in a row, each a section label,
 * a bare date-and-time stamp and one line of headline, standfirst and author ("Moneybox", "Jan. 2 2015
 * 4:29 PM", "The Subtle Typographical Art of … Jordan Weissmann"). The indexes of its paragraphs. One
 * stamp before the story's first line is its own byline stamp, and a live page's updates are stamped
 * by a time alone, so neither makes a rail.
 */
export function teaserRail(paragraphs: readonly string[]): Set<number> {
  const rail = new Set<number>();
  const stamps = paragraphs.flatMap((p, i) => (BARE_STAMP.test(p.trim()) ? [i] : []));
  let run: number[] = [];
  const close = () => {
    if (run.length >= RAIL.teasers)
      for (const i of run) {
        rail.add(i);
        if (i + 1 < paragraphs.length && !BARE_STAMP.test(paragraphs[i + 1]!.trim())) rail.add(i + 1);
        if (i > 0 && isLabel(paragraphs[i - 1]!.trim())) rail.add(i - 1);
        if (i + 2 < paragraphs.length && isLabel(paragraphs[i + 2]!.trim())) rail.add(i + 2);
      }
    run = [];
  };
  for (const i of stamps) {
    if (run.length && i - run.at(-1)! > RAIL.gap) close();
    run.push(i);
  }
  close();
  return rail;
}

/**
 * The sales copy that follows a pitch or a price in a subscription box: a plan's name ("Monthly"), or a
 * short generic sentence to the reader ("A flexible plan you can cancel anytime.", "The best way to follow
 * issues you care about."). A sentence of reporting names someone or something, gives a number or quotes.
 */
export function isPitchCopy(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length <= 3 && !ENDS_SENTENCE.test(line)) return true;
  return words.length <= 12 && /\byour?\b/i.test(line) && !/\d/.test(line) && !REPORTED.test(line) && words.slice(1).every((w) => !/^[\p{Lu}]/u.test(w));
}

/**
 * The heading of a box that calls for readers' stories or questions: one question to the reader ("How is this outbreak
 * affecting you?", "Do you have questions about the vaccine?"), read only right before the box's call (`reader-callout`),
 * so a question in a story or a column stays.
 */
export function isReaderQuestion(line: string): boolean {
  return line.split(/\s+/).length <= 14 && /^[^.!?]+\?$/.test(line) && /\byour?\b/i.test(line) && !REPORTED.test(line);
}

/** A name of one to four capitalised words, a comma, and a place of one to three ("Suzanne Adely, New York City", "Ramji, Chennai", "Jane Roe, Providence, R.I."). */
const NAME_AND_PLACE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?:, \p{Lu}[\p{L}.]{1,5})?$/u;
/** The line after a signature, when there is one: the next letter's or report's title, a few words that end no sentence. */
const MAX_TITLE_WORDS = 12;

/**
 * `sign-off-name`: a letter's or a reader's signature on a line of its own after the letter (branch chrome12): the
 * writer's name and town, and nothing else ("Suzanne Adely, New York City", "Brian Chidester, Providence, R.I.",
 * "V. Ramaswamy, Noida"). It names who wrote; it reports nothing. Read by its place: the paragraph before ends a
 * sentence, and the page ends after it or the next line is a title (the next letter's). A place heading a report
 * ("San Antonio, Texas") is followed by the report's sentences and stays; a line in capitals is a heading, not a name.
 */
export function isSignOffName(line: string, before: string | undefined, after: string | undefined): boolean {
  if (!NAME_AND_PLACE.test(line) || !/\p{Ll}/u.test(line) || !before || !ENDS_SENTENCE.test(before)) return false;
  return after === undefined || (!ENDS_SENTENCE.test(after) && after.split(/\s+/).length <= MAX_TITLE_WORDS);
}
