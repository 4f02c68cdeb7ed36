import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CORPUS_DIR } from '../config/paths.js';
import { StateDatabase } from '../state/database.js';
import { SqliteStoryCatalog } from '../stories/catalog.js';
import { storyCacheDir } from '../stories/folders.js';
import { HOST, SAMPLE, type StoryRef } from '../stories/names.js';
import { generateCorpus, readSeedMaterial } from './generate.js';
import { freezeCode } from './spawn.js';
import { latencyStats } from './stats.js';
import { countSnapshots, linkTree } from './storiesCache.js';
import type { BuildConfig, MeasureConfig } from './storiesChild.js';
import { evaluateStoriesTargets, type StoriesBuildResult, type StoriesMeasureResult, type StoriesReport, type StoriesSettings } from './storiesReport.js';

/**
 * The stories benchmark: many stories in one bot-like process.
 *
 * One corpus of about `passages` passages is generated from the seeds and
 * copied into `stories` story folders, each with one article of its own (so
 * every story has its own content hash and snapshot); the stories are made in
 * the catalog (SQLite) as /story create makes them. Their snapshots are built
 * beforehand, as a bot builds after each ingest, by `buildProcesses` child
 * processes. Then one process, as the bot (the default story loaded, a
 * StoryLibrary with the memory budget, folders watched), opens every story in
 * order and then in a shuffled order, answering once from each (commands in
 * turn): the first answer from a story not loaded is a cold load from its
 * snapshot; RSS and heap are read after every open, and after a full GC every
 * `gcEvery` opens. Then a warm story and a plain CorpusStore of the same corpus
 * answer the same inputs, interleaved; then a story of about `editPassages`
 * passages is created as a copy, an article removed and restored, each timed
 * until the story has answered (reload included).
 *
 * Every process runs a frozen copy of the code (the snapshot key includes a
 * hash of the pipeline's code, and others edit the working tree): compiled
 * with tsc and run on node as `npm start` runs the bot, or (`runtime: 'tsx'`,
 * the smoke test) a copy run with tsx.
 */

export interface StoriesOptions extends StoriesSettings {
  workDir: string;
  seedDir?: string;
  /** Leave the work folder (stories, code, snapshots) in place afterwards. */
  keep?: boolean;
  /** Measure again on the stories, code and snapshots a kept run of the same sizes made in `workDir`. */
  reuse?: boolean;
  log?: (line: string) => void;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(HERE, '..', '..');

interface Code {
  root: string;
  runtime: 'node' | 'tsx';
}

/** A copy of the code the children run: compiled (as the bot runs), or a plain copy run with tsx. */
function freeze(workDir: string, runtime: 'node' | 'tsx'): Code {
  if (runtime === 'node') {
    const code = freezeCode(workDir);
    if (code.runtime === 'node' && existsSync(path.join(code.root, 'dist', 'src', 'bench', 'storiesChild.js'))) return code;
    return { root: code.root, runtime: 'tsx' };
  }
  const root = path.join(workDir, 'code');
  mkdirSync(root, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'src'), path.join(root, 'src'), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) cpSync(path.join(PROJECT_ROOT, file), path.join(root, file));
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, runtime: 'tsx' };
}

/** Runs one of storiesChild.ts's modes in a fresh node process on the frozen code; its stderr lines go to `log`. */
function runChild<T>(
  code: Code,
  mode: 'build' | 'measure',
  config: BuildConfig | MeasureConfig,
  workDir: string,
  tag: string,
  log: (line: string) => void,
): Promise<T> {
  const configFile = path.join(workDir, `${tag}.config.json`);
  const resultFile = path.join(workDir, `${tag}.result.json`);
  writeFileSync(configFile, JSON.stringify(config));
  rmSync(resultFile, { force: true });
  const entry =
    code.runtime === 'node'
      ? [path.join(code.root, 'dist', 'src', 'bench', 'storiesChild.js')]
      : ['--import', 'tsx', path.join(code.root, 'src', 'bench', 'storiesChild.ts')];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...entry, mode, configFile, resultFile], { cwd: code.root, stdio: ['ignore', 'ignore', 'pipe'] });
    let tail: string[] = [];
    let partial = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        log(`[${tag}] ${line}`);
        tail = [...tail, line].slice(-20);
      }
    });
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0 && existsSync(resultFile)) resolve(JSON.parse(readFileSync(resultFile, 'utf8')) as T);
      else reject(new Error(`stories bench ${tag} exited with ${status}: ${[...tail, partial].join('\n').trim()}`));
    });
  });
}

function folderBytes(dir: string): number {
  let sum = 0;
  for (const name of readdirSync(dir)) {
    const st = statSync(path.join(dir, name));
    sum += st.isDirectory() ? folderBytes(path.join(dir, name)) : st.size;
  }
  return sum;
}

export const storyName = (i: number) => `bench-${String(i + 1).padStart(4, '0')}`;

interface Prepared {
  /** What identifies a setup: a reused one must have been made with the same. */
  key: { stories: number; passages: number; editPassages: number; seed: number; runtime: 'node' | 'tsx'; seedDir: string };
  code: Code;
  buildProcesses: number;
  setup: Omit<StoriesReport['setup'], 'reused'>;
}

