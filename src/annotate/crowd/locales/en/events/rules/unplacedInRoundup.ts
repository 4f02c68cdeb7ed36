import { ROUNDUP_PLACES } from '../../placeWords.js';
import { isNationalPlace } from '../labels.js';
import type { Located } from '../located.js';
import { isNamed, type ClusterRule } from './cluster.js';

/** A claim of the article's body placed below a whole country: in a city, a square, a campus. */
const inLocalPlace = (m: Located, articleId: string) =>
  m.claim.articleId === articleId && m.passage.kind === 'body' && !!m.place?.keys.length && !isNationalPlace(m.place);

export const unplacedInRoundup: ClusterRule = {
  name: 'unplaced-in-roundup',
  reason: `A claim that names no place, in an article whose body reports gatherings in ${ROUNDUP_PLACES} local places or more that day (a round-up of cities), could be about any of them: it stands alone rather than join the largest.`,
  apply(day, clusters) {
    for (const l of day.filter((c) => !isNamed(c) && !c.place?.national)) {
      const places = clusters.filter((c) => c.members.some((m) => inLocalPlace(m, l.claim.articleId))).length;
      if (places >= ROUNDUP_PLACES) clusters.push({ keys: new Set(), members: [l] });
    }
  },
};
