import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import { readCsvTopics, readTimelineSet, sampleArticles, type Topic, type TopicTimeline } from '../eval/timelines/dataset.js';
import { renderTimelineEval } from '../eval/timelines/render.js';
import { runTimelineEval } from '../eval/timelines/run.js';
import { dumpTopicDays } from '../eval/timelines/dumpDays.js';
import { runMain } from '../process/runMain.js';

const USAGE = `usage: npm run eval:timeline -- [--set DIR | --csv DIR] [--split all|dev|holdout] [--topic NAME]... [--json] [--verbose] [--dump-days FILE]
       npm run eval:timeline -- --csv DIR --write-sample DIR --per-topic N --origin REPO@COMMIT:PATH
Scores the timeline's key days against journalists' timelines of the same stories (docs/evaluation.md).
--set: the compact set kept in the repository (default tests/eval/timelines); --csv: a folder of topics in
the CSV layout of the public copy of the news-tls Entities dataset (every article). --write-sample writes
the compact set from --csv by its sampling rule. --dump-days writes each topic's candidate days with their
features, one topic a JSON line, for fitting the day ranking (npm run fit:days).`;

/** `npm run eval:timeline`: date-F1 of the timeline answer's days, and of the naive baseline, per topic. */
async function main(argv: string[]): Promise<number> {
  let json = false;
  let verbose = false;
  let split: 'all' | 'dev' | 'holdout' = 'all';
  let set = path.join('tests', 'eval', 'timelines');
  let csv: string | null = null;
  let sampleDir: string | null = null;
  let perTopic = 0;
  let origin: string | null = null;
  let dump: string | null = null;
  const only: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (arg === '--json') json = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg === '--split' && ['all', 'dev', 'holdout'].includes(value ?? '')) split = argv[++i] as typeof split;
    else if (arg === '--set' && value) set = argv[++i]!;
    else if (arg === '--csv' && value) csv = argv[++i]!;
    else if (arg === '--topic' && value) only.push(argv[++i]!);
    else if (arg === '--write-sample' && value) sampleDir = argv[++i]!;
    else if (arg === '--per-topic' && value && /^\d+$/.test(value)) perTopic = Number(argv[++i]);
    else if (arg === '--origin' && value) origin = argv[++i]!;
    else if (arg === '--dump-days' && value) dump = argv[++i]!;
    else {
      process.stderr.write(`error: unknown or incomplete option ${arg}\n${USAGE}\n`);
      return 2;
    }
  }
  let topics = csv ? await readCsvTopics(csv) : await readTimelineSet(set);
  if (only.length) {
    const unknown = only.filter((name) => !topics.some((t) => t.topic === name));
    if (unknown.length) {
      process.stderr.write(`error: no topic ${unknown.join(', ')} in ${csv ?? set}\n`);
      return 2;
    }
    topics = topics.filter((t) => only.includes(t.topic));
  }
  if (sampleDir) {
    const where = /^([^@]+)@([0-9a-f]{7,40}):(.+)$/.exec(origin ?? '');
    if (!csv || perTopic < 1 || !where) {
      process.stderr.write(`error: --write-sample needs --csv, --per-topic N and --origin REPO@COMMIT:PATH\n${USAGE}\n`);
      return 2;
    }
    for (const topic of topics) await writeSample(sampleDir, topic, perTopic, { repository: where[1]!, commit: where[2]!, path: where[3]! });
    process.stdout.write(`wrote ${topics.length} topics to ${sampleDir}\n`);
    return 0;
  }
  const report = await runTimelineEval(topics, {
    split,
    onTopic: (r) => process.stderr.write(`${r.topic}: ${r.loaded} articles\n`),
    onCorpus: dump ? (topic, corpus) => appendFile(dump!, `${JSON.stringify(dumpTopicDays(topic, corpus))}\n`) : undefined,
  });
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderTimelineEval(report, verbose));
  return 0;
}

async function writeSample(dir: string, topic: Topic, perTopic: number, origin: { repository: string; commit: string; path: string }): Promise<void> {
  const folder = path.join(dir, topic.topic);
  await mkdir(folder, { recursive: true });
  const articles = sampleArticles(topic, perTopic);
  const table: TopicTimeline = {
    topic: topic.topic,
    holdout: topic.holdout,
    days: topic.days,
    origin: {
      ...origin,
      path: path.posix.join(origin.path, topic.topic),
      licence:
        'none stated; the articles belong to their publishers and the timelines to the news sites that wrote them (news-tls "Entities" dataset, Gholipour Ghalandari & Ifrim 2020), kept here as a public test fixture for research evaluation',
      sample: `${articles.length} of the ${topic.articles.length} articles: those published within the gold span, the ${perTopic} with the smallest SHA-1 of their text`,
    },
  };
  await writeFile(path.join(folder, 'timeline.yaml'), stringify(table, { lineWidth: 0 }));
  await writeFile(path.join(folder, 'articles.jsonl.gz'), gzipSync(articles.map((a) => JSON.stringify(a)).join('\n') + '\n', { level: 9 }));
}

runMain(() => main(process.argv.slice(2)));
