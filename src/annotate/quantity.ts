/** @deprecated Quantities are read by ./crowd/ (index.ts); this path stays for the importers outside src/annotate. */
export { findQuantities, type Quantity } from './crowd/index.js';
