import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionProblems, messageLimitProblems } from './fakeDiscord/limits.js';
import { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, isEphemeral, messageBodies, messageText, type InteractionOutcome } from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, type Harness } from './harness.js';

const ARTICLE = `---
title: Ferry strike halts crossings to Isle of Brannock
publisher: Island Courier
published: 2024-06-03
---
Ferry crews walked out on Monday, June 3, 2024, halting every crossing to the Isle of Brannock, union leader Tomas Vell said.

About 800 islanders rallied at the harbour on Tuesday, organisers said.
`;

const said = (out: InteractionOutcome) => out.followUps.at(-1) ?? out.original;
const user = () => ({ id: snowflake(), username: 'member' });

function expectWellFormed(out: InteractionOutcome): void {
  for (const body of messageBodies(out.requests)) {
    expect(messageLimitProblems(body)).toEqual([]);
    expect(mentionProblems(body)).toEqual([]);
  }
}

describe('an article dropped into the folder by another process', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('is answered from without a restart', async () => {
    const before = await h.fake.run('sources', {}, { user: user() });
    expect(messageText(before.original)).not.toMatch(/Island Courier/);
    await writeFile(path.join(h.corpusDir, 'ferry.md'), ARTICLE);
    // The bot watches its folder; the reload is debounced, so ask again until it shows.
    let shown = '';
    for (let attempt = 0; attempt < 40 && !/Island Courier/.test(shown); attempt++) {
      await new Promise((r) => setTimeout(r, 250));
      shown = messageText((await h.fake.run('sources', {}, { user: user() })).original);
    }
    expect(shown).toMatch(/Island Courier/);
  });
});

// /ingest through Discord: the attachment is served by the test server like Discord's CDN, and the
// harness answers from a copy of the articles, so data/articles is never touched.
describe('/ingest: a moderator adds an article by attachment', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a member without Manage Messages is refused, and nothing is downloaded', async () => {
    const file = h.fake.attachment('ferry.md', ARTICLE, 'text/markdown; charset=utf-8');
    const out = await h.fake.run('ingest', { file }, { user: user(), memberPermissions: MEMBER_PERMISSIONS });
    expectWellFormed(out);
    expect(isEphemeral(said(out))).toBe(true);
    expect(messageText(said(out))).toMatch(/moderators/i);
    expect(h.fake.requests.some((r) => r.route.startsWith('GET /attachments'))).toBe(false);
  });

  it('a file that is not an article is refused with a clear message', async () => {
    const file = h.fake.attachment('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png');
    const out = await h.fake.run('ingest', { file }, { user: user(), memberPermissions: MODERATOR_PERMISSIONS });
    expectWellFormed(out);
    expect(isEphemeral(said(out))).toBe(true);
    expect(messageText(said(out))).toMatch(/not an article file/);
  });

  it('into the read-only sample, a moderator is told to make a story of the server first', async () => {
    const file = h.fake.attachment('ferry.md', ARTICLE, 'text/markdown; charset=utf-8');
    const out = await h.fake.run('ingest', { file }, { user: user(), memberPermissions: MODERATOR_PERMISSIONS });
    expect(isEphemeral(said(out))).toBe(true);
    expect(messageText(said(out))).toMatch(/sample\*\* story is read-only/);
    expect(h.fake.requests.some((r) => r.route.startsWith('GET /attachments'))).toBe(false);
  });

  it('a moderator adds an article; every command then answers from it', async () => {
    await h.fake.run('story create', { name: 'ferries' }, { user: user(), memberPermissions: MODERATOR_PERMISSIONS });
    await h.fake.run('story use', { name: 'ferries' }, { user: user(), memberPermissions: MODERATOR_PERMISSIONS });
    const storyDir = path.join(h.storiesDir, h.fake.guildId, 'ferries');
    const before = (await readdir(storyDir)).length;
    const file = h.fake.attachment('ferry.md', ARTICLE, 'text/markdown; charset=utf-8');
    const out = await h.fake.run('ingest', { file }, { user: user(), memberPermissions: MODERATOR_PERMISSIONS });
    expectWellFormed(out);
    expect(h.fake.requests.some((r) => r.route.startsWith('GET /attachments') && r.status === 200)).toBe(true);
    const reply = messageText(said(out));
    expect(reply).toMatch(/Article added/);
    expect(reply).toMatch(/Island Courier/);
    expect((await readdir(storyDir)).length).toBe(before + 1);

    const found = await h.fake.run('search', { query: 'ferry crews Brannock' }, { user: user() });
    expectWellFormed(found);
    expect(messageText(found.original)).toMatch(/Island Courier/);

    const again = await h.fake.run(
      'ingest',
      { file: h.fake.attachment('ferry-copy.md', ARTICLE, 'text/markdown') },
      { user: user(), memberPermissions: MODERATOR_PERMISSIONS },
    );
    expect(isEphemeral(said(again))).toBe(true);
    expect(messageText(said(again))).toMatch(/not added/i);
    expect(h.fake.problems()).toEqual([]);
  });
});
