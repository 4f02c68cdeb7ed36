import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { optionsOf, type CommandDef } from './commandOptions.js';
import { choiceProblems, mentionProblems, messageLimitProblems } from './fakeDiscord/limits.js';
import {
  Callback,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  PIN_MESSAGES,
  buttonsOf,
  messageBodies,
  messageText,
  type InteractionOutcome,
} from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, type Harness } from './harness.js';
import { hostileOptions, hostileText } from './hostile.js';

// Through the real client, each run is a full round trip (gateway dispatch, the bot's REST calls),
// so the run count is moderate here; tests/render/discord/property.test.ts runs thousands on the pure path.
const RUNS = Number(process.env.EVENTDESK_E2E_PROPERTY_RUNS ?? 150);
const defs = COMMANDS.map((c) => c.data as unknown as CommandDef);

/** The bot answered, every message within limits and inert, and no request was refused. */
function assertWellFormed(out: InteractionOutcome, label: string): void {
  const bodies = messageBodies(out.requests);
  if (out.callbackType !== Callback.Autocomplete && !bodies.length) throw new Error(`${label}: no message was sent`);
  for (const body of bodies) {
    const problems = [...messageLimitProblems(body), ...mentionProblems(body)];
    if (problems.length) throw new Error(`${label}: ${problems.join('; ')}`);
  }
  const refused = out.requests.filter((r) => r.status >= 400 && r.status !== 429);
  if (refused.length) throw new Error(`${label}: ${refused.map((r) => `${r.route} -> ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`).join('; ')}`);
}

describe('hostile option values through the real client', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it(`every command survives ${RUNS} runs of random and hostile options`, async () => {
    const arb = fc.oneof(...defs.map((def) => hostileOptions(def).map((options) => ({ name: def.name, options }))));
    const permissions = fc.constantFrom(MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS);
    const appPermissions = fc.constantFrom(MEMBER_PERMISSIONS, MEMBER_PERMISSIONS | PIN_MESSAGES);
    await fc.assert(
      fc.asyncProperty(arb, permissions, appPermissions, async ({ name, options }, member, app) => {
        // A moderator's /ingest fetches the link it is given: that would need the network, so the
        // fuzzed /ingest runs as a member (its moderator path is tested in ingest.test.ts).
        const memberPermissions = name === 'ingest' ? MEMBER_PERMISSIONS : member;
        // A new user each run: the per-user cooldown is tested on its own, not hit by accident here.
        const user = { id: snowflake(), username: 'fuzz' };
        const out = await h.fake.outcome(h.fake.command(name, options, { user, memberPermissions, appPermissions: app }), { quietMs: 40 });
        assertWellFormed(out, `/${name} ${JSON.stringify(options).slice(0, 300)}`);
      }),
      { numRuns: RUNS },
    );
    expect(h.fake.problems()).toEqual([]);
    const errors = h.logs.filter((l) => /"level":50/.test(l));
    expect(errors, 'no handler error was logged').toEqual([]);
  }, 240_000);

  it('autocomplete survives hostile typing', async () => {
    const targets = defs.flatMap((d) =>
      optionsOf(d)
        .filter((o) => o.autocomplete)
        .map((o) => ({ command: d.name, option: o.name })),
    );
    if (!targets.length) return;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), hostileText, async ({ command, option }, typed) => {
        const out = await h.fake.outcome(h.fake.autocomplete(command, option, { [option]: typed }, { user: { id: snowflake(), username: 'fuzz' } }), {
          quietMs: 20,
        });
        expect(out.callbackType).toBe(Callback.Autocomplete);
        expect(choiceProblems(out.choices)).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 120_000);

  it('paging follows a model: random clicks by the asker and by others, the page and the enabled buttons always as expected', async () => {
    // The words of every title: a query with enough hits for several pages, in any corpus.
    const query = (await loadCorpus(h.corpusDir, { snapshot: false })).corpus.articles
      .map((a) => a.title)
      .join(' ')
      .slice(0, 290);
    type Action = 'first' | 'prev' | 'next' | 'last';
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ action: fc.constantFrom<Action>('first', 'prev', 'next', 'last'), byOther: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        async (clicks) => {
          const asker = { id: snowflake(), username: 'asker' };
          const first = await h.fake.run('search', { query, limit: 25 }, { user: asker });
          const message = first.original!;
          const total = Number(/Page 1 of (\d+)/.exec(messageText(message))?.[1]);
          if (!(total > 1)) throw new Error(`expected several pages, got: ${messageText(message).slice(0, 200)}`);
          let index = 0;
          for (const { action, byOther } of clicks) {
            const enabledInModel = action === 'first' || action === 'prev' ? index > 0 : index < total - 1;
            const button = buttonsOf(h.fake.state.messages.get(message.id)).find((b) => b.customId.endsWith(`:${action}`));
            // First and last exist from three pages on; Discord sends no click for a missing or disabled button.
            if (!button) {
              if ((action === 'first' || action === 'last') && total <= 2) continue;
              throw new Error(`no ${action} button at page ${index + 1} of ${total}`);
            }
            if (button.disabled !== !enabledInModel)
              throw new Error(`${action} is ${button.disabled ? 'disabled' : 'enabled'} at page ${index + 1} of ${total}`);
            if (button.disabled) continue;
            const user = byOther ? { id: snowflake(), username: 'other' } : asker;
            const out = await h.fake.outcome(h.fake.button(h.fake.state.messages.get(message.id)!, button.customId, { user }), { quietMs: 20 });
            assertWellFormed(out, `click ${action}`);
            if (byOther) {
              if (!/only the person who asked/i.test(messageText(out.original))) throw new Error('another user was not refused');
            } else {
              index = action === 'first' ? 0 : action === 'prev' ? index - 1 : action === 'next' ? index + 1 : total - 1;
            }
            const shown = messageText(h.fake.state.messages.get(message.id));
            if (!shown.includes(`Page ${index + 1} of ${total}`))
              throw new Error(`expected page ${index + 1} of ${total} after ${action}${byOther ? ' by another user' : ''}`);
          }
        },
      ),
      { numRuns: Math.max(5, Math.ceil(RUNS / 10)) },
    );
  }, 180_000);

  it('hostile button clicks (foreign custom ids, other users) are refused politely', async () => {
    const asker = { id: snowflake(), username: 'asker' };
    const first = await h.fake.run('sources', {}, { user: asker });
    const message = first.original!;
    const ids = buttonsOf(message).map((b) => b.customId);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...ids, 'eventdesk:page:nope:next', 'eventdesk:page::next'),
          hostileText.map((t) => t.slice(0, 100) || 'x'),
        ),
        fc.boolean(),
        async (customId, isAsker) => {
          const user = isAsker ? asker : { id: snowflake(), username: 'other' };
          const out = await h.fake.outcome(h.fake.button(message, customId, { user }), { quietMs: 20 });
          assertWellFormed(out, `button ${JSON.stringify(customId)}`);
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 120_000);
});
