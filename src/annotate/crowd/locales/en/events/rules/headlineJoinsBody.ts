import type { Passage } from '../../../../../../passages/types.js';
import { tokenize } from '../../../../../core/tokens.js';
import { isAboutGathering } from '../../gathering.js';
import { sharesKey, type DayRule, type Located } from '../located.js';
import { placeAt } from '../places.js';

/** Whether a body sentence of the article about a gathering names a place with any of `keys`. */
function bodyNamesPlace(passages: Passage[], keys: string[]): boolean {
  const wanted = new Set(keys);
  return passages.some((p) => {
    if (p.kind !== 'body' || !isAboutGathering(p.text)) return false;
    const tokens = tokenize(p.text);
    return tokens.some((_, k) => {
      const place = placeAt(p.text, tokens, k);
      return !!place && sharesKey(place.keys, wanted);
    });
  });
}

/** The day's gathering a headline claim `l` joins, or undefined when it stays where it is. */
function bodyGatheringOf(l: Located, cluster: Located[], clusters: Located[][], passagesOfArticle: Map<string, Passage[]>): Located[] | undefined {
  const ownBody = (c: Located[]) => c.filter((o) => o.claim.articleId === l.claim.articleId && o.passage.kind === 'body').length;
  const bodyClusters = clusters.filter((c) => ownBody(c) > 0);
  if (!bodyClusters.length || bodyClusters.includes(cluster)) return undefined;
  // "40,000 march against Minutemen in Chicago" over "CHICAGO--About 40,000 people rallied at McKinley Park": the
  // body's own figure repeated is its gathering, whatever place the body names
  const repeated = bodyClusters.find((c) =>
    c.some((o) => o.claim.articleId === l.claim.articleId && o.passage.kind === 'body' && o.claim.low === l.claim.low && o.claim.high === l.claim.high),
  );
  if (repeated) return repeated;
  const keys = l.place?.keys ?? [];
  if (keys.length && bodyClusters.some((c) => c.some((o) => sharesKey(keys, new Set(o.place?.keys ?? []))))) return undefined;
  if (keys.length && bodyNamesPlace(passagesOfArticle.get(l.claim.articleId) ?? [], keys)) return undefined;
  const top = (c: Located[]) => Math.max(...c.map((o) => o.claim.low));
  return [...bodyClusters].sort((a, b) => ownBody(b) - ownBody(a) || b.length - a.length || top(b) - top(a))[0]!;
}

export const headlineJoinsBody: DayRule = {
  name: 'headline-joins-body',
  reason:
    'A headline\'s figure is about its article\'s main gathering, unless the body names the headline\'s place as a gathering of its own ("a million people march in Santiago" over "took to the streets of Chile\'s capital"); a figure the body repeats joins the body\'s gathering of it, whatever place the body names ("40,000 march … in Chicago" over "CHICAGO--About 40,000 people rallied at McKinley Park").',
  apply(clusters, { passagesOfArticle }) {
    for (const cluster of [...clusters]) {
      for (const l of [...cluster]) {
        if (l.passage.kind !== 'headline') continue;
        const target = bodyGatheringOf(l, cluster, clusters, passagesOfArticle);
        if (!target) continue;
        cluster.splice(cluster.indexOf(l), 1);
        target.push(l);
      }
    }
    return clusters.filter((c) => c.length > 0);
  },
};
