import type { Corpus } from '../pipeline/corpus.js';
import { foldText } from '../text/fold.js';

/** What an added article brought that the corpus did not have before, as short readable labels. */
export interface NewAnnotations {
  /** Days, weeks, months and years the article mentions that no article mentioned before, oldest first: "2020-01-03 (Friday)", "1911". */
  dates: string[];
  /** The article's crowd-size claims as written, with who gave them when the text says so. */
  crowd: string[];
  /** People and organisations the article names that no article named before. */
  names: string[];
}

type Item = Record<string, unknown>;

/*
 * The annotation shapes belong to the annotate stage and grow over time, so
 * they are read field by field: an item missing a field is skipped, never an error.
 */
const str = (item: Item, key: string): string | null => (typeof item[key] === 'string' ? (item[key] as string) : null);
const items = (value: unknown): Item[] => (Array.isArray(value) ? value.filter((v): v is Item => !!v && typeof v === 'object') : []);

function inArticle(item: Item, articleId: string): boolean {
  if (str(item, 'articleId') === articleId) return true;
  if (str(item, 'passageId')?.startsWith(`${articleId}#`)) return true;
  if (Array.isArray(item.articles) && item.articles.includes(articleId)) return true;
  return items(item.mentions).some((m) => str(m, 'passageId')?.startsWith(`${articleId}#`));
}

function namesOf(entity: Item): string[] {
  const aliases = Array.isArray(entity.aliases) ? entity.aliases.filter((a): a is string => typeof a === 'string') : [];
  return [str(entity, 'name'), ...aliases].filter((n): n is string => !!n);
}

/** A period as a reader names it: a day, "week of" its Monday, a month, a year. */
function periodLabel(date: string, precision: string | null): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  if (precision === 'week') return `week of ${date}`;
  return date;
}

/** `before` needs only its annotations: a watcher keeps those of the corpus it last saw, not the whole corpus. */
export function newAnnotations(before: Pick<Corpus, 'annotations'>, after: Pick<Corpus, 'annotations'>, articleId: string): NewAnnotations {
  const was = before.annotations as unknown as Record<string, unknown>;
  const now = after.annotations as unknown as Record<string, unknown>;

  const dateKey = (d: Item) => `${str(d, 'date')}/${str(d, 'precision') ?? 'day'}`;
  const knownDates = new Set(items(was.dates).map(dateKey));
  const dates = new Map<string, { date: string; label: string; phrases: Set<string> }>();
  for (const d of items(now.dates).filter((d) => inArticle(d, articleId) && str(d, 'date'))) {
    const key = dateKey(d);
    if (knownDates.has(key)) continue;
    const date = str(d, 'date')!;
    const entry = dates.get(key) ?? { date, label: periodLabel(date, str(d, 'precision')), phrases: new Set<string>() };
    const phrase = str(d, 'text');
    if (phrase && phrase !== entry.label) entry.phrases.add(phrase);
    dates.set(key, entry);
  }

  const crowd = items(now.crowd)
    .filter((c) => inArticle(c, articleId) && str(c, 'text'))
    .map((c) => {
      const counted = str(c, 'counted');
      const claimant = str(c, 'claimant');
      const figure = `${str(c, 'text')}${counted ? ` ${counted}` : ''}`;
      // A forecast is what someone expected, not a count of who turned out: said so.
      if (c.forecast === true) return `${figure} expected${claimant ? ` (forecast by ${claimant})` : ' (a forecast)'}`;
      return `${figure}${claimant ? ` (according to ${claimant})` : ''}`;
    });

  const knownNames = new Set(items(was.entities).flatMap(namesOf).map(foldText));
  const names = items(now.entities)
    .filter((e) => inArticle(e, articleId) && str(e, 'name'))
    .filter((e) => !namesOf(e).some((n) => knownNames.has(foldText(n))))
    .map((e) => str(e, 'name')!);

  return {
    dates: [...dates.values()]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => (d.phrases.size ? `${d.label} (${[...d.phrases].slice(0, 3).join(', ')})` : d.label)),
    crowd: [...new Set(crowd)],
    names: [...new Set(names)],
  };
}
