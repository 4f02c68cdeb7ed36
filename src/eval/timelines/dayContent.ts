import type { Corpus } from '../../pipeline/corpus.js';
import { every, type Steps } from '../../pipeline/steps.js';
import { processTerm, tokenize } from '../../search/terms.js';
import { HAPPENING_WORDS } from './happeningWords.js';

/**
 * Candidate features of a key day itself, for fitting (branch tl3, docs/evaluation.md, "Day features
 * of the happening itself"): who the passages that name a day name (the story's most-named person or
 * organisation, its ten most named), how near their words are to the story's, whether they tell the
 * day in quoted speech or narration, whether they tell a happening ("sentenced", "resigned"), whether
 * it was only ever told ahead. Measured against the timeline's own features (dayFeatures.ts) and not
 * kept in the product: `--dump-days` writes them after those, by name, for `npm run fit:days`.
 */
export const CANDIDATE_DAY_FEATURES = [
  /** log(1 + articles whose passage naming the day names the story's most-named person or organisation). */
  'mainEntity',
  /** Share of the day's passages that name the story's main entity. */
  'mainEntityShare',
  /** log(1 + articles whose passage naming the day names the main entity first: it is the subject). */
  'mainSubject',
  /** log(1 + distinct entities of the story's ten most named that the day's passages name). */
  'topEntities',
  /** Cosine of the day's passages' words with the whole story's (tf-idf). */
  'centroid',
  /** Mean share of a day's passage's words among the story's 50 heaviest. */
  'topTerms',
  /** log(1 + articles that name the day outside quoted speech): told by the reporter. */
  'narrated',
  /** Share of the day's mentions inside quoted speech. */
  'quotedShare',
  /** log(1 + articles whose passage naming the day holds a happening word: "sentenced", "resigned"). */
  'happeningWords',
  /** Share of the day's passages that hold a happening word. */
  'happeningShare',
  /** log(1 + articles whose passage naming the day names the main entity and holds a happening word). */
  'mainHappening',
  /** log(1 + articles whose passage naming the day has the main entity as its subject and holds a happening word). */
  'subjectHappening',
  /** 1 when every article naming it was published before it: a plan no later report tells. */
  'onlyAhead',
  /** Share of the articles naming it that were published before it. */
  'aheadShare',
] as const;
export type CandidateDayFeature = (typeof CANDIDATE_DAY_FEATURES)[number];

/** How each day is named: its passages, and by whom when and how (quoted speech or narration). */
interface DayMentions {
  passages: Set<string>;
  articles: Set<string>;
  ahead: Set<string>;
  after: Set<string>;
  narrated: Set<string>;
  mentions: number;
  quoted: number;
}

/** The candidate features of every day a day-precise mention names (CANDIDATE_DAY_FEATURES order). */
export function* candidateDayFeatureSteps(corpus: Corpus): Steps<Map<string, Float64Array>> {
  const tick = every(4096);
  const byDay = new Map<string, DayMentions>();
  for (const m of corpus.annotations.dates) {
    if (tick()) yield;
    if (m.precision !== 'day') continue;
    const passage = corpus.passageById.get(m.passageId);
    if (!passage) continue;
    let c = byDay.get(m.date);
    if (!c)
      byDay.set(m.date, (c = { passages: new Set(), articles: new Set(), ahead: new Set(), after: new Set(), narrated: new Set(), mentions: 0, quoted: 0 }));
    const article = passage.articleId;
    c.passages.add(passage.id);
    c.articles.add(article);
    c.mentions++;
    if (insideQuotation(passage.text, m.start - passage.start)) c.quoted++;
    else c.narrated.add(article);
    const on = corpus.articleById.get(article)?.published?.slice(0, 10);
    if (on !== undefined) (on < m.date ? c.ahead : c.after).add(article);
  }
  const content = yield* dayContentSteps(corpus, new Map([...byDay].map(([day, c]) => [day, c.passages])));
  const out = new Map<string, Float64Array>();
  for (const [day, c] of byDay) {
    const d = content.get(day)!;
    const values: Record<CandidateDayFeature, number> = {
      mainEntity: Math.log1p(d.mainEntityArticles),
      mainEntityShare: d.mainEntityShare,
      mainSubject: Math.log1p(d.mainSubjectArticles),
      topEntities: Math.log1p(d.topEntities),
      centroid: d.centroid,
      topTerms: d.topTerms,
      narrated: Math.log1p(c.narrated.size),
      quotedShare: c.mentions ? c.quoted / c.mentions : 0,
      happeningWords: Math.log1p(d.happeningArticles),
      happeningShare: d.happeningShare,
      mainHappening: Math.log1p(d.mainHappeningArticles),
      subjectHappening: Math.log1p(d.subjectHappeningArticles),
      onlyAhead: c.ahead.size > 0 && c.after.size === 0 ? 1 : 0,
      aheadShare: c.ahead.size / c.articles.size,
    };
    out.set(
      day,
      Float64Array.from(CANDIDATE_DAY_FEATURES, (f) => values[f]),
    );
  }
  return out;
}

