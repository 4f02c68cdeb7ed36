import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readArticles } from '../corpus/readArticles.js';
import { extractPassages } from '../passages/extract.js';
import { Random } from './random.js';

/**
 * A large, realistic corpus from any small one: seed sentences recombined into
 * new articles, with proper names, months, weekdays, days, years and counts
 * varied. Nothing here knows what the seeds are about; every list is derived
 * from the seed text itself or from the English calendar.
 */

export interface SeedMaterial {
  /** Body sentences (passages of kind body or caption), verbatim. */
  sentences: string[];
  headlines: string[];
  /** Lines the pipeline strips as chrome (pitches, link lists, licences): generated articles carry some. */
  chrome: string[];
  publishers: string[];
  /** Capitalised words that never occur in lower case in the seeds: names of people, places, bodies. */
  properNouns: string[];
  /** Mid-point of the seeds' publication dates, so generated dates stay in the same era. */
  centreDate: string;
}

export interface GeneratedCorpus {
  dir: string;
  articles: number;
  sentences: number;
  bytes: number;
}

const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2021, m, 1))),
);
const WEEKDAYS = Array.from({ length: 7 }, (_, d) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2021, 0, 3 + d))),
);
const MONTH_RE = new RegExp(`\\b(${MONTHS.join('|')}|(?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.)(\\s+(\\d{1,2})\\b)?`, 'g');
const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');
const CALENDAR_WORDS = new Set([...MONTHS, ...WEEKDAYS, ...MONTHS.map((m) => m.slice(0, 3))]);
// A count, a year or a figure such as 500,000; not the parts of a clock time (22:10).
const NUMBER_RE = /(?<![\d:.,])\d{1,3}(?:,\d{3})+(?![\d:])|(?<![\d:.,])\d+(?![\d:,])/g;
const CAPITALISED_RE = /\b\p{Lu}\p{Ll}{2,}\b/gu;

const SYLLABLES = [
  'ka',
  'ra',
  'lo',
  'mi',
  'ten',
  'sa',
  'dor',
  'vel',
  'an',
  'ri',
  'mo',
  'zu',
  'ha',
  'nel',
  'bes',
  'tor',
  'li',
  'ga',
  'fen',
  'or',
  'ul',
  'mar',
  'si',
  'de',
];
const PUBLISHER_SUFFIXES = ['Times', 'Post', 'Herald', 'Tribune', 'Observer', 'Daily', 'Wire', 'News', 'Journal', 'Chronicle'];
/** Alternatives per seed name: enough variety for autocomplete and /who, few enough that names recur. */
const VARIANTS_PER_NAME = 24;

export async function readSeedMaterial(seedDir: string): Promise<SeedMaterial> {
  const { sources } = await readArticles(seedDir);
  if (!sources.length) throw new Error(`no articles to generate from in ${seedDir}`);
  const sentences: string[] = [];
  const headlines: string[] = [];
  const chrome: string[] = [];
  const publishers = new Set<string>();
  const dates: number[] = [];
  const allText: string[] = [];
  for (const source of sources) {
    const passages = extractPassages(source);
    for (const p of passages) (p.kind === 'headline' ? headlines : sentences).push(p.text);
    headlines.push(source.article.title);
    if (source.article.publisher) publishers.add(source.article.publisher);
    if (source.article.published) dates.push(Date.parse(source.article.published));
    allText.push(source.text.slice(source.article.bodyStart));
    // Lines with no passage in them are what the pipeline threw away as chrome.
    const lineRe = /[^\n]+/g;
    for (let m = lineRe.exec(source.text); m; m = lineRe.exec(source.text)) {
      if (m.index < source.article.bodyStart || !/\p{L}/u.test(m[0])) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (!passages.some((p) => p.start < end && p.end > start)) chrome.push(m[0].trim());
    }
  }
  const text = allText.join('\n');
  const lower = new Set(text.match(/\b\p{Ll}+\b/gu) ?? []);
  const properNouns = [...new Set(text.match(CAPITALISED_RE) ?? [])].filter((w) => !lower.has(w.toLowerCase()) && !CALENDAR_WORDS.has(w)).sort();
  dates.sort((a, b) => a - b);
  const centre = dates.length ? dates[Math.floor(dates.length / 2)]! : Date.UTC(2020, 0, 1);
  return {
    sentences,
    headlines,
    chrome: [...new Set(chrome)],
    publishers: [...publishers],
    properNouns,
    centreDate: new Date(centre).toISOString().slice(0, 10),
  };
}

function syntheticName(rng: Random): string {
  let word = '';
  for (let i = rng.int(2, 3); i > 0; i--) word += rng.pick(SYLLABLES);
  return word[0]!.toUpperCase() + word.slice(1);
}

/** One generated article: its front matter (or none, then a dateline line), headline and paragraphs. */
interface GeneratedArticle {
  head: string;
  title: string;
  dateline: string | null;
  /** Body paragraphs, each of one to three sentences, and how many sentences in each. */
  paragraphs: Array<{ text: string; sentences: number }>;
  /** A line of chrome after the body (a pitch, a link), or null. */
  chrome: string | null;
}

