import type { Entity } from './entities.js';
import { allowedTypos, editDistance, nameWords, wordKey } from './nameKeys.js';

/**
 * Looking names up: the entities' spellings, folded and keyed (nameKeys.ts),
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
  readonly terms: string[];
  private readonly items: Map<string, T[]>;
  constructor(entries: Array<[string, T]>) {
    this.items = new Map();
    for (const [term, item] of entries) {
      const list = this.items.get(term);
      if (list) list.push(item);
      else this.items.set(term, [item]);
    }
    this.terms = [...this.items.keys()].sort();
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
  /** Items of every term within `max` edits of `term` (terms of a too different length are skipped unread). */
  near(term: string, max: number): Array<{ item: T; distance: number }> {
    const out: Array<{ item: T; distance: number }> = [];
    for (const candidate of this.terms) {
      if (Math.abs(candidate.length - term.length) > max) continue;
      const distance = editDistance(term, candidate, max);
      if (distance <= max) for (const item of this.get(candidate)) out.push({ item, distance });
    }
    return out;
  }
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

export class NameIndex {
  private readonly variants: Variant[] = [];
  private readonly roleWords = new Map<Entity, Set<string>>();
  private readonly byWord: SortedTerms<Variant>;
  private readonly byKey: SortedTerms<Variant>;
  /** Every ending of every spelling ("muqtada sadr", "sadr"), for autocomplete. */
  private readonly tails: SortedTerms<{ variant: Variant; whole: boolean }>;
  private readonly keyTails: SortedTerms<Variant>;

  constructor(private readonly entities: Entity[]) {
    for (const entity of entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const words = nameWords(name);
        if (words.length) this.variants.push({ entity, words, keys: words.map(wordKey), canonical: name === entity.name });
      }
      this.roleWords.set(entity, new Set(entity.roles.flatMap((r) => nameWords(r.text))));
    }
    this.byWord = new SortedTerms(this.variants.flatMap((v) => v.words.map((w): [string, Variant] => [w, v])));
    this.byKey = new SortedTerms(this.variants.flatMap((v) => v.keys.map((k): [string, Variant] => [k, v])));
    this.tails = new SortedTerms(
      this.variants.flatMap((v) => v.words.map((_, i): [string, { variant: Variant; whole: boolean }] => [v.words.slice(i).join(' '), { variant: v, whole: i === 0 }])),
    );
    this.keyTails = new SortedTerms(this.variants.flatMap((v) => v.keys.map((_, i): [string, Variant] => [v.keys.slice(i).join(' '), v])));
  }

  /** Entities matching a typed name, best first (most mentioned first on a tie). */
  rank(query: string): RankedEntity[] {
    const words = nameWords(query.replace(/['’‘]s\b/g, ''));
    const ranked = this.rankWords(words);
    // "Al Sadr": a leading "al" written apart may be the particle after all.
    const bare = words.filter((w, i) => !(i < words.length - 1 && /^(?:al|el)$/.test(w)));
    return ranked.length || bare.length === words.length ? ranked : this.rankWords(bare);
  }

  private rankWords(words: string[]): RankedEntity[] {
    if (!words.length) return [];
    const keys = words.map(wordKey);
    const candidates = new Set<Variant>();
    words.forEach((word, i) => {
      const before = candidates.size;
      for (const v of this.byKey.get(keys[i]!)) candidates.add(v);
      if (word.length >= 2) for (const v of this.byWord.withPrefix(word, PREFIX_TERMS_MAX)) candidates.add(v);
      const typos = allowedTypos(word.length);
      if (candidates.size === before && typos) {
        for (const { item } of this.byWord.near(word, typos)) candidates.add(item);
        if (typos > 1) for (const { item } of this.byKey.near(keys[i]!, typos - 1)) candidates.add(item);
      }
    });
    const best = new Map<Entity, number>();
    for (const variant of candidates) {
      const score = matchScore(words, keys, variant, this.roleWords.get(variant.entity)!);
      if (score > (best.get(variant.entity) ?? 0)) best.set(variant.entity, score);
    }
    return [...best]
      .map(([entity, score]) => ({ entity, score }))
      .sort((a, b) => b.score - a.score || b.entity.mentions.length - a.entity.mentions.length);
  }

  /**
   * The names nearest a query that matched none: each query word against the names' words
   * within half its length in edits (a word with nothing that near counts as a full miss).
   * With nothing near at all, the most mentioned names.
   */
  closest(query: string, count: number): Entity[] {
    const words = nameWords(query);
    const misses = new Map<Entity, number[]>();
    words.forEach((word, i) => {
      for (const { item, distance } of this.byWord.near(word, Math.max(1, Math.ceil(word.length / 2)))) {
        const perWord = misses.get(item.entity) ?? words.map(() => 1);
        perWord[i] = Math.min(perWord[i]!, distance / word.length);
        misses.set(item.entity, perWord);
      }
    });
    const near = [...misses]
      .map(([entity, perWord]) => ({ entity, miss: perWord.reduce((a, b) => a + b, 0) }))
      .sort((a, b) => a.miss - b.miss || b.entity.mentions.length - a.entity.mentions.length)
      .map((x) => x.entity);
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
    for (const { variant, whole } of this.tails.withPrefix(typed, PREFIX_TERMS_MAX)) offer(variant.entity, whole ? (variant.canonical ? 0 : 1) : 2);
    const typedKey = nameWords(prefix).map(wordKey).join(' ');
    if (typedKey) for (const variant of this.keyTails.withPrefix(typedKey, PREFIX_TERMS_MAX)) offer(variant.entity, 3);
    return [...rank]
      .sort((a, b) => a[1] - b[1] || b[0].mentions.length - a[0].mentions.length || a[0].name.localeCompare(b[0].name))
      .slice(0, count)
      .map(([entity]) => entity);
  }
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
