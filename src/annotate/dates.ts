/** @deprecated The dates extractor is ./dates/ (index.ts); this path stays for the importers outside src/annotate. */
export { annotateDates, findDates, type DateMention, type DatePrecision, type FoundDate } from './dates/index.js';
