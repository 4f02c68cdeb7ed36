import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Timeline-summarisation topics: news articles about one subject and the key days journalists chose
 * for it (tests/eval/timelines, docs/evaluation.md). Two layouts are read: the compact set kept in
 * the repository (a folder per topic: timeline.yaml and articles.jsonl.gz), and the CSV layout in
 * which a public copy of the news-tls "Entities" dataset is published (a folder per topic:
 * outputwithpub.csv with one article per row, `published,text`, and outputTimelines.csv with the
 * gold timeline's days).
 */

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');

export const TopicTimelineSchema = z.object({
  topic: z.string().min(1),
  /** Not to be read while fixing rules (the first 8 hex digits of the SHA-1 of the topic, modulo 3, equal to 0). */
  holdout: z.boolean(),
  /** The journalists' key days, oldest first. */
  days: z.array(IsoDay).min(1),
  origin: z.object({ repository: z.string(), commit: z.string(), path: z.string(), licence: z.string(), sample: z.string() }),
});
export type TopicTimeline = z.infer<typeof TopicTimelineSchema>;

const SampledArticleSchema = z.object({ published: IsoDay, text: z.string().min(1) });

export interface TopicArticle {
  published: string;
  /** The article's text as the dataset gives it (one sentence or paragraph a line). */
  text: string;
}

export interface Topic {
  topic: string;
  holdout: boolean;
  /** Distinct gold days, oldest first. */
  days: string[];
  articles: TopicArticle[];
}

/** The held-out rule, fixed before any figure was seen: the same as the page set's (docs/evaluation.md). */
export function isHoldout(topic: string): boolean {
  return parseInt(createHash('sha1').update(topic).digest('hex').slice(0, 8), 16) % 3 === 0;
}

/** The names of the folders in `dir`, one a topic, sorted. */
async function topicFolders(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Reads the compact set: every folder holding a timeline.yaml. */
export async function readTimelineSet(dir: string): Promise<Topic[]> {
  const topics: Topic[] = [];
  for (const name of await topicFolders(dir)) {
    const folder = path.join(dir, name);
    const shown = path.join(name, 'timeline.yaml');
    const parsed = TopicTimelineSchema.safeParse(parse(await readFile(path.join(folder, 'timeline.yaml'), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${shown}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
    if (parsed.data.topic !== name) throw new Error(`${shown}: its topic is "${parsed.data.topic}"; the folder must be named so`);
    const lines = gunzipSync(await readFile(path.join(folder, 'articles.jsonl.gz')))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim());
    const articles = lines.map((line, i) => {
      const article = SampledArticleSchema.safeParse(JSON.parse(line));
      if (!article.success) throw new Error(`${path.join(name, 'articles.jsonl.gz')}: line ${i + 1}: ${article.error.issues[0]!.message}`);
      return article.data;
    });
    topics.push({ topic: name, holdout: parsed.data.holdout, days: distinctDays(parsed.data.days), articles });
  }
  return topics;
}

/** Reads the CSV layout: every folder holding outputwithpub.csv and outputTimelines.csv. */
export async function readCsvTopics(dir: string): Promise<Topic[]> {
  const topics: Topic[] = [];
  for (const name of await topicFolders(dir)) {
    const folder = path.join(dir, name);
    let articlesCsv: string;
    let timelinesCsv: string;
    try {
      articlesCsv = await readFile(path.join(folder, 'outputwithpub.csv'), 'utf8');
      timelinesCsv = await readFile(path.join(folder, 'outputTimelines.csv'), 'utf8');
    } catch {
      continue;
    }
    const articles: TopicArticle[] = [];
    for (const [i, row] of parseCsv(articlesCsv).entries()) {
      const [published, text] = row;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(published ?? '')) {
        if (row.some((cell) => cell.trim())) throw new Error(`${path.join(name, 'outputwithpub.csv')}: row ${i + 1} is not published,text`);
        continue;
      }
      // A row with no text (the dataset has a few) is no article.
      if (text?.trim()) articles.push({ published: published!, text });
    }
    // The timelines file: a header, then one row per timeline whose first cell lists its days.
    const days = parseCsv(timelinesCsv)
      .slice(1)
      .flatMap((row) => [...(row[0] ?? '').matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1]!));
    if (!days.length) throw new Error(`${path.join(name, 'outputTimelines.csv')}: no timeline day`);
    topics.push({ topic: name, holdout: isHoldout(name), days: distinctDays(days), articles });
  }
  return topics;
}

const distinctDays = (days: string[]) => [...new Set(days)].sort();

/** RFC 4180 CSV: fields separated by commas, quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The compact set's sampling rule, fixed before any figure was seen: of a topic's articles published
 * within its gold timeline's span, the `perTopic` whose text has the smallest SHA-1.
 */
export function sampleArticles(topic: Topic, perTopic: number): TopicArticle[] {
  const first = topic.days[0]!;
  const last = topic.days.at(-1)!;
  const digest = (a: TopicArticle) => createHash('sha1').update(a.text).digest('hex');
  return topic.articles
    .filter((a) => a.published >= first && a.published <= last)
    .map((a) => ({ a, key: digest(a) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .slice(0, perTopic)
    .map((x) => x.a)
    .sort((x, y) => x.published.localeCompare(y.published));
}
