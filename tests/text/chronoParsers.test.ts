import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as chronoType from 'chrono-node';
import { CALENDAR_PARSER_FILES, calendarChrono, calendarParserClasses } from '../../src/text/chronoParsers.js';

const chrono = createRequire(import.meta.url)('chrono-node') as typeof chronoType;

describe("chrono-node's calendar parsers, picked by class", () => {
  it('each is found in its file and in the casual configuration (a chrono-node release that moved one names it here)', () => {
    const { classes, problems } = calendarParserClasses();
    expect(problems).toEqual([]);
    expect(classes).toHaveLength(CALENDAR_PARSER_FILES.length);
  });

  it('the calendar parser is the casual one with exactly those parsers, the same instances, in its order', () => {
    const { classes } = calendarParserClasses();
    const parser = calendarChrono();
    expect(parser.parsers).toHaveLength(CALENDAR_PARSER_FILES.length);
    const casual = chrono.casual.parsers;
    // The same objects as chrono's own casual configuration, in its order: nothing re-created or re-ordered.
    expect(parser.parsers).toEqual(casual.filter((p) => parser.parsers.includes(p)));
    for (const p of parser.parsers) expect(classes).toContain(p.constructor);
    // The classes are those of the files they were asked by (a cross-check in the test only; the code never reads names).
    expect(parser.parsers.map((p) => p.constructor.name).sort()).toEqual(CALENDAR_PARSER_FILES.map((f) => f.replace(/^.*\/|\.js$/g, '')).sort());
    // Its refiners are the casual configuration's.
    expect(parser.refiners).toEqual(chrono.casual.refiners);
  });

  it('reads calendar dates and weekdays, and no time, duration or casual reference', () => {
    const parser = calendarChrono();
    const ref = new Date('2020-01-20T12:00:00Z');
    const texts = (text: string) => parser.parse(text, ref).map((r) => r.text);
    expect(texts('On Friday, January 24, 2020, they marched.')).toEqual(['On Friday, January 24, 2020']);
    expect(texts('filed 2020-01-03 and 1/24/2020')).toEqual(['2020-01-03', '1/24/2020']);
    expect(texts('in March 2019')).toEqual(['March 2019']);
    expect(texts('tonight at 10pm, in 3 days, 2 weeks ago, tomorrow, now')).toEqual([]);
    // The full casual parser reads all of those.
    expect(chrono.casual.parse('tonight at 10pm, in 3 days, 2 weeks ago, tomorrow', ref).length).toBeGreaterThan(2);
  });
});
