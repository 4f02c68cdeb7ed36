import { readFile } from 'node:fs/promises';
import { DAY_FEATURES } from '../answers/timeline/dayFeatures.js';
import { CANDIDATE_DAY_FEATURES } from '../eval/timelines/dayContent.js';
import type { DumpedTopic } from '../eval/timelines/dumpDays.js';
import { fit, leaveOneOut, linear, meanF1, normaliseTopic, topicF1, type FitOptions, type PerTopic, type Spread } from '../eval/timelines/fitDays.js';
import { runMain } from '../process/runMain.js';

const USAGE = `usage: npm run fit:days -- DEV.jsonl [--holdout HOLDOUT.jsonl --features a,b,c --lambda L --mode pointwise|pairwise --negatives N --min-articles N --spread SIDE:DAYS:PENALTY --per-topic none|rank|max|zscore] [--grid per-topic]
Without --holdout: leave-one-topic-out date-F1 on the dev topics' dumped days (eval:timeline --dump-days) for a
grid of settings, beside the current ranking. With --holdout: fits the given setting on every dev topic, prints
its weights and scores the held-out topics once. --spread (both|before|after, days, a score penalty or inf) chooses
one day per happening after scoring: a day within DAYS of a chosen day, on that side of it, loses PENALTY.
--features names any of the timeline's features and the candidates of the day itself (eval/timelines/dayContent.ts);
a chosen setting without --holdout also prints its weights fitted on every dev topic. --min-articles fits only on
the days at least N articles name. --per-topic puts each feature on its topic's own scale (percentile rank, share
of the topic's largest value, or z-score) before fitting and scoring; --grid per-topic runs those scales, with and
without "mentions" (log(1 + passages naming the day), DATEWISE's mention count), instead of the feature grid.`;

/**
 * Every feature a dump may hold: the timeline's own (how a day is reported, branch tlrank), then the candidates of
 * the day itself (branch tl3), then `mentions`, read from every dump's passage count (branch tl4).
 */
const FEATURES: readonly string[] = [...DAY_FEATURES, ...CANDIDATE_DAY_FEATURES, 'mentions'];

/** A dump's topics, each day's features in FEATURES order (a feature the dump lacks reads NaN). */
const read = async (file: string): Promise<DumpedTopic[]> =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => inFeatureOrder(JSON.parse(l) as DumpedTopic));

function inFeatureOrder(t: DumpedTopic): DumpedTopic {
  const names = t.featureNames ?? FEATURES.slice(0, t.days[0]?.features.length ?? 0);
  const at = FEATURES.map((f) => names.indexOf(f));
  const value = (d: DumpedTopic['days'][number], f: string, k: number) => (f === 'mentions' ? Math.log1p(d.passages) : k < 0 ? NaN : d.features[k]!);
  return { ...t, featureNames: [...FEATURES], days: t.days.map((d) => ({ ...d, features: FEATURES.map((f, i) => value(d, f, at[i]!)) })) };
}

/** The features every topic's dump holds. */
const dumped = (topics: DumpedTopic[]) => FEATURES.map((_, k) => k).filter((k) => topics.every((t) => t.days.every((d) => !Number.isNaN(d.features[k]))));

const REPORTING = DAY_FEATURES;
/** The features of the day itself (branch tl3), by the question each asks. */
const OF_THE_DAY: Record<string, readonly string[]> = {
  who: ['mainEntity', 'mainEntityShare', 'mainSubject', 'topEntities'],
  words: ['centroid', 'topTerms'],
  quoted: ['narrated', 'quotedShare'],
  happening: ['happeningWords', 'happeningShare'],
  acts: ['mainHappening', 'subjectHappening'],
  plans: ['onlyAhead', 'aheadShare'],
};

interface Args {
  holdoutFile: string | null;
  spread: Spread | undefined;
  perTopicGrid: boolean;
  chosen: FitOptions;
}

