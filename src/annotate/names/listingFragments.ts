import type { Rule } from '../core/rules.js';
import {
  BARE_HEAD_NAMES_MIN,
  NAME_GIVEN_BEFORE_QUOTE,
  QUOTED_TITLE_SHARE_MIN,
  TITLE_LOOK_BACK_WORDS,
  TITLE_QUOTES_CLOSE,
  TITLE_QUOTES_OPEN,
  TITLE_SMALL_WORDS,
} from './locales/en/words.js';
import { fittedInstitutionHead, institutionHeadOf } from './locales/en/institutionHeads/table.js';
import { phraseKey } from './locales/en/phraseUse/count.js';
import { phraseUseOf } from './locales/en/phraseUse/table.js';
import type { Entity } from './types.js';

/** Two more junk classes of the `who` listing (branch junk17): a body's head word alone, and a work's title in quotes. */

/** The passage a mention is in, by its id: its offset in the article file and its text (as `listing.ts` passes it). */
type PassageText = (passageId: string) => { start: number; text: string } | undefined;

/** A name's last word as the tables key it: lower case, a final full stop and a possessive left out ("Inc." → "inc"). */
const lastWordKey = (name: string) =>
  (name.trim().split(/\s+/).at(-1) ?? '')
    .replace(/['’]s?$/, '')
    .replace(/\.$/, '')
    .toLowerCase();

/** The last words of the listing's names of two words or more: the heads a bare word may be cut from or refer back to. */
export function headsOfLongerNames(entities: readonly Entity[]): Set<string> {
  return new Set(entities.filter((e) => /\s/.test(e.name.trim())).map((e) => lastWordKey(e.name)));
}

export const bareHeadListing: Rule & { keeps(entity: Entity, headsOfLonger: ReadonlySet<string>): boolean } = {
  name: 'bare-head-listing',
  reason:
    'One word that heads many bodies\' names in prose (the institution-head table: "Association", "Inc", "Ltd", "Party", "Court") and that prose writes alone, capitalised mid-sentence, fewer times than the names it heads (the phrase-use table: "Congress", "Senate", "Army", "Navy", "House" are written alone more often and stay), with no role and a longer name of the same listing ending in it ("Semiconductor Industry Association", "Apple Inc."), is that name\'s back-reference ("the Association said") or its tail cut at a line or a joiner: no body of its own, it is left out of the listing (the longer name stays).',
  keeps(entity, headsOfLonger) {
    const name = entity.name.trim();
    if (/\s/.test(name) || entity.roles.length > 0 || /^\p{Lu}{2,}$/u.test(name)) return true;
    const word = lastWordKey(name);
    if (!headsOfLonger.has(word)) return true;
    const head = institutionHeadOf(word);
    if (!head || head.names < BARE_HEAD_NAMES_MIN) return true;
    const alone = phraseUseOf(phraseKey([word]))?.seen ?? 0;
    return alone >= head.names;
  },
};

/**
 * The words between an opening quotation mark and `at`, when only a title's words (capitalised words, figures, small
 * words) stand there; undefined when no quotation opens before `at`.
 */
function titleWordsBefore(text: string, at: number): string[] | undefined {
  const before = text.slice(Math.max(0, at - 200), at);
  const open = Math.max(...[...TITLE_QUOTES_OPEN].map((q) => before.lastIndexOf(q)));
  if (open < 0) return undefined;
  // a straight mark opens a quotation only after an even number of them (an odd one closes it)
  if (before[open] === '"' && (text.slice(0, at - before.length + open).match(/"/g)?.length ?? 0) % 2 === 1) return undefined;
  // the "Army of Islam", a group calling itself "X", known as "X": a body's or a person's name set in quotes
  if (NAME_GIVEN_BEFORE_QUOTE.test(before.slice(0, open))) return undefined;
  const between = before.slice(open + 1);
  if (between && !/\s$/u.test(between)) return undefined;
  const words = between.split(/\s+/).filter(Boolean);
  const titleWord = (w: string) => /^[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*$/u.test(w) || TITLE_SMALL_WORDS.has(w);
  return words.length <= TITLE_LOOK_BACK_WORDS && words.every(titleWord) ? words : undefined;
}

/** Whether a quotation mark closes right after `end` (a comma, a full stop or a question or exclamation mark may stand inside). */
const quoteClosesAfter = (text: string, end: number) => {
  const m = /^[,.!?]?(.)/su.exec(text.slice(end, end + 2));
  return !!m && TITLE_QUOTES_CLOSE.has(m[1]!);
};

/**
 * Whether a mention stands in a quoted run of capitalised words: a work's title ("Super Mario Run", "The Sixth Sense").
 * A person's name counts only cut from a longer title ("Super Mario Run"): a person is named in quotes whole (a DJ
 * called "Lucas", a baby named "Harlow Winter Kate") or inside a title after a small word ("Countdown with Keith
 * Olbermann").
 */
function inQuotedTitle(mention: Entity['mentions'][number], passageOf: PassageText, person: boolean): boolean {
  const passage = passageOf(mention.passageId);
  if (!passage) return false;
  let at = mention.start - passage.start;
  if (passage.text.slice(at, at + mention.text.length) !== mention.text) at = passage.text.indexOf(mention.text);
  if (at < 0) return false;
  const end = at + mention.text.length;
  if (!quoteClosesAfter(passage.text, end)) return false;
  const words = titleWordsBefore(passage.text, at);
  if (!words) return false;
  const last = words.at(-1);
  return !person || (!!last && !TITLE_SMALL_WORDS.has(last.toLowerCase()));
}

/** A name whose last word heads bodies' names (the institution-head table: the "Awakening Councils", a "Neediest Fund"): a body's, in quotes or not. */
function headedAsBody(entity: Entity): boolean {
  const words = entity.name.trim().split(/\s+/);
  const last = words.at(-1)!;
  return fittedInstitutionHead(last) || fittedInstitutionHead(last.replace(/s$/, ''));
}

export const quotedTitleListing: Rule & { keeps(entity: Entity, passageOf: PassageText): boolean } = {
  name: 'quoted-title-listing',
  reason:
    'A name written, in most of its mentions, as the whole or the tail of a quoted run of capitalised words ("Super Mario Run," "The O.C.," "The Sixth Sense") and given no role is the title of a film, a show, a game, a book or a song, no person or body, so it is left out of the listing though it stays in the story; a body or a person is quoted now and then, not in most mentions, a name headed by a body\'s word is kept, and a person\'s name counts only cut from a longer title ("Super Mario Run"), never quoted whole (a DJ called "Lucas") or after a small word ("Countdown with Keith Olbermann").',
  keeps(entity, passageOf) {
    if (entity.roles.length > 0 || !entity.mentions.length || headedAsBody(entity)) return true;
    const person = entity.kind === 'person';
    const quoted = entity.mentions.filter((m) => inQuotedTitle(m, passageOf, person)).length;
    return quoted < QUOTED_TITLE_SHARE_MIN * entity.mentions.length;
  },
};
