import type { Entity } from './types.js';
import { allowedTypos, editDistance, nameWords, wordKey } from './keys.js';
import { lexiconTags } from '../core/lexicon.js';
import { every, finish, sortSteps, type Steps } from '../../pipeline/steps.js';

/**
 * Looking names up: the entities' spellings, folded and keyed (keys.ts),
 * in sorted word lists and maps so that a query or a keystroke touches only the
 * names that can match, not every name of a large corpus.
 */

/** One way of writing an entity's name. */
interface Variant {
  entity: Entity;
  /** Folded words, particles dropped ("al-Sadr" -> ["sadr"]). */
  words: string[];
  /** Their transliteration keys. */
  keys: string[];
  canonical: boolean;
}

export interface RankedEntity {
  entity: Entity;
  /** 6 the whole name, 5 its end (a surname), 4 words within it, 3 word beginnings, 2 typos, 1 helped by roles. */
  score: number;
}

/** Sorted strings, each pointing at the variants it comes from. */
class SortedTerms<T> {
  private constructor(
    readonly terms: string[],
    private readonly items: Map<string, T[]>,
  ) {}

  /** Built in steps (the sort of a large corpus's names is long): the terms in code-unit order, as `sort()` puts them. */
  static *build<T>(entries: Iterable<[string, T]>): Steps<SortedTerms<T>> {
    const items = new Map<string, T[]>();
    const tick = every(1024);
    for (const [term, item] of entries) {
      const list = items.get(term);
      if (list) list.push(item);
      else items.set(term, [item]);
      if (tick()) yield;
    }
    const terms = yield* sortSteps([...items.keys()], (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return new SortedTerms(terms, items);
  }

  get(term: string): T[] {
    return this.items.get(term) ?? [];
  }
  /** Items of every term starting with `prefix`, at most `max` terms. */
  withPrefix(prefix: string, max = Infinity): T[] {
    const out: T[] = [];
    let i = lowerBound(this.terms, prefix);
    for (let n = 0; i < this.terms.length && this.terms[i]!.startsWith(prefix) && n < max; i++, n++) out.push(...this.get(this.terms[i]!));
    return out;
  }
  /**
   * Items of every term one edit from `term`, found through the terms' one-letter deletions
   * (two terms one edit apart share a deletion, or one is a deletion of the other), built on first use.
   */
  oneEditFrom(term: string): T[] {
    const deletions = this.deletions ?? finish(this.deletionSteps());
    const found = new Set<string>();
    for (const d of deletionsOf(term)) for (const t of deletions.get(d) ?? []) if (!found.has(t) && editDistance(term, t, 1) <= 1) found.add(t);
    return [...found].flatMap((t) => this.get(t));
  }
  private deletions: Map<string, string[]> | undefined;

  /** Every term's one-letter deletions, pointing back at the terms: built once, in steps. */
  *deletionSteps(): Steps<Map<string, string[]>> {
    if (this.deletions) return this.deletions;
    const deletions = new Map<string, string[]>();
    const tick = every(256);
    for (const t of this.terms) {
      for (const d of deletionsOf(t)) (deletions.get(d) ?? deletions.set(d, []).get(d)!).push(t);
      if (tick()) yield;
    }
    // Another build may have finished meanwhile: the first one kept is the one every later lookup uses.
    this.deletions ??= deletions;
    return this.deletions;
  }

  /** The terms sharing the longest beginning with `term` (at least `min` letters), for "did you mean". */
  longestShared(term: string, min: number): T[] {
    const at = lowerBound(this.terms, term);
    let best = min - 1;
    let found: string[] = [];
    for (let i = Math.max(0, at - 3); i < Math.min(this.terms.length, at + 3); i++) {
      const t = this.terms[i]!;
      let n = 0;
      while (n < t.length && n < term.length && t[n] === term[n]) n++;
      if (n > best) {
        best = n;
        found = [t];
      } else if (n === best) found.push(t);
    }
    return found.flatMap((t) => this.get(t));
  }
}

/** The term itself and every way of dropping one letter from it. */
function deletionsOf(term: string): Set<string> {
  const out = new Set([term]);
  for (let i = 0; i < term.length; i++) out.add(term.slice(0, i) + term.slice(i + 1));
  return out;
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bounds the work a one- or two-letter prefix can cause on a large corpus. */
const PREFIX_TERMS_MAX = 2000;
const COMPLETE_TERMS_MAX = 400;

export class NameIndex {
  private constructor(
    private readonly entities: Entity[],
    private readonly roleWords: Map<Entity, Set<string>>,
    private readonly byWord: SortedTerms<Variant>,
    private readonly byKey: SortedTerms<Variant>,
    /** Every ending of every spelling ("muqtada sadr", "sadr"), for autocomplete. */
    private readonly tails: SortedTerms<{ variant: Variant; whole: boolean }>,
    private readonly keyTails: SortedTerms<Variant>,
  ) {}

  /** The index of `entities`, built at once. */
  static of(entities: Entity[]): NameIndex {
    return finish(NameIndex.build(entities));
  }

  /** The index in steps, for a process that builds it while serving. */
  static *build(entities: Entity[]): Steps<NameIndex> {
    const variants: Variant[] = [];
    const roleWords = new Map<Entity, Set<string>>();
    const tick = every(256);
    for (const entity of entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const words = nameWords(name);
        if (words.length) variants.push({ entity, words, keys: words.map(wordKey), canonical: name === entity.name });
      }
      roleWords.set(entity, new Set(entity.roles.flatMap((r) => nameWords(r.text))));
      if (tick()) yield;
    }
    function* pairs<T>(of: (v: Variant) => Array<[string, T]>): Generator<[string, T], void, void> {
      for (const v of variants) yield* of(v);
    }
    const byWord = yield* SortedTerms.build(pairs((v) => v.words.map((w): [string, Variant] => [w, v])));
    const byKey = yield* SortedTerms.build(pairs((v) => v.keys.map((k): [string, Variant] => [k, v])));
    const tails = yield* SortedTerms.build(
      pairs((v) => v.words.map((_, i): [string, { variant: Variant; whole: boolean }] => [v.words.slice(i).join(' '), { variant: v, whole: i === 0 }])),
    );
    const keyTails = yield* SortedTerms.build(pairs((v) => v.keys.map((_, i): [string, Variant] => [v.keys.slice(i).join(' '), v])));
    return new NameIndex(entities, roleWords, byWord, byKey, tails, keyTails);
  }

  /** Builds, in steps, what finding a misspelt name needs (otherwise built by the first typo). */
  *typoSteps(): Steps<void> {
    yield* this.byWord.deletionSteps();
    yield* this.byKey.deletionSteps();
  }

  /** Entities matching a typed name, best first (most mentioned first on a tie). */
  rank(query: string): RankedEntity[] {
    const words = nameWords(query.replace(/['’‘]s\b/g, ''));
    const attempts = [
      words,
      // "Al Sadr": a leading "al" written apart may be the particle after all.
      words.filter((w, i) => !(i < words.length - 1 && /^(?:al|el)$/.test(w))),
      // "who is Sadr?", "tell me about the Pentagon": the words that can be part of a name.
      words.filter((w) => nameLikeWord(w)),
    ];
    let tried = '';
    for (const attempt of attempts) {
      if (!attempt.length || attempt.join(' ') === tried) continue;
      tried = attempt.join(' ');
      const ranked = this.rankWords(attempt);
      if (ranked.length) return ranked;
    }
    return [];
  }

  private rankWords(words: string[]): RankedEntity[] {
    if (!words.length) return [];
    const keys = words.map(wordKey);
    const candidates = new Set<Variant>();
    words.forEach((word, i) => {
      const before = candidates.size;
      for (const v of this.byKey.get(keys[i]!)) candidates.add(v);
      if (word.length >= 2) for (const v of this.byWord.withPrefix(word, PREFIX_TERMS_MAX)) candidates.add(v);
      // typos: one edit in the word as written, or in its key (which already absorbs vowel swaps)
      if (candidates.size === before && allowedTypos(word.length)) {
        for (const v of this.byWord.oneEditFrom(word)) candidates.add(v);
        if (allowedTypos(word.length) > 1) for (const v of this.byKey.oneEditFrom(keys[i]!)) candidates.add(v);
      }
    });
    const best = new Map<Entity, number>();
    for (const variant of candidates) {
      const score = matchScore(words, keys, variant, this.roleWords.get(variant.entity)!);
      if (score > (best.get(variant.entity) ?? 0)) best.set(variant.entity, score);
    }
    return [...best].map(([entity, score]) => ({ entity, score })).sort((a, b) => b.score - a.score || b.entity.mentions.length - a.entity.mentions.length);
  }

  /**
   * Names near a query that matched none: those whose words (as written or keyed) begin
   * the longest way like a query word does, at least three letters. With none, the most
   * mentioned names; a query with no letters at all, none.
   */
  closest(query: string, count: number): Entity[] {
    const words = nameWords(query);
    if (!words.length) return [];
    const shared = new Map<Entity, number>();
    for (const word of words) {
      for (const [terms, term] of [
        [this.byWord, word],
        [this.byKey, wordKey(word)],
      ] as const) {
        for (const v of terms.longestShared(term, 3)) shared.set(v.entity, (shared.get(v.entity) ?? 0) + 1);
      }
    }
    const near = [...shared].sort((a, b) => b[1] - a[1] || b[0].mentions.length - a[0].mentions.length).map(([e]) => e);
    return (near.length ? near : this.entities).slice(0, count);
  }

  /**
   * Names for a typed prefix: spellings that start with it (the canonical one first),
   * then spellings with a later word that does, then transliterations ("moq" -> Muqtada).
   */
  complete(prefix: string, count: number): Entity[] {
    const typed = nameWords(prefix).join(' ');
    if (!typed) return this.entities.slice(0, count);
    const rank = new Map<Entity, number>();
    const offer = (entity: Entity, r: number) => {
      if (r < (rank.get(entity) ?? Infinity)) rank.set(entity, r);
    };
    for (const { variant, whole } of this.tails.withPrefix(typed, COMPLETE_TERMS_MAX)) offer(variant.entity, whole ? (variant.canonical ? 0 : 1) : 2);
    const typedKey = nameWords(prefix).map(wordKey).join(' ');
    if (typedKey && rank.size < count) for (const variant of this.keyTails.withPrefix(typedKey, COMPLETE_TERMS_MAX)) offer(variant.entity, 3);
    return [...rank]
      .sort((a, b) => a[1] - b[1] || b[0].mentions.length - a[0].mentions.length || a[0].name.localeCompare(b[0].name))
      .slice(0, count)
      .map(([entity]) => entity);
  }
}

/** A word compromise does not know, or knows as (part of) a name. */
function nameLikeWord(word: string): boolean {
  const tags = lexiconTags(word);
  return !tags.length || tags.some((t) => /Name|Person|Place|Country|City|Organization|Honorific/.test(t));
}

function matchScore(query: string[], keys: string[], variant: Variant, roles: Set<string>): number {
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