/** The options after the dump's file, or the first option not understood. */
function parseArgs(rest: string[]): Args | string {
  const args: Args = {
    holdoutFile: null,
    spread: undefined,
    perTopicGrid: false,
    chosen: { features: DAY_FEATURES.map((_, i) => i), lambda: 0.001, mode: 'pointwise', negatives: 100, perTopic: 'max' },
  };
  const chosen = args.chosen;
  for (let i = 0; i < rest.length; i++) {
    const [arg, value] = [rest[i]!, rest[i + 1]];
    if (arg === '--holdout' && value) args.holdoutFile = rest[++i]!;
    else if (arg === '--features' && value) chosen.features = rest[++i]!.split(',').map((f) => FEATURES.indexOf(f));
    else if (arg === '--lambda' && value) chosen.lambda = Number(rest[++i]);
    else if (arg === '--mode' && (value === 'pointwise' || value === 'pairwise')) chosen.mode = rest[++i] as FitOptions['mode'];
    else if (arg === '--negatives' && value) chosen.negatives = Number(rest[++i]);
    else if (arg === '--min-articles' && value) chosen.minArticles = Number(rest[++i]);
    else if (arg === '--per-topic' && ['none', 'rank', 'max', 'zscore'].includes(value ?? '')) chosen.perTopic = rest[++i] as PerTopic;
    else if (arg === '--grid' && value === 'per-topic') {
      args.perTopicGrid = true;
      i++;
    } else if (arg === '--spread' && value && /^(both|before|after):\d+:(inf|[\d.]+)$/.test(value)) {
      const [side, days, penalty] = rest[++i]!.split(':');
      args.spread = { side: side as Spread['side'], window: Number(days), penalty: penalty === 'inf' ? Infinity : Number(penalty) };
    } else return arg;
  }
  return args;
}

const f3 = (n: number) => n.toFixed(3).replace(/^0/, '');

async function main(argv: string[]): Promise<number> {
  const [devFile, ...rest] = argv;
  if (!devFile) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const args = parseArgs(rest);
  if (typeof args === 'string') {
    process.stderr.write(`error: unknown or incomplete option ${args}\n${USAGE}\n`);
    return 2;
  }
  const { holdoutFile, spread, perTopicGrid, chosen } = args;
  if (chosen.features.some((f) => f < 0)) {
    process.stderr.write(`error: features are among ${FEATURES.join(', ')}\n`);
    return 2;
  }
  const dev = (await read(devFile)).filter((t) => !t.holdout);
  const present = new Set(dumped(dev));
  const missing = chosen.features.filter((f) => !present.has(f)).map((f) => FEATURES[f]);
  if (rest.length && !perTopicGrid && missing.length) {
    process.stderr.write(`error: the dump does not hold ${missing.join(', ')} (dump it again with eval:timeline --dump-days)\n`);
    return 2;
  }
  process.stdout.write(`dev: ${dev.length} topics; current ranking span ${f3(meanF1(dev, 'span'))} whole ${f3(meanF1(dev, 'whole'))}\n`);
  if (holdoutFile) {
    const scaled = (t: DumpedTopic) => normaliseTopic(t, chosen.perTopic ?? 'none');
    const held = (await read(holdoutFile)).filter((t) => t.holdout).map(scaled);
    const devScaled = dev.map(scaled);
    const weights = fit(devScaled, chosen);
    const score = linear(weights, chosen.features);
    printWeights(weights, chosen.features, `weights (${chosen.mode}, lambda ${chosen.lambda}, per topic ${chosen.perTopic ?? 'none'})`);
    process.stdout.write(`dev (fitted on all dev) span ${f3(meanF1(devScaled, 'span', score))} whole ${f3(meanF1(devScaled, 'whole', score))}\n`);
    process.stdout.write(`holdout: ${held.length} topics\n  current span ${f3(meanF1(held, 'span'))} whole ${f3(meanF1(held, 'whole'))}\n`);
    process.stdout.write(`  fitted  span ${f3(meanF1(held, 'span', score))} whole ${f3(meanF1(held, 'whole', score))}\n`);
    if (spread) process.stdout.write(`  spread  span ${f3(meanF1(held, 'span', score, spread))} whole ${f3(meanF1(held, 'whole', score, spread))}\n`);
    for (const t of held)
      process.stdout.write(
        `  ${t.topic.padEnd(26)} span ${f3(topicF1(t, 'span'))} -> ${f3(topicF1(t, 'span', score))} -> ${f3(topicF1(t, 'span', score, spread))}   whole ${f3(topicF1(t, 'whole'))} -> ${f3(topicF1(t, 'whole', score))} -> ${f3(topicF1(t, 'whole', score, spread))}\n`,
      );
    return 0;
  }
  if (perTopicGrid) {
    perTopicLeaveOneOut(dev, present);
    return 0;
  }
  leaveOneOutGrid(dev, rest.length ? chosen : null, spread, present);
  if (rest.length)
    printWeights(
      fit(
        dev.map((t) => normaliseTopic(t, chosen.perTopic ?? 'none')),
        chosen,
      ),
      chosen.features,
      'weights fitted on every dev topic',
    );
  return 0;
}

