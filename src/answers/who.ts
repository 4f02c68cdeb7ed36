import { z } from 'zod';
import { allowedTypos, editDistance, nameKey, nameWords, wordKey } from '../annotate/nameKeys.js';
import type { Entity } from '../annotate/entities.js';
import type { Corpus } from '../pipeline/corpus.js';
import { foldText } from '../text/fold.js';
import { limitOption, textOption } from './options.js';
import { QuoteSchema, quoteById, type Quote } from './quote.js';

const blankAsMissing = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const WhoOptionsSchema = z
  .object({ name: z.preprocess(blankAsMissing, textOption(100).optional()), limit: limitOption(100, 25) })
  .strict();
export type WhoOptions = z.infer<typeof WhoOptionsSchema>;

const KindSchema = z.enum(['person', 'organization', 'other']);

export const WhoLookupAnswerSchema = z.object({
  command: z.literal('who'),
  query: z.string(),
  /** found: `entity` is the one meant; ambiguous: `suggestions` are the candidates; none: the closest names. */
  match: z.enum(['found', 'ambiguous', 'none']),
  entity: z
    .object({
      name: z.string(),
      kind: KindSchema,
      aliases: z.array(z.string()),
      roles: z.array(z.object({ text: z.string(), quote: QuoteSchema })),
      articles: z.number().int(),
    })
    .nullable(),
  quotes: z.array(QuoteSchema),
  suggestions: z.array(z.string()),
});
export type WhoLookupAnswer = z.infer<typeof WhoLookupAnswerSchema>;

export const WhoListAnswerSchema = z.object({
  command: z.literal('who'),
  entities: z.array(z.object({ name: z.string(), kind: KindSchema, articles: z.number().int(), mentions: z.number().int() })),
});
export type WhoListAnswer = z.infer<typeof WhoListAnswerSchema>;

export const WhoAnswerSchema = z.union([WhoLookupAnswerSchema, WhoListAnswerSchema]);
export type WhoAnswer = z.infer<typeof WhoAnswerSchema>;

/** One way of writing an entity's name, ready for matching. */
interface Variant {
  entity: Entity;
  /** Folded words, particles dropped ("al-Sadr" -> ["sadr"]). */
  words: string[];
  /** Their transliteration keys. */
  keys: string[];
  folded: string;
  canonical: boolean;
}

interface NameLookup {
  variants: Variant[];
  /** Folded words of each entity's roles, so "President Trump" finds Donald Trump. */
  roleWords: Map<Entity, Set<string>>;
}

const lookups = new WeakMap<Corpus, NameLookup>();

/** Built once per corpus, on first use; a reloaded corpus is a new object and gets its own. */
function lookupOf(corpus: Corpus): NameLookup {
  let lookup = lookups.get(corpus);
  if (lookup) return lookup;
  const variants: Variant[] = [];
  const roleWords = new Map<Entity, Set<string>>();
  for (const entity of corpus.annotations.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const words = nameWords(name);
      if (words.length) variants.push({ entity, words, keys: words.map(wordKey), folded: words.join(' '), canonical: name === entity.name });
    }
    roleWords.set(entity, new Set(entity.roles.flatMap((r) => nameWords(r.text))));
  }
  lookup = { variants, roleWords };
  lookups.set(corpus, lookup);
  return lookup;
}

/**
 * How well a query matches one way of writing a name, 0 for not at all:
 * 6 the whole name, 5 its end (a surname), 4 words within it, 3 word beginnings,
 * 2 within a typo or two, 1 with help from the entity's roles ("President Trump").
 */
function matchScore(query: string[], variant: Variant, roles: Set<string>): number {
  const keys = query.map(wordKey);
  const exact = keys.map((k) => variant.keys.includes(k));
  if (exact.every(Boolean)) {
    if (keys.length === variant.keys.length && keys.every((k, i) => variant.keys[i] === k)) return 6;
    const tail = variant.keys.slice(-keys.length);
    if (keys.every((k, i) => tail[i] === k)) return 5;
    return 4;
  }
  let worst = 4;
  let onName = 0;
  for (const [i, word] of query.entries()) {
    if (exact[i]) {
      onName++;
      continue;
    }
    if (word.length >= 2 && variant.words.some((w) => w.startsWith(word))) worst = Math.min(worst, 3);
    else if (fuzzyHit(word, keys[i]!, variant)) worst = Math.min(worst, 2);
    else if (roles.has(word)) {
      worst = Math.min(worst, 1);
      continue;
    } else return 0;
    onName++;
  }
  return onName ? worst : 0;
}

function fuzzyHit(word: string, key: string, variant: Variant): boolean {
  const typos = allowedTypos(word.length);
  if (!typos) return false;
  return (
    // keys already absorb vowel swaps, so they get one typo fewer than the words as written
    variant.words.some((w) => editDistance(word, w, typos) <= typos) || variant.keys.some((k) => editDistance(key, k, typos) < typos)
  );
}

interface Ranked {
  entity: Entity;
  score: number;
}

