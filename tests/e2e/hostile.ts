import fc from 'fast-check';
import { OptionType, optionsOf, type CommandDef, type OptionDef } from './commandOptions.js';
import type { OptionValue } from './fakeDiscord/server.js';

/** Inputs chosen to break things: pings, markdown, control and bidi characters, emoji, huge text. */
export const HOSTILE_SAMPLES = [
  '',
  ' ',
  '\n\t',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '@everyone <@123> please read',
  '**bold** __under__ *it* ~~strike~~ ||spoiler|| `code` ```block``` > quote # heading - list',
  '[click me](https://example.invalid/x) <https://example.invalid>',
  '\\',
  '\\*\\*',
  '\u0000\u0001\u0007\u001b[31mred\u001b[0m\u007f',
  '\u202eevil\u202c \u200f\u200e\u2066isolate\u2069',
  'مظاهرة في بغداد',
  'עברית',
  '🙂👨‍👩‍👧‍👦🇮🇶 ✊🏽',
  '\ud83d',
  'x'.repeat(10_000),
  '🙂'.repeat(5_000),
  '2020-13-45',
  '0000-00-00',
  '9999-12-31',
  '2021-02-28',
  '-1',
  'NaN',
  '%s %d {{x}} ${x}',
  "'; DROP TABLE passages; --",
];

/** Any text, hostile or random: samples, random unicode, and mixtures of the two. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_SAMPLES), weight: 4 },
  { arbitrary: fc.string({ maxLength: 60 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  {
    arbitrary: fc.array(fc.constantFrom(...HOSTILE_SAMPLES.filter((s) => s.length < 100), 'people', 'news', ' '), { maxLength: 8 }).map((a) => a.join(' ')),
    weight: 3,
  },
  { arbitrary: fc.string({ minLength: 300, maxLength: 10_000 }), weight: 1 },
);

/** Integers Discord could never send (its min/max are declared) and some it could. */
export const hostileInteger: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 30 }),
  fc.constantFrom(0, -1, 101, 10_000, 2 ** 31 - 1, -(2 ** 31), Number.MAX_SAFE_INTEGER),
);

function valueFor(option: OptionDef): fc.Arbitrary<OptionValue> {
  switch (option.type) {
    case OptionType.Boolean:
      return fc.boolean();
    case OptionType.Integer:
      return hostileInteger;
    case OptionType.Number:
      return fc.oneof(hostileInteger, fc.double({ noNaN: true, noDefaultInfinity: true }));
    default:
      return hostileText;
  }
}

/** Option values for a command: each option present or not, its value hostile. */
export function hostileOptions(def: CommandDef): fc.Arbitrary<Record<string, OptionValue>> {
  const entries = optionsOf(def).map((o) => [o.name, valueFor(o)] as const);
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] }) as fc.Arbitrary<Record<string, OptionValue>>;
}
