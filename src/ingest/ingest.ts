import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { listArticleFiles, parseArticleFile } from '../corpus/readArticles.js';
import type { Article } from '../corpus/types.js';
import type { Corpus } from '../pipeline/corpus.js';
import { loadCorpus, type LoadOptions } from '../pipeline/loadCorpus.js';
import { extractPassages } from '../passages/extract.js';
import type { Passage } from '../passages/types.js';
import { prepareArticle } from './articleFile.js';
import { withCorpusLock } from './corpusLock.js';
import { removeStaleTempFiles, writeFileAtomically, type AtomicWriteHooks } from './atomicWrite.js';
import { findDuplicate, fingerprintOf, type DuplicateMatch, type TextFingerprint } from './duplicates.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './fetchPage.js';
import { describeSource, readCandidate } from './readSource.js';
import { IngestError, type IngestOutcome, type IngestSource } from './types.js';

export interface IngestOptions extends LoadOptions, AtomicWriteHooks {
  fetchLimits?: FetchLimits;
  /** Called as each source is settled, so a long batch can report as it goes. */
  onOutcome?: (outcome: IngestOutcome) => void;
  /**
   * How the corpus is (re)loaded; by default loadCorpus on the folder, which
   * also rebuilds the snapshot. A running bot passes its CorpusStore's reload,
   * so the new articles are answered from as soon as the ingest returns.
   */
  load?: () => Promise<Corpus>;
}

export interface IngestReport {
  outcomes: IngestOutcome[];
  /** The corpus before the batch, and after it (the same object when nothing was added). */
  before: Corpus;
  after: Corpus;
}

interface KnownArticle {
  item: Pick<Article, 'id' | 'title' | 'publisher' | 'published'>;
  fingerprint: TextFingerprint;
}

/** What duplicates are checked against: the corpus as loaded, plus whatever this or another ingest wrote since. */
interface Known {
  articles: KnownArticle[];
  /** Article files already read (or refused by the loader): not read again. */
  files: Set<string>;
}

/**
 * Adds articles to a corpus folder, one source at a time: read, validate,
 * refuse duplicates (of the corpus and of the batch so far), write atomically;
 * then rebuild the snapshot once. A refused source changes nothing.
 */
export async function ingest(sources: IngestSource[], corpusDir: string, options: IngestOptions = {}): Promise<IngestReport> {
  const loadOptions: LoadOptions = { cacheDir: options.cacheDir, snapshot: options.snapshot, clock: options.clock };
  const load = options.load ?? (async () => (await loadCorpus(corpusDir, loadOptions)).corpus);
  await mkdir(corpusDir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    const why = err.code === 'EEXIST' ? 'a file is in its place' : err.code === 'ENOTDIR' ? 'a file is in its path' : (err.code ?? err.message);
    throw new Error(`the corpus folder ${corpusDir} could not be made (${why})`);
  });
  await removeStaleTempFiles(corpusDir);
  const before = await load();
  const known = knownArticles(before);
  const outcomes: IngestOutcome[] = [];

  for (const source of sources) {
    const outcome = await ingestOne(source, corpusDir, known, options);
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  const after = outcomes.some((o) => o.status === 'added') ? await load() : before;
  return { outcomes, before, after };
}

async function ingestOne(source: IngestSource, corpusDir: string, known: Known, options: IngestOptions): Promise<IngestOutcome> {
  const label = describeSource(source);
  try {
    const candidate = await readCandidate(source, options.fetchLimits ?? DEFAULT_FETCH_LIMITS, options.clock);
    const prepared = prepareArticle(candidate, options.clock);
    // Under the lock, a concurrent ingest's article is seen before deciding this one is new.
    return await withCorpusLock(corpusDir, async () => {
      await learnArticlesAddedSince(corpusDir, known, options);
      const fingerprint = fingerprintOf(prepared.passages);
      const duplicate = findDuplicate(fingerprint, known.articles);
      if (duplicate) return duplicateOutcome(label, duplicate);
      await writeFileAtomically(corpusDir, prepared.fileName, prepared.bytes, options);
      const { article } = prepared.source;
      known.articles.push({ item: article, fingerprint });
      known.files.add(prepared.fileName);
      return {
        status: 'added',
        source: label,
        article: { id: article.id, title: article.title, publisher: article.publisher, published: article.published, url: article.url },
        file: prepared.fileName,
        passages: prepared.passages.length,
        byline: candidate.byline,
      };
    });
  } catch (err) {
    if (err instanceof IngestError) return { status: 'refused', source: label, message: err.message, ...(err.transient ? { transient: true } : {}) };
    // A disk error (full, read-only) refuses this source; the corpus is as it was, and the batch goes on.
    const code = (err as NodeJS.ErrnoException).code;
    return { status: 'refused', source: label, message: `could not be added (${code ?? (err as Error).message ?? String(err)})` };
  }
}

function duplicateOutcome(label: string, duplicate: DuplicateMatch<KnownArticle['item']>): IngestOutcome {
  const existing = duplicate.of;
  const how = duplicate.sameText ? 'the same text as' : `the same story as (${Math.round(duplicate.similarity * 100)}% of its passage text in common with)`;
  return {
    status: 'duplicate',
    source: label,
    existing: { id: existing.id, title: existing.title, publisher: existing.publisher, published: existing.published },
    similarity: duplicate.similarity,
    sameText: duplicate.sameText,
    message: `not added: ${label} is ${how} ${existing.id} "${existing.title}" (${existing.publisher ?? 'unknown publisher'}, ${existing.published ?? 'date unknown'})`,
  };
}

function knownArticles(corpus: Corpus): Known {
  const byArticle = new Map<string, Passage[]>();
  for (const p of corpus.passages) {
    const list = byArticle.get(p.articleId);
    if (list) list.push(p);
    else byArticle.set(p.articleId, [p]);
  }
  return {
    articles: corpus.articles.map((a) => ({ item: a, fingerprint: fingerprintOf(byArticle.get(a.id) ?? []) })),
    files: new Set([...corpus.articles.map((a) => a.file), ...corpus.problems.map((p) => p.file)]),
  };
}

/** Articles another ingest wrote after this one loaded the corpus. */
async function learnArticlesAddedSince(corpusDir: string, known: Known, options: IngestOptions): Promise<void> {
  for (const name of await listArticleFiles(corpusDir)) {
    if (known.files.has(name)) continue;
    known.files.add(name);
    const bytes = await readFile(path.join(corpusDir, name)).catch(() => null);
    const source = bytes && parseArticleFile(name, bytes, { clock: options.clock });
    if (source && !('message' in source)) known.articles.push({ item: source.article, fingerprint: fingerprintOf(extractPassages(source)) });
  }
}
