import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { SEED_DIR } from '../support/corpus.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { requiredOptions, type CommandDef } from './commandOptions.js';
import {
  Callback,
  DISCORD_RULES,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  PIN_MESSAGES,
  buttonsOf,
  isEphemeral,
  messageText,
  type InteractionOutcome,
  type RecordedRequest,
} from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, type Harness } from './harness.js';

// What real Discord would do to the bot, driven through the real bot: each test asserts the CORRECT
// behaviour against a test server that enforces Discord's documented rules (fakeDiscordStrict.test.ts
// proves those rules on their own).

const EPHEMERAL = 1 << 6;
const CALLBACK = 'POST /interactions/:id/:token/callback';
const WEBHOOK_DELETE = 'DELETE /webhooks/:app/:token/messages/:message';
const WEBHOOK_EDIT = 'PATCH /webhooks/:app/:token/messages/:message';
const FOLLOW_UP = 'POST /webhooks/:app/:token';
const newUser = () => ({ id: snowflake(), username: `user${Math.floor(Math.random() * 1e6)}` });
const moderator = () => ({ id: snowflake(), username: 'mod' });
const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Refusals Discord answered this interaction's requests with (status and JSON code). */
const refusals = (out: InteractionOutcome) =>
  out.requests.filter((r) => r.status >= 400 && r.status !== 429).map((r) => `${r.route} ${r.status} ${r.code ?? ''}`.trim());
const callbackOf = (out: InteractionOutcome): RecordedRequest | undefined => out.requests.find((r) => r.route === CALLBACK && r.status < 300);
/** What the asker ends up seeing: the last follow-up if any, else the reply (or the deferred message, edited). */
const shown = (out: InteractionOutcome) => out.followUps.at(-1) ?? out.original;

/**
 * Answered in private from the start: an ephemeral reply, or an ephemeral deferral then edited; never
 * a public "thinking…", never deleting @original to follow up (Discord: 10008 Unknown Message).
 */
function expectAnsweredPrivately(h: Harness, out: InteractionOutcome): void {
  expect(h.fake.unanswered(), 'answered within 3 s').not.toContain(out.interaction);
  const cb = callbackOf(out);
  expect(cb, 'an accepted initial response').toBeDefined();
  expect([Callback.Message, Callback.DeferredMessage], 'a reply or a deferral').toContain(cb!.body?.type);
  expect(
    ((cb!.body?.data?.flags as number | undefined) ?? 0) & EPHEMERAL,
    `the initial response (type ${cb!.body?.type}) is ephemeral, not a public "thinking…"`,
  ).toBe(EPHEMERAL);
  expect(
    out.requests.map((r) => r.route),
    'no DELETE of @original',
  ).not.toContain(WEBHOOK_DELETE);
  expect(refusals(out), 'nothing Discord refused').toEqual([]);
  expect(isEphemeral(shown(out)), 'the answer is ephemeral').toBe(true);
  expect(messageText(shown(out)).length).toBeGreaterThan(10);
}

