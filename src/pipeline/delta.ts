import { entityIdFor, entityOrder } from '../annotate/names/entityIds.js';
import type { Entity } from '../annotate/names/types.js';
import type { Article, CorpusProblem } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import type { Corpus, CorpusData } from './corpus.js';
import type { Listing } from './fileDigests.js';
import { every, type Steps } from './steps.js';

/**
 * A corpus updated in place: when a folder differs from the corpus served by
 * a few articles, the new corpus is the old one without the articles removed
 * or changed and with the new ones, each read alone, and the search index
 * changed by those articles' passages only. The passes across articles
 * are not run again, so some of it is approximate until the exact build that
 * follows (docs/pipeline.md says what); every quote is still the file's text.
 */

export { folderListing, listingByNames, type Listing } from './fileDigests.js';

export interface ListingChanges {
  /** Files new or changed: to read. */
  read: string[];
  /** Files gone. */
  removed: string[];
}

export function listingChanges(before: Listing, after: Listing): ListingChanges {
  const read: string[] = [];
  const removed: string[] = [];
  for (const [name, st] of after) if (before.get(name) !== st) read.push(name);
  for (const name of before.keys()) if (!after.has(name)) removed.push(name);
  return { read, removed };
}

export interface DeltaLimits {
  /** At most this many files added, changed or removed (default 20). */
  maxArticles?: number;
  /** And at most this share of the corpus's articles (default 0.05; one article always qualifies). */
  maxShare?: number;
}

/** Whether a change this size is updated in place rather than built again. */
export function deltaFits(changes: ListingChanges, articles: number, limits: DeltaLimits = {}): boolean {
  const count = changes.read.length + changes.removed.length;
  const limit = Math.min(limits.maxArticles ?? 20, Math.max(1, Math.floor(articles * (limits.maxShare ?? 0.05))));
  return count > 0 && count <= limit;
}

/** A new corpus, ready but for its search index: `commit` adds its new passages to the index and returns the corpus, at once. */
export interface PendingDelta {
  commit(): Corpus;
}

/**
 * The served corpus with `files` (removed or read again) taken out and the
 * articles read in `changed` put in: its articles, passages, annotations
 * and lookup maps, in slices. Null when the change cannot be made this way
 * (an article id that another file already has): then the caller builds.
 *
 * The search index is shared with `base`, which a request in flight may
 * still be answering from: `commit` only adds the new passages, and a passage
 * removed stays in the index until the exact build, found by neither corpus
 * (searchCorpus keeps to the corpus's own passages). A passage of an article
 * changed in place has the same id as before: its old version is replaced,
 * so a sliced job still reading `base` (a pinned summary's refresh) no
 * longer finds it by search. The caller commits in the same turn of the event
 * loop as it serves the result.
 */
export function* deltaCorpusSteps(base: Corpus, files: Set<string>, changed: { hash: string; data: CorpusData }): Steps<PendingDelta | null> {
  const tick = every(4096);
  const { data } = changed;
  const gone = new Set<string>();
  for (const a of base.articles) if (files.has(a.file)) gone.add(a.id);
  for (const a of data.articles) if (base.articleById.has(a.id) && !gone.has(a.id)) return null;

  const articles: Article[] = [];
  for (const a of base.articles) if (!gone.has(a.id)) articles.push(a);
  articles.push(...data.articles);
  const passages: Passage[] = [];
  for (const p of base.passages) {
    if (!gone.has(p.articleId)) passages.push(p);
    if (tick()) yield;
  }
  passages.push(...data.passages);

  const articleById = new Map<string, Article>();
  for (const a of articles) articleById.set(a.id, a);
  const passageById = new Map<string, Passage>();
  for (const p of passages) {
    passageById.set(p.id, p);
    if (tick()) yield;
  }

  const kept = (passageId: string) => passageById.has(passageId) && !gone.has(base.passageById.get(passageId)?.articleId ?? '');
  const { annotations } = base;
  const dates = annotations.dates.filter((d) => kept(d.passageId));
  dates.push(...data.annotations.dates);
  yield;
  const crowd = annotations.crowd.filter((c) => !gone.has(c.articleId));
  // A gathering's id is its date and place's key words: a new report of the same gathering joins it.
  crowd.push(...data.annotations.crowd);
  yield;
  const entities = yield* mergeEntities(annotations.entities, gone, kept, data.annotations.entities);

  const problems: CorpusProblem[] = [...base.problems.filter((p) => !files.has(p.file)), ...data.problems];
  const corpus: Corpus = {
    hash: changed.hash,
    articles,
    passages,
    annotations: { dates, crowd, entities },
    index: base.index,
    problems,
    articleById,
    passageById,
  };
  return {
    commit() {
      const { index } = corpus;
      for (const p of data.passages) {
        if (index.has(p.id)) index.discard(p.id);
        const article = articleById.get(p.articleId);
        index.add({ id: p.id, text: p.text, title: article?.title ?? '', publisher: article?.publisher ?? '' });
      }
      return corpus;
    },
  };
}

