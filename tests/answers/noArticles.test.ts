import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { help } from '../../commands/help.js';
import { ANSWERS, findAnswer, runAnswer } from '../../src/answers/registry.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { renderDiscord } from '../../src/render/discord/index.js';
import { renderTerminal } from '../../src/render/terminal/index.js';

/**
 * A self-hoster starts with an empty EVENTDESK_CORPUS_DIR: every answer, in
 * the terminal and in Discord, says there are no articles yet and how to add
 * some, and exits 0.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'eventdesk-empty-'));
let n = 0;
function folder(files: Record<string, string> = {}): string {
  const dir = path.join(scratch, `corpus ${n++}`); // a space, so suggested commands must quote it
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The least each command needs: search a query. */
const RAW: Record<string, Record<string, unknown>> = { search: { query: 'how many marched' } };
const SLASH_COMMAND = /(^|[\s`(])\/(ingest|timeline|sources|search|who|crowd-size|summary|help)\b/;

let empty: Corpus;
let allBad: Corpus;
let missing: Corpus;
beforeAll(async () => {
  empty = (await loadCorpus(folder({ 'notes.json': '{}' }), { snapshot: false })).corpus;
  allBad = (await loadCorpus(folder({ 'a.md': '---\npublisher: AP\n---\nText.', 'b.md': '---\ntitle: B\npublished: soon\n---\nText.' }), { snapshot: false }))
    .corpus;
  missing = (await loadCorpus(path.join(scratch, 'never-made'), { snapshot: false })).corpus;
});

describe('every answer on an empty corpus', () => {
  it('is the same no-articles answer, naming the command asked, after the options are checked', () => {
    expect(ANSWERS.map((a) => a.name).sort()).toEqual(['crowd-size', 'search', 'sources', 'summary', 'timeline', 'who']);
    for (const spec of ANSWERS) {
      const result = runAnswer(spec, empty, RAW[spec.name] ?? {});
      expect(result).toEqual({ ok: true, value: { command: 'no-articles', asked: spec.name, problems: [], folderProblem: null } });
    }
    // A bad option is still a bad option, articles or not.
    expect(runAnswer(findAnswer('search')!, empty, { query: 'x', limit: 'lots' })).toMatchObject({ ok: false, message: 'limit must be a whole number' });
  });

  it('in the terminal: no articles yet, and the npm run ingest command, on the same folder', () => {
    for (const spec of ANSWERS) {
      const { value } = runAnswer(spec, empty, RAW[spec.name] ?? {}) as { value: { command: string } };
      const plain = renderTerminal(value);
      expect(plain).toBe(
        'There are no articles yet, so there is nothing to answer from. Add some with\n' +
          '  npm run ingest -- FILE|URL\n' +
          '(a .txt, .md or .html file, a folder of them, or an http(s) link to an article), then ask again.',
      );
      expect(plain).not.toMatch(SLASH_COMMAND);
      const elsewhere = renderTerminal(value, { folder: '/srv/my articles', corpusFlag: true });
      expect(elsewhere).toContain('There are no articles in /srv/my articles yet');
      expect(elsewhere).toContain("npm run ingest -- FILE|URL --corpus '/srv/my articles'");
    }
  });

  it('in Discord: no articles yet, and a moderator’s /ingest', () => {
    for (const spec of ANSWERS) {
      const { value } = runAnswer(spec, empty, RAW[spec.name] ?? {}) as { value: { command: string } };
      const pages = renderDiscord(value);
      expect(pages).toHaveLength(1);
      const [embed] = pages[0]!.embeds;
      expect(embed!.title).toBe('No articles yet');
      expect(embed!.description).toContain(`There are no articles to answer \`/${spec.name}\` from yet.`);
      expect(embed!.description).toContain('A moderator can add one with `/ingest`');
      expect(embed!.description).not.toContain('npm run');
    }
  });

  it('a folder whose every file was refused lists them, says how to check and how to add', () => {
    const { value } = runAnswer(findAnswer('timeline')!, allBad, {}) as { value: { command: string } };
    expect(value).toMatchObject({ command: 'no-articles', problems: [{ file: 'a.md' }, { file: 'b.md' }] });
    const text = renderTerminal(value, { folder: 'news', corpusFlag: true });
    expect(text).toBe(
      [
        'No article could be loaded in news: 2 files could not be read as articles.',
        '  a.md: title is missing from the front matter',
        '  b.md: published must be a date written YYYY-MM-DD, such as 2020-01-24, not soon',
        'Fix them (npm run check-corpus -- news checks again), or add articles with',
        '  npm run ingest -- FILE|URL --corpus news',
        '(a .txt, .md or .html file, a folder of them, or an http(s) link to an article), then ask again.',
      ].join('\n'),
    );
    const discord = renderDiscord(value)[0]!.embeds[0]!;
    expect(discord.title).toBe('No articles could be loaded');
    expect(discord.description).toContain('None of the 2 files in the articles folder could be loaded');
    expect(discord.description).toContain('`a.md`: title is missing from the front matter');
    expect(discord.description).toContain('`/ingest`');
  });

  it('a bot whose folder cannot be read says so in Discord without showing the server’s path', () => {
    const { value } = runAnswer(findAnswer('sources')!, missing, {}) as { value: { command: string } };
    expect(value).toMatchObject({ command: 'no-articles', problems: [], folderProblem: 'the corpus folder does not exist' });
    const discord = renderDiscord(value)[0]!.embeds[0]!;
    expect(discord.description).toContain('The articles folder the bot was given cannot be read');
    expect(discord.description).toContain('EVENTDESK_CORPUS_DIR');
    expect(discord.description).not.toContain(scratch);
  });
});

describe('/help on an empty corpus', () => {
  it('says there are no articles yet and that a moderator adds them with /ingest', async () => {
    const reply = await help.execute({ commands: [], corpus: empty } as never);
    const intro = reply!.pages[0]!.embeds[0]!.description!;
    expect(intro).toContain('from the 0 articles I was given');
    expect(intro).toContain('There are no articles yet: a moderator can add some with `/ingest`');
  });
});

describe('npm run ask on an empty corpus folder', { timeout: 180_000 }, () => {
  const cacheDir = path.join(scratch, 'cache');
  function ask(...args: string[]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, EVENTDESK_CACHE_DIR: cacheDir, EVENTDESK_CORPUS_DIR: path.join(scratch, 'unused') },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('every answer command exits 0 saying there are no articles and naming npm run ingest for that folder', () => {
    const dir = folder();
    const cases: string[][] = [['search', 'how', 'many'], ['sources'], ['who'], ['who', 'Jane'], ['timeline'], ['crowd-size'], ['summary']];
    for (const words of cases) {
      const r = ask(...words, '--corpus', dir);
      expect(r.code, words.join(' ')).toBe(0);
      expect(r.out).toContain(`There are no articles in ${dir} yet`);
      expect(r.out).toContain(`npm run ingest -- FILE|URL --corpus '${dir}'`);
      expect(r.out).not.toMatch(SLASH_COMMAND);
      expect(r.err).toBe('');
    }
    const json = ask('sources', '--json', '--corpus', dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ command: 'no-articles', asked: 'sources', problems: [], folderProblem: null });
  });

  it('a folder of refused files: listed once (in the answer, not again as warnings), exit 0', () => {
    const dir = folder({ 'a.md': '---\npublisher: AP\n---\nText.' });
    const r = ask('timeline', '--corpus', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('a.md: title is missing from the front matter');
    expect(r.err).toBe('');
  });
});
