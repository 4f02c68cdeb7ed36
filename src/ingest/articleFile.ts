import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { futureDate, systemClock, utcDay, type Clock } from '../corpus/clock.js';
import { parseArticleFile } from '../corpus/readArticles.js';
import type { ArticleSource } from '../corpus/types.js';
import { extractPassages } from '../passages/extract.js';
import type { Passage } from '../passages/types.js';
import { foldedWords } from '../text/fold.js';
import { IngestError, type Candidate } from './types.js';

/** The longest title and publisher a file keeps, and the longest slug its name takes from the title, in characters. */
const MAX_LENGTH = { title: 500, publisher: 200, slug: 60 };

/** A candidate as the corpus will hold it: the file's bytes, validated exactly as the loader validates them. */
export interface PreparedArticle {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  source: ArticleSource;
  passages: Passage[];
}

/** Front matter (written with the yaml package, so any title quotes correctly) followed by the body verbatim. */
export function articleFileText(candidate: Candidate): string {
  const meta: Record<string, string> = { title: truncate(candidate.title, MAX_LENGTH.title) };
  if (candidate.publisher) meta.publisher = truncate(candidate.publisher, MAX_LENGTH.publisher);
  if (candidate.published) meta.published = candidate.published;
  if (candidate.url) meta.url = candidate.url;
  const body = candidate.body.endsWith('\n') ? candidate.body : `${candidate.body}\n`;
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n${body}`;
}

/**
 * Stable id: the publication day and a slug of the title, for people, and a
 * hash of the body's words, so the same text always gets the same id.
 */
export function articleId(title: string, published: string | null, body: string): string {
  const words: string[] = [];
  for (const w of foldedWords(title).filter((w) => /^[a-z0-9]+$/.test(w))) {
    if ([...words, w].join('-').length > MAX_LENGTH.slug) break;
    words.push(w);
  }
  const slug = words.join('-');
  const hash = createHash('sha256').update(foldedWords(body).join(' ')).digest('hex').slice(0, 8);
  return [published ?? 'undated', slug || 'article', hash].join('-');
}

/**
 * Builds and validates the file; whatever would not load or has nothing to
 * quote is refused here, before any write. `clock` is what "today" is: a
 * publication date after tomorrow is refused, whoever set it (a page's
 * metadata, a dateline, front matter).
 */
export function prepareArticle(candidate: Candidate, clock: Clock = systemClock): PreparedArticle {
  const now = clock();
  if (candidate.published && futureDate(candidate.published, now)) {
    throw new IngestError(`published ${candidate.published} is after tomorrow (${utcDay(now, 1)}); check the date`);
  }
  const bytes = new TextEncoder().encode(articleFileText(candidate));
  const draft = parseArticleFile('draft.md', bytes, { clock });
  if ('message' in draft) throw new IngestError(`the article would not load: ${draft.message.replace(/^draft\.md:?\s*/, '')}`);
  const id = articleId(draft.article.title, draft.article.published, draft.text.slice(draft.article.bodyStart));
  const fileName = `${id}.md`;
  const source = parseArticleFile(fileName, bytes, { clock });
  if ('message' in source) throw new IngestError(`the article would not load: ${source.message}`);
  const passages = extractPassages(source);
  if (!passages.some((p) => p.kind !== 'headline')) {
    throw new IngestError('no reporting left once headlines and chrome (pitches, licences, link lists) are set aside');
  }
  return { id, fileName, bytes, source, passages };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
