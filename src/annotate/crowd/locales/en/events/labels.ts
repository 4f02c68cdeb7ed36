import { lexiconTags } from '../../../../core/lexicon.js';
import type { CrowdEventRef, CrowdPlace } from '../../../types.js';
import { isMonthMarch } from '../gathering.js';
import { GATHERING_LABELS, LOCATION_PREPOSITIONS } from '../placeWords.js';
import { STRONG, type Located } from './located.js';
import { mostFrequent } from './dating.js';

/** The gathering word each claim's sentence uses nearest the figure; the label takes the most common. */
export function gatheringNoun(located: Located[]): string {
  const votes: string[] = [];
  const seen = new Set<string>();
  for (const l of located) {
    const key = `${l.passage.id}:${l.claim.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = l.claim.start - l.passage.start;
    // "The Washington march, …, the largest protest in the city": the noun its place modifies
    const modified = l.place?.noun && GATHERING_LABELS.find(([pattern]) => pattern.test(l.place!.noun!));
    if (modified) {
      votes.push(modified[1]);
      continue;
    }
    let best: { noun: string; distance: number } | undefined;
    for (const [pattern, noun] of GATHERING_LABELS) {
      for (const m of l.passage.text.matchAll(new RegExp(pattern.source, 'gi'))) {
        if (isMonthMarch(l.passage.text, m.index, m[0])) continue;
        const distance = Math.abs(m.index - at);
        if (!best || distance < best.distance) best = { noun, distance };
      }
    }
    if (best) votes.push(best.noun);
  }
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = GATHERING_LABELS.map(([, noun]) => noun);
  return [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]?.[0] ?? 'gathering';
}

/**
 * A place as a label gives it: with its preposition ("in Lisbon" for "In Lisbon"), the one its verb implies
 * ("around the Legislative Council complex"), else "in" before a bare one ("in Chile's capital").
 */
export function placePhrase(place: CrowdPlace): string {
  const first = /^\S+/u.exec(place.text)![0];
  if (LOCATION_PREPOSITIONS.has(first.toLowerCase()) || place.national) return first.toLowerCase() + place.text.slice(first.length);
  return `${place.preposition ?? 'in'} ${place.text}`;
}

/** The place the group's claims give most often (as written), first given first. */
export function mostCommonPlace(located: Located[]): CrowdPlace | null {
  const text = mostFrequent(located.flatMap((l) => (l.place ? [l.place.text] : [])));
  return located.find((l) => l.place?.text === text)?.place ?? null;
}

/** A place that is a whole country: a national scope ("nationwide"), or a name the lexicon knows as a country ("across France"). */
export function isNationalPlace(place: CrowdPlace): boolean {
  if (place.national) return true;
  return place.keys.length > 0 && lexiconTags(place.keys.join(' ')).includes('Country');
}

/**
 * A gathering's reference: its date (the one the text gives, else the group's first), its most common
 * specific place, the gathering word its sources use most, and a stable id from the date and the
 * place's key words; a gathering dated only to its year says so ("2005 parade").
 */
export function eventRef(group: Located[], containers: Map<string, Set<string>>): CrowdEventRef {
  const date = group.find((l) => STRONG.includes(l.dateSource))?.date ?? group[0]!.date;
  const specific = group.filter((l) => l.place?.keys.length && !l.place.keys.every((k) => (containers.get(k)?.size ?? 0) > 0));
  const place = mostCommonPlace(specific.length ? specific : group);
  const keys = [...new Set(group.flatMap((l) => l.place?.keys ?? []))].sort();
  const noun = gatheringNoun(group);
  const year = group[0]!.dateSource === 'year' ? date!.slice(0, 4) : null;
  return {
    id: `${year ? `year:${year}` : (date ?? 'undated')}:${keys.join('+') || (place?.national ? 'nationwide' : 'unplaced')}`,
    label: [year, noun, place ? placePhrase(place) : null].filter(Boolean).join(' '),
    date,
    place: place?.text ?? null,
    ...(year ? { precision: 'year' as const } : {}),
  };
}
