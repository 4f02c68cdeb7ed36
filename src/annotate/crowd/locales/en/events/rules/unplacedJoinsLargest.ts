import { isNamed, largest, type ClusterRule } from './cluster.js';

export const unplacedJoinsLargest: ClusterRule = {
  name: 'unplaced-joins-largest',
  reason: 'A claim that names no place (or only "outside parliament") joins the day\'s largest gathering, or makes one.',
  apply(day, clusters) {
    const placed = new Set(clusters.flatMap((c) => c.members));
    const unplaced = day.filter((c) => !isNamed(c) && !c.place?.national && !placed.has(c));
    if (!unplaced.length) return;
    const target = largest(clusters);
    if (target) target.members.push(...unplaced);
    else clusters.push({ keys: new Set(), members: unplaced });
  },
};
