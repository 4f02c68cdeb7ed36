import { capitalised, tokenizeWords, type WordToken } from '../../../../core/tokens.js';
import {
  INSTITUTION_HEAD_AGENT_VERBS,
  INSTITUTION_HEAD_MEMBER_NOUNS,
  INSTITUTION_HEAD_MEMBER_PREPOSITIONS,
  INSTITUTION_HEAD_NOUNS_AFTER,
  INSTITUTION_HEAD_OBJECT_VERBS,
  INSTITUTION_HEAD_RUN_JOINERS,
} from '../words.js';
import { isProse } from '../wordCase/count.js';

/**
 * How often a word heads a capitalised name in running prose, counted over large unlabelled text
 * (`npm run fit:institution-heads`). The head is the name's last capitalised word before its first lower-case joiner
 * ("Forum" of "World Economic Forum", "Campaign" of "Campaign to End the Death Penalty"). For each head, the distinct
 * names it heads:
 * - `cued`: in a body's cue: after a member's noun ("a spokesman for the …", "members of …"), before one ("…
 *   spokesman"), after an agent's "by" ("called by the …"), after "joined"/"formed"/"founded", or spelled by an
 *   acronym in parentheses right after it ("… (WEF)");
 * - `names`: all of them;
 * - `afterIn`: right after "in" or "in the" (a place's or an event's cue: "in the Iraq War", "in Orange County").
 */
export interface InstitutionHeadCounts {
  cued: Set<string>;
  names: Set<string>;
  afterIn: Set<string>;
}

/** A capitalised word in running prose: not in capitals throughout, not after a line break. */
const capitalWord = (t: WordToken | undefined): t is WordToken => !!t && capitalised(t.text) && t.text !== t.text.toUpperCase() && !t.gap.includes('\n');

/** The end (index of its last capitalised word) of the name opening at `i`, running through lower-case joiners. */
function nameEnd(tokens: WordToken[], i: number): number {
  let last = i;
  for (let k = i + 1; k < tokens.length && tokens[k]!.gap === ' ' && !tokens[k - 1]!.possessive; k++) {
    if (capitalWord(tokens[k])) last = k;
    else if (!INSTITUTION_HEAD_RUN_JOINERS.has(tokens[k]!.text) || tokens[k + 1]?.gap !== ' ') break;
  }
  return last;
}

/** Whether the words around the name from `i` to `end` say a body. */
function bodyCue(paragraph: string, tokens: WordToken[], i: number, end: number): boolean {
  let j = i - 1;
  if (tokens[j]?.lower === 'the') j--;
  const before = tokens[j]?.lower ?? '';
  const beforeThat = tokens[j - 1]?.lower ?? '';
  if (INSTITUTION_HEAD_MEMBER_PREPOSITIONS.has(before) && INSTITUTION_HEAD_MEMBER_NOUNS.has(beforeThat)) return true;
  if (before === 'by' && INSTITUTION_HEAD_AGENT_VERBS.has(beforeThat)) return true;
  if (INSTITUTION_HEAD_OBJECT_VERBS.has(before)) return true;
  const after = tokens[end + 1];
  if (after && after.gap === ' ' && !tokens[end]!.possessive && INSTITUTION_HEAD_NOUNS_AFTER.has(after.lower)) return true;
  const acronym = /^\s*\(([A-Z]{2,7})\)/.exec(paragraph.slice(tokens[end]!.end))?.[1];
  const initials = tokens
    .slice(i, end + 1)
    .filter((t) => capitalWord(t))
    .map((t) => t.text[0])
    .join('');
  return acronym === initials;
}

/** Counts the names of one prose paragraph into `counts`: names of two capitalised words or more, not opening a sentence. */
export function countParagraphHeads(paragraph: string, counts: Map<string, InstitutionHeadCounts>): void {
  const tokens = tokenizeWords(paragraph);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!capitalWord(t)) continue;
    const end = nameEnd(tokens, i);
    // a name opening a sentence is skipped whole: its first word's capital says nothing
    if (t.sentenceStart) {
      i = end;
      continue;
    }
    const words = tokens.slice(i, end + 1);
    const opening = i;
    i = end;
    if (words.filter((w) => capitalWord(w)).length < 2) continue;
    let head = 0;
    while (head < words.length - 1 && !INSTITUTION_HEAD_RUN_JOINERS.has(words[head + 1]!.text)) head++;
    const word = words[head]!.lower.replace(/’/g, "'");
    const name = words.map((w) => w.text).join(' ');
    const c = counts.get(word) ?? counts.set(word, { cued: new Set(), names: new Set(), afterIn: new Set() }).get(word)!;
    c.names.add(name);
    if (bodyCue(paragraph, tokens, opening, end)) c.cued.add(name);
    const before = tokens[opening - 1]?.lower === 'the' ? tokens[opening - 2] : tokens[opening - 1];
    if (before?.lower === 'in') c.afterIn.add(name);
  }
}

/** Counts every prose paragraph of `paragraphs` into `counts` (a new map when none is given). */
export function countInstitutionHeads(paragraphs: Iterable<string>, counts = new Map<string, InstitutionHeadCounts>()): Map<string, InstitutionHeadCounts> {
  for (const p of paragraphs) if (isProse(p)) countParagraphHeads(p, counts);
  return counts;
}
