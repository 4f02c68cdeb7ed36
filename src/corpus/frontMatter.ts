import { isMap, isScalar, parseDocument, type Scalar, type YAMLError } from 'yaml';
import { z } from 'zod';
import { isRealIsoDate } from './isoDate.js';

/** What a front-matter block may say about its article. */
export interface FrontMatter {
  title: string;
  publisher?: string;
  /** YYYY-MM-DD. */
  published?: string;
  url?: string;
}

export const FRONT_MATTER_KEYS = ['title', 'publisher', 'published', 'url'] as const;
type Key = (typeof FRONT_MATTER_KEYS)[number];

const MAX_LENGTH: Partial<Record<Key, number>> = { title: 500, publisher: 200 };

/** Keys people write for ours. */
const MEANT: Record<string, Key> = {
  headline: 'title',
  name: 'title',
  source: 'publisher',
  site: 'publisher',
  outlet: 'publisher',
  date: 'published',
  pubdate: 'published',
  published_at: 'published',
  publication_date: 'published',
  publishedat: 'published',
  link: 'url',
  href: 'url',
  source_url: 'url',
  canonical: 'url',
};

export type FrontMatterResult = { kind: 'none' } | { kind: 'ok'; data: FrontMatter; bodyStart: number } | { kind: 'error'; message: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;
const WebAddress = z.url({ protocol: /^https?$/ });

/**
 * Splits a `---` front-matter block off the top of a file and validates it.
 * Every value is read as the text it is written as (YAML's failsafe schema),
 * so `title: 1984` is the title "1984", never a number, and `published:
 * 2020-01-24` is that day, never a time stamp shifted by a time zone. A
 * problem is one plain sentence that names its key.
 */
export function readFrontMatter(text: string): FrontMatterResult {
  const open = OPENING.exec(text);
  if (!open) return { kind: 'none' };
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { kind: 'error', message: 'the front matter opens with --- but never closes (end it with a line of ---)' };
  const block = rest.slice(0, close.index);
  const bodyStart = open[0].length + close.index + close[0].length;

  const doc = parseDocument(block, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true });
  const lines = block.split(/\r?\n/);
  if (doc.errors.length) return { kind: 'error', message: syntaxProblems(doc.errors, lines).join('; ') };

  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    return { kind: 'error', message: 'the front matter must be lines of key: value, such as title: What happened' };
  }
  const problems: string[] = [];
  const unknown: string[] = [];
  const values: Partial<Record<Key, string>> = {};
  for (const pair of contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      unknown.push(key);
      continue;
    }
    const value = pair.value;
    if (value !== null && !isScalar(value)) {
      problems.push(`${key} must be one line of text, not a list or a set of keys`);
      continue;
    }
    values[key as Key] = scalarText(key as Key, value as Scalar | null, block);
  }

  const data: Partial<FrontMatter> = {};
  for (const key of FRONT_MATTER_KEYS) {
    const value = values[key];
    if (value === undefined || value === '') {
      // Only the title is required; an optional key left empty (a template's placeholder) is as good as absent.
      if (key === 'title' && !problems.some((p) => p.startsWith('title '))) {
        problems.push(value === undefined ? 'title is missing from the front matter' : 'title is empty');
      }
      continue;
    }
    const max = MAX_LENGTH[key];
    if (max && value.length > max) {
      problems.push(`${key} is longer than ${max} characters`);
      continue;
    }
    if (key === 'published') {
      const day = dayOf(value);
      if (typeof day === 'string') data.published = day;
      else problems.push(day.problem);
    } else if (key === 'url') {
      if (WebAddress.safeParse(value).success) data.url = value;
      else problems.push(`url ${value} is not a web address; it must start with http:// or https://`);
    } else data[key] = value;
  }
  if (unknown.length) problems.push(unknownKeys(unknown));
  if (problems.length) return { kind: 'error', message: problems.join('; ') };
  return { kind: 'ok', data: data as FrontMatter, bodyStart };
}

/** "null" and "~" written bare mean no value, as in any YAML; quoted, they are text. */
const YAML_NULL = /^(?:~|null|Null|NULL)$/;

/**
 * A value's text. A title or publisher written bare on its line is taken
 * exactly as the line has it, " #" and all (YAML would cut "We're #1" to
 * "We're"); a quoted or multi-line value as YAML reads it.
 */
