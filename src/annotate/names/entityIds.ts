import type { Entity } from './types.js';

// Apart from entities.ts, which loads the extractors: a corpus updated in place (pipeline/delta.ts) orders and names entities too.

/** The order entities are listed in: most mentioned first. */
export function entityOrder(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || b.articles.length - a.articles.length || a.name.localeCompare(b.name);
}

/** An entity's id from its name, numbered when `usedIds` has it already (the id is added to it). */
export function entityIdFor(name: string, usedIds: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'entity';
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}