const editSource = 'edit-source';
const EDIT_PREFIX = 'edit-';

/** The folders, catalog, code and snapshots the measurement runs on; made once per work folder. */
async function prepare(options: StoriesOptions, seedDir: string, log: (line: string) => void): Promise<Prepared> {
  const { workDir } = options;
  const storiesDir = path.join(workDir, 'stories');
  const names = Array.from({ length: options.stories }, (_, i) => storyName(i));
  const storyDir = (name: string) => path.join(storiesDir, HOST, name);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });

  // ---- the corpora: one template, an article of its own per story, and the large story the edits copy ----
  log(`generating a corpus of about ${options.passages} passages, ${options.stories} articles of the stories' own, and one of about ${options.editPassages}…`);
  let t0 = performance.now();
  const seed = await readSeedMaterial(seedDir);
  const templateDir = path.join(workDir, 'template');
  const ownDir = path.join(workDir, 'own');
  // generateCorpus makes articles of about 17 passages: the template leaves room for the story's own one.
  const template = generateCorpus(seed, templateDir, { targetPassages: Math.max(17, options.passages - 17), seed: options.seed });
  generateCorpus(seed, ownDir, { targetPassages: options.stories * 17, seed: options.seed + 1 });
  generateCorpus(seed, storyDir(editSource), { targetPassages: options.editPassages, seed: options.seed + 2 });
  const ownFiles = readdirSync(ownDir).sort();
  if (ownFiles.length < options.stories) throw new Error(`generated ${ownFiles.length} articles of the stories' own, ${options.stories} needed`);
  const generateMs = performance.now() - t0;

  // ---- the stories: rows in the catalog, then folders with the template's files and one of their own ----
  log(`making ${options.stories} stories…`);
  t0 = performance.now();
  const state = StateDatabase.open(path.join(workDir, 'state'));
  const catalog = new SqliteStoryCatalog(state);
  // One transaction for the thousand rows (SQLite's catalog writes before its promise is returned).
  await Promise.all(state.transaction(() => [editSource, ...names].map((name) => catalog.create({ owner: HOST, name }, 'bench'))));
  state.close();
  const templateFiles = readdirSync(templateDir).sort();
  for (const [i, name] of names.entries()) {
    const dir = storyDir(name);
    mkdirSync(dir, { recursive: true });
    for (const file of templateFiles) copyFileSync(path.join(templateDir, file), path.join(dir, file));
    copyFileSync(path.join(ownDir, ownFiles[i]!), path.join(dir, `own-${name}.md`));
  }
  const copyMs = performance.now() - t0;

  log(options.runtime === 'node' ? 'compiling a frozen copy of the code…' : 'copying the code…');
  t0 = performance.now();
  const code = freeze(workDir, options.runtime);
  const codeMs = performance.now() - t0;

  // ---- the snapshots, built beforehand: the large ones first, then the stories, spread over the processes ----
  // Each into its story's own cache folder (storyCacheDir, as the library and the terminal use), the default
  // story's in the cache folder itself. The built cache is kept apart: the measurement runs on hard links of it,
  // whose writes prune only their own folder, and a reused setup starts from it again.
  const builtDir = path.join(workDir, 'cache-built');
  const refs: StoryRef[] = [SAMPLE, { owner: HOST, name: editSource }, ...names.map((name) => ({ owner: HOST, name }))];
  const dirs = refs.map((ref) => (ref === SAMPLE ? seedDir : storyDir(ref.name)));
  const folders = refs.map((ref, i) => ({ dir: dirs[i]!, cacheDir: storyCacheDir(builtDir, ref) }));
  const parts = Array.from({ length: options.buildProcesses }, () => [] as typeof folders).map((_, k) =>
    folders.filter((_f, i) => i % options.buildProcesses === k),
  );
  const used = parts.filter((p) => p.length);
  log(`building ${dirs.length} snapshots on ${used.length} processes…`);
  t0 = performance.now();
  const built = await Promise.all(
    used.map((p, i) => runChild<StoriesBuildResult>(code, 'build', { folders: p } satisfies BuildConfig, workDir, `build-${i + 1}`, log)),
  );
  const buildWallMs = performance.now() - t0;
  const inCache = countSnapshots(builtDir);
  if (inCache !== dirs.length) throw new Error(`${inCache} snapshots in the cache, ${dirs.length} built`);
  const builds = built.flatMap((b) => b.builds);
  const snapshotted = builds.filter((b) => b.fromSnapshot);
  if (snapshotted.length) throw new Error(`${snapshotted.length} folders were found built already (e.g. ${snapshotted[0]!.dir}): the cache was not fresh`);
  const storyDirs = new Set(names.map(storyDir));
  const storyBuilds = builds.filter((b) => storyDirs.has(b.dir));
  const storyPassages = storyBuilds.map((b) => b.passages).sort((a, b) => a - b);
  const source = builds.find((b) => b.dir === storyDir(editSource))!;
  const prepared: Prepared = {
    key: { stories: options.stories, passages: options.passages, editPassages: options.editPassages, seed: options.seed, runtime: options.runtime, seedDir },
    code,
    buildProcesses: used.length,
    setup: {
      template: { articles: template.articles, bytes: template.bytes },
      storyPassages: { min: storyPassages[0] ?? 0, median: storyPassages[Math.floor((storyPassages.length - 1) / 2)] ?? 0, max: storyPassages.at(-1) ?? 0 },
      editSource: { articles: source.articles, passages: source.passages, buildMs: source.ms },
      generateMs,
      copyMs,
      codeMs,
      snapshots: {
        count: builds.length,
        wallMs: buildWallMs,
        perStoryMs: latencyStats(storyBuilds.map((b) => b.ms)),
        problems: builds.reduce((sum, b) => sum + b.problems, 0),
        maxRss: Math.max(...built.map((b) => b.maxRss)),
      },
      cacheBytes: folderBytes(builtDir),
    },
  };
  writeFileSync(path.join(workDir, 'setup.json'), JSON.stringify(prepared, null, 2));
  return prepared;
}

