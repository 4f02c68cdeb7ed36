import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRIES } from '../../src/explain/explanation.js';
import { mentionProblems, messageLimitProblems } from './fakeDiscord/limits.js';
import { Callback, buttonsOf, isEphemeral, messageBodies, messageText, type InteractionOutcome, type OptionValue } from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, type Harness } from './harness.js';

const newUser = () => ({ id: snowflake(), username: `user${Math.floor(Math.random() * 1e6)}` });
const RULE_NAMES = new Set(REGISTRIES.flatMap((r) => r.names()));

function expectWellFormed(out: InteractionOutcome): void {
  for (const body of messageBodies(out.requests)) {
    expect(messageLimitProblems(body)).toEqual([]);
    expect(mentionProblems(body)).toEqual([]);
  }
  expect(out.ackMs, 'acknowledged within the 3 s Discord allows').toBeLessThan(3000);
  expect(out.requests.filter((r) => r.status >= 400 && r.status !== 429).map((r) => `${r.route} ${r.status}`)).toEqual([]);
}

/** The rule names a "Why?" message gives, each as `name` at the start of a bullet. */
const rulesIn = (text: string) => [...text.matchAll(/^• `([a-z-]+)` /gm)].map((m) => m[1]!);

const whyButton = (message: Parameters<typeof buttonsOf>[0]) => buttonsOf(message).find((b) => b.label === 'Why?');

describe('the "Why?" button under an answer', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const EXPLAINED: Array<[string, Record<string, OptionValue>, RegExp]> = [
    ['timeline', {}, /calendar-date/],
    ['crowd-size', {}, /people-noun|sentence-day/],
    ['who', { name: 'Sadr' }, /short-form-in-article|same-name-key/],
    ['summary', {}, /calendar-date/],
  ];

  it.each(EXPLAINED)(
    '/%s: the button is there, and answers the asker alone with the rules behind the first page, within limits',
    async (command, options, expected) => {
      const asker = newUser();
      const out = await h.fake.run(command, options, { user: asker });
      expectWellFormed(out);
      const message = out.original!;
      const why = whyButton(message);
      expect(why, `a Why? button among ${JSON.stringify(buttonsOf(message))}`).toBeDefined();
      expect(why!.customId).toMatch(new RegExp(`^eventdesk:${command}:why:[A-Za-z0-9_-]+$`));
      expect(why!.disabled).toBe(false);
      const before = messageText(h.fake.state.messages.get(message.id));

      const clicked = await h.fake.outcome(h.fake.button(message, why!.customId, { user: asker }));
      expectWellFormed(clicked);
      expect(clicked.callbackType).toBe(Callback.Message);
      expect(isEphemeral(clicked.original)).toBe(true);
      expect(clicked.original?.id).not.toBe(message.id);
      const text = messageText(clicked.original);
      expect(text).toMatch(expected);
      const rules = rulesIn(text);
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) expect(RULE_NAMES, rule).toContain(rule);
      // The answer itself is left as it was.
      expect(messageText(h.fake.state.messages.get(message.id))).toBe(before);
    },
  );

  it('explains the page the answer shows: turned to page 2, the timeline says why of the dates on page 2', async () => {
    const asker = newUser();
    const out = await h.fake.run('timeline', { limit: 12 }, { user: asker });
    const message = out.original!;
    expect(messageText(message)).toMatch(/Page 1 of \d+/);
    const first = await h.fake.outcome(h.fake.button(message, whyButton(message)!.customId, { user: asker }));
    const next = buttonsOf(message).find((b) => b.customId.endsWith(':next'))!;
    const turned = await h.fake.outcome(h.fake.button(message, next.customId, { user: asker }));
    expectWellFormed(turned);
    const shown = h.fake.state.messages.get(message.id)!;
    expect(messageText(shown)).toMatch(/Page 2 of \d+/);
    expect(whyButton(shown), 'the Why? button stays after a turn').toBeDefined();
    const second = await h.fake.outcome(h.fake.button(shown, whyButton(shown)!.customId, { user: asker }));
    expectWellFormed(second);
    expect(isEphemeral(second.original)).toBe(true);
    expect(messageText(second.original)).not.toBe(messageText(first.original));
    // Each bold date heading the explanations is one the page shows.
    const heads = [...messageText(second.original).matchAll(/^\*\*([^*]+)\*\*$/gm)].map((m) => m[1]!);
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) expect(messageText(shown)).toContain(head);
  });

  it('anyone else pressing it gets the explanation for themselves only; the answer is untouched', async () => {
    const out = await h.fake.run('crowd-size', {}, { user: h.fake.asker });
    const message = out.original!;
    const before = messageText(h.fake.state.messages.get(message.id));
    const other = await h.fake.outcome(h.fake.button(message, whyButton(message)!.customId, { user: h.fake.bystander }));
    expectWellFormed(other);
    expect(isEphemeral(other.original)).toBe(true);
    expect(rulesIn(messageText(other.original)).length).toBeGreaterThan(0);
    expect(messageText(h.fake.state.messages.get(message.id))).toBe(before);
  });

  it('answers without explained items have no Why? button', async () => {
    for (const [command, options] of [
      ['search', { query: 'how many marched' }],
      ['sources', {}],
    ] as const) {
      const out = await h.fake.run(command, options, { user: newUser() });
      expect(whyButton(out.original), command).toBeUndefined();
    }
  });

  it('a forged Why? id is told it expired, ephemerally', async () => {
    const out = await h.fake.run('timeline', {}, { user: h.fake.asker });
    const late = await h.fake.outcome(h.fake.button(out.original!, 'eventdesk:timeline:why:nosuchsession', { user: h.fake.asker }));
    expect(isEphemeral(late.original)).toBe(true);
    expect(messageText(late.original)).toMatch(/expired/i);
    expect(h.fake.problems()).toEqual([]);
  });
});

describe('the "Why?" button expires with the page buttons', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { EVENTDESK_PAGE_TTL_SECONDS: '1' } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('is disabled on the message after the time to live (before the 15-minute token dies), and a late click is told so', async () => {
    const out = await h.fake.run('who', { name: 'Sadr' }, { user: h.fake.asker });
    const message = out.original!;
    const sent = buttonsOf({ ...message, components: (messageBodies(out.requests)[0]?.components as unknown[]) ?? [] });
    const why = sent.find((b) => b.label === 'Why?');
    expect(why?.disabled).toBe(false);
    const current = () => buttonsOf(h.fake.state.messages.get(message.id));
    await h.fake.waitFor(() => current().find((b) => b.customId === why!.customId)?.disabled === true, 'the Why? button to be disabled', 5000);
    // The 👍/👎 row is the message's own: it stays usable after the answer's buttons expire.
    expect(
      current()
        .filter((b) => b.customId !== why!.customId && !b.disabled)
        .every((b) => /vote/.test(b.customId)),
    ).toBe(true);
    const late = await h.fake.outcome(h.fake.button(message, why!.customId, { user: h.fake.asker }));
    expect(isEphemeral(late.original)).toBe(true);
    expect(messageText(late.original)).toMatch(/expired/i);
    expect(h.fake.problems()).toEqual([]);
  });
});
