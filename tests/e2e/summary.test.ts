import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PinStore } from '../../src/bot/pinStore.js';
import { StateDatabase } from '../../src/state/database.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { SEED_DIR } from '../support/corpus.js';
import { mentionProblems, messageLimitProblems } from './fakeDiscord/limits.js';
import {
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  PIN_MESSAGES,
  isEphemeral,
  messageBodies,
  messageText,
  type InteractionOutcome,
  type RecordedRequest,
} from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, writeCorpus, type Harness } from './harness.js';

const moderator = () => ({ id: snowflake(), username: 'mod' });
const CHANNEL_POST = 'POST /channels/:channel/messages';
const CHANNEL_EDIT = 'PATCH /channels/:channel/messages/:message';
const PIN_ROUTES = ['PUT /channels/:channel/messages/pins/:message', 'PUT /channels/:channel/pins/:message'];

/** What the bot said to the person who ran the command (the reply, or its ephemeral follow-up). */
/** The pinned-summary record of a channel, as the bot keeps it (in the state database, read through a handle of our own). */
async function pinRecord(stateDir: string, channelId: string) {
  const db = StateDatabase.open(stateDir);
  try {
    return await new PinStore(db).get(channelId);
  } finally {
    db.close();
  }
}

const said = (out: InteractionOutcome) => (out.followUps.at(-1) && isEphemeral(out.followUps.at(-1)) ? out.followUps.at(-1) : out.original);

