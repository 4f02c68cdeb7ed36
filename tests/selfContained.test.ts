import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES_DIR, PROJECT_ROOT, RAW_SEEDS_DIR, copyFixtureArticles, makeTempDir } from './support/fixtures.js';

/**
 * The suite is self-contained: it passes in a fresh clone with nothing beside it, and after a user
 * has ingested articles of their own into data/articles. So no test reads anything outside the
 * repository (the shared folder beside it), the working tree's data/articles, or its .cache/; fixtures live under
 * tests/fixtures and are copied to temporary folders.
 *
 * This file is the one exception to its own rule: it looks at <repo>/.cache and data/articles (only
 * their listing and times) to prove a real CLI run leaves them alone, so the scan skips it.
 */

const THIS_FILE = path.join(PROJECT_ROOT, 'tests', 'selfContained.test.ts');
/** The folder beside the repository that a user's clone does not have; its name is spelled once, in a template. */
const FOLDER_BESIDE = `shared`;
const SHARED_BESIDE = `../${FOLDER_BESIDE}`;
const BESIDE = /(^|\/)\.\.\/shared(\/|$)/;
/** Names that resolve into the working tree (src/config/paths.ts, src/pipeline/loadCorpus.ts). */
const WORKING_TREE_NAMES = new Set(['DEFAULT_CORPUS_DIR', 'DEFAULT_CACHE_DIR', 'DEFAULT_STATE_DIR', 'defaultCacheDir']);

interface Finding {
  line: number;
  text: string;
  why: string;
}

/** What a path names, when it is relative to the repository: outside it, or its data/articles or .cache/. */
function pathProblem(value: string): string | null {
  const p = value.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (/\s/.test(p)) return null; // prose (a test title, a message), not a path
  if (BESIDE.test(p) || /(^|\/)shared\/seeds(\/|$)/.test(p)) return `reads ${SHARED_BESIDE}, outside the repository`;
  if (/^data\/articles(\/|$)/.test(p)) return "names the working tree's data/articles";
  if (/^\.cache(\/|$)/.test(p)) return "names the working tree's .cache";
  return null;
}

/** ROOT, PROJECT_ROOT, process.cwd(), __dirname: where a path into the working tree starts. */
function isProjectRoot(node: ts.Node | undefined): boolean {
  if (!node) return false;
  if (ts.isIdentifier(node)) return ['ROOT', 'PROJECT_ROOT', '__dirname'].includes(node.text);
  return ts.isCallExpression(node) && node.expression.getText() === 'process.cwd';
}

const isPathCall = (call: ts.CallExpression) =>
  ts.isPropertyAccessExpression(call.expression) &&
  ts.isIdentifier(call.expression.expression) &&
  call.expression.expression.text === 'path' &&
  ['join', 'resolve'].includes(call.expression.name.text);

/**
 * What in one source file names a place outside the repository or the working tree's data/articles
 * or .cache/: a working-tree default folder by name, loadCorpus() left to its default folder, a
 * relative path literal ('data/articles/x'), a path joined from the project root (path.join(ROOT,
 * 'data', 'articles'), `${ROOT}/.cache`), or the shared folder beside the repository anywhere. A path under some other folder (a
 * temporary one, an image's root) is fine. A static check cannot see every way (a child process
 * left without EVENTDESK_CORPUS_DIR); the run in a clone with articles of its own, and the
 * behavioural check below, catch the rest.
 */
