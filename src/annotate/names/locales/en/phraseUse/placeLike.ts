import { PHRASE_AGENT_PER_PLACE_MAX, PHRASE_PLACE_SHARE_MIN } from '../words.js';
import { headKey, headWord, phraseKey, type PhraseUseCounts } from './count.js';
import { phraseUseOf } from './table.js';
import { readWordCase } from '../wordCase/nameLike.js';

/** The words of a name as the table keys them: a leading "the" and a possessive left out. */
function nameWords(name: string): string[] {
  return name
    .trim()
    .replace(/['’]s?$/, '')
    .split(/\s+/)
    .filter((w, i) => !(i === 0 && /^the$/i.test(w)));
}

/** Uses mostly after a place preposition, seldom speaking, acting or owning a role. */
const usedAsPlace = (c: PhraseUseCounts) => c.place >= PHRASE_PLACE_SHARE_MIN * c.seen && c.agent * PHRASE_AGENT_PER_PLACE_MAX <= c.place;

/** The row of the phrases headed by the name's head word, when that word is no name by the word-case table ("* center", "* university"). */
function headRowOf(words: readonly string[]): PhraseUseCounts | undefined {
  if (words.length < 2) return undefined;
  const head = headWord(words);
  return readWordCase(head) === 'name' ? undefined : phraseUseOf(headKey(head));
}

/**
 * Whether prose uses the name as where something is or happens ("in Las Vegas", "at the Oval Office") and seldom as a
 * speaker, an actor or a role's owner ("the White House said" keeps it a body): by the name's own row, and, when its
 * head is no name by the word-case table, by the row of every phrase that word heads as well ("Columbia University" is
 * read with every "… University", where professors and students are: a body). With `byHead`, a name the table has not
 * seen is read by that head's row alone ("Wembley Stadium" by "* stadium"); not a person's name, whose last word may be
 * a common word too ("Kid Rock", "Theresa May").
 */
export function placeByPhraseUse(name: string, byHead = true): boolean {
  const words = nameWords(name);
  if (!words.length) return false;
  const own = phraseUseOf(phraseKey(words));
  const head = headRowOf(words);
  if (!own) return byHead && !!head && usedAsPlace(head);
  return usedAsPlace(own) && (!head || usedAsPlace(head));
}
