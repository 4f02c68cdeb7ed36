import { readFile } from 'node:fs/promises';
import { DAY_FEATURES } from '../answers/timeline/dayFeatures.js';
import type { DumpedTopic } from '../eval/timelines/dumpDays.js';
import { fit, leaveOneOut, linear, meanF1, topicF1, type FitOptions, type Spread } from '../eval/timelines/fitDays.js';
import { runMain } from '../process/runMain.js';

const USAGE = `usage: npm run fit:days -- DEV.jsonl [--holdout HOLDOUT.jsonl --features a,b,c --lambda L --mode pointwise|pairwise --negatives N --spread SIDE:DAYS:PENALTY]
Without --holdout: leave-one-topic-out date-F1 on the dev topics' dumped days (eval:timeline --dump-days) for a
grid of settings, beside the current ranking. With --holdout: fits the given setting on every dev topic, prints
its weights and scores the held-out topics once. --spread (both|before|after, days, a score penalty or inf) chooses
one day per happening after scoring: a day within DAYS of a chosen day, on that side of it, loses PENALTY.`;

const read = async (file: string): Promise<DumpedTopic[]> =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DumpedTopic);

const f3 = (n: number) => n.toFixed(3).replace(/^0/, '');

async function main(argv: string[]): Promise<number> {
  const [devFile, ...rest] = argv;
  if (!devFile) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let holdoutFile: string | null = null;
  let spread: Spread | undefined;
  const chosen: FitOptions = { features: DAY_FEATURES.map((_, i) => i), lambda: 0.01, mode: 'pointwise', negatives: 100 };
  for (let i = 0; i < rest.length; i++) {
    const [arg, value] = [rest[i]!, rest[i + 1]];
    if (arg === '--holdout' && value) holdoutFile = rest[++i]!;
    else if (arg === '--features' && value) chosen.features = rest[++i]!.split(',').map((f) => DAY_FEATURES.indexOf(f as never));
    else if (arg === '--lambda' && value) chosen.lambda = Number(rest[++i]);
    else if (arg === '--mode' && (value === 'pointwise' || value === 'pairwise')) chosen.mode = rest[++i] as FitOptions['mode'];
    else if (arg === '--negatives' && value) chosen.negatives = Number(rest[++i]);
    else if (arg === '--spread' && value && /^(both|before|after):\d+:(inf|[\d.]+)$/.test(value)) {
      const [side, days, penalty] = rest[++i]!.split(':');
      spread = { side: side as Spread['side'], window: Number(days), penalty: penalty === 'inf' ? Infinity : Number(penalty) };
    } else {
      process.stderr.write(`error: unknown or incomplete option ${arg}\n${USAGE}\n`);
      return 2;
    }
  }
  if (chosen.features.some((f) => f < 0)) {
    process.stderr.write(`error: features are among ${DAY_FEATURES.join(', ')}\n`);
    return 2;
  }
  const dev = (await read(devFile)).filter((t) => !t.holdout);
  process.stdout.write(`dev: ${dev.length} topics; current ranking span ${f3(meanF1(dev, 'span'))} whole ${f3(meanF1(dev, 'whole'))}\n`);
  if (holdoutFile) {
    const held = (await read(holdoutFile)).filter((t) => t.holdout);
    const weights = fit(dev, chosen);
    const score = linear(weights, chosen.features);
    process.stdout.write(`weights (${chosen.mode}, lambda ${chosen.lambda}):\n`);
    for (const [k, f] of chosen.features.entries()) process.stdout.write(`  ${DAY_FEATURES[f]}: ${weights[k]!.toFixed(4)}\n`);
    process.stdout.write(`dev (fitted on all dev) span ${f3(meanF1(dev, 'span', score))} whole ${f3(meanF1(dev, 'whole', score))}\n`);
    process.stdout.write(`holdout: ${held.length} topics\n  current span ${f3(meanF1(held, 'span'))} whole ${f3(meanF1(held, 'whole'))}\n`);
    process.stdout.write(`  fitted  span ${f3(meanF1(held, 'span', score))} whole ${f3(meanF1(held, 'whole', score))}\n`);
    if (spread) process.stdout.write(`  spread  span ${f3(meanF1(held, 'span', score, spread))} whole ${f3(meanF1(held, 'whole', score, spread))}\n`);
    for (const t of held)
      process.stdout.write(
        `  ${t.topic.padEnd(26)} span ${f3(topicF1(t, 'span'))} -> ${f3(topicF1(t, 'span', score))} -> ${f3(topicF1(t, 'span', score, spread))}   whole ${f3(topicF1(t, 'whole'))} -> ${f3(topicF1(t, 'whole', score))} -> ${f3(topicF1(t, 'whole', score, spread))}\n`,
      );
    return 0;
  }
  leaveOneOutGrid(dev, rest.length ? chosen : null, spread);
  return 0;
}

/** Leave-one-topic-out on the dev topics for a grid of settings, or for the one chosen (then per topic too). */
function leaveOneOutGrid(dev: DumpedTopic[], chosen: FitOptions | null, spread?: Spread): void {
  const all = DAY_FEATURES.map((_, i) => i);
  const named = (names: string[]) => names.map((n) => DAY_FEATURES.indexOf(n as never));
  const sets: Record<string, number[]> = {
    all,
    articles: named(['articles']),
    counts: named(['articles', 'published', 'publishedNext', 'ahead', 'retrospective', 'fullDate', 'lead']),
    shape: named(['articles', 'published', 'publishedNext', 'ahead', 'retrospective', 'fullDate', 'lead', 'burst', 'peak', 'monthTop']),
  };
  const grid: FitOptions[] = [];
  for (const features of Object.values(sets))
    for (const lambda of [0.001, 0.01, 0.1]) {
      grid.push({ features, lambda, mode: 'pointwise' });
      grid.push({ features, lambda, mode: 'pairwise', negatives: 50 });
      grid.push({ features, lambda, mode: 'pairwise', negatives: 300 });
    }
  if (chosen) grid.splice(0, grid.length, chosen);
  for (const o of grid) {
    const loo = leaveOneOut(dev, o, spread);
    const mean = (pick: (r: (typeof loo)[number]) => number) => loo.reduce((s, r) => s + pick(r), 0) / loo.length;
    const name = Object.entries(sets).find(([, v]) => v === o.features)?.[0] ?? o.features.map((f) => DAY_FEATURES[f]).join(',');
    process.stdout.write(
      `${name.padEnd(10)} ${o.mode.padEnd(9)} neg ${String(o.negatives ?? '-').padEnd(4)} lambda ${String(o.lambda).padEnd(6)} LOO span ${f3(mean((r) => r.span))} whole ${f3(mean((r) => r.whole))}\n`,
    );
    if (chosen)
      for (const r of loo)
        process.stdout.write(
          `  ${r.topic.padEnd(26)} span ${f3(
            topicF1(
              dev.find((t) => t.topic === r.topic)!,
              'span',
            ),
          )} -> ${f3(r.span)}   whole ${f3(r.whole)}\n`,
        );
  }
}

runMain(() => main(process.argv.slice(2)));
