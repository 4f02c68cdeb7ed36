import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../corpus/clock.js';
import { parseArticleFile } from '../corpus/readArticles.js';
import { decodePage, DEFAULT_FETCH_LIMITS, fetchPage, type FetchLimits } from './fetchPage.js';
import { candidateFromHtml } from './html.js';
import { IngestError, type Candidate, type IngestSource } from './types.js';

export const TEXT_EXTENSIONS = ['.txt', '.md'];
export const HTML_EXTENSIONS = ['.html', '.htm'];
export const INGEST_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS];

type Format = 'text' | 'html';

/** How a source names itself in messages. */
export function describeSource(source: IngestSource): string {
  return source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : source.name;
}

/** Reads, fetches or decodes a source into an article candidate; every refusal is an IngestError. */
export async function readCandidate(source: IngestSource, limits: FetchLimits = DEFAULT_FETCH_LIMITS, clock?: Clock): Promise<Candidate> {
  if (source.kind === 'url') {
    const page = await fetchPage(source.url, limits);
    const format = formatOfContentType(page.contentType);
    if (!format) throw new IngestError(`${page.url} is not a web page or text (content type ${page.contentType || 'unknown'})`);
    return candidateFrom(format, page.bytes, page.contentType, path.basename(new URL(page.url).pathname) || 'page', page.url, clock);
  }
  const name = source.kind === 'file' ? path.basename(source.path) : source.name;
  const format = formatOfName(name);
  if (!format) {
    const hint = source.kind === 'file' ? linkHint(source.path) : '';
    throw new IngestError(`${name}: only ${INGEST_EXTENSIONS.join(', ')} files can be added${hint}`);
  }
  if (source.kind === 'bytes') {
    const declared = source.contentType ? formatOfContentType(source.contentType) : format;
    if (declared !== format) throw new IngestError(`${name}: its content type (${source.contentType}) is not ${format}`);
    if (source.bytes.byteLength > limits.maxBytes) {
      throw new IngestError(`${name} is ${source.bytes.byteLength} bytes; a file may be at most ${limits.maxBytes}`);
    }
    return candidateFrom(format, source.bytes, source.contentType ?? '', name, null, clock);
  }
  return candidateFrom(format, await readCapped(source.path, limits.maxBytes), '', name, null, clock);
}

function candidateFrom(format: Format, bytes: Uint8Array, contentType: string, name: string, url: string | null, clock?: Clock): Candidate {
  if (format === 'html') {
    const html = decodePage(bytes, contentType);
    return candidateFromHtml(html, url);
  }
  return candidateFromText(name, bytes, url, clock);
}

/** A .txt or .md file, with or without front matter, read exactly as the corpus loader reads it. */
export function candidateFromText(name: string, bytes: Uint8Array, url: string | null = null, clock?: Clock): Candidate {
  const parsed = parseArticleFile(name, bytes, { clock });
  if ('message' in parsed) throw new IngestError(`${name}: ${parsed.message}`);
  const { article, text } = parsed;
  return {
    title: article.title,
    publisher: article.publisher,
    published: article.published,
    url: article.url ?? url,
    byline: null,
    body: text.slice(article.bodyStart),
  };
}

function formatOfName(name: string): Format | null {
  const ext = path.extname(name).toLowerCase();
  return TEXT_EXTENSIONS.includes(ext) ? 'text' : HTML_EXTENSIONS.includes(ext) ? 'html' : null;
}

export function formatOfContentType(contentType: string): Format | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown' || type === 'text/x-markdown') return 'text';
  return null;
}

async function readCapped(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new IngestError(`${file} could not be read (${code ?? 'error'})`);
    throw new IngestError(`${file} does not exist${linkHint(file)}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new IngestError(`${file} is not a file`);
    if (info.size > maxBytes) throw new IngestError(`${file} is ${info.size} bytes; a file may be at most ${maxBytes}`);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** "example.org/news/story" was meant as a link. */
function linkHint(file: string): string {
  return /^(www\.)?[\w-]+(\.[\w-]+)+\//i.test(file) ? ' (a link must start with http:// or https://)' : '';
}
