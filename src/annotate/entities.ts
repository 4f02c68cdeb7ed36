/** @deprecated The names extractor is ./names/ (index.ts); this path stays for the importers outside src/annotate. */
export { annotateEntities, initialsOf, type Entity, type EntityKind, type EntityMention, type EntityRole } from './names/index.js';
