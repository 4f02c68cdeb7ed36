import { samePlaceKeys } from '../specificKeys.js';
import { isBroad, isNamed, type ClusterRule } from './cluster.js';

export const sharedPlaceName: ClusterRule = {
  name: 'shared-place-name',
  reason:
    'Claims of one day whose places share a name ("in Baghdad", "outside the embassy in Baghdad") are one gathering; places with nothing in common, or only a kind of place ("university", "Israeli consulate") beside names of their own, are different gatherings.',
  apply(day, clusters, containers) {
    for (const l of day.filter((c) => isNamed(c) && !isBroad(c.place!, containers))) {
      const joined = clusters.filter((c) => samePlaceKeys(l.place!.keys, c.keys));
      const target = joined[0] ?? { keys: new Set<string>(), members: [] };
      if (!joined.length) clusters.push(target);
      for (const other of joined.slice(1)) {
        for (const k of other.keys) target.keys.add(k);
        target.members.push(...other.members);
        clusters.splice(clusters.indexOf(other), 1);
      }
      for (const k of l.place!.keys) target.keys.add(k);
      target.members.push(l);
    }
  },
};
