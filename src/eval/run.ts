import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { timelineAnswer } from '../answers/timeline/answer.js';
import { TimelineOptionsSchema } from '../answers/timeline/options.js';
import { whoAnswer, type WhoListAnswer } from '../answers/who/answer.js';
import { WhoOptionsSchema } from '../answers/who/options.js';
import { annotateEntities } from '../annotate/names/index.js';
import { readArticles } from '../corpus/readArticles.js';
import { ingest } from '../ingest/ingest.js';
import { paragraphSpans } from '../passages/extract.js';
import type { Article, ArticleSource } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import type { Corpus } from '../pipeline/corpus.js';
import { loadCorpus } from '../pipeline/loadCorpus.js';
import { inSplit, type EvalPage, type EvalSplit } from './labels.js';
import {
  addCounts,
  chromeLeaks,
  droppedSentences,
  noCounts,
  rates,
  ratio,
  scoreCrowd,
  scoreDates,
  scoreGatherings,
  scoreListing,
  scoreWho,
  LISTING_TOP,
  type ChromeLeak,
  type ListingScore,
  type Counts,
  type CrowdMatch,
  type DateMiss,
  type GatheringScore,
  type Rates,
  type WhoScore,
} from './score.js';

/** One page's results; a list is present only for what the page labels. */
export interface PageResult {
  page: string;
  holdout: boolean;
  /** The later batch the page belongs to, if any (`fresh`, `fresh2`, `fresh3`, `fresh4`, `fresh5`, `fresh6`, `fresh7`, `fresh8`, `fresh9`, `fresh10`, `fresh11`, `fresh12`). */
  batch?: string;
  /** Why the ingest refused the page, when it did (every labelled item then counts as missed). */
  refused: string | null;
  /** The publication day the ingest read against the labelled one (a reader's), when the page labels one. */
  published?: { expected: string; got: string | null };
  passages: number;
  chrome?: { lines: number; leaks: ChromeLeak[]; dropped?: string[] };
  dates?: { counts: Counts; wrongDay: number; misses: DateMiss[]; extra: string[] };
  crowd?: { counts: Counts; claimantsRight: number; missed: string[]; extra: string[] };
  who?: WhoScore;
}

export interface EvalReport {
  pages: number;
  refused: number;
  /** Pages whose labels give a publication day: read right, read as another day, not read at all (or refused). */
  published: { labelled: number; right: number; wrong: number };
  split: EvalSplit;
  /** `dropped`: sentences of the article files that became no passage and no chrome label names (when the files were read). */
  chrome: { pages: number; pagesLeaking: number; lines: number; leaked: number; dropped?: number };
  dates: { pages: number; counts: Counts; rates: Rates; wrongDay: number };
  /** The days of the timeline answer (limit 100) against the labelled days, over the whole set: no journalist's key days are labelled. */
  timelineDays: { labelled: number; listed: number; counts: Counts; rates: Rates };
  crowd: { pages: number; counts: Counts; rates: Rates; claimantAccuracy: number | null; gatherings: GatheringScore };
  who: {
    pages: number;
    entities: number;
    foundRate: number | null;
    spellingsJoinedRate: number | null;
    rolesRate: number | null;
    /** The `who` listing over the pages with entity labels read as one corpus: junk in its first 40. */
    listing: ListingScore;
  };
  perPage: PageResult[];
}

export interface EvalOptions {
  split?: EvalSplit;
  /** Keeps the temporary story (its folder is reported) instead of removing it. */
  keep?: boolean;
}

/**
 * Ingests the pages into a temporary story by the real path (the page file, Readability, the article
 * file, passages, annotations), then scores what the extractors and answers return against the labels.
 */
