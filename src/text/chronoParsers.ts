import { createRequire } from 'node:module';
import path from 'node:path';
import type * as chronoType from 'chrono-node';
import { once } from './memo.js';

const require = createRequire(import.meta.url);

/**
 * The parsers of chrono-node's casual English configuration that read
 * calendar dates and weekdays, by their files in chrono-node's CommonJS
 * build: chrono-node exports none of its parser classes, and a class's
 * `constructor.name` is no API (a bundler or a release may rename it), so
 * each class is loaded from its file and the parsers are picked by class
 * reference. The Chrono they are picked from is that build's too, the one
 * `lazyModule('chrono-node')` loads elsewhere.
 */
export const CALENDAR_PARSER_FILES = [
  'locales/en/parsers/ENYearMonthDayParser.js',
  'common/parsers/ISOFormatParser.js',
  'common/parsers/SlashDateFormatParser.js',
  'locales/en/parsers/ENMonthNameLittleEndianParser.js',
  'locales/en/parsers/ENMonthNameMiddleEndianParser.js',
  'locales/en/parsers/ENWeekdayParser.js',
  'locales/en/parsers/ENSlashMonthFormatParser.js',
  'locales/en/parsers/ENYearMonthNameParser.js',
  'locales/en/parsers/ENMonthNameParser.js',
] as const;

type ParserClass = abstract new (...args: never[]) => chronoType.Parser;

export interface CalendarParserClasses {
  /** The classes found, in CALENDAR_PARSER_FILES order. */
  classes: ParserClass[];
  /** What could not be found, one sentence per parser: empty on the chrono-node version package.json names. */
  problems: string[];
}

const chrono = () => require('chrono-node') as typeof chronoType;

/** The calendar parser classes, each required from its file; a parser a release moved or dropped is named in `problems`. */
export const calendarParserClasses = once((): CalendarParserClasses => {
  const root = path.dirname(require.resolve('chrono-node'));
  const casual = chrono().casual.parsers;
  const classes: ParserClass[] = [];
  const problems: string[] = [];
  for (const file of CALENDAR_PARSER_FILES) {
    let found: unknown;
    try {
      found = (require(path.join(root, file)) as { default?: unknown }).default;
    } catch {
      problems.push(`chrono-node has no ${file} (in ${root})`);
      continue;
    }
    if (typeof found !== 'function') problems.push(`chrono-node's ${file} exports no parser class`);
    else if (!casual.some((p) => p.constructor === found)) problems.push(`chrono-node's casual configuration has no parser of the class in ${file}`);
    else classes.push(found as ParserClass);
  }
  return { classes, problems };
});

/**
 * chrono-node's casual English parser without the parsers of times,
 * durations and casual references ("tonight", "in 3 days"): only calendar
 * dates and weekdays are left to parse. Should a chrono-node release move
 * every one of them, it parses with all of its parsers rather than none
 * (tests/text/chronoParsers.test.ts names each one that moved).
 */
export function calendarChrono(): chronoType.Chrono {
  const parser = chrono().casual.clone();
  const { classes } = calendarParserClasses();
  const kept = parser.parsers.filter((p) => classes.some((c) => p.constructor === c));
  if (kept.length) parser.parsers = kept;
  return parser;
}
