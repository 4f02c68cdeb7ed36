/**
 * The ingest's stages on one thread, each timed in CPU time (process.cpuUsage), for profiling the extractors:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx src/bench/ingestCpu.ts <articles folder>
 *
 * Reads the folder's article files, makes their passages, runs the extractors on each article, then the
 * corpus's passes (the stages of `corpusDataFrom`, without the cache, the search index or the snapshot), and
 * prints one JSON line: CPU milliseconds per stage and the counts made. The lazily loaded extractors
 * (compromise, chrono-node) are required first and reported apart, so a stage's time is its own work.
 * On a machine others use, CPU time varies less than wall time; compare medians of several runs.
 */
import { annotateFrom, findInArticle } from '../annotate/index.js';
import { readArticles } from '../corpus/readArticles.js';
import { extractPassages } from '../passages/extract.js';
import { loadLazyModules } from '../text/lazyModule.js';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(dir: string): Promise<void> {
  const stages: Record<string, number> = {};
  const stage = <T>(name: string, work: () => T): T => {
    const t0 = cpuMs();
    const value = work();
    stages[name] = Math.round(cpuMs() - t0);
    return value;
  };
  stage('lazy-modules', loadLazyModules);
  const t0 = cpuMs();
  const { sources } = await readArticles(dir);
  stages['read-and-parse'] = Math.round(cpuMs() - t0);
  const perArticle = stage('passages', () => sources.map(extractPassages));
  const findings = stage('find', () => sources.map((s, i) => findInArticle(s.article, perArticle[i]!)));
  const articles = sources.map((s) => s.article);
  const passages = perArticle.flat();
  const annotations = stage('annotate', () => annotateFrom(articles, passages, findings));
  const counts = {
    articles: articles.length,
    passages: passages.length,
    dates: annotations.dates.length,
    crowd: annotations.crowd.length,
    entities: annotations.entities.length,
  };
  process.stdout.write(`${JSON.stringify({ stages, counts })}\n`);
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node --import tsx src/bench/ingestCpu.ts <articles folder>\n');
  process.exitCode = 2;
} else await main(dir);