describe('Discord defects, through the real bot', () => {
  let h: Harness;
  let corpus: Corpus;

  beforeAll(async () => {
    corpus = (await loadCorpus(SEED_DIR, { snapshot: false })).corpus;
    h = await startHarness({ fake: { botPermissions: MEMBER_PERMISSIONS | PIN_MESSAGES } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  describe('(a) /timeline with a bad date range: an ephemeral error, no public defer, no delete-then-follow-up', () => {
    it('from:2021-13-45 (no such date)', async () => {
      const out = await h.fake.run('timeline', { from: '2021-13-45' }, { user: newUser() });
      expectAnsweredPrivately(h, out);
      expect(messageText(shown(out))).toMatch(/2021-13-45|date/i);
    });

    it('from after to', async () => {
      const out = await h.fake.run('timeline', { from: '2021-03-10', to: '2021-03-01' }, { user: newUser() });
      expectAnsweredPrivately(h, out);
      expect(messageText(shown(out))).toMatch(/from|to|after|before|earlier|later/i);
    });
  });

  describe('(b) /ingest refusals are private: refused before any acknowledgement, or after an ephemeral deferral', () => {
    it('a member who is not a moderator', async () => {
      const out = await h.fake.run('ingest', { link: 'https://example.invalid/a' }, { user: newUser(), memberPermissions: MEMBER_PERMISSIONS });
      expectAnsweredPrivately(h, out);
      expect(messageText(shown(out))).toMatch(/moderator/i);
    });

    it('a moderator giving neither a file nor a link', async () => {
      const out = await h.fake.run('ingest', {}, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
      expectAnsweredPrivately(h, out);
    });

    it('a moderator attaching an image', async () => {
      const image = h.fake.attachment('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png');
      const out = await h.fake.run('ingest', { file: image }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
      expectAnsweredPrivately(h, out);
      expect(messageText(shown(out))).toMatch(/photo\.png|not an article|not text/i);
    });

    it('a moderator giving a link refused after the download starts (a private address)', async () => {
      const out = await h.fake.run('ingest', { link: 'http://127.0.0.1:9/article' }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
      expectAnsweredPrivately(h, out);
      expect(messageText(shown(out))).toMatch(/not added|could not|refus/i);
    });
  });

  describe('(c) /summary pin:true in a channel already holding 250 pins', () => {
    it("tells the moderator plainly that the channel reached Discord's 250-pin limit and to unpin something", async () => {
      const channel = h.fake.addChannel({ name: 'full-of-pins' });
      h.fake.fillPins(DISCORD_RULES.maxPins, channel.id);
      const out = await h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS, channelId: channel.id });
      const text = messageText(shown(out));
      expect(isEphemeral(shown(out))).toBe(true);
      expect(text).toMatch(/250/);
      expect(text).toMatch(/unpin/i);
      expect(text).not.toMatch(/try again later/i);
      expect(h.fake.state.pinned(channel.id)).toHaveLength(DISCORD_RULES.maxPins);
      expect(h.fake.unanswered()).not.toContain(out.interaction);
    });
  });

  describe('(e) an error after a public deferral edits the deferred reply', () => {
    it('the answer Discord refuses once: the bot edits @original with the error, never deletes it to follow up', async () => {
      // /timeline defers publicly; Discord then refuses the edit carrying the answer (400), an error
      // after the deferral. The deferred message is the only place left to say so.
      h.fake.failOnce('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, 400, 50035, 'Invalid Form Body');
      const out = await h.fake.run('timeline', {}, { user: newUser() });
      const cb = callbackOf(out);
      expect(cb?.body?.type).toBe(Callback.DeferredMessage);
      const routes = out.requests.map((r) => `${r.route} ${r.status}${r.code ? ` ${r.code}` : ''}`);
      expect(
        out.requests.map((r) => r.route),
        'no DELETE of @original',
      ).not.toContain(WEBHOOK_DELETE);
      expect(
        out.requests.filter((r) => r.code === 10008),
        'no 10008 Unknown Message',
      ).toEqual([]);
      const edits = out.requests.filter((r) => r.route === WEBHOOK_EDIT && r.path.endsWith('/@original'));
      expect(
        edits.map((r) => r.status),
        routes.join('\n'),
      ).toEqual([400, 200]);
      expect(out.original, 'the deferred message is still there').toBeDefined();
      expect(messageText(out.original)).toMatch(/went wrong|could not/i);
      expect(out.requests.filter((r) => r.route === FOLLOW_UP && r.status >= 400)).toEqual([]);
    });
  });

  describe('(f) a command from a DM gets a clear answer: it works, or a refusal saying to use it in a server', () => {
    const defs = COMMANDS.map((c) => c.data as unknown as CommandDef & { contexts?: number[] });
    it.each(defs.map((d) => [d.name, d] as const))('/%s in a DM', async (_name, def) => {
      const out = await h.fake.runInDm(def.name, requiredOptions(def, corpus), { user: newUser() });
      expect(h.fake.unanswered(), 'answered within 3 s').not.toContain(out.interaction);
      expect(refusals(out), 'nothing Discord refused').toEqual([]);
      const text = messageText(shown(out));
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/something went wrong/i);
      // Without `contexts` Discord applies its default, every context: the command is offered in DMs.
      const offeredInDms = def.contexts === undefined || def.contexts.includes(1);
      if (!offeredInDms) {
        expect(isEphemeral(shown(out))).toBe(true);
        expect(text).toMatch(/server/i);
      }
    });

    it('/summary pin:true in a DM: told to use it in a server', async () => {
      const out = await h.fake.runInDm('summary', { pin: true }, { user: newUser() });
      expect(refusals(out)).toEqual([]);
      expect(isEphemeral(shown(out))).toBe(true);
      expect(messageText(shown(out))).toMatch(/server/i);
    });
  });

  it('sent nothing Discord would reject and called no unknown route', () => {
    expect(h.fake.problems()).toEqual([]);
    expect(h.fake.unknownRoutes()).toEqual([]);
  });
});

describe('(d) page buttons are disabled while the interaction token still works', () => {
  let h: Harness;
  beforeAll(async () => {
    // The longest time to live the bot's settings allow: counted from the reply it would outlive the
    // token whenever the answer took over a minute.
    h = await startHarness({ env: { EVENTDESK_PAGE_TTL_SECONDS: '840' } });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await h?.stop();
  });

  it("a deferred answer that took 90 s: the disabling edit comes within 15 min of the interaction's creation, and the buttons end disabled", async () => {
    // The bot runs in this process: vitest's fake timers move its clock (Date, setTimeout) and the
    // server's (FakeClock reads Date.now) together, so 15 minutes pass without waiting for them.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    try {
      const hold = h.fake.holdResponse('POST', /^\/interactions\/\d+\/[^/]+\/callback$/);
      const record = h.fake.command('timeline', { limit: 100 }, { user: h.fake.asker });
      await hold.arrived;
      // The work after the deferral takes 90 s: the clock moves on (pending timers keep their delays).
      vi.setSystemTime(Date.now() + 90_000);
      hold.release();
      const out = await h.fake.outcome(record);
      expect(out.callbackType).toBe(Callback.DeferredMessage);
      const message = out.original!;
      const sent = buttonsOf(message);
      expect(sent.length, 'the answer has page buttons (several pages)').toBeGreaterThan(0);
      expect(sent.some((b) => !b.disabled)).toBe(true);

      // Let the bot's clock run, 5 s at a time, until it edits the buttons (or 16 min have passed);
      // then stop, so the edit's own request timeout is not jumped over.
      const editsBefore = h.fake.requests.filter((r) => r.token === record.token && r.route === WEBHOOK_EDIT).length;
      const edits = () => h.fake.requests.filter((r) => r.token === record.token && r.route === WEBHOOK_EDIT).slice(editsBefore);
      for (let waited = 0; waited < 16 * 60_000 && !edits().length; waited += 5000) {
        await vi.advanceTimersByTimeAsync(5000);
        await realSleep(10);
      }
      await h.fake.waitFor(() => !edits().length || edits().every((r) => r.status !== 0), 'the disabling edit');
      await realSleep(100);

      const disabling = edits();
      expect(disabling.length, 'the bot disabled the buttons').toBeGreaterThan(0);
      const first = disabling[0]!;
      expect(first.at - record.dispatchedAt, "sent within the token's 15 minutes").toBeLessThan(DISCORD_RULES.tokenLifetimeMs);
      expect(
        disabling.map((r) => `${r.status} ${r.code ?? ''}`.trim()),
        'no 401 50027 Invalid Webhook Token',
      ).toEqual(disabling.map(() => '200'));
      expect(
        buttonsOf(h.fake.state.messages.get(message.id))
          .filter((b) => b.customId.startsWith('eventdesk:page:'))
          .every((b) => b.disabled),
        'the page buttons end disabled (👍/👎 stay: a vote needs no session)',
      ).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
