import { isPlaceWord } from '../core/lexicon.js';
import type { Rule } from '../core/rules.js';
import { nameLikeWords } from './locales/en/wordCase/nameLike.js';
import { NAME_LIKE_SEEN_ONCE_MIN_WORDS } from './locales/en/words.js';
import type { NameMention } from './types.js';

/**
 * `name-like-seen-once`: a name written in one passage only, that nothing there says is a person, a body or a place
 * ("Rydell Poepon scored", "Graafschap Doetinchem", "UAG Tecos"), was dropped as too weak to list; so were names of
 * every story's once-mentioned people. Kept when each of its capitalised words is one prose writes with a capital in
 * mid-sentence (the word-case table, counted on millions of words of news and archive pages: "Monfils", "Enron") or too
 * rarely to be a common word; a capitalised common word ("Genocide Convention", "Privacy Policy", "Nuclear Weapons"),
 * which compromise's lexicon could not tell from a name, stays out.
 */
export const nameLikeSeenOnce: Rule & { keeps(mentions: readonly NameMention[], name: string, endsLonger: boolean): boolean } = {
  name: 'name-like-seen-once',
  reason:
    'A name seen once with no evidence of its kind is kept when each of its words is written with a capital in mid-sentence prose (the word-case table) or is too rare to be a common word; a capitalised common word stays out.',
  keeps(mentions, name, endsLonger) {
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    // "Nader" after "Ralph Nader" and "Laura Nader": a short form no rule joined says neither; "Plaza Italia": a place's feature word
    if (endsLonger || words.some((w) => isPlaceWord(w.toLowerCase()))) return false;
    return words.length >= NAME_LIKE_SEEN_ONCE_MIN_WORDS && mentions.every((m) => m.place === 0) && nameLikeWords(name);
  },
};