function scalarText(key: Key, node: Scalar | null, block: string): string {
  if (!node) return '';
  const value = String(node.value ?? '');
  if (node.type !== 'PLAIN') return value.trim();
  if (YAML_NULL.test(value)) return '';
  const [start, end] = node.range ?? [0, 0];
  if ((key === 'title' || key === 'publisher') && !block.slice(start, end).includes('\n')) {
    const lineEnd = block.indexOf('\n', start);
    return block.slice(start, lineEnd < 0 ? block.length : lineEnd).trim();
  }
  return value.trim();
}

/** A publication day as YYYY-MM-DD; a time stamp gives its day as written. */
function dayOf(value: string): string | { problem: string } {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{1,2}(?::?\d{2})?)?)?$/.exec(value);
  if (!m) return { problem: `published must be a date written YYYY-MM-DD, such as 2020-01-24, not ${value}` };
  if (!isRealIsoDate(m[1]!)) return { problem: `published ${m[1]} is not a real calendar date (write it YYYY-MM-DD)` };
  return m[1]!;
}

function unknownKeys(keys: string[]): string {
  const named = keys.map((k) => (k ? k : '(a line with no key)'));
  const hints = keys.flatMap((k) => {
    const lower = k.toLowerCase();
    if ((FRONT_MATTER_KEYS as readonly string[]).includes(lower)) return [`write ${k} as ${lower}`];
    const meant = MEANT[lower.replace(/[\s-]+/g, '_')];
    return meant ? [`for ${k}, write ${meant}`] : [];
  });
  const list = `${FRONT_MATTER_KEYS.slice(0, -1).join(', ')} and ${FRONT_MATTER_KEYS.at(-1)}`;
  const head = `unknown key${keys.length === 1 ? '' : 's'} ${named.join(', ')}: the front matter may have only ${list}`;
  return hints.length ? `${head} (${hints.join('; ')})` : head;
}

/** A YAML error as what to change on that line: one sentence per line at fault. */
function syntaxProblems(errors: YAMLError[], lines: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  for (const err of errors) {
    let lineNo = err.linePos?.[0]?.line ?? 1;
    // An error found at the end of the block (an unclosed quote or bracket) is about the last key line before it.
    while (lineNo > 1 && !KEY_LINE.test(lines[lineNo - 1] ?? '')) lineNo--;
    if (seen.has(lineNo)) continue;
    seen.add(lineNo);
    out.push(syntaxProblem(err, lines[lineNo - 1] ?? '', lineNo + 1));
  }
  return out;
}

const KEY_LINE = /^\s*([^\s:#'"][^:]*?)\s*:(?:\s+(.*?))?\s*$/;

/** `fileLine`: the line's number in the file (the opening --- is line 1). */
function syntaxProblem(err: YAMLError, line: string, fileLine: number): string {
  const m = KEY_LINE.exec(line);
  const key = m?.[1];
  const value = m?.[2] ?? '';
  const quoted = (v: string) => (/["\\]/.test(v) ? `'${v.replace(/'/g, "''")}'` : `"${v}"`);
  const what = key && (FRONT_MATTER_KEYS as readonly string[]).includes(key) ? `a ${key}` : 'a value';
  switch (err.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (key && value.includes(':')) return `put ${what} containing a colon in quotes, as in ${key}: ${quoted(value)} (line ${fileLine})`;
      break;
    case 'BAD_SCALAR_START':
      if (key && value) return `put ${what} that starts with ${value[0]} in quotes, as in ${key}: ${quoted(value)} (line ${fileLine})`;
      break;
    case 'MISSING_CHAR':
      if (/quote/i.test(err.message)) {
        if (key && /^["']/.test(value)) return `close the quote around the ${key} on line ${fileLine}, as in ${key}: ${quoted(value.slice(1))}`;
        return `a quote opened on line ${fileLine} is never closed on that line`;
      }
      break;
    case 'DUPLICATE_KEY':
      return `${key ?? 'a key'} is given twice (line ${fileLine}); keep one`;
    case 'TAB_AS_INDENT':
      return `line ${fileLine} of the front matter starts with a tab; start it with its key`;
  }
  if (key && value) return `line ${fileLine} of the front matter is not valid YAML; put the ${key} in quotes, as in ${key}: ${quoted(value)}`;
  const why = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `line ${fileLine} of the front matter is not valid YAML (${why})`;
}
