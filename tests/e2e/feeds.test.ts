import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer, rssOf, type ArticlePage } from '../support/feedServer.js';
import { fixtureEntries, KEYWORDS } from '../feeds/fixtureFeed.js';
import { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, isEphemeral, messageText, type InteractionOutcome } from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, type Harness } from './harness.js';

/** Polls an async check until it holds (the feed is polled by the bot's scheduler, on its own time). */
async function until<T>(check: () => Promise<T | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const said = (out: InteractionOutcome) => out.followUps.at(-1) ?? out.original;
const textOf = (out: InteractionOutcome) => messageText(said(out));

/**
 * /feed through the real client: a moderator follows a loopback feed into a story of the server, the bot's
 * scheduler polls it and adds the matching items, the channel that opted in gets one what's-new message
 * with mentions off, and a second server neither sees nor removes the first one's feeds.
 */
describe('/feed', () => {
  let h: Harness;
  let feeds: FeedServer;
  let pages: ArticlePage[];
  const guildB = snowflake();
  let channelB: string;
  const mod = () => ({ user: { id: snowflake(), username: 'mod' }, memberPermissions: MODERATOR_PERMISSIONS });
  const inB = () => ({ ...mod(), channelId: channelB });

  beforeAll(async () => {
    feeds = await FeedServer.start();
    pages = feeds.servePages();
    feeds.serve('/feed.xml', 'application/rss+xml', rssOf(fixtureEntries(feeds, pages), feeds.base));
    // Loopback feeds for the test; what's new batched over one second, not five minutes.
    h = await startHarness({ env: { EVENTDESK_INGEST_ALLOW_PRIVATE_LINKS: '1', EVENTDESK_WHATS_NEW_SECONDS: '1' } });
    channelB = h.fake.addChannel({ guildId: guildB, name: 'b-general' }).id;
  });
  afterAll(async () => {
    await h?.stop();
    await feeds?.close();
  });

  it('is for moderators only, and refuses the read-only sample story', async () => {
    const member = { user: { id: snowflake(), username: 'member' }, memberPermissions: MEMBER_PERMISSIONS };
    const refused = await h.fake.run('feed list', {}, member);
    expect(isEphemeral(said(refused))).toBe(true);
    expect(textOf(refused)).toMatch(/Only moderators/);
    expect(textOf(await h.fake.run('feed add', { url: feeds.url('/feed.xml') }, mod()))).toMatch(/sample\*\* story is read-only/);
  });

  it('follows a feed into a story: the matching items are added and answered from, and the opted-in channel is told once', async () => {
    expect(textOf(await h.fake.run('story create', { name: 'wire' }, mod()))).toMatch(/wire\*\* is ready/);
    expect(textOf(await h.fake.run('story use', { name: 'wire' }, mod()))).toMatch(/now answers from \*\*wire\*\*/);
    expect(textOf(await h.fake.run('feed add', { url: 'ftp://example.org/feed' }, mod()))).toMatch(/Not followed: only http and https/);
    expect(textOf(await h.fake.run('feed notify', { state: 'on' }, mod()))).toMatch(/From now on this channel/);
    const added = await h.fake.run('feed add', { url: feeds.url('/feed.xml'), keywords: KEYWORDS }, mod());
    expect(textOf(added)).toMatch(/Following http:\/\/127\.0\.0\.1:\d+\/feed\.xml into \*\*wire\*\*: items holding “embassy”, “cleric”/);

    const list = await until(async () => {
      const text = textOf(await h.fake.run('feed list', {}, mod()));
      return /items taken: 3/.test(text) && text;
    }, 'three items taken');
    expect(list).toMatch(/\*\*wire\*\* · http:\/\/127\.0\.0\.1:\d+\/feed\.xml/);
    expect(list).not.toMatch(/Last error/);
    const search = await h.fake.run('search', { query: 'Moqtada Sadr supporters' }, mod());
    expect(messageText(search.original)).toMatch(/Story: wire/);
    expect(messageText(search.original)).toMatch(/Moqtada/);

    const toChannel = () => h.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${h.fake.channelId}/messages`));
    await until(async () => toChannel().length > 0, "what's new posted");
    // The window is one second: wait past it, and no second message comes for the same articles.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const posted = toChannel();
    expect(posted).toHaveLength(1);
    const body = posted[0]!.body as { content: string; allowed_mentions: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toMatch(/^\*\*What's new in wire\*\* \(3 new articles\)/);
    // Each name shown is written in one of the three articles taken, and none is from the two skipped.
    const names = /^New names: (.*)$/m
      .exec(body.content)![1]!
      .split(' · ')
      .filter((n) => !/^and \d+ more$/.test(n))
      .map((n) => n.replace(/\\/g, ''));
    expect(names.length).toBeGreaterThan(3);
    const taken = [pages[2]!, pages[3]!, pages[4]!].map((p) => p.html).join('\n');
    for (const name of names) expect(taken).toContain(name);
    expect(body.content).toMatch(/^From “.*” \(CGTN\)/m);
    expect(h.fake.problems()).toEqual([]);
  }, 60_000);

  it("a second server sees none of the first server's feeds and cannot remove them", async () => {
    const listA = textOf(await h.fake.run('feed list', {}, mod()));
    expect(listA).toMatch(/feed\.xml/);
    expect(textOf(await h.fake.run('feed list', {}, inB()))).toMatch(/No feeds yet/);
    const choicesB = (await h.fake.outcome(h.fake.autocomplete('feed remove', 'feed', { feed: '' }, inB()))).choices as { value: string }[];
    expect(choicesB).toEqual([]);
    const choicesA = (await h.fake.outcome(h.fake.autocomplete('feed remove', 'feed', { feed: '' }, mod()))).choices as { name: string; value: string }[];
    expect(choicesA).toHaveLength(1);
    expect(choicesA[0]!.name).toMatch(/^wire: http:\/\/127\.0\.0\.1:\d+\/feed\.xml$/);
    const id = choicesA[0]!.value;
    expect(textOf(await h.fake.run('feed remove', { feed: id }, inB()))).toMatch(/This server follows no feed/);
    expect(textOf(await h.fake.run('feed list', {}, mod()))).toMatch(/feed\.xml/);
    expect(textOf(await h.fake.run('feed remove', { feed: id }, mod()))).toMatch(/No longer following .* The 3 articles it added stay in the story/);
    expect(textOf(await h.fake.run('feed list', {}, mod()))).toMatch(/No feeds yet/);
    expect(h.fake.problems()).toEqual([]);
  });
});
