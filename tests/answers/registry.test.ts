import { renderAsk as renderAskTerminal } from '../../src/answers/ask/terminal.js';
import { renderAsk as discordAsk } from '../../src/answers/ask/discord.js';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.js';
import { answerOptions, declaredOptions, describeOption, limitOption, parseOptions, textOption, type Declared } from '../../src/answers/options.js';
import { ANSWERS, findAnswer, type PerAnswer } from '../../src/answers/registry.js';
import { STORY_OPTION } from '../../src/bot/answerReply.js';
import { answerOptionsFromArgs, answerUsage, commonFlags, flagWords, parseArgs } from '../../src/cli/args.js';
import { renderCrowdSize as discordCrowdSize } from '../../src/answers/crowdSize/discord.js';
import { renderNoArticles as discordNoArticles } from '../../src/render/discord/noArticles.js';
import type { DiscordPage } from '../../src/render/discord/pages.js';
import { renderSearch as discordSearch } from '../../src/answers/search/discord.js';
import { renderSources as discordSources } from '../../src/answers/sources/discord.js';
import { renderSummary as discordSummary } from '../../src/answers/summary/discord.js';
import { renderTimeline as discordTimeline } from '../../src/answers/timeline/discord.js';
import { renderWho as discordWho } from '../../src/answers/who/discord.js';
import type { TerminalContext } from '../../src/render/terminal/common.js';
import { renderCrowdSize } from '../../src/answers/crowdSize/terminal.js';
import { renderNoArticles } from '../../src/render/terminal/noArticles.js';
import { renderSearch } from '../../src/answers/search/terminal.js';
import { renderSources } from '../../src/answers/sources/terminal.js';
import { renderSummary } from '../../src/answers/summary/terminal.js';
import { renderTimeline } from '../../src/answers/timeline/terminal.js';
import { renderWho } from '../../src/answers/who/terminal.js';
import { PROJECT_ROOT, SEED_DIR, tempDir } from '../support/corpus.js';

// Each answer declares its options once (src/answers/<name>.ts, with options.ts); the slash command, the
// CLI's flags and help are derived from that. These tests hold the derivations to the declarations.

type OptionJson = { name: string; type: number; description: string; required?: boolean; autocomplete?: boolean } & Record<string, unknown>;

const answerCommands = ANSWERS.map((spec) => ({ spec, command: COMMANDS.find((c) => c.data.name === spec.name)! }));

