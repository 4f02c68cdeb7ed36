/**
 * The routing accuracy of /ask on tests/eval/questions.yaml: how many questions
 * go to the right answer (engine) with the right reading (the gathering, the
 * name, the days), overall and on the holdout. `npm run eval:ask` prints it;
 * `--json` gives the numbers and every miss; tests/eval/askEval.test.ts holds
 * the holdout to its target.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { askAnswer, type AskAnswer } from '../../src/answers/ask/answer.js';
import { AskOptionsSchema } from '../../src/answers/ask/options.js';
import { ENGINES } from '../../src/answers/ask/rules.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { copyFixtureArticles, makeTempDir } from '../support/fixtures.js';
import { CHILE_PAGE, FARM_PROTEST, KENYA_REPEAT_VOTE, PARADE_DAY, PARADE_DOUBTS } from '../support/stories.js';

const QUESTIONS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'questions.yaml');

const STORIES: Record<string, string> = {
  'farm-protest': FARM_PROTEST,
  'chile-page': CHILE_PAGE,
  'kenya-repeat-vote': KENYA_REPEAT_VOTE,
  'parade-day': PARADE_DAY,
  'parade-doubts': PARADE_DOUBTS,
};

const QuestionSchema = z
  .object({
    q: z.string(),
    story: z.enum(['seed', ...Object.keys(STORIES)] as [string, ...string[]]),
    engine: z.enum(ENGINES),
    found: z.string().nullable().optional(),
    from: z.string().nullable().optional(),
    to: z.string().nullable().optional(),
    words: z.string().optional(),
    holdout: z.boolean().optional(),
  })
  .strict();
export type EvalQuestion = z.infer<typeof QuestionSchema>;

export function loadQuestions(file = QUESTIONS_FILE): EvalQuestion[] {
  return z.array(QuestionSchema).parse(parse(readFileSync(file, 'utf8')));
}

async function storyCorpus(story: string): Promise<Corpus> {
  if (story === 'seed') return (await loadCorpus(copyFixtureArticles('eventdesk-eval-'), { snapshot: false })).corpus;
  const dir = makeTempDir('eventdesk-eval-');
  writeFileSync(path.join(dir, `${story}.md`), STORIES[story]!);
  return (await loadCorpus(dir, { snapshot: false })).corpus;
}

/** What is wrong with an answer to `q`, or null: the engine, then the reading the engine needs. */
export function routingMiss(q: EvalQuestion, a: AskAnswer): string | null {
  if (a.routedTo !== q.engine) return `answered by ${a.routedTo} (${a.reading.rule}), not ${q.engine}`;
  if ((q.engine === 'crowd-size' || q.engine === 'who') && q.found !== undefined && a.reading.found !== q.found) {
    return `found ${JSON.stringify(a.reading.found)}, not ${JSON.stringify(q.found)}`;
  }
  if (q.engine === 'timeline') {
    const from = a.reading.options.from ?? null;
    const to = a.reading.options.to ?? null;
    if ((q.from !== undefined && from !== q.from) || (q.to !== undefined && to !== q.to)) return `days ${from} to ${to}, not ${q.from} to ${q.to}`;
    const about = String(a.reading.options.about ?? '');
    if (q.words && !q.words.split(' ').every((w) => about.split(' ').includes(w))) return `about "${about}", not containing "${q.words}"`;
  }
  return null;
}

export interface EvalReport {
  total: number;
  right: number;
  engineRight: number;
  holdout: { total: number; right: number; engineRight: number };
  misses: { q: string; story: string; holdout: boolean; miss: string }[];
}

export async function evaluateAsk(questions = loadQuestions()): Promise<EvalReport> {
  const corpora = new Map<string, Corpus>();
  const report: EvalReport = { total: 0, right: 0, engineRight: 0, holdout: { total: 0, right: 0, engineRight: 0 }, misses: [] };
  for (const q of questions) {
    if (!corpora.has(q.story)) corpora.set(q.story, await storyCorpus(q.story));
    const answer = askAnswer(corpora.get(q.story)!, AskOptionsSchema.parse({ question: q.q }));
    const miss = routingMiss(q, answer);
    const tallies = q.holdout ? [report, report.holdout] : [report];
    for (const t of tallies) {
      t.total++;
      if (answer.routedTo === q.engine) t.engineRight++;
      if (!miss) t.right++;
    }
    if (miss) report.misses.push({ q: q.q, story: q.story, holdout: Boolean(q.holdout), miss });
  }
  return report;
}

const percent = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

export function describeReport(r: EvalReport): string {
  const tuning = { total: r.total - r.holdout.total, right: r.right - r.holdout.right, engineRight: r.engineRight - r.holdout.engineRight };
  const line = (name: string, t: { total: number; right: number; engineRight: number }) =>
    `${name.padEnd(9)} ${String(t.total).padStart(4)} questions  engine and reading right ${String(t.right).padStart(4)} (${percent(t.right, t.total)})  engine right ${String(t.engineRight).padStart(4)} (${percent(t.engineRight, t.total)})`;
  return [
    line('all', r),
    line('holdout', r.holdout),
    line('tuning', tuning),
    ...(r.misses.length ? ['', 'misses:', ...r.misses.map((m) => `  ${m.holdout ? '[holdout] ' : ''}${m.story}: "${m.q}": ${m.miss}`)] : []),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await evaluateAsk();
  process.stdout.write(`${process.argv.includes('--json') ? JSON.stringify(report, null, 2) : describeReport(report)}\n`);
}
