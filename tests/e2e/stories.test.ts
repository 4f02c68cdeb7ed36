import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODERATOR_PERMISSIONS, MEMBER_PERMISSIONS, isEphemeral, messageText, type InteractionOutcome } from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, type Harness } from './harness.js';

const ARTICLE =
  '---\ntitle: Ferry strike halts crossings to Isle of Brannock\npublisher: Island Courier\npublished: 2024-06-03\n---\nFerry crews on the Brannock route walked out on Monday, the union said.\n';
const QUERY = { query: 'ferry crews Brannock' };
const said = (out: InteractionOutcome) => out.followUps.at(-1) ?? out.original;
const textOf = (out: InteractionOutcome) => messageText(said(out));

/**
 * Two servers side by side through the real client: each has its own stories, and nothing one server's
 * moderators do reaches the other's answers, article lists or stories.
 */
describe('stories: one bot, two servers', () => {
  let h: Harness;
  const guildB = snowflake();
  let channelB: string;
  // A new moderator for each command: the per-user cooldown (5 commands in 10 s) is not what is tested here.
  const mod = () => ({ user: { id: snowflake(), username: 'mod' }, memberPermissions: MODERATOR_PERMISSIONS });
  let channelA: string;
  const modA = {
    get user() {
      return { id: snowflake(), username: 'mod-a' };
    },
    memberPermissions: MODERATOR_PERMISSIONS,
  };
  const inB = {
    get user() {
      return { id: snowflake(), username: 'mod-b' };
    },
    memberPermissions: MODERATOR_PERMISSIONS,
    get channelId() {
      return channelB;
    },
  };

  beforeAll(async () => {
    h = await startHarness();
    channelB = h.fake.addChannel({ guildId: guildB, name: 'b-general' }).id;
    channelA = h.fake.channelId;
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("a story made and filled in server A answers in A only; B sees the sample and cannot reach A's story by name", async () => {
    expect(textOf(await h.fake.run('story create', { name: 'ferries' }, modA))).toMatch(/ferries\*\* is ready/);
    expect(textOf(await h.fake.run('story use', { name: 'ferries' }, modA))).toMatch(/This channel now answers from \*\*ferries\*\*/);
    const file = h.fake.attachment('ferry.md', ARTICLE, 'text/markdown');
    expect(textOf(await h.fake.run('ingest', { file }, modA))).toMatch(/Article added/);

    const inA = await h.fake.run('search', QUERY, modA);
    expect(messageText(inA.original)).toMatch(/Island Courier/);
    expect(messageText(inA.original)).toMatch(/Story: ferries/);

    const fromB = await h.fake.run('search', QUERY, inB);
    expect(messageText(fromB.original)).not.toMatch(/Island Courier/);
    expect(messageText(fromB.original)).toMatch(/Story: sample/);
    const named = await h.fake.run('search', { ...QUERY, story: 'ferries' }, inB);
    expect(isEphemeral(said(named))).toBe(true);
    expect(textOf(named)).toMatch(/This server has no story called “ferries”/);
    expect(textOf(await h.fake.run('story list', {}, inB))).not.toMatch(/ferries/);
    expect(textOf(await h.fake.run('story use', { name: 'ferries' }, inB))).toMatch(/no story called/);
    // B's moderators may not add to the sample, which A also reads.
    expect(textOf(await h.fake.run('ingest', { file: h.fake.attachment('b.md', ARTICLE, 'text/markdown') }, inB))).toMatch(/read-only/);
  });

  it("servers can use the same story name without meeting; autocomplete offers only the asker's server's stories", async () => {
    expect(textOf(await h.fake.run('story create', { name: 'ferries', 'from-sample': true }, inB))).toMatch(/starts with 5 articles/);
    const fromB = await h.fake.run('search', { ...QUERY, story: 'ferries' }, inB);
    expect(messageText(fromB.original)).not.toMatch(/Island Courier/);
    const offered = async (typed: string) =>
      ((await h.fake.outcome(h.fake.autocomplete('search', 'story', { query: 'x', story: typed }, inB))).choices as { value: string }[]).map((c) => c.value);
    expect(await offered('')).toEqual(['sample', 'ferries']);
    expect(await offered('f')).toEqual(['ferries']);
  });

  it('a removed article leaves every answer until restored; a member cannot remove; twice is told plainly', async () => {
    const list = textOf(await h.fake.run('article list', {}, modA));
    const id = /`(2024-06-03-[a-z0-9-]+)`/.exec(list)?.[1];
    expect(id).toBeDefined();
    const member = { user: { id: snowflake(), username: 'member' }, memberPermissions: MEMBER_PERMISSIONS };
    expect(textOf(await h.fake.run('article remove', { id: id! }, member))).toMatch(/Only moderators/);
    expect(textOf(await h.fake.run('article remove', { id: id! }, modA))).toMatch(/is in the trash of \*\*ferries\*\*/);
    expect(messageText((await h.fake.run('search', QUERY, modA)).original)).not.toMatch(/Island Courier/);
    expect(textOf(await h.fake.run('article list', {}, modA))).toMatch(/🗑/);
    expect(textOf(await h.fake.run('article remove', { id: id! }, modA))).toMatch(/already in the trash/);
    // Autocomplete: restore offers the trash (id, title, when removed), remove the story's articles now.
    const offered = async (sub: 'remove' | 'restore', typed = '') =>
      (await h.fake.outcome(h.fake.autocomplete(`article ${sub}`, 'id', { id: typed }, modA))).choices as { name: string; value: string }[];
    const today = new Date().toISOString().slice(0, 10);
    expect(await offered('restore')).toEqual([{ name: expect.stringMatching(new RegExp(`\\(removed ${today}\\)$`)), value: id }]);
    expect((await offered('restore', 'no-such-words')).length).toBe(0);
    // The story's one article is in the trash: nothing left to remove.
    expect(await offered('remove')).toEqual([]);
    expect(textOf(await h.fake.run('article restore', { id: id! }, modA))).toMatch(/is back in \*\*ferries\*\*/);
    expect(messageText((await h.fake.run('search', QUERY, modA)).original)).toMatch(/Island Courier/);
    expect(await offered('restore')).toEqual([]);
    expect((await offered('remove')).map((c) => c.value)).toContain(id);
  });

  it('deleting a story asks first, says the channel uses it, and only the asker can confirm; after it, the channel answers from the sample', async () => {
    const asker = { ...mod(), channelId: channelA };
    const asked = await h.fake.run('story delete', { name: 'ferries' }, asker);
    const prompt = said(asked)!;
    expect(messageText(prompt)).toMatch(/In use: <#\d+> uses it/);
    const row = prompt.components[0] as { components: { custom_id: string; label: string }[] };
    const confirm = row.components.find((b) => b.label.startsWith('Delete'))!;
    const stranger = await h.fake.outcome(h.fake.button(prompt, confirm.custom_id, mod()));
    expect(messageText(said(stranger))).toMatch(/Only the moderator who asked/);
    const done = await h.fake.outcome(h.fake.button(prompt, confirm.custom_id, asker));
    expect(messageText(done.original)).toMatch(/Story deleted/);
    const after = await h.fake.run('search', QUERY, modA);
    expect(messageText(after.original)).toMatch(/Story: sample/);
    // Server B's story of the same name is untouched.
    expect(textOf(await h.fake.run('story list', {}, inB))).toMatch(/ferries/);
    expect(h.fake.problems()).toEqual([]);
    expect(path.isAbsolute(h.storiesDir)).toBe(true);
  });
});