const printWeights = (weights: readonly number[], features: readonly number[], title: string) => {
  process.stdout.write(`${title}:\n`);
  for (const [k, f] of features.entries()) process.stdout.write(`  ${FEATURES[f]}: ${weights[k]!.toFixed(4)}\n`);
};

/** Leave-one-topic-out on the dev topics for a grid of settings, or for the one chosen (then per topic too). */
function leaveOneOutGrid(dev: DumpedTopic[], chosen: FitOptions | null, spread: Spread | undefined, present: ReadonlySet<number>): void {
  const named = (names: readonly string[]) => names.map((n) => FEATURES.indexOf(n));
  const reporting = named(REPORTING);
  const sets: Record<string, number[]> = {
    reporting,
    articles: named(['articles']),
    counts: named(['articles', 'published', 'publishedNext', 'ahead', 'retrospective', 'fullDate', 'lead']),
    shape: named(['articles', 'published', 'publishedNext', 'ahead', 'retrospective', 'fullDate', 'lead', 'burst', 'peak', 'monthTop']),
  };
  for (const [group, names] of Object.entries(OF_THE_DAY)) sets[`+${group}`] = [...reporting, ...named(names)];
  sets['+all'] = [...reporting, ...named(Object.values(OF_THE_DAY).flat())];
  for (const name of Object.values(OF_THE_DAY).flat()) sets[`+${name}`] = [...reporting, ...named([name])];
  const grid: FitOptions[] = [];
  for (const features of Object.values(sets)) {
    if (!features.every((f) => present.has(f))) continue;
    for (const lambda of [0.001, 0.01, 0.1]) {
      grid.push({ features, lambda, mode: 'pointwise' });
      if (features.length <= reporting.length) {
        grid.push({ features, lambda, mode: 'pairwise', negatives: 50 });
        grid.push({ features, lambda, mode: 'pairwise', negatives: 300 });
      }
    }
  }
  if (chosen) grid.splice(0, grid.length, chosen);
  for (const o of grid) {
    const loo = leaveOneOut(dev, o, spread);
    const mean = (pick: (r: (typeof loo)[number]) => number) => loo.reduce((s, r) => s + pick(r), 0) / loo.length;
    const name = Object.entries(sets).find(([, v]) => v === o.features)?.[0] ?? o.features.map((f) => FEATURES[f]).join(',');
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

/** Leave-one-topic-out for each per-topic scale, the timeline's 16 features with and without `mentions` (branch tl4). */
function perTopicLeaveOneOut(dev: DumpedTopic[], present: ReadonlySet<number>): void {
  const reporting = REPORTING.map((n) => FEATURES.indexOf(n));
  const sets: Record<string, number[]> = { reporting, '+mentions': [...reporting, FEATURES.indexOf('mentions')] };
  for (const perTopic of ['none', 'rank', 'max', 'zscore'] as const)
    for (const [name, features] of Object.entries(sets)) {
      if (!features.every((f) => present.has(f))) continue;
      for (const mode of ['pointwise', 'pairwise'] as const)
        for (const lambda of [0.0001, 0.001, 0.01, 0.1]) {
          const loo = leaveOneOut(dev, { features, lambda, mode, negatives: 300, perTopic });
          const mean = (pick: (r: (typeof loo)[number]) => number) => loo.reduce((s, r) => s + pick(r), 0) / loo.length;
          process.stdout.write(
            `${perTopic.padEnd(7)} ${name.padEnd(10)} ${mode.padEnd(9)} lambda ${String(lambda).padEnd(6)} LOO span ${f3(mean((r) => r.span))} whole ${f3(mean((r) => r.whole))}\n`,
          );
        }
    }
}

runMain(() => main(process.argv.slice(2)));
