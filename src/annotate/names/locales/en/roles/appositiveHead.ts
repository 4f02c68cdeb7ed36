import { isPlaceWord } from '../../../../core/lexicon.js';
import { isSpaced } from '../../../../core/tokens.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { ageInRole, isTitle } from '../predicates.js';
import type { Rule } from '../../../../core/rules.js';
import {
  AMPERSAND_GAP,
  DEGREE_WORDS,
  APPOSITIVE_HEAD_MAX,
  APPOSITIVE_HEAD_STOP_TAGS,
  OWNER_MAX,
  RELATIVE_PRONOUNS,
  ROLE_ARTICLE,
  ROLE_ARTICLE_WORD,
  ROLE_COMPLEMENT_MAX,
  ROLE_COMPLEMENT_PREPOSITIONS,
  ROLE_PARTICIPLES,
  ROLE_POSSESSIVE_DETERMINERS,
  ROLE_SLASH,
} from '../words.js';

/** ", 36,": an age set off by commas right after a name. */
const AGE = /^\d{1,3}$/;
const COMMA = /^,\s+$/;
/** At most this many adjectives before a role's owner: "the former Australian", "a longtime former". */
const DESCRIBERS_BEFORE_OWNER_MAX = 2;

/**
 * "said Aaron Kohli, interest rate strategist at BMO Capital Markets", "Diego Jeronimo, 36, the owner of a
 * store near where…", "Lotfi Azzouz, Tunisia country director for Amnesty International": the noun phrase
 * after the comma, read up to the preposition after its head noun (or its end), when the whole appositive
 * is too long or holds words (a possessive, a clause) that keep it from being a role of its own.
 */
export function appositiveHead(text: string, tokens: NameToken[], span: Span): string | null {
  let from = span.to;
  if (AGE.test(tokens[from]?.text ?? '') && COMMA.test(tokens[from]!.gap) && COMMA.test(tokens[from + 1]?.gap ?? '')) from++;
  const first = tokens[from];
  if (!first || !COMMA.test(first.gap)) return null;
  return headPhrase(text, tokens, from);
}

/**
 * The role's words before a lower-case noun: a name that owns it or whose it is ("China's", "the State
 * Department's", "Tunisia", "SEIU", "the Republican Party"), up to the word after which the role begins.
 */
function ownerEnd(tokens: NameToken[], k: number): number | null {
  let j = k;
  while (
    j < tokens.length &&
    j - k < OWNER_MAX &&
    tokens[j]!.cap &&
    (j === k || isSpaced(tokens[j]!.gap) || AMPERSAND_GAP.test(tokens[j]!.gap)) &&
    !isTitle(tokens[j]!)
  ) {
    j++;
    if (tokens[j - 1]!.possessive) break;
  }
  if (j === k) return k;
  const next = tokens[j];
  // "Tunisia country director", "Israel's Consul General": a lower-case noun or a title goes on after it
  if (!next || !isSpaced(next.gap) || (next.cap && !(isTitle(next) && tokens[j - 1]!.possessive))) return null;
  return j;
}

/**
 * The head noun phrase of a role starting at token `from`: an article, an owner (ownerEnd), then words up to
 * the preposition after the head noun or a relative pronoun ("a former gang member who has…"), an "and"
 * opening what is no second role ("Tookie's first wife and the mother of …"), or the phrase's end.
 */