describe('an answer declared once', () => {
  it('every answer is a slash command, and every declared option has its metadata', () => {
    for (const { spec, command } of answerCommands) {
      expect(command, `/${spec.name}`).toBeDefined();
      expect(() => declaredOptions(spec.options), spec.name).not.toThrow();
    }
  });

  it('bare words fill the one option declared positional', () => {
    const positional = Object.fromEntries(ANSWERS.map((a) => [a.name, a.positional]));
    expect(positional).toEqual({
      ask: 'question',
      search: 'query',
      sources: undefined,
      who: 'name',
      timeline: undefined,
      'crowd-size': 'event',
      summary: undefined,
    });
    for (const spec of ANSWERS) expect(declaredOptions(spec.options).filter((o) => o.positional).length).toBeLessThanOrEqual(1);
  });

  it.each(answerCommands.map(({ spec, command }) => [spec.name, spec, command] as const))(
    '/%s offers exactly the declared options, with their limits, story last',
    (_name, spec, command) => {
      const options = (command.data.options ?? []) as OptionJson[];
      expect(options.at(-1)).toEqual(STORY_OPTION);
      const own = options.slice(0, -1).filter((o) => !(spec.name === 'summary' && o.name === 'pin'));
      const all = declaredOptions(spec.options);
      // A switch (explain) is a button under the answer in Discord, never an option of the slash command.
      const declared = all.filter((o) => o.type !== 'switch');
      for (const s of all.filter((o) => o.type === 'switch')) expect(s.button, `${spec.name} ${s.name}`).toBeTruthy();
      expect(own.map((o) => o.name)).toEqual(declared.map((o) => o.name));
      const suggests = Object.keys(spec.discord.autocomplete ?? {});
      for (const [i, d] of declared.entries()) {
        const o = own[i]!;
        expect(o.type).toBe(d.type === 'integer' ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.String);
        expect(o.description).toBe(describeOption(d));
        expect(o.description.length).toBeLessThanOrEqual(100);
        expect(Boolean(o.required)).toBe(d.required);
        expect(o.min_value).toBe(d.min);
        expect(o.max_value).toBe(d.max);
        expect(o.min_length).toBe(d.minLength);
        expect(o.max_length).toBe(d.maxLength);
        expect(Boolean(o.autocomplete), `${spec.name} ${d.name} autocomplete`).toBe(suggests.includes(d.name));
      }
      expect(command.data.description).toBe(spec.discord.description);
      expect(command.defer ?? false).toBe(spec.discord.defer ?? false);
      expect(typeof command.autocomplete === 'function').toBe(suggests.length > 0);
    },
  );

  it('the schema accepts what Discord lets through and refuses one past it, at both ends', () => {
    let checked = 0;
    for (const spec of ANSWERS) {
      const declared = declaredOptions(spec.options);
      const base = Object.fromEntries(declared.filter((o) => o.required).map((o) => [o.name, o.type === 'integer' ? 1 : 'strike']));
      const accepts = (name: string, value: unknown) => parseOptions(spec.options, { ...base, [name]: value }).ok;
      for (const o of declared) {
        if (o.type === 'integer') {
          expect(accepts(o.name, o.min), `${spec.name} ${o.name}=${o.min}`).toBe(true);
          expect(accepts(o.name, o.max), `${spec.name} ${o.name}=${o.max}`).toBe(true);
          expect(accepts(o.name, o.min! - 1), `${spec.name} ${o.name}=${o.min! - 1}`).toBe(false);
          expect(accepts(o.name, o.max! + 1), `${spec.name} ${o.name}=${o.max! + 1}`).toBe(false);
          checked++;
        } else if (o.type === 'switch') {
          expect(accepts(o.name, true) && accepts(o.name, 'true') && accepts(o.name, undefined), `${spec.name} ${o.name}`).toBe(true);
          expect(accepts(o.name, 'yes'), `${spec.name} ${o.name}=yes`).toBe(false);
        } else if (o.format) {
          expect(accepts(o.name, '2020-01-24'), `${spec.name} ${o.name}`).toBe(true);
          expect('2020-01-24').toHaveLength(o.maxLength!);
        } else {
          expect(accepts(o.name, 'a'.repeat(o.maxLength!)), `${spec.name} ${o.name} of ${o.maxLength}`).toBe(true);
          expect(accepts(o.name, 'a'.repeat(o.maxLength! + 1)), `${spec.name} ${o.name} of ${o.maxLength! + 1}`).toBe(false);
          checked++;
        }
        if (o.required) expect(accepts(o.name, undefined), `${spec.name} without ${o.name}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('an option without its metadata, or two taking the bare words, is refused where the answer is declared', () => {
    expect(() => answerOptions({ limit: limitOption({ description: 'x', max: 3, fallback: 1 }), bare: z.string() as Declared<z.ZodString> })).toThrow(
      /option bare is not declared/,
    );
    expect(() =>
      answerOptions({ a: textOption({ description: 'a', max: 5, positional: true }), b: textOption({ description: 'b', max: 5, positional: true }) }),
    ).toThrow(/only one option/);
  });

  it('a renderer registry without a renderer for every answer, or with one of another answer, does not compile', () => {
    // Checked by `npm run typecheck` (the @ts-expect-error lines fail it if they ever compile); the values are the registries' entries.
    const terminal = {
      ask: renderAskTerminal,
      'crowd-size': renderCrowdSize,
      'no-articles': renderNoArticles,
      search: renderSearch,
      sources: renderSources,
      summary: renderSummary,
      timeline: renderTimeline,
      who: renderWho,
    } satisfies PerAnswer<[TerminalContext], string>;
    const { summary: _summary, ...withoutSummary } = terminal;
    // @ts-expect-error: no terminal renderer for summary
    const _missing = withoutSummary satisfies PerAnswer<[TerminalContext], string>;
    // @ts-expect-error: the search renderer cannot render a who answer
    const _wrong = { ...terminal, who: renderSearch } satisfies PerAnswer<[TerminalContext], string>;
    const discord = {
      ask: discordAsk,
      'crowd-size': discordCrowdSize,
      'no-articles': discordNoArticles,
      search: discordSearch,
      sources: discordSources,
      summary: (a) => [discordSummary(a)],
      timeline: discordTimeline,
      who: discordWho,
    } satisfies PerAnswer<[], DiscordPage[]>;
    // @ts-expect-error: a summary renderer returning one page, not the pages
    const _onePage = { ...discord, summary: discordSummary } satisfies PerAnswer<[], DiscordPage[]>;
    expect(Object.keys(terminal).sort()).toEqual(Object.keys(discord).sort());
    expect(Object.keys(terminal).sort()).toEqual([...ANSWERS.map((a) => a.name), 'no-articles'].sort());
  });
});

describe('the command line, from the declarations', () => {
  it('has a flag per declared option, bare words for the positional one, and refuses any other flag by name', () => {
    for (const spec of ANSWERS) {
      const usage = answerUsage(spec);
      for (const o of declaredOptions(spec.options)) {
        expect(usage).toContain(flagWords(o));
        expect(usage).toContain(describeOption(o));
        const value = o.type === 'integer' ? '3' : o.type === 'switch' ? 'true' : '2020-01-24';
        expect(answerOptionsFromArgs(spec, { [o.name]: value }, [])).toEqual({ ok: true, raw: { [o.name]: value } });
      }
      const refused = answerOptionsFromArgs(spec, { colour: 'red' }, []);
      expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`^unknown option --colour for ${spec.name}; `)) });
    }
    expect(answerOptionsFromArgs(findAnswer('search')!, { limit: '3' }, ['how', 'many'])).toEqual({ ok: true, raw: { limit: '3', query: 'how many' } });
    expect(answerOptionsFromArgs(findAnswer('sources')!, {}, ['x'])).toEqual({ ok: false, message: 'sources takes no words, only options (got "x")' });
    expect(commonFlags(ANSWERS)).toEqual(['--limit N']);
  });

  it('a switch is a flag with no value, wherever it stands; other flags still need theirs', () => {
    expect(parseArgs(['timeline', '--explain', '--limit', '3']).options).toEqual({ explain: 'true', limit: '3' });
    expect(parseArgs(['who', 'Sadr', '--explain']).options).toEqual({ explain: 'true' });
    expect(parseArgs(['who', 'Sadr', '--explain']).positional).toEqual(['Sadr']);
    expect(() => parseArgs(['timeline', '--explain', '--limit'])).toThrow(/--limit needs a value/);
    expect(answerOptionsFromArgs(findAnswer('search')!, { explain: 'true' }, [])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/unknown option --explain for search/),
    });
  });

  it('npm run ask -- <command> --help and help <command> print the command’s options', { timeout: 60_000 }, () => {
    const ask = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, EVENTDESK_CACHE_DIR: tempDir(), EVENTDESK_CORPUS_DIR: SEED_DIR },
      });
    const search = ask('search', '--help');
    expect(search.status).toBe(0);
    expect(search.stdout).toBe(`${answerUsage(findAnswer('search')!)}\n`);
    expect(search.stdout).toMatch(/^usage: npm run ask -- search QUERY \[--limit N\] \[--json\]$/m);
    expect(search.stdout).toMatch(/^ {2}--limit N +How many passages \(1-25, default 5\)$/m);
    const timeline = ask('help', 'timeline');
    expect(timeline.status).toBe(0);
    expect(timeline.stdout).toMatch(/^ {2}--from YYYY-MM-DD +Earliest date/m);
    const all = ask('help');
    expect(all.stdout).toMatch(/^ {2}timeline +What happened when: .* \(--from, --to, --about, --explain\)\.$/m);
    expect(timeline.stdout).toMatch(/^ {2}--explain +Say under each date, claim and name the rules that made it$/m);
    expect(all.stdout).toMatch(/^options on every command: --json, --limit N, --story NAME/m);
  });
});
