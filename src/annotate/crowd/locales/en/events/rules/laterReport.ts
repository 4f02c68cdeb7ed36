import { sharesKey, STRONG, type GroupRule, type Located } from '../located.js';

/** A report published this many days after a gathering may still be about it. */
const REPORTING_LAG_DAYS = 3;
/** …and this many when it names the gathering as one the reader knows at that place ("The Washington march, …"). */
const DEFINITE_REPORTING_LAG_DAYS = 14;

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Claims dated only by their article's publication (or not at all). */
const isWeak = (group: Located[]) => group.every((l) => !STRONG.includes(l.dateSource) && l.dateSource !== 'year');
const isYear = (group: Located[]) => group[0]!.dateSource === 'year';
const keysOf = (group: Located[]) => new Set(group.flatMap((l) => l.place?.keys ?? []));

/** The earlier gathering at the same place that a weakly dated `group` (its day `day`) reports on, if any. */
function reportedGathering(group: Located[], day: string, groups: Located[][], absorbed: Set<Located[]>): Located[] | undefined {
  return (
    groups
      .filter((other) => {
        const otherDay = other[0]!.date;
        if (other === group || absorbed.has(other) || !otherDay || isYear(other)) return false;
        const lag = daysBetween(otherDay, day);
        const otherKeys = keysOf(other);
        // "The Washington march, which …" days later: a definite reference to a gathering at that place
        const definite = group.some((l) => l.place?.definite && sharesKey(l.place.keys, otherKeys));
        return lag > 0 && lag <= (definite ? DEFINITE_REPORTING_LAG_DAYS : REPORTING_LAG_DAYS) && sharesKey([...keysOf(group)], otherKeys);
      })
      // a gathering the text itself dates first, then the nearest day before the report
      .sort((a, b) => Number(isWeak(a)) - Number(isWeak(b)) || b[0]!.date!.localeCompare(a[0]!.date!))[0]
  );
}

export const laterReport: GroupRule = {
  name: 'later-report',
  reason:
    'Claims dated only by their article\'s publication may be a later report of an earlier gathering at the same place: within 3 days, or 14 when the text names it as known ("The Washington march, …").',
  apply(groups) {
    const absorbed = new Set<Located[]>();
    groups.sort((a, b) => (a[0]!.date ?? '').localeCompare(b[0]!.date ?? ''));
    for (const group of groups) {
      const day = group[0]!.date;
      if (!isWeak(group) || !day || !keysOf(group).size) continue;
      const target = reportedGathering(group, day, groups, absorbed);
      if (target) {
        target.push(...group);
        absorbed.add(group);
      }
    }
    return groups.filter((g) => !absorbed.has(g));
  },
};