/** Makes articles from the seed one after another, the same ones for the same seed. */
function articleMaker(seed: SeedMaterial, rngSeed: number): () => GeneratedArticle {
  if (!seed.sentences.length) throw new Error('the seed corpus has no body sentences to recombine');
  const rng = new Random(rngSeed);
  const variants = new Map(seed.properNouns.map((n) => [n, Array.from({ length: VARIANTS_PER_NAME }, () => syntheticName(rng))]));
  const publishers = [...seed.publishers, ...Array.from({ length: 30 }, () => `The ${syntheticName(rng)} ${rng.pick(PUBLISHER_SUFFIXES)}`)];
  const centre = Date.parse(seed.centreDate);
  const nouns = seed.properNouns.length ? new RegExp(`\\b(${seed.properNouns.join('|')})\\b`, 'g') : null;

  return () => {
    const published = new Date(centre + rng.int(-400, 400) * 86_400_000);
    const year = published.getUTCFullYear();
    // One consistent renaming per article: a name keeps its new spelling throughout the article.
    const rename = new Map<string, string>();
    for (const [name, alts] of variants) rename.set(name, rng.chance(0.25) ? name : rng.pick(alts));

    const vary = (sentence: string): string => {
      let s = nouns ? sentence.replace(nouns, (w) => rename.get(w) ?? w) : sentence;
      s = s.replace(NUMBER_RE, (n) => {
        const value = Number(n.replace(/,/g, ''));
        if (!n.includes(',') && value >= 1900 && value <= 2099) return String(year - rng.int(0, 1));
        if (value === 0) return n;
        const scaled = Math.max(1, Math.round(value * (0.3 + rng.next() * 2)));
        return n.includes(',') ? scaled.toLocaleString('en-US') : String(scaled);
      });
      s = s.replace(MONTH_RE, (_m, _month: string, dayPart: string | undefined) => {
        const month = rng.pick(MONTHS);
        return dayPart ? `${month} ${rng.int(1, 28)}` : month;
      });
      return s.replace(WEEKDAY_RE, () => rng.pick(WEEKDAYS));
    };

    const title = vary(rng.pick(seed.headlines)).replace(/\s+/g, ' ').trim();
    const frontMatter = rng.chance(0.9);
    const dateline = frontMatter ? null : `${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${year}`;
    const paragraphs: GeneratedArticle['paragraphs'] = [];
    for (let left = rng.int(8, 24); left > 0;) {
      const inParagraph = Math.min(left, rng.int(1, 3));
      paragraphs.push({ text: Array.from({ length: inParagraph }, () => vary(rng.pick(seed.sentences))).join(' '), sentences: inParagraph });
      left -= inParagraph;
    }
    const chrome = seed.chrome.length && rng.chance(0.3) ? rng.pick(seed.chrome) : null;
    const head = frontMatter
      ? `---\ntitle: ${JSON.stringify(title)}\npublisher: ${JSON.stringify(rng.pick(publishers))}\npublished: ${published.toISOString().slice(0, 10)}\n---\n`
      : '';
    return { head, title, dateline, paragraphs, chrome };
  };
}

/** Writes about `targetPassages` passages' worth of articles into `dir` (which must be empty or new). */
export function generateCorpus(seed: SeedMaterial, dir: string, options: { targetPassages: number; seed?: number }): GeneratedCorpus {
  const nextArticle = articleMaker(seed, options.seed ?? 20200124);
  mkdirSync(dir, { recursive: true });
  // Each article: a headline passage plus 8-24 sentences, about 17 passages on average.
  const articleCount = Math.max(1, Math.round(options.targetPassages / 17));
  let sentences = 0;
  let bytes = 0;
  for (let i = 0; i < articleCount; i++) {
    const article = nextArticle();
    const lines = [
      article.title,
      ...(article.dateline ? [article.dateline] : []),
      ...article.paragraphs.map((p) => p.text),
      ...(article.chrome ? [article.chrome] : []),
    ];
    sentences += article.paragraphs.reduce((n, p) => n + p.sentences, 0);
    const file = `${article.head}${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(file);
    writeFileSync(path.join(dir, `gen-${String(i).padStart(6, '0')}.md`), file);
  }
  return { dir, articles: articleCount, sentences, bytes };
}

/**
 * One article whose body is a single paragraph of `sentences` sentences: the generated articles' body
 * paragraphs run together (their chrome left out), as a page that lost its paragraph breaks reads.
 */
export function generateLongParagraph(seed: SeedMaterial, dir: string, options: { sentences: number; seed?: number }): GeneratedCorpus {
  const nextArticle = articleMaker(seed, options.seed ?? 20200124);
  const parts: string[] = [];
  let sentences = 0;
  while (sentences < options.sentences) {
    for (const p of nextArticle().paragraphs) {
      if (sentences >= options.sentences) break;
      parts.push(p.text);
      sentences += p.sentences;
    }
  }
  mkdirSync(dir, { recursive: true });
  const file = `---\ntitle: "A report in one paragraph"\npublished: ${seed.centreDate}\n---\nA report in one paragraph\n${parts.join(' ')}\n`;
  writeFileSync(path.join(dir, 'one-paragraph.md'), file);
  return { dir, articles: 1, sentences, bytes: Buffer.byteLength(file) };
}
