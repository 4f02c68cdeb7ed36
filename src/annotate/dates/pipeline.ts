import type { Article } from '../../corpus/types.js';
import { datelineLength } from '../../passages/dateline.js';
import type { Passage } from '../../passages/types.js';
import { noteRule } from '../core/rules.js';
import { overlaps } from '../core/spans.js';
import type { DateConfiguration, DateMention, DateParser, FoundDate } from './types.js';

/**
 * The dates of one sentence: each parser in the configuration's order offers its dates, and a date is
 * kept when it lies past the dateline (a dateline's date is when the report was filed, not a
 * happening) and overlaps no date kept before it. In text order.
 */
export function findDatesWith(parsers: readonly DateParser[], text: string, published: string | null): FoundDate[] {
  const found: FoundDate[] = [];
  const dateline = datelineLength(text);
  const sentence = { text, published };
  for (const parser of parsers) {
    for (const date of parser.find(sentence)) {
      if (date.start >= dateline && !overlaps(found, date.start, date.end)) {
        noteRule(date, parser.name);
        found.push(date);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The dates each passage gives on its own (offsets into the article file), passage by passage: what one article contributes. */
export function findPassageDatesWith(configuration: DateConfiguration, passages: Passage[], published: (articleId: string) => string | null): DateMention[] {
  return passages.flatMap((p) =>
    findDatesWith(configuration.parsers, p.text, published(p.articleId)).map((d) => ({
      ...d,
      passageId: p.id,
      start: p.start + d.start,
      end: p.start + d.end,
    })),
  );
}

/**
 * Every date of a corpus: each passage's own (offsets into the article file), then what each resolver
 * adds in turn, reading the dates found before it; in reading order, passage by passage.
 */
export function annotateDatesWith(configuration: DateConfiguration, articles: Article[], passages: Passage[]): DateMention[] {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  return resolveDatesWith(
    configuration,
    articles,
    passages,
    findPassageDatesWith(configuration, passages, (id) => published.get(id) ?? null),
  );
}

/**
 * The corpus's passes over the passages' own dates (`mentions`, in passage order): what each resolver adds, in
 * reading order. A resolved mention with the very span of one found before re-dates it (its trail kept).
 */
export function resolveDatesWith(configuration: DateConfiguration, articles: Article[], passages: Passage[], mentions: DateMention[]): DateMention[] {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const added: DateMention[] = [];
  const key = (m: DateMention) => `${m.passageId}:${m.start}:${m.end}`;
  for (const resolver of configuration.resolvers) {
    const resolved = resolver.resolve({ passages, mentions: [...mentions, ...added], published: (id) => published.get(id) ?? null });
    const redated = new Map<string, DateMention>();
    for (const mention of resolved) {
      noteRule(mention, resolver.name);
      redated.set(key(mention), mention);
    }
    // Only a mention of a passage the resolver dated can be re-dated: the others keep their place without a key made.
    const touched = new Set(resolved.map((m) => m.passageId));
    const replace = (list: DateMention[]) =>
      list.map((m) => {
        if (!touched.has(m.passageId)) return m;
        const r = redated.get(key(m));
        if (!r) return m;
        redated.delete(key(m));
        return { ...r, rules: [...(m.rules ?? []), ...(r.rules ?? [])] };
      });
    mentions = replace(mentions);
    added.splice(0, added.length, ...replace(added), ...redated.values());
  }
  if (!added.length) return mentions;
  const order = new Map(passages.map((p, i) => [p.id, i]));
  return [...mentions, ...added].sort((a, b) => order.get(a.passageId)! - order.get(b.passageId)! || a.start - b.start);
}
