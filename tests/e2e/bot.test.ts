import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Events } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { searchAnswer } from '../../src/answers/search/answer.js';
import { loadConfig } from '../../src/config/settings.js';
import { startBot } from '../../src/bot/start.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { CorpusStore } from '../../src/pipeline/store.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { optionsOf, plausibleValue, requiredOptions, type CommandDef } from './commandOptions.js';
import { choiceProblems, mentionProblems, messageLimitProblems } from './fakeDiscord/limits.js';
import { Callback, FakeDiscord, buttonsOf, isEphemeral, messageBodies, messageText, type InteractionOutcome, type OptionValue } from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, writeCorpus, type Harness } from './harness.js';
import { SEED_DIR, tempDir } from '../support/corpus.js';

const defs = COMMANDS.map((c) => c.data as unknown as CommandDef & { description: string });
const newUser = () => ({ id: snowflake(), username: `user${Math.floor(Math.random() * 1e6)}` });

/** Markdown escapes the renderer adds to quoted text, undone to compare with the article file. */
const unescapeMarkdown = (s: string) => s.replace(/\\([\\`*_~|>#\-[\]()<@:.!+={}])/g, '$1');

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** The text of each block quote line (`> …`), unescaped, without a clipping ellipsis. */
function quotedLines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('> '))
    .map((l) =>
      collapse(unescapeMarkdown(l.slice(2)))
        .replace(/…$/, '')
        .trim(),
    )
    .filter((q) => q.length > 0);
}

/** A query that matches many passages of any corpus: the words of its article titles. */
function broadQuery(corpus: Corpus): string {
  const query = corpus.articles
    .map((a) => a.title)
    .join(' ')
    .slice(0, 290);
  expect(searchAnswer(corpus, { query, limit: 25 }).results.length, 'enough hits for several pages').toBeGreaterThan(5);
  return query;
}

/** Every message the bot sent for this interaction is within Discord's limits and pings no one. */
function expectWellFormed(out: InteractionOutcome): void {
  const bodies = messageBodies(out.requests);
  expect(bodies.length, 'the bot sent at least one message').toBeGreaterThan(0);
  for (const body of bodies) {
    expect(messageLimitProblems(body)).toEqual([]);
    expect(mentionProblems(body)).toEqual([]);
  }
  expect(out.ackMs, 'acknowledged within the 3 s Discord allows').toBeLessThan(3000);
  expect(out.requests.filter((r) => r.status >= 400 && r.status !== 429).map((r) => `${r.route} ${r.status}`)).toEqual([]);
}

describe('the bot, end to end through a real discord.js client', () => {
  let h: Harness;
  let corpus: Corpus;
  const quotesShown = new Map<string, number>();

  beforeAll(async () => {
    corpus = (await loadCorpus(SEED_DIR, { snapshot: false })).corpus;
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('logs in against the test server (GET /gateway/bot, IDENTIFY, READY, GUILD_CREATE)', () => {
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.fake.requests.some((r) => r.route === 'GET /gateway/bot')).toBe(true);
    expect(h.fake.gateway.identifyCount).toBe(1);
  });

  it.each(defs.map((d) => [d.name, d] as const))('/%s answers with its required options, within limits, pinging no one', async (_name, def) => {
    const out = await h.fake.run(def.name, requiredOptions(def, corpus), { user: newUser() });
    expect([Callback.Message, Callback.DeferredMessage]).toContain(out.callbackType);
    expectWellFormed(out);
    expect(messageText(out.original ?? out.followUps[0]).length).toBeGreaterThan(20);
  });

  it.each(defs.map((d) => [d.name, d] as const))('/%s answers with every option filled, within limits, pinging no one', async (_name, def) => {
    const options = Object.fromEntries(optionsOf(def).map((o) => [o.name, plausibleValue(o, corpus)]));
    const out = await h.fake.run(def.name, options, { user: newUser() });
    expectWellFormed(out);
    expect(messageText(out.original ?? out.followUps[0]).length).toBeGreaterThan(20);
  });

  /** Options as a user fills them: the required ones, and any autocompleted one set to its first suggestion. */
  async function asUserFills(def: CommandDef): Promise<Record<string, OptionValue>> {
    const options = requiredOptions(def, corpus);
    for (const o of optionsOf(def).filter((x) => x.autocomplete)) {
      const out = await h.fake.outcome(h.fake.autocomplete(def.name, o.name, { [o.name]: '' }, { user: newUser() }));
      const first = (out.choices as { value: OptionValue }[] | undefined)?.[0];
      if (first) options[o.name] = first.value;
    }
    return options;
  }

  it.each(defs.map((d) => [d.name, d] as const))('/%s: every block quote it shows is verbatim from an article file', async (_name, def) => {
    const out = await h.fake.run(def.name, await asUserFills(def), { user: newUser() });
    const messages = [out.original, ...out.followUps, ...h.fake.state.pinned(h.fake.channelId)];
    const quotes = messages.flatMap((m) => quotedLines(messageText(m)));
    const files = (await Promise.all(corpus.articles.map((a) => readFile(path.join(h.corpusDir, a.file), 'utf8')))).join('\n');
    for (const q of quotes) expect(collapse(files), q).toContain(q);
    quotesShown.set(def.name, quotes.length);
  });

  it('the verbatim check above was not vacuous: several commands showed quotes', () => {
    expect([...quotesShown.values()].filter((n) => n > 0).length, JSON.stringify([...quotesShown])).toBeGreaterThanOrEqual(4);
  });

  it('/search quotes the passages the search answer finds, with their publishers', async () => {
    const query = 'how many people marched';
    const expected = searchAnswer(corpus, { query, limit: 3 });
    expect(expected.results.length).toBeGreaterThan(0);
    const out = await h.fake.run('search', { query, limit: 3 }, { user: newUser() });
    expectWellFormed(out);
    expect(isEphemeral(out.original)).toBe(false);
    const shown = unescapeMarkdown(messageText(out.original)).replace(/\s+/g, ' ');
    for (const { quote } of expected.results) {
      expect(shown).toContain(quote.text.replace(/\s+/g, ' ').slice(0, 60));
      expect(shown).toContain(quote.publisher ?? 'Unknown publisher');
    }
  });

  it('a bad option value gets a clear ephemeral message, not a crash', async () => {
    const out = await h.fake.run('search', { query: '   ', limit: 0 }, { user: newUser() });
    expectWellFormed(out);
    const reply = out.original ?? out.followUps[0];
    expect(isEphemeral(reply)).toBe(true);
    expect(messageText(reply)).toMatch(/query must not be empty/);
    expect(messageText(reply)).toMatch(/limit must be at least 1/);
  });

  it('a command the bot does not know gets an ephemeral explanation', async () => {
    const out = await h.fake.run('no-such-command', {}, { user: newUser() });
    expectWellFormed(out);
    expect(isEphemeral(out.original)).toBe(true);
  });

  it('pages a long answer: the asker turns pages, anyone else is refused and the page stays', async () => {
    const asker = newUser();
    const out = await h.fake.run('search', { query: broadQuery(corpus), limit: 25 }, { user: asker });
    expectWellFormed(out);
    const message = out.original!;
    const buttons = buttonsOf(message);
    const next = buttons.find((b) => /next/i.test(b.label) || b.customId.endsWith(':next'));
    expect(next, `a next button among ${JSON.stringify(buttons)}`).toBeDefined();
    expect(next!.disabled).toBe(false);
    const firstPage = messageText(message);
    expect(firstPage).toMatch(/Page 1 of \d+/);

    const turned = await h.fake.outcome(h.fake.button(message, next!.customId, { user: asker }));
    expectWellFormed(turned);
    expect(turned.original?.id).toBe(message.id);
    expect(messageText(turned.original)).toMatch(/Page 2 of \d+/);

    const before = messageText(h.fake.state.messages.get(message.id));
    const refused = await h.fake.outcome(h.fake.button(message, next!.customId, { user: h.fake.bystander }));
    expectWellFormed(refused);
    expect(refused.callbackType).toBe(Callback.Message);
    expect(isEphemeral(refused.original)).toBe(true);
    expect(refused.original?.id).not.toBe(message.id);
    expect(messageText(refused.original)).toMatch(/only the person who asked/i);
    expect(messageText(h.fake.state.messages.get(message.id))).toBe(before);
  });

  it('autocomplete offers at most 25 choices within Discord limits, whatever is typed', async () => {
    const targets = defs.flatMap((d) =>
      optionsOf(d)
        .filter((o) => o.autocomplete)
        .map((o) => [d.name, o.name] as const),
    );
    for (const [command, option] of targets) {
      for (const typed of ['', 'a', 'Qa', '@everyone', 'x'.repeat(200), '\u202eevil', '🙂']) {
        const out = await h.fake.outcome(h.fake.autocomplete(command, option, { [option]: typed }, { user: newUser() }));
        expect(out.callbackType).toBe(Callback.Autocomplete);
        expect(choiceProblems(out.choices)).toEqual([]);
      }
    }
    if (targets.length) {
      // Something typed that names nothing in particular still gets suggestions from the corpus when empty.
      const [command, option] = targets[0]!;
      const out = await h.fake.outcome(h.fake.autocomplete(command, option, { [option]: '' }, { user: newUser() }));
      expect((out.choices ?? []).length).toBeGreaterThan(0);
    }
  });

  it('one user hammering a command gets a friendly cooldown message, and every interaction is answered', async () => {
    const user = newUser();
    const records = Array.from({ length: 8 }, () => h.fake.command('sources', {}, { user }));
    const outs = await Promise.all(records.map((r) => h.fake.outcome(r)));
    for (const out of outs) expectWellFormed(out);
    const cooled = outs.filter((o) => /slow down|give it \d+ second/i.test(messageText(o.original ?? o.followUps[0])));
    expect(cooled.length).toBeGreaterThan(0);
    expect(cooled.every((o) => isEphemeral(o.original ?? o.followUps[0]))).toBe(true);
    expect(outs.length - cooled.length).toBeGreaterThan(0);
  });

  it('a 429 on the interaction callback is waited out and retried', async () => {
    h.fake.rateLimitOnce('POST', /^\/interactions\/[^/]+\/[^/]+\/callback$/, 0.4);
    const out = await h.fake.run('sources', {}, { user: newUser() });
    const callbacks = out.requests.filter((r) => r.route === 'POST /interactions/:id/:token/callback');
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
    expect(callbacks[1]!.at - callbacks[0]!.at).toBeGreaterThanOrEqual(380);
    expect(messageText(out.original)).toContain(corpus.articles[0]!.publisher ?? '');
  });

  it('the gateway drops the connection; the bot resumes the session and answers again', async () => {
    const resumed = new Promise((resolve) => h.bot.client.once(Events.ShardResume, resolve));
    h.fake.gateway.drop({ code: 4000 });
    await resumed;
    expect(h.fake.gateway.resumeCount).toBe(1);
    expect(h.fake.gateway.identifyCount).toBe(1);
    const out = await h.fake.run('sources', {}, { user: newUser() });
    expectWellFormed(out);

    // Dropped again without a close frame, with an interaction arriving while the bot is away:
    // Discord replays it on RESUME, and the bot answers it.
    const again = new Promise((resolve) => h.bot.client.once(Events.ShardResume, resolve));
    h.fake.gateway.drop({ terminate: true });
    const during = h.fake.command('sources', {}, { user: newUser() });
    await again;
    expectWellFormed(await h.fake.outcome(during));
    expect(h.fake.gateway.resumeCount).toBe(2);
  });

  it('logs one structured line per interaction and never the token', () => {
    const all = h.logs.join('');
    expect(all).not.toContain(h.fake.token);
    const lines = h.logs
      .flatMap((l) => l.split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const interactionLines = lines.filter((l) => l.msg === 'interaction');
    expect(interactionLines.length).toBeGreaterThan(defs.length);
    for (const l of interactionLines) {
      expect(typeof l.latencyMs).toBe('number');
      expect(typeof l.outcome).toBe('string');
    }
    // Message contents stay out of the log: the query sent above is not in it.
    expect(all).not.toContain('how many people marched');
  });

  it('sent nothing Discord would reject and called no unknown route', () => {
    expect(h.fake.problems()).toEqual([]);
    expect(h.fake.unknownRoutes()).toEqual([]);
  });
});

describe('page buttons expire', () => {
  let h: Harness;
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = (await loadCorpus(SEED_DIR, { snapshot: false })).corpus;
    h = await startHarness({ env: { EVENTDESK_PAGE_TTL_SECONDS: '1' } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('are disabled on the message after the time to live, and a late click is told so', async () => {
    const out = await h.fake.run('search', { query: broadQuery(corpus), limit: 25 }, { user: h.fake.asker });
    const message = out.original!;
    // The buttons as first sent (the stored message may already have expired on a slow machine).
    const sent = buttonsOf({ ...message, components: (messageBodies(out.requests)[0]?.components as unknown[]) ?? [] });
    expect(sent.some((b) => !b.disabled)).toBe(true);
    await h.fake.waitFor(() => buttonsOf(h.fake.state.messages.get(message.id)).every((b) => b.disabled), 'the buttons to be disabled', 5000);
    const next = sent.find((b) => b.customId.endsWith(':next'))!;
    const late = await h.fake.outcome(h.fake.button(message, next.customId, { user: h.fake.asker }));
    expect(isEphemeral(late.original)).toBe(true);
    expect(messageText(late.original)).toMatch(/expired/i);
    expect(h.fake.problems()).toEqual([]);
  });
});

describe('a corpus of another story, with hostile text inside the articles', () => {
  let h: Harness;
  let corpus: Corpus;
  beforeAll(async () => {
    const dir = await writeCorpus({
      'storm.md':
        '---\ntitle: "Storm **Hana** floods Port Elin; @everyone urged to leave"\npublisher: Harbour Times\npublished: 2021-03-09\n---\nStorm Hana flooded Port Elin on Monday, March 8, 2021, and **@everyone** in the lower town was told to leave, Mayor Ruth Okafor said. <@123456789012345678> posted the warning.\n\nAbout 4,000 people marched to the town hall on Tuesday to demand new sea walls, organisers said; police put the crowd at 1,500.\n',
      'repair.txt':
        'Mar. 12, 2021 -- Repairs began in Port Elin on Friday. Mayor Ruth Okafor said the _harbour_ wall would be rebuilt by ||summer||. ```rm -rf``` was not involved.\n',
    });
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
    h = await startHarness({ corpusDir: dir });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it.each(defs.map((d) => [d.name, d] as const))('/%s answers from these articles, within limits, pinging no one', async (_name, def) => {
    const out = await h.fake.run(def.name, requiredOptions(def, corpus), { user: newUser() });
    expectWellFormed(out);
  });

  it('quoted article text keeps its markdown inert: no bold, spoiler or code block from an article', async () => {
    const out = await h.fake.run('search', { query: 'Okafor harbour wall everyone', limit: 5 }, { user: newUser() });
    expectWellFormed(out);
    const text = messageText(out.original);
    expect(unescapeMarkdown(text)).toContain('Okafor');
    for (const raw of ['**@everyone**', '||summer||', '```rm -rf```', '_harbour_']) {
      expect(unescapeMarkdown(text), `${raw} is quoted`).toContain(raw);
      expect(text, `${raw} is shown escaped`).not.toContain(raw);
    }
  });
});

describe('starting with a token Discord refuses', () => {
  it('fails with a clear message that does not contain the token, and leaves nothing running', async () => {
    const fake = await FakeDiscord.start();
    const wrong = `wrong.${snowflake()}`;
    try {
      const logs: string[] = [];
      const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
      const config = loadConfig({
        DISCORD_TOKEN: wrong,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        EVENTDESK_STATE_DIR: path.join(tmpdir(), `eventdesk-${snowflake()}`),
        EVENTDESK_CORPUS_DIR: SEED_DIR,
        EVENTDESK_CACHE_DIR: tempDir(),
      });
      const store = new CorpusStore(config.corpusDir, { snapshot: false });
      const started = startBot({ config, store, logger });
      await expect(started).rejects.toThrow(/could not connect to Discord: .*token/i);
      await started.catch((err: Error) => expect(err.message).not.toContain(wrong));
      store.close();
      expect(logs.join('')).not.toContain(wrong);
      expect(fake.gateway.identifyCount).toBe(0);
      expect(fake.requests.find((r) => r.route === 'GET /gateway/bot')?.status).toBe(401);
    } finally {
      await fake.stop();
    }
  });
});
