import path from 'node:path';
import { EVAL_SPLITS, readEvalSet, type EvalSplit } from '../eval/labels.js';
import { renderEvalReport } from '../eval/render.js';
import { runEval } from '../eval/run.js';
import { runMain } from '../process/runMain.js';

const USAGE = `usage: npm run eval -- [--json] [--verbose] [--split ${EVAL_SPLITS.join('|')}] [--set DIR] [--page ID]...
Ingests the evaluation set's saved pages into a temporary story and prints precision and recall per
extractor against the labels (docs/evaluation.md). --set: the set's folder (default tests/eval).`;

/** `npm run eval`: the extractors measured on labelled real reporting. */
async function main(argv: string[]): Promise<number> {
  let json = false;
  let verbose = false;
  let split: EvalSplit = 'all';
  let dir = path.join('tests', 'eval');
  const only: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg === '--split' && (EVAL_SPLITS as readonly string[]).includes(argv[i + 1] ?? '')) split = argv[++i] as EvalSplit;
    else if (arg === '--set' && argv[i + 1]) dir = argv[++i]!;
    else if (arg === '--page' && argv[i + 1]) only.push(argv[++i]!);
    else {
      process.stderr.write(`error: unknown or incomplete option ${arg}\n${USAGE}\n`);
      return 2;
    }
  }
  let pages = await readEvalSet(dir);
  if (only.length) {
    const unknown = only.filter((id) => !pages.some((p) => p.id === id));
    if (unknown.length) {
      process.stderr.write(`error: no labelled page ${unknown.join(', ')} in ${dir}\n`);
      return 2;
    }
    pages = pages.filter((p) => only.includes(p.id));
  }
  const report = await runEval(pages, { split });
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderEvalReport(report, verbose));
  return 0;
}

runMain(() => main(process.argv.slice(2)));
