import { placesMeet } from '../articlePlaces.js';
import type { EventCorpus, Located } from '../located.js';
import { largest, isNamed, type Cluster, type ClusterRule } from './cluster.js';

type Places = Pick<EventCorpus, 'placesOfArticle'>;

/** The places a gathering so far is known by: the keys of its claims' places and the places their articles write. */
function placesOfCluster(cluster: Cluster, corpus: Places): Set<string> {
  const keys = new Set(cluster.keys);
  for (const m of cluster.members) for (const k of corpus.placesOfArticle.get(m.claim.articleId) ?? []) keys.add(k);
  return keys;
}

/**
 * Whether a claim of article `articleId` may tell the gathering `cluster`: the cluster holds a claim of its
 * article, or the article's places and the cluster's agree: a place in common, or no place read on one side
 * (nothing tells them apart).
 */
export function mayTell(articleId: string, cluster: Cluster, corpus: Places): boolean {
  if (cluster.members.some((m) => m.claim.articleId === articleId)) return true;
  const own = corpus.placesOfArticle.get(articleId) ?? new Set<string>();
  const theirs = placesOfCluster(cluster, corpus);
  return !own.size || !theirs.size || placesMeet(own, theirs);
}

/** The clusters a claim of `articleId` may join: those of its own article if any, else those whose places agree with its article's. */
function candidates(clusters: Cluster[], articleId: string, corpus: Places): Cluster[] {
  const own = clusters.filter((c) => c.members.some((m) => m.claim.articleId === articleId));
  return own.length ? own : clusters.filter((c) => mayTell(articleId, c, corpus));
}

export const unplacedJoinsRelated: ClusterRule = {
  name: 'unplaced-joins-related',
  reason:
    'A claim that names no place (or only "outside parliament") joins the day\'s largest gathering told by its own article, else by an article whose places agree with its own (a place, country or people in common, or none read on one side), else makes a gathering of its own, so that two strikes of one day in two stories that each write places, none in common, stay apart.',
  apply(day, clusters, _containers, corpus) {
    const placed = new Set(clusters.flatMap((c) => c.members));
    const unplaced = day.filter((c: Located) => !isNamed(c) && !c.place?.national && !placed.has(c));
    for (const l of unplaced) {
      const target = largest(candidates(clusters, l.claim.articleId, corpus));
      if (target) target.members.push(l);
      else clusters.push({ keys: new Set(), members: [l] });
    }
  },
};