/** What the passages that name a day say, against the story. */
export interface DayContent {
  /** Articles with a passage naming the day that names the story's main entity. */
  mainEntityArticles: number;
  /** Share of the day's passages that name the main entity. */
  mainEntityShare: number;
  /** Articles with a passage naming the day whose first named entity is the main entity: it is the subject. */
  mainSubjectArticles: number;
  /** Distinct entities of the story's ten most named that the day's passages name. */
  topEntities: number;
  /** Cosine of the day's passages' words (tf-idf) with the whole story's. */
  centroid: number;
  /** Mean share of a day's passage's words that are among the story's 50 heaviest. */
  topTerms: number;
  /** Articles with a passage naming the day that holds a happening word (happeningWords.ts). */
  happeningArticles: number;
  /** Share of the day's passages that hold one. */
  happeningShare: number;
  /** Articles with a passage naming the day that names the main entity and holds a happening word: what happened to it. */
  mainHappeningArticles: number;
  /** The same, with the main entity the passage's first named entity: what it did. */
  subjectHappeningArticles: number;
}

/** The entities that count as the story's own. */
const TOP_ENTITIES = 10;
/** The story's heaviest words. */
const TOP_TERMS = 50;

interface PassageTraits {
  articleId: string;
  main: boolean;
  mainFirst: boolean;
  top: number[];
  terms: string[];
  happening: boolean;
}

/** The content features of each day, from the ids of the passages that name it. */
export function* dayContentSteps(corpus: Corpus, passagesByDay: ReadonlyMap<string, ReadonlySet<string>>): Steps<Map<string, DayContent>> {
  const tick = every(2048);
  const wanted = new Set<string>();
  for (const ids of passagesByDay.values()) for (const id of ids) wanted.add(id);
  const who = yield* whoSteps(corpus, wanted);
  const { traits, story, idf } = yield* wordSteps(corpus, wanted, who);
  let storyNorm = 0;
  for (const w of story.values()) storyNorm += w * w;
  storyNorm = Math.sqrt(storyNorm);
  const heaviest = new Set(
    [...story]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_TERMS)
      .map(([t]) => t),
  );
  const out = new Map<string, DayContent>();
  for (const [day, ids] of passagesByDay) {
    if (tick()) yield;
    const passages = [...ids].map((id) => traits.get(id)).filter((p): p is PassageTraits => p !== undefined);
    const articles = (pick: (p: PassageTraits) => boolean) => new Set(passages.filter(pick).map((p) => p.articleId)).size;
    const share = (pick: (p: PassageTraits) => boolean) => (passages.length ? passages.filter(pick).length / passages.length : 0);
    const vector = new Map<string, number>();
    for (const p of passages) for (const t of p.terms) vector.set(t, (vector.get(t) ?? 0) + idf(t));
    let dot = 0;
    let norm = 0;
    for (const [t, w] of vector) {
      dot += w * (story.get(t) ?? 0);
      norm += w * w;
    }
    out.set(day, {
      mainEntityArticles: articles((p) => p.main),
      mainEntityShare: share((p) => p.main),
      mainSubjectArticles: articles((p) => p.mainFirst),
      topEntities: new Set(passages.flatMap((p) => p.top)).size,
      centroid: norm && storyNorm ? dot / (Math.sqrt(norm) * storyNorm) : 0,
      topTerms: passages.length
        ? passages.reduce((sum, p) => sum + (p.terms.length ? p.terms.filter((t) => heaviest.has(t)).length / p.terms.length : 0), 0) / passages.length
        : 0,
      happeningArticles: articles((p) => p.happening),
      happeningShare: share((p) => p.happening),
      mainHappeningArticles: articles((p) => p.happening && p.main),
      subjectHappeningArticles: articles((p) => p.happening && p.mainFirst),
    });
  }
  return out;
}