export async function runEval(all: readonly EvalPage[], options: EvalOptions = {}): Promise<EvalReport & { storyDir?: string }> {
  const split = options.split ?? 'all';
  const pages = all.filter((p) => inSplit(p.labels, split));
  const storyDir = await mkdtemp(path.join(tmpdir(), 'eventdesk-eval-'));
  try {
    const report = await ingest(
      pages.map((p) => ({ kind: 'file' as const, path: p.source })),
      storyDir,
      { snapshot: false },
    );
    const { corpus } = await loadCorpus(storyDir, { snapshot: false });
    const { sources } = await readArticles(storyDir);
    const sourceOf = new Map(sources.map((s) => [s.article.id, s]));
    const articleOf = new Map<string, string>();
    const refusedOf = new Map<string, string>();
    for (const outcome of report.outcomes) {
      const page = pages.find((p) => p.source === outcome.source)!;
      if (outcome.status === 'added') articleOf.set(page.id, outcome.article.id);
      else refusedOf.set(page.id, outcome.message);
    }
    return { ...scoreCorpus(corpus, pages, articleOf, refusedOf, split, sourceOf), ...(options.keep ? { storyDir } : {}) };
  } finally {
    if (!options.keep) await rm(storyDir, { recursive: true, force: true });
  }
}