/** A setup made before in this work folder with the same sizes, if there is one: its snapshots' cache restored, the last run's edit stories gone. */
async function reuse(options: StoriesOptions, seedDir: string): Promise<Prepared | null> {
  const file = path.join(options.workDir, 'setup.json');
  if (!existsSync(file)) return null;
  const prepared = JSON.parse(readFileSync(file, 'utf8')) as Prepared;
  const key: Prepared['key'] = {
    stories: options.stories,
    passages: options.passages,
    editPassages: options.editPassages,
    seed: options.seed,
    runtime: options.runtime,
    seedDir,
  };
  if (JSON.stringify(prepared.key) !== JSON.stringify(key)) return null;
  const cacheDir = path.join(options.workDir, 'cache');
  rmSync(cacheDir, { recursive: true, force: true });
  linkTree(path.join(options.workDir, 'cache-built'), cacheDir);
  rmSync(path.join(options.workDir, 'plain'), { recursive: true, force: true });
  // A run that stopped midway may have left an edit round's story behind.
  const state = StateDatabase.open(path.join(options.workDir, 'state'));
  const catalog = new SqliteStoryCatalog(state);
  for (const row of (await catalog.list(HOST)).filter((r) => r.name.startsWith(EDIT_PREFIX) && r.name !== editSource)) await catalog.delete(row);
  state.close();
  for (const name of readdirSync(path.join(options.workDir, 'stories', HOST))) {
    if (name.startsWith(EDIT_PREFIX) && name !== editSource) rmSync(path.join(options.workDir, 'stories', HOST, name), { recursive: true, force: true });
  }
  return prepared;
}

export async function runStoriesBench(options: StoriesOptions): Promise<StoriesReport> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const { workDir } = options;
  const seedDir = path.resolve(options.seedDir ?? DEFAULT_CORPUS_DIR);
  const cacheDir = path.join(workDir, 'cache');
  const names = Array.from({ length: options.stories }, (_, i) => storyName(i));
  try {
    let prepared = options.reuse ? await reuse(options, seedDir) : null;
    const reused = prepared !== null;
    if (prepared) log(`reusing the stories, code and snapshots made in ${workDir}`);
    else {
      prepared = await prepare(options, seedDir, log);
      linkTree(path.join(workDir, 'cache-built'), cacheDir);
    }

    // ---- the bot-like process ----
    log(`measuring: ${options.passes} passes over ${options.stories} stories, warm vs plain, ${options.editRounds} edit rounds…`);
    const measure = await runChild<StoriesMeasureResult>(
      prepared.code,
      'measure',
      {
        storiesDir: path.join(workDir, 'stories'),
        sampleDir: seedDir,
        cacheDir,
        stateDir: path.join(workDir, 'state'),
        owner: HOST,
        names,
        editSource,
        plainDir: path.join(workDir, 'plain'),
        budgetBytes: options.budgetBytes,
        passes: options.passes,
        queries: options.queries,
        seed: options.seed,
        editRounds: options.editRounds,
        gcEvery: options.gcEvery,
      } satisfies MeasureConfig,
      workDir,
      'measure',
      log,
    );

    const partial: Omit<StoriesReport, 'targets'> = {
      date: new Date().toISOString(),
      machine: {
        nproc: availableParallelism(),
        cpu: cpus()[0]?.model ?? 'unknown',
        totalMemory: totalmem(),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
      },
      settings: {
        stories: options.stories,
        passages: options.passages,
        budgetMb: Math.round((options.budgetBytes / 1048576) * 1000) / 1000,
        budgetBytes: options.budgetBytes,
        editPassages: options.editPassages,
        editRounds: options.editRounds,
        passes: options.passes,
        queries: options.queries,
        seed: options.seed,
        gcEvery: options.gcEvery,
        runtime: prepared.code.runtime,
        buildProcesses: prepared.buildProcesses,
      },
      setup: { ...prepared.setup, reused },
      measure,
      wallMs: performance.now() - started,
    };
    return { ...partial, targets: evaluateStoriesTargets(partial) };
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
}