function findOutsideReads(source: string, fileName = 'test.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, why: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    if (!findings.some((f) => f.line === line && f.why === why)) findings.push({ line, text: node.getText(file).slice(0, 120), why });
  };
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && WORKING_TREE_NAMES.has(node.text)) report(node, `uses ${node.text}, a folder of the working tree`);
    // A literal on its own is relative to the working folder, the repository; a later argument of a
    // call (path.join(dir, '.cache')) is relative to the first, and the call is checked as a whole.
    const segment = node.parent !== undefined && ts.isCallExpression(node.parent) && node.parent.arguments.indexOf(node as ts.Expression) > 0;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !segment) {
      const why = pathProblem(node.text);
      if (why) report(node, why);
    }
    if (ts.isTemplateExpression(node)) {
      // `${ROOT}/data/articles`: the text after a project root, as a path relative to it.
      node.templateSpans.forEach((span, i) => {
        const before = i === 0 ? node.head.text : node.templateSpans[i - 1]!.literal.text;
        const why = isProjectRoot(span.expression) && /(^|\/)$/.test(before) ? pathProblem(span.literal.text.replace(/^\//, '')) : null;
        if (why) report(node, why);
      });
      const why = pathProblem(node.head.text);
      if (why) report(node, why);
    }
    if (ts.isCallExpression(node) && /(^|\.)loadCorpus$/.test(node.expression.getText(file))) {
      // loadCorpus(dir = DEFAULT_CORPUS_DIR): with no folder, or `undefined`, it reads data/articles.
      const dir = node.arguments[0];
      if (!dir || (ts.isIdentifier(dir) && dir.text === 'undefined')) report(node, "loads the default corpus, the working tree's data/articles");
    }
    if (ts.isCallExpression(node)) {
      // path.join(ROOT, '..', <the folder beside>), path.join(PROJECT_ROOT, 'data', 'articles'), path.join(ROOT, '.cache'), path.join('data', 'articles')
      const [first, ...rest] = node.arguments;
      const fromRoot = isProjectRoot(first) || (first !== undefined && ts.isStringLiteral(first));
      const after: readonly ts.Expression[] = isProjectRoot(first) ? rest : node.arguments;
      const literals = after.filter((a): a is ts.StringLiteral => ts.isStringLiteral(a)).map((a) => a.text);
      const joined = literals.join('/');
      const why = fromRoot || BESIDE.test(joined) ? pathProblem(joined) : null;
      if (why) report(node, why);
      if (isPathCall(node) && isProjectRoot(first) && literals.includes('..')) report(node, 'goes above the repository');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

/** Every TypeScript file of the test suite (and its config), fixtures aside. */
function suiteFiles(): string[] {
  const tests = path.join(PROJECT_ROOT, 'tests');
  const files = readdirSync(tests, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.[cm]?ts$/.test(f) && !f.split(path.sep).includes('fixtures'))
    .map((f) => path.join(tests, f))
    .filter((f) => f !== THIS_FILE);
  return [...files, path.join(PROJECT_ROOT, 'vitest.config.ts')];
}

describe('the test suite is self-contained', () => {
  it('the check finds each way a test has read outside its fixtures, and passes what is not a read', () => {
    const bad = [
      `const RAW_SEEDS = path.join(PROJECT_ROOT, '..', '${FOLDER_BESIDE}', 'seeds');`,
      `readFileSync('${SHARED_BESIDE}/seeds/000.txt');`,
      'loadCorpus(DEFAULT_CORPUS_DIR, { snapshot: false });',
      "import { DEFAULT_CACHE_DIR } from '../src/config/paths.js';",
      "const dir = path.join(ROOT, 'data', 'articles');",
      'const dir = `${ROOT}/data/articles`;',
      "build = await mkdtemp(path.join(ROOT, '.cache', 'e2e-build-'));",
      "await mkdir(path.join(ROOT, '.cache'), { recursive: true });",
      "const up = path.resolve(PROJECT_ROOT, '..');",
      "readdirSync('data/articles');",
      "readdirSync(path.join(process.cwd(), 'data', 'articles'));",
      'const cache = `${PROJECT_ROOT}/.cache/x`;',
      'corpus = (await loadCorpus(undefined, { snapshot: false })).corpus;',
      'const { corpus } = await loadCorpus();',
    ];
    for (const line of bad) expect(findOutsideReads(line), line).not.toEqual([]);
    const good = [
      'expect(config.corpusDir).toMatch(/data[\\\\/]articles$/);',
      'expect(client.guilds.cache.get(id)).toBeDefined();',
      "it('never touches data/articles or .cache', () => undefined);",
      `// a comment about ${SHARED_BESIDE} and data/articles`,
      "const dir = path.join(SEED_DIR, '004.md');",
      "const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');",
      "const inImage = path.join(image.root, 'data', 'articles');",
      "const env = { EVENTDESK_CORPUS_DIR: '/data/articles' };",
      "const copy = path.join(scratch, '.cache');",
      'corpus = (await loadCorpus(SEED_DIR, { snapshot: false })).corpus;',
    ];
    for (const line of good) expect(findOutsideReads(line), line).toEqual([]);
  });

  it('no test file names the shared folder beside the repository, data/articles, .cache or a working-tree default folder', () => {
    const files = suiteFiles();
    expect(files.length).toBeGreaterThan(40);
    const problems = files.flatMap((f) =>
      findOutsideReads(readFileSync(f, 'utf8'), f).map((p) => `${path.relative(PROJECT_ROOT, f)}:${p.line}: ${p.why}: ${p.text}`),
    );
    expect(problems).toEqual([]);
  });

  it('the fixtures are in the repository: the five bundled articles and the five raw reports', () => {
    expect(readdirSync(FIXTURE_ARTICLES_DIR).filter((n) => n.endsWith('.md'))).toHaveLength(5);
    expect(readdirSync(RAW_SEEDS_DIR).filter((n) => n.endsWith('.txt'))).toHaveLength(5);
  });

  it('every test file runs with temporary cache, state and corpus folders (tests/support/setup.ts)', () => {
    for (const name of ['EVENTDESK_CACHE_DIR', 'EVENTDESK_STATE_DIR', 'EVENTDESK_CORPUS_DIR']) {
      const dir = process.env[name];
      expect(dir, name).toBeTruthy();
      expect(path.relative(PROJECT_ROOT, dir!).startsWith('..'), `${name}=${dir} is outside the repository`).toBe(true);
    }
  });
});

/** What a run could change in a folder: whether it exists, its time, and each entry's name, size and time. */
function footprint(dir: string): string {
  if (!existsSync(dir)) return 'absent';
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((n) => {
      const st = statSync(path.join(dir, n));
      return `${n} ${st.size} ${st.mtimeMs}`;
    });
  return [`dir ${statSync(dir).mtimeMs}`, ...entries].join('\n');
}

describe('the real CLI with the folders a test gives it', () => {
  it('npx tsx src/cli/main.ts sources --json answers from EVENTDESK_CORPUS_DIR, snapshots into EVENTDESK_CACHE_DIR, and leaves the project .cache/ and data/articles alone', () => {
    const projectCache = path.join(PROJECT_ROOT, '.cache');
    const projectArticles = path.join(PROJECT_ROOT, 'data', 'articles');
    const cacheBefore = footprint(projectCache);
    const articlesBefore = footprint(projectArticles);

    const corpus = copyFixtureArticles();
    writeFileSync(
      path.join(corpus, 'zz-guard.md'),
      '---\ntitle: Guard article only the temporary corpus has\npublisher: Test Wire\npublished: 2021-06-01\n---\nA small crowd of 40 people gathered on Tuesday.\n',
    );
    const cache = makeTempDir('eventdesk-guard-cache-');
    const r = spawnSync('npx', ['--no-install', 'tsx', 'src/cli/main.ts', 'sources', '--json'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, EVENTDESK_CACHE_DIR: cache, EVENTDESK_CORPUS_DIR: corpus, EVENTDESK_STATE_DIR: makeTempDir() },
    });
    expect(r.status, r.stderr).toBe(0);
    const answer = JSON.parse(r.stdout) as { total: number; articles: Array<{ title: string }> };
    expect(answer.total).toBe(6);
    expect(answer.articles.map((a) => a.title)).toContain('Guard article only the temporary corpus has');
    expect(readdirSync(cache).some((n) => n.startsWith('snapshot-'))).toBe(true);

    expect(footprint(projectCache)).toBe(cacheBefore);
    expect(footprint(projectArticles)).toBe(articlesBefore);
  }, 120_000);
});