/** Scores a built corpus against the pages' labels; `articleOf` maps a page to its article in the corpus. */
export function scoreCorpus(
  corpus: Corpus,
  pages: readonly EvalPage[],
  articleOf: ReadonlyMap<string, string>,
  refusedOf: ReadonlyMap<string, string>,
  split: EvalReport['split'],
  sourceOf?: ReadonlyMap<string, ArticleSource>,
): EvalReport {
  const passageText = (id: string) => corpus.passageById.get(id)?.text ?? '';
  const perPage: PageResult[] = [];
  const crowdMatches: CrowdMatch[] = [];
  const labelledDays = new Set<string>();
  for (const page of pages) {
    const { labels } = page;
    const articleId = articleOf.get(page.id) ?? null;
    const passages = articleId ? corpus.passages.filter((p) => p.articleId === articleId) : [];
    const ids = new Set(passages.map((p) => p.id));
    const result: PageResult = {
      page: page.id,
      holdout: labels.holdout,
      ...(labels.batch ? { batch: labels.batch } : {}),
      refused: refusedOf.get(page.id) ?? null,
      passages: passages.length,
    };
    if (labels.published) result.published = { expected: labels.published, got: articleId ? (corpus.articleById.get(articleId)?.published ?? null) : null };
    if (labels.chrome) {
      result.chrome = { lines: labels.chrome.length, leaks: chromeLeaks(labels.chrome, passages) };
      const source = articleId ? sourceOf?.get(articleId) : undefined;
      if (source) result.chrome.dropped = droppedSentences(labels.chrome, paragraphSpans(source.text, source.article.bodyStart), source.text, passages);
    }
    if (labels.dates) {
      for (const d of labels.dates) labelledDays.add(d.date);
      result.dates = scoreDates(
        labels.dates,
        corpus.annotations.dates.filter((d) => ids.has(d.passageId)),
        passageText,
      );
    }
    if (labels.crowd) {
      const score = scoreCrowd(
        labels.crowd,
        corpus.annotations.crowd.filter((c) => c.articleId === articleId),
        passageText,
      );
      crowdMatches.push(...score.matches);
      result.crowd = { counts: score.counts, claimantsRight: score.claimantsRight, missed: score.missed, extra: score.extra };
    }
    if (labels.entities) result.who = scoreWho(labels.entities, articleId ? corpus.annotations.entities : [], articleId ?? '');
    perPage.push(result);
  }

  const sum = <T>(pick: (r: PageResult) => T | undefined, add: (acc: number, v: T) => number) =>
    perPage.reduce((acc, r) => {
      const v = pick(r);
      return v === undefined ? acc : add(acc, v);
    }, 0);
  const chromePages = perPage.filter((r) => r.chrome);
  const datePages = perPage.filter((r) => r.dates);
  const dateCounts = datePages.reduce((acc, r) => addCounts(acc, r.dates!.counts), noCounts());
  const crowdPages = perPage.filter((r) => r.crowd);
  const crowdCounts = crowdPages.reduce((acc, r) => addCounts(acc, r.crowd!.counts), noCounts());
  const whoPages = perPage.filter((r) => r.who);
  const who = (k: 'entities' | 'found' | 'spellings' | 'spellingsJoined' | 'roles' | 'rolesFound') =>
    sum(
      (r) => r.who?.[k],
      (a, v) => a + v,
    );

  // Only pages with date labels: another page's days (its publication day, say) could not be judged.
  const dated = articlesAlone(corpus, new Set(datePages.flatMap((r) => articleOf.get(r.page) ?? [])), (_, passages) => {
    const ids = new Set(passages.map((p) => p.id));
    return { dates: corpus.annotations.dates.filter((d) => ids.has(d.passageId)), crowd: [], entities: [] };
  });
  const listed = new Set(
    timelineAnswer(dated, TimelineOptionsSchema.parse({ limit: 100 }))
      .entries.filter((e) => e.precision === 'day')
      .map((e) => e.date),
  );
  const timelineCounts: Counts = {
    tp: [...listed].filter((d) => labelledDays.has(d)).length,
    fp: [...listed].filter((d) => !labelledDays.has(d)).length,
    fn: [...labelledDays].filter((d) => !listed.has(d)).length,
  };

  return {
    pages: pages.length,
    refused: refusedOf.size,
    published: {
      labelled: perPage.filter((r) => r.published).length,
      right: perPage.filter((r) => r.published && r.published.got === r.published.expected).length,
      wrong: perPage.filter((r) => r.published?.got && r.published.got !== r.published.expected).length,
    },
    split,
    chrome: {
      pages: chromePages.length,
      pagesLeaking: chromePages.filter((r) => r.chrome!.leaks.length).length,
      lines: sum(
        (r) => r.chrome?.lines,
        (a, v) => a + v,
      ),
      leaked: sum(
        (r) => r.chrome?.leaks.length,
        (a, v) => a + v,
      ),
      ...(sourceOf
        ? {
            dropped: sum(
              (r) => r.chrome?.dropped?.length,
              (a, v) => a + v,
            ),
          }
        : {}),
    },
    dates: {
      pages: datePages.length,
      counts: dateCounts,
      rates: rates(dateCounts),
      wrongDay: sum(
        (r) => r.dates?.wrongDay,
        (a, v) => a + v,
      ),
    },
    timelineDays: { labelled: labelledDays.size, listed: listed.size, counts: timelineCounts, rates: rates(timelineCounts) },
    crowd: {
      pages: crowdPages.length,
      counts: crowdCounts,
      rates: rates(crowdCounts),
      claimantAccuracy: ratio(
        sum(
          (r) => r.crowd?.claimantsRight,
          (a, v) => a + v,
        ),
        crowdCounts.tp,
      ),
      gatherings: scoreGatherings(crowdMatches),
    },
    who: {
      pages: whoPages.length,
      entities: who('entities'),
      foundRate: ratio(who('found'), who('entities')),
      spellingsJoinedRate: ratio(who('spellingsJoined'), who('spellings')),
      rolesRate: ratio(who('rolesFound'), who('roles')),
      listing: scoreListing(
        whoListingOf(corpus, new Set(pages.filter((p) => p.labels.entities).flatMap((p) => articleOf.get(p.id) ?? []))),
        pages.flatMap((p) => p.labels.entities ?? []),
      ),
    },
    perPage,
  };
}

/**
 * The `who` answer's listing (no name asked) over the given articles read as one corpus of their own:
 * their names found and joined again without the other pages, so every entry can be judged by labels.
 */
function whoListingOf(corpus: Corpus, articleIds: ReadonlySet<string>): WhoListAnswer['entities'] {
  const labelled = articlesAlone(corpus, articleIds, (articles, passages) => ({ dates: [], crowd: [], entities: annotateEntities(articles, passages) }));
  const answer = whoAnswer(labelled, WhoOptionsSchema.parse({ limit: LISTING_TOP }));
  return 'entities' in answer ? answer.entities : [];
}

/** The given articles as a corpus of their own, with the annotations `annotate` gives them. */
function articlesAlone(corpus: Corpus, articleIds: ReadonlySet<string>, annotate: (articles: Article[], passages: Passage[]) => Corpus['annotations']): Corpus {
  const articles = corpus.articles.filter((a) => articleIds.has(a.id));
  const passages = corpus.passages.filter((p) => articleIds.has(p.articleId));
  return {
    ...corpus,
    articles,
    passages,
    annotations: annotate(articles, passages),
    articleById: new Map(articles.map((a) => [a.id, a])),
    passageById: new Map(passages.map((p) => [p.id, p])),
  };
}
