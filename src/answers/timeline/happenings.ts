import { addDays, firstOfMonth, firstOfYear, parseIso } from '../../annotate/dates/calendar.js';
import type { DateMention, DatePrecision } from '../../annotate/dates/index.js';
import type { Passage } from '../../passages/types.js';
import type { Corpus } from '../../pipeline/corpus.js';
import { processTerm, tokenize } from '../../search/terms.js';
import { every, sortSteps, type Steps } from '../../pipeline/steps.js';
import { memoize } from '../../text/memo.js';

/**
 * The timeline's happenings: dated passages grouped by date, then by the rare words they share, each
 * group read oldest report first. Built once per corpus (answer.ts keeps them in its index).
 */

export interface Happening {
  date: string;
  end: string;
  precision: DatePrecision;
  /** Oldest report first. */
  passages: Passage[];
  /** How much each passage shares with the others (its summed shared rarity). */
  affinity: Map<string, number>;
}

/**
 * Same date, then same happening: passages dated alike are linked when the
 * words they share are rare enough in the corpus to say they tell one story
 * (summed inverse document frequency), and linked passages form one entry.
 */
export function* groupHappenings(corpus: Corpus, mentions: DateMention[], order: PassageOrder): Steps<Happening[]> {
  const tick = every(1024);
  const byDate = new Map<string, { date: string; precision: DatePrecision; passages: Map<string, Passage> }>();
  for (const m of mentions) {
    if (tick()) yield;
    const passage = corpus.passageById.get(m.passageId);
    if (!passage) continue;
    const key = `${m.precision}|${m.date}`;
    let group = byDate.get(key);
    if (!group) byDate.set(key, (group = { date: m.date, precision: m.precision, passages: new Map() }));
    group.passages.set(passage.id, passage);
  }
  const dated = new Map<string, Passage>();
  for (const group of byDate.values()) {
    for (const p of group.passages.values()) dated.set(p.id, p);
    if (tick()) yield;
  }
  const stats = yield* termStats([...dated.values()]);
  const out: Happening[] = [];
  for (const group of byDate.values()) {
    for (const cluster of yield* clusterPassages([...group.passages.values()], stats, order)) {
      out.push({ date: group.date, end: periodEnd(group.date, group.precision), precision: group.precision, ...cluster });
    }
    // Thousands of dates, most with a few passages: a step each keeps no slice long.
    yield;
  }
  return out;
}

interface TermStats {
  /** A passage's text with whitespace collapsed: copies share it. */
  textKey: Map<string, string>;
  /** Per distinct text: its terms as sorted ids. */
  termsOf: Map<string, Int32Array>;
  /** Rarity (inverse document frequency) by term id. */
  idf: Float64Array;
  /** Summed rarity of the words two passages share that makes them one happening. */
  sameHappening: number;
}

/** Words that date a passage, not tell what happened in it. */
const CALENDAR_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|day|days|week|weeks|month|months|year|years|today|yesterday|tomorrow|earlier|later|last|next|this|\d{1,4})$/;

/**
 * Rarity is measured among the dated passages (the ones being grouped), and
 * document frequencies count distinct texts, so syndicated copies do not make
 * a story's own words look common.
 */
function* termStats(dated: Passage[]): Steps<TermStats> {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const textKey = new Map<string, string>();
  const termsOf = new Map<string, Int32Array>();
  const tick = every(64);
  for (const p of dated) {
    if (tick()) yield;
    const key = p.text.replace(/\s+/g, ' ').trim();
    textKey.set(p.id, key);
    if (termsOf.has(key)) continue;
    const own = new Set<number>();
    for (const word of tokenize(key)) {
      const term = termOf(word);
      if (!term) continue;
      let id = ids.get(term);
      if (id === undefined) {
        ids.set(term, (id = ids.size));
        df.push(0);
      }
      own.add(id);
    }
    for (const id of own) df[id]!++;
    termsOf.set(key, Int32Array.from(own).sort());
  }
  const n = Math.max(termsOf.size, 2);
  const idf = Float64Array.from(df, (count) => Math.log(n / count));
  // Sharing words worth one word found nowhere else: a bar that rises with the corpus.
  return { textKey, termsOf, idf, sameHappening: Math.log(n) };
}

