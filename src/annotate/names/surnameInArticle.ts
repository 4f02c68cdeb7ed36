import type { Passage } from '../../passages/types.js';
import { lexiconTags } from '../core/lexicon.js';
import type { Rule } from '../core/rules.js';
import { isSpaced } from '../core/tokens.js';
import { nameKey } from './keys.js';
import { nameTokens } from './locales/en/classify.js';
import { has, type NameToken } from './locales/en/tokens.js';
import { GENERATIONAL_SUFFIX, PLACE_TAGS, SURNAME_AFTER_START_TAGS } from './locales/en/words.js';
import type { NameMention } from './types.js';

/** A capitalised word that may be a surname standing alone: "Tester", "Young", "Price". */
const SURNAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** The last words of the article's people's full names ("Jon Tester" -> "Tester"), each of two words or more. */
function surnamesOf(mentions: readonly NameMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.key.length < 2 || m.person <= m.org || m.place > 0) continue;
    const words = m.text.split(/\s+/).map((w) => w.replace(/['’]s?$/, ''));
    // "Martin Luther King Jr.": the surname is the word before a generational suffix (surname-before-suffix)
    const suffixed = words.length > 2 && GENERATIONAL_SUFFIX.test(words.at(-1)!.replace(/[.,]/g, '').toLowerCase());
    const last = words.at(suffixed ? -2 : -1)!;
    // "Ben Carson Texas", "United Russia": a place's name ending a run is no one's surname
    if (SURNAME.test(last) && !lexiconTags(last.toLowerCase()).some((tag) => PLACE_TAGS.includes(tag) || tag === 'Demonym')) surnames.add(last);
  }
  return surnames;
}

/**
 * Whether the token at `k` stands alone as the surname: no capitalised word next to it (it is no part of another
 * name), and, opening a sentence, followed by a possessive, a comma or a verb ("Tester has spoken", "Tester's
 * dilemma"; not "Young people", "Price rises" read as a noun).
 */
function standsAlone(tokens: NameToken[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before && !t.sentenceStart && before.cap && isSpaced(t.gap)) return false;
  if (after && after.cap && isSpaced(after.gap) && !t.possessive) return false;
  if (!t.sentenceStart || t.possessive) return true;
  if (!after) return false;
  return /^,/.test(after.gap) || (isSpaced(after.gap) && !after.cap && has(after, ...SURNAME_AFTER_START_TAGS) && !has(after, 'Noun', 'Adjective'));
}

/**
 * `surname-in-article`: in an article that names "Jon Tester", the capitalised word "Tester" written alone ("said
 * Tester", "Tester's dilemma") is his surname, though the lexicon knows it as a common noun ("tester") and so no
 * name: it is a mention of a person's name. Only surnames of the article's own people's full names are read so.
 */
export const surnameInArticle: Rule & { apply(passages: readonly Passage[], perPassage: NameMention[][]): NameMention[][] } = {
  name: 'surname-in-article',
  reason:
    'A surname that is also a common word ("Tester", "Young", "Price") was no name when written alone, so an article\'s person named in full once and then by surname nine times was found once, and the surname spelling was never joined.',
  apply(passages, perPassage) {
    const surnames = surnamesOf(perPassage.flat());
    if (!surnames.size) return perPassage;
    return passages.map((passage, i) => {
      const mentions = perPassage[i]!;
      if (![...surnames].some((s) => passage.text.includes(s))) return mentions;
      const tokens = nameTokens(passage.text, 0);
      const taken = (start: number, end: number) => mentions.some((m) => m.start < passage.start + end && passage.start + start < m.end);
      const added: NameMention[] = [];
      tokens.forEach((t, k) => {
        if (!surnames.has(t.text) || taken(t.start, t.end) || !standsAlone(tokens, k)) return;
        const key = nameKey(t.text);
        if (!key.length) return;
        const at = { passageId: passage.id, articleId: passage.articleId, start: passage.start + t.start, end: passage.start + t.end };
        added.push({ ...at, text: t.text, key, roles: [], person: 1, org: 0, place: 0, rules: [surnameInArticle.name] });
      });
      if (!added.length) return mentions;
      // reading order kept; an alias's index follows its mention to its new place
      const all = [...mentions, ...added].sort((a, b) => a.start - b.start);
      const moved = new Map(mentions.map((m, j) => [j, all.indexOf(m)]));
      return all.map((m) => (m.alias !== undefined && mentions.includes(m) ? { ...m, alias: moved.get(m.alias)! } : m));
    });
  },
};
