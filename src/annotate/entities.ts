import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';

// Placeholder until /who lands (issue 5): no entities are found yet.
export interface Entity {
  name: string;
}

export function annotateEntities(_articles: Article[], _passages: Passage[]): Entity[] {
  return [];
}