interface Who {
  /** Whether the story has a main entity at all. */
  main: boolean;
  /** Each wanted passage's first named entity is the main one. */
  mainFirst: Set<string>;
  /** Which of the story's top entities (0: the main one) each wanted passage names. */
  topNamed: Map<string, Set<number>>;
}

/** Who the wanted passages name: the person or organisation most articles name, and the ten most named. */
function* whoSteps(corpus: Corpus, wanted: ReadonlySet<string>): Steps<Who> {
  const tick = every(2048);
  const ranked = corpus.annotations.entities.filter((e) => e.kind !== 'other').sort((a, b) => b.articles.length - a.articles.length);
  const topIndex = new Map(ranked.slice(0, TOP_ENTITIES).map((e, i) => [e.id, i]));
  const mainId = ranked[0]?.id;
  const firstNamed = new Map<string, { start: number; id: string }>();
  const topNamed = new Map<string, Set<number>>();
  for (const e of corpus.annotations.entities) {
    const k = topIndex.get(e.id);
    for (const m of e.mentions) {
      if (!wanted.has(m.passageId)) continue;
      const first = firstNamed.get(m.passageId);
      if (!first || m.start < first.start) firstNamed.set(m.passageId, { start: m.start, id: e.id });
      if (k !== undefined) {
        const set = topNamed.get(m.passageId);
        if (set) set.add(k);
        else topNamed.set(m.passageId, new Set([k]));
      }
    }
    if (tick()) yield;
  }
  const mainFirst = new Set([...firstNamed].filter(([, f]) => f.id === mainId).map(([id]) => id));
  return { main: mainId !== undefined, mainFirst, topNamed };
}

/** Each wanted passage's traits; the story's centroid (each term: the passages that hold it times its idf). */
function* wordSteps(
  corpus: Corpus,
  wanted: ReadonlySet<string>,
  who: Who,
): Steps<{ traits: Map<string, PassageTraits>; story: Map<string, number>; idf: (t: string) => number }> {
  const tick = every(2048);
  const df = new Map<string, number>();
  const traits = new Map<string, PassageTraits>();
  for (const p of corpus.passages) {
    if (tick()) yield;
    const terms = new Set<string>();
    let happening = false;
    for (const w of tokenize(p.text)) {
      if (HAPPENING_WORDS.has(w)) happening = true;
      const t = processTerm(w);
      if (t && t.length > 1) terms.add(t);
    }
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
    if (!wanted.has(p.id)) continue;
    const named = who.topNamed.get(p.id);
    traits.set(p.id, {
      articleId: p.articleId,
      main: who.main && (named?.has(0) ?? false),
      mainFirst: who.mainFirst.has(p.id),
      top: named ? [...named] : [],
      terms: [...terms],
      happening,
    });
  }
  const total = corpus.passages.length;
  const idf = (t: string) => Math.log(total / (df.get(t) ?? 1));
  const story = new Map<string, number>();
  for (const [t, n] of df) if (n * idf(t) > 0) story.set(t, n * idf(t));
  return { traits, story, idf };
}

/**
 * Whether a place in a sentence is inside quoted speech. Curly quotes say which way they turn; straight
 * ones are counted (an odd number before it: inside). A sentence that opens no quote but closes one
 * ("… he said. It was over on Friday," she added) goes on a quotation of the sentence before.
 */
export function insideQuotation(text: string, at: number): boolean {
  let straight = 0;
  let curly: string | null = null;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') straight++;
    else if (c === '“' || c === '”') curly = c;
  }
  if (curly) return curly === '“';
  if (straight) return straight % 2 === 1;
  let after = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“') return false;
    if (c === '”') return true;
    if (c === '"') after++;
  }
  return after % 2 === 1;
}