describe('/summary: the digest a moderator pins', () => {
  let h: Harness;
  /** Requests made since the last call: what one run of the command did, channel calls included. */
  let mark = 0;
  const since = (): RecordedRequest[] => {
    const fresh = h.fake.requests.slice(mark);
    mark = h.fake.requests.length;
    return fresh;
  };
  const routes = (rs: RecordedRequest[]) => rs.map((r) => r.route);

  let corpus: Corpus;

  beforeAll(async () => {
    corpus = (await loadCorpus(SEED_DIR, { snapshot: false })).corpus;
    h = await startHarness({ fake: { botPermissions: MEMBER_PERMISSIONS | PIN_MESSAGES } });
    mark = h.fake.requests.length;
  });
  afterAll(async () => {
    await h?.stop();
  });

  function expectAllWellFormed(rs: RecordedRequest[]): void {
    for (const body of messageBodies(rs)) {
      expect(messageLimitProblems(body)).toEqual([]);
      expect(mentionProblems(body)).toEqual([]);
    }
  }

  it('without pin: a public reply with the digest and its sources; nothing posted or pinned', async () => {
    const out = await h.fake.run('summary', {}, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
    const rs = since();
    expectAllWellFormed(rs);
    expect(isEphemeral(out.original)).toBe(false);
    const text = messageText(out.original);
    expect(text.length).toBeGreaterThan(200);
    const publishers = corpus.articles.map((a) => a.publisher).filter((p): p is string => Boolean(p));
    expect(
      publishers.some((p) => text.includes(p)),
      `one of ${publishers.join(', ')} in the digest`,
    ).toBe(true);
    expect(routes(rs)).not.toContain(CHANNEL_POST);
    expect(routes(rs).filter((r) => PIN_ROUTES.includes(r))).toEqual([]);
  });

  it('pin:true by a member without Pin Messages: told what is missing, nothing posted', async () => {
    const out = await h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MEMBER_PERMISSIONS });
    const rs = since();
    expectAllWellFormed(rs);
    expect(isEphemeral(said(out))).toBe(true);
    expect(messageText(said(out))).toMatch(/You need the \*\*Pin Messages\*\*/);
    expect(routes(rs)).not.toContain(CHANNEL_POST);
    expect(routes(rs).filter((r) => PIN_ROUTES.includes(r))).toEqual([]);
  });

  it('pin:true when the bot lacks Pin Messages (app_permissions): told what the bot needs, nothing posted', async () => {
    const out = await h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS, appPermissions: MEMBER_PERMISSIONS });
    const rs = since();
    expect(isEphemeral(said(out))).toBe(true);
    expect(messageText(said(out))).toMatch(/I need the \*\*Pin Messages\*\*/);
    expect(messageText(said(out))).not.toMatch(/You need/);
    expect(routes(rs)).not.toContain(CHANNEL_POST);
  });

  let pinnedId: string;

  it('pin:true with both permissions: posts the digest in the channel and pins it', async () => {
    const out = await h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
    const rs = since();
    expectAllWellFormed(rs);
    expect(routes(rs).filter((r) => r === CHANNEL_POST)).toHaveLength(1);
    const post = rs.find((r) => r.route === CHANNEL_POST)!;
    expect(post.status).toBe(200);
    expect(post.authorization).toBe(`Bot ${h.fake.token}`);
    const pinned = h.fake.state.pinned(h.fake.channelId);
    expect(pinned).toHaveLength(1);
    pinnedId = pinned[0]!.id;
    expect(rs.some((r) => PIN_ROUTES.includes(r.route) && r.path.endsWith(`/${pinnedId}`) && r.status === 204)).toBe(true);
    expect(messageText(pinned[0]).length).toBeGreaterThan(200);
    expect(isEphemeral(said(out))).toBe(true);
    expect(messageText(said(out))).toMatch(/pinned/i);
  });

  it('pin:true again: edits the pinned message instead of posting another', async () => {
    const out = await h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
    const rs = since();
    expectAllWellFormed(rs);
    expect(routes(rs)).not.toContain(CHANNEL_POST);
    const edits = rs.filter((r) => r.route === CHANNEL_EDIT);
    expect(edits.map((r) => r.path)).toEqual([`/channels/${h.fake.channelId}/messages/${pinnedId}`]);
    expect(h.fake.state.pinned(h.fake.channelId).map((m) => m.id)).toEqual([pinnedId]);
    expect(messageText(said(out))).toMatch(/updated/i);
  });

  it('the channel-to-message record survives a restart: the next run still edits the same message', async () => {
    expect((await pinRecord(h.stateDir, h.fake.channelId))?.messageId).toBe(pinnedId);
    await h.startBotAgain();
    since();
    await h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
    const rs = since();
    expect(routes(rs)).not.toContain(CHANNEL_POST);
    expect(rs.filter((r) => r.route === CHANNEL_EDIT).map((r) => r.path)).toEqual([`/channels/${h.fake.channelId}/messages/${pinnedId}`]);
    expect(h.fake.state.channelMessages(h.fake.channelId).filter((m) => !isEphemeral(m) && m.webhook_id === undefined)).toHaveLength(1);
  });

  it('two moderators at once still leave one summary', async () => {
    h.fake.state.messages.delete(pinnedId);
    h.fake.state.pins.get(h.fake.channelId)?.delete(pinnedId);
    since();
    const [a, b] = await Promise.all([
      h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS }),
      h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS }),
    ]);
    const rs = since();
    expect(routes(rs).filter((r) => r === CHANNEL_POST)).toHaveLength(1);
    expect(h.fake.state.pinned(h.fake.channelId)).toHaveLength(1);
    expect([messageText(said(a)), messageText(said(b))].join(' ')).toMatch(/pinned/i);
  });

  it('when Discord itself refuses the pin, the moderator is told clearly', async () => {
    h.fake.state.botPermissions &= ~PIN_MESSAGES;
    try {
      const out = await h.fake.run('summary', { pin: true }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
      expect(isEphemeral(said(out))).toBe(true);
      expect(messageText(said(out))).toMatch(/Pin Messages/);
    } finally {
      h.fake.state.botPermissions |= PIN_MESSAGES;
    }
  });

  it('called nothing unknown and sent nothing Discord would reject', () => {
    expect(h.fake.unknownRoutes()).toEqual([]);
    expect(h.fake.problems()).toEqual([]);
  });
});

