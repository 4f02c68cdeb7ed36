import type { Rule } from '../../../../../core/rules.js';
import type { CrowdPlace } from '../../../../types.js';
import type { EventCorpus, Located } from '../located.js';

/** Claims of one day that name places in common: one gathering so far. */
export interface Cluster {
  keys: Set<string>;
  members: Located[];
}

/** One step of splitting a day's claims by place: it adds claims to the clusters, or clusters of their own. */
export interface ClusterRule extends Rule {
  apply(day: Located[], clusters: Cluster[], containers: Map<string, Set<string>>, corpus: Pick<EventCorpus, 'placesOfArticle'>): void;
}

/** A claim that names a place with a key word ("in Baghdad"), not only an unnamed one ("outside parliament"). */
export const isNamed = (c: Located) => !!c.place?.keys.length;

/** A place every key of which contains other places of the corpus ("Iraq" in "in Kirkuk, Iraq"): a country-sized place. */
export const isBroad = (p: CrowdPlace, containers: Map<string, Set<string>>) => p.keys.every((k) => (containers.get(k)?.size ?? 0) > 0);

/** The cluster with the most claims (the first on a tie). */
export const largest = (clusters: Cluster[]) => [...clusters].sort((a, b) => b.members.length - a.members.length)[0];
