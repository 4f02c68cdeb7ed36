export type { Entity, EntityKind, EntityMention, EntityRole, NameMention } from './types.js';
export { annotateEntities, findArticleNameMentions, findNameMentions, initialsOf, resolveEntities } from './entities.js';
export { allowedTypos, editDistance, nameKey, nameWords, wordKey } from './keys.js';
export { NameIndex, type RankedEntity } from './nameIndex.js';
export { listedEntities, listedEntitiesSteps } from './listing.js';
export { NAME_RULES } from './rules.js';
