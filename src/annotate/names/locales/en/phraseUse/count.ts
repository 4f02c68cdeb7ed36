import { capitalised, isSpaced, tokenizeWords, type WordToken } from '../../../../core/tokens.js';
import { isProse } from '../wordCase/count.js';
import {
  BODY_ROLE_NOUNS,
  PHRASE_HEAD_ENDS,
  PHRASE_JOINERS,
  PHRASE_MEMBER_NOUNS,
  PHRASE_OWNER_PREPOSITIONS,
  PHRASE_PLACE_PREPOSITIONS,
  PHRASE_ROLE_NOUNS_BEFORE,
  PHRASE_SUBJECT_STOP_TAGS,
  PHRASE_SUBJECT_TAGS,
  PHRASE_WORDS_MAX,
  SPEECH_VERBS,
} from '../words.js';

/**
 * How running prose uses a capitalised phrase, counted over large unlabelled text (`npm run fit:phrase-use`). A phrase
 * is a maximal run of capitalised words in mid-sentence (small joiners such as "of", "and", "for" inside: "Bank of
 * America", "Immigration and Customs Enforcement"), its key folded to lower case. Of its uses:
 * - `seen`: every use;
 * - `place`: right after a place preposition, "the" between or not ("in Las Vegas", "at the Staples Center");
 * - `agent`: what a person or a body does and a place or a thing seldom does: a speech verb or another verb right
 *   after it ("Acme said", "Acme hired"), a role noun after it or its possessive ("Acme spokesman", "Acme's chief"),
 *   or it owns a role or a member ("spokesman for Acme", "a member of the Acme", "a professor at Acme", "nurses
 *   at Acme": a college, a hospital or a firm has staff and members where a city or a venue has none).
 * A place is where things happen; a body speaks and acts: their shares tell one from the other, counted over
 * millions of words rather than guessed from one article.
 */
export interface PhraseUseCounts {
  seen: number;
  place: number;
  agent: number;
}

const word = (t: WordToken | undefined) => t?.text.toLowerCase().replace(/\.$/, '') ?? '';

/** A word that may open or go on with a phrase: capitalised, or letters in capitals ("US", "GOP"). */
const phraseWord = (t: WordToken) => capitalised(t.text) && /\p{L}/u.test(t.text);

/** The end (exclusive) of the capitalised run that opens at `i`, small joiners inside it, none at its end. */
export function runEnd(tokens: readonly WordToken[], i: number): number {
  let end = i + 1;
  let k = i + 1;
  while (k < tokens.length && isSpaced(tokens[k]!.gap) && !tokens[k - 1]!.possessive) {
    const t = tokens[k]!;
    if (phraseWord(t)) end = k + 1;
    else if (!PHRASE_JOINERS.has(t.text) || end !== k) break;
    k++;
  }
  return end;
}

/** Whether the phrase `tokens[i..end)` stands after a place preposition ("in", "at the"). */
function afterPlacePreposition(tokens: readonly WordToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !isSpaced(tokens[i]!.gap)) return false;
  if (PHRASE_PLACE_PREPOSITIONS.has(word(before))) return true;
  return word(before) === 'the' && isSpaced(before.gap) && PHRASE_PLACE_PREPOSITIONS.has(word(tokens[i - 2]));
}

/** Whether the phrase speaks, acts, has a role or owns one. */
function actsAsAgent(tokens: readonly WordToken[], i: number, end: number): boolean {
  const last = tokens[end - 1]!;
  const next = tokens[end];
  if (next && (isSpaced(next.gap) || last.possessive)) {
    const w = word(next);
    if (SPEECH_VERBS.has(w) || BODY_ROLE_NOUNS.has(w)) return true;
    if (!last.possessive && [...next.tags].some((t) => PHRASE_SUBJECT_TAGS.includes(t)) && ![...next.tags].some((t) => PHRASE_SUBJECT_STOP_TAGS.includes(t)))
      return true;
  }
  // "spokesman for Acme", "a member of the Acme", "a professor at Acme": a role or a member's noun owned by the phrase
  let k = i - 1;
  if (word(tokens[k]) === 'the') k--;
  const before = word(tokens[k - 1]);
  if (PHRASE_OWNER_PREPOSITIONS.has(word(tokens[k])) && (PHRASE_ROLE_NOUNS_BEFORE.has(before) || PHRASE_MEMBER_NOUNS.has(before))) return true;
  return word(tokens[k]) === 'at' && PHRASE_MEMBER_NOUNS.has(before);
}

/** The key a phrase is counted and looked up under: its words folded, curly apostrophes straightened, dots cut. */
export function phraseKey(words: readonly string[]): string {
  return words.map((w) => w.toLowerCase().replace(/’/g, "'").replace(/\.$/, '')).join(' ');
}

/**
 * The word that says what a phrase of two words or more names: the last before a joiner that opens its complement
 * ("Bank" of "Bank of America", "Council" of "Council on Foreign Relations"), else its last ("Center" of "Staples Center").
 */
export function headWord(words: readonly string[]): string {
  const k = words.findIndex((w, i) => i > 0 && PHRASE_HEAD_ENDS.has(w));
  return k > 0 ? words[k - 1]! : words.at(-1)!;
}

/** The key of a phrase's head word counted over the phrases of two words or more it ends ("* center": "Staples Center", "Carter Center"). */
export const headKey = (last: string) => `${HEAD_MARK}${phraseKey([last])}`;
const HEAD_MARK = '* ';

function add(counts: Map<string, PhraseUseCounts>, key: string, place: boolean, agent: boolean): void {
  let c = counts.get(key);
  if (!c) counts.set(key, (c = { seen: 0, place: 0, agent: 0 }));
  c.seen++;
  if (place) c.place++;
  if (agent) c.agent++;
}

/**
 * Counts the phrases of one prose paragraph. A phrase that opens a sentence or a line is not counted (the position may
 * capitalise its first word), nor one longer than `PHRASE_WORDS_MAX` words (a title's or a heading's run).
 */
export function countPhrases(paragraph: string, counts: Map<string, PhraseUseCounts>): void {
  const tokens = tokenizeWords(paragraph);
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (!phraseWord(t)) {
      i++;
      continue;
    }
    const end = runEnd(tokens, i);
    if (!t.sentenceStart && !t.gap.includes('\n') && end - i <= PHRASE_WORDS_MAX) {
      const [place, agent] = [afterPlacePreposition(tokens, i), actsAsAgent(tokens, i, end)];
      add(counts, phraseKey(tokens.slice(i, end).map((x) => x.text)), place, agent);
      if (end - i > 1) add(counts, headKey(headWord(tokens.slice(i, end).map((x) => x.text))), place, agent);
    }
    i = end;
  }
}

/** Counts every prose paragraph of `paragraphs` into `counts` (a new map when none is given). */
export function countPhraseUse(paragraphs: Iterable<string>, counts = new Map<string, PhraseUseCounts>()): Map<string, PhraseUseCounts> {
  for (const p of paragraphs) if (isProse(p)) countPhrases(p, counts);
  return counts;
}
