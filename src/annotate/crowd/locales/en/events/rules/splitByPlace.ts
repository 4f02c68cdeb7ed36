import { noteRule } from '../../../../../core/rules.js';
import type { DayRule, EventCorpus, Located } from '../located.js';
import type { Cluster, ClusterRule } from './cluster.js';
import { countryJoinsCity } from './countryJoinsCity.js';
import { nationalTotal } from './nationalTotal.js';
import { sharedPlaceName } from './sharedPlaceName.js';
import { unplacedInRoundup } from './unplacedInRoundup.js';
import { unplacedJoinsRelated } from './unplacedJoinsRelated.js';

/** The steps of splitting a day by place, in order: named places, countries, national totals, the unplaced of a round-up, the other unplaced (each with its own or a related article's gathering). */
export const CLUSTER_RULES: readonly ClusterRule[] = [sharedPlaceName, countryJoinsCity, nationalTotal, unplacedInRoundup, unplacedJoinsRelated];

/** Splits a day by place with the cluster rules `rules`, in order. */
export function splitByPlaceWith(rules: readonly ClusterRule[]): DayRule {
  return { ...splitByPlace, apply: (groups, corpus) => split(rules, groups, corpus) };
}

function split(rules: readonly ClusterRule[], groups: Located[][], corpus: EventCorpus): Located[][] {
  return groups.flatMap((day) => {
    const clusters: Cluster[] = [];
    const placed = new Set<Located>();
    for (const rule of rules) {
      rule.apply(day, clusters, corpus.containers, corpus);
      for (const c of clusters) for (const l of c.members) if (!placed.has(l) && placed.add(l)) noteRule(l.claim, rule.name);
    }
    return clusters.map((c) => c.members);
  });
}

export const splitByPlace: DayRule = {
  name: 'split-by-place',
  reason: "A gathering is a day and a place: one day's claims are split by place, unrelated places being different gatherings.",
  apply: (groups, corpus) => split(CLUSTER_RULES, groups, corpus),
};
