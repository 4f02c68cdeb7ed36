import { isNationalPlace } from '../labels.js';
import type { ClusterRule } from './cluster.js';

export const nationalTotal: ClusterRule = {
  name: 'national-total',
  reason:
    'A national total ("took part nationwide") joins the day\'s gathering across a whole country ("marched across France"), the largest if several; with none, the totals are a gathering of their own.',
  apply(day, clusters) {
    const national = day.filter((c) => c.place?.national);
    if (!national.length) return;
    const target = clusters.filter((c) => c.members.some((m) => !!m.place && isNationalPlace(m.place))).sort((a, b) => b.members.length - a.members.length)[0];
    if (target) target.members.push(...national);
    else clusters.push({ keys: new Set(), members: national });
  },
};