/**
 * The corpus's entities without the mentions of articles gone (an entity
 * left with none is dropped), and the new articles' entities: joined to an
 * entity of the same name and kind, else added under an id no other has.
 */
function* mergeEntities(entities: Entity[], gone: Set<string>, kept: (passageId: string) => boolean, added: Entity[]): Steps<Entity[]> {
  const tick = every(1024);
  const out: Entity[] = [];
  /** The places in `out` of the entities this change made or changed: the others keep their order. */
  const touched = new Set<number>();
  for (const e of entities) {
    if (tick()) yield;
    if (!e.articles.some((a) => gone.has(a))) {
      out.push(e);
      continue;
    }
    const mentions = e.mentions.filter((m) => kept(m.passageId));
    if (!mentions.length) continue;
    const texts = new Set(mentions.map((m) => m.text));
    touched.add(out.length);
    out.push({
      ...e,
      aliases: e.aliases.filter((t) => texts.has(t)),
      mentions,
      roles: e.roles.filter((r) => kept(r.passageId)),
      articles: e.articles.filter((a) => !gone.has(a)),
      ...(e.spellings ? { spellings: e.spellings.filter((s) => texts.has(s.text)) } : {}),
    });
  }
  const byName = new Map<string, number>();
  out.forEach((e, i) => byName.set(`${e.kind}\0${e.name}`, i));
  const usedIds = new Set(out.map((e) => e.id));
  for (const e of added) {
    const at = byName.get(`${e.kind}\0${e.name}`);
    if (at === undefined) {
      touched.add(out.length);
      out.push({ ...e, id: entityIdFor(e.name, usedIds) });
      continue;
    }
    touched.add(at);
    const into = out[at]!;
    const spellings = new Map((into.spellings ?? []).map((s) => [s.text, s]));
    for (const s of e.spellings ?? []) if (!spellings.has(s.text)) spellings.set(s.text, s);
    out[at] = {
      ...into,
      aliases: [...new Set([...into.aliases, ...e.aliases])],
      mentions: [...into.mentions, ...e.mentions],
      roles: [...into.roles, ...e.roles],
      articles: [...into.articles, ...e.articles],
      ...(into.rules || e.rules ? { rules: [...new Set([...(into.rules ?? []), ...(e.rules ?? [])])] } : {}),
      ...(into.spellings || e.spellings ? { spellings: [...spellings.values()] } : {}),
    };
  }
  yield;
  return yield* placeInOrder(out, touched);
}

/**
 * `out` in entity order, as a stable sort gives it (ties kept in their order in `out`), when all but the
 * entities at `touched` are in that order already (the served corpus's were): those few are sorted and
 * each put in place by a binary search, so an update does not sort every entity again (at 100,000
 * passages, tens of thousands, many of them tied on their counts and ordered by name).
 */
export function* placeInOrder(out: Entity[], touched: Set<number>): Steps<Entity[]> {
  const order = (i: number, j: number) => entityOrder(out[i]!, out[j]!) || i - j;
  const moved = [...touched].sort(order);
  const kept: number[] = [];
  for (let i = 0; i < out.length; i++) if (!touched.has(i)) kept.push(i);
  yield;
  const placed: Entity[] = [];
  let from = 0;
  for (const i of moved) {
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(kept[mid]!, i) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; from < lo; from++) placed.push(out[kept[from]!]!);
    placed.push(out[i]!);
  }
  for (; from < kept.length; from++) placed.push(out[kept[from]!]!);
  return placed;
}
