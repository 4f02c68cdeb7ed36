import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS, findAnswer, runAnswer } from '../../../src/answers/registry.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { renderTerminal } from '../../../src/render/terminal/index.js';

/** The terminal names terminal commands (npm run ask -- …, npm run ingest -- …), never Discord's slash commands. */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'eventdesk-terminal-'));
const SLASH_COMMAND = /(^|[\s`(])\/(ingest|timeline|sources|search|who|crowd-size|summary|help)\b/;

const STORY = `---
title: Bridge reopens after repairs
publisher: Valley Post
published: 2021-06-02
---
The old stone bridge reopened to traffic on Tuesday after two months of repairs, the council said.

Mayor Elena Ruiz said about 300 people walked across it at the reopening.
`;

let corpus: Corpus;
let dir: string;
beforeAll(async () => {
  dir = path.join(scratch, 'valley');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'bridge.md'), STORY);
  corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
});

const text = (name: string, raw: Record<string, unknown>, ctx = {}) => {
  const result = runAnswer(findAnswer(name)!, corpus, raw);
  if (!result.ok) throw new Error(result.message);
  return renderTerminal(result.value, ctx);
};

describe('terminal answers', () => {
  it('that find nothing suggest npm run ask commands, not slash commands', () => {
    expect(text('search', { query: 'zeppelin' })).toBe(
      'No passage matches “zeppelin”. Try other words, or `npm run ask -- sources` to see what the corpus covers.',
    );
    expect(text('timeline', { from: '1990-01-01', to: '1990-01-02' })).toBe(
      'No dated happening matches. Widen --from/--to or --about, or see `npm run ask -- sources` for what the corpus covers.',
    );
    expect(text('crowd-size', { event: 'zeppelin landing' })).toBe(
      'No crowd-size estimate matches. Run `npm run ask -- crowd-size` (without --event) to see every gathering the articles count.',
    );
  });

  it('repeat --corpus in what they suggest, so the next command asks the same folder', () => {
    expect(text('search', { query: 'zeppelin' }, { folder: 'my news', corpusFlag: true })).toContain("`npm run ask -- sources --corpus 'my news'`");
    // A folder that was not given with --corpus (the default, or EVENTDESK_CORPUS_DIR) is not repeated.
    expect(text('search', { query: 'zeppelin' }, { folder: '/srv/articles', corpusFlag: false })).toContain('`npm run ask -- sources`');
  });

  it('the list of names points at npm run ask -- who NAME', () => {
    expect(text('who', {})).toContain('Ask `npm run ask -- who NAME` for one of them.');
  });

  it('no answer of any command, found or not, names a slash command', () => {
    const asks: Array<[string, Record<string, unknown>]> = [
      ['search', { query: 'bridge' }],
      ['search', { query: 'zeppelin' }],
      ['sources', {}],
      ['who', {}],
      ['who', { name: 'Ruiz' }],
      ['who', { name: 'Nobody Atall' }],
      ['timeline', {}],
      ['timeline', { about: 'zeppelin' }],
      ['crowd-size', {}],
      ['crowd-size', { event: 'zeppelin' }],
      ['summary', {}],
    ];
    expect(new Set(asks.map(([name]) => name))).toEqual(new Set(ANSWERS.map((a) => a.name)));
    for (const [name, raw] of asks) expect(text(name, raw), `${name} ${JSON.stringify(raw)}`).not.toMatch(SLASH_COMMAND);
  });
});

describe('npm run ask -- help', { timeout: 60_000 }, () => {
  function ask(...args: string[]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, EVENTDESK_CACHE_DIR: path.join(scratch, 'cache'), EVENTDESK_CORPUS_DIR: path.join(scratch, 'valley') },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('mentions npm run ingest for adding articles and check-corpus for checking them', () => {
    for (const args of [['help'], ['--help']]) {
      const r = ask(...args);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^ {2}npm run ingest -- FILE\|FOLDER\|URL \[--corpus DIR\] +add articles/m);
      expect(r.out).toMatch(/^ {2}npm run check-corpus \[-- DIR\] +list every file that would not load/m);
      expect(r.out).toMatch(/^ {2}check-corpus +Validate a folder of articles/m);
      expect(r.out).not.toMatch(SLASH_COMMAND);
    }
    // The usage after a mistake is the same text.
    const wrong = ask('frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('npm run ingest -- FILE|FOLDER|URL');
  });
});
