/** @deprecated The name index is ./names/nameIndex.ts; this path stays for the importers outside src/annotate. */
export { NameIndex, type RankedEntity } from './names/index.js';
