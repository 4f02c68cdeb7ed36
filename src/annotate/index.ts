import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { findPassageCrowdClaims, placeCrowdClaims, type CrowdClaim, type CrowdClaimFound } from './crowd/index.js';
import { findPassageDates, resolveDates, type DateMention } from './dates/index.js';
import { findArticleNameMentions, resolveEntities, type Entity, type NameMention } from './names/index.js';

/** Everything the extractors find in a corpus; serialised into the snapshot. */
export interface Annotations {
  dates: DateMention[];
  crowd: CrowdClaim[];
  entities: Entity[];
}

/**
 * What the extractors find in one article's passages on their own, before the
 * passes over the whole corpus: the costly part, kept per article so that a
 * corpus with one article more or less reads only that article again.
 */
export interface ArticleFindings {
  dates: DateMention[];
  /** Changed in place by the corpus's passes: a copy per build. */
  crowd: CrowdClaimFound[];
  /** Per passage. */
  names: NameMention[][];
}

/** One article's findings; `passages` are that article's, in order. */
export function findInArticle(article: Article, passages: Passage[]): ArticleFindings {
  return { dates: findPassageDates(article, passages), crowd: findPassageCrowdClaims(passages), names: findArticleNameMentions(passages) };
}

/**
 * The corpus's annotations from each article's findings (`findings[i]` of
 * `articles[i]`, whose passages come in that order in `passages`). Dates come
 * first: crowd claims use them to tell one gathering from another.
 */
export function annotateFrom(articles: Article[], passages: Passage[], findings: ArticleFindings[]): Annotations {
  const dates = resolveDates(
    articles,
    passages,
    findings.flatMap((f) => f.dates),
  );
  const names = new Map<string, NameMention[][]>();
  articles.forEach((a, i) => names.set(a.id, findings[i]!.names));
  return {
    dates,
    crowd: placeCrowdClaims(
      articles,
      passages,
      findings.flatMap((f) => f.crowd),
      dates,
    ),
    entities: resolveEntities(articles, names),
  };
}

/** The corpus's annotations, every article read. */
export function annotate(articles: Article[], passages: Passage[]): Annotations {
  const byArticle = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byArticle.get(p.articleId);
    if (list) list.push(p);
    else byArticle.set(p.articleId, [p]);
  }
  return annotateFrom(
    articles,
    passages,
    articles.map((a) => findInArticle(a, byArticle.get(a.id) ?? [])),
  );
}