function rankEntities(corpus: Corpus, query: string): Ranked[] {
  const words = nameWords(query.replace(/['’‘]s\b/g, ''));
  const ranked = rankByWords(corpus, words);
  // "Al Sadr": a leading "al" written apart may be the particle after all.
  const bare = words.filter((w, i) => !(i < words.length - 1 && /^(?:al|el)$/.test(w)));
  return ranked.length || bare.length === words.length ? ranked : rankByWords(corpus, bare);
}

function rankByWords(corpus: Corpus, words: string[]): Ranked[] {
  if (!words.length) return [];
  const lookup = lookupOf(corpus);
  const best = new Map<Entity, number>();
  for (const variant of lookup.variants) {
    const score = matchScore(words, variant, lookup.roleWords.get(variant.entity)!);
    if (score > (best.get(variant.entity) ?? 0)) best.set(variant.entity, score);
  }
  return [...best]
    .map(([entity, score]) => ({ entity, score }))
    .sort((a, b) => b.score - a.score || b.entity.mentions.length - a.entity.mentions.length);
}

/** The names nearest to a query that matched none, by edit distance over whole names and single words. */
function closestNames(corpus: Corpus, query: string, count: number): string[] {
  const folded = nameWords(query).join(' ');
  const key = nameKey(query).join(' ');
  const distance = new Map<Entity, number>();
  for (const v of lookupOf(corpus).variants) {
    const whole = Math.min(editDistance(folded, v.folded), editDistance(key, v.keys.join(' ')));
    const word = Math.min(...v.words.map((w) => editDistance(folded, w)), ...v.keys.map((k) => editDistance(key, k)));
    const d = Math.min(whole, word) / Math.max(folded.length, 1);
    if (d < (distance.get(v.entity) ?? Infinity)) distance.set(v.entity, d);
  }
  return [...distance]
    .sort((a, b) => a[1] - b[1] || b[0].mentions.length - a[0].mentions.length)
    .slice(0, count)
    .map(([e]) => e.name);
}

/**
 * Quotes about an entity: each article's first mention (where it is introduced,
 * usually with its role) first, then every other passage naming it, in reading order.
 */
function entityQuotes(corpus: Corpus, entity: Entity, limit: number): Quote[] {
  const defining: string[] = [];
  const rest: string[] = [];
  const seenArticles = new Set<string>();
  const seen = new Set<string>();
  for (const m of entity.mentions) {
    if (seen.has(m.passageId)) continue;
    seen.add(m.passageId);
    const article = corpus.passageById.get(m.passageId)?.articleId;
    if (article && !seenArticles.has(article)) {
      seenArticles.add(article);
      defining.push(m.passageId);
    } else rest.push(m.passageId);
  }
  return [...defining, ...rest].slice(0, limit).flatMap((id) => quoteById(corpus, id) ?? []);
}

function lookupAnswer(corpus: Corpus, query: string, limit: number): WhoLookupAnswer {
  const ranked = rankEntities(corpus, query);
  const top = ranked[0];
  if (!top) return { command: 'who', query, match: 'none', entity: null, quotes: [], suggestions: closestNames(corpus, query, 3) };
  const tied = ranked.filter((r) => r.score === top.score);
  if (tied.length > 1) {
    return { command: 'who', query, match: 'ambiguous', entity: null, quotes: [], suggestions: tied.slice(0, 25).map((r) => r.entity.name) };
  }
  const entity = top.entity;
  return {
    command: 'who',
    query,
    match: 'found',
    entity: {
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      roles: entity.roles.flatMap((r) => {
        const quote = quoteById(corpus, r.passageId);
        return quote ? [{ text: r.text, quote }] : [];
      }),
      articles: entity.articles.length,
    },
    quotes: entityQuotes(corpus, entity, limit),
    suggestions: ranked.slice(1, 6).map((r) => r.entity.name),
  };
}

/** Who a name is (under any spelling), or with no name the people and organisations of the corpus. */
export function whoAnswer(corpus: Corpus, options: WhoOptions): WhoAnswer {
  if (options.name) return lookupAnswer(corpus, options.name, options.limit);
  return {
    command: 'who',
    entities: corpus.annotations.entities
      .slice(0, options.limit)
      .map((e) => ({ name: e.name, kind: e.kind, articles: e.articles.length, mentions: e.mentions.length })),
  };
}

const AUTOCOMPLETE_MAX = 25;
const DISCORD_CHOICE_MAX = 100;

/**
 * Entity names for a typed prefix, at most 25, most mentioned first within each rank:
 * names that start with it, then names with a word that does, then names that do
 * under transliteration ("moq" finds Muqtada al-Sadr).
 */
export function autocompleteEntities(corpus: Corpus, prefix: string): string[] {
  const entities = corpus.annotations.entities;
  const typed = foldText(prefix).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (!typed) return entities.slice(0, AUTOCOMPLETE_MAX).map((e) => e.name.slice(0, DISCORD_CHOICE_MAX));
  const typedWords = nameWords(typed);
  const typedKey = typedWords.map(wordKey).join(' ');
  const rank = new Map<Entity, number>();
  for (const v of lookupOf(corpus).variants) {
    let r: number | undefined;
    if (v.folded.startsWith(typed) || v.folded.startsWith(typedWords.join(' '))) r = v.canonical ? 0 : 1;
    else if (typedWords.length && v.words.some((_, i) => v.words.slice(i).join(' ').startsWith(typedWords.join(' ')))) r = 1;
    else if (typedKey && v.keys.some((_, i) => v.keys.slice(i).join(' ').startsWith(typedKey))) r = 2;
    if (r !== undefined && r < (rank.get(v.entity) ?? Infinity)) rank.set(v.entity, r);
  }
  return [...rank]
    .sort((a, b) => a[1] - b[1] || b[0].mentions.length - a[0].mentions.length || a[0].name.localeCompare(b[0].name))
    .slice(0, AUTOCOMPLETE_MAX)
    .map(([e]) => e.name.slice(0, DISCORD_CHOICE_MAX));
}
