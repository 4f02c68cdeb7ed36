/** @deprecated Calendar arithmetic is ./dates/calendar.ts; this path stays for the importers outside src/annotate. */
export * from './dates/calendar.js';