export function headPhrase(text: string, tokens: NameToken[], from: number): string | null {
  let k = from;
  if (ROLE_ARTICLE.test(`${tokens[k]?.text ?? ''} `) || ROLE_POSSESSIVE_DETERMINERS.has(tokens[k]?.text ?? '')) k++;
  // "the festival's producer", "the company's chief executive": a common noun's possessive owns the role
  if (k > from && ownedByCommonNoun.holds(tokens, k)) k++;
  if (k > from) k = describerBeforeOwner.skip(tokens, k);
  const owned = ownerEnd(tokens, k);
  if (owned === null) return null;
  k = owned;
  const words: NameToken[] = [];
  // the words before an "and" that joins a second role ("co-author and longtime advocate"), kept when what follows is none
  let beforeAnd = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > from && !isSpaced(t.gap) && !(words.length && ownedByCommonNoun.slashed(tokens, k))) break;
    if (has(t, 'Preposition')) break;
    if (words.length && !t.cap && RELATIVE_PRONOUNS.has(t.lower)) break;
    if ((t.cap && !isTitle(t)) || t.possessive || (has(t, ...APPOSITIVE_HEAD_STOP_TAGS) && !ageInRole.holds(t)) || words.length === APPOSITIVE_HEAD_MAX) {
      if (!beforeAnd) return null;
      words.length = beforeAnd;
      break;
    }
    if (words.length && has(t, 'Conjunction')) beforeAnd = words.length;
    if (ageInRole.holds(t)) continue;
    words.push(t);
  }
  const head = words.at(-1);
  if (!head) return null;
  // one person's role is a singular noun ("leading protesters" is what they do, not a role; the lexicon guesses "protesters" singular)
  const plural = has(head, 'Plural') || /[^su]s$/.test(head.lower);
  if (
    (has(words[0]!, 'Conjunction', 'Gerund', 'PastTense') && !ROLE_PARTICIPLES.has(words[0]!.lower)) ||
    has(head, 'Conjunction') ||
    plural ||
    isPlaceWord(head.lower)
  )
    return null;
  // the head is a noun ("owner", "strategist") or a noun the lexicon files as an adjective ("fellow", "expert"); a verb is no head
  if (!has(head, 'Noun', 'Adjective') || (has(head, 'Verb') && !has(head, 'Noun'))) return null;
  // "interest rate strategist": a word the lexicon files as a verb modifies the noun after it
  if (words.some((t, i) => i < words.length - 1 && has(t, 'Verb') && !has(t, 'Noun', 'Adjective', 'Infinitive') && !ROLE_PARTICIPLES.has(t.lower))) return null;
  const end = (tokens[k - 1] === head && roleComplement.end(tokens, k)) || head;
  return text.slice(tokens[from]!.start, end.end);
}

/**
 * Whether a noun phrase may end before token `k`: at the sentence's end or a punctuation mark, or before a
 * preposition, a conjunction or a relative pronoun. A phrase stopped anywhere else ("the Dubai offshore" before
 * "sailing club", "the American magnate Philip" before "Anschutz's") is cut short, and is not read.
 */
function endsPhrase(tokens: NameToken[], k: number): boolean {
  const t = tokens[k];
  if (!t || !isSpaced(t.gap)) return !t || !/^\s*[-–/&]\s*$/.test(t.gap);
  return !t.cap && (has(t, 'Preposition', 'Conjunction') || RELATIVE_PRONOUNS.has(t.lower));
}

/** Small words inside a body's name: "Department of Cooperative Governance". */
const NAME_SMALL_WORDS = /^(?:of|for|and|the|&)$/;

/**
 * `role-complement`: "an assistant professor of political science at the University of North Florida", "an expert on
 * the conflict at Chatham House", "the head of Hamas's political bureau": a role's head noun is read on through "of" or
 * "on" and the noun phrase they govern, up to the next preposition, clause or punctuation. The head alone
 * ("professor", "expert", "head") says too little of who the person is; "at", "in", "for", "with" still end the role.
 */
