import { sharesKey } from '../located.js';
import { isBroad, isNamed, type ClusterRule } from './cluster.js';

export const countryJoinsCity: ClusterRule = {
  name: 'country-joins-city',
  reason: 'A claim placed in a country-sized place ("in Iraq") joins the largest gathering that day inside it, else stands alone.',
  apply(day, clusters, containers) {
    for (const l of day.filter((c) => isNamed(c) && isBroad(c.place!, containers))) {
      const inside = clusters
        .filter((c) => l.place!.keys.some((k) => [...c.keys].some((inner) => containers.get(k)?.has(inner))) || sharesKey(l.place!.keys, c.keys))
        .sort((a, b) => b.members.length - a.members.length)[0];
      if (inside) inside.members.push(l);
      else {
        const same = clusters.find((c) => sharesKey(l.place!.keys, c.keys));
        if (same) same.members.push(l);
        else clusters.push({ keys: new Set(l.place!.keys), members: [l] });
      }
    }
  },
};
