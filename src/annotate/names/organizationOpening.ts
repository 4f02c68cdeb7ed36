import { isOrgWord, lexiconTags } from '../core/lexicon.js';
import { kindOf } from './entityParts.js';
import { PLACE_TAGS } from './locales/en/words.js';
import type { NameMention } from './types.js';

/**
 * `organization-opening-in-article`: "Harvard" after "Harvard University", "Wikimedia" after "Wikimedia Foundation",
 * "Police Federation" after "Police Federation of England and Wales", "Microsoft" after "Microsoft Corp": a body is named
 * in full once and then by the words that open its name, without its institution word, its legal suffix or what it is
 * "of". Counted on the readable splits, this was the largest class of spellings not joined (about 20 of some 150: an
 * entry of its own, or, seen once with no evidence, none). The short form joins the one organisation of its article
 * whose name it opens, when nothing in the article says it is a person or a place: no person's name there opens with it,
 * it never reads as a person or with a place's evidence, and the lexicon knows no place of that name ("Chicago" before
 * "Chicago Tribune", "Green Bay" before "Green Bay Packers" stay places); the short form must read as a body itself (an
 * institution word in it, "told", "the" before it…), unless the rest is a legal suffix ("Microsoft Corp"), and a body the
 * lexicon knows by that name ("Mattel", "Coors") is one of its own, no short form of "Mattel Foundation". Two bodies opened by it ("Harvard University",
 * "Harvard Business School") leave it alone, and an acronym opening a longer name is its owner, another body ("UN
 * Security Council", "ILWU Local 6"), so it never joins so. A short form that is a body's name of its own (an institution word
 * in it) does not join a longer name ending in another institution word: "Harvard University" is not "Harvard University
 * Press", while "Police Federation" is "Police Federation of England and Wales".
 */
export const organizationOpening = {
  name: 'organization-opening-in-article',
  reason:
    'A body named in full and then by the words that open its name ("Harvard University" and "Harvard", "Police Federation of England and Wales" and "Police Federation") was two entries, or the short form none; it is the one organisation of its article whose name it opens when nothing there says person or place.',
  /**
   * The key of the one organisation of the article (`byKey`: the article's mentions by name key) whose longer name opens
   * with the mention's words, or undefined.
   */
  target(mention: NameMention, byKey: ReadonlyMap<string, NameMention[]>): string | undefined {
    const key = mention.key;
    // "UN" before "UN Security Council", "ILWU" before "ILWU Local 6": an acronym opening a name is its owner, another body
    if (ALL_CAPITALS.test(mention.text)) return undefined;
    const alone = byKey.get(key.join(' ')) ?? [];
    if (kindOf(alone) === 'person' || alone.some((m) => m.place > 0 || m.person > 0)) return undefined;
    if (lexiconTags(mention.text.toLowerCase()).some((tag) => PLACE_TAGS.includes(tag))) return undefined;
    const opened = [...byKey.values()].filter((group) => {
      const k = group[0]!.key;
      return k.length > key.length && key.every((w, i) => k[i] === w);
    });
    // a person's name opening with the words ("Michael Best") makes them a given name, not a body's short form
    if (opened.some((group) => kindOf(group) === 'person')) return undefined;
    const bodies = opened.filter((group) => kindOf(group) === 'organization');
    if (bodies.length !== 1 || opened.length !== 1) return undefined;
    const full = bodies[0]![0]!;
    if (hasOrgWord(mention.text) && isOrgWord(lastWord(full.text))) return undefined;
    // a body's name of its own ("British Airways") is the longer one's opening only before what it is of or for ("Police
    // Federation of England and Wales"): "British Airways Boeing" is two names run together
    const after = words(full.text)[words(mention.text).length] ?? '';
    if (hasOrgWord(mention.text) && !OF_WHAT.test(after) && !LEGAL_SUFFIX.test(after)) return undefined;
    // "Microsoft" of "Microsoft Corp": the company without its legal suffix
    const rest = words(full.text).slice(words(mention.text).length);
    if (rest.length === 1 && LEGAL_SUFFIX.test(rest[0]!)) return full.key.join(' ');
    // a body the lexicon knows by that name is one of its own: Mattel is not the Mattel Foundation, nor Coors an arena
    if (lexiconTags(mention.text.toLowerCase()).includes('Organization')) return undefined;
    // read on development text, a short form with no body's evidence of its own was as often a town ("Valmera" of
    // "Valmera Dockers Union"), a people ("British"), a product's or a fragment's opening word as the body
    return kindOf(alone) === 'organization' ? full.key.join(' ') : undefined;
  },
};

const OF_WHAT = /^(?:of|for|in|on|at)$/;
const LEGAL_SUFFIX = /^(?:co|corp|inc|ltd|llc|plc|limited)$/;
const ALL_CAPITALS = /^[\p{Lu}\p{N}.&-]+$/u;
const words = (text: string) => text.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''));
const lastWord = (text: string) => words(text).at(-1) ?? '';
const hasOrgWord = (text: string) => words(text).some(isOrgWord);