describe('/summary on a corpus of another story', () => {
  let h: Harness;
  beforeAll(async () => {
    const dir = await writeCorpus({
      'quake.md':
        '---\ntitle: Earthquake shakes coastal town of Marlow\npublisher: Coast Herald\npublished: 2022-09-14\n---\nA magnitude 6.1 earthquake struck Marlow on Tuesday, September 13, 2022. Mayor Lena Ortiz said about 2,000 residents spent the night outdoors.\n\nThe Red Cross opened three shelters on Wednesday.\n',
      'vigil.txt':
        'Sept. 15, 2022 -- Some 5,000 people gathered in Marlow on Thursday for a vigil, organisers said, while police put the crowd at 3,000. Mayor Lena Ortiz thanked rescuers.\n',
    });
    h = await startHarness({ corpusDir: dir });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('pins a digest drawn from those articles', async () => {
    await h.fake.run('summary', { pin: true, limit: 3 }, { user: moderator(), memberPermissions: MODERATOR_PERMISSIONS });
    const pinned = h.fake.state.pinned(h.fake.channelId);
    expect(pinned).toHaveLength(1);
    const text = messageText(pinned[0]);
    expect(text).toMatch(/Coast Herald/);
    expect(text).toMatch(/Marlow|Ortiz/);
    expect(h.fake.problems()).toEqual([]);
  });

  /** Polls until `done` holds or 15 s pass; the bot notices a new file by watching the folder. */
  async function eventually(done: () => boolean): Promise<boolean> {
    for (let waited = 0; waited < 15_000; waited += 100) {
      if (done()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return done();
  }
  const refreshed = (outcome: string) => h.logs.filter((l) => l.includes('pinned summary refreshed') && l.includes(`"outcome":"${outcome}"`)).length;

  it('when an article is added, the pinned summary is edited in place with it, with the options it was pinned with, unasked', async () => {
    const [before] = h.fake.state.pinned(h.fake.channelId);
    const hashBefore = (await pinRecord(h.stateDir, h.fake.channelId))!.corpusHash;
    const mark = h.fake.requests.length;
    await writeFile(
      path.join(h.corpusDir, 'aftershock.md'),
      '---\ntitle: Aftershock rattles Marlow as shelters fill\npublisher: Harbour Daily\npublished: 2022-09-16\n---\nA magnitude 4.8 aftershock hit Marlow on Friday. Mayor Lena Ortiz said 600 residents were still in shelters.\n',
    );
    expect(await eventually(() => messageText(h.fake.state.pinned(h.fake.channelId)[0]).includes('Harbour Daily'))).toBe(true);
    const rs = h.fake.requests.slice(mark);
    expect(h.fake.state.pinned(h.fake.channelId).map((m) => m.id)).toEqual([before!.id]);
    expect(rs.map((r) => r.route)).not.toContain(CHANNEL_POST);
    expect(rs.filter((r) => r.route === CHANNEL_EDIT).map((r) => r.path)).toEqual([`/channels/${h.fake.channelId}/messages/${before!.id}`]);
    for (const body of messageBodies(rs)) {
      expect(messageLimitProblems(body)).toEqual([]);
      expect(mentionProblems(body)).toEqual([]);
    }
    const record = (await pinRecord(h.stateDir, h.fake.channelId))!;
    expect(record.options).toEqual({ limit: 3 });
    expect(record.corpusHash).not.toBe(hashBefore);
    expect(refreshed('updated')).toBe(1);
    expect(h.fake.problems()).toEqual([]);
  });

  it('a pinned summary a moderator deleted is forgotten when the articles change, not posted again', async () => {
    const [pinned] = h.fake.state.pinned(h.fake.channelId);
    h.fake.state.messages.delete(pinned!.id);
    h.fake.state.pins.get(h.fake.channelId)?.delete(pinned!.id);
    const mark = h.fake.requests.length;
    await writeFile(
      path.join(h.corpusDir, 'rebuild.md'),
      '---\ntitle: Marlow begins to rebuild\npublisher: Coast Herald\npublished: 2022-09-20\n---\nCrews began clearing debris in Marlow on Monday.\n',
    );
    expect(await eventually(() => refreshed('gone') === 1)).toBe(true);
    expect(h.fake.requests.slice(mark).map((r) => r.route)).not.toContain(CHANNEL_POST);
    expect(h.fake.state.pinned(h.fake.channelId)).toEqual([]);
    expect(await pinRecord(h.stateDir, h.fake.channelId)).toBeNull();
  });
});