/** The index's term for a word (stemmed, stop words dropped), memoised (pure, see memoize); calendar words are no term. */
const termOf = memoize((word): string | null => (CALENDAR_WORD.test(word) ? null : processTerm(word)));

/** Pairs of passages compared between two yields. */
const PAIRS_PER_STEP = 4096;

function* clusterPassages(passages: Passage[], stats: TermStats, order: PassageOrder): Steps<Pick<Happening, 'passages' | 'affinity'>[]> {
  // Word-for-word copies (syndicated wire text) are one node, so a large corpus costs no more to compare.
  const nodes = new Map<string, Passage[]>();
  for (const p of passages) {
    const key = stats.textKey.get(p.id)!;
    const list = nodes.get(key);
    if (list) list.push(p);
    else nodes.set(key, [p]);
  }
  const keys = [...nodes.keys()];
  const members = [...nodes.values()];
  const terms = keys.map((k) => stats.termsOf.get(k)!);
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // A copy shares every word with its original.
  const affinity = members.map((ps, i) => (ps.length - 1) * sharedRarity(terms[i]!, terms[i]!, stats.idf));
  if (members.length > 1024) yield;
  let pairs = 0;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const shared = sharedRarity(terms[i]!, terms[j]!, stats.idf);
      if (!shared) continue;
      affinity[i] = affinity[i]! + shared * members[j]!.length;
      affinity[j] = affinity[j]! + shared * members[i]!.length;
      if (shared >= stats.sameHappening) parent[find(i)] = find(j);
    }
    pairs += members.length - i;
    if (pairs >= PAIRS_PER_STEP) {
      pairs = 0;
      yield;
    }
  }
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < members.length; i++) {
    const root = find(i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  }
  const out: Pick<Happening, 'passages' | 'affinity'>[] = [];
  const tick = every(64);
  for (const idx of clusters.values()) {
    const affinityOf = new Map<string, number>();
    for (const i of idx) for (const p of members[i]!) affinityOf.set(p.id, affinity[i]!);
    out.push({
      passages: yield* sortSteps(
        idx.flatMap((i) => members[i]!),
        order,
      ),
      affinity: affinityOf,
    });
    if (tick()) yield;
  }
  return out;
}

/** Summed rarity of the terms two sorted id lists share. */
function sharedRarity(a: Int32Array, b: Int32Array, idf: Float64Array): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      sum += idf[a[i]!]!;
      i++;
      j++;
    }
  }
  return sum;
}

export type PassageOrder = (a: Passage, b: Passage) => number;

/**
 * Oldest report first, then article, then place in the article. The articles'
 * order (by publication date, then id) is worked out once: comparing two
 * passages is then comparing two numbers, and gives what comparing their
 * dates and ids would.
 */
export function* readingOrderSteps(corpus: Corpus): Steps<PassageOrder> {
  const published = (articleId: string) => corpus.articleById.get(articleId)?.published ?? '9999';
  const byArticle = (a: string, b: string) => published(a).localeCompare(published(b)) || a.localeCompare(b);
  const distinct = new Set(corpus.articles.map((a) => a.id));
  const tick = every(4096);
  for (const p of corpus.passages) {
    distinct.add(p.articleId);
    if (tick()) yield;
  }
  const ids = yield* sortSteps([...distinct], byArticle);
  // Articles the comparison cannot tell apart share a rank, as they would compare equal.
  const rank = new Map<string, number>();
  for (const [i, id] of ids.entries()) rank.set(id, i > 0 && byArticle(ids[i - 1]!, id) === 0 ? rank.get(ids[i - 1]!)! : i);
  yield;
  return (a, b) => rank.get(a.articleId)! - rank.get(b.articleId)! || a.start - b.start;
}

/** The last day of the period a mention names. */
export function periodEnd(date: string, precision: DatePrecision): string {
  const d = parseIso(date);
  if (precision === 'day') return date;
  if (precision === 'week') return addDays(date, 6);
  if (precision === 'month') return addDays(firstOfMonth(d.year, d.month + 1), -1);
  return addDays(firstOfYear(d.year + 1), -1);
}
