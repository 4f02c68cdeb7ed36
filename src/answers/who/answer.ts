import { z } from 'zod';
import { listedEntitiesSteps, NameIndex } from '../../annotate/names/index.js';
import { foldText } from '../../text/fold.js';
import type { Entity } from '../../annotate/names/index.js';
import type { Corpus } from '../../pipeline/corpus.js';
import type { WhoOptions } from './options.js';
import { Memo, type Pause } from '../../pipeline/steps.js';
import { QuoteSchema, quoteById, type Quote } from '../quote.js';
import { ExplainField } from '../../explain/explanation.js';
import { explainEntity } from '../../explain/names.js';

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
      /** With --explain: the rules that made it a name and weighed its kind, joined each spelling, read each role, in words. */
      explain: ExplainField,
    })
    .nullable(),
  quotes: z.array(QuoteSchema),
  suggestions: z.array(z.string()),
});
export type WhoLookupAnswer = z.infer<typeof WhoLookupAnswerSchema>;

export const WhoListAnswerSchema = z.object({
  command: z.literal('who'),
  entities: z.array(z.object({ name: z.string(), kind: KindSchema, articles: z.number().int(), mentions: z.number().int(), explain: ExplainField })),
});
export type WhoListAnswer = z.infer<typeof WhoListAnswerSchema>;

export const WhoAnswerSchema = z.union([WhoLookupAnswerSchema, WhoListAnswerSchema]);
export type WhoAnswer = z.infer<typeof WhoAnswerSchema>;

/** Built once per corpus, on first use or by `warmNames`; a reloaded corpus is a new object and gets its own. */
const indexes = new Memo<Corpus, NameIndex>((corpus) => NameIndex.build(corpus.annotations.entities));

/** What looking up a misspelt name needs, built once per corpus. */
const typos = new Memo<Corpus, true>(function* (corpus) {
  yield* (yield* indexes.steps(corpus)).typoSteps();
  return true;
});

/** The listing (/who with no name, and /summary's people), best first: built once per corpus. */
const listings = new Memo<Corpus, Entity[]>((corpus) => listedEntitiesSteps(corpus.annotations.entities, (id) => corpus.passageById.get(id)));

function nameIndexOf(corpus: Corpus): NameIndex {
  return indexes.get(corpus);
}

/** Builds the name index (autocomplete, /who), what typos need, and the listing, in slices. */
export async function warmNames(corpus: Corpus, pause?: Pause): Promise<void> {
  await indexes.warm(corpus, pause);
  await typos.warm(corpus, pause);
  await listings.warm(corpus, pause);
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
      if (defining.length >= limit) break;
    } else rest.push(m.passageId);
  }
  return [...defining, ...rest].slice(0, limit).flatMap((id) => quoteById(corpus, id) ?? []);
}

const ROLES_MAX = 20;

/** Every different role first (in corpus order), then the same roles from other articles, up to 20. */
function rolesOf(entity: Entity): Entity['roles'] {
  const seen = new Set<string>();
  const first: Entity['roles'] = [];
  const again: Entity['roles'] = [];
  for (const role of entity.roles) {
    const key = foldText(role.text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    (seen.has(key) ? again : first).push(role);
    seen.add(key);
  }
  return [...first, ...again].slice(0, ROLES_MAX);
}

function lookupAnswer(corpus: Corpus, query: string, limit: number, explain: boolean): WhoLookupAnswer {
  const index = nameIndexOf(corpus);
  const ranked = index.rank(query);
  const top = ranked[0];
  if (!top) {
    const suggestions = index.closest(query, 3).map((e) => e.name);
    return { command: 'who', query, match: 'none', entity: null, quotes: [], suggestions };
  }
  const tied = ranked.filter((r) => r.score === top.score);
  if (tied.length > 1) {
    return { command: 'who', query, match: 'ambiguous', entity: null, quotes: [], suggestions: tied.slice(0, 25).map((r) => r.entity.name) };
  }
  const entity = top.entity;
  const roles = rolesOf(entity);
  return {
    command: 'who',
    query,
    match: 'found',
    entity: {
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      roles: roles.flatMap((r) => {
        const quote = quoteById(corpus, r.passageId);
        return quote ? [{ text: r.text, quote }] : [];
      }),
      articles: entity.articles.length,
      ...(explain ? { explain: explainEntity({ ...entity, roles }) } : {}),
    },
    quotes: entityQuotes(corpus, entity, limit),
    suggestions: ranked.slice(1, 6).map((r) => r.entity.name),
  };
}

/** Who a name is (under any spelling), or with no name the people and organisations of the corpus. */
export function whoAnswer(corpus: Corpus, options: WhoOptions): WhoAnswer {
  const explain = options.explain === true;
  if (options.name) return lookupAnswer(corpus, options.name, options.limit, explain);
  return {
    command: 'who',
    entities: listings
      .get(corpus)
      .slice(0, options.limit)
      .map((e) => ({
        name: e.name,
        kind: e.kind,
        articles: e.articles.length,
        mentions: e.mentions.length,
        ...(explain ? { explain: explainEntity(e) } : {}),
      })),
  };
}

const AUTOCOMPLETE_MAX = 25;
const DISCORD_CHOICE_MAX = 100;

/**
 * Entity names for a typed prefix, at most 25 (Discord's limit), each at most 100
 * characters: names that start with it, then names with a later word that does, then
 * transliterations ("moq" finds Muqtada al-Sadr); the most mentioned first within each.
 */
export function autocompleteEntities(corpus: Corpus, prefix: string): string[] {
  return nameIndexOf(corpus)
    .complete(prefix, AUTOCOMPLETE_MAX)
    .map((e) => e.name.slice(0, DISCORD_CHOICE_MAX));
}