export const roleComplement: Rule & { end(tokens: NameToken[], k: number): NameToken | null } = {
  name: 'role-complement',
  reason:
    'A role\'s head noun was read up to the first preposition, so "professor of political science" became "professor" and "expert on the conflict" "expert": what a role is of or about is part of it.',
  /** The last token of the noun phrase governed by the "of"/"on" right after the head noun at `k - 1`, or null when there is none. */
  end(tokens, k) {
    const prep = tokens[k];
    if (!prep || prep.cap || !ROLE_COMPLEMENT_PREPOSITIONS.has(prep.lower) || !isSpaced(prep.gap)) return null;
    let j = k + 1;
    const article = ROLE_ARTICLE_WORD.test(tokens[j]?.text ?? '') && !tokens[j]!.cap && isSpaced(tokens[j]!.gap);
    if (article) j++;
    let end: NameToken | null = null;
    let previous: NameToken | null = null;
    // "the conflict", "the vote": after an article a word the lexicon files as a verb is a noun
    const nounAt = (t: NameToken, i: number) => has(t, 'Noun') || (article && i === k + 2 && has(t, 'Verb') && !has(t, 'PastTense', 'Gerund'));
    let n = 0;
    for (; j < tokens.length && n < ROLE_COMPLEMENT_MAX; j++, n++) {
      const t = tokens[j]!;
      // "the London-based": a word glued to the next by a hyphen modifies what follows, so the phrase is not read
      if (/^\s*[-–]\s*$/.test(t.gap)) return null;
      if (!isSpaced(t.gap) && !(t.cap && AMPERSAND_GAP.test(t.gap))) break;
      const next = tokens[j + 1];
      // "Department of Cooperative Governance", "Apex Financial Services": a name, small words inside it
      const inName = t.cap || (previous?.cap === true && !!next?.cap && NAME_SMALL_WORDS.test(t.text));
      if (!inName) {
        if (has(t, 'Preposition') || RELATIVE_PRONOUNS.has(t.lower) || has(t, ...APPOSITIVE_HEAD_STOP_TAGS)) break;
        // "legal and international affairs": "and" joins two modifiers of one noun (after a noun it opens a second role)
        if (t.lower === 'and' && previous && !previous.cap && !has(previous, 'Noun') && next && !next.cap && isSpaced(next.gap)) {
          previous = t;
          continue;
        }
        if (!nounAt(t, j) && (!has(t, 'Adjective') || has(t, 'Verb'))) break;
      }
      previous = t;
      if (t.possessive) {
        // "Hamas's political bureau": an owner goes on to its noun
        if (!next || next.cap || !isSpaced(next.gap)) break;
        continue;
      }
      if (t.cap || nounAt(t, j)) end = t;
    }
    return end && endsPhrase(tokens, tokens.indexOf(end, k) + 1) ? end : null;
  },
};

export const ownedByCommonNoun: Rule & { holds(tokens: NameToken[], k: number): boolean; slashed(tokens: NameToken[], k: number): boolean } = {
  name: 'owned-role-head',
  reason:
    'A role after a name may be owned by a common noun ("NAME, the festival\'s producer/director", "NAME, the foundation\'s executive director") or a body named with an ampersand ("the Jazz & Heritage Foundation\'s executive director"), and two role nouns may share it across a slash; the owner had ended the role before its noun.',
  /** "festival's" after "the": a lower-case noun's possessive, a noun after it. */
  holds(tokens, k) {
    const t = tokens[k];
    const next = tokens[k + 1];
    return !!t && !!next && !t.cap && t.possessive && has(t, 'Noun') && isSpaced(t.gap) && isSpaced(next.gap) && !next.cap;
  },
  /** "producer/director": a lower-case noun right after a slash. */
  slashed(tokens, k) {
    const t = tokens[k]!;
    return ROLE_SLASH.test(t.gap) && !t.cap && has(t, 'Noun') && !has(tokens[k - 1]!, 'Preposition');
  },
};

export const describerBeforeOwner: Rule & { skip(tokens: NameToken[], k: number): number } = {
  name: 'describer-before-owner',
  reason:
    'An appositive\'s role may put an adjective between its article and the body that owns the role ("NAME, the former Australian World Cup coach who …", "NAME, a former New York Mets clubhouse employee who …"); the owner was read only right after the article, so such a role was lost.',
  /** The token after one or two lower-case adjectives (no noun, no verb) that stand right before a capitalised word. */
  skip(tokens, k) {
    let j = k;
    while (j - k < DESCRIBERS_BEFORE_OWNER_MAX) {
      const t = tokens[j];
      if (
        !t ||
        t.cap ||
        t.possessive ||
        DEGREE_WORDS.has(t.lower) ||
        !isSpaced(t.gap) ||
        !has(t, 'Adjective') ||
        has(t, 'Noun', 'Verb', 'Conjunction', 'Preposition', 'Adverb', 'Superlative')
      )
        break;
      j++;
    }
    return j > k && tokens[j]?.cap && isSpaced(tokens[j]!.gap) && !isTitle(tokens[j]!) ? j : k;
  },
};
