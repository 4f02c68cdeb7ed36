import { lexiconTags } from '../../../../core/lexicon.js';
import { capitalised, isSpaced, tokenizeWords, type WordToken } from '../../../../core/tokens.js';
import { isProse } from '../wordCase/count.js';

/**
 * Where a lower-case word stands as a person's role, counted over large unlabelled prose (`npm run fit:role-heads`):
 * - `before`: right before a person's full name in mid-sentence ("rapper Soulja Boy", "said spokesman Chris Sims");
 * - `apposed`: heading an appositive after a person's name, after an article ("Chris Sims, a spokesman for …",
 *   "Ann Lee, the company's chief executive, said"): the last lower-case word before a comma, a dot or a preposition;
 * - `lower`: every use of the word in lower case.
 * A word that names an office, a job, a rank or a relation is seen in both positions; a verb ("said Chris Sims") in the
 * first only, an adjective or a noun of things in neither often enough (`roleHeads/table.ts` reads the counts).
 */
export interface RoleHeadCounts {
  before: number;
  apposed: number;
  lower: number;
}

/** A lower-case word in letters (inner hyphens and apostrophes kept), two letters or more. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*\p{Ll}$/u;
/** The article that opens a role set off after a name. */
const ARTICLE = /^(?:a|an|the)$/;
/** The prepositions after a role's head noun: "spokesman for", "head of", "director at". */
const COMPLEMENT = /^(?:of|for|at|with|in|on|to|from)$/;
/** At most this many lower-case words in an appositive's role after its article ("a senior political affairs officer"). */
export const APPOSED_WORDS_MAX = 4;

const isFirstName = (t: WordToken) => lexiconTags(t.lower).some((tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName');
const isCapWord = (t: WordToken | undefined): t is WordToken => !!t && capitalised(t.text) && t.text !== t.text.toUpperCase();

function add(counts: Map<string, RoleHeadCounts>, word: string, field: keyof RoleHeadCounts): void {
  const c = counts.get(word);
  if (c) c[field]++;
  else counts.set(word, { before: 0, apposed: 0, lower: 0, [field]: 1 });
}

/** The index past a person's full name opening at `i` (a first name, then one capitalised word or more), or -1. */
function fullNameEnd(tokens: WordToken[], i: number): number {
  const first = tokens[i]!;
  if (first.sentenceStart || !isCapWord(first) || !isFirstName(first) || first.possessive) return -1;
  let k = i + 1;
  while (k < tokens.length && isCapWord(tokens[k]) && isSpaced(tokens[k]!.gap) && !tokens[k - 1]!.possessive) k++;
  return k - i >= 2 ? k : -1;
}

/** The head of a role set off after a name: ", a/an/the" then lower-case words up to a comma, a dot or a preposition. */
function apposedHead(tokens: WordToken[], end: number): string | null {
  const article = tokens[end];
  if (!article || !/^,\s+$/.test(article.gap) || !ARTICLE.test(article.text)) return null;
  let head: WordToken | null = null;
  for (let k = end + 1; k < tokens.length && k - end <= APPOSED_WORDS_MAX; k++) {
    const t = tokens[k]!;
    if (!isSpaced(t.gap)) return head && /^[,.]/.test(t.gap) ? head.lower : null;
    if (COMPLEMENT.test(t.text)) return head?.lower ?? null;
    if (!LOWER_WORD.test(t.text)) return null;
    // ("the company's chief executive": a common noun's possessive right after the article opens the role's words)
    if (t.possessive) {
      if (k > end + 1) return null;
      continue;
    }
    head = t;
  }
  const after = tokens[end + APPOSED_WORDS_MAX + 1];
  return head && (!after || /^[,.]/.test(after.gap)) ? head.lower : null;
}

/** Counts one prose paragraph's role positions and lower-case words into `counts`. */
export function countRoleHeads(paragraph: string, counts: Map<string, RoleHeadCounts>): void {
  const tokens = tokenizeWords(paragraph);
  tokens.forEach((t, i) => {
    if (!LOWER_WORD.test(t.text) || t.gap.includes('\n')) return;
    add(counts, t.lower, 'lower');
    const next = tokens[i + 1];
    if (!t.possessive && next && isSpaced(next.gap) && fullNameEnd(tokens, i + 1) > 0) add(counts, t.lower, 'before');
  });
  for (let i = 0; i < tokens.length; i++) {
    const end = fullNameEnd(tokens, i);
    if (end < 0 || tokens[end - 1]!.possessive) continue;
    const head = apposedHead(tokens, end);
    if (head) add(counts, head, 'apposed');
    i = end - 1;
  }
}

/** Counts every prose paragraph of `paragraphs` into `counts` (a new map when none is given). */
export function countRoleHeadsIn(paragraphs: Iterable<string>, counts = new Map<string, RoleHeadCounts>()): Map<string, RoleHeadCounts> {
  for (const p of paragraphs) if (isProse(p)) countRoleHeads(p, counts);
  return counts;
}
